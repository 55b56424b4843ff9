#include "store/database_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "domain/text.h"

namespace leadflow::store {
namespace {

// Paths SQLite would not keep as one file on disk: "" and ":memory:" open
// a private database per connection (so each reader would see an empty
// one and writes would vanish), and "file:" may be read as a URI.
absl::Status CheckPath(const std::string& path) {
  if (path.empty()) {
    return absl::InvalidArgumentError(
        "the database path is empty; name the SQLite database file, e.g. ./leadflow.db");
  }
  if (path == ":memory:" || absl::StartsWith(path, "file:")) {
    return absl::InvalidArgumentError(absl::StrCat(
        "the database path ", domain::QuoteForError(path),
        " is not a file path; name the SQLite database file, e.g. ./leadflow.db"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<DatabaseLock> DatabaseLock::Acquire(const std::string& path) {
  if (absl::Status status = CheckPath(path); !status.ok()) return status;
  // Read-only is enough for flock, and works where the file cannot be
  // written, so that start-up can report that problem precisely later.
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return domain::ServerError(absl::StatusCode::kUnavailable,
                               absl::StrCat("cannot open the database \"", path,
                                            "\": ", std::strerror(errno)));
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    close(fd);
    if (error == EWOULDBLOCK) {
      return absl::FailedPreconditionError(absl::StrCat(
          "the database \"", path,
          "\" is in use by another Leadflow server; an embedded SQLite database serves one "
          "server only"));
    }
    return domain::ServerError(absl::StatusCode::kUnavailable,
                               absl::StrCat("cannot lock the database \"", path,
                                            "\": ", std::strerror(error)));
  }
  return DatabaseLock(fd);
}

DatabaseLock::DatabaseLock(DatabaseLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)) {}

DatabaseLock& DatabaseLock::operator=(DatabaseLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

DatabaseLock::~DatabaseLock() {
  if (fd_ >= 0) close(fd_);  // also releases the flock
}

}  // namespace leadflow::store
