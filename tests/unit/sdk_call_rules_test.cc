// The SDK's retry and idempotency rules, its ranges and its error details,
// against gRPC's generated mock stubs: no server, no network.

#include <atomic>

#include "absl/strings/cord.h"
#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "internal/call_runner.h"
#include "internal/connections.h"
#include "leadflow/account_client.h"
#include "leadflow/error_details.h"
#include "leadflow/event_client.h"
#include "leadflow/lead_client.h"
#include "leadflow/testing/mock_connections.h"
#include "leadflow/v1/account_service_mock.grpc.pb.h"
#include "leadflow/v1/lead_service_mock.grpc.pb.h"

namespace leadflow {
namespace {

using ::testing::_;
using ::testing::Invoke;
using ::testing::Return;

Options FastRetries(int attempts = 3) {
  Options options;
  options.retry.max_attempts = attempts;
  options.backoff.initial_delay = absl::Milliseconds(1);
  options.backoff.maximum_delay = absl::Milliseconds(2);
  return options;
}

const grpc::Status kUnavailable(grpc::StatusCode::UNAVAILABLE, "server restarting");

class SdkCallRulesTest : public ::testing::Test {
 protected:
  std::shared_ptr<v1::MockLeadServiceStub> stub_ = std::make_shared<v1::MockLeadServiceStub>();
  LeadClient client_{internal::MakeLeadConnection(stub_, FastRetries())};
};

TEST_F(SdkCallRulesTest, ReadsAreRetriedOnUnavailable) {
  v1::Lead lead;
  lead.set_name("leads/a");
  EXPECT_CALL(*stub_, GetLead)
      .WillOnce(Return(kUnavailable))
      .WillOnce(Return(kUnavailable))
      .WillOnce(Invoke([&](grpc::ClientContext*, const v1::GetLeadRequest& request, v1::Lead* out) {
        EXPECT_EQ(request.name(), "leads/a");
        *out = lead;
        return grpc::Status::OK;
      }));
  absl::StatusOr<v1::Lead> read = client_.GetLead("leads/a");
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->name(), "leads/a");
}

TEST_F(SdkCallRulesTest, RetriesStopAtMaxAttempts) {
  EXPECT_CALL(*stub_, GetLead).Times(3).WillRepeatedly(Return(kUnavailable));
  EXPECT_EQ(client_.GetLead("leads/a").status().code(), absl::StatusCode::kUnavailable);
}

TEST_F(SdkCallRulesTest, OnlyUnavailableIsRetried) {
  EXPECT_CALL(*stub_, GetLead)
      .Times(1)
      .WillOnce(Return(grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "slow")));
  EXPECT_EQ(client_.GetLead("leads/a").status().code(), absl::StatusCode::kDeadlineExceeded);
}

