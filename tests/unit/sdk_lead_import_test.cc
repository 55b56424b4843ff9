// LeadClient::ImportLeads against gRPC's generated mock stub, no server:
// the header goes first and alone, the resume point comes from the
// server's `leadflow-resume-after-row` header, rows follow in their own
// messages, errors arrive as the SDK's other errors do, and an import is
// never retried. Also the mock users test their importers with.

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <grpcpp/grpcpp.h>
#include <grpcpp/test/client_context_test_peer.h>

#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "internal/connections.h"
#include "leadflow/error_details.h"
#include "leadflow/lead_client.h"
#include "leadflow/testing/mock_connections.h"
#include "leadflow/v1/lead_service_mock.grpc.pb.h"

namespace leadflow {
namespace {

using ::leadflow::v1::ImportLeadsRequest;
using ::leadflow::v1::ImportLeadsResponse;
using ::testing::_;
using ::testing::ElementsAre;
using ::testing::Invoke;
using ::testing::Return;

// How the fake server behaves in one call.
struct Script {
  // The value of `leadflow-resume-after-row` sent after the first message;
  // none: the call ends before any header (as when the server refuses it).
  std::optional<std::string> resume_after_row = "0";
  // Writes that succeed; later ones fail (the call has ended).
  int writes_accepted = 1000;
  grpc::Status end = grpc::Status::OK;
  ImportLeadsResponse reply;
};

// What the SDK did with the call.
struct Log {
  std::vector<ImportLeadsRequest> messages;
  std::multimap<std::string, std::string> metadata;
  std::chrono::system_clock::time_point deadline;
  int writes_done = 0;
  int finishes = 0;
};

// One ImportLeads call as the server would answer it: the resume header
// once the first message is in, then the script's end.
class FakeWriter final : public grpc::ClientWriterInterface<ImportLeadsRequest> {
 public:
  FakeWriter(grpc::ClientContext* context, ImportLeadsResponse* response, Script script, Log* log)
      : peer_(context), response_(response), script_(std::move(script)), log_(log) {
    log_->metadata = peer_.GetSendInitialMetadata();
    log_->deadline = context->deadline();
  }

  bool Write(const ImportLeadsRequest& message, grpc::WriteOptions) override {
    if (static_cast<int>(log_->messages.size()) >= script_.writes_accepted) return false;
    log_->messages.push_back(message);
    if (log_->messages.size() == 1) {
      // The SDK reads the context's server metadata after the first write.
      if (script_.resume_after_row) {
        peer_.AddServerInitialMetadata("leadflow-resume-after-row", *script_.resume_after_row);
      } else {
        peer_.AddServerInitialMetadata("x-unrelated", "1");
      }
    }
    return true;
  }
  bool WritesDone() override {
    ++log_->writes_done;
    return script_.end.ok();
  }
  grpc::Status Finish() override {
    ++log_->finishes;
    if (script_.end.ok()) *response_ = script_.reply;
    return script_.end;
  }

