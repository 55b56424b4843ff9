#ifndef LEADFLOW_SERVER_STORE_WRITER_H_
#define LEADFLOW_SERVER_STORE_WRITER_H_

// The single path of every write: one thread owns the read-write connection
// and commits queued jobs in groups. Each job runs inside its own SAVEPOINT
// of a shared transaction, so a job that fails is rolled back alone, and the
// group pays for one commit (one disk sync) instead of one per request.
// A job's `finish` runs only after the group's COMMIT returned, so nothing
// is acknowledged before it is durable.

#include <deque>
#include <memory>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/functional/any_invocable.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "store/sqlite_connection.h"
#include "store/writer_stats.h"

namespace leadflow::store {

struct WriteJob {
  // Does the job's reads and writes. A non-OK status rolls back this job
  // only. May throw SQLite::Exception, which counts as INTERNAL.
  absl::AnyInvocable<absl::Status(SqliteConnection&)> apply;
  // Hears the outcome: apply's status, or the group's commit failure.
  absl::AnyInvocable<void(absl::Status) &&> finish;
};

class Writer {
 public:
  // The default bound on jobs committed in one transaction: it bounds the
  // latency a job can add to the others in its group.
  static constexpr std::size_t kDefaultMaxGroupSize = 256;

  // Table statistics are refreshed after this many jobs (and at start-up),
  // so the query planner keeps choosing the right index as tables grow.
  static constexpr std::size_t kJobsBetweenStatistics = 10'000;

  // `statistics_refreshed` is called on the writer thread after each
  // refresh of the planner's statistics. `max_group_size` 1 commits every
  // job on its own (for comparison in bench/write_throughput_bench).
  // `stats`, when given, hears of the queue and of every group, and must
  // outlive the writer.
  Writer(std::unique_ptr<SqliteConnection> connection,
         absl::AnyInvocable<void()> statistics_refreshed,
         std::size_t max_group_size = kDefaultMaxGroupSize, WriterStats* stats = nullptr);
  ~Writer();  // Calls Shutdown().

  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Queues `job`. After Shutdown() the job is finished at once with
  // UNAVAILABLE and never applied.
  void Submit(WriteJob job);

  // Finishes every queued job, then stops the thread. Idempotent.
  void Shutdown();

 private:
  void Run();
  void CommitGroup(std::deque<WriteJob>& group);
  void RefreshStatistics();

  std::unique_ptr<SqliteConnection> connection_;
  absl::AnyInvocable<void()> statistics_refreshed_;
  const std::size_t max_group_size_;
  WriterStats own_stats_;  // used when none is given
  WriterStats* const stats_;
  absl::Mutex mu_;
  std::deque<WriteJob> queue_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::size_t jobs_since_statistics_ = 0;  // writer thread only
  std::thread thread_;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_WRITER_H_
