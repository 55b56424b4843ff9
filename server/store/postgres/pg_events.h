#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_EVENTS_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_EVENTS_H_

// Reading the change feed's outbox on PostgreSQL (writes append to it
// through PgWrite, which explains how sequences are ordered).

#include <cstdint>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "store/store.h"

namespace leadflow::store {

// The events after `query.after_sequence` (see Store::ReadEvents), read in
// one REPEATABLE READ snapshot so that `latest` and the rows agree.
absl::StatusOr<EventBatch> ReadPgEvents(pqxx::connection& connection, const EventQuery& query);

// The newest sequence ever assigned; 0 before the first.
std::int64_t LatestPgEventSequence(pqxx::transaction_base& transaction);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_EVENTS_H_
