// The migrated schema and the descriptor-derived column mappings agree on
// both engines, so a proto field without a column (or the reverse) fails
// here, not at run time; and migrating a migrated database changes nothing.

#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/tables.h"
#include "support/store_backends.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::StoreKind;

class StoreSchemaTest : public ::testing::TestWithParam<StoreKind> {
 protected:
  void SetUp() override {
    const std::string unavailable = testing::UnavailableReason(GetParam());
    if (!unavailable.empty()) GTEST_SKIP() << unavailable;
    backend_ = testing::MakeStoreBackend(GetParam());
    // Opening a store migrates its database.
    ASSERT_TRUE(backend_->Open().ok());
  }

  std::unique_ptr<testing::StoreBackend> backend_;
};

TEST_P(StoreSchemaTest, EveryResourceTableMatchesItsMigratedTable) {
  // Columns the store derives itself, outside the mapping.
  const std::set<std::string> derived = {"match_name", "match_domain", "time_to_convert_us"};
  for (const ResourceTable* table :
       {&LeadTable(), &AccountTable(), &ContactTable(), &OpportunityTable()}) {
    std::set<std::string> mapped(table->columns().begin(), table->columns().end());
    std::set<std::string> actual = backend_->Columns(table->table());
    for (const std::string& column : derived) actual.erase(column);
    EXPECT_EQ(mapped, actual) << table->table();
  }
}

TEST_P(StoreSchemaTest, MigratingTwiceIsANoOp) {
  const testing::Snapshot migrated = backend_->ReadSnapshot();
  ASSERT_TRUE(backend_->Open().ok());
  EXPECT_EQ(backend_->SchemaVersion(), backend_->LatestSchemaVersion());
  EXPECT_TRUE(backend_->ReadSnapshot() == migrated);
}

INSTANTIATE_TEST_SUITE_P(EveryStore, StoreSchemaTest,
                         ::testing::Values(StoreKind::kSqlite, StoreKind::kPostgres),
                         testing::StoreKindParamName);

}  // namespace
}  // namespace leadflow::store
