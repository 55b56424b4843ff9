#include "domain/field_checks.h"

#include <string>

#include "domain/money.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::testing::HasSubstr;
using ::testing::Not;

absl::Status TextStatus(const std::string& value, Lines lines = Lines::kSingle) {
  FieldViolations v;
  CheckText("lead.last_name", value, kMediumText, v, lines);
  return v.ToStatus();
}

absl::Status EmailStatus(const std::string& value) {
  FieldViolations v;
  CheckEmail("lead.email", value, v);
  return v.ToStatus();
}

absl::Status MoneyStatus(std::int64_t units, std::int32_t nanos, const char* currency = "USD") {
  google::type::Money money;
  money.set_currency_code(currency);
  money.set_units(units);
  money.set_nanos(nanos);
  FieldViolations v;
  CheckMoney("opportunity.amount", money, Catalog::Default(), v);
  return v.ToStatus();
}

absl::Status TimestampStatus(std::int64_t seconds, std::int32_t nanos) {
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(nanos);
  FieldViolations v;
  CheckTimestamp("create_time_start", timestamp, v);
  return v.ToStatus();
}

TEST(CheckTextTest, RefusesANulThatTheRequiredCheckLetsThrough) {
  FieldViolations v;
  CheckRequired("lead.last_name", std::string("\0", 1), v);
  EXPECT_TRUE(v.empty());  // not blank: the text check is what refuses it
  EXPECT_THAT(TextStatus(std::string("\0", 1)), HasFieldViolation("lead.last_name"));
}

TEST(CheckTextTest, RefusesControlAndBidiCharactersButNotLineBreaksInMultiLineText) {
  EXPECT_THAT(TextStatus("Smith\xE2\x80\xAE"), HasFieldViolation("lead.last_name"));
  EXPECT_THAT(TextStatus("two\nlines"), HasFieldViolation("lead.last_name"));
  EXPECT_TRUE(TextStatus("two\nlines", Lines::kMulti).ok());
}

TEST(CheckTextTest, ReportsTheLengthWithoutEchoingTheValue) {
  absl::Status status = TextStatus(std::string(100'000, 'x'));
  EXPECT_THAT(std::string(status.message()), HasSubstr("at most 80 characters long, got 100000"));
  EXPECT_LT(status.message().size(), 200u);
}

TEST(CheckEmailTest, SaysALongAddressIsTooLong) {
  absl::Status status = EmailStatus(std::string(190, 'a') + "@engines.example");
  EXPECT_THAT(status, HasFieldViolation("lead.email"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("at most 80 characters"));
  EXPECT_THAT(std::string(status.message()), Not(HasSubstr("malformed")));

  status = EmailStatus(std::string(65, 'a') + "@x.example");
  EXPECT_THAT(std::string(status.message()), HasSubstr("before '@' is too long"));
}

TEST(CheckEmailTest, QuotesAtMostAShortPrefixOfABadAddress) {
  absl::Status status = EmailStatus(std::string(70, 'a'));  // no '@', within 80
  EXPECT_THAT(std::string(status.message()), HasSubstr("has no '@'"));
  EXPECT_THAT(std::string(status.message()), Not(HasSubstr(std::string(41, 'a'))));
}

TEST(CheckMoneyTest, BoundsUnitsSoThatSumsCannotOverflow) {
  EXPECT_TRUE(MoneyStatus(kMaxMoneyUnits, 999'999'999).ok());
  absl::Status status = MoneyStatus(kMaxMoneyUnits + 1, 0);
  EXPECT_THAT(status, HasFieldViolation("opportunity.amount.units"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("at most 999999999999"));
  EXPECT_THAT(MoneyStatus(5'000'000'000'000'000'000, 0),
              HasFieldViolation("opportunity.amount.units"));
}

TEST(CheckMoneyTest, BlamesTheFieldThatIsWrong) {
  absl::Status status = MoneyStatus(1, -5);
  EXPECT_THAT(status, HasFieldViolation("opportunity.amount.nanos"));
  EXPECT_THAT(status, Not(HasFieldViolation("opportunity.amount.units")));
  EXPECT_THAT(MoneyStatus(-1, 0), HasFieldViolation("opportunity.amount.units"));
  EXPECT_THAT(MoneyStatus(1, 1'000'000'000), HasFieldViolation("opportunity.amount.nanos"));
}

TEST(CheckTimestampTest, AcceptsTheWholeDocumentedRange) {
  EXPECT_TRUE(TimestampStatus(-62'135'596'800, 0).ok());       // 0001-01-01
  EXPECT_TRUE(TimestampStatus(253'402'300'799, 999'999'999).ok());  // 9999-12-31
  EXPECT_TRUE(TimestampStatus(0, 0).ok());
}

TEST(CheckTimestampTest, RefusesSecondsAndNanosOutOfRange) {
  EXPECT_THAT(TimestampStatus(10'000'000'000'000, 0), HasFieldViolation("create_time_start"));
  EXPECT_THAT(TimestampStatus(-9'200'000'000'000, 0), HasFieldViolation("create_time_start"));
  EXPECT_THAT(TimestampStatus(0, -1), HasFieldViolation("create_time_start"));
  EXPECT_THAT(TimestampStatus(0, 1'000'000'000), HasFieldViolation("create_time_start"));
}

}  // namespace
}  // namespace leadflow::domain
