// The capture step every create takes (store/lead_capture_writes.h) on a
// real SQLite database: the duplicate-key index follows each write, the
// matches it finds are ranked and read whole, the policy acts on them, and
// the assignment rules take turns within their daily caps.

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/lead_capture_writes.h"
#include "store/migrations.h"
#include "store/record_hooks.h"
#include "store/sqlite_capture.h"
#include "store/sqlite_connection.h"
#include "store/sqlite_resources.h"
#include "store/tables.h"
#include "support/temp_dir.h"

namespace leadflow::store {
namespace {

using leadflow::v1::DuplicateOutcome;
using leadflow::v1::Lead;
using ::testing::ElementsAre;

const absl::Time kNow = absl::FromUnixSeconds(1'790'000'000);

Lead Person(const std::string& first, const std::string& last, const std::string& email) {
  Lead lead;
  lead.set_first_name(first);
  lead.set_last_name(last);
  lead.set_company("Acme, Inc.");
  lead.set_email(email);
  lead.set_status("Open - Not Contacted");
  return lead;
}

class LeadCaptureStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    connection_ = std::make_unique<SqliteConnection>(dir_.File("leads.db"),
                                                     SqliteConnection::Mode::kReadWrite);
    ASSERT_TRUE(Migrate(connection_->db()).ok());
  }

  int KeysOf(const std::string& record) {
    SQLite::Statement count(connection_->db(),
                            "SELECT count(*) FROM duplicate_keys WHERE record = ?");
    count.bind(1, record);
    count.executeStep();
    return count.getColumn(0).getInt();
  }

  CapturedLead Capture(Lead lead, const CaptureRules& rules) {
    return CaptureNewLead(*connection_, std::move(lead), rules, "lead", {"tests", ""}, kNow);
  }

