#include "domain/errors.h"

#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "gtest/gtest.h"

namespace leadflow::domain {
namespace {

std::vector<std::string> DetailTypes(const google::rpc::Status& status) {
  std::vector<std::string> types;
  for (const auto& detail : status.details()) types.push_back(detail.type_url());
  return types;
}

TEST(ToRpcStatusTest, DetailsComeInAFixedOrderErrorInfoFirst) {
  FieldViolations violations;
  violations.Add("lead.last_name", "is required");
  absl::Status status = violations.ToStatus();
  for (int i = 0; i < 20; ++i) {
    google::rpc::Status rpc = ToRpcStatus(status);
    EXPECT_EQ(rpc.code(), 3);
    EXPECT_THAT(DetailTypes(rpc),
                ::testing::ElementsAre("type.googleapis.com/google.rpc.ErrorInfo",
                                       "type.googleapis.com/google.rpc.BadRequest"));
  }
}

TEST(ToRpcStatusTest, StatusesWithoutDetailsStillCarryAReason) {
  google::rpc::Status rpc = ToRpcStatus(absl::UnavailableError("down"));
  ASSERT_EQ(rpc.details_size(), 1);
  google::rpc::ErrorInfo info;
  ASSERT_TRUE(rpc.details(0).UnpackTo(&info));
  EXPECT_EQ(info.reason(), "SERVICE_UNAVAILABLE");
  EXPECT_EQ(info.domain(), "leadflow.v1");
  EXPECT_EQ(ReasonOf(absl::InternalError("x")), v1::ERROR_REASON_UNSPECIFIED);
}

TEST(ErrorBuildersTest, CarryTheirReasonAndDetail) {
  absl::Status not_found = NotFound("leadflow.v1.Lead", "leads/x");
  EXPECT_EQ(not_found.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ReasonOf(not_found), v1::RESOURCE_NOT_FOUND);
  EXPECT_EQ(ReasonOf(EtagMismatch("leads/x")), v1::ETAG_MISMATCH);
  absl::Status precondition = FailedPrecondition(v1::LEAD_CONVERTED, "leads/x", "frozen");
  EXPECT_EQ(precondition.code(), absl::StatusCode::kFailedPrecondition);
  google::rpc::Status rpc = ToRpcStatus(precondition);
  EXPECT_THAT(DetailTypes(rpc),
              ::testing::ElementsAre("type.googleapis.com/google.rpc.ErrorInfo",
                                     "type.googleapis.com/google.rpc.PreconditionFailure"));
}

}  // namespace
}  // namespace leadflow::domain
