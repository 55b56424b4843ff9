#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_IDEMPOTENCY_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_IDEMPOTENCY_H_

// Request ids on PostgreSQL: the two operations ExecuteOnce (idempotency.h)
// runs, for a PgWrite. Two servers running the same request id at once
// both find nothing recorded; the second one's RecordResponse then waits
// for the first to commit and fails on the primary key, and RunPgWrite
// runs it again, when it finds the first response.

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "store/idempotency.h"
#include "store/postgres/pg_write.h"

namespace leadflow::store {

absl::StatusOr<std::optional<std::string>> FindRecordedResponse(
    PgWrite& write, absl::string_view method, const std::string& request_id,
    const std::string& fingerprint);

void RecordResponse(PgWrite& write, absl::string_view method, const std::string& request_id,
                    const std::string& fingerprint, const google::protobuf::Message& response);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_IDEMPOTENCY_H_
