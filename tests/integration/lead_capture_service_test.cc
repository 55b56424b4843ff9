// Lead capture through real gRPC channels to the in-process server:
// duplicate checks and policies, BatchCreateLeads, ImportLeads (counts,
// rejected rows, resuming) and the assignment rules under concurrent
// creators. ctest runs it on SQLite and, as postgres.*, on PostgreSQL.

#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "api/import_reactor.h"
#include "domain/catalog.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::TestServer;
using ::leadflow::v1::DuplicateOutcome;
using ::leadflow::v1::Lead;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Web leads go round robin to four owners; partner referrals to two
// owners, ten a day each.
constexpr char kRules[] = R"pb(
  assignment_rules {
    name: "Web round robin"
    lead_sources: "Web"
    owners: "users/ana"
    owners: "users/ben"
    owners: "users/cy"
    owners: "users/dee"
  }
  assignment_rules {
    name: "Partners, capped"
    lead_sources: "Partner Referral"
    owners: "users/xia"
    owners: "users/yves"
    daily_cap: 10
  }
)pb";

api::ServerOptions WithAssignmentRules() {
  config::v1::ServerConfig config;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(kRules, &config));
  absl::StatusOr<domain::Catalog> catalog = domain::Catalog::Create(config);
  EXPECT_TRUE(catalog.ok()) << catalog.status();
  api::ServerOptions options;
  options.catalog = *std::move(catalog);
  return options;
}

Lead Person(const std::string& first, const std::string& last, const std::string& company,
            const std::string& email = "") {
  Lead lead;
  lead.set_first_name(first);
  lead.set_last_name(last);
  lead.set_company(company);
  lead.set_email(email);
  return lead;
}

v1::ImportRow Row(std::int64_t number, Lead lead) {
  v1::ImportRow row;
  row.set_row_number(number);
  *row.mutable_lead() = std::move(lead);
  return row;
}

// Rows first..last of a list of distinct people.
v1::ImportLeadsRequest Rows(std::int64_t first, std::int64_t last) {
  v1::ImportLeadsRequest message;
  for (std::int64_t i = first; i <= last; ++i) {
    *message.add_rows() =
        Row(i, Person("Row", absl::StrCat("Person", i), absl::StrCat("Company ", i),
                      absl::StrCat("row", i, "@list.example")));
  }
  return message;
}

v1::ImportLeadsHeader Header(const std::string& request_id,
                             v1::DuplicatePolicy policy = v1::ALLOW) {
  v1::ImportLeadsHeader header;
  header.set_request_id(request_id);
  header.mutable_source()->set_lead_source("Purchased List");
  v1::LeadSourceDetail::PurchasedList& list =
      *header.mutable_source()->mutable_source_detail()->mutable_purchased_list();
  list.set_list("Q4 prospects");
  list.set_vendor("DataCo");
  header.set_duplicate_policy(policy);
  return header;
}

class LeadCaptureTest : public ::testing::Test {
 protected:
  LeadCaptureTest() : server_(WithAssignmentRules()) {}

  grpc::Status Create(const Lead& lead, v1::DuplicatePolicy policy, Lead* created,
                      bool bypass = false) {
    v1::CreateLeadRequest request;
    *request.mutable_lead() = lead;
    request.set_duplicate_policy(policy);
    request.set_bypass_assignment_rules(bypass);
    return server_.leads().CreateLead(Context().get(), request, created);
  }

  Lead MustCreate(const Lead& lead) {
    Lead created;
    grpc::Status status = Create(lead, v1::ALLOW, &created);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return created;
  }

  grpc::Status Batch(const v1::BatchCreateLeadsRequest& request,
                     v1::BatchCreateLeadsResponse* response) {
    return server_.leads().BatchCreateLeads(Context().get(), request, response);
  }

