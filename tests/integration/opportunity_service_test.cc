// OpportunityService through real gRPC channels to the in-process server,
// including the walk of one opportunity through every default stage.

#include <grpcpp/grpcpp.h>

#include "domain/money.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::TestServer;
using ::leadflow::v1::Account;
using ::leadflow::v1::Contact;
using ::leadflow::v1::Opportunity;
using ::leadflow::v1::PipelineSummary;

google::type::Money Money(const std::string& currency, std::int64_t units, std::int32_t nanos = 0) {
  google::type::Money money;
  money.set_currency_code(currency);
  money.set_units(units);
  money.set_nanos(nanos);
  return money;
}

class OpportunityServiceTest : public ::testing::Test {
 protected:
  OpportunityServiceTest() { account_ = MustCreateAccount("Acme"); }

  Account MustCreateAccount(const std::string& display_name) {
    v1::CreateAccountRequest request;
    request.mutable_account()->set_display_name(display_name);
    Account account;
    EXPECT_TRUE(server_.accounts().CreateAccount(Context().get(), request, &account).ok());
    return account;
  }

  grpc::Status Create(const Opportunity& opportunity, Opportunity* created,
                      const std::string& actor = "users/kim") {
    v1::CreateOpportunityRequest request;
    *request.mutable_opportunity() = opportunity;
    auto context = Context();
    context->AddMetadata("leadflow-actor", actor);
    return server_.opportunities().CreateOpportunity(context.get(), request, created);
  }

  Opportunity MustCreate(const std::string& display_name, const google::type::Money& amount,
                         const std::string& stage = "") {
    Opportunity opportunity;
    opportunity.set_account(account_.name());
    opportunity.set_display_name(display_name);
    *opportunity.mutable_amount() = amount;
    opportunity.set_stage(stage);
    opportunity.mutable_close_date()->set_year(2026);
    opportunity.mutable_close_date()->set_month(12);
    opportunity.mutable_close_date()->set_day(15);
    Opportunity created;
    grpc::Status status = Create(opportunity, &created);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return created;
  }

  grpc::Status Update(const Opportunity& opportunity, std::initializer_list<const char*> paths,
                      Opportunity* updated, const std::string& actor = "users/kim") {
    v1::UpdateOpportunityRequest request;
    *request.mutable_opportunity() = opportunity;
    for (const char* path : paths) request.mutable_update_mask()->add_paths(path);
    auto context = Context();
    context->AddMetadata("leadflow-actor", actor);
    return server_.opportunities().UpdateOpportunity(context.get(), request, updated);
  }

  std::vector<v1::OpportunityHistoryEntry> History(const std::string& name) {
    v1::ListOpportunityHistoryRequest request;
    request.set_parent(name);
    request.set_page_size(2);  // exercise paging
    std::vector<v1::OpportunityHistoryEntry> entries;
    v1::ListOpportunityHistoryResponse page;
    do {
      page.Clear();
      EXPECT_TRUE(server_.opportunities().ListOpportunityHistory(Context().get(), request, &page).ok());
      entries.insert(entries.end(), page.entries().begin(), page.entries().end());
      request.set_page_token(page.next_page_token());
    } while (!page.next_page_token().empty());
    return entries;
  }

  PipelineSummary Summary(v1::GetPipelineSummaryRequest request = {}) {
    PipelineSummary summary;
    EXPECT_TRUE(server_.opportunities().GetPipelineSummary(Context().get(), request, &summary).ok());
    return summary;
  }

