#include "store/postgres/pg_rows.h"

namespace leadflow::store {
namespace {

// Type OIDs of PostgreSQL's integer types (pg_type.dat), fixed since
// forever: int8, int2, int4.
constexpr pqxx::oid kInt8 = 20;
constexpr pqxx::oid kInt2 = 21;
constexpr pqxx::oid kInt4 = 23;

}  // namespace

bool PgRowSource::NextIsNull() { return row_[index_].is_null(); }

std::string PgRowSource::Text() { return row_[index_++].as<std::string>(); }

std::int64_t PgRowSource::Integer() { return row_[index_++].as<std::int64_t>(); }

std::string PgRowSource::Bytes() { return BytesOf(row_[index_++]); }

std::string BytesOf(const pqxx::field& field) { return pqxx::binarystring(field).str(); }

SqlValue KeyValueOf(const pqxx::field& field) {
  const pqxx::oid type = field.type();
  if (type == kInt8 || type == kInt4 || type == kInt2) return field.as<std::int64_t>();
  return field.as<std::string>();
}

}  // namespace leadflow::store
