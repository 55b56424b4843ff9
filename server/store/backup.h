#ifndef LEADFLOW_SERVER_STORE_BACKUP_H_
#define LEADFLOW_SERVER_STORE_BACKUP_H_

// What a store's online backup is asked for, reports while it runs, and
// returns (see Store::Backup). Kept apart from store.h so that the backup
// command of the server binary, which backs up a file without opening a
// store, shares them.

#include <cstdint>
#include <string>

#include "absl/functional/any_invocable.h"
#include "absl/time/time.h"

namespace leadflow::store {

struct BackupOptions {
  // The file to write, on the machine the store runs on. Written under a
  // temporary name in the same directory and renamed into place once
  // complete, so the path never holds a half-written copy.
  std::string destination;
  // Replace a file already at `destination` (only once the copy is
  // complete). Without it an existing file is refused.
  bool overwrite = false;
  // Pages copied between two progress reports; at SQLite's default page size
  // of 4 KiB the default is 4 MiB.
  int pages_per_step = 1024;
};

struct BackupProgress {
  std::int64_t pages_copied = 0;
  std::int64_t page_count = 0;  // of the snapshot being copied; fixed once known
};

// Called after each step of the copy, on the thread running the backup.
// Returning false stops the backup: it fails with CANCELLED and leaves no
// file behind.
using BackupProgressCallback = absl::AnyInvocable<bool(const BackupProgress&)>;

struct BackupSummary {
  std::string destination;  // absolute, as written
  std::int64_t page_count = 0;
  std::int64_t page_size = 0;
  std::int64_t size_bytes = 0;  // of the file written
  int schema_version = 0;       // PRAGMA user_version of the copy
  // When the snapshot was taken: the copy holds every write committed
  // before this instant and none committed after it.
  absl::Time snapshot_time;
  absl::Duration duration;  // of the whole backup, checks to rename
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_BACKUP_H_
