#ifndef LEADFLOW_SERVER_STORE_BACKUP_DESTINATION_H_
#define LEADFLOW_SERVER_STORE_BACKUP_DESTINATION_H_

// The file a backup writes: checked before any work is done, written under
// a temporary name next to it, and moved into place only once complete, so
// that the destination path never holds a half-written or torn copy and a
// failed backup leaves nothing behind.

#include <string>

#include "absl/status/statusor.h"
#include "store/backup.h"

namespace leadflow::store {

class BackupDestination {
 public:
  // Checks `options.destination` for a backup of the database file
  // `live_path` and creates the temporary file (mode 0600: a backup holds
  // every record). A relative destination is taken relative to the working
  // directory. Errors, each naming the field "destination" or the path:
  //  - INVALID_ARGUMENT (FIELD_INVALID): empty, naming a directory
  //    ("dir/"), or the live database or one of its -wal, -shm, -journal
  //    files (also through another name or link);
  //  - FAILED_PRECONDITION (BACKUP_DESTINATION_UNUSABLE): its directory does
  //    not exist or cannot be written, a file is already there and
  //    `options.overwrite` is not set, something other than a regular file
  //    is there, or a -wal or -journal file lies next to it (SQLite would
  //    apply it to the copy when opening it).
  static absl::StatusOr<BackupDestination> Prepare(const std::string& live_path,
                                                   const BackupOptions& options);

  BackupDestination(BackupDestination&& other) noexcept;
  BackupDestination& operator=(BackupDestination&&) = delete;
  BackupDestination(const BackupDestination&) = delete;
  BackupDestination& operator=(const BackupDestination&) = delete;
  // Removes the temporary file unless Publish() succeeded.
  ~BackupDestination();

  // The absolute destination path.
  const std::string& path() const { return path_; }
  // Where the copy is written until Publish().
  const std::string& temp_path() const { return temp_path_; }

  // Moves the finished copy (closed, synced) to path() and syncs the
  // directory, so the new name survives a crash. Without overwrite, a file
  // that appeared at path() meanwhile is kept and FAILED_PRECONDITION
  // returned.
  absl::Status Publish();

 private:
  BackupDestination(std::string path, std::string temp_path, bool overwrite)
      : path_(std::move(path)), temp_path_(std::move(temp_path)), overwrite_(overwrite) {}

  std::string path_;
  std::string temp_path_;  // empty once published or moved from
  bool overwrite_;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_BACKUP_DESTINATION_H_