  // Every lead, by paging through ListLeads.
  std::vector<Lead> AllLeads() {
    std::vector<Lead> leads;
    v1::ListLeadsRequest request;
    request.set_page_size(1000);
    do {
      v1::ListLeadsResponse page;
      grpc::Status status = server_.leads().ListLeads(Context().get(), request, &page);
      EXPECT_TRUE(status.ok()) << status.error_message();
      if (!status.ok()) break;
      leads.insert(leads.end(), page.leads().begin(), page.leads().end());
      request.set_page_token(page.next_page_token());
    } while (!request.page_token().empty());
    return leads;
  }

  // Sends `messages` (the header goes into the first) as one ImportLeads
  // call; `resume_after` gets the response header's value.
  grpc::Status Import(const v1::ImportLeadsHeader& header,
                      std::vector<v1::ImportLeadsRequest> messages,
                      v1::ImportLeadsResponse* response, std::string* resume_after = nullptr) {
    if (messages.empty()) messages.emplace_back();
    *messages.front().mutable_header() = header;
    std::unique_ptr<grpc::ClientContext> context = Context();
    std::unique_ptr<grpc::ClientWriter<v1::ImportLeadsRequest>> stream =
        server_.leads().ImportLeads(context.get(), response);
    // The server answers the header with where the import resumes.
    bool sent = stream->Write(messages.front());
    stream->WaitForInitialMetadata();
    if (resume_after != nullptr) *resume_after = ResumeHeader(*context);
    for (std::size_t i = 1; sent && i < messages.size(); ++i) sent = stream->Write(messages[i]);
    stream->WritesDone();
    return stream->Finish();
  }

  static std::string ResumeHeader(const grpc::ClientContext& context) {
    const auto& metadata = context.GetServerInitialMetadata();
    auto it = metadata.find(api::kResumeAfterRowMetadata);
    return it == metadata.end() ? "" : std::string(it->second.data(), it->second.size());
  }

  TestServer server_;
};

// --- Duplicates ---