TEST_F(SdkCallRulesTest, CreateGetsARequestIdAndIsRetriedWithTheSameOne) {
  std::vector<std::string> request_ids;
  EXPECT_CALL(*stub_, CreateLead)
      .Times(2)
      .WillRepeatedly(Invoke([&](grpc::ClientContext*, const v1::CreateLeadRequest& request,
                                 v1::Lead*) {
        request_ids.push_back(request.request_id());
        return request_ids.size() == 1 ? kUnavailable : grpc::Status::OK;
      }));
  ASSERT_TRUE(client_.CreateLead(v1::Lead()).ok());
  ASSERT_EQ(request_ids.size(), 2u);
  EXPECT_EQ(request_ids[0], request_ids[1]);
  EXPECT_THAT(request_ids[0], ::testing::MatchesRegex(
                                  "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
}

TEST_F(SdkCallRulesTest, CreateWithoutRequestIdIsNotRetried) {
  // Only the connection (not the client) lets a request through without one.
  auto connection = internal::MakeLeadConnection(stub_, FastRetries());
  EXPECT_CALL(*stub_, CreateLead).Times(1).WillOnce(Return(kUnavailable));
  EXPECT_EQ(connection->CreateLead({}, {}).status().code(), absl::StatusCode::kUnavailable);
}

TEST_F(SdkCallRulesTest, BatchCreateGetsARequestIdAndIsRetriedWithTheSameOne) {
  std::vector<std::string> request_ids;
  EXPECT_CALL(*stub_, BatchCreateLeads)
      .Times(2)
      .WillRepeatedly(Invoke([&](grpc::ClientContext*, const v1::BatchCreateLeadsRequest& request,
                                 v1::BatchCreateLeadsResponse* response) {
        request_ids.push_back(request.request_id());
        EXPECT_EQ(request.leads_size(), 2);
        response->set_created_count(request.leads_size());
        return request_ids.size() == 1 ? kUnavailable : grpc::Status::OK;
      }));
  v1::Lead lead;
  lead.set_last_name("Lovelace");
  absl::StatusOr<v1::BatchCreateLeadsResponse> created = client_.BatchCreateLeads({lead, lead});
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->created_count(), 2);
  ASSERT_EQ(request_ids.size(), 2u);
  EXPECT_FALSE(request_ids[0].empty());
  EXPECT_EQ(request_ids[0], request_ids[1]);
}

TEST_F(SdkCallRulesTest, BatchCreateKeepsItsRequestAndIsNotRetriedWithoutARequestId) {
  v1::BatchCreateLeadsRequest request;
  request.add_leads()->set_last_name("Turing");
  request.set_all_or_none(true);
  request.set_duplicate_policy(v1::REFUSE);
  request.set_request_id("batch-7");
  EXPECT_CALL(*stub_, BatchCreateLeads)
      .WillOnce(Invoke([](grpc::ClientContext*, const v1::BatchCreateLeadsRequest& sent,
                          v1::BatchCreateLeadsResponse*) {
        EXPECT_EQ(sent.request_id(), "batch-7");
        EXPECT_TRUE(sent.all_or_none());
        EXPECT_EQ(sent.duplicate_policy(), v1::REFUSE);
        return grpc::Status::OK;
      }));
  EXPECT_TRUE(client_.BatchCreateLeads(request).ok());

  // Only the connection (not the client) lets a request through without one.
  auto connection = internal::MakeLeadConnection(stub_, FastRetries());
  EXPECT_CALL(*stub_, BatchCreateLeads).Times(1).WillOnce(Return(kUnavailable));
  EXPECT_EQ(connection->BatchCreateLeads({}, {}).status().code(), absl::StatusCode::kUnavailable);
}

TEST_F(SdkCallRulesTest, FindDuplicatesIsAReadAndRetried) {
  EXPECT_CALL(*stub_, FindDuplicates)
      .WillOnce(Return(kUnavailable))
      .WillOnce(Invoke([](grpc::ClientContext*, const v1::FindDuplicatesRequest& request,
                          v1::FindDuplicatesResponse* response) {
        EXPECT_EQ(request.lead().email(), "ada@engines.example");
        v1::DuplicateMatch* match = response->add_matches();
        match->mutable_lead()->set_name("leads/1");
        match->add_rules(v1::DUPLICATE_RULE_EMAIL);
        match->set_score(100);
        return grpc::Status::OK;
      }));
  v1::Lead candidate;
  candidate.set_email("ada@engines.example");
  absl::StatusOr<v1::FindDuplicatesResponse> found = client_.FindDuplicates(candidate);
  ASSERT_TRUE(found.ok()) << found.status();
  ASSERT_EQ(found->matches_size(), 1);
  EXPECT_EQ(found->matches(0).lead().name(), "leads/1");
  EXPECT_EQ(found->matches(0).score(), 100);
}

TEST_F(SdkCallRulesTest, UpdateAndDeleteAreRetriedOnlyWithAnEtag) {
  google::protobuf::FieldMask mask;
  mask.add_paths("rating");
  v1::Lead lead;
  lead.set_name("leads/a");
  EXPECT_CALL(*stub_, UpdateLead).Times(1).WillOnce(Return(kUnavailable));
  EXPECT_FALSE(client_.UpdateLead(lead, mask).ok());

  lead.set_etag("7");
  EXPECT_CALL(*stub_, UpdateLead).Times(2).WillOnce(Return(kUnavailable)).WillOnce(
      Return(grpc::Status::OK));
  EXPECT_TRUE(client_.UpdateLead(lead, mask).ok());

  EXPECT_CALL(*stub_, DeleteLead).Times(1).WillOnce(Return(kUnavailable));
  EXPECT_FALSE(client_.DeleteLead("leads/a").ok());
  EXPECT_CALL(*stub_, DeleteLead).Times(2).WillOnce(Return(kUnavailable)).WillOnce(
      Return(grpc::Status::OK));
  EXPECT_TRUE(client_.DeleteLead("leads/a", "7").ok());
}

TEST_F(SdkCallRulesTest, ConvertIsRetriedWithItsRequestId) {
  std::vector<std::string> request_ids;
  EXPECT_CALL(*stub_, ConvertLead)
      .Times(2)
      .WillRepeatedly(Invoke([&](grpc::ClientContext*, const v1::ConvertLeadRequest& request,
                                 v1::ConvertLeadResponse*) {
        request_ids.push_back(request.request_id());
        return request_ids.size() == 1 ? kUnavailable : grpc::Status::OK;
      }));
  ConvertOptions convert;
  convert.do_not_create_opportunity = true;
  ASSERT_TRUE(client_.ConvertLead("leads/a", convert).ok());
  EXPECT_FALSE(request_ids[0].empty());
  EXPECT_EQ(request_ids[0], request_ids[1]);
}

TEST_F(SdkCallRulesTest, PerCallOptionsOverrideTheTimeoutAndRetries) {
  CallOptions call;
  call.timeout = absl::Milliseconds(250);
  call.retry = RetryPolicy{1, absl::Seconds(1)};
  EXPECT_CALL(*stub_, GetLead)
      .Times(1)
      .WillOnce(Invoke([](grpc::ClientContext* context, const v1::GetLeadRequest&, v1::Lead*) {
        const auto left = context->deadline() - std::chrono::system_clock::now();
        EXPECT_LE(left, std::chrono::milliseconds(250));
        EXPECT_GT(left, std::chrono::milliseconds(100));
        return kUnavailable;
      }));
  EXPECT_FALSE(client_.GetLead("leads/a", call).ok());
}

TEST_F(SdkCallRulesTest, ErrorsCarryTheServersDetails) {
  google::rpc::Status details;
  details.set_code(grpc::StatusCode::INVALID_ARGUMENT);
  google::rpc::ErrorInfo info;
  info.set_reason("FIELD_INVALID");
  info.set_domain("leadflow.v1");
  details.add_details()->PackFrom(info);
  google::rpc::BadRequest bad_request;
  bad_request.add_field_violations()->set_field("lead.last_name");
  details.add_details()->PackFrom(bad_request);
  EXPECT_CALL(*stub_, CreateLead)
      .WillOnce(Return(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "lead.last_name: is required",
                                    details.SerializeAsString())));
  absl::Status status = client_.CreateLead(v1::Lead()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "lead.last_name: is required");
  EXPECT_EQ(ErrorReason(status), v1::FIELD_INVALID);
  EXPECT_THAT(InvalidFields(status), ::testing::ElementsAre("lead.last_name"));
}

