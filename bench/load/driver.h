#ifndef LEADFLOW_BENCH_LOAD_DRIVER_H_
#define LEADFLOW_BENCH_LOAD_DRIVER_H_

// The load engine. Closed loop: a fixed number of slots, each with one call
// in flight on gRPC's callback API, each completion starting its slot's
// next call at once; the server's pace sets the rate, and throughput at a
// fixed concurrency is what is measured. Paced (open loop): calls start at
// a fixed rate whatever the server's pace, for latency at a given load.
// Either way calls that end during the warm-up are not counted.

#include <cstdint>
#include <string>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "absl/functional/any_invocable.h"
#include "absl/time/time.h"

namespace leadflow::bench {

using SlotDone = absl::AnyInvocable<void(const grpc::Status&)>;

// What the engine drives: the calls of one scenario. A slot never has two
// calls in flight, so a scenario may keep per-slot state (records it owns,
// their etags) without locks.
class Workload {
 public:
  virtual ~Workload() = default;
  // Starts slot `slot`'s next call, which calls `done` once when it ends.
  // False, without calling `done`, when the slot has nothing left to do
  // (the records prepared for it are used up).
  virtual bool Issue(int slot, SlotDone done) = 0;
};

struct DriveOptions {
  int slots = 256;
  absl::Duration warmup = absl::Seconds(1);
  absl::Duration measure = absl::Seconds(5);
  // 0: closed loop. Else calls start `rate` times a second on a free slot;
  // a start that finds every slot busy is skipped (and counted).
  double rate = 0;
};

struct DriveResult {
  std::int64_t calls = 0;   // ended OK within the measured window
  std::int64_t errors = 0;  // failed, whenever
  std::int64_t exhausted_slots = 0;
  std::int64_t skipped = 0;                // paced starts that found no free slot
  double seconds = 0;                      // the measured window
  std::vector<std::int64_t> latencies_ns;  // of `calls`, from start to end
  std::string first_error;

  double throughput() const { return seconds > 0 ? static_cast<double>(calls) / seconds : 0; }
};

DriveResult Drive(Workload& workload, const DriveOptions& options);

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_LOAD_DRIVER_H_
