// Conversion in every store (see support/store_backends.h): atomicity under
// injected faults, the writes it makes, its idempotency, and, with two
// PostgreSQL stores on one database, conversions racing across servers.

#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/catalog.h"
#include "domain/conversion.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"
#include "support/store_backends.h"
#include "support/store_calls.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::Await;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::StoreKind;
using ::leadflow::v1::Account;
using ::leadflow::v1::Contact;
using ::leadflow::v1::ConvertLeadRequest;
using ::leadflow::v1::ConvertLeadResponse;
using ::leadflow::v1::Lead;

class ConversionStoreTest : public ::testing::TestWithParam<StoreKind> {
 protected:
  void SetUp() override {
    const std::string unavailable = testing::UnavailableReason(GetParam());
    if (!unavailable.empty()) GTEST_SKIP() << unavailable;
    backend_ = testing::MakeStoreBackend(GetParam());
    auto store = backend_->Open();
    ASSERT_TRUE(store.ok()) << store.status();
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

  absl::StatusOr<ConvertLeadResponse> Convert(ConvertLeadRequest request,
                                              Store* store = nullptr) {
    if (store == nullptr) store = store_.get();
    absl::StatusOr<std::string> status = domain::CheckConvertRequest(request, catalog_);
    if (!status.ok()) return status.status();
    return Await<ConvertLeadResponse>([&](auto done) {
      store->ConvertLead(
          request, "tests/conversion",
          [&, status = *status](const domain::ConversionState& state, absl::Time now) {
            return domain::PlanConversion(request, status, state, catalog_, now);
          },
          std::move(done));
    });
  }

  // Rows in each table, and the lead's etag: what a failed conversion must
  // leave exactly as it was.
  std::string Snapshot(const Lead& lead) {
    std::string snapshot;
    for (const char* table :
         {"accounts", "contacts", "opportunities", "idempotency_keys", "events"}) {
      absl::StrAppend(&snapshot, table, "=",
                      backend_->QueryInt(absl::StrCat("SELECT count(*) FROM ", table)), " ");
    }
    Lead stored = *store_->GetLead(lead.name().substr(6));
    absl::StrAppend(&snapshot, "lead etag=", stored.etag(), " converted=", stored.converted(),
                    " status=", stored.status());
    return snapshot;
  }

  std::unique_ptr<testing::StoreBackend> backend_;
  domain::Catalog catalog_ = domain::Catalog::Default();
  std::unique_ptr<Store> store_;
};

TEST_P(ConversionStoreTest, WritesTheThreeRecordsAndLinksThem) {
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
TEST_P(ConversionStoreTest, AFailureAtAnyStepLeavesNothingBehind) {
  const Account existing = CreateAccount();
  struct Step {
    const char* name;
    const char* event;
    const char* condition;
    bool link_account;
  };
  const Step steps[] = {
      {"create account", "BEFORE INSERT ON accounts", "", false},
      {"fill linked account", "BEFORE UPDATE ON accounts", "", true},
      {"create contact", "BEFORE INSERT ON contacts", "", false},
      {"create opportunity", "BEFORE INSERT ON opportunities", "", false},
      {"convert lead", "BEFORE UPDATE ON leads", "", false},
      {"append the lead's event", "BEFORE INSERT ON events", "NEW.type = 4", false},
      {"record request id", "BEFORE INSERT ON idempotency_keys", "", false},
  };
  for (const Step& step : steps) {
    SCOPED_TRACE(step.name);
    Lead lead = CreateLead();
    const std::string before = Snapshot(lead);
    const std::string account_etag = store_->GetAccount(existing.name().substr(9))->etag();
    backend_->InjectFault(step.event, step.condition);
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
    backend_->RemoveFault();
    ASSERT_TRUE(Convert(request).ok());
    EXPECT_TRUE(store_->GetLead(lead.name().substr(6))->converted());
  }
}

TEST_P(ConversionStoreTest, ARetryReturnsTheFirstResponseUnchanged) {
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

TEST_P(ConversionStoreTest, ValidateOnlyWritesNothing) {
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

TEST_P(ConversionStoreTest, MissingRecordsAreNamed) {
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

// Two servers converting the same lead at the same moment: exactly one
// conversion happens; the other gets the same FAILED_PRECONDITION as a
// conversion of a converted lead on one server, and a retry of the winner's
// request id on the other server gets the winner's response.
using SharedDatabaseConversionTest = ConversionStoreTest;

TEST_P(SharedDatabaseConversionTest, ConcurrentConversionsOfOneLeadOnTwoServersConvertOnce) {
  auto other = backend_->Open();
  ASSERT_TRUE(other.ok()) << other.status();
  for (int round = 0; round < 5; ++round) {
    SCOPED_TRACE(round);
    Lead lead = CreateLead();
    ConvertLeadRequest first, second;
    first.set_name(lead.name());
    first.set_request_id(absl::StrCat("first-", round));
    second = first;
    second.set_request_id(absl::StrCat("second-", round));
    absl::StatusOr<ConvertLeadResponse> a, b;
    std::thread ta([&] { a = Convert(first); });
    std::thread tb([&] { b = Convert(second, other->get()); });
    ta.join();
    tb.join();
    ASSERT_NE(a.ok(), b.ok()) << a.status() << " / " << b.status();
    const absl::Status& lost = a.ok() ? b.status() : a.status();
    EXPECT_EQ(lost.code(), absl::StatusCode::kFailedPrecondition) << lost;
    EXPECT_THAT(lost, HasReason(v1::LEAD_CONVERTED));
    const ConvertLeadResponse& won = a.ok() ? *a : *b;
    // The winner's request id, retried on the server that lost, returns
    // the winner's response.
    absl::StatusOr<ConvertLeadResponse> retried =
        Convert(a.ok() ? first : second, a.ok() ? other->get() : store_.get());
    ASSERT_TRUE(retried.ok()) << retried.status();
    EXPECT_EQ(retried->SerializeAsString(), won.SerializeAsString());
  }
  // One account, contact and opportunity per lead.
  EXPECT_EQ(backend_->QueryInt("SELECT count(*) FROM accounts"), 5);
  EXPECT_EQ(backend_->QueryInt("SELECT count(*) FROM opportunities"), 5);
}

TEST_P(SharedDatabaseConversionTest, OneRequestIdSentToTwoServersAtOnceConvertsOnce) {
  auto other = backend_->Open();
  ASSERT_TRUE(other.ok()) << other.status();
  Lead lead = CreateLead();
  ConvertLeadRequest request;
  request.set_name(lead.name());
  request.set_request_id("sent-twice");
  absl::StatusOr<ConvertLeadResponse> a, b;
  std::thread ta([&] { a = Convert(request); });
  std::thread tb([&] { b = Convert(request, other->get()); });
  ta.join();
  tb.join();
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(a->SerializeAsString(), b->SerializeAsString());
  EXPECT_EQ(backend_->QueryInt("SELECT count(*) FROM accounts"), 1);
}

INSTANTIATE_TEST_SUITE_P(EveryStore, ConversionStoreTest,
                         ::testing::Values(StoreKind::kSqlite, StoreKind::kPostgres),
                         testing::StoreKindParamName);
INSTANTIATE_TEST_SUITE_P(Postgres, SharedDatabaseConversionTest,
                         ::testing::Values(StoreKind::kPostgres), testing::StoreKindParamName);

}  // namespace
}  // namespace leadflow::store
