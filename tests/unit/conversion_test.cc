#include "domain/conversion.h"

#include "absl/time/civil_time.h"
#include "domain/opportunity_rules.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "leadflow/v1/opportunity_service.pb.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::v1::Account;
using ::leadflow::v1::Contact;
using ::leadflow::v1::ConvertedRecord;
using ::leadflow::v1::ConvertLeadRequest;
using ::leadflow::v1::Lead;
using ::leadflow::v1::Opportunity;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

const absl::Time kNow = absl::FromCivil(absl::CivilSecond(2026, 11, 26, 15, 0, 0), absl::UTCTimeZone());

Lead QualifiedLead() {
  Lead lead;
  lead.set_name("leads/l1");
  lead.set_salutation("Ms.");
  lead.set_first_name("Ada");
  lead.set_last_name("Lovelace");
  lead.set_company("Analytical Engines Ltd");
  lead.set_title("Founder");
  lead.set_email("ada@engines.example");
  lead.set_phone("+44 20 0000");
  lead.set_website("https://engines.example");
  lead.set_industry("Computing");
  lead.mutable_annual_revenue()->set_currency_code("GBP");
  lead.mutable_annual_revenue()->set_units(2'000'000);
  lead.set_number_of_employees(12);
  lead.mutable_address()->set_city("London");
  lead.set_description("Met at the Royal Society");
  lead.set_lead_source("Web");
  lead.set_owner("users/kim");
  lead.set_status("Working - Contacted");
  lead.set_do_not_call(true);
  return lead;
}

ConvertLeadRequest Request() {
  ConvertLeadRequest request;
  request.set_name("leads/l1");
  return request;
}

absl::StatusOr<ConversionOutcome> Plan(const ConvertLeadRequest& request,
                                       const ConversionState& state) {
  absl::StatusOr<std::string> status = CheckConvertRequest(request, Catalog::Default());
  if (!status.ok()) return status.status();
  return PlanConversion(request, *status, state, Catalog::Default(), kNow);
}

Account ExistingAccount() {
  Account account;
  account.set_name("accounts/a1");
  account.set_display_name("Analytical Engines");
  account.set_phone("+44 20 1111");  // already set: must survive
  account.set_owner("users/lee");
  return account;
}

Contact ExistingContact(const std::string& account = "accounts/a1") {
  Contact contact;
  contact.set_name("contacts/c1");
  contact.set_account(account);
  contact.set_last_name("Lovelace");
  contact.set_email("countess@engines.example");  // already set: must survive
  contact.set_lead_source("Phone Inquiry");
  return contact;
}

TEST(PlanConversionTest, CreatesAllThreeRecordsFromTheLead) {
  ConversionState state{QualifiedLead(), {}, {}, {}};
  absl::StatusOr<ConversionOutcome> out = Plan(Request(), state);
  ASSERT_TRUE(out.ok()) << out.status();

  EXPECT_EQ(out->plan.account().action(), ConvertedRecord::CREATE);
  EXPECT_EQ(out->account.display_name(), "Analytical Engines Ltd");
  EXPECT_EQ(out->account.website(), "https://engines.example");
  EXPECT_EQ(out->account.industry(), "Computing");
  EXPECT_EQ(out->account.annual_revenue().units(), 2'000'000);
  EXPECT_EQ(out->account.number_of_employees(), 12);
  EXPECT_EQ(out->account.billing_address().city(), "London");
  EXPECT_EQ(out->account.account_source(), "Web");
  EXPECT_EQ(out->account.owner(), "users/kim");
  EXPECT_EQ(out->account.description(), "");  // the description goes to the contact

  EXPECT_EQ(out->plan.contact().action(), ConvertedRecord::CREATE);
  EXPECT_EQ(out->contact.salutation(), "Ms.");
  EXPECT_EQ(out->contact.first_name(), "Ada");
  EXPECT_EQ(out->contact.last_name(), "Lovelace");
  EXPECT_EQ(out->contact.title(), "Founder");
  EXPECT_EQ(out->contact.email(), "ada@engines.example");
  EXPECT_EQ(out->contact.mailing_address().city(), "London");
  EXPECT_TRUE(out->contact.do_not_call());
  EXPECT_EQ(out->contact.description(), "Met at the Royal Society");
  EXPECT_EQ(out->contact.owner(), "users/kim");

  ASSERT_TRUE(out->opportunity.has_value());
  EXPECT_EQ(out->plan.opportunity().action(), ConvertedRecord::CREATE);
  EXPECT_EQ(out->opportunity->display_name(), "Analytical Engines Ltd");
  EXPECT_EQ(out->opportunity->stage(), "Prospecting");
  EXPECT_EQ(out->opportunity->probability(), 10);
  EXPECT_EQ(out->opportunity->forecast_category(), v1::PIPELINE);
  EXPECT_EQ(out->opportunity->lead_source(), "Web");
  EXPECT_EQ(out->opportunity->owner(), "users/kim");
  EXPECT_EQ(out->opportunity->close_date().year(), 2026);
  EXPECT_EQ(out->opportunity->close_date().month(), 12);
  EXPECT_EQ(out->opportunity->close_date().day(), 31);
  EXPECT_THAT(out->plan.opportunity().filled_fields(),
              UnorderedElementsAre("display_name", "owner", "lead_source"));

  EXPECT_EQ(out->lead.status(), "Closed - Converted");
  EXPECT_TRUE(out->lead.converted());
  EXPECT_EQ(out->lead.convert_time().seconds(), absl::ToUnixSeconds(kNow));
}

