#include "store/sqlite_backup.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <memory>
#include <thread>
#include <utility>

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "store/backup_destination.h"
#include "store/sqlite_connection.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

// A step that finds a database busy (a lock held for a moment) is retried
// after a pause; past this many retries in a row the backup gives up.
constexpr int kMaxBusyRetries = 500;
constexpr auto kBusyPause = std::chrono::milliseconds(10);

struct BackupFinisher {
  void operator()(sqlite3_backup* backup) const { sqlite3_backup_finish(backup); }
};
using BackupHandle = std::unique_ptr<sqlite3_backup, BackupFinisher>;

// The status of a failed SQLite call `rc` (`detail`: SQLite's message) while
// writing `destination`.
absl::Status CopyError(int rc, absl::string_view detail, const std::string& destination) {
  switch (rc & 0xFF) {
    case SQLITE_FULL:
      return domain::Refused(absl::StatusCode::kResourceExhausted, 
          leadflow::v1::STORAGE_FULL,
          absl::StrCat("the disk holding ", destination, " is full; no backup was written"));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return domain::ServerError(
          absl::StatusCode::kUnavailable,
          absl::StrCat("the database stayed busy; no backup was written, retry shortly"));
    default:
      return domain::ServerError(
          absl::StatusCode::kInternal,
          absl::StrCat("the backup to ", destination, " failed: ",
                       detail.empty() ? absl::string_view(sqlite3_errstr(rc)) : detail));
  }
}

std::int64_t PragmaValue(SQLite::Database& db, const char* pragma) {
  return db.execAndGet(absl::StrCat("PRAGMA ", pragma)).getInt64();
}

// Copies every page of `source`'s open read transaction into `target`,
// `pages_per_step` at a time, reporting progress between steps.
absl::Status CopyPages(SQLite::Database& source, SQLite::Database& target,
                       const BackupOptions& options, BackupProgressCallback& progress) {
  BackupHandle backup(
      sqlite3_backup_init(target.getHandle(), "main", source.getHandle(), "main"));
  if (backup == nullptr) {
    return CopyError(sqlite3_errcode(target.getHandle()), sqlite3_errmsg(target.getHandle()),
                     options.destination);
  }
  const int pages_per_step = options.pages_per_step > 0 ? options.pages_per_step : -1;
  int busy_retries = 0;
  for (;;) {
    const int rc = sqlite3_backup_step(backup.get(), pages_per_step);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      if (++busy_retries > kMaxBusyRetries) return CopyError(rc, "", options.destination);
      std::this_thread::sleep_for(kBusyPause);
      continue;
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
      return CopyError(rc, sqlite3_errmsg(target.getHandle()), options.destination);
    }
    busy_retries = 0;
    const std::int64_t page_count = sqlite3_backup_pagecount(backup.get());
    const BackupProgress step{page_count - sqlite3_backup_remaining(backup.get()), page_count};
    if (progress && !progress(step)) {
      return absl::CancelledError("the backup was cancelled; no backup was written");
    }
    if (rc == SQLITE_DONE) break;
  }
  const int rc = sqlite3_backup_finish(backup.release());
  if (rc != SQLITE_OK) return CopyError(rc, sqlite3_errmsg(target.getHandle()), options.destination);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<BackupSummary> BackupDatabase(const std::string& source_path,
                                             const BackupOptions& options,
                                             BackupProgressCallback progress) {
  const absl::Time start = absl::Now();
  struct stat source_info {};
  if (stat(source_path.c_str(), &source_info) != 0 || !S_ISREG(source_info.st_mode)) {
    return absl::NotFoundError(absl::StrCat("no database file at ", source_path));
  }
  LEADFLOW_ASSIGN_OR_RETURN(BackupDestination destination,
                            BackupDestination::Prepare(source_path, options));
  BackupSummary summary;
  summary.destination = destination.path();
  try {
    // Both connections are closed before the copy is moved into place.
    SqliteConnection source(source_path, SqliteConnection::Mode::kReadOnly);
    // The snapshot: a read transaction opened before the copy and held to
    // its end. The backup steps read inside it rather than each opening
    // their own, so they all see this one state of the database.
    source.db().exec("BEGIN");
    source.db().execAndGet("SELECT count(*) FROM sqlite_schema");
    summary.snapshot_time = absl::Now();
    summary.schema_version = static_cast<int>(PragmaValue(source.db(), "user_version"));

    SQLite::Database target(destination.temp_path(),
                            SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
    LEADFLOW_RETURN_IF_ERROR(CopyPages(source.db(), target, options, progress));
    source.db().exec("COMMIT");  // ends the read transaction: checkpoints may pass it

    // The pages carry the live file's WAL mode; a rollback journal makes the
    // copy one self-contained file that needs no -wal beside it. (A server
    // started on it switches it back to WAL.) The copy is synced at commit
    // (synchronous = FULL, SQLite's default), before it gets its name.
    target.exec("PRAGMA journal_mode = DELETE");
    summary.page_count = PragmaValue(target, "page_count");
    summary.page_size = PragmaValue(target, "page_size");
  } catch (const SQLite::Exception& e) {
    return CopyError(e.getErrorCode(), e.what(), options.destination);
  } catch (const std::exception& e) {
    return domain::ServerError(absl::StatusCode::kInternal,
                               absl::StrCat("the backup failed: ", e.what()));
  }
  LEADFLOW_RETURN_IF_ERROR(destination.Publish());
  struct stat written {};
  if (stat(summary.destination.c_str(), &written) == 0) summary.size_bytes = written.st_size;
  summary.duration = absl::Now() - start;
  return summary;
}

}  // namespace leadflow::store
