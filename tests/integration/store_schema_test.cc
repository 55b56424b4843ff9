// The migrated schema and the descriptor-derived column mappings agree, so
// a proto field without a column (or the reverse) fails here, not at run
// time.

#include <set>

#include <SQLiteCpp/SQLiteCpp.h>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/migrations.h"
#include "store/tables.h"
#include "support/temp_dir.h"

namespace leadflow::store {
namespace {

std::set<std::string> TableColumns(SQLite::Database& db, const std::string& table) {
  std::set<std::string> columns;
  SQLite::Statement query(db, "SELECT name FROM pragma_table_info(?)");
  query.bind(1, table);
  while (query.executeStep()) columns.insert(query.getColumn(0).getString());
  return columns;
}

TEST(StoreSchemaTest, EveryResourceTableMatchesItsMigratedTable) {
  testing::TempDir dir;
  SQLite::Database db(dir.File("schema.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  ASSERT_TRUE(Migrate(db).ok());
  // Columns the store derives itself, outside the mapping.
  const std::set<std::string> derived = {"match_name", "match_domain"};
  for (const ResourceTable* table :
       {&LeadTable(), &AccountTable(), &ContactTable(), &OpportunityTable()}) {
    std::set<std::string> mapped(table->columns().begin(), table->columns().end());
    std::set<std::string> actual = TableColumns(db, table->table());
    for (const std::string& column : derived) actual.erase(column);
    EXPECT_EQ(mapped, actual) << table->table();
  }
}

TEST(StoreSchemaTest, MigratingTwiceIsANoOp) {
  testing::TempDir dir;
  SQLite::Database db(dir.File("schema.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  ASSERT_TRUE(Migrate(db).ok());
  ASSERT_TRUE(Migrate(db).ok());
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), LatestSchemaVersion());
}

}  // namespace
}  // namespace leadflow::store
