#ifndef LEADFLOW_SERVER_STORE_SQLITE_LIST_H_
#define LEADFLOW_SERVER_STORE_SQLITE_LIST_H_

// Runs a List plan (list_plan.h) on a SQLite connection.

#include <cstdint>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "store/list_plan.h"
#include "store/order_by.h"
#include "store/page_token.h"
#include "store/resource_table.h"
#include "store/sqlite_connection.h"
#include "store/store.h"

namespace leadflow::store {

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
  page.items.reserve(static_cast<std::size_t>(plan.page_size));
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
