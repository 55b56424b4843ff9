// Conversion in the real SqliteStore: atomicity under injected faults, the
// writes it makes, and its idempotency.

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/catalog.h"
#include "domain/conversion.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/sqlite_store.h"
#include "support/status_matchers.h"
#include "support/store_calls.h"
#include "support/temp_dir.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::Await;
using ::leadflow::testing::HasReason;
using ::leadflow::v1::Account;
using ::leadflow::v1::Contact;
using ::leadflow::v1::ConvertLeadRequest;
using ::leadflow::v1::ConvertLeadResponse;
using ::leadflow::v1::Lead;

class ConversionStoreTest : public ::testing::Test {
 protected:
  ConversionStoreTest() {
    auto store = SqliteStore::Open({dir_.File("leads.db")});
    EXPECT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
  }

  Lead CreateLead() {
    Lead lead;
    lead.set_last_name("Lovelace");
    lead.set_first_name("Ada");
    lead.set_company("Analytical Engines");
    lead.set_website("engines.example");
    lead.set_status("Working - Contacted");
    return *testing::CreateLead(*store_, lead);
  }

  Account CreateAccount() {
    Account account;
    account.set_display_name("Engines Holdings");
    return *Await<Account>([&](auto done) { store_->CreateAccount(account, {}, std::move(done)); });
  }

  absl::StatusOr<ConvertLeadResponse> Convert(ConvertLeadRequest request) {
    absl::StatusOr<std::string> status = domain::CheckConvertRequest(request, catalog_);
    if (!status.ok()) return status.status();
    return Await<ConvertLeadResponse>([&](auto done) {
      store_->ConvertLead(
          request, "tests/conversion",
          [&, status = *status](const domain::ConversionState& state) {
            return domain::PlanConversion(request, status, state, catalog_, absl::Now());
          },
          std::move(done));
    });
  }

  // Rows in each table, and the lead's etag: what a failed conversion must
  // leave exactly as it was.
  std::string Snapshot(const Lead& lead) {
    SQLite::Database db(dir_.File("leads.db"), SQLite::OPEN_READONLY);
    std::string snapshot;
    for (const char* table :
         {"accounts", "contacts", "opportunities", "idempotency_keys", "events"}) {
      absl::StrAppend(&snapshot, table, "=",
                      db.execAndGet(absl::StrCat("SELECT count(*) FROM ", table)).getInt(), " ");
    }
    Lead stored = *store_->GetLead(lead.name().substr(6));
    absl::StrAppend(&snapshot, "lead etag=", stored.etag(), " converted=", stored.converted(),
                    " status=", stored.status());
    return snapshot;
  }

  void Exec(const std::string& sql) {
    SQLite::Database db(dir_.File("leads.db"), SQLite::OPEN_READWRITE);
    db.exec(sql);
  }

  testing::TempDir dir_;
  domain::Catalog catalog_ = domain::Catalog::Default();
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(ConversionStoreTest, WritesTheThreeRecordsAndLinksThem) {
  Lead lead = CreateLead();
  ConvertLeadRequest request;
  request.set_name(lead.name());
  absl::StatusOr<ConvertLeadResponse> response = Convert(request);
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->contact().account(), response->account().name());
  EXPECT_EQ(response->opportunity().account(), response->account().name());
  EXPECT_EQ(response->opportunity().contact(), response->contact().name());
  EXPECT_EQ(response->lead().converted_opportunity(), response->opportunity().name());
  EXPECT_EQ(response->plan().account().name(), response->account().name());

  Lead stored = *store_->GetLead(lead.name().substr(6));
  EXPECT_TRUE(stored.converted());
  EXPECT_EQ(stored.converted_account(), response->account().name());
  EXPECT_EQ(stored.etag(), response->lead().etag());
  EXPECT_NE(stored.etag(), lead.etag());
  Account account = *store_->GetAccount(response->account().name().substr(9));
  EXPECT_EQ(account.display_name(), "Analytical Engines");
}

