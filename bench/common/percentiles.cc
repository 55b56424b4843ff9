#include "common/percentiles.h"

#include <algorithm>

namespace leadflow::bench {

Percentiles Summarize(std::vector<std::int64_t> samples, double unit) {
  Percentiles p;
  p.count = samples.size();
  if (samples.empty()) return p;
  std::sort(samples.begin(), samples.end());
  auto at = [&](double q) {
    const std::size_t index = std::min(
        samples.size() - 1, static_cast<std::size_t>(q * static_cast<double>(samples.size())));
    return static_cast<double>(samples[index]) / unit;
  };
  p.p50 = at(0.50);
  p.p99 = at(0.99);
  p.p999 = at(0.999);
  p.max = static_cast<double>(samples.back()) / unit;
  return p;
}

}  // namespace leadflow::bench
