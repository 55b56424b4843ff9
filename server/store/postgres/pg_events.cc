#include "store/postgres/pg_events.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/errors.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_rows.h"
#include "store/row_values.h"

namespace leadflow::store {
namespace {

// "($3, $4)" with one parameter per value, appended to `params`.
template <typename Values>
std::string InList(const Values& values, std::vector<SqlValue>& params) {
  std::vector<std::string> marks;
  for (int value : values) {
    params.emplace_back(std::int64_t{value});
    marks.push_back(absl::StrCat("$", params.size()));
  }
  return absl::StrCat("(", absl::StrJoin(marks, ", "), ")");
}

// The statement that reads the next matching events after $1 and up to $2.
std::string SelectEvents(const leadflow::v1::EventFilter& filter, int limit,
                         std::vector<SqlValue>& params) {
  std::string sql =
      "SELECT sequence, event FROM events WHERE sequence > $1 AND sequence <= $2";
  if (!filter.resource_types().empty()) {
    absl::StrAppend(&sql, " AND resource_type IN ", InList(filter.resource_types(), params));
  }
  if (!filter.types().empty()) {
    absl::StrAppend(&sql, " AND type IN ", InList(filter.types(), params));
  }
  if (!filter.resource().empty()) {
    params.emplace_back(filter.resource());
    absl::StrAppend(&sql, " AND resource = $", params.size());
  }
  absl::StrAppend(&sql, " ORDER BY sequence LIMIT ", limit);
  return sql;
}

}  // namespace

std::int64_t LatestPgEventSequence(pqxx::transaction_base& transaction) {
  pqxx::result rows = transaction.exec("SELECT last_sequence FROM event_feed WHERE id = 1");
  return rows.empty() ? 0 : rows[0][0].as<std::int64_t>();
}

absl::StatusOr<EventBatch> ReadPgEvents(pqxx::connection& connection, const EventQuery& query) {
  pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> snapshot(connection);
  EventBatch batch;
  pqxx::result feed =
      snapshot.exec("SELECT last_sequence, pruned_through FROM event_feed WHERE id = 1");
  batch.latest = feed[0][0].as<std::int64_t>();
  const std::int64_t pruned_through = feed[0][1].as<std::int64_t>();
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
  const std::int64_t upper = query.filter.resource().empty()
                                 ? std::min(batch.latest, from + query.max_scan)
                                 : batch.latest;
  std::vector<SqlValue> params = {from, upper};
  const int limit = std::max(1, query.max_events);
  const std::string sql = SelectEvents(query.filter, limit, params);
  pqxx::result rows = Exec(snapshot, sql, params);
  std::size_t bytes = 0;
  bool full = false;
  for (const pqxx::row& row : rows) {
    std::string blob = BytesOf(row[1]);
    if (!batch.events.empty() && bytes + blob.size() > query.max_bytes) {
      full = true;
      break;
    }
    bytes += blob.size();
    leadflow::v1::Event& event = batch.events.emplace_back();
    event.ParseFromString(blob);
    event.set_sequence(row[0].as<std::int64_t>());
  }
  full = full || static_cast<int>(batch.events.size()) == limit;
  batch.checkpoint = full ? batch.events.back().sequence() : upper;
  snapshot.commit();
  return batch;
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