TEST_F(SdkCallRulesTest, ListFetchesPagesLazilyAndEndsWithAnError) {
  auto page = [](std::vector<std::string> names, std::string next) {
    v1::ListLeadsResponse response;
    for (auto& name : names) response.add_leads()->set_name(name);
    response.set_next_page_token(next);
    return response;
  };
  std::atomic<int> fetched{0};
  EXPECT_CALL(*stub_, ListLeads)
      .WillOnce(Invoke([&](grpc::ClientContext*, const v1::ListLeadsRequest& request,
                           v1::ListLeadsResponse* out) {
        ++fetched;
        EXPECT_EQ(request.page_token(), "");
        EXPECT_EQ(request.filter(), "rating = Hot");
        *out = page({"leads/1", "leads/2"}, "t2");
        return grpc::Status::OK;
      }))
      .WillOnce(Invoke([&](grpc::ClientContext*, const v1::ListLeadsRequest& request,
                           v1::ListLeadsResponse*) {
        ++fetched;
        EXPECT_EQ(request.page_token(), "t2");
        return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "bad token");
      }));
  v1::ListLeadsRequest request;
  request.set_filter("rating = Hot");
  StreamRange<v1::Lead> range = client_.ListLeads(request);
  EXPECT_EQ(fetched, 0);  // nothing before the loop starts
  std::vector<std::string> names;
  absl::Status last;
  for (const absl::StatusOr<v1::Lead>& lead : range) {
    if (!lead.ok()) {
      last = lead.status();
      break;
    }
    names.push_back(lead->name());
  }
  EXPECT_THAT(names, ::testing::ElementsAre("leads/1", "leads/2"));
  EXPECT_EQ(last.code(), absl::StatusCode::kInvalidArgument);
}

