#include "api/metrics.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "absl/strings/str_cat.h"

namespace leadflow::api::metrics {
namespace {

absl::string_view TypeName(TextWriter::Type type) {
  switch (type) {
    case TextWriter::Type::kCounter:
      return "counter";
    case TextWriter::Type::kGauge:
      return "gauge";
    case TextWriter::Type::kHistogram:
      return "histogram";
  }
  return "untyped";
}

void AppendLabels(std::string& out, const Labels& labels, absl::string_view le = {}) {
  if (labels.empty() && le.empty()) return;
  out.push_back('{');
  bool first = true;
  for (const auto& [name, value] : labels) {
    absl::StrAppend(&out, first ? "" : ",", name, "=\"", EscapeLabelValue(value), "\"");
    first = false;
  }
  if (!le.empty()) absl::StrAppend(&out, first ? "" : ",", "le=\"", le, "\"");
  out.push_back('}');
}

}  // namespace

Histogram::Histogram(std::vector<double> bounds)
    : bounds_(std::move(bounds)),
      counts_(std::make_unique<std::atomic<std::uint64_t>[]>(bounds_.size() + 1)) {
  for (std::size_t i = 0; i <= bounds_.size(); ++i) counts_[i].store(0, std::memory_order_relaxed);
}

void Histogram::Observe(double value) {
  // Prometheus buckets are "less than or equal": a value on a bound counts
  // in that bound's bucket.
  const auto bucket = static_cast<std::size_t>(
      std::lower_bound(bounds_.begin(), bounds_.end(), value) - bounds_.begin());
  counts_[bucket].fetch_add(1, std::memory_order_relaxed);
  double sum = sum_.load(std::memory_order_relaxed);
  while (!sum_.compare_exchange_weak(sum, sum + value, std::memory_order_relaxed)) {
  }
}

Histogram::Snapshot Histogram::Read() const {
  Snapshot snapshot;
  snapshot.bounds = bounds_;
  snapshot.cumulative.reserve(bounds_.size() + 1);
  for (std::size_t i = 0; i <= bounds_.size(); ++i) {
    snapshot.count += counts_[i].load(std::memory_order_relaxed);
    snapshot.cumulative.push_back(snapshot.count);
  }
  snapshot.sum = sum_.load(std::memory_order_relaxed);
  return snapshot;
}

const std::vector<double>& LatencyBounds() {
  static const auto* const kBounds = new std::vector<double>{
      0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
      0.05,   0.1,     0.25,   0.5,   1,      2.5,   5,    10,    30};
  return *kBounds;
}

void TextWriter::Family(absl::string_view name, Type type, absl::string_view help) {
  absl::StrAppend(&text_, "# HELP ", name, " ", EscapeHelp(help), "\n", "# TYPE ", name, " ",
                  TypeName(type), "\n");
}

void TextWriter::Sample(absl::string_view name, const Labels& labels, double value) {
  text_.append(name.data(), name.size());
  AppendLabels(text_, labels);
  absl::StrAppend(&text_, " ", FormatValue(value), "\n");
}

void TextWriter::Histogram(absl::string_view name, const Labels& labels,
                           const Histogram::Snapshot& snapshot) {
  const std::string bucket = absl::StrCat(name, "_bucket");
  for (std::size_t i = 0; i < snapshot.cumulative.size(); ++i) {
    const std::string le = i < snapshot.bounds.size() ? FormatValue(snapshot.bounds[i]) : "+Inf";
    text_.append(bucket);
    AppendLabels(text_, labels, le);
    absl::StrAppend(&text_, " ", snapshot.cumulative[i], "\n");
  }
  Sample(absl::StrCat(name, "_sum"), labels, snapshot.sum);
  Sample(absl::StrCat(name, "_count"), labels, static_cast<double>(snapshot.count));
}

std::string EscapeLabelValue(absl::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string EscapeHelp(absl::string_view help) {
  std::string out;
  out.reserve(help.size());
  for (char c : help) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string FormatValue(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  // Counts are exact integers below 2^53; print them as such.
  if (std::abs(value) < 9007199254740992.0 && value == std::trunc(value)) {
    return absl::StrCat(static_cast<std::int64_t>(value));
  }
  char buffer[32];
  const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return std::string(buffer, result.ptr);
}

}  // namespace leadflow::api::metrics
