#ifndef LEADFLOW_SERVER_STORE_WRITER_STATS_H_
#define LEADFLOW_SERVER_STORE_WRITER_STATS_H_

// What the writer (writer.h) tells monitoring about its work: how many jobs
// wait, and how each group went. The store knows nothing of how this is
// exported; the API layer derives from WriterStats to turn it into metrics.

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "absl/time/time.h"

namespace leadflow::store {

class WriterStats {
 public:
  virtual ~WriterStats() = default;

  // Jobs submitted and not yet taken into a group: how far the writer is
  // behind. Updated by the writer on every submit and group.
  std::int64_t queue_depth() const { return queue_depth_.load(std::memory_order_relaxed); }
  void AddQueued(std::int64_t jobs) { queue_depth_.fetch_add(jobs, std::memory_order_relaxed); }

  // Called on the writer thread after each group's transaction ended,
  // committed or not: `jobs` in the group, and the time from BEGIN to the
  // end of COMMIT (or of the rollback). The next group waits for it, so it
  // must be quick.
  virtual void GroupDone(std::size_t /*jobs*/, absl::Duration /*transaction*/) {}

 private:
  std::atomic<std::int64_t> queue_depth_{0};
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_WRITER_STATS_H_
