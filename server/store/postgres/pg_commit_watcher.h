#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_COMMIT_WATCHER_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_COMMIT_WATCHER_H_

// Hears of the change-feed commits of every server on the database, so that
// a watcher on one server sees the events written through another: each
// write that appends events sends NOTIFY on kEventsChannel in its
// transaction (pg_write.h), which PostgreSQL delivers at commit, and this
// watcher LISTENs on a connection of its own and calls `committed` for each.
// A lost connection is opened again (and `committed` called, since
// notifications may have been missed meanwhile). Whether it is up is the
// store's health signal.

#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace leadflow::store {

inline constexpr const char* kEventsChannel = "leadflow_events";

class PgCommitWatcher {
 public:
  PgCommitWatcher(std::string uri, std::function<void()> committed);
  ~PgCommitWatcher();

  PgCommitWatcher(const PgCommitWatcher&) = delete;
  PgCommitWatcher& operator=(const PgCommitWatcher&) = delete;

  // Whether its listening connection is up: the cheap sign that the
  // database can be reached (it notices a lost connection within a fifth
  // of a second, and a database back within a second).
  bool connected() const { return connected_; }

 private:
  void Run();

  const std::string uri_;
  const std::function<void()> committed_;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> connected_{false};
  std::thread thread_;  // last: started once everything it uses exists
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_COMMIT_WATCHER_H_
