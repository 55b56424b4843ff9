// The Store contract for leads, run against every store (SqliteStore on a
// temporary file, PostgresStore on a fresh database of the test cluster):
// each test runs once per store kind.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

#include "absl/strings/str_cat.h"
#include "domain/catalog.h"
#include "domain/duplicates.h"
#include "domain/lead_rules.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "store/list_plan.h"
#include "support/status_matchers.h"
#include "support/store_backends.h"
#include "support/store_calls.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::v1::Lead;

std::string IdOf(const Lead& lead) { return lead.name().substr(std::string("leads/").size()); }

Lead NewLead(const std::string& last_name, const std::string& company = "Acme") {
  Lead lead;
  lead.set_last_name(last_name);
  lead.set_company(company);
  lead.set_status("Open - Not Contacted");
  return lead;
}

// Every field the store keeps, set to something other than its default.
Lead FullLead() {
  Lead lead = NewLead("Hopper", "Navy Computing");
  lead.set_salutation("Rear Admiral");
  lead.set_first_name("Grace");
  lead.set_title("Director");
  lead.set_email("grace@navy.example");
  lead.set_phone("+1 555 0100");
  lead.set_mobile_phone("+1 555 0101");
  lead.set_website("https://navy.example");
  lead.set_industry("Government");
  lead.mutable_annual_revenue()->set_currency_code("USD");
  lead.mutable_annual_revenue()->set_units(12'000'000);
  lead.mutable_annual_revenue()->set_nanos(500'000'000);
  lead.set_number_of_employees(3400);
  lead.mutable_address()->set_street("1 Compiler Way");
  lead.mutable_address()->set_city("Arlington");
  lead.mutable_address()->set_state("VA");
  lead.mutable_address()->set_postal_code("22202");
  lead.mutable_address()->set_country("US");
  lead.set_description("Met at the COBOL meetup");
  lead.set_lead_source("Purchased List");
  lead.mutable_source_detail()->mutable_purchased_list()->set_list("2026 conference");
  lead.mutable_source_detail()->mutable_purchased_list()->set_row(42);
  lead.set_rating("Hot");
  lead.set_owner("users/kay");
  lead.set_status("Working - Contacted");
  lead.set_interest_shown(true);
  lead.set_meeting_agreed(true);
  lead.set_price_agreed(true);
  lead.set_has_opted_out_of_email(true);
  lead.set_do_not_call(true);
  return lead;
}

using ::leadflow::testing::StoreKind;

class StoreContractTest : public ::testing::TestWithParam<StoreKind> {
 protected:
  void SetUp() override {
    const std::string unavailable = testing::UnavailableReason(GetParam());
    if (!unavailable.empty()) GTEST_SKIP() << unavailable;
    backend_ = testing::MakeStoreBackend(GetParam());
    Reopen();
  }

  // A new store on the same database, as after a restart.
  void Reopen() {
    store_.reset();
    auto store = backend_->Open();
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
  }

  Lead Create(Lead lead, std::string request_id = "") {
    absl::StatusOr<Lead> created = testing::CreateLead(*store_, std::move(lead), request_id);
    EXPECT_TRUE(created.ok()) << created.status();
    return created.value_or(Lead());
  }

  std::vector<Lead> ListAll(const std::string& filter, const std::string& order_by,
                            int page_size, int* pages = nullptr) {
    std::vector<Lead> all;
    ListQuery query{page_size, "", filter, order_by};
    int count = 0;
    do {
      absl::StatusOr<Page<Lead>> page = store_->ListLeads(query);
      EXPECT_TRUE(page.ok()) << page.status();
      if (!page.ok()) break;
      ++count;
      all.insert(all.end(), page->items.begin(), page->items.end());
      query.page_token = page->next_page_token;
    } while (!query.page_token.empty());
    if (pages != nullptr) *pages = count;
    return all;
  }

