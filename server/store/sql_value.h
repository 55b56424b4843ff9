#ifndef LEADFLOW_SERVER_STORE_SQL_VALUE_H_
#define LEADFLOW_SERVER_STORE_SQL_VALUE_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace leadflow::store {

// A value bound to a `?` parameter of a SQL statement. Booleans are bound as
// 0/1 and timestamps as microseconds since the Unix epoch.
using SqlValue = std::variant<std::int64_t, std::string>;

// A fragment of SQL with its `?` parameters, in order.
struct SqlFragment {
  std::string sql;
  std::vector<SqlValue> params;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQL_VALUE_H_