TEST_F(LeadCaptureTest, FindDuplicatesExplainsEachMatchBeforeAnythingIsCreated) {
  Lead ada = Person("Ada", "Lovelace", "Acme, Inc.", "ada@acme.example");
  ada.set_phone("+44 20 7946 0958");
  const Lead stored = MustCreate(ada);
  MustCreate(Person("Grace", "Hopper", "Navy", "grace@navy.example"));

  v1::FindDuplicatesRequest request;
  Lead& candidate = *request.mutable_lead();
  candidate = Person("ADA", "lovelace", "ACME", " Ada@ACME.example ");
  candidate.set_phone("020 7946 0958");
  v1::FindDuplicatesResponse response;
  grpc::Status status = server_.leads().FindDuplicates(Context().get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(response.matches_size(), 1);
  const v1::DuplicateMatch& match = response.matches(0);
  EXPECT_EQ(match.lead().name(), stored.name());
  EXPECT_THAT(match.rules(),
              ElementsAre(v1::DUPLICATE_RULE_EMAIL, v1::DUPLICATE_RULE_NAME_AND_COMPANY,
                          v1::DUPLICATE_RULE_PHONE, v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY));
  EXPECT_THAT(match.matched_fields(),
              ::testing::IsSupersetOf({"email", "last_name", "company", "phone"}));
  EXPECT_GT(match.score(), 0);

  // Asking for the phone rule alone finds the lead by its number's digits.
  request.add_rules(v1::DUPLICATE_RULE_PHONE);
  candidate.clear_email();
  candidate.set_last_name("Someone Else");
  response.Clear();
  ASSERT_TRUE(server_.leads().FindDuplicates(Context().get(), request, &response).ok());
  ASSERT_EQ(response.matches_size(), 1);
  EXPECT_THAT(response.matches(0).rules(), ElementsAre(v1::DUPLICATE_RULE_PHONE));
  EXPECT_EQ(AllLeads().size(), 2u) << "FindDuplicates must create nothing";
}

TEST_F(LeadCaptureTest, CreateLeadAppliesItsDuplicatePolicy) {
  const Lead stored = MustCreate(Person("Ada", "Lovelace", "Acme", "ada@acme.example"));
  const Lead again = Person("ada", "LOVELACE", "Acme Inc.", "ADA@acme.example");

  Lead created;
  grpc::Status refused = Create(again, v1::REFUSE, &created);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_THAT(refused, HasReason(v1::DUPLICATE_FOUND));
  EXPECT_THAT(refused.error_message(), HasSubstr(stored.name()));
  EXPECT_THAT(refused.error_message(), HasSubstr("DUPLICATE_RULE_EMAIL"));
  grpc::Status skipped = Create(again, v1::SKIP, &created);
  EXPECT_EQ(skipped.error_code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(AllLeads().size(), 1u);

  ASSERT_TRUE(Create(again, v1::ALLOW, &created).ok());
  ASSERT_TRUE(Create(again, v1::DUPLICATE_POLICY_UNSPECIFIED, &created).ok());
  EXPECT_EQ(AllLeads().size(), 3u);
}

// --- BatchCreateLeads ---

TEST_F(LeadCaptureTest, BatchReportsEachLeadAndMatchesEarlierLeadsOfTheSameBatch) {
  v1::BatchCreateLeadsRequest request;
  *request.add_leads() = Person("Ada", "Lovelace", "Acme", "ada@acme.example");
  *request.add_leads() = Person("Ada", "Lovelace", "ACME Ltd", "ada@ACME.example");
  *request.add_leads() = Person("Nameless", "", "Acme");
  *request.add_leads() = Person("Grace", "Hopper", "Navy", "grace@navy.example");
  request.set_duplicate_policy(v1::SKIP);
  v1::BatchCreateLeadsResponse response;
  grpc::Status status = Batch(request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(response.results_size(), 4);
  EXPECT_EQ(response.created_count(), 2);
  EXPECT_EQ(response.skipped_count(), 1);
  EXPECT_EQ(response.failed_count(), 1);

  EXPECT_EQ(response.results(0).duplicates().action(), DuplicateOutcome::CREATED);
  EXPECT_FALSE(response.results(0).lead().name().empty());
  EXPECT_EQ(response.results(1).duplicates().action(), DuplicateOutcome::SKIPPED);
  EXPECT_FALSE(response.results(1).has_lead());
  ASSERT_EQ(response.results(1).duplicates().matches_size(), 1);
  EXPECT_EQ(response.results(1).duplicates().matches(0).lead().name(),
            response.results(0).lead().name());
  EXPECT_EQ(response.results(2).status().code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(response.results(2).status().message(), HasSubstr("leads[2].last_name"));
  EXPECT_EQ(response.results(3).duplicates().action(), DuplicateOutcome::CREATED);
  EXPECT_EQ(AllLeads().size(), 2u);
}

TEST_F(LeadCaptureTest, AllOrNoneBatchFailsOnTheFirstBadLeadAndCreatesNothing) {
  v1::BatchCreateLeadsRequest request;
  request.set_all_or_none(true);
  *request.add_leads() = Person("Ada", "Lovelace", "Acme");
  *request.add_leads() = Person("Bad", "Email", "Acme", "not an email");
  v1::BatchCreateLeadsResponse response;
  grpc::Status invalid = Batch(request, &response);
  EXPECT_EQ(invalid.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(invalid, HasFieldViolation("leads[1].email"));

  // A refused duplicate fails it as well, after the first lead was written
  // in the same transaction: that write is rolled back.
  MustCreate(Person("Grace", "Hopper", "Navy", "grace@navy.example"));
  request.mutable_leads(1)->CopyFrom(Person("Grace", "Hopper", "Navy", "GRACE@navy.example"));
  request.set_duplicate_policy(v1::REFUSE);
  grpc::Status refused = Batch(request, &response);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_THAT(refused, HasReason(v1::DUPLICATE_FOUND));
  EXPECT_THAT(refused.error_message(), HasSubstr("leads[1]"));
  EXPECT_EQ(AllLeads().size(), 1u);
}

TEST_F(LeadCaptureTest, ABatchRetriedWithItsRequestIdReturnsTheFirstReply) {
  v1::BatchCreateLeadsRequest request;
  request.set_request_id("batch-7f3a");
  *request.add_leads() = Person("Ada", "Lovelace", "Acme");
  *request.add_leads() = Person("Grace", "Hopper", "Navy");
  v1::BatchCreateLeadsResponse first;
  ASSERT_TRUE(Batch(request, &first).ok());
  v1::BatchCreateLeadsResponse retry;
  ASSERT_TRUE(Batch(request, &retry).ok());
  EXPECT_EQ(retry.SerializeAsString(), first.SerializeAsString());
  EXPECT_EQ(AllLeads().size(), 2u);

  request.mutable_leads(1)->set_company("Other");
  grpc::Status reused = Batch(request, &retry);
  EXPECT_EQ(reused.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(reused, HasReason(v1::REQUEST_ID_REUSED));
}

// --- ImportLeads ---

TEST_F(LeadCaptureTest, ImportCountsWhatHappenedToEveryRowAndListsTheRejected) {
  MustCreate(Person("Row", "Person2", "Company 2", "row2@list.example"));
  std::vector<v1::ImportLeadsRequest> messages = {Rows(1, 700), Rows(701, 1200)};
  messages[0].mutable_rows(4)->mutable_lead()->clear_last_name();          // row 5
  messages[1].mutable_rows(0)->mutable_lead()->set_email("row 701 at x");  // row 701
  v1::ImportLeadsResponse response;
  std::string resume_after;
  grpc::Status status = Import(Header("import-q4", v1::REFUSE), messages, &response, &resume_after);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(resume_after, "0");
  EXPECT_EQ(response.rows_received(), 1200);
  EXPECT_EQ(response.created_count(), 1197);
  EXPECT_EQ(response.rejected_count(), 3);
  EXPECT_EQ(response.last_committed_row(), 1200);
  ASSERT_EQ(response.rejected_rows_size(), 3);
  EXPECT_EQ(response.rejected_rows(0).row_number(), 2);
  EXPECT_EQ(response.rejected_rows(0).status().code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(response.rejected_rows(1).row_number(), 5);
  EXPECT_THAT(response.rejected_rows(1).status().message(), HasSubstr("lead.last_name"));
  EXPECT_EQ(response.rejected_rows(2).row_number(), 701);
  EXPECT_THAT(response.rejected_rows(2).status().message(), HasSubstr("lead.email"));

  // Each lead carries the list it came from and its row.
  const std::vector<Lead> leads = AllLeads();
  EXPECT_EQ(leads.size(), 1198u);
  int from_list = 0;
  for (const Lead& lead : leads) {
    if (!lead.source_detail().has_purchased_list()) continue;
    ++from_list;
    EXPECT_EQ(lead.lead_source(), "Purchased List");
    EXPECT_EQ(lead.source_detail().purchased_list().vendor(), "DataCo");
    EXPECT_EQ(lead.last_name(),
              absl::StrCat("Person", lead.source_detail().purchased_list().row()));
  }
  EXPECT_EQ(from_list, 1197);

  // The change feed has an event per created lead.
  v1::EventService::Stub events(server_.channel());
  v1::ListEventsRequest list;
  list.set_page_size(1000);
  list.mutable_filter()->add_types(v1::Event::LEAD_CREATED);
  int created_events = 0;
  do {
    v1::ListEventsResponse page;
    ASSERT_TRUE(events.ListEvents(Context().get(), list, &page).ok());
    created_events += page.events_size();
    list.set_page_token(page.next_page_token());
  } while (!list.page_token().empty());
  EXPECT_EQ(created_events, 1198);
}

// A full chunk: what the server commits before the stream ends.
constexpr std::int64_t kChunk = api::ImportTally::kChunkRows;

TEST_F(LeadCaptureTest, AnImportResumesAfterADroppedConnectionWithoutCreatingTwice) {
  const v1::ImportLeadsHeader header = Header("import-resume", v1::SKIP);
  const std::int64_t first_part = kChunk + 100;
  {
    // The first attempt sends more than a chunk, waits for it to be
    // committed, and drops the call before finishing it.
    v1::ImportLeadsResponse ignored;
    std::unique_ptr<grpc::ClientContext> context = Context();
    auto stream = server_.leads().ImportLeads(context.get(), &ignored);
    v1::ImportLeadsRequest message = Rows(1, first_part);
    *message.mutable_header() = header;
    ASSERT_TRUE(stream->Write(message));
    const absl::Time give_up = absl::Now() + absl::Seconds(30);
    while (AllLeads().size() < static_cast<std::size_t>(first_part) && absl::Now() < give_up) {
      absl::SleepFor(absl::Milliseconds(20));
    }
    ASSERT_EQ(AllLeads().size(), static_cast<std::size_t>(first_part));
    context->TryCancel();
    EXPECT_EQ(stream->Finish().error_code(), grpc::StatusCode::CANCELLED);
  }
  // Sent again whole: the server says where it got to, counts the rows it
  // had, and creates only the rest.
  const std::int64_t all = first_part + 300;
  v1::ImportLeadsResponse response;
  std::string resume_after;
  ASSERT_TRUE(
      Import(header, {Rows(1, kChunk), Rows(kChunk + 1, all)}, &response, &resume_after).ok());
  EXPECT_EQ(resume_after, std::to_string(first_part));
  EXPECT_EQ(response.resumed_after_row(), first_part);
  EXPECT_EQ(response.already_imported_count(), first_part);
  EXPECT_EQ(response.created_count(), 300);
  EXPECT_EQ(response.last_committed_row(), all);
  EXPECT_EQ(AllLeads().size(), static_cast<std::size_t>(all));

  // Run once more, the import creates nothing at all.
  ASSERT_TRUE(Import(header, {Rows(1, all)}, &response, &resume_after).ok());
  EXPECT_EQ(resume_after, std::to_string(all));
  EXPECT_EQ(response.created_count(), 0);
  EXPECT_EQ(response.already_imported_count(), all);
  EXPECT_EQ(AllLeads().size(), static_cast<std::size_t>(all));

  // The same request id with other options is another import: refused.
  grpc::Status reused =
      Import(Header("import-resume", v1::ALLOW), {Rows(all + 1, all + 2)}, &response);
  EXPECT_EQ(reused.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(reused, HasFieldViolation("header.request_id"));
  EXPECT_THAT(reused, HasReason(v1::REQUEST_ID_REUSED));
}

TEST_F(LeadCaptureTest, AnImportEndsAtRowsOutOfOrderKeepingWhatWasCommitted) {
  std::vector<v1::ImportLeadsRequest> messages = {Rows(1, kChunk), Rows(kChunk - 10, kChunk)};
  v1::ImportLeadsResponse response;
  grpc::Status status = Import(Header("import-disorder"), messages, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasFieldViolation("rows[0].row_number"));
  EXPECT_EQ(AllLeads().size(), static_cast<std::size_t>(kChunk)) << "the full chunk stays";

  v1::ImportLeadsRequest headless = Rows(1, 2);
  std::unique_ptr<grpc::ClientContext> context = Context();
  auto stream = server_.leads().ImportLeads(context.get(), &response);
  stream->Write(headless);
  stream->WritesDone();
  grpc::Status no_header = stream->Finish();
  EXPECT_EQ(no_header.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(no_header, HasFieldViolation("header"));
}

// --- Assignment rules ---

// Creates `per_thread` leads from `source` on each of 16 threads at once;
// returns how many each owner got ("" for none).
std::map<std::string, int> CreateConcurrently(TestServer& server, const std::string& source,
                                              int per_thread) {
  constexpr int kThreads = 16;
  std::vector<std::thread> threads;
  std::vector<std::vector<Lead>> created(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto channel = testing::OwnChannel(server.address());
      auto stub = v1::LeadService::NewStub(channel);
      for (int i = 0; i < per_thread; ++i) {
        v1::CreateLeadRequest request;
        *request.mutable_lead() = Person("T", absl::StrCat("Lead", t, "x", i), "Co");
        request.mutable_lead()->set_lead_source(source);
        Lead lead;
        grpc::Status status = stub->CreateLead(Context().get(), request, &lead);
        EXPECT_TRUE(status.ok()) << status.error_message();
        created[t].push_back(lead);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  std::map<std::string, int> per_owner;
  for (const auto& leads : created) {
    for (const Lead& lead : leads) ++per_owner[lead.owner()];
  }
  return per_owner;
}

TEST_F(LeadCaptureTest, RoundRobinIsFairUnderSixteenConcurrentCreators) {
  const std::map<std::string, int> per_owner = CreateConcurrently(server_, "Web", 10);
  EXPECT_THAT(per_owner, ElementsAre(std::pair<const std::string, int>{"users/ana", 40},
                                     std::pair<const std::string, int>{"users/ben", 40},
                                     std::pair<const std::string, int>{"users/cy", 40},
                                     std::pair<const std::string, int>{"users/dee", 40}));
  for (const Lead& lead : AllLeads()) EXPECT_EQ(lead.assignment_rule(), "Web round robin");
}

TEST_F(LeadCaptureTest, DailyCapsHoldUnderSixteenConcurrentCreators) {
  const std::map<std::string, int> per_owner = CreateConcurrently(server_, "Partner Referral", 2);
  EXPECT_THAT(per_owner, ElementsAre(std::pair<const std::string, int>{"", 12},
                                     std::pair<const std::string, int>{"users/xia", 10},
                                     std::pair<const std::string, int>{"users/yves", 10}));
  for (const Lead& lead : AllLeads()) {
    EXPECT_EQ(lead.assignment_rule(), lead.owner().empty() ? "" : "Partners, capped");
  }
}

TEST_F(LeadCaptureTest, AGivenOwnerOrABypassLeavesTheRulesOut) {
  Lead web = Person("Web", "Visitor", "Co");
  web.set_lead_source("Web");
  Lead created;
  ASSERT_TRUE(Create(web, v1::ALLOW, &created, /*bypass=*/true).ok());
  EXPECT_EQ(created.owner(), "");
  EXPECT_EQ(created.assignment_rule(), "");
  web.set_owner("users/zoe");
  ASSERT_TRUE(Create(web, v1::ALLOW, &created).ok());
  EXPECT_EQ(created.owner(), "users/zoe");
  EXPECT_EQ(created.assignment_rule(), "");
  web.clear_owner();
  ASSERT_TRUE(Create(web, v1::ALLOW, &created).ok());
  EXPECT_EQ(created.owner(), "users/ana");
  EXPECT_EQ(created.assignment_rule(), "Web round robin");
}

TEST_F(LeadCaptureTest, AnImportAssignsOwnersInItsOwnTransactions) {
  v1::ImportLeadsHeader header = Header("import-web");
  header.mutable_source()->set_lead_source("Web");
  header.mutable_source()->clear_source_detail();
  v1::ImportLeadsResponse response;
  ASSERT_TRUE(Import(header, {Rows(1, 8)}, &response).ok());
  EXPECT_EQ(response.created_count(), 8);
  std::map<std::string, int> per_owner;
  for (const Lead& lead : AllLeads()) ++per_owner[lead.owner()];
  EXPECT_THAT(per_owner, ElementsAre(std::pair<const std::string, int>{"users/ana", 2},
                                     std::pair<const std::string, int>{"users/ben", 2},
                                     std::pair<const std::string, int>{"users/cy", 2},
                                     std::pair<const std::string, int>{"users/dee", 2}));
}

}  // namespace
}  // namespace leadflow
