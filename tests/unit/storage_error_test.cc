#include "store/storage_error.h"

#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>
#include <stdexcept>

#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::HasReason;

// A full disk used to surface as INTERNAL with reason INTERNAL_ERROR,
// documented as "safe to retry": a client would retry into the same wall.
TEST(StorageErrorTest, AFullDiskIsResourceExhaustedWithItsOwnReason) {
  absl::Status status = StorageError(SQLite::Exception("database or disk is full", SQLITE_FULL));
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(status, HasReason(v1::STORAGE_FULL));
}

TEST(StorageErrorTest, ABusyOrReadOnlyDatabaseIsUnavailable) {
  for (int code : {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY}) {
    absl::Status status = StorageError(SQLite::Exception("no", code));
    EXPECT_EQ(status.code(), absl::StatusCode::kUnavailable) << code;
    EXPECT_THAT(status, HasReason(v1::SERVICE_UNAVAILABLE));
  }
}

TEST(StorageErrorTest, ExtendedCodesMapByTheirPrimaryCode) {
  EXPECT_EQ(StorageError(SQLite::Exception("busy", SQLITE_BUSY_SNAPSHOT)).code(),
            absl::StatusCode::kUnavailable);
}

TEST(StorageErrorTest, AnythingElseIsInternal) {
  EXPECT_EQ(StorageError(SQLite::Exception("corrupt", SQLITE_CORRUPT)).code(),
            absl::StatusCode::kInternal);
  EXPECT_EQ(StorageError(std::runtime_error("boom")).code(), absl::StatusCode::kInternal);
}

}  // namespace
}  // namespace leadflow::store
