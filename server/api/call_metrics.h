#ifndef LEADFLOW_SERVER_API_CALL_METRICS_H_
#define LEADFLOW_SERVER_API_CALL_METRICS_H_

// Counts every call as it ends — by method and status code, its latency by
// method, and the refusals by reason — as a CallTracker observer. The hot
// path takes no lock: the cells of every method are made up front, so an
// ended call finds its method in an immutable map and bumps atomics.

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "api/call_tracker.h"
#include "api/metrics.h"

namespace leadflow::api {

class CallMetrics {
 public:
  // The label of calls to any method not in the list given to the
  // constructor, so that clients naming made-up methods cannot grow the
  // number of series.
  static constexpr char kOtherMethod[] = "other";

  // `methods` are full names as gRPC gives them ("/pkg.Service/Method").
  explicit CallMetrics(const std::vector<std::string>& methods);

  // The observer: cheap, lock-free, on the call's thread.
  void Record(const CallEnd& end);

  // leadflow_calls_total, leadflow_call_duration_seconds,
  // leadflow_calls_in_flight (from `tracker`), leadflow_calls_refused_total.
  // Methods with no calls yet are left out.
  void Render(const CallTracker& tracker, metrics::TextWriter& out) const;

 private:
  static constexpr int kCodes = 17;  // grpc::StatusCode OK .. UNAUTHENTICATED
  static constexpr int kRefusals = 4;

  struct MethodCells {
    explicit MethodCells(std::string name);
    std::string name;
    std::array<std::atomic<std::uint64_t>, kCodes> calls{};
    metrics::Histogram latency;
  };

  MethodCells& CellsOf(const std::string& method);

  std::vector<std::unique_ptr<MethodCells>> methods_;  // the last is kOtherMethod
  absl::flat_hash_map<std::string, MethodCells*> by_name_;  // never changes after construction
  std::array<std::atomic<std::uint64_t>, kRefusals> refused_{};  // by Refusal - 1
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_CALL_METRICS_H_
