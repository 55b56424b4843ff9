#include "leadflow/error_details.h"

#include "absl/strings/str_cat.h"

namespace leadflow {
namespace {

template <typename Detail>
std::optional<Detail> GetDetail(const absl::Status& status) {
  auto payload = status.GetPayload(
      absl::StrCat("type.googleapis.com/", Detail::descriptor()->full_name()));
  if (!payload.has_value()) return std::nullopt;
  Detail detail;
  if (!detail.ParseFromString(std::string(*payload))) return std::nullopt;
  return detail;
}

}  // namespace

std::optional<google::rpc::ErrorInfo> GetErrorInfo(const absl::Status& status) {
  return GetDetail<google::rpc::ErrorInfo>(status);
}

std::optional<google::rpc::BadRequest> GetBadRequest(const absl::Status& status) {
  return GetDetail<google::rpc::BadRequest>(status);
}

std::optional<google::rpc::PreconditionFailure> GetPreconditionFailure(
    const absl::Status& status) {
  return GetDetail<google::rpc::PreconditionFailure>(status);
}

leadflow::v1::ErrorReason ErrorReason(const absl::Status& status) {
  leadflow::v1::ErrorReason reason = leadflow::v1::ERROR_REASON_UNSPECIFIED;
  if (auto info = GetErrorInfo(status)) leadflow::v1::ErrorReason_Parse(info->reason(), &reason);
  return reason;
}

std::vector<std::string> InvalidFields(const absl::Status& status) {
  std::vector<std::string> fields;
  if (auto bad_request = GetBadRequest(status)) {
    for (const auto& violation : bad_request->field_violations()) {
      fields.push_back(violation.field());
    }
  }
  return fields;
}

}  // namespace leadflow
