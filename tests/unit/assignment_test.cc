#include "domain/assignment.h"

#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace leadflow::domain {
namespace {

using config::v1::AssignmentRule;

AssignmentRule Rule(const std::string& text) {
  AssignmentRule rule;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &rule)) << text;
  return rule;
}

v1::Lead Lead(const std::string& text) {
  v1::Lead lead;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &lead)) << text;
  return lead;
}

// No one has had a lead today.
std::int64_t NoneYet(const std::string& /*owner*/) { return 0; }

TEST(AssignmentRuleMatchesTest, ARuleWithoutCriteriaMatchesEveryLead) {
  AssignmentRule rule = Rule(R"pb(name: "all" owners: "u")pb");
  EXPECT_TRUE(AssignmentRuleMatches(rule, Lead("")));
  EXPECT_TRUE(AssignmentRuleMatches(rule, Lead(R"pb(lead_source: "Web" rating: "Hot")pb")));
}

TEST(AssignmentRuleMatchesTest, ComparesIgnoringCaseAndSurroundingSpace) {
  AssignmentRule rule = Rule(R"pb(lead_sources: "Web" lead_sources: " Partner Referral ")pb");
  EXPECT_TRUE(AssignmentRuleMatches(rule, Lead(R"pb(lead_source: "Web")pb")));
  EXPECT_TRUE(AssignmentRuleMatches(rule, Lead(R"pb(lead_source: "wEB")pb")));
  EXPECT_TRUE(AssignmentRuleMatches(rule, Lead(R"pb(lead_source: "  web\t")pb")));
  EXPECT_TRUE(AssignmentRuleMatches(rule, Lead(R"pb(lead_source: "partner referral")pb")));
  EXPECT_FALSE(AssignmentRuleMatches(rule, Lead(R"pb(lead_source: "Webinar")pb")));
  EXPECT_FALSE(AssignmentRuleMatches(rule, Lead(R"pb(lead_source: "Partner  Referral")pb")));
}

TEST(AssignmentRuleMatchesTest, ALeadWithTheFieldEmptyDoesNotMatchANonEmptyList) {
  AssignmentRule rule = Rule(R"pb(ratings: "Hot")pb");
  EXPECT_FALSE(AssignmentRuleMatches(rule, Lead("")));
  EXPECT_FALSE(AssignmentRuleMatches(rule, Lead(R"pb(rating: "   ")pb")));
  // Even against a blank entry (which Catalog refuses): an empty field is no value.
  EXPECT_FALSE(AssignmentRuleMatches(Rule(R"pb(ratings: "Hot" ratings: " ")pb"), Lead("")));
}

TEST(AssignmentRuleMatchesTest, EachCriterionIsCheckedAgainstItsField) {
  AssignmentRule rule = Rule(
      R"pb(
        lead_sources: "Web" countries: "DE" countries: "AT" industries: "Banking" ratings: "Hot"
      )pb");
  const std::string all = R"pb(
    lead_source: "web"
    address { country: "at" }
    industry: "BANKING"
    rating: "hot"
  )pb";
  EXPECT_TRUE(AssignmentRuleMatches(rule, Lead(all)));
  // Every criterion must hold: change one field at a time.
  v1::Lead lead = Lead(all);
  lead.set_lead_source("Phone Inquiry");
  EXPECT_FALSE(AssignmentRuleMatches(rule, lead));
  lead = Lead(all);
  lead.mutable_address()->set_country("FR");
  EXPECT_FALSE(AssignmentRuleMatches(rule, lead));
  lead = Lead(all);
  lead.clear_address();
  EXPECT_FALSE(AssignmentRuleMatches(rule, lead));
  lead = Lead(all);
  lead.set_industry("Retail");
  EXPECT_FALSE(AssignmentRuleMatches(rule, lead));
  lead = Lead(all);
  lead.set_rating("Cold");
  EXPECT_FALSE(AssignmentRuleMatches(rule, lead));
  // The criteria read their own fields, not another's.
  EXPECT_FALSE(
      AssignmentRuleMatches(Rule(R"pb(countries: "Web")pb"), Lead(R"pb(lead_source: "Web")pb")));
  EXPECT_TRUE(AssignmentRuleMatches(Rule(R"pb(industries: "Banking")pb"),
                                    Lead(R"pb(industry: "Banking")pb")));
  EXPECT_FALSE(AssignmentRuleMatches(Rule(R"pb(industries: "Banking")pb"),
                                     Lead(R"pb(company: "Banking")pb")));
}

