#ifndef LEADFLOW_SERVER_STORE_SQL_DIALECT_H_
#define LEADFLOW_SERVER_STORE_SQL_DIALECT_H_

// What differs between the SQL that SQLite and PostgreSQL accept, for the
// code that builds SQL for both (the filter compiler, keyset conditions,
// list plans). Everything else they build is standard SQL both accept.

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace leadflow::store {

struct SqlDialect {
  // true: parameters are $1, $2, ... (PostgreSQL); false: each is `?`.
  bool numbered_parameters;
  // A boolean constant true ("1" in SQLite, which has no boolean type).
  absl::string_view true_literal;
  // `a <op> b` is true when a and b differ, NULL counting as a value.
  absl::string_view distinct_from;
  // Case-insensitive pattern match of ASCII letters (SQLite's LIKE folds
  // ASCII only; PostgreSQL's ILIKE on a "C"-collated column does the same).
  absl::string_view case_insensitive_like;

  // The text of parameter number `index` (1-based) of a statement.
  std::string Parameter(std::size_t index) const;
};

const SqlDialect& SqliteDialect();
const SqlDialect& PostgresDialect();

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQL_DIALECT_H_
