#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_PARAMS_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_PARAMS_H_

// The parameters ($1, $2, ...) of one PostgreSQL statement, and running a
// statement with them. Values travel in libpq's text format, which
// PostgreSQL converts to each parameter's inferred type (BIGINT, TEXT,
// BYTEA): integers as decimal text, bytes as bytea's hex form "\x...".

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "store/row_io.h"
#include "store/sql_value.h"

namespace leadflow::store {

class PgParams final : public RowSink {
 public:
  PgParams() = default;
  explicit PgParams(const std::vector<SqlValue>& values);

  void Text(const std::string& value) override { values_.emplace_back(value); }
  void Integer(std::int64_t value) override;
  void Bytes(const std::string& value) override;
  void Null() override { values_.emplace_back(std::nullopt); }
  void Add(const SqlValue& value);

  std::size_t size() const { return values_.size(); }

  // Runs `sql` with these parameters in `transaction`.
  pqxx::result Exec(pqxx::transaction_base& transaction, const std::string& sql) const;

 private:
  std::vector<std::optional<std::string>> values_;
};

// Runs `sql` with `params` in `transaction`.
pqxx::result Exec(pqxx::transaction_base& transaction, const std::string& sql,
                  const std::vector<SqlValue>& params = {});

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_PARAMS_H_