// Each step of a conversion is made to fail in turn, by a trigger that
// aborts the statement of that step; every time, nothing of the conversion
// may remain, events included. The last case fails recording the request id, after every
// record has been written.
TEST_F(ConversionStoreTest, AFailureAtAnyStepLeavesNothingBehind) {
  const Account existing = CreateAccount();
  struct Step {
    const char* name;
    const char* trigger;
    bool link_account;
  };
  const Step steps[] = {
      {"create account", "BEFORE INSERT ON accounts", false},
      {"fill linked account", "BEFORE UPDATE ON accounts", true},
      {"create contact", "BEFORE INSERT ON contacts", false},
      {"create opportunity", "BEFORE INSERT ON opportunities", false},
      {"convert lead", "BEFORE UPDATE ON leads", false},
      {"append the lead's event", "BEFORE INSERT ON events WHEN NEW.type = 4", false},
      {"record request id", "BEFORE INSERT ON idempotency_keys", false},
  };
  for (const Step& step : steps) {
    SCOPED_TRACE(step.name);
    Lead lead = CreateLead();
    const std::string before = Snapshot(lead);
    const std::string account_etag = store_->GetAccount(existing.name().substr(9))->etag();
    Exec(absl::StrCat("CREATE TRIGGER fault ", step.trigger,
                      " BEGIN SELECT RAISE(ABORT, 'injected fault'); END"));
    ConvertLeadRequest request;
    request.set_name(lead.name());
    request.set_request_id(absl::StrCat("convert-", lead.name()));
    if (step.link_account) request.set_account(existing.name());
    absl::Status status = Convert(request).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
    EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("injected fault"));
    EXPECT_EQ(Snapshot(lead), before);
    EXPECT_EQ(store_->GetAccount(existing.name().substr(9))->etag(), account_etag);

    // With the fault gone, the same request converts the lead.
    Exec("DROP TRIGGER fault");
    ASSERT_TRUE(Convert(request).ok());
    EXPECT_TRUE(store_->GetLead(lead.name().substr(6))->converted());
  }
}

TEST_F(ConversionStoreTest, ARetryReturnsTheFirstResponseUnchanged) {
  Lead lead = CreateLead();
  ConvertLeadRequest request;
  request.set_name(lead.name());
  request.set_request_id("convert-once");
  absl::StatusOr<ConvertLeadResponse> first = Convert(request);
  absl::StatusOr<ConvertLeadResponse> again = Convert(request);
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_EQ(first->SerializeAsString(), again->SerializeAsString());

  request.set_request_id("convert-twice");
  EXPECT_THAT(Convert(request).status(), HasReason(v1::LEAD_CONVERTED));
}

TEST_F(ConversionStoreTest, ValidateOnlyWritesNothing) {
  Lead lead = CreateLead();
  const std::string before = Snapshot(lead);
  ConvertLeadRequest request;
  request.set_name(lead.name());
  request.set_validate_only(true);
  request.set_request_id("dry-run");
  absl::StatusOr<ConvertLeadResponse> preview = Convert(request);
  ASSERT_TRUE(preview.ok()) << preview.status();
  EXPECT_EQ(preview->account().name(), "");
  EXPECT_EQ(preview->account().display_name(), "Analytical Engines");
  EXPECT_TRUE(preview->lead().converted());
  EXPECT_EQ(Snapshot(lead), before);
}

TEST_F(ConversionStoreTest, MissingRecordsAreNamed) {
  ConvertLeadRequest request;
  request.set_name("leads/0000000000missing");
  EXPECT_EQ(Convert(request).status().code(), absl::StatusCode::kNotFound);

  request.set_name(CreateLead().name());
  request.set_account("accounts/0000000000missing");
  absl::Status status = Convert(request).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasReason(v1::REFERENCE_NOT_FOUND));
  EXPECT_THAT(status, testing::HasFieldViolation("account"));
}

}  // namespace
}  // namespace leadflow::store