TEST(PickAssigneeTest, TakesOwnersInTurnAndWrapsAround) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b" owners: "c")pb");
  std::int64_t cursor = 0;
  std::string order;
  for (int i = 0; i < 7; ++i) {
    std::optional<AssignmentPick> pick = PickAssignee(rule, cursor, NoneYet);
    ASSERT_TRUE(pick.has_value());
    order += pick->owner;
    cursor = pick->next_cursor;
  }
  EXPECT_EQ(order, "abcabca");
  EXPECT_EQ(cursor, 1);
}

TEST(PickAssigneeTest, NextCursorIsTheIndexAfterThePickWrappedToZero) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b" owners: "c")pb");
  EXPECT_EQ(PickAssignee(rule, 0, NoneYet)->next_cursor, 1);
  EXPECT_EQ(PickAssignee(rule, 1, NoneYet)->next_cursor, 2);
  EXPECT_EQ(PickAssignee(rule, 2, NoneYet)->next_cursor, 0);
}

TEST(PickAssigneeTest, ACursorPastTheEndOrNegativeIsTakenModuloTheSize) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b" owners: "c")pb");
  EXPECT_EQ(PickAssignee(rule, 4, NoneYet)->owner, "b");
  EXPECT_EQ(PickAssignee(rule, 4, NoneYet)->next_cursor, 2);
  EXPECT_EQ(PickAssignee(rule, 3'000'000'000'002, NoneYet)->owner, "c");
  EXPECT_EQ(PickAssignee(rule, -1, NoneYet)->owner, "c");
  EXPECT_EQ(PickAssignee(rule, -3, NoneYet)->owner, "a");
}

TEST(PickAssigneeTest, AOneOwnerRuleAlwaysPicksItsOwner) {
  AssignmentRule rule = Rule(R"pb(owners: "solo")pb");
  for (std::int64_t cursor : {0, 1, 5}) {
    std::optional<AssignmentPick> pick = PickAssignee(rule, cursor, NoneYet);
    ASSERT_TRUE(pick.has_value());
    EXPECT_EQ(pick->owner, "solo");
    EXPECT_EQ(pick->next_cursor, 0);
  }
}

TEST(PickAssigneeTest, SkipsOwnersAtTheCap) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b" owners: "c" daily_cap: 2)pb");
  std::map<std::string, std::int64_t> today = {{"a", 0}, {"b", 2}, {"c", 1}};
  auto count = [&](const std::string& owner) { return today[owner]; };
  // From b: b is full, c has room.
  std::optional<AssignmentPick> pick = PickAssignee(rule, 1, count);
  ASSERT_TRUE(pick.has_value());
  EXPECT_EQ(pick->owner, "c");
  EXPECT_EQ(pick->next_cursor, 0);
  // From c when c is full too: wraps to a.
  today["c"] = 2;
  pick = PickAssignee(rule, 2, count);
  ASSERT_TRUE(pick.has_value());
  EXPECT_EQ(pick->owner, "a");
  EXPECT_EQ(pick->next_cursor, 1);
  // Below the cap is enough; over it (the cap was lowered) is skipped too.
  today = {{"a", 3}, {"b", 1}, {"c", 2}};
  EXPECT_EQ(PickAssignee(rule, 0, count)->owner, "b");
}

TEST(PickAssigneeTest, NoOneWhenEveryOwnerIsAtTheCap) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b" daily_cap: 5)pb");
  auto full = [](const std::string&) -> std::int64_t { return 5; };
  EXPECT_EQ(PickAssignee(rule, 0, full), std::nullopt);
  EXPECT_EQ(PickAssignee(rule, 1, full), std::nullopt);
  EXPECT_EQ(PickAssignee(Rule(""), 0, NoneYet), std::nullopt);  // no owners
}

