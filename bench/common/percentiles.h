#ifndef LEADFLOW_BENCH_COMMON_PERCENTILES_H_
#define LEADFLOW_BENCH_COMMON_PERCENTILES_H_

// Latency percentiles of a run's samples, the way every bench reports them.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace leadflow::bench {

struct Percentiles {
  double p50 = 0, p99 = 0, p999 = 0, max = 0;
  std::size_t count = 0;
};

// The percentiles of `samples`, each divided by `unit` (1e6 turns
// nanoseconds into milliseconds). A percentile is the sample at that rank,
// never an interpolation, so that p99.9 of a small run is a latency that
// actually happened. All zero when there are no samples.
Percentiles Summarize(std::vector<std::int64_t> samples, double unit = 1);

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_COMMON_PERCENTILES_H_
