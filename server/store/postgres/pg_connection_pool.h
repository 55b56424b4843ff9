#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_CONNECTION_POOL_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_CONNECTION_POOL_H_

// A fixed number of connections to one PostgreSQL database, lent out one
// caller at a time. A connection found broken is replaced on its next
// lease, so the pool recovers by itself when the database comes back.

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"

namespace leadflow::store {

class PgConnectionPool {
 public:
  // A connection lent out; goes back to the pool when destroyed.
  class Lease {
   public:
    Lease(PgConnectionPool* pool, std::unique_ptr<pqxx::connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    pqxx::connection& operator*() const { return *connection_; }
    pqxx::connection* operator->() const { return connection_.get(); }

   private:
    PgConnectionPool* pool_;
    std::unique_ptr<pqxx::connection> connection_;
  };

  // Opens `size` connections to `uri` (a libpq URI or key=value string).
  // UNAVAILABLE, naming the database, when it cannot be reached.
  static absl::StatusOr<std::unique_ptr<PgConnectionPool>> Open(const std::string& uri,
                                                                int size);

  // Waits for a free connection; reconnects one that broke. UNAVAILABLE when
  // the database cannot be reached.
  absl::StatusOr<Lease> Acquire();

 private:
  PgConnectionPool(std::string uri, std::vector<std::unique_ptr<pqxx::connection>> connections)
      : uri_(std::move(uri)), idle_(std::move(connections)) {}
  void Release(std::unique_ptr<pqxx::connection> connection);

  const std::string uri_;
  std::mutex mu_;
  std::condition_variable returned_;
  // nullptr stands for a connection to open again on its next lease.
  std::vector<std::unique_ptr<pqxx::connection>> idle_ ABSL_GUARDED_BY(mu_);
};

// The URI with any password replaced by "***", for messages and logs.
std::string RedactedUri(const std::string& uri);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_CONNECTION_POOL_H_
