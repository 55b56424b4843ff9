#include "domain/catalog.h"

#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

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

TEST(CatalogTest, DuplicateRulesDefaultToAllFourInEnumOrder) {
  EXPECT_THAT(Catalog::Default().duplicate_rules(),
              ElementsAre(v1::DUPLICATE_RULE_EMAIL, v1::DUPLICATE_RULE_NAME_AND_COMPANY,
                          v1::DUPLICATE_RULE_PHONE, v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY));
  absl::StatusOr<Catalog> catalog = Catalog::Create(Parse(""));
  ASSERT_TRUE(catalog.ok()) << catalog.status();
  EXPECT_EQ(catalog->duplicate_rules().size(), 4u);
  EXPECT_TRUE(catalog->assignment_rules().empty());
}

TEST(CatalogTest, AGivenDuplicateRuleListReplacesTheDefaultInItsOrder) {
  absl::StatusOr<Catalog> catalog = Catalog::Create(Parse(R"pb(
    duplicate_rules: DUPLICATE_RULE_PHONE
    duplicate_rules: DUPLICATE_RULE_EMAIL
  )pb"));
  ASSERT_TRUE(catalog.ok()) << catalog.status();
  EXPECT_THAT(catalog->duplicate_rules(),
              ElementsAre(v1::DUPLICATE_RULE_PHONE, v1::DUPLICATE_RULE_EMAIL));
  EXPECT_EQ(catalog->lead_sources().size(), 6u);  // the other lists keep their defaults
}

// INVALID_ARGUMENT, with a BadRequest violation of `list` and a message naming it.
void ExpectRefusal(const std::string& config_text, const std::string& list,
                   const std::string& description = "") {
  SCOPED_TRACE(config_text);
  absl::Status status = Catalog::Create(Parse(config_text)).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
  EXPECT_THAT(status, HasFieldViolation(list));
  EXPECT_THAT(std::string(status.message()), HasSubstr(list + ": "));
  EXPECT_THAT(std::string(status.message()), HasSubstr(description));
}

TEST(CatalogTest, RefusesUnspecifiedUnknownAndRepeatedDuplicateRules) {
  ExpectRefusal(R"pb(duplicate_rules: DUPLICATE_RULE_UNSPECIFIED)pb", "duplicate_rules",
                "DUPLICATE_RULE_UNSPECIFIED");
  ExpectRefusal(R"pb(duplicate_rules: 9)pb", "duplicate_rules", "lists 9");
  ExpectRefusal(R"pb(duplicate_rules: DUPLICATE_RULE_EMAIL
                     duplicate_rules: DUPLICATE_RULE_PHONE
                     duplicate_rules: DUPLICATE_RULE_EMAIL)pb",
                "duplicate_rules", "DUPLICATE_RULE_EMAIL twice");
}