TEST(PlanConversionTest, ReservedNamesLinkEveryRecordInThePlan) {
  ConversionState state{QualifiedLead(), {}, {}, {}};
  state.new_names = {"accounts/new-a", "contacts/new-c", "opportunities/new-o"};
  absl::StatusOr<ConversionOutcome> out = Plan(Request(), state);
  ASSERT_TRUE(out.ok()) << out.status();

  EXPECT_EQ(out->account.name(), "accounts/new-a");
  EXPECT_EQ(out->contact.name(), "contacts/new-c");
  EXPECT_EQ(out->contact.account(), "accounts/new-a");
  ASSERT_TRUE(out->opportunity.has_value());
  EXPECT_EQ(out->opportunity->name(), "opportunities/new-o");
  EXPECT_EQ(out->opportunity->account(), "accounts/new-a");
  EXPECT_EQ(out->opportunity->contact(), "contacts/new-c");
  EXPECT_EQ(out->lead.converted_account(), "accounts/new-a");
  EXPECT_EQ(out->lead.converted_contact(), "contacts/new-c");
  EXPECT_EQ(out->lead.converted_opportunity(), "opportunities/new-o");
  EXPECT_EQ(out->plan.account().name(), "accounts/new-a");
  EXPECT_EQ(out->plan.contact().name(), "contacts/new-c");
  EXPECT_EQ(out->plan.opportunity().name(), "opportunities/new-o");
}

TEST(PlanConversionTest, ALinkedAccountKeepsItsNameAndTheNewRecordsPointAtIt) {
  ConvertLeadRequest request = Request();
  request.set_account("accounts/a1");
  ConversionState state{QualifiedLead(), ExistingAccount(), {}, {}};
  state.new_names = {"accounts/unused", "contacts/new-c", "opportunities/new-o"};
  absl::StatusOr<ConversionOutcome> out = Plan(request, state);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->account.name(), "accounts/a1");
  EXPECT_EQ(out->contact.account(), "accounts/a1");
  EXPECT_EQ(out->opportunity->account(), "accounts/a1");
  EXPECT_EQ(out->lead.converted_account(), "accounts/a1");
}

TEST(PlanConversionTest, TheNewOpportunityIsDerivedLikeACreatedOne) {
  ConvertLeadRequest request = Request();
  request.mutable_opportunity_amount()->set_units(5000);  // currency: the default
  absl::StatusOr<ConversionOutcome> out = Plan(request, {QualifiedLead(), {}, {}, {}});
  ASSERT_TRUE(out.ok()) << out.status();
  ASSERT_TRUE(out->opportunity.has_value());

  v1::CreateOpportunityRequest create;
  create.mutable_opportunity()->set_display_name("Analytical Engines Ltd");
  create.mutable_opportunity()->set_account("accounts/a1");
  create.mutable_opportunity()->mutable_amount()->set_units(5000);
  *create.mutable_opportunity()->mutable_close_date() = out->opportunity->close_date();
  absl::StatusOr<Opportunity> created = PrepareNewOpportunity(create, Catalog::Default(), kNow);
  ASSERT_TRUE(created.ok()) << created.status();

  EXPECT_EQ(out->opportunity->stage(), created->stage());
  EXPECT_EQ(out->opportunity->probability(), created->probability());
  EXPECT_EQ(out->opportunity->forecast_category(), created->forecast_category());
  EXPECT_EQ(out->opportunity->is_closed(), created->is_closed());
  EXPECT_EQ(out->opportunity->is_won(), created->is_won());
  EXPECT_EQ(out->opportunity->amount().currency_code(), created->amount().currency_code());
  EXPECT_EQ(out->opportunity->expected_revenue().units(), created->expected_revenue().units());
  EXPECT_EQ(out->opportunity->expected_revenue().units(), 500);  // 10 % of 5,000
}

