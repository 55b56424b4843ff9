#ifndef LEADFLOW_SERVER_STORE_SQLITE_BACKUP_H_
#define LEADFLOW_SERVER_STORE_SQLITE_BACKUP_H_

// An online backup of a SQLite database file with SQLite's backup API
// (docs/decisions/0007-online-backup.md), used by SqliteStore::Backup and
// by `leadflow-server backup`.
//
// The copy is a consistent snapshot: a dedicated read-only connection opens
// one read transaction first and the backup reads every page inside it, so
// the copy holds exactly the writes committed before that transaction
// began — every write acknowledged before the backup was called among them —
// and none after. In WAL mode this reader never blocks the writer: commits
// go on during the copy (they only cannot be checkpointed into the file
// until it ends, so the -wal file grows by what is written meanwhile).
// Holding the transaction is also what lets the copy finish at all: without
// it SQLite restarts a stepped backup from page 1 whenever another
// connection commits, which under a steady write load is forever.
//
// Takes no flock (store/database_lock.h), so it works on a file a running
// server holds, from the server or from another process.

#include <string>

#include "absl/status/statusor.h"
#include "store/backup.h"

namespace leadflow::store {

// Copies the database at `source_path` to `options.destination`, calling
// `progress` (which may be empty) after every `options.pages_per_step`
// pages. Blocks for the length of the copy. Errors: those of
// BackupDestination::Prepare; NOT_FOUND when `source_path` is no file;
// CANCELLED when `progress` returned false; RESOURCE_EXHAUSTED
// (STORAGE_FULL) when the destination's disk fills; INTERNAL otherwise.
// Nothing is left at the destination on error.
absl::StatusOr<BackupSummary> BackupDatabase(const std::string& source_path,
                                             const BackupOptions& options,
                                             BackupProgressCallback progress);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_BACKUP_H_
