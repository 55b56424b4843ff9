#include "store/sqlite_events.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/errors.h"
#include "store/row_values.h"

namespace leadflow::store {
namespace {

// How far pruning has gone: every event up to this sequence is gone.
std::int64_t PrunedThrough(SqliteConnection& connection) {
  ScopedStatement query =
      connection.Prepare("SELECT pruned_through FROM event_feed WHERE id = 1");
  return query->executeStep() ? query->getColumn(0).getInt64() : 0;
}

// "(?, ?, ?)" with one parameter per value, appended to `params`.
template <typename Values>
std::string InList(const Values& values, std::vector<SqlValue>& params) {
  std::vector<std::string> marks;
  for (int value : values) {
    marks.emplace_back("?");
    params.emplace_back(std::int64_t{value});
  }
  return absl::StrCat("(", absl::StrJoin(marks, ", "), ")");
}

// The statement that reads the next matching events after the first
// parameter and up to the second.
std::string SelectEvents(const leadflow::v1::EventFilter& filter, int limit,
                         std::vector<SqlValue>& params) {
  std::string sql = "SELECT sequence, event FROM events WHERE sequence > ? AND sequence <= ?";
  if (!filter.resource_types().empty()) {
    absl::StrAppend(&sql, " AND resource_type IN ", InList(filter.resource_types(), params));
  }
  if (!filter.types().empty()) {
    absl::StrAppend(&sql, " AND type IN ", InList(filter.types(), params));
  }
  if (!filter.resource().empty()) {
    absl::StrAppend(&sql, " AND resource = ?");
    params.emplace_back(filter.resource());
  }
  absl::StrAppend(&sql, " ORDER BY sequence LIMIT ", limit);
  return sql;
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
  EventBatch batch;
  batch.latest = LatestEventSequence(connection);
  const std::int64_t pruned_through = PrunedThrough(connection);
  if (query.after_sequence > batch.latest) {
    return domain::FeedPosition(
        absl::StatusCode::kOutOfRange, leadflow::v1::CURSOR_AHEAD, "latest_sequence",
        batch.latest,
        absl::StrCat("after_sequence ", query.after_sequence, " is beyond the newest event, ",
                     batch.latest,
                     ": the cursor comes from another database, or from before a restore"));
  }
  if (query.after_sequence != 0 && query.after_sequence < pruned_through) {
    return domain::FeedPosition(
        absl::StatusCode::kOutOfRange, leadflow::v1::CURSOR_EXPIRED, "oldest_sequence",
        pruned_through + 1,
        absl::StrCat("the events after ", query.after_sequence,
                     " are no longer kept: the oldest kept is ", pruned_through + 1,
                     "; rebuild from the List calls and resume from there"));
  }
  const std::int64_t from = std::max(query.after_sequence, pruned_through);
  // A resource filter reads through its index; other reads look a bounded
  // number of sequences ahead.
  const std::int64_t upper = query.filter.resource().empty()
                                 ? std::min(batch.latest, from + query.max_scan)
                                 : batch.latest;
  std::vector<SqlValue> params = {from, upper};
  const int limit = std::max(1, query.max_events);
  const std::string sql = SelectEvents(query.filter, limit, params);
  ScopedStatement rows = connection.PrepareBound(sql, params);
  std::size_t bytes = 0;
  bool full = false;
  while (rows->executeStep()) {
    SQLite::Column blob = rows->getColumn(1);
    if (!batch.events.empty() && bytes + blob.getBytes() > query.max_bytes) {
      full = true;
      break;
    }
    bytes += blob.getBytes();
    leadflow::v1::Event& event = batch.events.emplace_back();
    event.ParseFromArray(blob.getBlob(), blob.getBytes());
    event.set_sequence(rows->getColumn(0).getInt64());
  }
  full = full || static_cast<int>(batch.events.size()) == limit;
  batch.checkpoint = full ? batch.events.back().sequence() : upper;
  return batch;
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