TEST(PlanConversionTest, PlanListsTheFieldsTheLeadFilled) {
  ConversionState state{QualifiedLead(), {}, {}, {}};
  absl::StatusOr<ConversionOutcome> out = Plan(Request(), state);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_THAT(out->plan.account().filled_fields(),
              UnorderedElementsAre("display_name", "website", "phone", "industry",
                                   "annual_revenue", "number_of_employees", "billing_address",
                                   "account_source", "owner"));
  EXPECT_THAT(out->plan.contact().filled_fields(),
              ::testing::IsSupersetOf({"first_name", "last_name", "email", "mailing_address",
                                       "do_not_call", "description", "owner"}));
}

TEST(PlanConversionTest, DoNotCreateOpportunityGivesNone) {
  ConvertLeadRequest request = Request();
  request.set_do_not_create_opportunity(true);
  absl::StatusOr<ConversionOutcome> out = Plan(request, {QualifiedLead(), {}, {}, {}});
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_FALSE(out->opportunity.has_value());
  EXPECT_EQ(out->plan.opportunity().action(), ConvertedRecord::NONE);
  EXPECT_EQ(out->lead.converted_opportunity(), "");
}

TEST(PlanConversionTest, LinkingFillsOnlyEmptyFieldsAndOverwritesNothing) {
  ConvertLeadRequest request = Request();
  request.set_account("accounts/a1");
  request.set_contact("contacts/c1");
  absl::StatusOr<ConversionOutcome> out =
      Plan(request, {QualifiedLead(), ExistingAccount(), ExistingContact(), {}});
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->plan.account().action(), ConvertedRecord::LINK);
  EXPECT_EQ(out->plan.account().name(), "accounts/a1");
  EXPECT_EQ(out->account.display_name(), "Analytical Engines");
  EXPECT_EQ(out->account.phone(), "+44 20 1111");
  EXPECT_EQ(out->account.owner(), "users/lee");
  EXPECT_EQ(out->account.website(), "https://engines.example");
  EXPECT_THAT(out->plan.account().filled_fields(),
              UnorderedElementsAre("website", "industry", "annual_revenue", "number_of_employees",
                                   "billing_address", "account_source"));

  EXPECT_EQ(out->plan.contact().action(), ConvertedRecord::LINK);
  EXPECT_EQ(out->contact.email(), "countess@engines.example");
  EXPECT_EQ(out->contact.lead_source(), "Phone Inquiry");
  EXPECT_EQ(out->contact.first_name(), "Ada");
  EXPECT_EQ(out->contact.owner(), "users/kim");  // it had none
  EXPECT_THAT(out->plan.contact().filled_fields(),
              ::testing::Not(::testing::Contains("email")));
  // The new opportunity hangs off the linked records.
  EXPECT_EQ(out->opportunity->account(), "accounts/a1");
  EXPECT_EQ(out->opportunity->contact(), "contacts/c1");
}

TEST(PlanConversionTest, OverwriteLeadSourceReplacesTheContactsSource) {
  ConvertLeadRequest request = Request();
  request.set_contact("contacts/c1");
  request.set_overwrite_lead_source(true);
  absl::StatusOr<ConversionOutcome> out =
      Plan(request, {QualifiedLead(), ExistingAccount(), ExistingContact(), {}});
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->contact.lead_source(), "Web");
  EXPECT_THAT(out->plan.contact().filled_fields(), ::testing::Contains("lead_source"));
  // Without `account`, the contact's account is the one attached to.
  EXPECT_EQ(out->plan.account().action(), ConvertedRecord::LINK);
}