 private:
  grpc::testing::ClientContextTestPeer peer_;
  ImportLeadsResponse* response_;
  Script script_;
  Log* log_;
};

v1::ImportLeadsHeader Header(const std::string& request_id = "import:list.csv:1234") {
  v1::ImportLeadsHeader header;
  header.set_request_id(request_id);
  header.mutable_source()->set_lead_source("Purchased List");
  header.set_duplicate_policy(v1::SKIP);
  return header;
}

google::protobuf::RepeatedPtrField<v1::ImportRow> Rows(std::int64_t first, std::int64_t last) {
  google::protobuf::RepeatedPtrField<v1::ImportRow> rows;
  for (std::int64_t number = first; number <= last; ++number) {
    v1::ImportRow* row = rows.Add();
    row->set_row_number(number);
    row->mutable_lead()->set_last_name("Row " + std::to_string(number));
  }
  return rows;
}

grpc::Status ServerError(grpc::StatusCode code, v1::ErrorReason reason, const std::string& text) {
  google::rpc::ErrorInfo info;
  info.set_reason(v1::ErrorReason_Name(reason));
  info.set_domain("leadflow.v1");
  google::rpc::Status status;
  status.set_code(code);
  status.set_message(text);
  status.add_details()->PackFrom(info);
  return grpc::Status(code, text, status.SerializeAsString());
}

class SdkLeadImportTest : public ::testing::Test {
 protected:
  // Every ImportLeads call of the stub plays the next script.
  LeadClient Client(Options options = {}, absl::Status setup = absl::OkStatus()) {
    EXPECT_CALL(*stub_, ImportLeadsRaw(_, _))
        .WillRepeatedly(Invoke([this](grpc::ClientContext* context, ImportLeadsResponse* response)
                                   -> grpc::ClientWriterInterface<ImportLeadsRequest>* {
          logs_.emplace_back();
          if (scripts_.empty()) {
            ADD_FAILURE() << "an unexpected ImportLeads call";
            return new FakeWriter(
                context, response,
                {std::nullopt, 0, grpc::Status(grpc::StatusCode::INTERNAL, "?"), {}},
                &logs_.back());
          }
          Script script = std::move(scripts_.front());
          scripts_.erase(scripts_.begin());
          return new FakeWriter(context, response, std::move(script), &logs_.back());
        }));
    return LeadClient(internal::MakeLeadConnection(stub_, std::move(options), std::move(setup)));
  }

