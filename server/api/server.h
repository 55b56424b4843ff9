#ifndef LEADFLOW_SERVER_API_SERVER_H_
#define LEADFLOW_SERVER_API_SERVER_H_

// A running Leadflow server: the store, the services, gRPC health checking
// and reflection, listening on one address. Used by main.cc and by the
// in-process integration tests alike, so they run the same wiring.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/tls_certificate_provider.h>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "api/account_service.h"
#include "api/admin_service.h"
#include "api/admission.h"
#include "api/call_tracker.h"
#include "api/event_hub.h"
#include "api/event_service.h"
#include "api/idle_memory_trimmer.h"
#include "api/lead_service.h"
#include "api/observability.h"
#include "api/opportunity_service.h"
#include "domain/catalog.h"
#include "api/store_health.h"
#include "store/postgres/postgres_store.h"
#include "store/sqlite_store.h"

namespace leadflow::api {

struct ServerOptions {
  // host:port; port 0 picks a free port (see LeadflowServer::port()).
  std::string listen = "127.0.0.1:50051";
  // A SQLite file, or a PostgreSQL libpq URI (postgresql://...; see
  // store::IsPostgresUri), which several servers may share.
  std::string db_path = "leadflow.db";
  // Connections to PostgreSQL (reads and writes); unused with SQLite.
  int db_connections = 8;
  domain::Catalog catalog = domain::Catalog::Default();
  // Calls served at once; more are refused at once with RESOURCE_EXHAUSTED
  // (SERVER_BUSY).
  int max_calls_in_flight = 1000;
  // Streaming calls (change-feed watches, backups, imports) open at once; past it, a
  // new one is refused likewise. They do not count as calls in flight.
  int max_streams = 5000;
  // Serialized bytes of replies not yet taken by their clients; past it,
  // calls are refused likewise. A reply's memory in the server is a few
  // times its serialized size (the message and its bytes), so the default
  // keeps a burst of large List calls to a few hundred MB.
  std::int64_t max_reply_bytes_in_flight = std::int64_t{64} << 20;
  // Calls per second each principal may make on average, and in a burst;
  // past it, RESOURCE_EXHAUSTED (RATE_LIMITED) with a RetryInfo delay.
  // 0 turns the limit off.
  double principal_rate = 5000;
  double principal_burst = 10000;
  // HTTP/2 streams one connection may have open at once (advertised in
  // SETTINGS_MAX_CONCURRENT_STREAMS); a client queues the rest.
  int max_streams_per_connection = 100;
  // The longest a write call waits for its turn at the store's writer; one
  // still waiting then is answered DEADLINE_EXCEEDED and never applied.
  // Reads are served at once, so every call ends within about this.
  absl::Duration max_call_duration = absl::Seconds(30);
  // The largest request message accepted (RESOURCE_EXHAUSTED above).
  int max_receive_message_bytes = 4 << 20;
  // HTTP/2 keepalive: a ping after this long without activity, and the
  // connection closed when it goes unanswered for keepalive_timeout.
  absl::Duration keepalive_time = absl::Minutes(2);
  absl::Duration keepalive_timeout = absl::Seconds(20);
  // Connections are closed (gracefully, after max_connection_age_grace
  // for the calls on them) after this long, so that clients re-resolve and
  // load spreads over new servers.
  absl::Duration max_connection_age = absl::Minutes(30);
  absl::Duration max_connection_age_grace = absl::Minutes(1);

  // The change feed: how long events are kept, and how long a watch may
  // leave a message unread before it is ended (CONSUMER_TOO_SLOW).
  store::EventRetention event_retention = {};
  absl::Duration watch_send_timeout = absl::Minutes(1);

  // The principals file (leadflow.config.v1.PrincipalsConfig); empty: no
  // authentication, every call is admitted.
  std::string principals_path;
  // PEM server certificate chain and key; both empty: plaintext. With
  // tls_client_ca, clients must present a certificate it signed (mutual
  // TLS). The files are watched and reloaded when they change.
  std::string tls_cert_path;
  std::string tls_key_path;
  std::string tls_client_ca_path;
  // Listening beyond loopback needs principals and TLS unless this is set.
  bool insecure = false;
  // Server reflection; unset: on when listening on loopback only.
  std::optional<bool> reflection;

  // Observability (observability.h). host:port to serve Prometheus metrics
  // on over HTTP at /metrics (port 0 picks a free port); empty: none.
  // Beyond loopback only with `insecure`: the endpoint has no
  // authentication or TLS.
  std::string metrics_listen;
  // Which calls get a JSON line on stderr (access_log.h). Off here, so that
  // in-process servers (tests) stay quiet; the flag's default is kErrors.
  AccessLogLevel access_log = AccessLogLevel::kOff;
};

class LeadflowServer {
 public:
  // Opens the store and starts serving. Fails if the database cannot be
  // opened or the address cannot be bound (also when another process
  // serves it: the port is never shared).
  static absl::StatusOr<std::unique_ptr<LeadflowServer>> Start(ServerOptions options);

  ~LeadflowServer();  // Shuts down with no grace period if still running.

  // The port actually bound.
  int port() const { return port_; }

  // "host:port" of the metrics endpoint as bound; empty without one.
  std::string metrics_address() const { return observability_->metrics_address(); }

  // Reads the principals file again and, if it is valid, makes calls
  // authenticate against it from now on; otherwise keeps the current one
  // and returns why. A no-op without a principals file.
  absl::Status ReloadPrincipals();

  // Stops accepting calls, reports NOT_SERVING, lets calls in flight finish
  // for up to `grace` (then cancels them), and finishes queued writes.
  // Idempotent.
  void Shutdown(absl::Duration grace);

 private:
  explicit LeadflowServer(ServerOptions options) : options_(std::move(options)) {}

  ServerOptions options_;
  CallTracker calls_;
  std::unique_ptr<Admission> admission_;
  std::unique_ptr<IdleMemoryTrimmer> memory_trimmer_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<LeadService> lead_service_;
  std::unique_ptr<AccountService> account_service_;
  std::unique_ptr<OpportunityService> opportunity_service_;
  std::unique_ptr<AdminService> admin_service_;
  // After store_ (it reads it) and before server_ (its streams call it
  // until they are done).
  std::unique_ptr<EventHub> event_hub_;
  std::unique_ptr<EventService> event_service_;
  // Observers of calls_ and of the store's writer: after store_ (so its
  // metrics endpoint stops first) and before server_ (so it outlives calls).
  std::unique_ptr<Observability> observability_;
  std::shared_ptr<grpc::experimental::FileWatcherCertificateProvider> certificates_;
  std::unique_ptr<grpc::Server> server_;
  // After store_ and server_, so destroyed before them: it reads the one
  // and sets the other's health.
  std::unique_ptr<StoreHealth> store_health_;
  int port_ = 0;
  bool shut_down_ = false;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_SERVER_H_
