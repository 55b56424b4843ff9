#include "e2e/crash_rounds_sqlite.h"

#include <sqlite3.h>

namespace leadflow::crash_rounds {
namespace {

// Every row of `sql`, its columns joined with " | ". Errors come back as a
// single row starting with "error:".
std::vector<std::string> Rows(sqlite3* db, const char* sql) {
  std::vector<std::string> rows;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
    return {std::string("error: ") + sql + ": " + sqlite3_errmsg(db)};
  }
  int rc;
  while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(statement); ++i) {
      if (i > 0) row += " | ";
      const unsigned char* text = sqlite3_column_text(statement, i);
      row += text != nullptr ? reinterpret_cast<const char*>(text) : "NULL";
    }
    rows.push_back(row);
  }
  if (rc != SQLITE_DONE) {
    rows.push_back(std::string("error: ") + sql + ": " + sqlite3_errmsg(db));
  }
  sqlite3_finalize(statement);
  return rows;
}

}  // namespace

std::vector<std::string> CheckDatabaseFile(const std::string& db_path) {
  sqlite3* db = nullptr;
  std::vector<std::string> problems;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    problems.push_back("cannot open " + db_path + ": " +
                       (db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return problems;
  }
  // A killed writer may leave the file locked for a moment; wait rather
  // than report SQLITE_BUSY as corruption.
  sqlite3_busy_timeout(db, 5000);
  std::vector<std::string> integrity = Rows(db, "PRAGMA integrity_check");
  if (integrity != std::vector<std::string>{"ok"}) {
    for (const std::string& row : integrity) problems.push_back("integrity_check: " + row);
  }
  for (const std::string& row : Rows(db, "PRAGMA foreign_key_check")) {
    problems.push_back("foreign_key_check: " + row);
  }
  sqlite3_close(db);
  return problems;
}

}  // namespace leadflow::crash_rounds
