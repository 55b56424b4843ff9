// The C++ SDK's clients against the real in-process server: every method,
// error propagation, and a retry that outlasts a server restart.

#include <thread>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "leadflow/leadflow.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::TestServer;

google::protobuf::FieldMask Mask(std::initializer_list<const char*> paths) {
  google::protobuf::FieldMask mask;
  for (const char* path : paths) mask.add_paths(path);
  return mask;
}

class SdkClientTest : public ::testing::Test {
 protected:
  Options ClientOptions() {
    Options options;
    options.target = server_.address();
    options.timeout = absl::Seconds(10);
    options.actor = "users/sdk-test";
    options.user_agent_prefix = "sdk-client-test/1.0";
    return options;
  }

  v1::Lead NewLead(const std::string& last_name) {
    v1::Lead lead;
    lead.set_last_name(last_name);
    lead.set_company("Stark Industries");
    lead.set_email(absl::StrCat(last_name, "@stark.example"));
    lead.set_lead_source("Web");
    return lead;
  }

  TestServer server_;
  LeadClient leads_{MakeLeadConnection(ClientOptions())};
  AccountClient accounts_{MakeAccountConnection(ClientOptions())};
  OpportunityClient opportunities_{MakeOpportunityConnection(ClientOptions())};
};

// A List range holds what it needs itself: made from a client and a
// connection that are gone before the loop starts, it still reads every
// page. (Before, it called back into the freed connection; under
// AddressSanitizer this test reported a heap-use-after-free.)
TEST_F(SdkClientTest, ListRangesOutliveTheirClientAndConnection) {
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(leads_.CreateLead(NewLead(absl::StrCat("R", i))).ok());
  v1::ListLeadsRequest list;
  list.set_page_size(2);  // three pages, each fetched after the client is gone
  StreamRange<v1::Lead> range = LeadClient(MakeLeadConnection(ClientOptions())).ListLeads(list);
  int leads = 0;
  for (const absl::StatusOr<v1::Lead>& lead : range) {
    ASSERT_TRUE(lead.ok()) << lead.status();
    ++leads;
  }
  EXPECT_EQ(leads, 5);

  ASSERT_TRUE(accounts_
                  .CreateAccount([] {
                    v1::Account account;
                    account.set_display_name("Stark Industries");
                    return account;
                  }())
                  .ok());
  int accounts = 0;
  for (const auto& account : AccountClient(MakeAccountConnection(ClientOptions())).ListAccounts()) {
    ASSERT_TRUE(account.ok()) << account.status();
    ++accounts;
  }
  EXPECT_EQ(accounts, 1);
}

TEST_F(SdkClientTest, LeadClientCoversEveryMethod) {
  absl::StatusOr<v1::Lead> created = leads_.CreateLead(NewLead("Potts"));
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->status(), "Open - Not Contacted");
  EXPECT_EQ(leads_.GetLead(created->name())->email(), "Potts@stark.example");

  v1::Lead working = *created;
  working.set_status("Working - Contacted");
  absl::StatusOr<v1::Lead> updated = leads_.UpdateLead(working, Mask({"status"}));
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->status(), "Working - Contacted");

  absl::StatusOr<v1::Lead> interested = leads_.ReadModifyWriteLead(
      created->name(),
      [](v1::Lead& lead) {
        lead.set_interest_shown(true);
        return absl::OkStatus();
      },
      Mask({"interest_shown"}));
  ASSERT_TRUE(interested.ok()) << interested.status();
  EXPECT_TRUE(interested->interest_shown());

  for (int i = 0; i < 5; ++i) ASSERT_TRUE(leads_.CreateLead(NewLead(absl::StrCat("L", i))).ok());
  v1::ListLeadsRequest list;
  list.set_page_size(2);  // three pages, fetched as the loop goes
  list.set_order_by("create_time");
  int count = 0;
  for (const absl::StatusOr<v1::Lead>& lead : leads_.ListLeads(list)) {
    ASSERT_TRUE(lead.ok()) << lead.status();
    ++count;
  }
  EXPECT_EQ(count, 6);
  absl::StatusOr<v1::ListLeadsResponse> page = leads_.ListLeadsPage(list);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->leads_size(), 2);
  EXPECT_FALSE(page->next_page_token().empty());

  EXPECT_EQ(leads_.ListLeadStatuses()->statuses_size(), 4);
  absl::StatusOr<v1::FindConversionMatchesResponse> matches =
      leads_.FindConversionMatches(created->name());
  ASSERT_TRUE(matches.ok());
  EXPECT_EQ(matches->accounts_size(), 0);

  ConvertOptions convert;
  convert.opportunity_name = "Stark — arc reactors";
  absl::StatusOr<v1::ConvertLeadResponse> converted = leads_.ConvertLead(created->name(), convert);
  ASSERT_TRUE(converted.ok()) << converted.status();
  EXPECT_EQ(converted->opportunity().display_name(), "Stark — arc reactors");
  EXPECT_EQ(leads_.GetLeadFunnel()->converted(), 1);

  absl::StatusOr<v1::Lead> other = leads_.CreateLead(NewLead("Hogan"));
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(leads_.DeleteLead(other->name(), other->etag()).ok());
  EXPECT_EQ(leads_.GetLead(other->name()).status().code(), absl::StatusCode::kNotFound);
}

