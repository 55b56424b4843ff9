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
  if (pending_.empty()) {
    transaction_.commit();
    return false;
  }
  // Delivered at commit to every server's PgCommitWatcher. Sent before the
  // counter row is locked, like everything that need not be under it.
  transaction_.exec(absl::StrCat("NOTIFY ", kEventsChannel));
  // The counter row's lock orders every server's appending commits, so it
  // is held for as little as possible: one statement takes the sequences
  // and inserts the events, and the commit follows at once.
  PgParams params;
  params.Integer(static_cast<std::int64_t>(pending_.size()));
  std::string rows;
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    const leadflow::v1::Event& event = pending_[i];
    const std::size_t first = params.size() + 1;
    params.Integer(static_cast<std::int64_t>(i + 1));
    params.Integer(ToMicros(event.commit_time()));
    params.Integer(event.resource_type());
    params.Integer(event.type());
    params.Text(event.resource());
    // Stored without its sequence, which is the row's key.
    params.Bytes(event.SerializeAsString());
    absl::StrAppend(&rows, i == 0 ? "" : ", ", "($", first, "::bigint, $", first + 1,
                    "::bigint, $", first + 2, "::integer, $", first + 3, "::integer, $",
                    first + 4, "::text, $", first + 5, "::bytea)");
  }
  params.Exec(transaction_,
              absl::StrCat("WITH feed AS (UPDATE event_feed SET last_sequence = last_sequence + $1 "
                           "WHERE id = 1 RETURNING last_sequence - $1 AS base) "
                           "INSERT INTO events (sequence, commit_time_us, resource_type, type, "
                           "resource, event) "
                           "SELECT feed.base + v.n, v.commit_time_us, v.resource_type, v.type, "
                           "v.resource, v.event FROM feed, (VALUES ",
                           rows,
                           ") AS v (n, commit_time_us, resource_type, type, resource, event)"));
  transaction_.commit();
  return true;
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
