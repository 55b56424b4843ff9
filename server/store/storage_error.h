#ifndef LEADFLOW_SERVER_STORE_STORAGE_ERROR_H_
#define LEADFLOW_SERVER_STORE_STORAGE_ERROR_H_

// The one translation of a failure thrown by SQLite (or by the code around
// it) into the status a caller sees, so that a full disk, a read-only file
// and a busy database each get the code and reason a client can act on.

#include <exception>

#include "absl/status/status.h"

namespace leadflow::store {

// RESOURCE_EXHAUSTED (STORAGE_FULL) when the disk is full; UNAVAILABLE
// (SERVICE_UNAVAILABLE) when the database is busy, locked or has become
// read-only under the server; INTERNAL (INTERNAL_ERROR) otherwise.
absl::Status StorageError(const std::exception& e);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_STORAGE_ERROR_H_