TEST_F(SdkClientTest, ErrorsArriveWithCodeMessageAndDetails) {
  v1::Lead nameless;
  nameless.set_company("Stark Industries");
  absl::Status status = leads_.CreateLead(nameless).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("lead.last_name"));
  EXPECT_EQ(ErrorReason(status), v1::FIELD_INVALID);
  EXPECT_THAT(InvalidFields(status), ::testing::ElementsAre("lead.last_name"));

  absl::StatusOr<v1::Lead> lead = leads_.CreateLead(NewLead("Rhodes"));
  ASSERT_TRUE(lead.ok());
  ASSERT_TRUE(leads_.ConvertLead(lead->name()).ok());
  absl::Status frozen = leads_.DeleteLead(lead->name());
  EXPECT_EQ(frozen.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(frozen), v1::LEAD_CONVERTED);
  ASSERT_TRUE(GetPreconditionFailure(frozen).has_value());
  EXPECT_EQ(GetPreconditionFailure(frozen)->violations(0).subject(), lead->name());

  // Conversion changed the lead, so the etag read before it is stale.
  v1::Lead stale = *lead;
  stale.set_rating("Hot");
  absl::Status aborted = leads_.UpdateLead(stale, Mask({"rating"})).status();
  EXPECT_EQ(aborted.code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(aborted), v1::ETAG_MISMATCH);
}