  std::shared_ptr<v1::MockLeadServiceStub> stub_ = std::make_shared<v1::MockLeadServiceStub>();
  std::vector<Script> scripts_;
  std::deque<Log> logs_;  // a deque: the fakes keep pointers to its elements
};

TEST_F(SdkLeadImportTest, SendsTheHeaderAloneThenRowsAndReturnsTheReply) {
  Script script;
  script.resume_after_row = "0";
  script.reply.set_rows_received(3);
  script.reply.set_created_count(3);
  script.reply.set_last_committed_row(3);
  scripts_.push_back(script);
  Options options;
  options.bearer_token = "t0ken";
  options.actor = "services/importer";
  LeadClient client = Client(options);

  absl::StatusOr<LeadImport> import = client.ImportLeads(Header());
  ASSERT_TRUE(import.ok()) << import.status();
  EXPECT_EQ(import->resumed_after_row(), 0);
  EXPECT_TRUE(import->Write(Rows(1, 2)));
  EXPECT_TRUE(import->Write(Rows(3, 3)));
  absl::StatusOr<ImportLeadsResponse> reply = import->Finish();
  ASSERT_TRUE(reply.ok()) << reply.status();
  EXPECT_EQ(reply->created_count(), 3);
  EXPECT_EQ(reply->last_committed_row(), 3);

  ASSERT_EQ(logs_.size(), 1u);
  const Log& log = logs_[0];
  ASSERT_EQ(log.messages.size(), 3u);
  EXPECT_EQ(log.messages[0].header().request_id(), "import:list.csv:1234");
  EXPECT_EQ(log.messages[0].header().duplicate_policy(), v1::SKIP);
  EXPECT_EQ(log.messages[0].rows_size(), 0);
  EXPECT_FALSE(log.messages[1].has_header());
  ASSERT_EQ(log.messages[1].rows_size(), 2);
  EXPECT_EQ(log.messages[1].rows(0).row_number(), 1);
  EXPECT_EQ(log.messages[1].rows(1).lead().last_name(), "Row 2");
  EXPECT_FALSE(log.messages[2].has_header());
  EXPECT_EQ(log.messages[2].rows(0).row_number(), 3);
  EXPECT_EQ(log.writes_done, 1);
  EXPECT_EQ(log.finishes, 1);
  EXPECT_THAT(log.metadata, ::testing::Contains(std::make_pair(std::string("authorization"),
                                                               std::string("Bearer t0ken"))));
  EXPECT_THAT(log.metadata, ::testing::Contains(std::make_pair(std::string("leadflow-actor"),
                                                               std::string("services/importer"))));
}

TEST_F(SdkLeadImportTest, TheResumePointComesFromTheServersHeader) {
  Script script;
  script.resume_after_row = "1500";
  script.reply.set_resumed_after_row(1500);
  scripts_.push_back(script);
  LeadClient client = Client();
  absl::StatusOr<LeadImport> import = client.ImportLeads(Header());
  ASSERT_TRUE(import.ok()) << import.status();
  EXPECT_EQ(import->resumed_after_row(), 1500);
  EXPECT_TRUE(import->Finish().ok());
}

TEST_F(SdkLeadImportTest, ARefusedHeaderFailsTheStartWithTheServersError) {
  Script refused;
  refused.resume_after_row = std::nullopt;  // the call ends at once
  refused.end = ServerError(grpc::StatusCode::INVALID_ARGUMENT, v1::REQUEST_ID_REUSED,
                            "request_id was used for an import with another header");
  scripts_.push_back(refused);
  Script unauthenticated;  // the call is over before the header is written
  unauthenticated.writes_accepted = 0;
  unauthenticated.end = ServerError(grpc::StatusCode::UNAUTHENTICATED, v1::CREDENTIALS_INVALID,
                                    "no valid bearer token");
  scripts_.push_back(unauthenticated);
  LeadClient client = Client();

  absl::StatusOr<LeadImport> import = client.ImportLeads(Header());
  EXPECT_EQ(import.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(import.status()), v1::REQUEST_ID_REUSED);
  EXPECT_EQ(import.status().message(), "request_id was used for an import with another header");

  import = client.ImportLeads(Header());
  EXPECT_EQ(import.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(ErrorReason(import.status()), v1::CREDENTIALS_INVALID);

  ASSERT_EQ(logs_.size(), 2u);
  EXPECT_EQ(logs_[0].finishes, 1);
  EXPECT_EQ(logs_[1].finishes, 1);
}

TEST_F(SdkLeadImportTest, AServerWithoutTheResumeHeaderIsAnError) {
  Script silent;
  silent.resume_after_row = std::nullopt;  // but the call ends OK
  scripts_.push_back(silent);
  Script garbled;
  garbled.resume_after_row = "twelve";
  scripts_.push_back(garbled);
  LeadClient client = Client();
  for (int i = 0; i < 2; ++i) {
    absl::StatusOr<LeadImport> import = client.ImportLeads(Header());
    EXPECT_EQ(import.status().code(), absl::StatusCode::kUnknown);
    EXPECT_THAT(std::string(import.status().message()),
                ::testing::HasSubstr("leadflow-resume-after-row"));
  }
}

TEST_F(SdkLeadImportTest, ABrokenStreamFailsWriteAndFinishSaysWhyOnceAndForAll) {
  Script script;
  script.writes_accepted = 2;  // the header and one message of rows
  script.end = ServerError(grpc::StatusCode::INVALID_ARGUMENT, v1::FIELD_INVALID,
                           "rows[0].row_number: 5 does not increase on 10");
  scripts_.push_back(script);
  LeadClient client = Client();
  absl::StatusOr<LeadImport> import = client.ImportLeads(Header());
  ASSERT_TRUE(import.ok()) << import.status();
  EXPECT_TRUE(import->Write(Rows(1, 10)));
  EXPECT_FALSE(import->Write(Rows(5, 6)));
  absl::StatusOr<ImportLeadsResponse> reply = import->Finish();
  EXPECT_EQ(reply.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(reply.status()), v1::FIELD_INVALID);
  // The same answer again, without another call; no more writes.
  EXPECT_EQ(import->Finish().status(), reply.status());
  EXPECT_FALSE(import->Write(Rows(11, 12)));
  EXPECT_EQ(logs_[0].finishes, 1);
  EXPECT_EQ(logs_[0].messages.size(), 2u);
}

TEST_F(SdkLeadImportTest, AnImportIsNeverRetried) {
  Script lost_at_start;
  lost_at_start.writes_accepted = 0;
  lost_at_start.end = grpc::Status(grpc::StatusCode::UNAVAILABLE, "connection refused");
  scripts_.push_back(lost_at_start);
  Script lost_midway;
  lost_midway.end = grpc::Status(grpc::StatusCode::UNAVAILABLE, "connection reset");
  scripts_.push_back(lost_midway);
  Options options;
  options.retry.max_attempts = 5;
  options.backoff.initial_delay = absl::Milliseconds(1);
  LeadClient client = Client(options);

  EXPECT_EQ(client.ImportLeads(Header()).status().code(), absl::StatusCode::kUnavailable);
  absl::StatusOr<LeadImport> import = client.ImportLeads(Header());
  ASSERT_TRUE(import.ok()) << import.status();
  EXPECT_TRUE(import->Write(Rows(1, 3)));
  EXPECT_EQ(import->Finish().status().code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(logs_.size(), 2u);  // one call each
}

TEST_F(SdkLeadImportTest, OnlyCallOptionsTimeoutGivesTheImportADeadline) {
  scripts_.push_back(Script());
  scripts_.push_back(Script());
  Options options;
  options.timeout = absl::Seconds(1);  // for unary calls, not for imports
  LeadClient client = Client(options);
  EXPECT_TRUE(client.ImportLeads(Header())->Finish().ok());
  CallOptions bounded;
  bounded.timeout = absl::Seconds(60);
  const auto before = std::chrono::system_clock::now();
  EXPECT_TRUE(client.ImportLeads(Header(), bounded)->Finish().ok());
  ASSERT_EQ(logs_.size(), 2u);
  EXPECT_EQ(logs_[0].deadline, std::chrono::system_clock::time_point::max());
  EXPECT_GT(logs_[1].deadline, before + std::chrono::seconds(55));
  EXPECT_LT(logs_[1].deadline, before + std::chrono::seconds(65));
}

TEST_F(SdkLeadImportTest, ASetupErrorFailsTheStartWithoutACall) {
  LeadClient client = Client({}, absl::InvalidArgumentError("cannot read ca.pem"));
  EXPECT_EQ(client.ImportLeads(Header()).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(logs_.empty());
}

TEST_F(SdkLeadImportTest, AnUnfinishedImportIsEndedWhenDestroyedEvenAfterItsClient) {
  scripts_.push_back(Script());
  std::optional<LeadClient> client(Client());
  absl::StatusOr<LeadImport> import = client->ImportLeads(Header());
  ASSERT_TRUE(import.ok()) << import.status();
  client.reset();  // the import holds its own stub and call
  stub_.reset();
  EXPECT_TRUE(import->Write(Rows(1, 2)));
  import = absl::CancelledError("dropped");  // destroys the import unfinished
  ASSERT_EQ(logs_.size(), 1u);
  EXPECT_EQ(logs_[0].messages.size(), 2u);
  EXPECT_EQ(logs_[0].writes_done, 0);  // cancelled, not half-closed
  EXPECT_EQ(logs_[0].finishes, 1);
}

// A real (in-process) gRPC server that keeps ImportLeads' protocol: the
// resume header right after the first message, then the rows. Covers what
// the mock stub cannot: the stub's own writer and its initial metadata.
class ResumingImportService final : public v1::LeadService::Service {
 public:
  grpc::Status ImportLeads(grpc::ServerContext* context,
                           grpc::ServerReader<ImportLeadsRequest>* reader,
                           ImportLeadsResponse* response) override {
    ImportLeadsRequest message;
    if (!reader->Read(&message) || !message.has_header()) {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "the first message has no header");
    }
    if (message.header().request_id() == "refused") {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "request_id was used before");
    }
    bearer_ = std::string(context->client_metadata().find("authorization")->second.data(),
                          context->client_metadata().find("authorization")->second.size());
    context->AddInitialMetadata("leadflow-resume-after-row", "2");
    reader->SendInitialMetadata();
    response->set_resumed_after_row(2);
    while (reader->Read(&message)) {
      if (message.has_header()) {
        return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "a header after the first message");
      }
      for (const v1::ImportRow& row : message.rows()) {
        response->set_rows_received(response->rows_received() + 1);
        response->set_created_count(response->created_count() + 1);
        response->set_last_committed_row(row.row_number());
      }
    }
    return grpc::Status::OK;
  }

  std::string bearer_;
};

TEST(SdkLeadImportGrpcTest, TheStubsWriterWaitsForTheResumeHeader) {
  ResumingImportService service;
  grpc::ServerBuilder builder;
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  ASSERT_NE(server, nullptr);
  Options options;
  options.bearer_token = "t0ken";
  LeadClient client(internal::MakeLeadConnection(
      v1::LeadService::NewStub(server->InProcessChannel(grpc::ChannelArguments())), options));

  absl::StatusOr<LeadImport> import = client.ImportLeads(Header());
  ASSERT_TRUE(import.ok()) << import.status();
  EXPECT_EQ(import->resumed_after_row(), 2);
  EXPECT_TRUE(import->Write(Rows(3, 4)));
  EXPECT_TRUE(import->Write(Rows(5, 5)));
  absl::StatusOr<ImportLeadsResponse> reply = import->Finish();
  ASSERT_TRUE(reply.ok()) << reply.status();
  EXPECT_EQ(reply->created_count(), 3);
  EXPECT_EQ(reply->last_committed_row(), 5);
  EXPECT_EQ(reply->resumed_after_row(), 2);
  EXPECT_EQ(service.bearer_, "Bearer t0ken");

  absl::StatusOr<LeadImport> refused = client.ImportLeads(Header("refused"));
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(refused.status().message(), "request_id was used before");

  // Cancelled midway: Write fails, Finish says CANCELLED.
  absl::StatusOr<LeadImport> cancelled = client.ImportLeads(Header());
  ASSERT_TRUE(cancelled.ok()) << cancelled.status();
  cancelled->Cancel();
  EXPECT_FALSE(cancelled->Write(Rows(3, 3)));
  EXPECT_EQ(cancelled->Finish().status().code(), absl::StatusCode::kCancelled);

  // Destroyed unfinished, then the server shuts down without waiting.
  absl::StatusOr<LeadImport> abandoned = client.ImportLeads(Header());
  ASSERT_TRUE(abandoned.ok()) << abandoned.status();
  EXPECT_TRUE(abandoned->Write(Rows(3, 3)));
  abandoned = absl::CancelledError("dropped");
  server->Shutdown();
}

TEST(SdkLeadImportMocksTest, AnImporterCanBeTestedWithTheMockConnection) {
  auto mock = std::make_shared<testing::MockLeadConnection>();
  auto call = std::make_shared<testing::MockLeadImportCall>();
  ImportLeadsResponse reply;
  reply.set_created_count(2);
  std::vector<std::int64_t> written;
  EXPECT_CALL(*call, resumed_after_row).WillRepeatedly(Return(1));
  EXPECT_CALL(*call, Write)
      .WillRepeatedly(Invoke([&](google::protobuf::RepeatedPtrField<v1::ImportRow> rows) {
        for (const v1::ImportRow& row : rows) written.push_back(row.row_number());
        return true;
      }));
  EXPECT_CALL(*call, Finish).WillOnce(Return(reply));
  EXPECT_CALL(*call, Cancel).Times(0);  // finished, so not cancelled
  EXPECT_CALL(*mock, ImportLeads)
      .WillOnce(Invoke([&](const v1::ImportLeadsHeader& header, const CallOptions&) {
        EXPECT_EQ(header.request_id(), "import:list.csv:1234");
        return absl::StatusOr<LeadImport>(LeadImport(call));
      }));

  LeadClient client(mock);
  absl::StatusOr<LeadImport> import = client.ImportLeads(Header());
  ASSERT_TRUE(import.ok());
  google::protobuf::RepeatedPtrField<v1::ImportRow> rows = Rows(1, 3);
  rows.erase(rows.begin());  // row 1 is already in
  EXPECT_TRUE(import->Write(std::move(rows)));
  EXPECT_EQ(import->Finish()->created_count(), 2);
  EXPECT_THAT(written, ElementsAre(2, 3));
}

TEST(SdkLeadImportMocksTest, AnUnfinishedImportCancelsItsCall) {
  auto call = std::make_shared<testing::MockLeadImportCall>();
  EXPECT_CALL(*call, Cancel).Times(1);
  {
    LeadImport import(call);
    LeadImport moved = std::move(import);  // the moved-from one cancels nothing
  }
}

}  // namespace
}  // namespace leadflow
