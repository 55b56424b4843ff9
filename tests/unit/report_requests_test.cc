#include <string>

#include "domain/reports.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;

google::type::Date Date(int year, int month, int day) {
  google::type::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

TEST(CheckLeadFunnelRequestTest, AcceptsAnOrderedRangeAndOpenEnds) {
  v1::GetLeadFunnelRequest request;
  EXPECT_TRUE(CheckLeadFunnelRequest(request).ok());
  request.mutable_create_time_start()->set_seconds(1'700'000'000);
  EXPECT_TRUE(CheckLeadFunnelRequest(request).ok());
  request.mutable_create_time_end()->set_seconds(1'700'000'000);
  EXPECT_TRUE(CheckLeadFunnelRequest(request).ok());  // an empty range
}

TEST(CheckLeadFunnelRequestTest, RefusesAStartAfterTheEnd) {
  v1::GetLeadFunnelRequest request;
  request.mutable_create_time_start()->set_seconds(1'700'000'001);
  request.mutable_create_time_end()->set_seconds(1'700'000'000);
  EXPECT_THAT(CheckLeadFunnelRequest(request), HasFieldViolation("create_time_start"));
}

TEST(CheckLeadFunnelRequestTest, RefusesTimestampsOutsideTheirRange) {
  v1::GetLeadFunnelRequest request;
  request.mutable_create_time_start()->set_seconds(10'000'000'000'000);
  request.mutable_create_time_end()->set_nanos(-1);
  absl::Status status = CheckLeadFunnelRequest(request);
  EXPECT_THAT(status, HasFieldViolation("create_time_start"));
  EXPECT_THAT(status, HasFieldViolation("create_time_end"));
}

TEST(CheckPipelineSummaryRequestTest, RefusesBadDatesAndAStartAfterTheEnd) {
  v1::GetPipelineSummaryRequest request;
  *request.mutable_close_date_start() = Date(2026, 13, 1);
  EXPECT_THAT(CheckPipelineSummaryRequest(request), HasFieldViolation("close_date_start"));
  *request.mutable_close_date_start() = Date(2026, 12, 31);
  *request.mutable_close_date_end() = Date(2026, 1, 1);
  EXPECT_THAT(CheckPipelineSummaryRequest(request), HasFieldViolation("close_date_start"));
  *request.mutable_close_date_end() = Date(2026, 12, 31);
  EXPECT_TRUE(CheckPipelineSummaryRequest(request).ok());
}

TEST(CheckPipelineSummaryRequestTest, RefusesAMalformedAccountAndAControlCharacterOwner) {
  v1::GetPipelineSummaryRequest request;
  request.set_account("leads/1");
  request.set_owner(std::string("users/\0", 7));
  absl::Status status = CheckPipelineSummaryRequest(request);
  EXPECT_THAT(status, HasFieldViolation("account"));
  EXPECT_THAT(status, HasFieldViolation("owner"));
}

}  // namespace
}  // namespace leadflow::domain