TEST(PickAssigneeTest, CapZeroMeansNoCapAndCountsAreNotAsked) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b")pb");
  int asked = 0;
  auto huge = [&](const std::string&) -> std::int64_t {
    ++asked;
    return 1'000'000;
  };
  std::optional<AssignmentPick> pick = PickAssignee(rule, 1, huge);
  ASSERT_TRUE(pick.has_value());
  EXPECT_EQ(pick->owner, "b");
  EXPECT_EQ(asked, 0);
}

// Drives a rule the way the store does: the cursor and today's counts
// carried from pick to pick. Returns how many leads were assigned.
int Simulate(const AssignmentRule& rule, int leads, std::map<std::string, std::int64_t>& today) {
  std::int64_t cursor = 0;
  int assigned = 0;
  for (int i = 0; i < leads; ++i) {
    std::optional<AssignmentPick> pick =
        PickAssignee(rule, cursor, [&](const std::string& owner) { return today[owner]; });
    if (!pick) continue;
    ++today[pick->owner];
    cursor = pick->next_cursor;
    ++assigned;
  }
  return assigned;
}

TEST(PickAssigneeTest, RoundRobinSharesLeadsEvenly) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b" owners: "c" owners: "d")pb");
  std::map<std::string, std::int64_t> today;
  EXPECT_EQ(Simulate(rule, 1000, today), 1000);
  EXPECT_EQ(today,
            (std::map<std::string, std::int64_t>{{"a", 250}, {"b", 250}, {"c", 250}, {"d", 250}}));
}

TEST(PickAssigneeTest, CapsStopTheRuleOnceEveryOwnerIsFull) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b" owners: "c" daily_cap: 100)pb");
  std::map<std::string, std::int64_t> today;
  EXPECT_EQ(Simulate(rule, 1000, today), 300);
  EXPECT_EQ(today, (std::map<std::string, std::int64_t>{{"a", 100}, {"b", 100}, {"c", 100}}));
  EXPECT_EQ(PickAssignee(rule, 0, [&](const std::string& owner) { return today[owner]; }),
            std::nullopt);
}

TEST(PickAssigneeTest, AnOwnerWhoStartedTheDayFullLeavesTheRestToOthers) {
  AssignmentRule rule = Rule(R"pb(owners: "a" owners: "b" owners: "c" daily_cap: 10)pb");
  std::map<std::string, std::int64_t> today = {{"b", 10}};
  EXPECT_EQ(Simulate(rule, 30, today), 20);
  EXPECT_EQ(today, (std::map<std::string, std::int64_t>{{"a", 10}, {"b", 10}, {"c", 10}}));
}

TEST(AssignmentDayTest, IsTheUtcDateAroundMidnight) {
  // A local zone that differs from UTC, so that using it would show. absl
  // reads TZ on the first use of the local zone, and nothing in this binary
  // used it before.
  setenv("TZ", "America/New_York", 1);
  absl::Time midnight = absl::FromCivil(absl::CivilDay(2024, 3, 1), absl::UTCTimeZone());
  EXPECT_EQ(AssignmentDay(midnight - absl::Nanoseconds(1)), "2024-02-29");
  EXPECT_EQ(AssignmentDay(midnight), "2024-03-01");
  EXPECT_EQ(AssignmentDay(midnight + absl::Hours(23) + absl::Minutes(59)), "2024-03-01");
  EXPECT_EQ(AssignmentDay(midnight + absl::Hours(24)), "2024-03-02");
  // Not the local day: 23:30 in New York on Feb 29 is already Mar 1 in UTC.
  absl::TimeZone new_york;
  if (absl::LoadTimeZone("America/New_York", &new_york)) {
    EXPECT_EQ(AssignmentDay(absl::FromCivil(absl::CivilMinute(2024, 2, 29, 23, 30), new_york)),
              "2024-03-01");
  }
  EXPECT_EQ(AssignmentDay(absl::FromUnixSeconds(0)), "1970-01-01");
}

}  // namespace
}  // namespace leadflow::domain
