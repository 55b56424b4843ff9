#ifndef LEADFLOW_SERVER_API_METRICS_HTTP_H_
#define LEADFLOW_SERVER_API_METRICS_HTTP_H_

// Serves GET /metrics over plain HTTP with libmicrohttpd, on one event
// thread of its own: a scraper that stalls holds a connection slot (at most
// 16, closed after 10 s idle), never a thread, and nothing here touches
// gRPC's threads. The endpoint has neither authentication nor TLS, so it
// listens on loopback unless explicitly allowed otherwise.

#include <functional>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

struct MHD_Daemon;

namespace leadflow::api {

class MetricsEndpoint {
 public:
  // Starts serving on `listen` ("host:port", "[v6]:port"; port 0 picks a
  // free port) the exposition `render` returns, called on the endpoint's
  // thread for each scrape. FAILED_PRECONDITION for an address beyond
  // loopback unless `insecure` (see listen_policy.h); UNAVAILABLE when the
  // address cannot be bound.
  static absl::StatusOr<std::unique_ptr<MetricsEndpoint>> Start(
      absl::string_view listen, bool insecure, std::function<std::string()> render);

  ~MetricsEndpoint();  // stops serving, after a scrape in progress

  MetricsEndpoint(const MetricsEndpoint&) = delete;
  MetricsEndpoint& operator=(const MetricsEndpoint&) = delete;

  // "host:port" as bound, e.g. "127.0.0.1:9464".
  const std::string& address() const { return address_; }

  // Answers one HTTP request; public for microhttpd's C callback only.
  std::string Render() const { return render_(); }

 private:
  explicit MetricsEndpoint(std::function<std::string()> render) : render_(std::move(render)) {}

  std::function<std::string()> render_;
  MHD_Daemon* daemon_ = nullptr;
  std::string address_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_METRICS_HTTP_H_
