#include "api/observability.h"

#include <unistd.h>

#include <utility>

#include "absl/strings/str_cat.h"
#include "api/metrics.h"

namespace leadflow::api {
namespace {

// The full gRPC method names of `services` and of the services gRPC adds.
std::vector<std::string> MethodNames(
    const std::vector<const google::protobuf::ServiceDescriptor*>& services) {
  std::vector<std::string> names = {"/grpc.health.v1.Health/Check", "/grpc.health.v1.Health/Watch",
                                    "/grpc.reflection.v1alpha.ServerReflection/"
                                    "ServerReflectionInfo"};
  for (const google::protobuf::ServiceDescriptor* service : services) {
    if (service == nullptr) continue;
    for (int i = 0; i < service->method_count(); ++i) {
      names.push_back(absl::StrCat("/", service->full_name(), "/", service->method(i)->name()));
    }
  }
  return names;
}

}  // namespace

Observability::Observability(
    CallTracker& calls, const std::vector<const google::protobuf::ServiceDescriptor*>& services,
    std::string db_path, AccessLogLevel access_log)
    : calls_(calls),
      call_metrics_(MethodNames(services)),
      store_metrics_(std::move(db_path)),
      access_log_(access_log, STDERR_FILENO) {
  calls.AddObserver([this](const CallEnd& end) { call_metrics_.Record(end); });
  if (access_log != AccessLogLevel::kOff) {
    calls.AddObserver([this](const CallEnd& end) { access_log_.Record(end); });
  }
}

absl::Status Observability::ServeMetrics(absl::string_view listen, bool insecure) {
  if (listen.empty()) return absl::OkStatus();
  absl::StatusOr<std::unique_ptr<MetricsEndpoint>> endpoint =
      MetricsEndpoint::Start(listen, insecure, [this] { return RenderMetrics(); });
  if (!endpoint.ok()) return endpoint.status();
  endpoint_ = *std::move(endpoint);
  return absl::OkStatus();
}

std::string Observability::metrics_address() const {
  return endpoint_ == nullptr ? "" : endpoint_->address();
}

std::string Observability::RenderMetrics() const {
  metrics::TextWriter out;
  call_metrics_.Render(calls_, out);
  store_metrics_.Render(out);
  if (const EventHub* feed = feed_.load()) {
    out.Family("leadflow_feed_latest_sequence", metrics::TextWriter::Type::kGauge,
               "The newest change-feed event committed (as the feed's hub has read it).");
    out.Sample("leadflow_feed_latest_sequence", {},
               static_cast<double>(feed->latest_sequence()));
    out.Family("leadflow_feed_watches", metrics::TextWriter::Type::kGauge,
               "WatchEvents streams being fed.");
    out.Sample("leadflow_feed_watches", {}, static_cast<double>(feed->stream_count()));
  }
  out.Family("leadflow_access_log_dropped_lines_total", metrics::TextWriter::Type::kCounter,
             "Access log lines dropped because the log could not keep up (or failed).");
  out.Sample("leadflow_access_log_dropped_lines_total", {},
             static_cast<double>(access_log_.dropped()));
  return out.text();
}

}  // namespace leadflow::api
