#include "domain/opportunity_rules.h"

#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::leadflow::v1::CreateOpportunityRequest;
using ::leadflow::v1::FieldChange;
using ::leadflow::v1::Opportunity;

const absl::Time kNow = absl::FromCivil(absl::CivilSecond(2026, 11, 26, 12, 0, 0), absl::UTCTimeZone());

CreateOpportunityRequest Request() {
  CreateOpportunityRequest request;
  request.mutable_opportunity()->set_account("accounts/a1");
  request.mutable_opportunity()->set_display_name("Acme — 500 seats");
  request.mutable_opportunity()->mutable_amount()->set_currency_code("USD");
  request.mutable_opportunity()->mutable_amount()->set_units(10'000);
  return request;
}

google::protobuf::FieldMask Mask(std::initializer_list<const char*> paths) {
  google::protobuf::FieldMask mask;
  for (const char* path : paths) mask.add_paths(path);
  return mask;
}

Opportunity Created() { return *PrepareNewOpportunity(Request(), Catalog::Default(), kNow); }

absl::StatusOr<Opportunity> MoveTo(const Opportunity& current, const std::string& stage) {
  Opportunity patch;
  patch.set_stage(stage);
  return ApplyOpportunityUpdate(current, patch, Mask({"stage"}), Catalog::Default(), kNow);
}

TEST(PrepareNewOpportunityTest, StartsInTheFirstOpenStageWithItsDefaults) {
  Opportunity created = Created();
  EXPECT_EQ(created.stage(), "Prospecting");
  EXPECT_EQ(created.probability(), 10);
  EXPECT_EQ(created.forecast_category(), v1::PIPELINE);
  EXPECT_FALSE(created.is_closed());
  EXPECT_EQ(created.expected_revenue().units(), 1000);
  EXPECT_FALSE(created.has_close_time());
}

TEST(PrepareNewOpportunityTest, DefaultsTheCurrency) {
  CreateOpportunityRequest request = Request();
  request.mutable_opportunity()->mutable_amount()->clear_currency_code();
  EXPECT_EQ(PrepareNewOpportunity(request, Catalog::Default(), kNow)->amount().currency_code(),
            "USD");
}

TEST(PrepareNewOpportunityTest, RefusesBadValuesNamingEachField) {
  CreateOpportunityRequest request = Request();
  Opportunity& o = *request.mutable_opportunity();
  o.mutable_amount()->set_units(-1);
  o.set_stage("Haggling");
  o.set_probability(101);
  o.mutable_close_date()->set_year(2026);
  o.mutable_close_date()->set_month(13);
  o.mutable_close_date()->set_day(1);
  o.set_contact("accounts/wrong-collection");
  o.clear_display_name();
  absl::Status status = PrepareNewOpportunity(request, Catalog::Default(), kNow).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  for (const char* field : {"opportunity.amount.units", "opportunity.stage",
                            "opportunity.probability", "opportunity.close_date",
                            "opportunity.contact", "opportunity.display_name"}) {
    EXPECT_THAT(status, HasFieldViolation(field));
  }
  request = Request();
  request.mutable_opportunity()->mutable_amount()->set_currency_code("XYZ");
  EXPECT_THAT(PrepareNewOpportunity(request, Catalog::Default(), kNow).status(),
              HasFieldViolation("opportunity.amount.currency_code"));
}

TEST(ApplyOpportunityUpdateTest, AStageBringsItsProbabilityAndForecast) {
  absl::StatusOr<Opportunity> moved = MoveTo(Created(), "Proposal/Price Quote");
  ASSERT_TRUE(moved.ok()) << moved.status();
  EXPECT_EQ(moved->probability(), 75);
  EXPECT_EQ(moved->forecast_category(), v1::PIPELINE);
  EXPECT_EQ(moved->expected_revenue().units(), 7500);
}

TEST(ApplyOpportunityUpdateTest, ExplicitValuesInTheSameUpdateWin) {
  Opportunity patch;
  patch.set_stage("Negotiation/Review");
  patch.set_probability(95);
  patch.set_forecast_category(v1::COMMIT);
  absl::StatusOr<Opportunity> moved = ApplyOpportunityUpdate(
      Created(), patch, Mask({"stage", "probability", "forecast_category"}), Catalog::Default(),
      kNow);
  ASSERT_TRUE(moved.ok()) << moved.status();
  EXPECT_EQ(moved->probability(), 95);
  EXPECT_EQ(moved->forecast_category(), v1::COMMIT);
}

TEST(ApplyOpportunityUpdateTest, ClosingRecordsTheTimeAndReopeningClearsIt) {
  absl::StatusOr<Opportunity> won = MoveTo(Created(), "Closed Won");
  ASSERT_TRUE(won.ok());
  EXPECT_TRUE(won->is_closed());
  EXPECT_TRUE(won->is_won());
  EXPECT_EQ(won->close_time().seconds(), absl::ToUnixSeconds(kNow));
  EXPECT_EQ(won->forecast_category(), v1::CLOSED);

  absl::StatusOr<Opportunity> reopened = MoveTo(*won, "Negotiation/Review");
  ASSERT_TRUE(reopened.ok());
  EXPECT_FALSE(reopened->is_closed());
  EXPECT_FALSE(reopened->is_won());
  EXPECT_FALSE(reopened->has_close_time());

  absl::StatusOr<Opportunity> lost = MoveTo(*reopened, "Closed Lost");
  ASSERT_TRUE(lost.ok());
  EXPECT_TRUE(lost->is_closed());
  EXPECT_FALSE(lost->is_won());
  EXPECT_EQ(lost->probability(), 0);
  EXPECT_EQ(lost->forecast_category(), v1::OMITTED);
}

TEST(ApplyOpportunityUpdateTest, ALossReasonCanBeRequired) {
  config::v1::ServerConfig config;
  config.set_require_loss_reason(true);
  Catalog catalog = *Catalog::Create(config);
  Opportunity patch;
  patch.set_stage("Closed Lost");
  EXPECT_THAT(ApplyOpportunityUpdate(Created(), patch, Mask({"stage"}), catalog, kNow).status(),
              HasFieldViolation("opportunity.loss_reason"));
  patch.set_loss_reason("Chose a competitor");
  EXPECT_TRUE(
      ApplyOpportunityUpdate(Created(), patch, Mask({"stage", "loss_reason"}), catalog, kNow).ok());
  // Without the option, no reason is needed.
  EXPECT_TRUE(MoveTo(Created(), "Closed Lost").ok());
}

TEST(TrackedChangesTest, RecordsOnlyTrackedFieldsThatChanged) {
  Opportunity before = Created();
  Opportunity after = *MoveTo(before, "Qualification");  // same probability: 10
  after.set_description("untracked");
  std::vector<FieldChange> changes = TrackedChanges(before, after);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].field(), "stage");
  EXPECT_EQ(changes[0].old_value(), "Prospecting");
  EXPECT_EQ(changes[0].new_value(), "Qualification");

  after.mutable_amount()->set_nanos(250'000'000);
  after.mutable_close_date()->set_year(2027);
  after.mutable_close_date()->set_month(1);
  after.mutable_close_date()->set_day(31);
  changes = TrackedChanges(before, after);
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[1].field(), "amount");
  EXPECT_EQ(changes[1].old_value(), "USD 10000");
  EXPECT_EQ(changes[1].new_value(), "USD 10000.25");
  EXPECT_EQ(changes[2].new_value(), "2027-01-31");
}

TEST(TrackedChangesTest, CreationListsEverySetTrackedField) {
  std::vector<FieldChange> changes = TrackedChanges(Opportunity(), Created());
  std::vector<std::string> fields;
  for (const FieldChange& change : changes) {
    fields.push_back(change.field());
    EXPECT_EQ(change.old_value(), "");
  }
  EXPECT_THAT(fields, ::testing::ElementsAre("stage", "amount", "probability", "forecast_category"));
}

}  // namespace
}  // namespace leadflow::domain