TEST(PlanConversionTest, RefusesAContactOfAnotherAccountNamingBothFields) {
  ConvertLeadRequest request = Request();
  request.set_account("accounts/a1");
  request.set_contact("contacts/c1");
  absl::Status status = Plan(request, {QualifiedLead(), ExistingAccount(),
                                       ExistingContact("accounts/other"), {}})
                            .status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasFieldViolation("contact"));
  EXPECT_THAT(status, HasFieldViolation("account"));
}

TEST(PlanConversionTest, LinksAnOpenOpportunityAndRefusesAClosedOne) {
  Opportunity opportunity;
  opportunity.set_name("opportunities/o1");
  opportunity.set_account("accounts/a1");
  opportunity.set_stage("Negotiation/Review");
  ConvertLeadRequest request = Request();
  request.set_opportunity("opportunities/o1");
  absl::StatusOr<ConversionOutcome> out =
      Plan(request, {QualifiedLead(), ExistingAccount(), {}, opportunity});
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->plan.opportunity().action(), ConvertedRecord::LINK);
  EXPECT_EQ(out->plan.account().name(), "accounts/a1");

  opportunity.set_is_closed(true);
  absl::Status closed = Plan(request, {QualifiedLead(), ExistingAccount(), {}, opportunity}).status();
  EXPECT_EQ(closed.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(closed, HasReason(v1::OPPORTUNITY_CLOSED));

  opportunity.set_is_closed(false);
  opportunity.set_account("accounts/other");
  request.set_account("accounts/a1");
  EXPECT_THAT(Plan(request, {QualifiedLead(), ExistingAccount(), {}, opportunity}).status(),
              HasFieldViolation("opportunity"));
}

TEST(PlanConversionTest, RefusesAConvertedLead) {
  Lead lead = QualifiedLead();
  lead.set_converted(true);
  absl::Status status = Plan(Request(), {lead, {}, {}, {}}).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(status, HasReason(v1::LEAD_CONVERTED));
}

TEST(PlanConversionTest, OwnerOptionOwnsEveryCreatedRecord) {
  ConvertLeadRequest request = Request();
  request.set_owner("users/sam");
  request.set_opportunity_name("Engines — 40 looms");
  request.mutable_opportunity_amount()->set_currency_code("GBP");
  request.mutable_opportunity_amount()->set_units(50'000);
  request.mutable_opportunity_close_date()->set_year(2027);
  request.mutable_opportunity_close_date()->set_month(2);
  request.mutable_opportunity_close_date()->set_day(28);
  absl::StatusOr<ConversionOutcome> out = Plan(request, {QualifiedLead(), {}, {}, {}});
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->account.owner(), "users/sam");
  EXPECT_EQ(out->contact.owner(), "users/sam");
  EXPECT_EQ(out->opportunity->owner(), "users/sam");
  EXPECT_EQ(out->opportunity->display_name(), "Engines — 40 looms");
  EXPECT_EQ(out->opportunity->amount().units(), 50'000);
  EXPECT_EQ(out->opportunity->close_date().month(), 2);
  EXPECT_THAT(out->plan.opportunity().filled_fields(), ElementsAre("lead_source"));
}

TEST(PlanConversionTest, LongCompanyNamesAreCutToTheOpportunityNameLimit) {
  Lead lead = QualifiedLead();
  std::string company;
  for (int i = 0; i < 130; ++i) company += "\xC3\xA9";  // é
  lead.set_company(company);
  absl::StatusOr<ConversionOutcome> out = Plan(Request(), {lead, {}, {}, {}});
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->opportunity->display_name().size(), 240u);  // 120 two-byte characters
}

TEST(CheckConvertRequestTest, ContradictoryOptionsNameBothFields) {
  struct Case {
    std::function<void(ConvertLeadRequest&)> set;
    const char* first;
    const char* second;
  };
  const Case cases[] = {
      {[](auto& r) { r.set_do_not_create_opportunity(true); r.set_opportunity_name("x"); },
       "do_not_create_opportunity", "opportunity_name"},
      {[](auto& r) { r.set_do_not_create_opportunity(true); r.set_opportunity("opportunities/o1"); },
       "do_not_create_opportunity", "opportunity"},
      {[](auto& r) { r.set_opportunity_name("x"); r.set_opportunity("opportunities/o1"); },
       "opportunity_name", "opportunity"},
      {[](auto& r) { r.set_overwrite_lead_source(true); }, "overwrite_lead_source", "contact"},
      {[](auto& r) {
         r.set_do_not_create_opportunity(true);
         r.mutable_opportunity_amount()->set_currency_code("USD");
         r.mutable_opportunity_amount()->set_units(1);
       },
       "do_not_create_opportunity", "opportunity_amount"},
  };
  for (const Case& c : cases) {
    ConvertLeadRequest request = Request();
    c.set(request);
    absl::Status status = CheckConvertRequest(request, Catalog::Default()).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << c.first;
    EXPECT_THAT(status, HasFieldViolation(c.first));
    EXPECT_THAT(status, HasFieldViolation(c.second));
  }
}

