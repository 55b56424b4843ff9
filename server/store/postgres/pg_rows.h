#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_ROWS_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_ROWS_H_

// A PostgreSQL result row as ResourceTable's RowSource, and values of
// result fields in the store's terms.

#include <cstdint>
#include <string>

#include <pqxx/pqxx>

#include "store/row_io.h"
#include "store/sql_value.h"

namespace leadflow::store {

class PgRowSource final : public RowSource {
 public:
  explicit PgRowSource(const pqxx::row& row, int first = 0) : row_(row), index_(first) {}
  bool NextIsNull() override;
  std::string Text() override;
  std::int64_t Integer() override;
  std::string Bytes() override;
  void Skip() override { ++index_; }

 private:
  const pqxx::row& row_;
  int index_;
};

// A BYTEA field's bytes.
std::string BytesOf(const pqxx::field& field);

// A field as a keyset value: integer columns as numbers, others as text.
SqlValue KeyValueOf(const pqxx::field& field);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_ROWS_H_
