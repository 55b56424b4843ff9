#include "store/order_by.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::HasReason;

constexpr SortField kFields[] = {{"create_time", "create_time_us"}, {"company", "company"}};

TEST(ParseOrderByTest, DefaultsAndAppendsTheIdTieBreaker) {
  auto keys = ParseOrderBy("", kFields, "create_time", "id");
  ASSERT_TRUE(keys.ok()) << keys.status();
  EXPECT_EQ(OrderByClause(*keys), "create_time_us ASC, id ASC");
}

TEST(ParseOrderByTest, ParsesDirections) {
  auto keys = ParseOrderBy(" company ,create_time desc", kFields, "create_time", "id");
  ASSERT_TRUE(keys.ok()) << keys.status();
  EXPECT_EQ(OrderByClause(*keys), "company ASC, create_time_us DESC, id DESC");
}

TEST(ParseOrderByTest, RefusesUnknownFieldsDirectionsAndRepeats) {
  for (const char* bad : {"email", "company sideways", "company desc extra", "company, company",
                          "company,", "1; DROP TABLE leads"}) {
    EXPECT_THAT(ParseOrderBy(bad, kFields, "create_time", "id").status(),
                HasReason(v1::ORDER_BY_INVALID))
        << bad;
  }
}

TEST(AfterConditionTest, UsesARowValueWhenDirectionsAgree) {
  std::vector<OrderKey> keys = {{"company", false}, {"id", false}};
  SqlFragment condition = AfterCondition(keys, {std::string("Acme"), std::string("01a")});
  EXPECT_EQ(condition.sql, "(company, id) > (?, ?)");
  EXPECT_EQ(condition.params.size(), 2u);
}

TEST(AfterConditionTest, ExpandsMixedDirections) {
  std::vector<OrderKey> keys = {{"company", false}, {"create_time_us", true}, {"id", true}};
  SqlFragment condition =
      AfterCondition(keys, {std::string("Acme"), std::int64_t{5}, std::string("01a")});
  EXPECT_EQ(condition.sql,
            "(company > ? OR (company = ? AND (create_time_us < ? OR "
            "(create_time_us = ? AND id < ?))))");
  EXPECT_EQ(condition.params.size(), 5u);
}

}  // namespace
}  // namespace leadflow::store
