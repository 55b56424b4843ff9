// What only the SQLite store promises: one server per database file, a
// bound on how long a write waits for the single writer, and refusing paths
// that are not files. The contract every store keeps is in
// store_contract_test.cc.

#include "store/sqlite_store.h"

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"
#include "support/store_calls.h"
#include "support/temp_dir.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::HasReason;
using ::leadflow::v1::Lead;

Lead NewLead(const std::string& last_name) {
  Lead lead;
  lead.set_last_name(last_name);
  lead.set_company("Acme");
  lead.set_status("Open - Not Contacted");
  return lead;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  SqliteStoreTest() { Reopen(); }

  void Reopen() {
    store_.reset();
    auto store = SqliteStore::Open({dir_.File("leads.db")});
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
  }

  std::size_t CountLeads() {
    absl::StatusOr<Page<Lead>> page = store_->ListLeads({1000, "", "", ""});
    EXPECT_TRUE(page.ok()) << page.status();
    return page.ok() ? page->items.size() : 0;
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
};

// Two servers on one file would both run, each committing writes it
// believes it decided alone; the second must be refused at start-up.
TEST_F(SqliteStoreTest, ASecondStoreOnTheSameFileIsRefusedUntilTheFirstCloses) {
  absl::Status second = SqliteStore::Open({dir_.File("leads.db")}).status();
  EXPECT_EQ(second.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(second.message()), ::testing::HasSubstr("in use by another"));
  // The refused open left the first store working.
  EXPECT_TRUE(testing::CreateLead(*store_, NewLead("Still")).ok());
  Reopen();  // closes the first, then opens again
  EXPECT_EQ(CountLeads(), 1u);
}

// A write that waited longer than the writer's max_queue_wait is answered
// DEADLINE_EXCEEDED and never applied: the server-side bound on how long a
// write call can take when writes arrive faster than the disk commits.
TEST_F(SqliteStoreTest, AWriteThatWaitedTooLongIsNotApplied) {
  store_.reset();
  SqliteStore::Options options{dir_.File("leads.db")};
  options.writer.max_queue_wait = absl::Nanoseconds(1);  // every job waits longer
  auto store = SqliteStore::Open(options);
  ASSERT_TRUE(store.ok()) << store.status();
  absl::StatusOr<Lead> created = testing::CreateLead(**store, NewLead("Late"));
  EXPECT_EQ(created.status().code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_THAT(created.status(), HasReason(v1::SERVER_BUSY));
  store->reset();
  Reopen();
  EXPECT_EQ(CountLeads(), 0u);
}

// SQLite opens a private, empty database per connection for "" and
// ":memory:", so writes were acknowledged and then never seen again.
TEST_F(SqliteStoreTest, PathsThatAreNotFilesAreRefused) {
  for (const char* path : {"", ":memory:", "file:leads.db?mode=memory"}) {
    absl::Status status = SqliteStore::Open({path}).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << path;
  }
}

}  // namespace
}  // namespace leadflow::store
