#include "store/writer.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include <sqlite3.h>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "store/storage_error.h"

namespace leadflow::store {
namespace {

// Runs one job inside its savepoint. Returns the job's status; throws only
// when the savepoint itself cannot be rolled back, which dooms the group.
absl::Status ApplyInSavepoint(SqliteConnection& connection, WriteJob& job) {
  SQLite::Database& db = connection.db();
  db.exec("SAVEPOINT job");
  absl::Status status;
  try {
    status = job.apply(connection);
  } catch (const std::exception& e) {
    status = StorageError(e);
  }
  if (!status.ok()) db.exec("ROLLBACK TO job");
  db.exec("RELEASE job");
  return status;
}

}  // namespace

Writer::Writer(std::unique_ptr<SqliteConnection> connection,
               absl::AnyInvocable<void()> statistics_refreshed, Options options)
    : connection_(std::move(connection)),
      statistics_refreshed_(std::move(statistics_refreshed)),
      max_group_size_(std::max<std::size_t>(1, options.max_group_size)),
      max_queue_wait_(options.max_queue_wait),
      committed_(std::move(options.committed)),
      stats_(options.stats != nullptr ? options.stats : &own_stats_),
      thread_([this] { Run(); }) {}

Writer::~Writer() { Shutdown(); }

void Writer::Submit(WriteJob job) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stopping_) {
      job.queued = absl::Now();
      queue_.push_back(std::move(job));
      stats_->AddQueued(1);
      wake_.notify_one();
      return;
    }
  }
  std::move(job.finish)(domain::ServerError(absl::StatusCode::kUnavailable,
                                            "the server is shutting down"));
}

void Writer::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Writer::RefreshStatistics() {
  jobs_since_statistics_ = 0;
  try {
    // A sampled ANALYZE: tens of milliseconds on 100,000-row tables, and
    // enough for the planner to tell a selective index from a broad one.
    connection_->db().exec("PRAGMA analysis_limit = 10000; ANALYZE");
  } catch (const std::exception&) {
    // Statistics only guide the planner; queries stay correct without them.
    return;
  }
  if (statistics_refreshed_) statistics_refreshed_();
}

void Writer::Run() {
  RefreshStatistics();
  while (true) {
    std::deque<WriteJob> group;
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to do
      while (!queue_.empty() && group.size() < max_group_size_) {
        group.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
      stats_->AddQueued(-static_cast<std::int64_t>(group.size()));
    }
    DropExpired(group);
    jobs_since_statistics_ += group.size();
    if (!group.empty()) CommitGroup(group);
    if (jobs_since_statistics_ >= kJobsBetweenStatistics) RefreshStatistics();
  }
}

void Writer::DropExpired(std::deque<WriteJob>& group) {
  if (max_queue_wait_ == absl::InfiniteDuration()) return;
  // Jobs are stamped in queue order (under the lock), so the ones that
  // waited too long are a prefix of the group: nothing to copy.
  const absl::Time oldest_allowed = absl::Now() - max_queue_wait_;
  while (!group.empty() && group.front().queued < oldest_allowed) {
    std::move(group.front().finish)(domain::Refused(
        absl::StatusCode::kDeadlineExceeded, leadflow::v1::SERVER_BUSY,
        absl::StrCat("the write waited more than ", absl::FormatDuration(max_queue_wait_),
                     " for its turn and was not applied; the server is overloaded, retry "
                     "with backoff")));
    group.pop_front();
  }
}

void Writer::CommitGroup(std::deque<WriteJob>& group) {
  SQLite::Database& db = connection_->db();
  std::vector<absl::Status> outcomes;
  outcomes.reserve(group.size());
  const absl::Time begin = absl::Now();
  bool committed = false;
  try {
    // IMMEDIATE takes the write lock up front, so a job never fails halfway
    // for want of it.
    db.exec("BEGIN IMMEDIATE");
    for (WriteJob& job : group) outcomes.push_back(ApplyInSavepoint(*connection_, job));
    db.exec("COMMIT");
    committed = true;
  } catch (const std::exception& e) {
    // Nothing of the group is durable: every job fails, even those whose
    // own work succeeded.
    absl::Status failure = StorageError(e);
    try {
      if (!db.getHandle() || sqlite3_get_autocommit(db.getHandle()) == 0) {
        db.exec("ROLLBACK");
      }
    } catch (const std::exception&) {
      // The connection reverts an unfinished transaction on its own.
    }
    outcomes.resize(group.size(), failure);
    for (absl::Status& outcome : outcomes) {
      if (outcome.ok()) outcome = failure;
    }
  }
  stats_->GroupDone(group.size(), absl::Now() - begin);
  if (committed && committed_) committed_();
  for (std::size_t i = 0; i < group.size(); ++i) {
    std::move(group[i].finish)(std::move(outcomes[i]));
  }
}

}  // namespace leadflow::store
