#ifndef LEADFLOW_SERVER_STORE_SQLITE_LIST_H_
#define LEADFLOW_SERVER_STORE_SQLITE_LIST_H_

// The one implementation of List for every table: filter (AIP-160), order
// (AIP-132) and keyset pages with signed tokens (AIP-158).

#include <cstdint>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "store/filter/filter_sql.h"
#include "store/order_by.h"
#include "store/page_token.h"
#include "store/resource_table.h"
#include "store/sqlite_connection.h"
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

// Validates `query` and plans its page. INVALID_ARGUMENT for a negative
// page size, a bad filter, order_by or page token.
absl::StatusOr<ListPlan> PlanList(const ListSpec& spec, const ListQuery& query,
                                  const PageTokenCodec& tokens);

// Runs `plan` and reads each row with `read_row`, up to the plan's page
// size or kMaxPageBytes.
template <typename T>
Page<T> RunList(SqliteConnection& connection, const ListPlan& plan,
                const PageTokenCodec& tokens,
                absl::FunctionRef<T(SQLite::Statement&)> read_row);

// Implementation details below.

// The key values of the current row; they follow the selected columns.
std::vector<SqlValue> ReadKeys(SQLite::Statement& statement, int first_key_column,
                               std::size_t key_count);

template <typename T>
Page<T> RunList(SqliteConnection& connection, const ListPlan& plan,
                const PageTokenCodec& tokens,
                absl::FunctionRef<T(SQLite::Statement&)> read_row) {
  Page<T> page;
  ScopedStatement statement = connection.PrepareBound(plan.sql, plan.params);
  const int first_key = statement->getColumnCount() - static_cast<int>(plan.keys.size());
  std::vector<SqlValue> last_keys;
  std::size_t bytes = 0;
  // The plan asks for one row more than the page holds: its presence says
  // whether a next page exists without a second query.
  while (statement->executeStep()) {
    if (static_cast<std::int32_t>(page.items.size()) == plan.page_size) {
      page.next_page_token = tokens.Encode(plan.query, last_keys);
      break;
    }
    T item = read_row(*statement);
    bytes += item.ByteSizeLong();
    if (!page.items.empty() && bytes > kMaxPageBytes) {
      page.next_page_token = tokens.Encode(plan.query, last_keys);
      break;
    }
    page.items.push_back(std::move(item));
    last_keys = ReadKeys(*statement, first_key, plan.keys.size());
  }
  return page;
}

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_LIST_H_
