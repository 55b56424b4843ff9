#ifndef LEADFLOW_SDK_ERROR_DETAILS_H_
#define LEADFLOW_SDK_ERROR_DETAILS_H_

// The rich error details the server sends, read back from an absl::Status
// returned by a client. Branch on the reason, never on the message:
//
//   if (leadflow::ErrorReason(status) == leadflow::v1::ETAG_MISMATCH) ...

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "google/rpc/error_details.pb.h"
#include "leadflow/v1/error_reason.pb.h"

namespace leadflow {

// The ErrorInfo detail, when the error carries one.
std::optional<google::rpc::ErrorInfo> GetErrorInfo(const absl::Status& status);

// The BadRequest detail (INVALID_ARGUMENT errors), when there is one.
std::optional<google::rpc::BadRequest> GetBadRequest(const absl::Status& status);

// The PreconditionFailure detail (FAILED_PRECONDITION errors).
std::optional<google::rpc::PreconditionFailure> GetPreconditionFailure(
    const absl::Status& status);

// The reason of the ErrorInfo detail; ERROR_REASON_UNSPECIFIED without one.
leadflow::v1::ErrorReason ErrorReason(const absl::Status& status);

// The fields the BadRequest detail names, e.g. {"lead.last_name"}.
std::vector<std::string> InvalidFields(const absl::Status& status);

}  // namespace leadflow

#endif  // LEADFLOW_SDK_ERROR_DETAILS_H_
