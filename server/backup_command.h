#ifndef LEADFLOW_SERVER_BACKUP_COMMAND_H_
#define LEADFLOW_SERVER_BACKUP_COMMAND_H_

// `leadflow-server backup --db=PATH --to=PATH [--overwrite]`: an online
// backup of a database file, also while a server serves it. It opens the
// file read-only through SQLite and takes no server lock
// (store/database_lock.h), so the server keeps running and committing; the
// copy is a snapshot of the moment the command starts (store/sqlite_backup.h).

namespace leadflow {

// Runs the command on its arguments (those after "backup"). Prints progress
// and the outcome on stderr. Returns the process's exit code: 0 when the
// copy is in place, 1 when the backup failed (nothing is left at the
// destination), 2 for bad arguments.
int RunBackupCommand(int argc, char** argv);

}  // namespace leadflow

#endif  // LEADFLOW_SERVER_BACKUP_COMMAND_H_