  std::vector<std::string> ListNames(const std::string& filter, const std::string& order_by = "") {
    v1::ListOpportunitiesRequest request;
    request.set_filter(filter);
    request.set_order_by(order_by);
    v1::ListOpportunitiesResponse response;
    grpc::Status status = server_.opportunities().ListOpportunities(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    std::vector<std::string> names;
    for (const Opportunity& o : response.opportunities()) names.push_back(o.display_name());
    return names;
  }

  TestServer server_;
  Account account_;
};

// The walk the issue asks for: one opportunity from the first stage through
// every default stage to Closed Won, checking probability, forecast
// category, history and the pipeline summary at each step.
TEST_F(OpportunityServiceTest, WalksEveryDefaultStageToClosedWon) {
  v1::ListOpportunityStagesResponse stages;
  ASSERT_TRUE(server_.opportunities().ListOpportunityStages(Context().get(), {}, &stages).ok());
  ASSERT_EQ(stages.stages_size(), 10);

  Opportunity opportunity = MustCreate("Acme — 500 seats", Money("USD", 200'000));
  EXPECT_EQ(opportunity.stage(), "Prospecting");
  Opportunity previous = opportunity;
  std::size_t history = 1;  // the creation
  for (const v1::OpportunityStage& stage : stages.stages()) {
    if (stage.name() == "Prospecting" || stage.name() == "Closed Lost") continue;
    SCOPED_TRACE(stage.name());
    Opportunity patch = opportunity;
    patch.set_stage(stage.name());
    ASSERT_TRUE(Update(patch, {"stage"}, &opportunity).ok());
    EXPECT_EQ(opportunity.probability(), stage.probability());
    EXPECT_EQ(opportunity.forecast_category(), stage.forecast_category());
    EXPECT_EQ(opportunity.is_closed(), stage.closed());
    EXPECT_EQ(opportunity.is_won(), stage.won());
    EXPECT_EQ(opportunity.expected_revenue().units(), 200'000 * stage.probability() / 100);

    // One entry per move: the stage, and the probability and forecast
    // category where they changed with it.
    std::vector<v1::OpportunityHistoryEntry> entries = History(opportunity.name());
    ASSERT_EQ(entries.size(), ++history);
    const v1::OpportunityHistoryEntry& last = entries.back();
    EXPECT_EQ(last.actor(), "users/kim");
    EXPECT_EQ(last.changes(0).field(), "stage");
    EXPECT_EQ(last.changes(0).old_value(), previous.stage());
    EXPECT_EQ(last.changes(0).new_value(), stage.name());
    const bool probability_changed = previous.probability() != stage.probability();
    EXPECT_EQ(last.changes_size(),
              1 + probability_changed +
                  (previous.forecast_category() != stage.forecast_category()));
    if (probability_changed) {
      EXPECT_EQ(last.changes(1).field(), "probability");
      EXPECT_EQ(last.changes(1).new_value(), std::to_string(stage.probability()));
    }
    previous = opportunity;

    PipelineSummary summary = Summary();
    if (!stage.closed()) {
      ASSERT_EQ(summary.stages_size(), 1);
      EXPECT_EQ(summary.stages(0).stage(), stage.name());
      EXPECT_EQ(summary.stages(0).amounts().count(), 1);
      EXPECT_EQ(summary.stages(0).amounts().total_amount().units(), 200'000);
      EXPECT_EQ(summary.stages(0).amounts().weighted_amount().units(),
                200'000 * stage.probability() / 100);
      ASSERT_EQ(summary.forecast_categories_size(), 1);
      EXPECT_EQ(summary.forecast_categories(0).forecast_category(), stage.forecast_category());
      EXPECT_EQ(summary.won_size(), 0);
    } else {
      EXPECT_EQ(summary.stages_size(), 0);
      ASSERT_EQ(summary.won_size(), 1);
      EXPECT_EQ(summary.won(0).total_amount().units(), 200'000);
      EXPECT_DOUBLE_EQ(summary.win_rate(), 1.0);
    }
  }
  EXPECT_EQ(opportunity.stage(), "Closed Won");
  EXPECT_TRUE(opportunity.has_close_time());
}

TEST_F(OpportunityServiceTest, BadInputNamesTheField) {
  Opportunity bad;
  bad.set_account(account_.name());
  bad.set_display_name("Bad");
  *bad.mutable_amount() = Money("USD", -5);
  Opportunity created;
  grpc::Status status = Create(bad, &created);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasFieldViolation("opportunity.amount.units"));

  *bad.mutable_amount() = Money("ZZZ", 5);
  EXPECT_THAT(Create(bad, &created), HasFieldViolation("opportunity.amount.currency_code"));

  *bad.mutable_amount() = Money("USD", 5);
  bad.set_stage("Haggling");
  EXPECT_THAT(Create(bad, &created), HasFieldViolation("opportunity.stage"));

  bad.set_stage("");
  bad.set_account("accounts/0000000000missing");
  status = Create(bad, &created);
  EXPECT_THAT(status, HasReason(v1::REFERENCE_NOT_FOUND));
  EXPECT_THAT(status, HasFieldViolation("opportunity.account"));

  Account other = MustCreateAccount("Other");
  v1::CreateContactRequest contact_request;
  contact_request.mutable_contact()->set_account(other.name());
  contact_request.mutable_contact()->set_last_name("Stranger");
  Contact stranger;
  ASSERT_TRUE(server_.accounts().CreateContact(Context().get(), contact_request, &stranger).ok());
  bad.set_account(account_.name());
  bad.set_contact(stranger.name());
  status = Create(bad, &created);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasFieldViolation("opportunity.contact"));
}

TEST_F(OpportunityServiceTest, AStaleEtagIsAbortedAndChangesNothing) {
  Opportunity opportunity = MustCreate("Deal", Money("USD", 100));
  Opportunity moved;
  Opportunity patch = opportunity;
  patch.set_stage("Needs Analysis");
  ASSERT_TRUE(Update(patch, {"stage"}, &moved).ok());
  patch.set_stage("Closed Lost");  // still the first etag
  grpc::Status status = Update(patch, {"stage"}, &moved);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::ABORTED);
  v1::GetOpportunityRequest get;
  get.set_name(opportunity.name());
  Opportunity read;
  ASSERT_TRUE(server_.opportunities().GetOpportunity(Context().get(), get, &read).ok());
  EXPECT_EQ(read.stage(), "Needs Analysis");
  EXPECT_EQ(History(opportunity.name()).size(), 2u);
}

TEST_F(OpportunityServiceTest, ReopeningIsAllowedAndRecorded) {
  Opportunity opportunity = MustCreate("Deal", Money("USD", 100));
  Opportunity patch = opportunity;
  patch.set_stage("Closed Lost");
  patch.set_loss_reason("Budget cut");
  ASSERT_TRUE(Update(patch, {"stage", "loss_reason"}, &opportunity).ok());
  EXPECT_TRUE(opportunity.has_close_time());
  patch = opportunity;
  patch.set_stage("Negotiation/Review");
  ASSERT_TRUE(Update(patch, {"stage"}, &opportunity, "users/lee").ok());
  EXPECT_FALSE(opportunity.is_closed());
  EXPECT_FALSE(opportunity.has_close_time());
  auto entries = History(opportunity.name());
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[2].actor(), "users/lee");
  EXPECT_EQ(entries[2].changes(0).old_value(), "Closed Lost");
}

TEST_F(OpportunityServiceTest, ListFiltersByAmountDateForecastAndAccount) {
  MustCreate("Small", Money("USD", 999, 990'000'000));
  MustCreate("Exactly", Money("USD", 1000));
  MustCreate("Large", Money("USD", 50'000), "Negotiation/Review");
  EXPECT_THAT(ListNames("amount >= 1000", "amount"), ::testing::ElementsAre("Exactly", "Large"));
  EXPECT_THAT(ListNames("amount < 1000.5", "amount desc"),
              ::testing::ElementsAre("Exactly", "Small"));
  EXPECT_THAT(ListNames("close_date <= \"2026-12-15\" AND stage = \"Negotiation/Review\""),
              ::testing::ElementsAre("Large"));
  EXPECT_THAT(ListNames("close_date < \"2026-12-15\""), ::testing::IsEmpty());
  EXPECT_THAT(ListNames("forecast_category = PIPELINE AND is_closed = false").size(), 3u);
  EXPECT_THAT(ListNames("account = \"" + account_.name() + "\"").size(), 3u);

  v1::ListOpportunitiesRequest bad;
  bad.set_filter("forecast_category = MAYBE");
  v1::ListOpportunitiesResponse response;
  EXPECT_THAT(server_.opportunities().ListOpportunities(Context().get(), bad, &response),
              HasReason(v1::FILTER_INVALID));
  bad.set_filter("amount > -1");
  EXPECT_THAT(server_.opportunities().ListOpportunities(Context().get(), bad, &response),
              HasReason(v1::FILTER_INVALID));
}

TEST_F(OpportunityServiceTest, PipelineSummaryGroupsPerCurrencyAndCountsTheWinRate) {
  MustCreate("A", Money("USD", 1000), "Prospecting");               // 10%
  MustCreate("B", Money("USD", 3000, 500'000'000), "Prospecting");  // 10%
  MustCreate("C", Money("EUR", 2000), "Proposal/Price Quote");      // 75%
  MustCreate("W", Money("USD", 7000), "Closed Won");
  MustCreate("L1", Money("USD", 100), "Closed Lost");
  MustCreate("L2", Money("USD", 100), "Closed Lost");

  PipelineSummary summary = Summary();
  ASSERT_EQ(summary.stages_size(), 2);
  EXPECT_EQ(summary.stages(0).stage(), "Prospecting");  // process order
  EXPECT_EQ(summary.stages(0).amounts().currency_code(), "USD");
  EXPECT_EQ(summary.stages(0).amounts().count(), 2);
  EXPECT_EQ(summary.stages(0).amounts().total_amount().units(), 4000);
  EXPECT_EQ(summary.stages(0).amounts().total_amount().nanos(), 500'000'000);
  EXPECT_EQ(summary.stages(0).amounts().weighted_amount().units(), 400);
  EXPECT_EQ(summary.stages(0).amounts().weighted_amount().nanos(), 50'000'000);
  EXPECT_EQ(summary.stages(1).stage(), "Proposal/Price Quote");
  EXPECT_EQ(summary.stages(1).amounts().weighted_amount().units(), 1500);
  EXPECT_EQ(summary.stages(1).amounts().currency_code(), "EUR");
  ASSERT_EQ(summary.won_size(), 1);
  EXPECT_EQ(summary.won(0).total_amount().units(), 7000);
  ASSERT_EQ(summary.lost_size(), 1);
  EXPECT_EQ(summary.lost(0).count(), 2);
  EXPECT_NEAR(summary.win_rate(), 1.0 / 3.0, 1e-9);

  v1::GetPipelineSummaryRequest narrowed;
  narrowed.mutable_close_date_start()->set_year(2027);
  narrowed.mutable_close_date_start()->set_month(1);
  narrowed.mutable_close_date_start()->set_day(1);
  EXPECT_EQ(Summary(narrowed).stages_size(), 0);
  narrowed.Clear();
  narrowed.set_owner("users/nobody");
  EXPECT_EQ(Summary(narrowed).won_size(), 0);
}

// Two opportunities of 5×10^18 used to be accepted, after which the pipeline
// summary failed with "integer overflow" for everyone.
TEST_F(OpportunityServiceTest, AmountsAreBoundedSoTheSummaryStaysExact) {
  Opportunity huge;
  huge.set_account(account_.name());
  huge.set_display_name("Too big");
  *huge.mutable_amount() = Money("USD", 5'000'000'000'000'000'000);
  Opportunity created;
  EXPECT_THAT(Create(huge, &created), HasFieldViolation("opportunity.amount.units"));

  // At the bound, many opportunities still sum exactly, weighted included.
  constexpr int kAtTheBound = 12;
  for (int i = 0; i < kAtTheBound; ++i) {
    MustCreate("Max " + std::to_string(i), Money("USD", domain::kMaxMoneyUnits, 999'999'999),
               "Negotiation/Review");  // 90%
  }
  PipelineSummary summary = Summary();
  ASSERT_EQ(summary.stages_size(), 1);
  const v1::PipelineAmounts& amounts = summary.stages(0).amounts();
  EXPECT_EQ(amounts.count(), kAtTheBound);
  // 12 × 999,999,999,999.999999999 = 11,999,999,999,999.999999988
  EXPECT_EQ(amounts.total_amount().units(), 11'999'999'999'999);
  EXPECT_EQ(amounts.total_amount().nanos(), 999'999'988);
  // × 90% = 10,799,999,999,999.9999999892, rounded toward zero to the nano
  EXPECT_EQ(amounts.weighted_amount().units(), 10'799'999'999'999);
  EXPECT_EQ(amounts.weighted_amount().nanos(), 999'999'989);
}

TEST_F(OpportunityServiceTest, UnknownForecastCategoryNumbersAreRefused) {
  Opportunity opportunity;
  opportunity.set_account(account_.name());
  opportunity.set_display_name("Odd forecast");
  opportunity.set_forecast_category(static_cast<v1::ForecastCategory>(99));
  Opportunity created;
  EXPECT_THAT(Create(opportunity, &created), HasFieldViolation("opportunity.forecast_category"));
  EXPECT_EQ(Summary().stages_size(), 0);
}

TEST_F(OpportunityServiceTest, DeleteIsRefusedWhileAConvertedLeadPointsAtIt) {
  v1::CreateLeadRequest lead_request;
  lead_request.mutable_lead()->set_last_name("Road Runner");
  lead_request.mutable_lead()->set_company("Acme");
  v1::Lead lead;
  ASSERT_TRUE(server_.leads().CreateLead(Context().get(), lead_request, &lead).ok());
  v1::ConvertLeadRequest convert;
  convert.set_name(lead.name());
  v1::ConvertLeadResponse converted;
  ASSERT_TRUE(server_.leads().ConvertLead(Context().get(), convert, &converted).ok());
  // Conversion recorded the opportunity's creation in its history.
  EXPECT_EQ(History(converted.opportunity().name()).size(), 1u);

  v1::DeleteOpportunityRequest remove;
  remove.set_name(converted.opportunity().name());
  google::protobuf::Empty empty;
  grpc::Status status = server_.opportunities().DeleteOpportunity(Context().get(), remove, &empty);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_THAT(status, HasReason(v1::OPPORTUNITY_IN_USE));

  Opportunity free = MustCreate("Free", Money("USD", 1));
  remove.set_name(free.name());
  ASSERT_TRUE(server_.opportunities().DeleteOpportunity(Context().get(), remove, &empty).ok());
  v1::ListOpportunityHistoryRequest history;
  history.set_parent(free.name());
  v1::ListOpportunityHistoryResponse response;
  EXPECT_EQ(server_.opportunities().ListOpportunityHistory(Context().get(), history, &response)
                .error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(OpportunityServiceTest, LeadFunnelCountsStatusesSourcesAndConversions) {
  auto create = [&](const std::string& source, const std::string& status) {
    v1::CreateLeadRequest request;
    request.mutable_lead()->set_last_name("L");
    request.mutable_lead()->set_company("C");
    request.mutable_lead()->set_lead_source(source);
    request.mutable_lead()->set_status(status);
    v1::Lead lead;
    EXPECT_TRUE(server_.leads().CreateLead(Context().get(), request, &lead).ok());
    return lead;
  };
  create("Web", "Open - Not Contacted");
  create("Web", "Working - Contacted");
  create("Phone Inquiry", "Closed - Not Converted");
  v1::Lead converted = create("Web", "Working - Contacted");
  v1::ConvertLeadRequest convert;
  convert.set_name(converted.name());
  v1::ConvertLeadResponse response;
  ASSERT_TRUE(server_.leads().ConvertLead(Context().get(), convert, &response).ok());

  v1::LeadFunnel funnel;
  ASSERT_TRUE(server_.leads().GetLeadFunnel(Context().get(), {}, &funnel).ok());
  EXPECT_EQ(funnel.total(), 4);
  EXPECT_EQ(funnel.converted(), 1);
  EXPECT_DOUBLE_EQ(funnel.conversion_rate(), 0.25);
  std::vector<std::pair<std::string, std::int64_t>> statuses;
  for (const auto& count : funnel.by_status()) statuses.emplace_back(count.value(), count.count());
  EXPECT_THAT(statuses, ::testing::ElementsAre(std::pair<std::string, std::int64_t>{"Open - Not Contacted", 1},
                                               std::pair<std::string, std::int64_t>{"Working - Contacted", 1},
                                               std::pair<std::string, std::int64_t>{"Closed - Converted", 1},
                                               std::pair<std::string, std::int64_t>{"Closed - Not Converted", 1}));
  ASSERT_GE(funnel.by_source_size(), 2);
  EXPECT_EQ(funnel.by_source(0).value(), "Web");
  EXPECT_EQ(funnel.by_source(0).count(), 3);
  ASSERT_TRUE(funnel.has_median_time_to_convert());
  EXPECT_GE(funnel.median_time_to_convert().seconds(), 0);
  EXPECT_LT(funnel.median_time_to_convert().seconds(), 60);
}

}  // namespace
}  // namespace leadflow
