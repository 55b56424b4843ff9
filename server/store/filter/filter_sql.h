#ifndef LEADFLOW_SERVER_STORE_FILTER_FILTER_SQL_H_
#define LEADFLOW_SERVER_STORE_FILTER_FILTER_SQL_H_

// Turns the `filter` of a List request into a parameterised SQL condition.
// The syntax is the AIP-160 subset described in store/filter/filter_parser.h;
// this file defines what it means for each kind of field.
//
// Example, with fields {status: string, create_time: timestamp}:
//   status = "OPEN" AND create_time >= "2024-01-01T00:00:00Z"
// compiles to
//   ((status = ?) AND (create_time_us >= ?))
// with params {"OPEN", 1704067200000000}.
//
// Meaning of `field OP value`, by field type:
//  - kString: = != < <= > >= compare exactly and case-sensitively (SQLite's
//    BINARY collation, i.e. byte order; the column must not declare another
//    collation). `:` is "contains": a case-insensitive substring match,
//    `column LIKE ? ESCAPE '\'` with %, _ and \ in the value escaped so they
//    match themselves. SQLite's LIKE folds ASCII letters only, so "É" does
//    not match "é"; the connection must not turn on case_sensitive_like.
//  - kBool: only = and !=, and the value must be `true` or `false`
//    (lower-case). Bound as 1 / 0.
//  - kTimestamp: = != < <= > >=; the value is an RFC 3339 timestamp with an
//    explicit offset, e.g. "2024-01-31T09:00:00Z" or
//    "2024-01-31T10:00:00.5+01:00", in years 0001-9999 and at most
//    microsecond precision. It contains ':', so it must be quoted. Bound as
//    microseconds since the Unix epoch, which is how the column must store it.
//  - kInt64: = != < <= > >=; the value is a decimal integer (optional "-").
//  - kDate: = != < <= > >=; the value is a calendar date "YYYY-MM-DD",
//    compared with the column's "YYYY-MM-DD" text.
//  - kEnum: only = and !=; the value is a value name of `enum_type`, e.g.
//    COMMIT. Bound as its number.
//  - kMoney: = != < <= > >=; the value is a non-negative decimal number of
//    whole units (at most 9 decimals), compared exactly with the columns
//    `<column>_units` and `<column>_nanos` as one amount.
//  - kResourceName: only = and !=; the value is a resource name of the
//    field's `collection`, e.g. "accounts/01j...". Bound as the id alone,
//    which is how reference columns store it.
// `:` on a non-string field is refused rather than read as equality, so that
// a filter keeps one meaning if the field's type ever changes. A value may
// be quoted or bare for every type: `x = 5` and `x = "5"` are the same.
//
// Unset (NULL) columns: `!=` is true for them (it compiles to IS NOT) and
// every other comparison is false, and NOT is the exact complement of its
// operand, so every filter is two-valued and `-a = 1` selects the same rows
// as `a != 1`.
//
// Safety: values only ever reach SQL as `?` parameters, and column names only
// from the trusted FilterField table, never from the filter. A field not in
// the table is refused. Every node is parenthesised, so the fragment can be
// embedded as `WHERE (<fragment>) AND ...`. Long AND / OR chains are emitted
// as balanced groups so a maximal filter stays well inside SQLite's
// expression depth limit (1000).

#include "absl/strings/string_view.h"

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "google/protobuf/descriptor.h"
#include "store/sql_dialect.h"
#include "store/sql_value.h"

namespace leadflow::store {

enum class FilterFieldType {
  kString, kBool, kTimestamp, kInt64, kDate, kEnum, kMoney, kResourceName
};

// One filterable field of a collection; a List method passes a table of them.
struct FilterField {
  absl::string_view name;    // as the API user writes it, e.g. "create_time"
  absl::string_view column;  // the SQL column, e.g. "create_time_us" (trusted,
                            // from code: it is pasted into the SQL as is)
  FilterFieldType type;
  absl::string_view collection = {};  // kResourceName only, e.g. "accounts"
  const google::protobuf::EnumDescriptor* enum_type = nullptr;  // kEnum only
};

// Compiles `filter` to a SQL boolean expression over `fields`, with its
// parameters in order. An empty or blank filter gives {"1", {}}. The SQL is
// `dialect`'s (by default SQLite's, as described above; for PostgreSQL `!=`
// is IS DISTINCT FROM, `:` is ILIKE on "C"-collated columns, which folds
// ASCII letters only as SQLite does, and parameters are numbered from
// `first_parameter`, so the fragment can follow others in a statement).
//
// Errors: INVALID_ARGUMENT (reason FILTER_INVALID, BadRequest field
// "filter") whose description names the 1-based character position and what
// was expected there, for syntax errors (see ParseFilter), unknown fields
// (the message lists the filterable ones), operators a field's type does not
// support, and values that are not of the field's type. Only the first error
// is reported.
absl::StatusOr<SqlFragment> CompileFilter(absl::string_view filter,
                                          absl::Span<const FilterField> fields,
                                          const SqlDialect& dialect = SqliteDialect(),
                                          std::size_t first_parameter = 1);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_FILTER_FILTER_SQL_H_
