// The change feed's rules (domain/events.h): which event a write is, which
// fields it changed, what a filter selects, and the checks of the feed's
// requests.

#include "domain/events.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/opportunity.pb.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::RpcStatusOf;
using ::leadflow::testing::ViolatedFields;
using ::leadflow::v1::Event;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

v1::Lead StoredLead() {
  v1::Lead lead;
  lead.set_name("leads/l1");
  lead.set_last_name("Lovelace");
  lead.set_company("Analytical Engines");
  lead.set_status("Working - Contacted");
  lead.set_etag("3");
  lead.mutable_update_time()->set_seconds(100);
  return lead;
}

v1::Opportunity StoredOpportunity() {
  v1::Opportunity opportunity;
  opportunity.set_name("opportunities/o1");
  opportunity.set_account("accounts/a1");
  opportunity.set_display_name("Engines - looms");
  opportunity.set_stage("Prospecting");
  return opportunity;
}

TEST(DescribeChangeTest, CreateCarriesTheRecordAndNoChangedFields) {
  v1::Lead lead = StoredLead();
  Event event = DescribeChange(nullptr, &lead);
  EXPECT_EQ(event.type(), Event::LEAD_CREATED);
  EXPECT_EQ(event.resource_type(), Event::LEAD);
  EXPECT_EQ(event.resource(), "leads/l1");
  EXPECT_EQ(event.lead().last_name(), "Lovelace");
  EXPECT_THAT(event.changed_fields().paths(), IsEmpty());
}

TEST(DescribeChangeTest, DeleteNamesTheRecordButCarriesNoneOfIt) {
  v1::Account account;
  account.set_name("accounts/a1");
  account.set_display_name("Engines");
  Event event = DescribeChange(&account, nullptr);
  EXPECT_EQ(event.type(), Event::ACCOUNT_DELETED);
  EXPECT_EQ(event.resource_type(), Event::ACCOUNT);
  EXPECT_EQ(event.resource(), "accounts/a1");
  EXPECT_EQ(event.record_case(), Event::RECORD_NOT_SET);
}

TEST(DescribeChangeTest, UpdateListsChangedFieldsWithoutBookkeepingAndNestedByPath) {
  v1::Lead before = StoredLead();
  v1::Lead after = before;
  after.set_status("Closed - Not Converted");
  after.mutable_address()->set_city("London");
  after.mutable_annual_revenue()->set_currency_code("GBP");
  after.set_etag("4");
  after.mutable_update_time()->set_seconds(200);
  Event event = DescribeChange(&before, &after);
  EXPECT_EQ(event.type(), Event::LEAD_UPDATED);
  EXPECT_THAT(event.changed_fields().paths(),
              ElementsAre("annual_revenue", "address.city", "status"));
  EXPECT_EQ(event.lead().status(), "Closed - Not Converted");
}

TEST(DescribeChangeTest, AnUnchangedRecordHasNoChangedFields) {
  v1::Contact contact;
  contact.set_name("contacts/c1");
  contact.set_last_name("Babbage");
  EXPECT_THAT(ChangedFields(contact, contact), IsEmpty());
  EXPECT_EQ(DescribeChange(&contact, &contact).type(), Event::CONTACT_UPDATED);
}

TEST(DescribeChangeTest, ALeadThatBecomesConvertedIsLeadConverted) {
  v1::Lead before = StoredLead();
  v1::Lead after = before;
  after.set_converted(true);
  after.set_status("Closed - Converted");
  after.set_converted_account("accounts/a1");
  EXPECT_EQ(DescribeChange(&before, &after).type(), Event::LEAD_CONVERTED);
}

TEST(DescribeChangeTest, OpportunityStageChangesGetTheMostSpecificType) {
  v1::Opportunity before = StoredOpportunity();
  v1::Opportunity renamed = before;
  renamed.set_display_name("Engines - more looms");
  EXPECT_EQ(DescribeChange(&before, &renamed).type(), Event::OPPORTUNITY_UPDATED);

  v1::Opportunity advanced = before;
  advanced.set_stage("Qualification");
  EXPECT_EQ(DescribeChange(&before, &advanced).type(), Event::OPPORTUNITY_STAGE_CHANGED);

  v1::Opportunity won = before;
  won.set_stage("Closed Won");
  won.set_is_closed(true);
  won.set_is_won(true);
  EXPECT_EQ(DescribeChange(&before, &won).type(), Event::OPPORTUNITY_CLOSED_WON);

  v1::Opportunity lost = before;
  lost.set_stage("Closed Lost");
  lost.set_is_closed(true);
  EXPECT_EQ(DescribeChange(&before, &lost).type(), Event::OPPORTUNITY_CLOSED_LOST);
  // From won straight to lost is a loss too.
  EXPECT_EQ(DescribeChange(&won, &lost).type(), Event::OPPORTUNITY_CLOSED_LOST);
  // Reopening is a stage change.
  EXPECT_EQ(DescribeChange(&won, &advanced).type(), Event::OPPORTUNITY_STAGE_CHANGED);
}

