#ifndef LEADFLOW_SERVER_STORE_MIGRATIONS_H_
#define LEADFLOW_SERVER_STORE_MIGRATIONS_H_

// Versioned schema migrations. The schema version is SQLite's
// `PRAGMA user_version`; migration N takes a database from version N-1 to N
// in one transaction, so a failed upgrade leaves the previous version intact.
// Migrations are append-only: a released one is never edited.

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/status/status.h"

namespace leadflow::store {

// The schema version this build creates and understands.
int LatestSchemaVersion();

// Applies every missing migration to `db`. FAILED_PRECONDITION, touching
// nothing, when the database was written by a newer Leadflow (its version is
// above LatestSchemaVersion()).
absl::Status Migrate(SQLite::Database& db);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_MIGRATIONS_H_
