#include "domain/catalog.h"

#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;

config::v1::ServerConfig Parse(const std::string& text) {
  config::v1::ServerConfig config;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &config)) << text;
  return config;
}

TEST(CatalogTest, DefaultsAreSalesforcesStatusProcess) {
  Catalog catalog = Catalog::Default();
  ASSERT_EQ(catalog.lead_statuses().size(), 4u);
  EXPECT_EQ(catalog.lead_statuses()[0].name(), "Open - Not Contacted");
  EXPECT_EQ(catalog.default_lead_status().name(), "Open - Not Contacted");
  const v1::LeadStatus* converted = catalog.FindLeadStatus("Closed - Converted");
  ASSERT_NE(converted, nullptr);
  EXPECT_TRUE(converted->converted());
  EXPECT_TRUE(converted->closed());
  EXPECT_TRUE(catalog.IsLeadSource("Customer Referral"));
  EXPECT_TRUE(catalog.IsRating("Warm"));
  EXPECT_TRUE(catalog.IsCurrency("USD"));
  EXPECT_EQ(catalog.FindLeadStatus("open - not contacted"), nullptr);
}

TEST(CatalogTest, AGivenListReplacesItsDefaultOthersStay) {
  absl::StatusOr<Catalog> catalog = Catalog::Create(Parse(R"pb(
    lead_sources: "Trade Show"
    lead_sources: "Web"
  )pb"));
  ASSERT_TRUE(catalog.ok()) << catalog.status();
  EXPECT_TRUE(catalog->IsLeadSource("Trade Show"));
  EXPECT_FALSE(catalog->IsLeadSource("Purchased List"));
  EXPECT_EQ(catalog->lead_statuses().size(), 4u);
}

TEST(CatalogTest, RefusesStatusListsThatBreakTheProcess) {
  // No default, no converted status.
  EXPECT_THAT(Catalog::Create(Parse(R"pb(
                lead_statuses { name: "New" }
                lead_statuses { name: "Done" closed: true }
              )pb")).status(),
              HasFieldViolation("lead_statuses"));
  // Two defaults.
  EXPECT_THAT(Catalog::Create(Parse(R"pb(
                lead_statuses { name: "A" default: true }
                lead_statuses { name: "B" default: true }
                lead_statuses { name: "C" closed: true converted: true }
              )pb")).status(),
              HasFieldViolation("lead_statuses"));
  // Converted but not closed.
  EXPECT_THAT(Catalog::Create(Parse(R"pb(
                lead_statuses { name: "A" default: true }
                lead_statuses { name: "C" converted: true }
              )pb")).status(),
              HasFieldViolation("lead_statuses"));
  // Duplicate names.
  EXPECT_THAT(Catalog::Create(Parse(R"pb(
                lead_statuses { name: "A" default: true }
                lead_statuses { name: "A" closed: true converted: true }
              )pb")).status(),
              HasFieldViolation("lead_statuses"));
}

TEST(CatalogTest, RefusesBadCurrencyCodesAndEmptyEntries) {
  EXPECT_THAT(Catalog::Create(Parse(R"pb(currencies: "usd")pb")).status(),
              HasFieldViolation("currencies"));
  EXPECT_THAT(Catalog::Create(Parse(R"pb(ratings: "")pb")).status(),
              HasFieldViolation("ratings"));
}

TEST(CatalogTest, DefaultStagesAreSalesforces) {
  Catalog catalog = Catalog::Default();
  ASSERT_EQ(catalog.opportunity_stages().size(), 10u);
  EXPECT_EQ(catalog.first_open_stage().name(), "Prospecting");
  const v1::OpportunityStage* won = catalog.FindStage("Closed Won");
  ASSERT_NE(won, nullptr);
  EXPECT_TRUE(won->closed() && won->won());
  EXPECT_EQ(won->forecast_category(), v1::CLOSED);
  EXPECT_EQ(catalog.FindStage("Negotiation/Review")->probability(), 90);
  EXPECT_EQ(catalog.default_currency(), "USD");
}

TEST(CatalogTest, RefusesStageListsWithoutOpenWonAndLostStages) {
  EXPECT_THAT(Catalog::Create(Parse(R"pb(
                opportunity_stages { name: "Open" probability: 10 }
                opportunity_stages { name: "Won" probability: 100 closed: true won: true }
              )pb")).status(),
              HasFieldViolation("opportunity_stages"));
  EXPECT_THAT(Catalog::Create(Parse(R"pb(
                opportunity_stages { name: "Won" closed: true won: true }
                opportunity_stages { name: "Lost" closed: true }
              )pb")).status(),
              HasFieldViolation("opportunity_stages"));
  EXPECT_THAT(Catalog::Create(Parse(R"pb(
                opportunity_stages { name: "Open" probability: 120 }
                opportunity_stages { name: "Won" closed: true won: true }
                opportunity_stages { name: "Lost" closed: true }
              )pb")).status(),
              HasFieldViolation("opportunity_stages"));
  EXPECT_THAT(Catalog::Create(Parse(R"pb(
                opportunity_stages { name: "Open" }
                opportunity_stages { name: "Won" won: true }
                opportunity_stages { name: "Lost" closed: true }
              )pb")).status(),
              HasFieldViolation("opportunity_stages"));
}

TEST(CatalogTest, RefusesADefaultCurrencyOutsideTheListAndBadFiscalMonths) {
  EXPECT_THAT(Catalog::Create(Parse(R"pb(default_currency: "CHF" currencies: "EUR")pb")).status(),
              HasFieldViolation("default_currency"));
  EXPECT_THAT(Catalog::Create(Parse(R"pb(fiscal_year_start_month: 13)pb")).status(),
              HasFieldViolation("fiscal_year_start_month"));
}

TEST(CatalogTest, AcceptsACustomProcess) {
  absl::StatusOr<Catalog> catalog = Catalog::Create(Parse(R"pb(
    lead_statuses { name: "New" default: true }
    lead_statuses { name: "Nurturing" }
    lead_statuses { name: "Qualified" closed: true converted: true }
    lead_statuses { name: "Junk" closed: true }
  )pb"));
  ASSERT_TRUE(catalog.ok()) << catalog.status();
  EXPECT_EQ(catalog->default_lead_status().name(), "New");
}

}  // namespace
}  // namespace leadflow::domain
