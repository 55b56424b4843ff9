#ifndef LEADFLOW_SERVER_DOMAIN_ERRORS_H_
#define LEADFLOW_SERVER_DOMAIN_ERRORS_H_

// Builders for the server's errors. Each returns an absl::Status whose
// payloads are the google.rpc detail messages (ErrorInfo always, plus
// BadRequest / PreconditionFailure / ResourceInfo where they fit), keyed by
// their `type.googleapis.com/...` type URL. api/ turns them into the
// `grpc-status-details-bin` trailer; nothing else needs to know the format.

#include <cstdint>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "google/rpc/status.pb.h"
#include "leadflow/v1/error_reason.pb.h"

namespace leadflow::domain {

// The ErrorInfo.domain of every Leadflow error.
inline constexpr absl::string_view kErrorDomain = "leadflow.v1";

// Collects every invalid field of a request, so that one reply names them
// all rather than one per round trip.
class FieldViolations {
 public:
  // Records that `field` (a request path such as "lead.email") is invalid.
  void Add(std::string field, std::string description);

  bool empty() const { return violations_.empty(); }
  std::size_t size() const { return violations_.size(); }

  // OK when empty; else INVALID_ARGUMENT with `reason`, a BadRequest detail
  // listing every violation, and a message that names them.
  absl::Status ToStatus(
      leadflow::v1::ErrorReason reason = leadflow::v1::FIELD_INVALID) const;

 private:
  struct Violation {
    std::string field;
    std::string description;
  };
  std::vector<Violation> violations_;
};

// INVALID_ARGUMENT about one field.
absl::Status InvalidField(
    std::string field, std::string description,
    leadflow::v1::ErrorReason reason = leadflow::v1::FIELD_INVALID);

// NOT_FOUND for a resource, e.g. NotFound("leadflow.v1.Lead", "leads/x").
absl::Status NotFound(absl::string_view resource_type,
                      absl::string_view resource_name);

// ABORTED: the etag sent is not the resource's current one.
absl::Status EtagMismatch(absl::string_view resource_name);

// FAILED_PRECONDITION with a PreconditionFailure about `subject`.
absl::Status FailedPrecondition(leadflow::v1::ErrorReason reason,
                                absl::string_view subject,
                                std::string description);

// A call refused as a whole, with `code` and an ErrorInfo of `reason`: a
// limit of the server (RESOURCE_EXHAUSTED: a full disk, too many calls),
// missing credentials (UNAUTHENTICATED), a request that does not parse
// (INVALID_ARGUMENT, when no one field is to blame), ...
absl::Status Refused(absl::StatusCode code, leadflow::v1::ErrorReason reason,
                     absl::string_view message);

// A change-feed call refused or ended (OUT_OF_RANGE, RESOURCE_EXHAUSTED,
// UNAVAILABLE) with `reason` and the sequence a consumer should know about
// in ErrorInfo.metadata[`key`] (e.g. "oldest_sequence").
absl::Status FeedPosition(absl::StatusCode code, leadflow::v1::ErrorReason reason,
                          absl::string_view key, std::int64_t sequence,
                          absl::string_view message);

// ALREADY_EXISTS (DUPLICATE_FOUND): the lead `subject` (e.g. "lead",
// "leads[3]") was not created because it matches `records` (resource
// names, best first) under `rules` (DuplicateRule names). ErrorInfo
// metadata "matches" and "rules" list them, comma-separated.
absl::Status DuplicateFound(absl::string_view subject, const std::vector<std::string>& records,
                            const std::vector<std::string>& rules);

// `status` with every field path that starts with `from` (a whole path
// element, e.g. "lead") moved under `to` (e.g. "leads[3]"), in its
// BadRequest, its ErrorInfo and its message: how a batch names which of
// its items a single-item rule refused. Other statuses are returned as is.
absl::Status RebaseFields(const absl::Status& status, absl::string_view from, absl::string_view to);

// RESOURCE_EXHAUSTED (RATE_LIMITED) for a principal past its rate, with a
// google.rpc.RetryInfo saying to retry after `retry_after`.
absl::Status RateLimited(absl::string_view principal, absl::Duration retry_after);

// PERMISSION_DENIED (SCOPE_MISSING) for a caller without the `scope`
// method `method` requires; ErrorInfo.metadata "scope" names it.
absl::Status ScopeMissing(absl::string_view method, absl::string_view scope);

// INTERNAL or UNAVAILABLE (per `code`) with an ErrorInfo, for faults of the
// server itself; `message` must not leak secrets.
absl::Status ServerError(absl::StatusCode code, absl::string_view message);

// Returns the ErrorInfo reason carried by `status`, or
// ERROR_REASON_UNSPECIFIED when it has none.
leadflow::v1::ErrorReason ReasonOf(const absl::Status& status);

// The google.rpc.Status equivalent of `status`, its payloads as details.
// Statuses built elsewhere (without an ErrorInfo) get one with reason
// INTERNAL_ERROR or SERVICE_UNAVAILABLE so clients always find a reason.
google::rpc::Status ToRpcStatus(const absl::Status& status);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_ERRORS_H_
