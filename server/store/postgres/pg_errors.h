#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_ERRORS_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_ERRORS_H_

// The one translation of what libpqxx throws into the status a caller
// sees, and which failures a write may simply run again.

#include <exception>

#include "absl/status/status.h"

namespace leadflow::store {

// UNAVAILABLE when the database cannot be reached or is shutting down (the
// call may be retried once it is back); RESOURCE_EXHAUSTED (STORAGE_FULL)
// when its disk is full; INTERNAL otherwise.
absl::Status PgStorageError(const std::exception& e);

// Whether a transaction that failed with `e` changed nothing and may run
// again with a fair chance of success: a serialization failure, a deadlock,
// or a unique key another transaction took first (a concurrent retry of the
// same request_id, which the next run finds recorded).
bool IsRetryable(const std::exception& e);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_ERRORS_H_
