#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_MIGRATIONS_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_MIGRATIONS_H_

// The PostgreSQL schema, versioned like SQLite's: each version is a script
// applied once, and the versions applied are rows of schema_migrations.

#include <string>

#include <pqxx/pqxx>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace leadflow::store {

// The newest schema version this build knows.
int LatestPgSchemaVersion();

// Brings the database to LatestPgSchemaVersion() and makes sure its secrets
// exist. FAILED_PRECONDITION for a database from a newer Leadflow;
// UNAVAILABLE when it cannot be reached; INTERNAL when a step fails.
absl::Status MigratePg(pqxx::connection& connection);

// The key that signs page tokens, the same for every server of a database.
absl::StatusOr<std::string> ReadPgPageTokenKey(pqxx::connection& connection);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_MIGRATIONS_H_
