#include "store/sql_dialect.h"

#include "absl/strings/str_cat.h"

namespace leadflow::store {

std::string SqlDialect::Parameter(std::size_t index) const {
  return numbered_parameters ? absl::StrCat("$", index) : "?";
}

const SqlDialect& SqliteDialect() {
  static constexpr SqlDialect kDialect{false, "1", "IS NOT", "LIKE"};
  return kDialect;
}

const SqlDialect& PostgresDialect() {
  static constexpr SqlDialect kDialect{true, "TRUE", "IS DISTINCT FROM", "ILIKE"};
  return kDialect;
}

}  // namespace leadflow::store
