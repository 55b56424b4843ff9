#ifndef LEADFLOW_TESTS_E2E_CRASH_ROUNDS_SQLITE_H_
#define LEADFLOW_TESTS_E2E_CRASH_ROUNDS_SQLITE_H_

// Checks the database file itself, read-only and with SQLite alone (no
// advisory lock of the server's own), while no server has it open.

#include <string>
#include <vector>

namespace leadflow::crash_rounds {

// Runs PRAGMA integrity_check and PRAGMA foreign_key_check. Returns the
// problems found; empty when the file is sound.
std::vector<std::string> CheckDatabaseFile(const std::string& db_path);

}  // namespace leadflow::crash_rounds

#endif  // LEADFLOW_TESTS_E2E_CRASH_ROUNDS_SQLITE_H_
