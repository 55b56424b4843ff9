#ifndef LEADFLOW_SERVER_STORE_IDEMPOTENCY_H_
#define LEADFLOW_SERVER_STORE_IDEMPOTENCY_H_

// Request ids (AIP-155): the first completed call of (method, request_id)
// records its response; later calls with the same id get that response back
// without doing anything. Used inside a write job, so recording commits
// atomically with the write it describes.

#include <optional>
#include <string>
#include "absl/strings/string_view.h"

#include "absl/status/statusor.h"
#include "google/protobuf/message.h"
#include "store/sqlite_connection.h"

namespace leadflow::store {

// What identifies a request's content: a SHA-256 of its deterministic
// serialization.
std::string RequestFingerprint(const google::protobuf::Message& request);

// The recorded response (serialized) of (method, request_id), nullopt when
// there is none, or INVALID_ARGUMENT (REQUEST_ID_REUSED, field "request_id")
// when it was recorded for a request with another fingerprint.
absl::StatusOr<std::optional<std::string>> FindRecordedResponse(
    SqliteConnection& connection, absl::string_view method,
    const std::string& request_id, const std::string& fingerprint);

// Records `response` for (method, request_id).
void RecordResponse(SqliteConnection& connection, absl::string_view method,
                    const std::string& request_id, const std::string& fingerprint,
                    const google::protobuf::Message& response);

// Runs `execute` at most once per (method, request_id): with an empty
// `request_id` it just runs; otherwise a repeat of the same `request` gets
// the response recorded the first time, and a different request under the
// same id gets REQUEST_ID_REUSED. Must run inside a write job, so the
// response is recorded in the same transaction as the work. `Connection` is
// a SqliteConnection or a PostgreSQL write (postgres/pg_idempotency.h
// overloads the two functions above for it).
template <typename Response, typename Connection, typename Execute>
absl::StatusOr<Response> ExecuteOnce(Connection& connection, absl::string_view method,
                                     const std::string& request_id,
                                     const google::protobuf::Message& request,
                                     Execute&& execute) {
  if (request_id.empty()) return execute();
  const std::string fingerprint = RequestFingerprint(request);
  absl::StatusOr<std::optional<std::string>> recorded =
      FindRecordedResponse(connection, method, request_id, fingerprint);
  if (!recorded.ok()) return recorded.status();
  if (recorded->has_value()) {
    Response first;
    first.ParseFromString(**recorded);
    return first;
  }
  absl::StatusOr<Response> response = execute();
  if (response.ok()) RecordResponse(connection, method, request_id, fingerprint, *response);
  return response;
}

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_IDEMPOTENCY_H_
