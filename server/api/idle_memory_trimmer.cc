#include "api/idle_memory_trimmer.h"

#include <malloc.h>

#include <algorithm>

#include "absl/time/time.h"

// gperftools' tcmalloc, when the binary runs on it (leadflow-server does;
// server/CMakeLists.txt): weak, so that binaries on glibc's malloc (the
// tests, sanitizer builds) link without it and see nullptr.
extern "C" void MallocExtension_ReleaseFreeMemory() __attribute__((weak));

namespace leadflow::api {
namespace {

// Returns the allocator's free pages to the system.
void ReleaseFreeMemory() {
  if (MallocExtension_ReleaseFreeMemory != nullptr) {
    MallocExtension_ReleaseFreeMemory();
  } else {
    malloc_trim(0);
  }
}

}  // namespace

IdleMemoryTrimmer::IdleMemoryTrimmer(CallTracker& counter)
    : counter_(counter), thread_([this] { Run(); }) {}

IdleMemoryTrimmer::~IdleMemoryTrimmer() {
  stop_.Notify();
  thread_.join();
}

void IdleMemoryTrimmer::Run() {
  bool burst_pending = false;
  // The most streams open at once since the last trim: a thousand watches
  // that end free their memory without any call in flight to notice.
  int stream_peak = counter_.streams();
  while (!stop_.WaitForNotificationWithTimeout(absl::Seconds(1))) {
    if (counter_.TakePeak() >= kBurstCalls) burst_pending = true;
    const int streams = counter_.streams();
    stream_peak = std::max(stream_peak, streams);
    if (stream_peak - streams >= kBurstCalls) burst_pending = true;
    if (burst_pending && counter_.in_flight() < kBurstCalls / 4) {
      ReleaseFreeMemory();
      burst_pending = false;
      stream_peak = streams;
    }
  }
}

}  // namespace leadflow::api
