#include "store/sqlite_connection.h"

#include <sqlite3.h>

namespace leadflow::store {
namespace {

// Filters make SQL text vary; past this many distinct statements the cache
// starts over rather than growing without bound.
constexpr std::size_t kMaxCachedStatements = 128;
constexpr int kBusyTimeoutMs = 5000;

int OpenFlags(SqliteConnection::Mode mode) {
  return mode == SqliteConnection::Mode::kReadOnly
             ? SQLite::OPEN_READONLY
             : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
}

}  // namespace

SqliteConnection::SqliteConnection(const std::string& path, Mode mode)
    : db_(path, OpenFlags(mode) | SQLite::OPEN_NOMUTEX, kBusyTimeoutMs) {
  if (mode == Mode::kReadWrite && sqlite3_db_readonly(db_.getHandle(), "main") == 1) {
    // SQLite quietly opens a file it may not write read-only; every write
    // would then fail. Say so now, at start-up, instead.
    throw SQLite::Exception(
        "the database file is read-only (its permissions or a read-only file system); "
        "the server must be able to write it",
        SQLITE_READONLY);
  }
  db_.exec("PRAGMA foreign_keys = ON");
  if (mode == Mode::kReadWrite) {
    db_.exec("PRAGMA journal_mode = WAL");
    // FULL: a commit is on disk before the caller hears of it, so an
    // acknowledged write survives a crash or power loss. Group commit keeps
    // the cost of the extra sync per batch, not per request.
    db_.exec("PRAGMA synchronous = FULL");
    // Each write job of a group runs under a savepoint, so that one can
    // roll back alone; SQLite copies every page a job changes into a
    // savepoint journal first. In memory that copy is a memcpy; in a
    // temporary file it was a pwrite per page, three times as many as
    // the WAL's own (measured under CreateLead load). The WAL alone makes
    // a commit durable, so nothing durable lives there.
    db_.exec("PRAGMA temp_store = MEMORY");
    // 64 MiB of page cache instead of SQLite's 2 MiB: each write descends
    // every index of its table (eleven on leads), and at 10 million leads
    // their inner pages alone are tens of megabytes; what the cache lacks
    // the writer reads back from the OS with a pread per page.
    db_.exec("PRAGMA cache_size = -65536");
  } else {
    db_.exec("PRAGMA query_only = ON");
  }
}

ScopedStatement SqliteConnection::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    if (cache_.size() >= kMaxCachedStatements) cache_.clear();
    it = cache_.emplace(sql, std::make_unique<SQLite::Statement>(db_, sql)).first;
  }
  SQLite::Statement& statement = *it->second;
  statement.tryReset();
  statement.clearBindings();
  return ScopedStatement(statement);
}

ScopedStatement SqliteConnection::PrepareBound(
    const std::string& sql, const std::vector<SqlValue>& params) {
  ScopedStatement statement = Prepare(sql);
  for (std::size_t i = 0; i < params.size(); ++i) {
    Bind(*statement, static_cast<int>(i + 1), params[i]);
  }
  return statement;
}

void Bind(SQLite::Statement& statement, int index, const SqlValue& value) {
  if (const auto* number = std::get_if<std::int64_t>(&value)) {
    statement.bind(index, static_cast<int64_t>(*number));
  } else {
    statement.bind(index, std::get<std::string>(value));
  }
}

}  // namespace leadflow::store
