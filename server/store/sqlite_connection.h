#ifndef LEADFLOW_SERVER_STORE_SQLITE_CONNECTION_H_
#define LEADFLOW_SERVER_STORE_SQLITE_CONNECTION_H_

// One SQLite connection with its cache of prepared statements. Not
// thread-safe: each connection is used by one thread at a time (the writer
// thread, or a reader that checked it out of the pool).

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/container/flat_hash_map.h"
#include "store/sql_value.h"

namespace leadflow::store {

// A cached statement in use. Resets the statement when it goes out of
// scope: a statement left mid-result keeps the connection's read snapshot
// open, and later queries on the connection would see stale data.
class ScopedStatement {
 public:
  explicit ScopedStatement(SQLite::Statement& statement) : statement_(&statement) {}
  ScopedStatement(const ScopedStatement&) = delete;
  ScopedStatement& operator=(const ScopedStatement&) = delete;
  ScopedStatement(ScopedStatement&& other) noexcept
      : statement_(std::exchange(other.statement_, nullptr)) {}
  ~ScopedStatement() {
    if (statement_ != nullptr) statement_->tryReset();
  }

  SQLite::Statement& operator*() { return *statement_; }
  SQLite::Statement* operator->() { return statement_; }

 private:
  SQLite::Statement* statement_;
};

class SqliteConnection {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens `path` with WAL, foreign keys on and a busy timeout. Throws
  // SQLite::Exception when the file cannot be opened.
  SqliteConnection(const std::string& path, Mode mode);

  SQLite::Database& db() { return db_; }

  // The prepared statement for `sql`, with its bindings cleared.
  // Statements are cached per connection: preparing is a large share of a
  // point query's cost.
  ScopedStatement Prepare(const std::string& sql);

  // Prepare(sql) with `params` bound to its `?`s in order.
  ScopedStatement PrepareBound(const std::string& sql,
                                  const std::vector<SqlValue>& params);

 private:
  SQLite::Database db_;
  absl::flat_hash_map<std::string, std::unique_ptr<SQLite::Statement>> cache_;
};

// Binds `value` to the 1-based parameter `index` of `statement`.
void Bind(SQLite::Statement& statement, int index, const SqlValue& value);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_CONNECTION_H_
