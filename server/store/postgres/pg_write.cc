#include "store/postgres/pg_write.h"

#include <thread>

#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "store/postgres/pg_commit_watcher.h"
#include "store/postgres/pg_errors.h"
#include "store/postgres/pg_params.h"
#include "store/record_writes.h"
#include "store/row_values.h"

namespace leadflow::store {
namespace {

// Runs of one write before its retryable failure is reported. Each is a
// fresh transaction; conflicts between a handful of writers clear in one
// or two.
constexpr int kMaxAttempts = 5;

}  // namespace

bool PgWrite::Commit() {
  const bool appends = !pending_.empty();
  if (appends) {
    PgParams count;
    count.Integer(static_cast<std::int64_t>(pending_.size()));
    const pqxx::result last = count.Exec(
        transaction_,
        "UPDATE event_feed SET last_sequence = last_sequence + $1 WHERE id = 1 "
        "RETURNING last_sequence");
    std::int64_t sequence =
        last[0][0].as<std::int64_t>() - static_cast<std::int64_t>(pending_.size());
    for (leadflow::v1::Event& event : pending_) {
      event.set_sequence(++sequence);
      PgParams row;
      row.Integer(sequence);
      row.Integer(ToMicros(event.commit_time()));
      row.Integer(event.resource_type());
      row.Integer(event.type());
      row.Text(event.resource());
      // Stored without its sequence, which is the row's key.
      event.clear_sequence();
      row.Bytes(event.SerializeAsString());
      row.Exec(transaction_,
               "INSERT INTO events (sequence, commit_time_us, resource_type, type, resource, "
               "event) VALUES ($1, $2, $3, $4, $5, $6)");
    }
  }
  if (appends) {
    // Delivered at commit to every server's PgCommitWatcher.
    transaction_.exec(absl::StrCat("NOTIFY ", kEventsChannel));
  }
  transaction_.commit();
  return appends;
}

void RecordEvent(PgWrite& write, const google::protobuf::Message* before,
                 const google::protobuf::Message* after, const WriteOrigin& origin,
                 absl::Time now, const leadflow::v1::ConversionPlan* conversion) {
  write.AppendEvent(WriteEvent(before, after, origin, now, conversion));
}

absl::Status RunPgWrite(PgConnectionPool& pool, absl::FunctionRef<absl::Status(PgWrite&)> apply,
                        bool& committed_events) {
  committed_events = false;
  for (int attempt = 1;; ++attempt) {
    absl::StatusOr<PgConnectionPool::Lease> connection = pool.Acquire();
    if (!connection.ok()) return connection.status();
    try {
      PgWrite write(**connection);
      absl::Status status = apply(write);
      if (!status.ok()) return status;  // the transaction rolls back
      committed_events = write.Commit();
      return absl::OkStatus();
    } catch (const std::exception& e) {
      if (!IsRetryable(e) || attempt == kMaxAttempts) return PgStorageError(e);
    }
    // Let the transaction we collided with finish before trying again.
    std::this_thread::sleep_for(std::chrono::milliseconds(attempt));
  }
}

}  // namespace leadflow::store
