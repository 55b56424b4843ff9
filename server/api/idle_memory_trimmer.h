#ifndef LEADFLOW_SERVER_API_IDLE_MEMORY_TRIMMER_H_
#define LEADFLOW_SERVER_API_IDLE_MEMORY_TRIMMER_H_

// Gives memory back to the system after a burst of calls. Allocators keep
// freed memory for reuse (glibc's malloc in per-thread arenas, tcmalloc in
// its page heap), so after a thousand large replies the process stays at
// its peak size long after they were sent.
// Once a second this checks whether a burst has passed — the peak of calls
// in flight since the last check was high and the server is now quiet, or
// many long-lived streams (watches) have ended — and then asks the
// allocator to return its free pages (malloc_trim, or tcmalloc's
// ReleaseFreeMemory), which costs milliseconds, only after bursts, and off
// the serving threads.

#include <thread>

#include "absl/synchronization/notification.h"
#include "api/call_tracker.h"

namespace leadflow::api {

class IdleMemoryTrimmer {
 public:
  // A burst is a peak of at least this many calls in flight, or this many
  // streams ended since the last trim.
  static constexpr int kBurstCalls = 64;

  // Starts the checking thread; `counter` must outlive this object.
  explicit IdleMemoryTrimmer(CallTracker& counter);
  ~IdleMemoryTrimmer();  // Stops the thread.

  IdleMemoryTrimmer(const IdleMemoryTrimmer&) = delete;
  IdleMemoryTrimmer& operator=(const IdleMemoryTrimmer&) = delete;

 private:
  void Run();

  CallTracker& counter_;
  absl::Notification stop_;
  std::thread thread_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_IDLE_MEMORY_TRIMMER_H_
