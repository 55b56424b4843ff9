#ifndef LEADFLOW_SERVER_API_METRICS_H_
#define LEADFLOW_SERVER_API_METRICS_H_

// The pieces Leadflow's metrics are made of, and their rendering in the
// Prometheus text exposition format, version 0.0.4: a histogram cheap
// enough to update on every call (atomics, no lock), and a writer that
// formats families and samples with HELP and TYPE lines and escaped labels.
// What is measured lives elsewhere (call_metrics.h, store_metrics.h).

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace leadflow::api::metrics {

// Observations counted into buckets by upper bound. Observe() is lock-free:
// one atomic increment for the bucket and a compare-and-swap for the sum.
class Histogram {
 public:
  // What a scrape reads: cumulative counts per upper bound, the last one
  // for +Inf (so it equals `count`).
  struct Snapshot {
    std::vector<double> bounds;
    std::vector<std::uint64_t> cumulative;  // bounds.size() + 1 entries
    double sum = 0;
    std::uint64_t count = 0;
  };

  // `bounds` must be finite and strictly increasing; +Inf is implied.
  explicit Histogram(std::vector<double> bounds);

  void Observe(double value);
  Snapshot Read() const;

 private:
  const std::vector<double> bounds_;
  // Per bucket, not cumulative, so Observe() touches one of them.
  std::unique_ptr<std::atomic<std::uint64_t>[]> counts_;
  std::atomic<double> sum_{0};
};

// Upper bounds for latencies in seconds, from 100 µs to 30 s.
const std::vector<double>& LatencyBounds();

using Labels = std::vector<std::pair<absl::string_view, std::string>>;

// Builds one exposition. Each family is started with Family() and followed
// by its samples; names and label names are the caller's constants, label
// values may be anything and are escaped.
class TextWriter {
 public:
  enum class Type { kCounter, kGauge, kHistogram };

  void Family(absl::string_view name, Type type, absl::string_view help);
  void Sample(absl::string_view name, const Labels& labels, double value);
  // The _bucket, _sum and _count samples of histogram `name`.
  void Histogram(absl::string_view name, const Labels& labels,
                 const Histogram::Snapshot& snapshot);

  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// The format's escaping: a label value escapes \, " and line feed; a HELP
// text escapes \ and line feed.
std::string EscapeLabelValue(absl::string_view value);
std::string EscapeHelp(absl::string_view help);
// A sample value or bound: integers without a fraction, +Inf, -Inf, NaN,
// otherwise the shortest text that reads back as the same double.
std::string FormatValue(double value);

// The media type of the exposition.
inline constexpr char kContentType[] = "text/plain; version=0.0.4; charset=utf-8";

}  // namespace leadflow::api::metrics

#endif  // LEADFLOW_SERVER_API_METRICS_H_
