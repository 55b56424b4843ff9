// leadflow-server: serves Leadflow's gRPC API on one address over an
// embedded SQLite file until SIGTERM or SIGINT, then shuts down gracefully.
// SIGHUP reloads the principals file.

#include <csignal>
#include <cstdio>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/time/time.h"
#include "api/server.h"
#include "backup_command.h"
#include "server_flags.h"
#include "store/migrations.h"
#include "store/postgres/pg_connection_pool.h"
#include "store/postgres/pg_migrations.h"
#include "store/postgres/postgres_store.h"

namespace {

// Blocks the signals the server handles in this thread and every thread it
// starts, so that WaitForSignal() is the only place they arrive.
sigset_t BlockHandledSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

int WaitForSignal(const sigset_t& signals) {
  int signal = 0;
  sigwait(&signals, &signal);
  return signal;
}

void Fail(const absl::Status& status) {
  std::fprintf(stderr, "leadflow-server: %s\n", std::string(status.message()).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  // `leadflow-server backup ...` backs a database up instead of serving it.
  if (argc > 1 && std::string(argv[1]) == "backup") {
    return leadflow::RunBackupCommand(argc - 2, argv + 2);
  }
  absl::SetProgramUsageMessage(
      "Serves Leadflow's gRPC API.\n"
      "  leadflow-server --listen=127.0.0.1:50051 --db=./leadflow.db "
      "[--config=leadflow.textproto] [--principals=principals.textproto]");
  absl::ParseCommandLine(argc, argv);
  const sigset_t signals = BlockHandledSignals();

  absl::StatusOr<leadflow::api::ServerOptions> options = leadflow::ServerOptionsFromFlags();
  if (!options.ok()) {
    Fail(options.status());
    return 2;
  }
  const std::string listen = options->listen;
  const bool postgres = leadflow::store::IsPostgresUri(options->db_path);
  // A URI may hold a password: never print it.
  const std::string db =
      postgres ? leadflow::store::RedactedUri(options->db_path) : options->db_path;
  auto server = leadflow::api::LeadflowServer::Start(*std::move(options));
  if (!server.ok()) {
    Fail(server.status());
    return 1;
  }
  std::fprintf(stderr,
               "leadflow-server: serving on %s (port %d), database %s, schema version %d\n",
               listen.c_str(), (*server)->port(), db.c_str(),
               postgres ? leadflow::store::LatestPgSchemaVersion()
                        : leadflow::store::LatestSchemaVersion());
  if (const std::string metrics = (*server)->metrics_address(); !metrics.empty()) {
    std::fprintf(stderr, "leadflow-server: metrics on %s\n", metrics.c_str());  // tests read it
  }

  int signal = WaitForSignal(signals);
  for (; signal == SIGHUP; signal = WaitForSignal(signals)) {
    absl::Status reloaded = (*server)->ReloadPrincipals();
    std::fprintf(stderr, "leadflow-server: SIGHUP: %s\n",
                 reloaded.ok() ? "principals reloaded"
                               : std::string(reloaded.message()).append("; kept the old ones").c_str());
  }
  std::fprintf(stderr, "leadflow-server: %s received, shutting down\n",
               signal == SIGTERM ? "SIGTERM" : "SIGINT");
  (*server)->Shutdown(absl::GetFlag(FLAGS_shutdown_grace));
  std::fprintf(stderr, "leadflow-server: stopped\n");
  return 0;
}