// The fields a refusal names, in order.
std::vector<std::string> Fields(const absl::Status& status) {
  return ViolatedFields(RpcStatusOf(status));
}

Event SampleEvent(Event::Type type, Event::ResourceType resource_type, std::string resource) {
  Event event;
  event.set_type(type);
  event.set_resource_type(resource_type);
  event.set_resource(std::move(resource));
  return event;
}

TEST(MatchesTest, EachNonEmptyPartNarrowsAndAnEmptyFilterMatchesAll) {
  const Event created = SampleEvent(Event::LEAD_CREATED, Event::LEAD, "leads/l1");
  const Event won = SampleEvent(Event::OPPORTUNITY_CLOSED_WON, Event::OPPORTUNITY,
                                "opportunities/o1");
  v1::EventFilter all;
  EXPECT_TRUE(Matches(all, created));
  EXPECT_TRUE(Matches(all, won));

  v1::EventFilter opportunities;
  opportunities.add_resource_types(Event::OPPORTUNITY);
  opportunities.add_resource_types(Event::ACCOUNT);
  EXPECT_FALSE(Matches(opportunities, created));
  EXPECT_TRUE(Matches(opportunities, won));

  v1::EventFilter wins = opportunities;
  wins.add_types(Event::OPPORTUNITY_CLOSED_WON);
  EXPECT_TRUE(Matches(wins, won));
  wins.set_resource("opportunities/o2");
  EXPECT_FALSE(Matches(wins, won));

  v1::EventFilter one_lead;
  one_lead.set_resource("leads/l1");
  EXPECT_TRUE(Matches(one_lead, created));
  EXPECT_FALSE(Matches(one_lead, won));
}

TEST(CheckListEventsRequestTest, RefusesNegativesUnknownTypesAndBadNamesAllAtOnce) {
  v1::ListEventsRequest request;
  request.set_page_size(-1);
  request.set_after_sequence(-5);
  request.mutable_filter()->add_types(static_cast<Event::Type>(999));
  request.mutable_filter()->add_resource_types(Event::RESOURCE_TYPE_UNSPECIFIED);
  request.mutable_filter()->set_resource("users/1");
  EXPECT_THAT(Fields(CheckListEventsRequest(request)), ElementsAre("page_size", "after_sequence",
                                                      "filter.resource_types", "filter.types",
                                                      "filter.resource"));
}

TEST(CheckListEventsRequestTest, AcceptsEveryResourceCollectionByName) {
  for (const char* name : {"leads/l1", "accounts/a1", "contacts/c1", "opportunities/o1"}) {
    v1::ListEventsRequest request;
    request.mutable_filter()->set_resource(name);
    EXPECT_TRUE(CheckListEventsRequest(request).ok()) << name;
  }
}

TEST(CheckWatchEventsRequestTest, DefaultsTheHeartbeatAndBoundsIt) {
  v1::WatchEventsRequest request;
  request.set_after_sequence(42);
  absl::StatusOr<WatchPlan> plan = CheckWatchEventsRequest(request);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->after_sequence, 42);
  EXPECT_EQ(plan->heartbeat_interval, kDefaultHeartbeatInterval);

  request.mutable_heartbeat_interval()->set_seconds(1);
  EXPECT_EQ(CheckWatchEventsRequest(request)->heartbeat_interval, absl::Seconds(1));
  request.mutable_heartbeat_interval()->set_seconds(0);
  request.mutable_heartbeat_interval()->set_nanos(999'999'999);
  EXPECT_THAT(Fields(CheckWatchEventsRequest(request).status()), ElementsAre("heartbeat_interval"));
  request.mutable_heartbeat_interval()->set_seconds(3601);
  request.mutable_heartbeat_interval()->set_nanos(0);
  EXPECT_THAT(Fields(CheckWatchEventsRequest(request).status()), ElementsAre("heartbeat_interval"));
}

TEST(CheckWatchEventsRequestTest, StartAtLatestExcludesACursor) {
  v1::WatchEventsRequest request;
  request.set_start_at_latest(true);
  EXPECT_TRUE(CheckWatchEventsRequest(request).ok());
  request.set_after_sequence(7);
  EXPECT_THAT(Fields(CheckWatchEventsRequest(request).status()), ElementsAre("start_at_latest"));
}

}  // namespace
}  // namespace leadflow::domain
