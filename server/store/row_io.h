#ifndef LEADFLOW_SERVER_STORE_ROW_IO_H_
#define LEADFLOW_SERVER_STORE_ROW_IO_H_

// The values of one row, in column order, as ResourceTable writes and reads
// them: the seam between its column mapping, which is the same for every
// engine, and an engine's statements (SQLite's in resource_table.cc,
// PostgreSQL's in postgres/pg_rows.h).

#include <cstdint>
#include <string>

namespace leadflow::store {

// Receives the parameters of a statement, one column after another.
class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual void Text(const std::string& value) = 0;
  virtual void Integer(std::int64_t value) = 0;
  virtual void Bytes(const std::string& value) = 0;
  virtual void Null() = 0;
};

// Yields the columns of a result row, one after another.
class RowSource {
 public:
  virtual ~RowSource() = default;
  // Whether the next column is NULL; does not move on.
  virtual bool NextIsNull() = 0;
  // The next column's value; each moves on to the column after it.
  virtual std::string Text() = 0;
  virtual std::int64_t Integer() = 0;
  virtual std::string Bytes() = 0;
  // Moves past a NULL column.
  virtual void Skip() = 0;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_ROW_IO_H_
