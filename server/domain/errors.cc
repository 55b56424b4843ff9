#include "domain/errors.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/strings/cord.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "google/rpc/error_details.pb.h"

namespace leadflow::domain {
namespace {

constexpr absl::string_view kTypeUrlPrefix = "type.googleapis.com/";

template <typename Detail>
void Attach(absl::Status& status, const Detail& detail) {
  status.SetPayload(absl::StrCat(kTypeUrlPrefix, Detail::descriptor()->full_name()),
                    absl::Cord(detail.SerializeAsString()));
}

google::rpc::ErrorInfo MakeErrorInfo(
    leadflow::v1::ErrorReason reason,
    std::initializer_list<std::pair<std::string, std::string>> metadata = {}) {
  google::rpc::ErrorInfo info;
  info.set_reason(leadflow::v1::ErrorReason_Name(reason));
  info.set_domain(std::string(kErrorDomain));
  for (const auto& [key, value] : metadata) (*info.mutable_metadata())[key] = value;
  return info;
}

std::string ErrorInfoTypeUrl() {
  return absl::StrCat(kTypeUrlPrefix,
                      google::rpc::ErrorInfo::descriptor()->full_name());
}

}  // namespace

void FieldViolations::Add(std::string field, std::string description) {
  violations_.push_back({std::move(field), std::move(description)});
}

absl::Status FieldViolations::ToStatus(leadflow::v1::ErrorReason reason) const {
  if (violations_.empty()) return absl::OkStatus();
  std::vector<std::string> parts;
  google::rpc::BadRequest bad_request;
  for (const Violation& v : violations_) {
    parts.push_back(absl::StrCat(v.field, ": ", v.description));
    auto* out = bad_request.add_field_violations();
    out->set_field(v.field);
    out->set_description(v.description);
  }
  absl::Status status(absl::StatusCode::kInvalidArgument,
                      absl::StrCat("invalid request: ", absl::StrJoin(parts, "; ")));
  Attach(status, MakeErrorInfo(reason, {{"field", violations_.front().field}}));
  Attach(status, bad_request);
  return status;
}

absl::Status InvalidField(std::string field, std::string description,
                          leadflow::v1::ErrorReason reason) {
  FieldViolations violations;
  violations.Add(std::move(field), std::move(description));
  return violations.ToStatus(reason);
}

absl::Status NotFound(absl::string_view resource_type,
                      absl::string_view resource_name) {
  absl::Status status(absl::StatusCode::kNotFound,
                      absl::StrCat(resource_name, " does not exist"));
  Attach(status, MakeErrorInfo(leadflow::v1::RESOURCE_NOT_FOUND,
                               {{"resource", std::string(resource_name)}}));
  google::rpc::ResourceInfo resource;
  resource.set_resource_type(std::string(resource_type));
  resource.set_resource_name(std::string(resource_name));
  resource.set_description("not found");
  Attach(status, resource);
  return status;
}

absl::Status EtagMismatch(absl::string_view resource_name) {
  absl::Status status(
      absl::StatusCode::kAborted,
      absl::StrCat(resource_name,
                   " was changed since the etag sent was read; read it "
                   "again and retry with its current etag"));
  Attach(status, MakeErrorInfo(leadflow::v1::ETAG_MISMATCH,
                               {{"resource", std::string(resource_name)}}));
  return status;
}

absl::Status FailedPrecondition(leadflow::v1::ErrorReason reason,
                                absl::string_view subject,
                                std::string description) {
  absl::Status status(absl::StatusCode::kFailedPrecondition,
                      absl::StrCat(subject, ": ", description));
  Attach(status, MakeErrorInfo(reason, {{"resource", std::string(subject)}}));
  google::rpc::PreconditionFailure failure;
  auto* violation = failure.add_violations();
  violation->set_type(leadflow::v1::ErrorReason_Name(reason));
  violation->set_subject(std::string(subject));
  violation->set_description(std::move(description));
  Attach(status, failure);
  return status;
}

absl::Status Refused(absl::StatusCode code, leadflow::v1::ErrorReason reason,
                     absl::string_view message) {
  absl::Status status(code, message);
  Attach(status, MakeErrorInfo(reason));
  return status;
}

absl::Status DuplicateFound(absl::string_view subject, const std::vector<std::string>& records,
                            const std::vector<std::string>& rules) {
  absl::Status status(
      absl::StatusCode::kAlreadyExists,
      absl::StrCat(subject, " matches ", absl::StrJoin(records, ", "), " (",
                   absl::StrJoin(rules, ", "),
                   "); nothing was created. Send duplicate_policy ALLOW to create it anyway"));
  Attach(status,
         MakeErrorInfo(leadflow::v1::DUPLICATE_FOUND, {{"field", std::string(subject)},
                                                       {"matches", absl::StrJoin(records, ",")},
                                                       {"rules", absl::StrJoin(rules, ",")}}));
  return status;
}

absl::Status RebaseFields(const absl::Status& status, absl::string_view from,
                          absl::string_view to) {
  auto payload = status.GetPayload(
      absl::StrCat(kTypeUrlPrefix, google::rpc::BadRequest::descriptor()->full_name()));
  google::rpc::BadRequest bad_request;
  if (!payload.has_value() || !bad_request.ParseFromString(std::string(*payload))) {
    return status;
  }
  FieldViolations violations;
  for (const auto& violation : bad_request.field_violations()) {
    absl::string_view field = violation.field();
    const bool under =
        absl::StartsWith(field, from) && (field.size() == from.size() || field[from.size()] == '.');
    violations.Add(under ? absl::StrCat(to, field.substr(from.size())) : std::string(field),
                   violation.description());
  }
  return violations.ToStatus(ReasonOf(status));
}

absl::Status FeedPosition(absl::StatusCode code, leadflow::v1::ErrorReason reason,
                          absl::string_view key, std::int64_t sequence,
                          absl::string_view message) {
  absl::Status status(code, message);
  Attach(status, MakeErrorInfo(reason, {{std::string(key), absl::StrCat(sequence)}}));
  return status;
}

absl::Status RateLimited(absl::string_view principal, absl::Duration retry_after) {
  absl::Status status(absl::StatusCode::kResourceExhausted,
                      absl::StrCat(principal, " is over its rate of calls; retry after ",
                                   absl::FormatDuration(retry_after)));
  Attach(status, MakeErrorInfo(leadflow::v1::RATE_LIMITED));
  google::rpc::RetryInfo retry;
  const absl::Duration delay = absl::Ceil(retry_after, absl::Milliseconds(1));
  const std::int64_t seconds = absl::ToInt64Seconds(delay);
  retry.mutable_retry_delay()->set_seconds(seconds);
  retry.mutable_retry_delay()->set_nanos(
      static_cast<std::int32_t>(absl::ToInt64Nanoseconds(delay - absl::Seconds(seconds))));
  Attach(status, retry);
  return status;
}

absl::Status ScopeMissing(absl::string_view method, absl::string_view scope) {
  absl::Status status(absl::StatusCode::kPermissionDenied,
                      absl::StrCat(method, " needs the scope \"", scope,
                                   "\", which the caller's principal does not have"));
  Attach(status, MakeErrorInfo(leadflow::v1::SCOPE_MISSING, {{"scope", std::string(scope)}}));
  return status;
}

absl::Status ServerError(absl::StatusCode code, absl::string_view message) {
  absl::Status status(code, message);
  Attach(status, MakeErrorInfo(code == absl::StatusCode::kUnavailable
                                   ? leadflow::v1::SERVICE_UNAVAILABLE
                                   : leadflow::v1::INTERNAL_ERROR));
  return status;
}

leadflow::v1::ErrorReason ReasonOf(const absl::Status& status) {
  leadflow::v1::ErrorReason reason = leadflow::v1::ERROR_REASON_UNSPECIFIED;
  if (auto payload = status.GetPayload(ErrorInfoTypeUrl())) {
    google::rpc::ErrorInfo info;
    if (info.ParseFromString(std::string(*payload))) {
      leadflow::v1::ErrorReason_Parse(info.reason(), &reason);
    }
  }
  return reason;
}

google::rpc::Status ToRpcStatus(const absl::Status& status) {
  google::rpc::Status rpc;
  rpc.set_code(static_cast<int>(status.code()));
  rpc.set_message(std::string(status.message()));
  if (status.ok()) return rpc;
  // Abseil visits payloads in an unspecified (deliberately varying) order;
  // clients get them in a fixed one: ErrorInfo first, then by type URL.
  std::vector<std::pair<std::string, std::string>> payloads;
  status.ForEachPayload([&](absl::string_view type_url, const absl::Cord& value) {
    if (absl::StartsWith(type_url, kTypeUrlPrefix)) {
      payloads.emplace_back(std::string(type_url), std::string(value));
    }
  });
  const std::string error_info = ErrorInfoTypeUrl();
  std::sort(payloads.begin(), payloads.end(), [&](const auto& a, const auto& b) {
    return std::make_pair(a.first != error_info, a.first) <
           std::make_pair(b.first != error_info, b.first);
  });
  if (payloads.empty() || payloads.front().first != error_info) {
    rpc.add_details()->PackFrom(MakeErrorInfo(status.code() == absl::StatusCode::kUnavailable
                                                  ? leadflow::v1::SERVICE_UNAVAILABLE
                                                  : leadflow::v1::INTERNAL_ERROR));
  }
  for (auto& [type_url, value] : payloads) {
    auto* any = rpc.add_details();
    any->set_type_url(std::move(type_url));
    any->set_value(std::move(value));
  }
  return rpc;
}

}  // namespace leadflow::domain
