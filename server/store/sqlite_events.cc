#include "store/sqlite_events.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/event_reads.h"
#include "store/row_values.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

// How far pruning has gone: every event up to this sequence is gone.
std::int64_t PrunedThrough(SqliteConnection& connection) {
  ScopedStatement query =
      connection.Prepare("SELECT pruned_through FROM event_feed WHERE id = 1");
  return query->executeStep() ? query->getColumn(0).getInt64() : 0;
}

}  // namespace

void AppendEvent(SqliteConnection& connection, leadflow::v1::Event& event) {
  ScopedStatement insert = connection.Prepare(
      "INSERT INTO events (commit_time_us, resource_type, type, resource, event) "
      "VALUES (?, ?, ?, ?, ?)");
  insert->bind(1, static_cast<int64_t>(ToMicros(event.commit_time())));
  insert->bind(2, static_cast<int>(event.resource_type()));
  insert->bind(3, static_cast<int>(event.type()));
  insert->bind(4, event.resource());
  // Stored without its sequence, which is the row's key.
  const std::string bytes = event.SerializeAsString();
  insert->bind(5, bytes.data(), static_cast<int>(bytes.size()));
  insert->exec();
  event.set_sequence(connection.db().getLastInsertRowid());
}

std::int64_t LatestEventSequence(SqliteConnection& connection) {
  // AUTOINCREMENT keeps the largest sequence ever used here, even when the
  // events themselves were pruned.
  ScopedStatement query =
      connection.Prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'");
  return query->executeStep() ? query->getColumn(0).getInt64() : 0;
}

absl::StatusOr<EventBatch> ReadEvents(SqliteConnection& connection, const EventQuery& query) {
  // One snapshot for the bounds and the rows, so that `latest` and the
  // checkpoint describe exactly what was read.
  SQLite::Transaction snapshot(connection.db());
  const std::int64_t latest = LatestEventSequence(connection);
  LEADFLOW_ASSIGN_OR_RETURN(
      const EventScan scan,
      PlanEventScan(query, latest, PrunedThrough(connection), SqliteDialect()));
  EventBatchBuilder batch(query, scan, latest);
  ScopedStatement rows = connection.PrepareBound(scan.sql, scan.params);
  while (rows->executeStep()) {
    SQLite::Column bytes = rows->getColumn(1);
    if (!batch.Add(rows->getColumn(0).getInt64(),
                   absl::string_view(static_cast<const char*>(bytes.getBlob()),
                                     static_cast<std::size_t>(bytes.getBytes())))) {
      break;
    }
  }
  return std::move(batch).Finish();
}

std::int64_t PruneEvents(SqliteConnection& connection, const EventRetention& retention,
                         absl::Time now, int max_rows) {
  const std::int64_t pruned_through = PrunedThrough(connection);
  const std::int64_t beyond_count = LatestEventSequence(connection) - retention.max_count;
  const std::int64_t too_old = ToMicros(now - retention.max_age);
  // Events go oldest first, so what is kept is always every event after
  // one sequence: that is what makes a cursor either valid or expired.
  ScopedStatement oldest = connection.PrepareBound(
      absl::StrCat("SELECT sequence, commit_time_us FROM events WHERE sequence > ? "
                   "ORDER BY sequence LIMIT ",
                   max_rows),
      {pruned_through});
  std::int64_t last = pruned_through;
  std::int64_t count = 0;
  while (oldest->executeStep()) {
    const std::int64_t sequence = oldest->getColumn(0).getInt64();
    if (sequence > beyond_count && oldest->getColumn(1).getInt64() >= too_old) break;
    last = sequence;
    ++count;
  }
  oldest->reset();
  if (count == 0) return 0;
  connection.PrepareBound("DELETE FROM events WHERE sequence > ? AND sequence <= ?",
                          {pruned_through, last})
      ->exec();
  connection.PrepareBound("UPDATE event_feed SET pruned_through = ? WHERE id = 1", {last})
      ->exec();
  return count;
}

}  // namespace leadflow::store
