#ifndef LEADFLOW_SERVER_STORE_WRITER_H_
#define LEADFLOW_SERVER_STORE_WRITER_H_

// The single path of every write: one thread owns the read-write connection
// and commits queued jobs in groups. Each job runs inside its own SAVEPOINT
// of a shared transaction, so a job that fails is rolled back alone, and the
// group pays for one commit (one disk sync) instead of one per request.
// A job's `finish` runs only after the group's COMMIT returned, so nothing
// is acknowledged before it is durable.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <memory>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/functional/any_invocable.h"
#include "absl/status/status.h"
#include "absl/time/time.h"
#include "store/sqlite_connection.h"
#include "store/writer_stats.h"

namespace leadflow::store {

struct WriteJob {
  // Does the job's reads and writes. A non-OK status rolls back this job
  // only. May throw SQLite::Exception, which counts as INTERNAL.
  absl::AnyInvocable<absl::Status(SqliteConnection&)> apply;
  // Hears the outcome: apply's status, or the group's commit failure.
  absl::AnyInvocable<void(absl::Status) &&> finish;
  // When the job was queued (set by Writer::Submit).
  absl::Time queued;
};

class Writer {
 public:
  // The default bound on jobs committed in one transaction: it bounds the
  // latency a job can add to the others in its group.
  static constexpr std::size_t kDefaultMaxGroupSize = 256;

  // Table statistics are refreshed after this many jobs (and at start-up),
  // so the query planner keeps choosing the right index as tables grow.
  static constexpr std::size_t kJobsBetweenStatistics = 10'000;

  struct Options {
    // Most jobs committed together; 1 commits every job on its own (for
    // comparison in bench/write_throughput_bench).
    std::size_t max_group_size = kDefaultMaxGroupSize;
    // Hears of the queue and of every group; must outlive the writer.
    WriterStats* stats = nullptr;
    // A job still queued after this long is not applied: it finishes with
    // DEADLINE_EXCEEDED (SERVER_BUSY). This is what bounds how long a write
    // call can take when writes arrive faster than the disk commits them.
    absl::Duration max_queue_wait = absl::InfiniteDuration();
    // Called on the writer thread after each group commits, before its
    // jobs are finished; must not block.
    std::function<void()> committed;
  };

  // `statistics_refreshed` is called on the writer thread after each
  // refresh of the planner's statistics.
  Writer(std::unique_ptr<SqliteConnection> connection,
         absl::AnyInvocable<void()> statistics_refreshed, Options options);
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
  // Finishes the jobs of `group` that waited too long, and keeps the rest.
  void DropExpired(std::deque<WriteJob>& group);
  void CommitGroup(std::deque<WriteJob>& group);
  void RefreshStatistics();

  std::unique_ptr<SqliteConnection> connection_;
  absl::AnyInvocable<void()> statistics_refreshed_;
  const std::size_t max_group_size_;
  const absl::Duration max_queue_wait_;
  const std::function<void()> committed_;
  WriterStats own_stats_;  // used when none is given
  WriterStats* const stats_;
  // std::mutex rather than absl::Mutex: ThreadSanitizer sees through the
  // pthread calls, not through Debian's uninstrumented libabsl.
  std::mutex mu_;
  std::condition_variable wake_;  // work was queued, or stopping
  std::deque<WriteJob> queue_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::size_t jobs_since_statistics_ = 0;  // writer thread only
  std::thread thread_;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_WRITER_H_
