#ifndef LEADFLOW_SERVER_STORE_SQLITE_ROWS_H_
#define LEADFLOW_SERVER_STORE_SQLITE_ROWS_H_

// SQLite statements as the engine-neutral rows of row_io.h.

#include <cstdint>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/row_io.h"

namespace leadflow::store {

// A statement's parameters from `index` on as a RowSink, and the columns of
// its current row (from the first) as a RowSource.
class StatementSink final : public RowSink {
 public:
  StatementSink(SQLite::Statement& statement, int index) : statement_(statement), index_(index) {}
  void Text(const std::string& value) override { statement_.bind(index_++, value); }
  void Integer(std::int64_t value) override {
    statement_.bind(index_++, static_cast<int64_t>(value));
  }
  void Bytes(const std::string& value) override {
    statement_.bind(index_++, value.data(), static_cast<int>(value.size()));
  }
  void Null() override { statement_.bind(index_++); }

 private:
  SQLite::Statement& statement_;
  int index_;
};

class StatementSource final : public RowSource {
 public:
  explicit StatementSource(SQLite::Statement& statement) : statement_(statement) {}
  bool NextIsNull() override { return statement_.getColumn(index_).isNull(); }
  std::string Text() override { return statement_.getColumn(index_++).getString(); }
  std::int64_t Integer() override { return statement_.getColumn(index_++).getInt64(); }
  std::string Bytes() override {
    SQLite::Column column = statement_.getColumn(index_++);
    return std::string(static_cast<const char*>(column.getBlob()), column.getBytes());
  }
  void Skip() override { ++index_; }

 private:
  SQLite::Statement& statement_;
  int index_ = 0;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_ROWS_H_
