#include "api/idle_memory_trimmer.h"

#include <malloc.h>

#include "absl/time/time.h"

namespace leadflow::api {

IdleMemoryTrimmer::IdleMemoryTrimmer(CallTracker& counter)
    : counter_(counter), thread_([this] { Run(); }) {}

IdleMemoryTrimmer::~IdleMemoryTrimmer() {
  stop_.Notify();
  thread_.join();
}

void IdleMemoryTrimmer::Run() {
  bool burst_pending = false;
  while (!stop_.WaitForNotificationWithTimeout(absl::Seconds(1))) {
    if (counter_.TakePeak() >= kBurstCalls) burst_pending = true;
    if (burst_pending && counter_.in_flight() < kBurstCalls / 4) {
      malloc_trim(0);
      burst_pending = false;
    }
  }
}

}  // namespace leadflow::api