TEST(CheckConvertRequestTest, ConvertedStatusDefaultsOnlyWhenUnambiguous) {
  absl::StatusOr<std::string> status = CheckConvertRequest(Request(), Catalog::Default());
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_EQ(*status, "Closed - Converted");

  ConvertLeadRequest request = Request();
  request.set_converted_status("Working - Contacted");
  EXPECT_THAT(CheckConvertRequest(request, Catalog::Default()).status(),
              HasFieldViolation("converted_status"));
  request.set_converted_status("Nope");
  EXPECT_THAT(CheckConvertRequest(request, Catalog::Default()).status(),
              HasFieldViolation("converted_status"));

  config::v1::ServerConfig config;
  for (auto [name, is_default, converted] :
       {std::tuple{"New", true, false}, {"Won", false, true}, {"Partner", false, true}}) {
    auto* s = config.add_lead_statuses();
    s->set_name(name);
    s->set_default_(is_default);
    s->set_converted(converted);
    s->set_closed(converted);
  }
  absl::StatusOr<Catalog> two = Catalog::Create(config);
  ASSERT_TRUE(two.ok()) << two.status();
  EXPECT_THAT(CheckConvertRequest(Request(), *two).status(), HasFieldViolation("converted_status"));
  request.set_converted_status("Partner");
  EXPECT_EQ(*CheckConvertRequest(request, *two), "Partner");
}

TEST(CheckConvertRequestTest, RefusesMalformedNamesDatesAndAmounts) {
  ConvertLeadRequest request = Request();
  request.set_name("accounts/a1");
  request.set_account("leads/l1");
  request.mutable_opportunity_close_date()->set_year(2026);
  request.mutable_opportunity_close_date()->set_month(2);
  request.mutable_opportunity_close_date()->set_day(30);
  request.mutable_opportunity_amount()->set_units(-1);
  request.mutable_opportunity_amount()->set_currency_code("USD");
  absl::Status status = CheckConvertRequest(request, Catalog::Default()).status();
  EXPECT_THAT(status, HasFieldViolation("name"));
  EXPECT_THAT(status, HasFieldViolation("account"));
  EXPECT_THAT(status, HasFieldViolation("opportunity_close_date"));
  EXPECT_THAT(status, HasFieldViolation("opportunity_amount.units"));
}

google::type::Date Day(int y, int m, int d) {
  google::type::Date date;
  date.set_year(y);
  date.set_month(m);
  date.set_day(d);
  return date;
}

TEST(LastDayOfFiscalQuarterTest, FollowsTheFiscalYear) {
  struct Case {
    google::type::Date today;
    int start;
    google::type::Date end;
  };
  for (const Case& c : {Case{Day(2026, 11, 26), 1, Day(2026, 12, 31)},
                        Case{Day(2026, 1, 1), 1, Day(2026, 3, 31)},
                        Case{Day(2026, 3, 31), 1, Day(2026, 3, 31)},
                        Case{Day(2028, 2, 10), 12, Day(2028, 2, 29)},  // Dec-Feb, leap year
                        Case{Day(2026, 11, 26), 2, Day(2027, 1, 31)},  // Nov-Jan
                        Case{Day(2026, 4, 1), 4, Day(2026, 6, 30)},
                        Case{Day(2026, 3, 15), 4, Day(2026, 3, 31)}}) {
    google::type::Date end = LastDayOfFiscalQuarter(c.today, c.start);
    EXPECT_EQ(std::tuple(end.year(), end.month(), end.day()),
              std::tuple(c.end.year(), c.end.month(), c.end.day()))
        << c.today.year() << "-" << c.today.month() << "-" << c.today.day() << " start "
        << c.start;
  }
}

}  // namespace
}  // namespace leadflow::domain
