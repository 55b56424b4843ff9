#include "load/driver.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "absl/strings/str_cat.h"

namespace leadflow::bench {
namespace {

using Clock = std::chrono::steady_clock;

Clock::duration ToClock(absl::Duration d) {
  return std::chrono::duration_cast<Clock::duration>(absl::ToChronoNanoseconds(d));
}

class Run {
 public:
  Run(Workload& workload, const DriveOptions& options)
      : workload_(workload),
        options_(options),
        slots_(static_cast<std::size_t>(options.slots)),
        begin_(Clock::now() + ToClock(options.warmup)),
        end_(begin_ + ToClock(options.measure)) {}

  DriveResult Closed() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      busy_ = options_.slots;
    }
    for (int slot = 0; slot < options_.slots; ++slot) StartNext(slot);
    WaitIdle();
    return Collect();
  }

  DriveResult Paced() {
    for (int slot = options_.slots - 1; slot >= 0; --slot) free_.push_back(slot);
    const Clock::time_point start = Clock::now();
    const Clock::duration interval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(1 / options_.rate));
    for (std::int64_t i = 0;; ++i) {
      const Clock::time_point at = start + interval * i;
      if (at >= end_) break;
      std::this_thread::sleep_until(at);
      int slot = -1;
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (free_.empty()) {
          if (at >= begin_) ++skipped_;
          continue;
        }
        slot = free_.back();
        free_.pop_back();
        ++busy_;
      }
      if (!Start(slot, /*closed=*/false)) Release(slot, /*exhausted=*/true);
    }
    WaitIdle();
    return Collect();
  }

 private:
  struct Slot {
    std::int64_t calls = 0;
    std::int64_t errors = 0;
    bool exhausted = false;
    std::vector<std::int64_t> latencies_ns;
  };

  // Closed loop: the slot's next call, or the slot stops at the end.
  void StartNext(int slot) {
    if (Clock::now() >= end_) {
      Release(slot, /*exhausted=*/false);
    } else if (!Start(slot, /*closed=*/true)) {
      Release(slot, /*exhausted=*/true);
    }
  }

  bool Start(int slot, bool closed) {
    const Clock::time_point start = Clock::now();
    return workload_.Issue(slot, [this, slot, start, closed](const grpc::Status& status) {
      Ended(slot, start, status);
      if (closed) {
        StartNext(slot);
      } else {
        Release(slot, /*exhausted=*/false);
      }
    });
  }

  // A slot's calls end one after another, so its tallies need no lock.
  void Ended(int slot, Clock::time_point start, const grpc::Status& status) {
    const Clock::time_point now = Clock::now();
    Slot& tally = slots_[static_cast<std::size_t>(slot)];
    if (!status.ok()) {
      ++tally.errors;
      std::lock_guard<std::mutex> lock(mu_);
      if (first_error_.empty()) {
        first_error_ = absl::StrCat(status.error_code(), " ", status.error_message());
      }
    } else if (now >= begin_ && now < end_) {
      ++tally.calls;
      tally.latencies_ns.push_back(
          std::chrono::duration_cast<std::chrono::nanoseconds>(now - start).count());
    }
  }

  // The slot has no call in flight: back to the free list (paced), or done
  // for good (closed loop, or exhausted).
  void Release(int slot, bool exhausted) {
    std::lock_guard<std::mutex> lock(mu_);
    if (exhausted) {
      slots_[static_cast<std::size_t>(slot)].exhausted = true;
    } else if (options_.rate > 0) {
      free_.push_back(slot);
    }
    if (--busy_ == 0) idle_.notify_all();
  }

  void WaitIdle() {
    std::unique_lock<std::mutex> lock(mu_);
    idle_.wait(lock, [this] { return busy_ == 0; });
  }

  DriveResult Collect() {
    DriveResult result;
    result.seconds = std::chrono::duration<double>(end_ - begin_).count();
    result.skipped = skipped_;
    result.first_error = first_error_;
    for (Slot& slot : slots_) {
      result.calls += slot.calls;
      result.errors += slot.errors;
      result.exhausted_slots += slot.exhausted ? 1 : 0;
      result.latencies_ns.insert(result.latencies_ns.end(), slot.latencies_ns.begin(),
                                 slot.latencies_ns.end());
    }
    return result;
  }

  Workload& workload_;
  const DriveOptions options_;
  std::vector<Slot> slots_;
  const Clock::time_point begin_;  // of the measured window
  const Clock::time_point end_;
  std::mutex mu_;
  std::condition_variable idle_;
  int busy_ = 0;           // slots with a call in flight (closed loop: not yet done)
  std::vector<int> free_;  // paced: slots without a call
  std::int64_t skipped_ = 0;
  std::string first_error_;
};

}  // namespace

DriveResult Drive(Workload& workload, const DriveOptions& options) {
  Run run(workload, options);
  return options.rate > 0 ? run.Paced() : run.Closed();
}

}  // namespace leadflow::bench
