#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_LIST_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_LIST_H_

// Runs a List plan (list_plan.h, planned in PostgresDialect()) on
// PostgreSQL: the counterpart of sqlite_list.h's RunList.

#include <pqxx/pqxx>

#include "store/list_plan.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_rows.h"

namespace leadflow::store {

template <typename T>
Page<T> RunPgList(pqxx::transaction_base& transaction, const ListPlan& plan,
                  const ResourceTable& table, const PageTokenCodec& tokens) {
  Page<T> page;
  pqxx::result rows = Exec(transaction, plan.sql, plan.params);
  const int first_key = static_cast<int>(rows.columns()) - static_cast<int>(plan.keys.size());
  std::vector<SqlValue> last_keys;
  std::size_t bytes = 0;
  // The plan asks for one row more than the page holds: its presence says
  // whether a next page exists without a second query.
  for (const pqxx::row& row : rows) {
    if (static_cast<std::int32_t>(page.items.size()) == plan.page_size) {
      page.next_page_token = tokens.Encode(plan.query, last_keys);
      break;
    }
    T item;
    PgRowSource source(row);
    table.Read(source, item);
    bytes += item.ByteSizeLong();
    if (!page.items.empty() && bytes > kMaxPageBytes) {
      page.next_page_token = tokens.Encode(plan.query, last_keys);
      break;
    }
    page.items.push_back(std::move(item));
    last_keys.clear();
    for (std::size_t i = 0; i < plan.keys.size(); ++i) {
      last_keys.push_back(KeyValueOf(row[first_key + static_cast<int>(i)]));
    }
  }
  return page;
}

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_LIST_H_