  std::unique_ptr<testing::StoreBackend> backend_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreContractTest, StoresAndReadsBackEveryField) {
  Lead created = Create(FullLead());
  EXPECT_THAT(created.name(), ::testing::StartsWith("leads/"));
  EXPECT_EQ(created.etag(), "1");
  EXPECT_TRUE(created.has_create_time());
  EXPECT_EQ(created.update_time().seconds(), created.create_time().seconds());

  absl::StatusOr<Lead> read = store_->GetLead(IdOf(created));
  ASSERT_TRUE(read.ok()) << read.status();
  google::protobuf::util::MessageDifferencer same;
  std::string diff;
  same.ReportDifferencesToString(&diff);
  EXPECT_TRUE(same.Compare(created, *read)) << diff;

  Lead expected = FullLead();
  expected.set_name(created.name());
  *expected.mutable_create_time() = created.create_time();
  *expected.mutable_update_time() = created.update_time();
  expected.set_etag(created.etag());
  EXPECT_TRUE(same.Compare(expected, *read)) << diff;
}

TEST_P(StoreContractTest, GetOfAMissingLeadIsNotFound) {
  absl::Status status = store_->GetLead("nope").status();
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(status, HasReason(v1::RESOURCE_NOT_FOUND));
}

TEST_P(StoreContractTest, RequestIdReturnsTheFirstLeadEvenAfterReopening) {
  Lead first = Create(NewLead("Turing"), "req-1");
  Reopen();
  Lead again = Create(NewLead("Turing"), "req-1");
  EXPECT_EQ(again.name(), first.name());
  EXPECT_EQ(ListAll("", "", 100).size(), 1u);
}

TEST_P(StoreContractTest, RequestIdReusedForAnotherLeadIsRefused) {
  Create(NewLead("Turing"), "req-1");
  absl::Status status = testing::CreateLead(*store_, NewLead("Church"), "req-1").status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasReason(v1::REQUEST_ID_REUSED));
  EXPECT_THAT(status, HasFieldViolation("request_id"));
  EXPECT_EQ(ListAll("", "", 100).size(), 1u);
}

TEST_P(StoreContractTest, UpdateBumpsTheEtagAndAStaleEtagChangesNothing) {
  Lead created = Create(NewLead("Knuth"));
  auto set_rating = [](const std::string& rating) {
    return [rating](const Lead& current) -> absl::StatusOr<Lead> {
      Lead updated = current;
      updated.set_rating(rating);
      return updated;
    };
  };
  absl::StatusOr<Lead> updated =
      testing::UpdateLead(*store_, IdOf(created), created.etag(), set_rating("Hot"));
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->rating(), "Hot");
  EXPECT_NE(updated->etag(), created.etag());
  EXPECT_EQ(updated->create_time().seconds(), created.create_time().seconds());

  absl::Status stale =
      testing::UpdateLead(*store_, IdOf(created), created.etag(), set_rating("Cold")).status();
  EXPECT_EQ(stale.code(), absl::StatusCode::kAborted);
  EXPECT_THAT(stale, HasReason(v1::ETAG_MISMATCH));
  EXPECT_EQ(store_->GetLead(IdOf(created))->rating(), "Hot");

  // No etag: an unconditional update.
  EXPECT_TRUE(testing::UpdateLead(*store_, IdOf(created), "", set_rating("Warm")).ok());
  EXPECT_EQ(store_->GetLead(IdOf(created))->rating(), "Warm");
}

TEST_P(StoreContractTest, ARefusedMutationWritesNothing) {
  Lead created = Create(NewLead("Liskov"));
  absl::Status status = testing::UpdateLead(
      *store_, IdOf(created), "", [](const Lead&) -> absl::StatusOr<Lead> {
        return absl::FailedPreconditionError("no");
      }).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(store_->GetLead(IdOf(created))->etag(), created.etag());
}

