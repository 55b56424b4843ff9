#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_IDEMPOTENCY_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_IDEMPOTENCY_H_

// Request ids on PostgreSQL: the two operations ExecuteOnce (idempotency.h)
// runs, for a PgWrite. Two servers running the same request id at once
// take turns: FindRecordedResponse holds a transaction-level advisory lock
// on the (method, request_id) until the write commits, so the second finds
// the first's response. Should it still lose a race on the primary key,
// RunPgWrite runs it again, and then it does.

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
