#include "store/reader_pool.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include "gtest/gtest.h"
#include "support/temp_dir.h"

namespace leadflow::store {
namespace {

class ReaderPoolTest : public ::testing::Test {
 protected:
  ReaderPoolTest() {
    SQLite::Database db(dir_.File("pool.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (x INTEGER)");
  }
  testing::TempDir dir_;
};

// A connection's own setting tells whether a lease got the same connection.
int CacheSize(ReaderPool::Lease& lease) {
  return lease->db().execAndGet("PRAGMA cache_size").getInt();
}

TEST_F(ReaderPoolTest, ReusesConnectionsUntilReloaded) {
  ReaderPool pool(dir_.File("pool.db"), 1);
  {
    ReaderPool::Lease lease = pool.Acquire();
    lease->db().exec("PRAGMA cache_size = 12345");
  }
  {
    ReaderPool::Lease lease = pool.Acquire();
    EXPECT_EQ(CacheSize(lease), 12345);  // the same connection, reused
    pool.Reload();                       // while it is out
  }
  ReaderPool::Lease lease = pool.Acquire();
  EXPECT_NE(CacheSize(lease), 12345);  // reopened: loads current statistics
  EXPECT_EQ(lease->db().execAndGet("SELECT count(*) FROM t").getInt(), 0);
}

TEST_F(ReaderPoolTest, ReadersCannotWrite) {
  ReaderPool pool(dir_.File("pool.db"), 1);
  ReaderPool::Lease lease = pool.Acquire();
  EXPECT_THROW(lease->db().exec("INSERT INTO t VALUES (1)"), SQLite::Exception);
}

}  // namespace
}  // namespace leadflow::store