TEST(StreamRangeTest, MakeStreamRangeYieldsItemsThenTheError) {
  StreamRange<int> range = testing::MakeStreamRange<int>({1, 2, absl::NotFoundError("x"), 4});
  std::vector<std::string> seen;
  for (const absl::StatusOr<int>& item : range) {
    seen.push_back(item.ok() ? std::to_string(*item) : std::string(item.status().message()));
  }
  EXPECT_THAT(seen, ::testing::ElementsAre("1", "2", "x"));
  StreamRange<int> empty = testing::MakeStreamRange<int>({});
  EXPECT_TRUE(empty.begin() == empty.end());
}

TEST(BackoffTest, GrowsExponentiallyWithJitterUpToTheMaximum) {
  BackoffPolicy backoff;  // 100 ms, ×2, at most 5 s
  for (int i = 0; i < 50; ++i) {
    absl::Duration first = internal::BackoffDelay(backoff, 1);
    EXPECT_GE(first, absl::Milliseconds(50));
    EXPECT_LE(first, absl::Milliseconds(100));
    absl::Duration fourth = internal::BackoffDelay(backoff, 4);
    EXPECT_GE(fourth, absl::Milliseconds(400));
    EXPECT_LE(fourth, absl::Milliseconds(800));
    absl::Duration late = internal::BackoffDelay(backoff, 30);
    EXPECT_GE(late, absl::Milliseconds(2500));
    EXPECT_LE(late, absl::Seconds(5));
  }
}

TEST(ChannelTest, UnreadableCertificatesFailEveryCallClearly) {
  Options options;
  options.credentials = ChannelCredentials::Tls("/nonexistent/roots.pem");
  LeadClient client(MakeLeadConnection(options));
  absl::Status status = client.GetLead("leads/a").status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("/nonexistent/roots.pem"));
}

TEST(MockConnectionTest, UsersCanTestTheirCodeWithoutAServer) {
  auto mock = std::make_shared<testing::MockAccountConnection>();
  // One method per List RPC, answering one page: the client's range follows
  // the page tokens itself.
  EXPECT_CALL(*mock, ListAccounts)
      .WillOnce(Invoke([](const v1::ListAccountsRequest& request, const CallOptions&) {
        EXPECT_TRUE(request.page_token().empty());
        v1::ListAccountsResponse page;
        page.add_accounts()->set_display_name("Acme");
        page.set_next_page_token("second");
        return page;
      }))
      .WillOnce(Invoke([](const v1::ListAccountsRequest& request, const CallOptions&) {
        EXPECT_EQ(request.page_token(), "second");
        v1::ListAccountsResponse page;
        page.add_accounts()->set_display_name("Globex");
        return page;
      }));
  AccountClient client(mock);
  std::vector<std::string> names;
  for (const auto& item : client.ListAccounts()) {
    ASSERT_TRUE(item.ok()) << item.status();
    names.push_back(item->display_name());
  }
  EXPECT_THAT(names, ::testing::ElementsAre("Acme", "Globex"));
}

// A hand-written fake overrides only what it stands in for; every other
// call, List and Watch included, fails with UNIMPLEMENTED naming the method.
class OnlyGetLead final : public LeadConnection {
 public:
  absl::StatusOr<v1::Lead> GetLead(const v1::GetLeadRequest& request, const CallOptions&) override {
    v1::Lead lead;
    lead.set_name(request.name());
    return lead;
  }
};

class NoEvents final : public EventConnection {};

TEST(MockConnectionTest, CallsAFakeDoesNotOverrideAreUnimplemented) {
  LeadClient leads(std::make_shared<OnlyGetLead>());
  EXPECT_EQ(leads.GetLead("leads/a")->name(), "leads/a");
  absl::Status created = leads.CreateLead(v1::Lead()).status();
  EXPECT_EQ(created.code(), absl::StatusCode::kUnimplemented);
  EXPECT_THAT(std::string(created.message()), ::testing::HasSubstr("CreateLead"));
  std::vector<absl::Status> listed;
  for (const auto& lead : leads.ListLeads()) listed.push_back(lead.status());
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].code(), absl::StatusCode::kUnimplemented);
  EXPECT_THAT(std::string(listed[0].message()), ::testing::HasSubstr("ListLeads"));

  EventClient events(std::make_shared<NoEvents>());
  EventStream stream = events.WatchEvents(0);
  std::vector<absl::Status> watched;
  for (const auto& event : stream) watched.push_back(event.status());
  ASSERT_EQ(watched.size(), 1u);
  EXPECT_EQ(watched[0].code(), absl::StatusCode::kUnimplemented);
  EXPECT_THAT(std::string(watched[0].message()), ::testing::HasSubstr("WatchEvents"));
}

}  // namespace
}  // namespace leadflow
