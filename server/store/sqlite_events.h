#ifndef LEADFLOW_SERVER_STORE_SQLITE_EVENTS_H_
#define LEADFLOW_SERVER_STORE_SQLITE_EVENTS_H_

// The change feed's outbox on SQLite: one row of `events` per committed
// change, appended by the write job that makes the change, inside its
// transaction — so an event exists exactly when its change committed.
//
// Sequence numbers come from SQLite's AUTOINCREMENT, assigned by the one
// writer thread in the order its jobs run, and a group commits all its jobs
// at once: commit order is sequence order. A reader that sees sequence N
// therefore sees every event before it, which is what lets a consumer keep
// a single number as its cursor. AUTOINCREMENT also never reuses a
// sequence, even after the newest events were pruned; a job rolled back
// takes its sequences with it, so committed sequences have no gaps.

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "leadflow/v1/event.pb.h"
#include "store/sqlite_connection.h"
#include "store/store.h"

namespace leadflow::store {

// Appends `event` (its sequence unset) to the outbox and sets its sequence.
// Must run inside a write job.
void AppendEvent(SqliteConnection& connection, leadflow::v1::Event& event);

// The events after `query.after_sequence` (see Store::ReadEvents), read in
// one snapshot.
absl::StatusOr<EventBatch> ReadEvents(SqliteConnection& connection, const EventQuery& query);

// The sequence of the newest event ever appended; 0 before the first.
std::int64_t LatestEventSequence(SqliteConnection& connection);

// Removes up to `max_rows` of the oldest events that `retention` no longer
// keeps (older than its age at `now`, or beyond its count) and records how
// far pruning went. Must run inside a write job. Returns how many it removed.
std::int64_t PruneEvents(SqliteConnection& connection, const EventRetention& retention,
                         absl::Time now, int max_rows);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_EVENTS_H_
