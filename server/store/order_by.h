#ifndef LEADFLOW_SERVER_STORE_ORDER_BY_H_
#define LEADFLOW_SERVER_STORE_ORDER_BY_H_

// `order_by` (AIP-132) and the keyset conditions that page through an
// ordering without OFFSET: the next page starts strictly after the previous
// page's last row, found through the index, so page 200 costs what page 1
// does.

#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "store/sql_dialect.h"
#include "store/sql_value.h"

namespace leadflow::store {

// A field callers may sort by, and its column. Sort columns must be NOT
// NULL: keyset comparisons treat NULL as unknown.
struct SortField {
  absl::string_view name;
  absl::string_view column;
  absl::string_view then_column = {};  // a second column, e.g. an amount's nanos
};

struct OrderKey {
  std::string column;
  bool descending = false;
};

// Parses "field [desc|asc], ..." over `sortable`; an empty `order_by` sorts
// by `default_field`. The id column is appended as the last key (in the
// direction of the one before it), which makes every ordering total.
// INVALID_ARGUMENT (ORDER_BY_INVALID, field "order_by") otherwise.
absl::StatusOr<std::vector<OrderKey>> ParseOrderBy(
    absl::string_view order_by, absl::Span<const SortField> sortable,
    absl::string_view default_field, absl::string_view id_column);

// "a ASC, b DESC, ..." for an ORDER BY clause.
std::string OrderByClause(const std::vector<OrderKey>& keys);

// The condition that selects the rows after the row whose key values are
// `after`, e.g. "(a > ? OR (a = ? AND id > ?))", in `dialect` with its
// parameters numbered from `first_parameter`.
SqlFragment AfterCondition(const std::vector<OrderKey>& keys,
                           const std::vector<SqlValue>& after,
                           const SqlDialect& dialect = SqliteDialect(),
                           std::size_t first_parameter = 1);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_ORDER_BY_H_