TEST_F(SdkClientTest, AccountAndOpportunityClientsCoverEveryMethod) {
  v1::Account account;
  account.set_display_name("Wayne Enterprises");
  absl::StatusOr<v1::Account> created = accounts_.CreateAccount(account);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(accounts_.GetAccount(created->name())->display_name(), "Wayne Enterprises");
  v1::Account renamed = *created;
  renamed.set_industry("Conglomerate");
  ASSERT_TRUE(accounts_.UpdateAccount(renamed, Mask({"industry"})).ok());
  ASSERT_TRUE(accounts_
                  .ReadModifyWriteAccount(
                      created->name(),
                      [](v1::Account& a) {
                        a.set_phone("+1 555 0100");
                        return absl::OkStatus();
                      },
                      Mask({"phone"}))
                  .ok());
  int accounts = 0;
  for (const auto& a : accounts_.ListAccounts()) accounts += a.ok();
  EXPECT_EQ(accounts, 1);
  EXPECT_EQ(accounts_.ListAccountsPage({})->accounts_size(), 1);

  v1::Contact contact;
  contact.set_account(created->name());
  contact.set_last_name("Fox");
  absl::StatusOr<v1::Contact> lucius = accounts_.CreateContact(contact);
  ASSERT_TRUE(lucius.ok()) << lucius.status();
  EXPECT_EQ(accounts_.GetContact(lucius->name())->last_name(), "Fox");
  v1::Contact titled = *lucius;
  titled.set_title("CEO");
  ASSERT_TRUE(accounts_.UpdateContact(titled, Mask({"title"})).ok());
  v1::ListContactsRequest by_account;
  by_account.set_filter(absl::StrCat("account = \"", created->name(), "\""));
  int contacts = 0;
  for (const auto& c : accounts_.ListContacts(by_account)) contacts += c.ok();
  EXPECT_EQ(contacts, 1);
  EXPECT_EQ(accounts_.ListContactsPage(by_account)->contacts_size(), 1);

  v1::Opportunity opportunity;
  opportunity.set_account(created->name());
  opportunity.set_contact(lucius->name());
  opportunity.set_display_name("Tumbler fleet");
  opportunity.mutable_amount()->set_currency_code("USD");
  opportunity.mutable_amount()->set_units(2'000'000);
  absl::StatusOr<v1::Opportunity> deal = opportunities_.CreateOpportunity(opportunity);
  ASSERT_TRUE(deal.ok()) << deal.status();
  EXPECT_EQ(opportunities_.GetOpportunity(deal->name())->stage(), "Prospecting");
  EXPECT_EQ(opportunities_.ListOpportunityStages()->stages_size(), 10);
  absl::StatusOr<v1::Opportunity> moved = opportunities_.MoveToStage(deal->name(), "Negotiation/Review");
  ASSERT_TRUE(moved.ok()) << moved.status();
  EXPECT_EQ(moved->probability(), 90);
  v1::Opportunity next = *moved;
  next.set_next_step("Sign");
  ASSERT_TRUE(opportunities_.UpdateOpportunity(next, Mask({"next_step"})).ok());
  std::vector<std::string> actors;
  for (const auto& entry : opportunities_.ListOpportunityHistory(deal->name())) {
    ASSERT_TRUE(entry.ok());
    actors.push_back(entry->actor());
  }
  EXPECT_THAT(actors, ::testing::ElementsAre("users/sdk-test", "users/sdk-test"));
  int listed = 0;
  for (const auto& o : opportunities_.ListOpportunities()) listed += o.ok();
  EXPECT_EQ(listed, 1);
  EXPECT_EQ(opportunities_.ListOpportunitiesPage({})->opportunities_size(), 1);
  absl::StatusOr<v1::PipelineSummary> summary = opportunities_.GetPipelineSummary();
  ASSERT_TRUE(summary.ok());
  ASSERT_EQ(summary->stages_size(), 1);
  EXPECT_EQ(summary->stages(0).amounts().weighted_amount().units(), 1'800'000);

  EXPECT_TRUE(opportunities_.DeleteOpportunity(deal->name()).ok());
  EXPECT_TRUE(accounts_.DeleteContact(lucius->name()).ok());
  EXPECT_TRUE(accounts_.DeleteAccount(created->name()).ok());
}

TEST_F(SdkClientTest, ARetryOutlastsAServerRestart) {
  absl::StatusOr<v1::Lead> lead = leads_.CreateLead(NewLead("Banner"));
  ASSERT_TRUE(lead.ok());
  Options patient = ClientOptions();
  patient.retry = RetryPolicy{50, absl::Seconds(20)};
  patient.backoff = BackoffPolicy{absl::Milliseconds(20), absl::Milliseconds(100), 2.0};
  LeadClient client(MakeLeadConnection(patient));

  server_.Stop();
  std::thread restart([this] {
    absl::SleepFor(absl::Milliseconds(500));
    server_.Start();
  });
  // Issued while the server is down: answered once it is back.
  absl::StatusOr<v1::Lead> read = client.GetLead(lead->name());
  restart.join();
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->last_name(), "Banner");

  // A create, retried across another restart with the request id the
  // client chose, still makes exactly one lead.
  server_.Stop();
  std::thread again([this] {
    absl::SleepFor(absl::Milliseconds(300));
    server_.Start();
  });
  absl::StatusOr<v1::Lead> created = client.CreateLead(NewLead("Ross"));
  again.join();
  ASSERT_TRUE(created.ok()) << created.status();
  v1::ListLeadsRequest ross;
  ross.set_filter("last_name = Ross");
  int count = 0;
  for (const auto& l : client.ListLeads(ross)) count += l.ok();
  EXPECT_EQ(count, 1);
}

TEST_F(SdkClientTest, WithoutRetriesADownServerIsReportedUnavailable) {
  Options impatient = ClientOptions();
  impatient.retry.max_attempts = 1;
  LeadClient client(MakeLeadConnection(impatient));
  server_.Stop();
  EXPECT_EQ(client.GetLead("leads/x").status().code(), absl::StatusCode::kUnavailable);
  server_.Start();
}

}  // namespace
}  // namespace leadflow
