#ifndef LEADFLOW_SERVER_STORE_READER_POOL_H_
#define LEADFLOW_SERVER_STORE_READER_POOL_H_

// Read-only connections shared by request threads. In WAL mode readers see
// the last committed state and never wait for the writer.

#include <memory>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "store/sqlite_connection.h"

namespace leadflow::store {

class ReaderPool {
 public:
  // Opens `size` read-only connections to `path` (which must exist).
  ReaderPool(const std::string& path, int size);

  // A connection checked out of the pool until the lease is destroyed.
  class Lease {
   public:
    Lease(ReaderPool* pool, std::unique_ptr<SqliteConnection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (connection_) pool_->Release(std::move(connection_));
    }
    SqliteConnection& operator*() { return *connection_; }
    SqliteConnection* operator->() { return connection_.get(); }

   private:
    ReaderPool* pool_;
    std::unique_ptr<SqliteConnection> connection_;
  };

  // Waits until a connection is free. Reads are short, so waits are too.
  Lease Acquire();

 private:
  void Release(std::unique_ptr<SqliteConnection> connection);

  absl::Mutex mu_;
  std::vector<std::unique_ptr<SqliteConnection>> free_ ABSL_GUARDED_BY(mu_);
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_READER_POOL_H_
