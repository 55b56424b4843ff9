#include "store/backup_destination.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "domain/errors.h"

namespace leadflow::store {
namespace {

constexpr char kField[] = "destination";
// The files SQLite keeps next to a database.
constexpr const char* kCompanionSuffixes[] = {"-wal", "-shm", "-journal"};
// Those that SQLite would apply to a database opened at their base name.
constexpr const char* kJournalSuffixes[] = {"-wal", "-journal"};

absl::Status Unusable(absl::string_view path, std::string description) {
  return domain::FailedPrecondition(leadflow::v1::BACKUP_DESTINATION_UNUSABLE, path,
                                    std::move(description));
}

std::string ErrnoText(int error) { return std::strerror(error); }

// The canonical absolute path of an existing file or directory.
bool RealPath(const std::string& path, std::string& resolved, int& error) {
  char buffer[PATH_MAX];
  if (realpath(path.c_str(), buffer) == nullptr) {
    error = errno;
    return false;
  }
  resolved = buffer;
  return true;
}

bool Exists(const std::string& path) {
  struct stat info {};
  return lstat(path.c_str(), &info) == 0;
}

void RemoveWithCompanions(const std::string& path) {
  unlink(path.c_str());
  for (const char* suffix : kCompanionSuffixes) unlink(absl::StrCat(path, suffix).c_str());
}

// Syncs the directory `dir`, making a rename or link in it durable.
absl::Status SyncDirectory(const std::string& dir) {
  int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || fsync(fd) != 0) {
    const int error = errno;
    if (fd >= 0) close(fd);
    return domain::ServerError(absl::StatusCode::kInternal,
                               absl::StrCat("cannot sync the directory ", dir, ": ",
                                            ErrnoText(error)));
  }
  close(fd);
  return absl::OkStatus();
}

std::string DirectoryOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

}  // namespace

absl::StatusOr<BackupDestination> BackupDestination::Prepare(const std::string& live_path,
                                                             const BackupOptions& options) {
  const std::string& requested = options.destination;
  if (requested.empty()) return domain::InvalidField(kField, "must name a file to write");
  const std::size_t slash = requested.rfind('/');
  const std::string base = slash == std::string::npos ? requested : requested.substr(slash + 1);
  if (base.empty() || base == "." || base == "..") {
    return domain::InvalidField(kField, "must name a file, not a directory");
  }
  const std::string requested_dir = DirectoryOf(requested);
  std::string dir;
  int error = 0;
  if (!RealPath(requested_dir, dir, error)) {
    return Unusable(requested, absl::StrCat("its directory ", requested_dir,
                                            " does not exist or cannot be reached (",
                                            ErrnoText(error), ")"));
  }
  struct stat dir_info {};
  if (stat(dir.c_str(), &dir_info) != 0 || !S_ISDIR(dir_info.st_mode)) {
    return Unusable(requested, absl::StrCat(requested_dir, " is not a directory"));
  }
  std::string path = dir == "/" ? absl::StrCat("/", base) : absl::StrCat(dir, "/", base);

  // The live database, under any of its names, and its companion files.
  std::string live;
  if (!RealPath(live_path, live, error)) live = live_path;
  if (path == live) {
    return domain::InvalidField(kField, "is the live database; name another file");
  }
  for (const char* suffix : kCompanionSuffixes) {
    if (path == absl::StrCat(live, suffix)) {
      return domain::InvalidField(kField,
                                  absl::StrCat("is the live database's ", suffix, " file"));
    }
  }
  struct stat live_info {};
  struct stat existing {};
  if (stat(path.c_str(), &existing) == 0) {
    if (stat(live.c_str(), &live_info) == 0 && existing.st_dev == live_info.st_dev &&
        existing.st_ino == live_info.st_ino) {
      return domain::InvalidField(kField, "is the live database (through another name)");
    }
    if (S_ISDIR(existing.st_mode)) return Unusable(path, "is a directory");
    if (!S_ISREG(existing.st_mode)) return Unusable(path, "is not a regular file");
    if (!options.overwrite) {
      return Unusable(path, "a file is already there; set overwrite to replace it");
    }
  } else if (Exists(path) && !options.overwrite) {
    return Unusable(path, "a (dangling) link is already there; set overwrite to replace it");
  }
  for (const char* suffix : kJournalSuffixes) {
    const std::string journal = absl::StrCat(path, suffix);
    if (Exists(journal)) {
      return Unusable(path, absl::StrCat(journal,
                                         " lies next to it (is a database there in use?); "
                                         "SQLite would apply it to the copy, so remove it first"));
    }
  }

  std::string temp_path = absl::StrCat(path, ".partial-XXXXXX");
  int fd = mkstemp(temp_path.data());  // mode 0600
  if (fd < 0) {
    error = errno;
    if (error == ENOSPC) {
      return domain::Refused(absl::StatusCode::kResourceExhausted, 
          leadflow::v1::STORAGE_FULL,
          absl::StrCat("the disk holding ", dir, " is full; no backup was written"));
    }
    return Unusable(path, absl::StrCat("cannot create a file in ", dir, " (", ErrnoText(error),
                                       ")"));
  }
  close(fd);
  return BackupDestination(std::move(path), std::move(temp_path), options.overwrite);
}

BackupDestination::BackupDestination(BackupDestination&& other) noexcept
    : path_(std::move(other.path_)),
      temp_path_(std::exchange(other.temp_path_, std::string())),
      overwrite_(other.overwrite_) {}

BackupDestination::~BackupDestination() {
  if (!temp_path_.empty()) RemoveWithCompanions(temp_path_);
}

absl::Status BackupDestination::Publish() {
  if (overwrite_) {
    if (rename(temp_path_.c_str(), path_.c_str()) != 0) {
      return Unusable(path_, absl::StrCat("cannot replace it (", ErrnoText(errno), ")"));
    }
  } else {
    // link() fails rather than replace a file another backup (or anyone)
    // put there since Prepare().
    if (link(temp_path_.c_str(), path_.c_str()) != 0) {
      const int error = errno;
      if (error == EEXIST) {
        return Unusable(path_, "a file appeared there during the backup; it was kept");
      }
      return Unusable(path_, absl::StrCat("cannot create it (", ErrnoText(error), ")"));
    }
    unlink(temp_path_.c_str());
  }
  temp_path_.clear();
  return SyncDirectory(DirectoryOf(path_));
}

}  // namespace leadflow::store
