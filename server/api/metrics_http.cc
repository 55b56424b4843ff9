#include "api/metrics_http.h"

#include <microhttpd.h>
#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "api/listen_policy.h"
#include "api/metrics.h"

namespace leadflow::api {
namespace {

// A scraper needs one connection; a few more allow for overlapping
// scrapes and a person with curl.
constexpr unsigned int kMaxConnections = 16;
constexpr unsigned int kIdleTimeoutSeconds = 10;

struct HostPort {
  std::string host;  // without brackets
  std::string port;
  bool bracketed = false;
};

absl::StatusOr<HostPort> SplitListen(absl::string_view listen) {
  HostPort result;
  absl::string_view rest = listen;
  if (absl::ConsumePrefix(&rest, "[")) {
    const std::size_t close = rest.find(']');
    if (close == absl::string_view::npos) rest = {};
    result.host = std::string(rest.substr(0, close));
    result.bracketed = true;
    rest = close == absl::string_view::npos ? absl::string_view() : rest.substr(close + 1);
    if (!absl::ConsumePrefix(&rest, ":")) rest = {};
  } else {
    const std::size_t colon = rest.rfind(':');
    result.host = std::string(rest.substr(0, colon == absl::string_view::npos ? 0 : colon));
    rest = colon == absl::string_view::npos ? absl::string_view() : rest.substr(colon + 1);
  }
  int port = 0;
  if (result.host.empty() || !absl::SimpleAtoi(rest, &port) || port < 0 || port > 65535) {
    return absl::InvalidArgumentError(
        absl::StrCat("--metrics_listen must be host:port (e.g. 127.0.0.1:9464), not \"", listen,
                     "\""));
  }
  result.port = std::string(rest);
  return result;
}

MHD_Result Respond(MHD_Connection* connection, unsigned int status, const std::string& body,
                   const char* content_type) {
  MHD_Response* response = MHD_create_response_from_buffer(
      body.size(), const_cast<char*>(body.data()), MHD_RESPMEM_MUST_COPY);
  if (response == nullptr) return MHD_NO;
  MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, content_type);
  if (status == MHD_HTTP_METHOD_NOT_ALLOWED) {
    MHD_add_response_header(response, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
  }
  const MHD_Result queued = MHD_queue_response(connection, status, response);
  MHD_destroy_response(response);
  return queued;
}

// microhttpd's request callback. Answers as soon as the headers are in:
// scrapes carry no body.
MHD_Result HandleRequest(void* endpoint, MHD_Connection* connection, const char* url,
                         const char* method, const char* /*version*/,
                         const char* /*upload_data*/, size_t* /*upload_data_size*/,
                         void** /*request_state*/) {
  if (std::strcmp(url, "/metrics") != 0) {
    return Respond(connection, MHD_HTTP_NOT_FOUND, "not found: metrics are at /metrics\n",
                   "text/plain; charset=utf-8");
  }
  if (std::strcmp(method, "GET") != 0 && std::strcmp(method, "HEAD") != 0) {
    return Respond(connection, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET\n",
                   "text/plain; charset=utf-8");
  }
  return Respond(connection, MHD_HTTP_OK, static_cast<MetricsEndpoint*>(endpoint)->Render(),
                 metrics::kContentType);
}

}  // namespace

absl::StatusOr<std::unique_ptr<MetricsEndpoint>> MetricsEndpoint::Start(
    absl::string_view listen, bool insecure, std::function<std::string()> render) {
  absl::StatusOr<HostPort> host_port = SplitListen(listen);
  if (!host_port.ok()) return host_port.status();
  // The gRPC listen policy's notion of loopback; the endpoint has no
  // authentication or TLS to offer instead, so only --insecure opens it up.
  if (!insecure && !IsLoopbackOnly(listen)) {
    return absl::FailedPreconditionError(absl::StrCat(
        "refusing to serve metrics on ", listen,
        ", which is reachable beyond this machine, without authentication or TLS; listen on "
        "127.0.0.1, or pass --insecure to accept the risk"));
  }

  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV;
  addrinfo* addresses = nullptr;
  if (const int error = ::getaddrinfo(host_port->host.c_str(), host_port->port.c_str(), &hints,
                                      &addresses);
      error != 0) {
    return absl::InvalidArgumentError(absl::StrCat("--metrics_listen=", listen, ": ",
                                                   ::gai_strerror(error)));
  }
  std::unique_ptr<MetricsEndpoint> endpoint(new MetricsEndpoint(std::move(render)));
  const unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO |
                             (addresses->ai_family == AF_INET6 ? MHD_USE_IPv6 : 0);
  endpoint->daemon_ = MHD_start_daemon(
      flags, 0, /*accept policy*/ nullptr, nullptr, &HandleRequest, endpoint.get(),
      MHD_OPTION_SOCK_ADDR, addresses->ai_addr, MHD_OPTION_CONNECTION_LIMIT, kMaxConnections,
      MHD_OPTION_CONNECTION_TIMEOUT, kIdleTimeoutSeconds, MHD_OPTION_END);
  ::freeaddrinfo(addresses);
  if (endpoint->daemon_ == nullptr) {
    return absl::UnavailableError(absl::StrCat("cannot serve metrics on ", listen,
                                               " (address in use, or not this machine's?)"));
  }
  const MHD_DaemonInfo* info = MHD_get_daemon_info(endpoint->daemon_, MHD_DAEMON_INFO_BIND_PORT);
  const int port = info != nullptr ? info->port : 0;
  endpoint->address_ = host_port->bracketed
                           ? absl::StrCat("[", host_port->host, "]:", port)
                           : absl::StrCat(host_port->host, ":", port);
  return endpoint;
}

MetricsEndpoint::~MetricsEndpoint() {
  if (daemon_ != nullptr) MHD_stop_daemon(daemon_);
}

}  // namespace leadflow::api
