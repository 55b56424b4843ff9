#include "store/sqlite_list.h"

namespace leadflow::store {

std::vector<SqlValue> ReadKeys(SQLite::Statement& statement, int first_key_column,
                               std::size_t key_count) {
  std::vector<SqlValue> keys;
  keys.reserve(key_count);
  for (std::size_t i = 0; i < key_count; ++i) {
    SQLite::Column column = statement.getColumn(first_key_column + static_cast<int>(i));
    if (column.isInteger()) {
      keys.emplace_back(static_cast<std::int64_t>(column.getInt64()));
    } else {
      keys.emplace_back(column.getString());
    }
  }
  return keys;
}

}  // namespace leadflow::store
