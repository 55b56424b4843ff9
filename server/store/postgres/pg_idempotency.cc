#include "store/postgres/pg_idempotency.h"

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "domain/text.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_rows.h"
#include "store/row_values.h"

namespace leadflow::store {

absl::StatusOr<std::optional<std::string>> FindRecordedResponse(
    PgWrite& write, absl::string_view method, const std::string& request_id,
    const std::string& fingerprint) {
  // Two servers running the same request at once: the second waits here
  // until the first commits, and then finds its response. (Without the lock
  // it would go on to run the request against the state the first left,
  // e.g. convert an already converted lead.) The lock is per key hash, so a
  // rare collision only makes two requests take turns.
  Exec(write.transaction(), "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
       {absl::StrCat(method, "\n", request_id)});
  pqxx::result rows = Exec(write.transaction(),
                           "SELECT fingerprint, response FROM idempotency_keys "
                           "WHERE method = $1 AND request_id = $2",
                           {std::string(method), request_id});
  if (rows.empty()) return std::nullopt;
  if (BytesOf(rows[0][0]) != fingerprint) {
    return domain::InvalidField(
        "request_id",
        absl::StrCat(domain::QuoteForError(request_id),
                     " was already used for a different request; use a "
                     "fresh request_id for each distinct request"),
        leadflow::v1::REQUEST_ID_REUSED);
  }
  return BytesOf(rows[0][1]);
}

void RecordResponse(PgWrite& write, absl::string_view method, const std::string& request_id,
                    const std::string& fingerprint, const google::protobuf::Message& response) {
  PgParams params;
  params.Text(std::string(method));
  params.Text(request_id);
  params.Bytes(fingerprint);
  params.Bytes(response.SerializeAsString());
  params.Integer(ToMicros(absl::Now()));
  params.Exec(write.transaction(),
              "INSERT INTO idempotency_keys "
              "(method, request_id, fingerprint, response, create_time_us) "
              "VALUES ($1, $2, $3, $4, $5)");
}

}  // namespace leadflow::store
