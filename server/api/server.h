#ifndef LEADFLOW_SERVER_API_SERVER_H_
#define LEADFLOW_SERVER_API_SERVER_H_

// A running Leadflow server: the store, the services, gRPC health checking
// and reflection, listening on one address. Used by main.cc and by the
// in-process integration tests alike, so they run the same wiring.

#include <cstdint>
#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "api/account_service.h"
#include "api/admission.h"
#include "api/call_counter.h"
#include "api/idle_memory_trimmer.h"
#include "api/lead_service.h"
#include "api/opportunity_service.h"
#include "domain/catalog.h"
#include "store/sqlite_store.h"

namespace leadflow::api {

struct ServerOptions {
  // host:port; port 0 picks a free port (see LeadflowServer::port()).
  std::string listen = "127.0.0.1:50051";
  std::string db_path = "leadflow.db";
  domain::Catalog catalog = domain::Catalog::Default();
  // Calls served at once; more are refused at once with RESOURCE_EXHAUSTED
  // (SERVER_BUSY).
  int max_calls_in_flight = 1000;
  // Serialized bytes of replies not yet taken by their clients; past it,
  // calls are refused likewise. A reply's memory in the server is a few
  // times its serialized size (the message and its bytes), so the default
  // keeps a burst of large List calls to a few hundred MB.
  std::int64_t max_reply_bytes_in_flight = std::int64_t{64} << 20;
  // HTTP/2 streams one connection may have open at once (advertised in
  // SETTINGS_MAX_CONCURRENT_STREAMS); a client queues the rest.
  int max_streams_per_connection = 100;
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

  // Stops accepting calls, reports NOT_SERVING, lets calls in flight finish
  // for up to `grace` (then cancels them), and finishes queued writes.
  // Idempotent.
  void Shutdown(absl::Duration grace);

 private:
  explicit LeadflowServer(ServerOptions options) : options_(std::move(options)) {}

  ServerOptions options_;
  CallCounter calls_;
  std::unique_ptr<Admission> admission_;
  std::unique_ptr<IdleMemoryTrimmer> memory_trimmer_;
  std::unique_ptr<store::SqliteStore> store_;
  std::unique_ptr<LeadService> lead_service_;
  std::unique_ptr<AccountService> account_service_;
  std::unique_ptr<OpportunityService> opportunity_service_;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
  bool shut_down_ = false;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_SERVER_H_
