#ifndef LEADFLOW_TESTS_SUPPORT_STATUS_MATCHERS_H_
#define LEADFLOW_TESTS_SUPPORT_STATUS_MATCHERS_H_

// Matchers on the rich details of errors, for absl::Status (inside the
// server) and grpc::Status (what clients receive).

#include <string>

#include <grpcpp/grpcpp.h>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "leadflow/v1/error_reason.pb.h"

namespace leadflow::testing {

// The google.rpc.Status a client decodes from a call's trailers.
google::rpc::Status RpcStatusOf(const grpc::Status& status);
google::rpc::Status RpcStatusOf(const absl::Status& status);

// The ErrorInfo reason, or "" when there is none.
std::string ReasonOf(const google::rpc::Status& status);
// Fields named by the BadRequest detail.
std::vector<std::string> ViolatedFields(const google::rpc::Status& status);

MATCHER_P(HasReason, reason,
          "carries ErrorInfo reason " + leadflow::v1::ErrorReason_Name(reason)) {
  std::string actual = ReasonOf(RpcStatusOf(arg));
  *result_listener << "reason is \"" << actual << "\"";
  return actual == leadflow::v1::ErrorReason_Name(reason);
}

MATCHER_P(HasFieldViolation, field,
          std::string("has a BadRequest violation of ") + field) {
  std::vector<std::string> fields = ViolatedFields(RpcStatusOf(arg));
  *result_listener << "violations: " << ::testing::PrintToString(fields)
                   << ", message: " << RpcStatusOf(arg).message();
  return std::find(fields.begin(), fields.end(), std::string(field)) != fields.end();
}

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_STATUS_MATCHERS_H_
