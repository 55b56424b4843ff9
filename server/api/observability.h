#ifndef LEADFLOW_SERVER_API_OBSERVABILITY_H_
#define LEADFLOW_SERVER_API_OBSERVABILITY_H_

// What an operator sees of a running server: Prometheus metrics over HTTP
// (call_metrics.h, store_metrics.h, metrics_http.h) and the access log
// (access_log.h). Both hear of calls as CallTracker observers, and of the
// store's writer through the WriterStats handed to the store.
//

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "api/access_log.h"
#include "api/call_metrics.h"
#include "api/call_tracker.h"
#include "api/event_hub.h"
#include "api/metrics_http.h"
#include "api/store_metrics.h"
#include "google/protobuf/descriptor.h"

namespace leadflow::api {

class Observability {
 public:
  // Subscribes to every call `calls` tracks (before the server starts;
  // `calls` must outlive the server, which must stop before this is
  // destroyed). Calls to the methods of `services`, gRPC's health service
  // and reflection get a series each (null services are skipped). The
  // access log goes to stderr.
  Observability(CallTracker& calls,
                const std::vector<const google::protobuf::ServiceDescriptor*>& services,
                std::string db_path, AccessLogLevel access_log);

  // For store::SqliteStore::Options::writer_stats.
  store::WriterStats* writer_stats() { return &store_metrics_; }

  // Serves /metrics on `listen` (see MetricsEndpoint::Start); a no-op for
  // an empty address.
  absl::Status ServeMetrics(absl::string_view listen, bool insecure);

  // Reports the change feed of `hub` from now on; `hub` must outlive the
  // metrics endpoint (this object).
  void WatchFeed(const EventHub* hub) { feed_.store(hub); }

  // "host:port" /metrics is served on; empty when it is not.
  std::string metrics_address() const;

  // The whole exposition, as a scrape gets it.
  std::string RenderMetrics() const;

 private:
  const CallTracker& calls_;
  CallMetrics call_metrics_;
  StoreMetrics store_metrics_;
  AccessLog access_log_;
  std::atomic<const EventHub*> feed_{nullptr};
  std::unique_ptr<MetricsEndpoint> endpoint_;  // last: stops before the rest goes
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_OBSERVABILITY_H_
