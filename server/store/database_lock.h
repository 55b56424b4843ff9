#ifndef LEADFLOW_SERVER_STORE_DATABASE_LOCK_H_
#define LEADFLOW_SERVER_STORE_DATABASE_LOCK_H_

// Keeps a SQLite database file to one Leadflow store at a time. The
// embedded store assumes it is the only writer: its group commit, its
// idempotency keys and (later) its event sequence are all decided in one
// process. SQLite's own locks only serialise transactions, so two servers
// on one file would both run, interleaving writes each believes it
// decided alone. An advisory flock(2) on the file itself, held for the
// store's lifetime, makes the second one fail at start-up instead; the
// kernel drops it when the process dies, so a crash never leaves it stale.
//
// flock locks are separate from the fcntl locks SQLite takes, but closing
// any descriptor of the file drops all of this process's fcntl locks, so
// the lock must be released only after every SQLite connection to the file
// is closed (SqliteStore declares it first, so it is destroyed last).

#include <string>

#include "absl/status/statusor.h"

namespace leadflow::store {

class DatabaseLock {
 public:
  // Takes the lock on the database file at `path`, creating the file when
  // missing. FAILED_PRECONDITION when another store holds it (this process
  // or another); INVALID_ARGUMENT for a path that names no file SQLite
  // would keep on disk (empty, ":memory:", a "file:" URI); UNAVAILABLE
  // when the file cannot be opened.
  static absl::StatusOr<DatabaseLock> Acquire(const std::string& path);

  DatabaseLock(DatabaseLock&& other) noexcept;
  DatabaseLock& operator=(DatabaseLock&& other) noexcept;
  DatabaseLock(const DatabaseLock&) = delete;
  DatabaseLock& operator=(const DatabaseLock&) = delete;
  ~DatabaseLock();

 private:
  explicit DatabaseLock(int fd) : fd_(fd) {}

  int fd_ = -1;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_DATABASE_LOCK_H_