TEST_P(StoreContractTest, ConvertedLeadRefusesUpdateAndDeleteThroughTheRules) {
  Lead created = Create(NewLead("Hamilton"));
  {
    // Conversion is not part of this store yet; mark the row as converted
    // the way it will.
    backend_->Exec(absl::StrCat("UPDATE leads SET converted = 1, status = 'Closed - Converted' "
                                "WHERE id = '", IdOf(created), "'"));
  }
  domain::Catalog catalog = domain::Catalog::Default();
  google::protobuf::FieldMask mask;
  mask.add_paths("rating");
  Lead patch;
  patch.set_rating("Hot");
  absl::Status update = testing::UpdateLead(
      *store_, IdOf(created), "", [&](const Lead& current) {
        return domain::ApplyLeadUpdate(current, patch, mask, catalog);
      }).status();
  EXPECT_EQ(update.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(update, HasReason(v1::LEAD_CONVERTED));
  absl::Status erase =
      testing::DeleteLead(*store_, IdOf(created), "", domain::CheckLeadDeletable);
  EXPECT_EQ(erase.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(store_->GetLead(IdOf(created)).ok());
}

TEST_P(StoreContractTest, DeleteHonoursTheEtag) {
  Lead created = Create(NewLead("Lamport"));
  auto allow = [](const Lead&) { return absl::OkStatus(); };
  EXPECT_EQ(testing::DeleteLead(*store_, IdOf(created), "999", allow).code(),
            absl::StatusCode::kAborted);
  EXPECT_TRUE(store_->GetLead(IdOf(created)).ok());
  EXPECT_TRUE(testing::DeleteLead(*store_, IdOf(created), created.etag(), allow).ok());
  EXPECT_EQ(store_->GetLead(IdOf(created)).status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(testing::DeleteLead(*store_, IdOf(created), "", allow).code(),
            absl::StatusCode::kNotFound);
}

TEST_P(StoreContractTest, FindsDuplicatesOfStoredLeadsAndForgetsDeletedOnes) {
  Lead ada = NewLead("Lovelace");
  ada.set_email("ada@engines.example");
  ada.set_phone("+44 20 7946 0958");
  Lead created = Create(ada);
  Create(NewLead("Babbage"));

  domain::PersonFields candidate;
  candidate.email = "ADA@Engines.Example";
  candidate.phone = "020 7946 0958";
  const auto rules = domain::AllDuplicateRules();
  const std::vector<domain::DuplicateKey> keys = domain::DuplicateKeys(candidate, rules);
  absl::StatusOr<std::vector<leadflow::v1::DuplicateMatch>> matches =
      store_->FindDuplicates(keys, 10);
  ASSERT_TRUE(matches.ok()) << matches.status();
  ASSERT_EQ(matches->size(), 1U);
  EXPECT_EQ((*matches)[0].lead().name(), created.name());
  EXPECT_EQ((*matches)[0].score(), 160);  // email and phone

  auto allow = [](const Lead&) { return absl::OkStatus(); };
  ASSERT_TRUE(testing::DeleteLead(*store_, IdOf(created), "", allow).ok());
  matches = store_->FindDuplicates(keys, 10);
  ASSERT_TRUE(matches.ok()) << matches.status();
  EXPECT_TRUE(matches->empty());
}

TEST_P(StoreContractTest, CaptureRefusesADuplicateAndAssignsAnOwner) {
  Lead ada = NewLead("Lovelace");
  ada.set_email("ada@engines.example");
  Create(ada);

  CaptureRules refuse;
  refuse.duplicate_policy = leadflow::v1::REFUSE;
  refuse.duplicate_rules = {leadflow::v1::DUPLICATE_RULE_EMAIL};
  Lead again = NewLead("Someone Else");
  again.set_email("ADA@engines.example");
  absl::StatusOr<Lead> refused = testing::Await<Lead>([&](auto done) {
    store_->CaptureLead(again, refuse, {"tests", ""}, std::move(done));
  });
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_THAT(refused.status(), HasReason(leadflow::v1::DUPLICATE_FOUND));
  EXPECT_EQ(ListAll("", "", 100).size(), 1U);

  std::vector<leadflow::config::v1::AssignmentRule> assignment(1);
  assignment[0].set_name("everyone to ana");
  assignment[0].add_owners("ana");
  CaptureRules assign;
  assign.assignment_rules = &assignment;
  absl::StatusOr<Lead> assigned = testing::Await<Lead>([&](auto done) {
    store_->CaptureLead(NewLead("Hopper"), assign, {"tests", ""}, std::move(done));
  });
  ASSERT_TRUE(assigned.ok()) << assigned.status();
  EXPECT_EQ(assigned->owner(), "ana");
  EXPECT_EQ(store_->GetLead(IdOf(*assigned))->assignment_rule(), "everyone to ana");
}

TEST_P(StoreContractTest, ImportChunksRecordProgressAndNeverPassAMissingRow) {
  ImportChunk chunk;
  chunk.header.set_request_id("list-q4");
  for (int row = 1; row <= 60; ++row) {
    chunk.rows.push_back({row, NewLead(absl::StrCat("Imported", row))});
  }
  chunk.last_row = 61;  // row 61 was rejected before the store
  const ImportChunk resent = chunk;
  EXPECT_EQ(*store_->ImportResumePoint(chunk.header), 0);
  absl::StatusOr<ImportChunkResult> result = testing::Await<ImportChunkResult>([&](auto done) {
    store_->ImportLeadChunk(chunk, {"tests", "list-q4"}, std::move(done));
  });
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->created, 60);
  EXPECT_EQ(result->last_committed_row, 61);
  EXPECT_EQ(*store_->ImportResumePoint(chunk.header), 61);

  // Sent again, nothing is created twice.
  result = testing::Await<ImportChunkResult>([&](auto done) {
    store_->ImportLeadChunk(resent, {"tests", "list-q4"}, std::move(done));
  });
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->created, 0);
  EXPECT_EQ(result->already_imported, 60);
  EXPECT_EQ(ListAll("", "", 1000).size(), 60U);

  // A chunk continuing from a row the import never reached is refused.
  ImportChunk ahead;
  ahead.header = chunk.header;
  ahead.after_row = 100;
  ahead.rows.push_back({101, NewLead("Ahead")});
  ahead.last_row = 101;
  result = testing::Await<ImportChunkResult>([&](auto done) {
    store_->ImportLeadChunk(ahead, {"tests", ""}, std::move(done));
  });
  EXPECT_EQ(result.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(*store_->ImportResumePoint(chunk.header), 61);

  // The same request id with another header is another import.
  leadflow::v1::ImportLeadsHeader other = chunk.header;
  other.set_duplicate_policy(leadflow::v1::SKIP);
  EXPECT_THAT(store_->ImportResumePoint(other).status(),
              HasReason(leadflow::v1::REQUEST_ID_REUSED));
}

TEST_P(StoreContractTest, RefusesADatabaseFromANewerLeadflow) {
  store_.reset();
  backend_->MakeSchemaNewer();
  absl::Status status = backend_->Open().status();
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("newer Leadflow"));
}

// A page of long descriptions stops short of page_size rather than grow
// past kMaxPageBytes, and paging still returns every lead exactly once.
TEST_P(StoreContractTest, APageEndsEarlyAtItsByteBoundAndPagingStillSeesEveryLead) {
  constexpr int kLeads = 80;
  for (int i = 0; i < kLeads; ++i) {
    Lead lead = NewLead(absl::StrCat("Long", i));
    lead.set_description(std::string(30'000, 'd'));
    Create(lead);
  }
  ListQuery query;
  query.page_size = 1000;
  std::set<std::string> seen;
  int pages = 0;
  do {
    absl::StatusOr<Page<Lead>> page = store_->ListLeads(query);
    ASSERT_TRUE(page.ok()) << page.status();
    ASSERT_FALSE(page->items.empty());
    std::size_t bytes = 0;
    for (const Lead& lead : page->items) {
      bytes += lead.ByteSizeLong();
      EXPECT_TRUE(seen.insert(lead.name()).second) << lead.name() << " seen twice";
    }
    EXPECT_LE(bytes, kMaxPageBytes);
    query.page_token = page->next_page_token;
    ++pages;
  } while (!query.page_token.empty() && pages < kLeads);
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(kLeads));
  EXPECT_GT(pages, 1);
}

TEST_P(StoreContractTest, ConcurrentWritersAllLandAndSurviveReopening) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 50;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([this, t] {
      for (int i = 0; i < kPerThread; ++i) {
        EXPECT_TRUE(testing::CreateLead(*store_, NewLead(absl::StrCat("T", t, "-", i))).ok());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  Reopen();
  EXPECT_EQ(ListAll("", "", 1000).size(), static_cast<std::size_t>(kThreads * kPerThread));
}

TEST_P(StoreContractTest, FiltersSelectTheRightLeads) {
  Lead hot = NewLead("Ritchie", "Bell Labs");
  hot.set_rating("Hot");
  Create(hot);
  Lead cold = NewLead("Thompson", "Bell Labs");
  cold.set_rating("Cold");
  cold.set_meeting_agreed(true);
  Create(cold);
  Create(NewLead("Kernighan", "Princeton"));

  auto names = [&](const std::string& filter) {
    std::set<std::string> last_names;
    for (const Lead& lead : ListAll(filter, "", 10)) last_names.insert(lead.last_name());
    return last_names;
  };
  using Names = std::set<std::string>;
  EXPECT_EQ(names("rating = Hot"), Names({"Ritchie"}));
  EXPECT_EQ(names("company:\"bell\""), Names({"Ritchie", "Thompson"}));
  EXPECT_EQ(names("company = \"Bell Labs\" AND NOT rating = Hot"), Names({"Thompson"}));
  EXPECT_EQ(names("meeting_agreed = true"), Names({"Thompson"}));
  EXPECT_EQ(names("rating = Hot OR rating = Cold"), Names({"Ritchie", "Thompson"}));
  EXPECT_EQ(names("create_time > \"2000-01-01T00:00:00Z\" AND converted = false"),
            Names({"Ritchie", "Thompson", "Kernighan"}));
  EXPECT_EQ(names("create_time < \"2000-01-01T00:00:00Z\""), Names());
}

TEST_P(StoreContractTest, RefusesBadListArguments) {
  EXPECT_THAT(store_->ListLeads({-1, "", "", ""}).status(), HasFieldViolation("page_size"));
  EXPECT_THAT(store_->ListLeads({0, "", "colour = red", ""}).status(),
              HasReason(v1::FILTER_INVALID));
  EXPECT_THAT(store_->ListLeads({0, "", "", "colour"}).status(),
              HasReason(v1::ORDER_BY_INVALID));
  EXPECT_THAT(store_->ListLeads({0, "forged", "", ""}).status(),
              HasReason(v1::PAGE_TOKEN_INVALID));
}

TEST_P(StoreContractTest, APageTokenOnlyContinuesItsOwnQuery) {
  for (int i = 0; i < 3; ++i) Create(NewLead(absl::StrCat("L", i)));
  absl::StatusOr<Page<Lead>> first = store_->ListLeads({1, "", "rating = \"\"", ""});
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_FALSE(first->next_page_token.empty());
  EXPECT_THAT(store_->ListLeads({1, first->next_page_token, "", ""}).status(),
              HasReason(v1::PAGE_TOKEN_INVALID));
  EXPECT_THAT(store_->ListLeads({1, first->next_page_token, "rating = \"\"", "company"}).status(),
              HasReason(v1::PAGE_TOKEN_INVALID));
  // The page size may change between pages.
  EXPECT_TRUE(store_->ListLeads({5, first->next_page_token, "rating = \"\"", ""}).ok());
}

TEST_P(StoreContractTest, TenThousandLeadsPageThroughWithoutGapsOrDuplicates) {
  constexpr int kLeads = 10'000;
  // Submitted all at once, they commit in groups.
  std::vector<std::future<absl::StatusOr<Lead>>> pending;
  std::vector<std::promise<absl::StatusOr<Lead>>> promises(kLeads);
  for (int i = 0; i < kLeads; ++i) {
    pending.push_back(promises[i].get_future());
    Lead lead = NewLead(absl::StrCat("Last", i % 97), absl::StrCat("Company ", i % 13));
    lead.set_rating(i % 2 == 0 ? "Hot" : "Cold");
    store_->CreateLead(std::move(lead), {}, [&promises, i](absl::StatusOr<Lead> result) {
      promises[i].set_value(std::move(result));
    });
  }
  for (auto& result : pending) ASSERT_TRUE(result.get().ok());

  struct Case {
    std::string filter, order_by;
    std::size_t expected;
  };
  for (const Case& c : {Case{"", "", kLeads}, Case{"rating = Hot", "", kLeads / 2},
                        Case{"", "company, create_time desc", kLeads},
                        Case{"", "last_name desc", kLeads}}) {
    int pages = 0;
    std::vector<Lead> all = ListAll(c.filter, c.order_by, 50, &pages);
    std::set<std::string> names;
    for (const Lead& lead : all) names.insert(lead.name());
    EXPECT_EQ(all.size(), c.expected) << c.filter << " / " << c.order_by;
    EXPECT_EQ(names.size(), c.expected) << "duplicates with " << c.order_by;
    EXPECT_EQ(pages, static_cast<int>((c.expected + 49) / 50));
    if (c.order_by == "company, create_time desc") {
      for (std::size_t i = 1; i < all.size(); ++i) {
        const Lead& a = all[i - 1];
        const Lead& b = all[i];
        ASSERT_TRUE(a.company() < b.company() ||
                    (a.company() == b.company() &&
                     (a.create_time().seconds() > b.create_time().seconds() ||
                      (a.create_time().seconds() == b.create_time().seconds() &&
                       a.create_time().nanos() >= b.create_time().nanos()))))
            << "out of order at " << i;
      }
    }
  }
}

// The reports are aggregated by the database; both stores sum the same.
TEST_P(StoreContractTest, ReportsAggregateLeadsAndOpportunities) {
  Lead web = NewLead("Web");
  web.set_lead_source("Web");
  Create(web);
  Create(web);
  Lead converted = Create(NewLead("Converted"));
  backend_->Exec(absl::StrCat(
      "UPDATE leads SET converted = 1, status = 'Closed - Converted', convert_time_us = "
      "create_time_us + 3600000000 WHERE id = '", IdOf(converted), "'"));
  absl::StatusOr<v1::LeadFunnel> funnel = store_->GetLeadFunnel({});
  ASSERT_TRUE(funnel.ok()) << funnel.status();
  EXPECT_EQ(funnel->total(), 3);
  EXPECT_EQ(funnel->converted(), 1);
  EXPECT_EQ(funnel->median_time_to_convert().seconds(), 3600);
  ASSERT_EQ(funnel->by_source_size(), 2);
  EXPECT_EQ(funnel->by_source(0).value(), "Web");
  EXPECT_EQ(funnel->by_source(0).count(), 2);

  v1::Account account;
  account.set_display_name("Acme");
  absl::StatusOr<v1::Account> stored = testing::Await<v1::Account>(
      [&](auto done) { store_->CreateAccount(account, {}, std::move(done)); });
  ASSERT_TRUE(stored.ok()) << stored.status();
  auto opportunity = [&](std::int64_t units, int probability, bool closed, bool won) {
    v1::Opportunity record;
    record.set_display_name("Deal");
    record.set_account(stored->name());
    record.set_stage(closed ? (won ? "Closed Won" : "Closed Lost") : "Prospecting");
    record.mutable_amount()->set_currency_code("EUR");
    record.mutable_amount()->set_units(units);
    record.set_probability(probability);
    record.set_is_closed(closed);
    record.set_is_won(won);
    absl::StatusOr<v1::Opportunity> created = testing::Await<v1::Opportunity>(
        [&](auto done) { store_->CreateOpportunity(record, {}, std::move(done)); });
    ASSERT_TRUE(created.ok()) << created.status();
  };
  opportunity(1000, 10, false, false);
  opportunity(3000, 50, false, false);
  opportunity(500, 100, true, true);
  opportunity(700, 0, true, false);
  absl::StatusOr<v1::PipelineSummary> summary = store_->GetPipelineSummary({});
  ASSERT_TRUE(summary.ok()) << summary.status();
  ASSERT_EQ(summary->stages_size(), 1);
  EXPECT_EQ(summary->stages(0).amounts().count(), 2);
  EXPECT_EQ(summary->stages(0).amounts().total_amount().units(), 4000);
  EXPECT_EQ(summary->stages(0).amounts().weighted_amount().units(), 1600);
  ASSERT_EQ(summary->won_size(), 1);
  EXPECT_EQ(summary->won(0).total_amount().units(), 500);
  EXPECT_DOUBLE_EQ(summary->win_rate(), 0.5);
}

// Updates of one record racing with the same etag: exactly one wins, the
// others are ABORTED, and no write is lost or applied twice.
void RaceUpdates(const std::vector<Store*>& stores, const Lead& created) {
  constexpr int kRacers = 8;
  std::atomic<int> won{0}, aborted{0};
  std::vector<std::thread> racers;
  for (int i = 0; i < kRacers; ++i) {
    racers.emplace_back([&, i] {
      absl::StatusOr<Lead> result = testing::UpdateLead(
          *stores[i % stores.size()], IdOf(created), created.etag(), [i](const Lead& current) {
            Lead next = current;
            next.set_title(absl::StrCat("racer ", i));
            return next;
          });
      if (result.ok()) {
        won.fetch_add(1);
      } else {
        EXPECT_EQ(result.status().code(), absl::StatusCode::kAborted) << result.status();
        aborted.fetch_add(1);
      }
    });
  }
  for (std::thread& racer : racers) racer.join();
  EXPECT_EQ(won.load(), 1);
  EXPECT_EQ(aborted.load(), kRacers - 1);
  EXPECT_EQ(stores.front()->GetLead(IdOf(created))->etag(), "2");
}

TEST_P(StoreContractTest, UpdatesRacingWithOneEtagLetExactlyOneWin) {
  RaceUpdates({store_.get()}, Create(NewLead("Dijkstra")));
}

// Several servers on one database: only the PostgreSQL store allows it
// (a second SQLite store on a file is refused, see sqlite_store_test).
using SharedDatabaseTest = StoreContractTest;

TEST_P(SharedDatabaseTest, ARequestIdRetriedOnAnotherServerReturnsTheFirstLead) {
  auto other = backend_->Open();
  ASSERT_TRUE(other.ok()) << other.status();
  // Both servers get the same request at once, as after a client's
  // timeout and retry through a load balancer.
  absl::StatusOr<Lead> first, second;
  std::thread a([&] { first = testing::CreateLead(*store_, NewLead("Hoare"), "req-shared"); });
  std::thread b([&] { second = testing::CreateLead(**other, NewLead("Hoare"), "req-shared"); });
  a.join();
  b.join();
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(first->name(), second->name());
  EXPECT_EQ(ListAll("", "", 100).size(), 1u);
}

TEST_P(SharedDatabaseTest, EtagUpdatesRacingOnTwoServersLetExactlyOneWin) {
  auto other = backend_->Open();
  ASSERT_TRUE(other.ok()) << other.status();
  RaceUpdates({store_.get(), other->get()}, Create(NewLead("Dijkstra")));
}

// A watcher on one server hears of the commits made through another.
TEST_P(SharedDatabaseTest, TheCommitListenerHearsOfAnotherServersCommits) {
  auto other = backend_->Open();
  ASSERT_TRUE(other.ok()) << other.status();
  std::mutex mu;
  std::condition_variable heard_cv;
  int heard = 0;
  (*other)->SetCommitListener([&] {
    std::lock_guard<std::mutex> lock(mu);
    ++heard;
    heard_cv.notify_all();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // its LISTEN is in place
  int before = 0;
  {
    std::lock_guard<std::mutex> lock(mu);
    before = heard;
  }
  Create(NewLead("Elsewhere"));
  std::unique_lock<std::mutex> lock(mu);
  EXPECT_TRUE(heard_cv.wait_for(lock, std::chrono::seconds(5), [&] { return heard > before; }));
  lock.unlock();
  (*other)->SetCommitListener(nullptr);
}

INSTANTIATE_TEST_SUITE_P(EveryStore, StoreContractTest,
                         ::testing::Values(StoreKind::kSqlite, StoreKind::kPostgres),
                         testing::StoreKindParamName);
INSTANTIATE_TEST_SUITE_P(Postgres, SharedDatabaseTest, ::testing::Values(StoreKind::kPostgres),
                         testing::StoreKindParamName);

}  // namespace
}  // namespace leadflow::store
