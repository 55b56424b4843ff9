// leadflow-server: serves LeadService on one address over an embedded
// SQLite file until SIGTERM or SIGINT, then shuts down gracefully.

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/time/time.h"
#include "api/server.h"
#include "config_file.h"
#include "store/migrations.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "host:port to serve gRPC on (port 0 picks a free port)");
ABSL_FLAG(std::string, db, "./leadflow.db",
          "the SQLite database file; created and migrated when needed");
ABSL_FLAG(std::string, config, "",
          "a leadflow.config.v1.ServerConfig textproto overriding the built-in "
          "statuses, lead sources, ratings and currencies");
ABSL_FLAG(int, max_calls_in_flight, leadflow::api::ServerOptions().max_calls_in_flight,
          "calls served at once; more are refused at once with RESOURCE_EXHAUSTED "
          "(SERVER_BUSY), which bounds the server's memory");
ABSL_FLAG(std::int64_t, max_reply_bytes_in_flight,
          leadflow::api::ServerOptions().max_reply_bytes_in_flight,
          "serialized bytes of replies not yet taken by their clients; past it, calls are "
          "refused likewise (a reply's memory is a few times its serialized size)");
ABSL_FLAG(int, max_streams_per_connection,
          leadflow::api::ServerOptions().max_streams_per_connection,
          "HTTP/2 streams one client connection may have open at once");
ABSL_FLAG(absl::Duration, shutdown_grace, absl::Seconds(10),
          "how long calls in flight may take to finish after SIGTERM/SIGINT");

namespace {

// Blocks the shutdown signals in this thread and every thread it starts, so
// that WaitForShutdownSignal() is the only place they arrive.
sigset_t BlockShutdownSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

int WaitForShutdownSignal(const sigset_t& signals) {
  int signal = 0;
  sigwait(&signals, &signal);
  return signal;
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Serves Leadflow's gRPC API.\n"
      "  leadflow-server --listen=127.0.0.1:50051 --db=./leadflow.db "
      "[--config=leadflow.textproto]");
  absl::ParseCommandLine(argc, argv);
  const sigset_t signals = BlockShutdownSignals();

  absl::StatusOr<leadflow::domain::Catalog> catalog =
      leadflow::LoadCatalog(absl::GetFlag(FLAGS_config));
  if (!catalog.ok()) {
    std::fprintf(stderr, "leadflow-server: %s\n",
                 std::string(catalog.status().message()).c_str());
    return 2;
  }
  leadflow::api::ServerOptions options;
  options.listen = absl::GetFlag(FLAGS_listen);
  options.db_path = absl::GetFlag(FLAGS_db);
  options.catalog = *std::move(catalog);
  options.max_calls_in_flight = absl::GetFlag(FLAGS_max_calls_in_flight);
  options.max_reply_bytes_in_flight = absl::GetFlag(FLAGS_max_reply_bytes_in_flight);
  options.max_streams_per_connection = absl::GetFlag(FLAGS_max_streams_per_connection);
  auto server = leadflow::api::LeadflowServer::Start(std::move(options));
  if (!server.ok()) {
    std::fprintf(stderr, "leadflow-server: %s\n",
                 std::string(server.status().message()).c_str());
    return 1;
  }
  std::fprintf(stderr,
               "leadflow-server: serving on %s (port %d), database %s, "
               "schema version %d\n",
               absl::GetFlag(FLAGS_listen).c_str(), (*server)->port(),
               absl::GetFlag(FLAGS_db).c_str(),
               leadflow::store::LatestSchemaVersion());

  int signal = WaitForShutdownSignal(signals);
  std::fprintf(stderr, "leadflow-server: %s received, shutting down\n",
               signal == SIGTERM ? "SIGTERM" : "SIGINT");
  (*server)->Shutdown(absl::GetFlag(FLAGS_shutdown_grace));
  std::fprintf(stderr, "leadflow-server: stopped\n");
  return 0;
}
