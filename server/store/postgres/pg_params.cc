#include "store/postgres/pg_params.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"

namespace leadflow::store {

PgParams::PgParams(const std::vector<SqlValue>& values) {
  for (const SqlValue& value : values) Add(value);
}

void PgParams::Integer(std::int64_t value) { values_.emplace_back(absl::StrCat(value)); }

void PgParams::Bytes(const std::string& value) {
  values_.emplace_back(absl::StrCat("\\x", absl::BytesToHexString(value)));
}

void PgParams::Add(const SqlValue& value) {
  if (const auto* number = std::get_if<std::int64_t>(&value)) {
    Integer(*number);
  } else {
    Text(std::get<std::string>(value));
  }
}

pqxx::result PgParams::Exec(pqxx::transaction_base& transaction, const std::string& sql) const {
  // libpqxx reads each value through a C string; nullptr is SQL NULL.
  std::vector<const char*> raw;
  raw.reserve(values_.size());
  for (const std::optional<std::string>& value : values_) {
    raw.push_back(value.has_value() ? value->c_str() : nullptr);
  }
  return transaction.exec_params(sql, pqxx::prepare::make_dynamic_params(raw));
}

pqxx::result Exec(pqxx::transaction_base& transaction, const std::string& sql,
                  const std::vector<SqlValue>& params) {
  return PgParams(params).Exec(transaction, sql);
}

}  // namespace leadflow::store
