#include "backup_command.h"

#include <pthread.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <string>
#include <thread>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "store/sqlite_backup.h"

namespace leadflow {
namespace {

constexpr char kUsage[] =
    "Usage: leadflow-server backup --db=PATH --to=PATH [--overwrite]\n"
    "Writes a consistent copy of the database PATH to the file --to, also while a\n"
    "server serves it (the server keeps running). The copy is one self-contained\n"
    "SQLite file; check it with: sqlite3 COPY 'PRAGMA integrity_check'.\n"
    "  --db=PATH      the live database file (default ./leadflow.db)\n"
    "  --to=PATH      the file to write; its directory must exist\n"
    "  --overwrite    replace an existing file at --to (once the copy is complete)\n"
    "Exit status: 0 when the copy is in place, 1 when the backup failed (nothing is\n"
    "left at --to), 2 for bad arguments.\n";

// How often progress is printed at most.
constexpr absl::Duration kProgressInterval = absl::Seconds(1);

int UsageError(const std::string& message) {
  std::fprintf(stderr, "leadflow-server backup: %s\n%s", message.c_str(), kUsage);
  return 2;
}

// Takes `--name=value` or `--name value` at argv[i]; advances i past it.
bool TakeValue(int argc, char** argv, int& i, absl::string_view name, std::string& value) {
  const absl::string_view arg = argv[i];
  const std::string flag = absl::StrCat("--", name);
  if (absl::StartsWith(arg, flag + "=")) {
    value = std::string(arg.substr(flag.size() + 1));
    return true;
  }
  if (arg == flag && i + 1 < argc) {
    value = argv[++i];
    return true;
  }
  return false;
}

// SIGINT and SIGTERM stop the copy cleanly (no partial file is left)
// instead of killing the process mid-write.
std::atomic<bool>& StopRequested() {
  static std::atomic<bool> stop{false};
  return stop;
}

void StopOnSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread([signals] {
    int signal = 0;
    sigwait(&signals, &signal);
    StopRequested().store(true);
  }).detach();
}

std::string Megabytes(std::int64_t bytes) {
  return absl::StrCat(absl::SixDigits(static_cast<double>(bytes) / 1e6), " MB");
}

}  // namespace

int RunBackupCommand(int argc, char** argv) {
  std::string db = "./leadflow.db";
  std::string to;
  bool overwrite = false;
  for (int i = 0; i < argc; ++i) {
    const absl::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fprintf(stdout, "%s", kUsage);
      return 0;
    }
    if (arg == "--overwrite" || arg == "--overwrite=true") {
      overwrite = true;
    } else if (arg == "--overwrite=false") {
      overwrite = false;
    } else if (!TakeValue(argc, argv, i, "db", db) && !TakeValue(argc, argv, i, "to", to)) {
      return UsageError(absl::StrCat("unknown argument \"", arg, "\""));
    }
  }
  if (db.empty()) return UsageError("--db must name the database file");
  if (to.empty()) return UsageError("--to must name the file to write");

  StopOnSignals();
  absl::Time last_print = absl::InfinitePast();
  absl::StatusOr<store::BackupSummary> summary = store::BackupDatabase(
      db, {to, overwrite}, [&last_print](const store::BackupProgress& progress) {
        if (StopRequested().load()) return false;
        const absl::Time now = absl::Now();
        if (now - last_print >= kProgressInterval || progress.pages_copied == progress.page_count) {
          last_print = now;
          std::fprintf(stderr, "leadflow-server backup: %lld of %lld pages copied (%d%%)\n",
                       static_cast<long long>(progress.pages_copied),
                       static_cast<long long>(progress.page_count),
                       progress.page_count == 0
                           ? 100
                           : static_cast<int>(100 * progress.pages_copied / progress.page_count));
        }
        return true;
      });
  if (!summary.ok()) {
    std::fprintf(stderr, "leadflow-server backup: failed, nothing was written: %s\n",
                 std::string(summary.status().message()).c_str());
    return 1;
  }
  std::fprintf(stderr,
               "leadflow-server backup: wrote %s (%s, %lld pages of %lld bytes, schema version "
               "%d), a snapshot of %s as of %s, in %s\n",
               summary->destination.c_str(), Megabytes(summary->size_bytes).c_str(),
               static_cast<long long>(summary->page_count),
               static_cast<long long>(summary->page_size), summary->schema_version, db.c_str(),
               absl::FormatTime(absl::RFC3339_sec, summary->snapshot_time, absl::UTCTimeZone())
                   .c_str(),
               absl::FormatDuration(summary->duration).c_str());
  return 0;
}

}  // namespace leadflow
