#include "store/postgres/pg_events.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/event_reads.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_rows.h"
#include "store/row_values.h"
#include "util/status_macros.h"

namespace leadflow::store {

std::int64_t LatestPgEventSequence(pqxx::transaction_base& transaction) {
  pqxx::result rows = transaction.exec("SELECT last_sequence FROM event_feed WHERE id = 1");
  return rows.empty() ? 0 : rows[0][0].as<std::int64_t>();
}

absl::StatusOr<EventBatch> ReadPgEvents(pqxx::connection& connection, const EventQuery& query) {
  pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> snapshot(connection);
  pqxx::result feed =
      snapshot.exec("SELECT last_sequence, pruned_through FROM event_feed WHERE id = 1");
  const std::int64_t latest = feed[0][0].as<std::int64_t>();
  LEADFLOW_ASSIGN_OR_RETURN(
      const EventScan scan,
      PlanEventScan(query, latest, feed[0][1].as<std::int64_t>(), PostgresDialect()));
  EventBatchBuilder batch(query, scan, latest);
  for (const pqxx::row& row : Exec(snapshot, scan.sql, scan.params)) {
    if (!batch.Add(row[0].as<std::int64_t>(), BytesOf(row[1]))) break;
  }
  snapshot.commit();
  return std::move(batch).Finish();
}

std::int64_t PrunePgEvents(PgWrite& write, const EventRetention& retention, absl::Time now,
                           int max_rows) {
  // Any number, the same in every server: who prunes now.
  constexpr std::int64_t kPruneLock = 0x4c665072756e65;  // "LfPrune"
  pqxx::work& transaction = write.transaction();
  if (!transaction.exec1(absl::StrCat("SELECT pg_try_advisory_xact_lock(", kPruneLock, ")"))[0]
           .as<bool>()) {
    return 0;
  }
  const pqxx::row feed =
      transaction.exec1("SELECT last_sequence, pruned_through FROM event_feed WHERE id = 1");
  const std::int64_t pruned_through = feed[1].as<std::int64_t>();
  const std::int64_t beyond_count = feed[0].as<std::int64_t>() - retention.max_count;
  const std::int64_t too_old = ToMicros(now - retention.max_age);
  pqxx::result oldest = Exec(transaction,
                             absl::StrCat("SELECT sequence, commit_time_us FROM events "
                                          "WHERE sequence > $1 ORDER BY sequence LIMIT ",
                                          max_rows),
                             {pruned_through});
  std::int64_t last = pruned_through;
  std::int64_t count = 0;
  for (const pqxx::row& row : oldest) {
    const std::int64_t sequence = row[0].as<std::int64_t>();
    if (sequence > beyond_count && row[1].as<std::int64_t>() >= too_old) break;
    last = sequence;
    ++count;
  }
  if (count == 0) return 0;
  Exec(transaction, "DELETE FROM events WHERE sequence > $1 AND sequence <= $2",
       {pruned_through, last});
  Exec(transaction, "UPDATE event_feed SET pruned_through = $1 WHERE id = 1", {last});
  return count;
}

}  // namespace leadflow::store
