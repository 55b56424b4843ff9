#ifndef LEADFLOW_SERVER_STORE_LIST_PLAN_H_
#define LEADFLOW_SERVER_STORE_LIST_PLAN_H_

// The one plan of List for every table and engine: filter (AIP-160), order
// (AIP-132) and keyset pages with signed tokens (AIP-158), as one SQL
// statement. Each store runs the plan on its own connections.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "store/filter/filter_sql.h"
#include "store/order_by.h"
#include "store/page_token.h"
#include "store/resource_table.h"
#include "store/sql_dialect.h"
#include "store/store.h"

namespace leadflow::store {

inline constexpr std::int32_t kDefaultPageSize = 50;
inline constexpr std::int32_t kMaxPageSize = 1000;
// The most bytes of resources one page holds (as serialized), so that a
// page of 1,000 long descriptions neither exceeds a client's default 4 MiB
// message limit nor lets concurrent Lists hold unbounded memory. A page
// ends early, with a next_page_token, when the next item would pass it
// (AIP-158 allows pages shorter than page_size); it always holds at least
// one item, so paging always moves on.
inline constexpr std::size_t kMaxPageBytes = 1 << 20;

// What List needs to know about a table.
struct ListSpec {
  const ResourceTable* table;  // its collection names the query in tokens
  absl::Span<const FilterField> filter_fields;
  absl::Span<const SortField> sort_fields;
  absl::string_view default_order;
};

// The page size a List request asks for: its `page_size`, 0 meaning the
// default, capped at the maximum; INVALID_ARGUMENT when negative.
absl::StatusOr<std::int32_t> ResolvePageSize(std::int32_t page_size);

// The SQL of one page, and how to read its keyset position back.
struct ListPlan {
  std::string sql;
  std::vector<SqlValue> params;
  std::int32_t page_size = 0;
  std::vector<OrderKey> keys;
  std::string query;  // identifies the query in page tokens
};

// Validates `query` and plans its page, in `dialect`'s SQL. The statement
// selects the table's select_columns() and then the keys' columns, and one
// row more than the page holds (which says whether a next page exists).
// INVALID_ARGUMENT for a negative page size, a bad filter, order_by or page
// token.
absl::StatusOr<ListPlan> PlanList(const ListSpec& spec, const ListQuery& query,
                                  const PageTokenCodec& tokens,
                                  const SqlDialect& dialect = SqliteDialect());

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_LIST_PLAN_H_