  static CaptureRules Checking(leadflow::v1::DuplicatePolicy policy) {
    CaptureRules rules;
    rules.duplicate_policy = policy;
    const auto all = domain::AllDuplicateRules();
    rules.duplicate_rules.assign(all.begin(), all.end());
    return rules;
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteConnection> connection_;
};

TEST_F(LeadCaptureStoreTest, KeysFollowCreateUpdateAndDelete) {
  CapturedLead ada = Capture(Person("Ada", "Lovelace", "ada@acme.example"), CaptureRules());
  ASSERT_TRUE(ada.status.ok()) << ada.status;
  const std::string name = ada.lead.name();
  EXPECT_EQ(KeysOf(name), 3);  // email, name and company, domain and company

  Lead current;
  const std::int64_t revision =
      *ReadResource(*connection_, LeadTable(), LeadTable().IdOf(name), current);
  Lead updated = current;
  updated.set_phone("+44 20 7946 0958");
  ASSERT_TRUE(UpdateRecord(*connection_, LeadTable(), LeadHooks(), {"tests", ""}, kNow, current,
                           revision, updated)
                  .ok());
  EXPECT_EQ(KeysOf(name), 4);

  DeleteRecord(*connection_, LeadTable(), {"tests", ""}, kNow, updated);
  EXPECT_EQ(KeysOf(name), 0);
}

TEST_F(LeadCaptureStoreTest, FindsRankedMatchesAndThePolicyActsOnThem) {
  ASSERT_TRUE(Capture(Person("Ada", "Lovelace", "ada@acme.example"), CaptureRules()).status.ok());
  ASSERT_TRUE(Capture(Person("Bob", "O'Brien", "bob@other.example"), CaptureRules()).status.ok());

  // Same email in another case, and same person at "ACME" spelled apart.
  CapturedLead allowed =
      Capture(Person("ADA", "LOVELACE", " Ada@ACME.example "), Checking(leadflow::v1::ALLOW));
  ASSERT_TRUE(allowed.status.ok()) << allowed.status;
  EXPECT_TRUE(allowed.created);
  EXPECT_EQ(allowed.duplicates.action(), DuplicateOutcome::CREATED_DESPITE_DUPLICATES);
  ASSERT_EQ(allowed.duplicates.matches_size(), 1);
  EXPECT_EQ(allowed.duplicates.matches(0).lead().last_name(), "Lovelace");
  EXPECT_THAT(
      allowed.duplicates.matches(0).rules(),
      ElementsAre(leadflow::v1::DUPLICATE_RULE_EMAIL, leadflow::v1::DUPLICATE_RULE_NAME_AND_COMPANY,
                  leadflow::v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY));

  CapturedLead skipped =
      Capture(Person("Bob", "OBrien", "b@elsewhere.example"), Checking(leadflow::v1::SKIP));
  EXPECT_TRUE(skipped.status.ok());
  EXPECT_FALSE(skipped.created);
  EXPECT_EQ(skipped.duplicates.action(), DuplicateOutcome::SKIPPED);

  CapturedLead refused =
      Capture(Person("Bob", "O’Brien", "x@y.example"), Checking(leadflow::v1::REFUSE));
  EXPECT_EQ(refused.status.code(), absl::StatusCode::kAlreadyExists);
  EXPECT_FALSE(refused.created);

  CapturedLead fresh =
      Capture(Person("Carol", "Shaw", "carol@z.example"), Checking(leadflow::v1::REFUSE));
  EXPECT_TRUE(fresh.created);
  EXPECT_EQ(fresh.duplicates.action(), DuplicateOutcome::CREATED);
}

TEST_F(LeadCaptureStoreTest, RoundRobinTakesTurnsWithinTheDailyCap) {
  std::vector<leadflow::config::v1::AssignmentRule> assignment(1);
  assignment[0].set_name("web round robin");
  assignment[0].add_lead_sources("Web");
  for (const char* owner : {"ana", "ben", "cy"}) assignment[0].add_owners(owner);
  assignment[0].set_daily_cap(2);
  CaptureRules rules;
  rules.assignment_rules = &assignment;

  std::vector<std::string> owners;
  for (int i = 0; i < 8; ++i) {
    Lead lead = Person("P", absl::StrCat("Person ", i), "");
    lead.set_lead_source("Web");
    CapturedLead captured = Capture(lead, rules);
    ASSERT_TRUE(captured.status.ok()) << captured.status;
    owners.push_back(captured.lead.owner());
    EXPECT_EQ(captured.lead.assignment_rule(), owners.back().empty() ? "" : "web round robin");
  }
  EXPECT_THAT(owners, ElementsAre("ana", "ben", "cy", "ana", "ben", "cy", "", ""));

  Lead other = Person("Q", "Other source", "");
  other.set_lead_source("Partner Referral");
  EXPECT_EQ(Capture(other, rules).lead.owner(), "");
}

ImportChunk ChunkOf(std::int64_t after_row, std::int64_t first, std::int64_t last) {
  ImportChunk chunk;
  chunk.header.set_request_id("list-7");
  chunk.header.mutable_source()->set_lead_source("Purchased List");
  chunk.after_row = after_row;
  for (std::int64_t row = first; row <= last; ++row) {
    chunk.rows.push_back(
        {row, Person("Row", absl::StrCat("Person", row), absl::StrCat("p", row, "@list.example"))});
  }
  chunk.last_row = last;
  return chunk;
}

TEST_F(LeadCaptureStoreTest, ImportProgressOnlyMovesPastCommittedRows) {
  // A chunk split into parts: each continues from the one before, the last
  // ends where the chunk does (row 12 was rejected before the store).
  ImportChunk chunk = ChunkOf(0, 1, 11);
  chunk.last_row = 12;
  const std::vector<ImportChunk> parts = SplitImportChunk(chunk, 4);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].after_row, 0);
  EXPECT_EQ(parts[0].last_row, 4);
  EXPECT_EQ(parts[1].after_row, 4);
  EXPECT_EQ(parts[2].after_row, 8);
  EXPECT_EQ(parts[2].rows.size(), 3u);
  EXPECT_EQ(parts[2].last_row, 12);

  absl::StatusOr<ImportChunkResult> first = ImportRows(*connection_, parts[0], {"tests", ""}, kNow);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->created, 4);
  EXPECT_EQ(first->last_committed_row, 4);
  // Part 3 without part 2 would record rows 5-8 as done: refused.
  absl::StatusOr<ImportChunkResult> gap = ImportRows(*connection_, parts[2], {"tests", ""}, kNow);
  EXPECT_EQ(gap.status().code(), absl::StatusCode::kAborted) << gap.status();
  EXPECT_EQ(ReadImportProgress(*connection_, "list-7")->last_row, 4);

  // Resent from the start, rows 1-4 are counted, not created again.
  absl::StatusOr<ImportChunkResult> again =
      ImportRows(*connection_, ChunkOf(0, 1, 8), {"tests", ""}, kNow);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->already_imported, 4);
  EXPECT_EQ(again->created, 4);
  EXPECT_EQ(again->last_committed_row, 8);

  // Another header under the same request id is another import: refused.
  ImportChunk other = ChunkOf(8, 9, 9);
  other.header.set_duplicate_policy(leadflow::v1::SKIP);
  EXPECT_EQ(ImportRows(*connection_, other, {"tests", ""}, kNow).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace leadflow::store
