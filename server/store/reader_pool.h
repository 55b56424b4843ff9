#ifndef LEADFLOW_SERVER_STORE_READER_POOL_H_
#define LEADFLOW_SERVER_STORE_READER_POOL_H_

// Read-only connections shared by request threads. In WAL mode readers see
// the last committed state and never wait for the writer.
//
// A connection loads the planner's table statistics once, with the schema.
// When the writer refreshes them, Reload() makes every connection be
// reopened on its next use, so queries plan with current statistics.

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "store/sqlite_connection.h"

namespace leadflow::store {

class ReaderPool {
 public:
  // Opens `size` read-only connections to `path` (which must exist).
  ReaderPool(const std::string& path, int size);

  // A connection checked out of the pool until the lease is destroyed.
  class Lease {
   public:
    Lease(ReaderPool* pool, std::unique_ptr<SqliteConnection> connection,
          std::uint64_t generation)
        : pool_(pool), connection_(std::move(connection)), generation_(generation) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (connection_) pool_->Release(std::move(connection_), generation_);
    }
    SqliteConnection& operator*() { return *connection_; }
    SqliteConnection* operator->() { return connection_.get(); }

   private:
    ReaderPool* pool_;
    std::unique_ptr<SqliteConnection> connection_;
    std::uint64_t generation_;  // of the statistics it loaded
  };

  // Waits until a connection is free. Reads are short, so waits are too.
  Lease Acquire();

  // Marks every connection to be reopened before its next use.
  void Reload();

 private:
  struct Idle {
    std::unique_ptr<SqliteConnection> connection;
    std::uint64_t generation;
  };

  void Release(std::unique_ptr<SqliteConnection> connection, std::uint64_t generation);

  const std::string path_;
  // std::mutex rather than absl::Mutex: ThreadSanitizer sees through the
  // pthread calls, not through Debian's uninstrumented libabsl.
  std::mutex mu_;
  std::condition_variable released_;  // a connection came back
  std::vector<Idle> free_ ABSL_GUARDED_BY(mu_);
  std::uint64_t generation_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_READER_POOL_H_
