#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_EVENTS_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_EVENTS_H_

// Reading the change feed's outbox on PostgreSQL (writes append to it
// through PgWrite, which explains how sequences are ordered).

#include <cstdint>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "store/postgres/pg_write.h"
#include "store/store.h"

namespace leadflow::store {

// The events after `query.after_sequence` (see Store::ReadEvents), read in
// one REPEATABLE READ snapshot so that `latest` and the rows agree.
absl::StatusOr<EventBatch> ReadPgEvents(pqxx::connection& connection, const EventQuery& query);

// The newest sequence ever assigned; 0 before the first.
std::int64_t LatestPgEventSequence(pqxx::transaction_base& transaction);

// Removes up to `max_rows` of the oldest events that `retention` no longer
// keeps (older than its age at `now`, or beyond its count), always a
// prefix, and records how far pruning went. Returns how many it removed.
// Several servers may prune the same database: one at a time does (an
// advisory lock; the others return 0), and the event_feed row, whose lock
// orders committing writers (pg_write.h), is only updated last, so writers
// wait at most for this write's commit.
std::int64_t PrunePgEvents(PgWrite& write, const EventRetention& retention, absl::Time now,
                           int max_rows);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_EVENTS_H_