TEST(CatalogTest, HoldsAssignmentRulesAsConfigured) {
  absl::StatusOr<Catalog> catalog = Catalog::Create(Parse(R"pb(
    assignment_rules {
      name: "EMEA web"
      lead_sources: "Web"
      countries: "DE"
      countries: "FR"
      owners: "users/anna"
      owners: "users/ben"
      daily_cap: 20
    }
    assignment_rules { name: "Everything else" owners: "users/queue" }
  )pb"));
  ASSERT_TRUE(catalog.ok()) << catalog.status();
  ASSERT_EQ(catalog->assignment_rules().size(), 2u);
  const config::v1::AssignmentRule& first = catalog->assignment_rules()[0];
  EXPECT_EQ(first.name(), "EMEA web");
  EXPECT_THAT(first.owners(), ElementsAre("users/anna", "users/ben"));
  EXPECT_THAT(first.countries(), ElementsAre("DE", "FR"));
  EXPECT_EQ(first.daily_cap(), 20);
  EXPECT_EQ(catalog->assignment_rules()[1].name(), "Everything else");
  // Criteria need not name configured lead sources or ratings.
  EXPECT_TRUE(
      Catalog::Create(Parse(R"pb(
        assignment_rules { name: "r" lead_sources: "Trade Show" ratings: "Lukewarm" owners: "u" }
      )pb"))
          .ok());
  // Names and owners at their limits pass.
  config::v1::ServerConfig at_limits;
  config::v1::AssignmentRule* rule = at_limits.add_assignment_rules();
  rule->set_name(std::string(80, 'n'));
  rule->add_owners(std::string(255, 'o'));
  EXPECT_TRUE(Catalog::Create(at_limits).ok());
}

TEST(CatalogTest, RefusesAssignmentRulesWithBadNames) {
  ExpectRefusal(R"pb(assignment_rules { owners: "u" })pb", "assignment_rules",
                "rule 1 has a blank name");
  ExpectRefusal(R"pb(assignment_rules { name: "  " owners: "u" })pb", "assignment_rules",
                "blank name");
  ExpectRefusal(R"pb(assignment_rules { name: "a" owners: "u" }
                     assignment_rules { name: "a" owners: "v" })pb",
                "assignment_rules", "names \"a\" twice");
  config::v1::ServerConfig long_name;
  config::v1::AssignmentRule* rule = long_name.add_assignment_rules();
  rule->set_name(std::string(81, 'n'));
  rule->add_owners("u");
  ExpectRefusal(long_name.ShortDebugString(), "assignment_rules", "81 characters");
  // Characters, not bytes: 80 two-byte characters pass.
  std::string accented;
  for (int i = 0; i < 80; ++i) accented += "\u00e9";
  rule->set_name(accented);
  EXPECT_TRUE(Catalog::Create(long_name).ok());
}

TEST(CatalogTest, RefusesAssignmentRulesWithBadOwners) {
  ExpectRefusal(R"pb(assignment_rules { name: "r" })pb", "assignment_rules",
                "rule \"r\" has no owners");
  ExpectRefusal(R"pb(assignment_rules { name: "r" owners: "u" owners: "" })pb", "assignment_rules",
                "blank owner");
  ExpectRefusal(R"pb(assignment_rules { name: "r" owners: "u" owners: "v" owners: "u" })pb",
                "assignment_rules", "owner \"u\" twice");
  config::v1::ServerConfig long_owner;
  config::v1::AssignmentRule* rule = long_owner.add_assignment_rules();
  rule->set_name("r");
  rule->add_owners(std::string(256, 'o'));
  ExpectRefusal(long_owner.ShortDebugString(), "assignment_rules", "256 characters");
  // The same owner in two rules is fine.
  EXPECT_TRUE(Catalog::Create(Parse(R"pb(
                assignment_rules { name: "a" owners: "u" }
                assignment_rules { name: "b" owners: "u" }
              )pb"))
                  .ok());
}

TEST(CatalogTest, RefusesNegativeCapsAndBlankCriteria) {
  ExpectRefusal(R"pb(assignment_rules { name: "r" owners: "u" daily_cap: -1 })pb",
                "assignment_rules", "daily_cap -1");
  ExpectRefusal(R"pb(assignment_rules { name: "r" owners: "u" lead_sources: "" })pb",
                "assignment_rules", "lead_sources contains a blank entry");
  ExpectRefusal(R"pb(assignment_rules { name: "r" owners: "u" countries: "DE" countries: " " })pb",
                "assignment_rules", "countries contains a blank entry");
  ExpectRefusal(R"pb(assignment_rules { name: "r" owners: "u" industries: "" })pb",
                "assignment_rules", "industries contains a blank entry");
  ExpectRefusal(R"pb(assignment_rules { name: "r" owners: "u" ratings: "" })pb", "assignment_rules",
                "ratings contains a blank entry");
  EXPECT_TRUE(
      Catalog::Create(Parse(R"pb(assignment_rules { name: "r" owners: "u" daily_cap: 0 })pb"))
          .ok());
}

}  // namespace
}  // namespace leadflow::domain
