#ifndef LEADFLOW_SERVER_STORE_SQLITE_CAPTURE_H_
#define LEADFLOW_SERVER_STORE_SQLITE_CAPTURE_H_

// SQLite's side of lead capture (lead_capture_writes.h): the duplicate-key
// index, the assignment rules' round-robin cursors and daily counts, and
// the progress of resumable imports. Each runs inside the caller's write
// job (or read, for lookups), so it commits with the write it serves.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/strings/string_view.h"
#include "store/sqlite_connection.h"
#include "store/store.h"

namespace leadflow::store {

// Adds and removes stored keys (domain::StoredKey forms) of `record`.
void InsertDuplicateKeys(SqliteConnection& connection, const std::string& record,
                         const std::vector<std::string>& keys);
void DeleteDuplicateKeys(SqliteConnection& connection, const std::string& record,
                         const std::vector<std::string>& keys);

// (key, record) for every stored key among `keys`, at most `limit` pairs.
std::vector<std::pair<std::string, std::string>> RecordsWithKeys(
    SqliteConnection& connection, const std::vector<std::string>& keys, int limit);

// The round-robin cursor of assignment rule `rule`: 0 before its first use.
std::int64_t AssignmentCursor(SqliteConnection& connection, const std::string& rule);
void SetAssignmentCursor(SqliteConnection& connection, const std::string& rule,
                         std::int64_t cursor);

// How many leads `rule` gave `owner` on `day` ("YYYY-MM-DD"), and counting
// one more.
std::int64_t AssignedOnDay(SqliteConnection& connection, const std::string& rule,
                           const std::string& owner, const std::string& day);
void CountAssignment(SqliteConnection& connection, const std::string& rule,
                     const std::string& owner, const std::string& day);

std::optional<ImportProgress> ReadImportProgress(SqliteConnection& connection,
                                                 const std::string& request_id);
void WriteImportProgress(SqliteConnection& connection, const std::string& request_id,
                         const ImportProgress& progress, std::int64_t now_us);

// Fills the key index from every lead that is not converted and every
// contact: the upgrade to schema version 4 runs it once.
void BuildDuplicateKeys(SQLite::Database& db);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_CAPTURE_H_
