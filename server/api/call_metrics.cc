#include "api/call_metrics.h"

#include <optional>
#include <utility>

#include "absl/status/status.h"
#include "absl/time/time.h"

namespace leadflow::api {
namespace {

using metrics::TextWriter;

// The `reason` label of a refusal; nullopt for a call admission let in.
std::optional<absl::string_view> RefusalLabel(Refusal refusal) {
  switch (refusal) {
    case Refusal::kNone:
      return std::nullopt;
    case Refusal::kUnauthenticated:
      return "auth";
    case Refusal::kScope:
      return "scope";
    case Refusal::kLimit:
      return "limit";
    case Refusal::kRate:
      return "rate";
  }
  return std::nullopt;
}

constexpr Refusal kAllRefusals[] = {Refusal::kUnauthenticated, Refusal::kScope, Refusal::kLimit,
                                 Refusal::kRate};
// refused_ is indexed by a refusal's value less one.
static_assert(static_cast<int>(Refusal::kUnauthenticated) == 1 &&
              static_cast<int>(Refusal::kRate) == 4);

}  // namespace

CallMetrics::MethodCells::MethodCells(std::string name)
    : name(std::move(name)), latency(metrics::LatencyBounds()) {}

CallMetrics::CallMetrics(const std::vector<std::string>& methods) {
  for (const std::string& method : methods) {
    if (by_name_.contains(method)) continue;
    methods_.push_back(std::make_unique<MethodCells>(method));
    by_name_[method] = methods_.back().get();
  }
  methods_.push_back(std::make_unique<MethodCells>(kOtherMethod));
}

CallMetrics::MethodCells& CallMetrics::CellsOf(const std::string& method) {
  auto it = by_name_.find(method);
  return it == by_name_.end() ? *methods_.back() : *it->second;
}

void CallMetrics::Record(const CallEnd& end) {
  MethodCells& cells = CellsOf(end.record.method);
  const int code = static_cast<int>(end.code);
  if (code >= 0 && code < kCodes) cells.calls[code].fetch_add(1, std::memory_order_relaxed);
  cells.latency.Observe(absl::ToDoubleSeconds(end.duration));
  if (end.record.refusal != Refusal::kNone) {
    const auto index = static_cast<std::size_t>(end.record.refusal) - 1;
    if (index < refused_.size()) refused_[index].fetch_add(1, std::memory_order_relaxed);
  }
}

void CallMetrics::Render(const CallTracker& tracker, TextWriter& out) const {
  out.Family("leadflow_calls_total", TextWriter::Type::kCounter,
             "gRPC calls ended, by full method name and status code.");
  for (const auto& cells : methods_) {
    for (int code = 0; code < kCodes; ++code) {
      const std::uint64_t calls = cells->calls[code].load(std::memory_order_relaxed);
      if (calls == 0) continue;
      out.Sample("leadflow_calls_total",
                 {{"method", cells->name},
                  {"code", absl::StatusCodeToString(static_cast<absl::StatusCode>(code))}},
                 static_cast<double>(calls));
    }
  }
  out.Family("leadflow_call_duration_seconds", TextWriter::Type::kHistogram,
             "Time from a call's start until it ended, by full method name.");
  for (const auto& cells : methods_) {
    metrics::Histogram::Snapshot latency = cells->latency.Read();
    if (latency.count == 0) continue;
    out.Histogram("leadflow_call_duration_seconds", {{"method", cells->name}}, latency);
  }
  out.Family("leadflow_calls_in_flight", TextWriter::Type::kGauge,
             "gRPC calls started and not yet ended.");
  out.Sample("leadflow_calls_in_flight", {}, tracker.in_flight());
  out.Family("leadflow_streams_in_flight", TextWriter::Type::kGauge,
             "Streaming calls (change-feed watches, backups, imports) started and not yet ended; "
             "not counted in leadflow_calls_in_flight.");
  out.Sample("leadflow_streams_in_flight", {}, tracker.streams());
  out.Family("leadflow_calls_refused_total", TextWriter::Type::kCounter,
             "Calls refused by admission: auth (no or bad credentials), scope (the principal "
             "lacks the method's scope), limit (calls or reply bytes in flight), rate.");
  for (Refusal refusal : kAllRefusals) {
    const auto index = static_cast<std::size_t>(refusal) - 1;
    out.Sample("leadflow_calls_refused_total", {{"reason", std::string(*RefusalLabel(refusal))}},
               static_cast<double>(refused_[index].load(std::memory_order_relaxed)));
  }
}

}  // namespace leadflow::api
