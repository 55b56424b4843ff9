#include "server_flags.h"

#include <cstdint>
#include <optional>
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "config_file.h"

namespace {
const leadflow::api::ServerOptions kDefaults;
}  // namespace

ABSL_FLAG(std::string, listen, kDefaults.listen,
          "host:port to serve gRPC on (port 0 picks a free port); anything but loopback needs "
          "--principals and --tls_cert/--tls_key, or --insecure");
ABSL_FLAG(std::string, db, "./leadflow.db",
          "the SQLite database file, created and migrated when needed; or a PostgreSQL libpq URI "
          "(postgresql://user@host:port/database), migrated when needed, which several servers "
          "may share");
ABSL_FLAG(int, db_connections, kDefaults.db_connections,
          "connections to PostgreSQL, shared by reads and writes (ignored for SQLite)");
ABSL_FLAG(std::string, config, "",
          "a leadflow.config.v1.ServerConfig textproto overriding the built-in "
          "statuses, lead sources, ratings and currencies");
ABSL_FLAG(absl::Duration, shutdown_grace, absl::Seconds(10),
          "how long calls in flight may take to finish after SIGTERM/SIGINT");

ABSL_FLAG(std::string, principals, "",
          "a leadflow.config.v1.PrincipalsConfig textproto: who may call, with which scopes "
          "(reloaded on SIGHUP); without it every call is admitted");
ABSL_FLAG(std::string, tls_cert, "", "PEM certificate chain to serve TLS with");
ABSL_FLAG(std::string, tls_key, "", "PEM private key of --tls_cert");
ABSL_FLAG(std::string, tls_client_ca, "",
          "PEM CA certificate(s): require client certificates they signed (mutual TLS)");
ABSL_FLAG(bool, insecure, false,
          "allow listening beyond loopback without --principals and TLS");
ABSL_FLAG(std::string, reflection, "auto",
          "gRPC server reflection: on, off, or auto (on when listening on loopback only)");

ABSL_FLAG(int, max_calls_in_flight, kDefaults.max_calls_in_flight,
          "calls served at once; more are refused at once with RESOURCE_EXHAUSTED "
          "(SERVER_BUSY), which bounds the server's memory");
ABSL_FLAG(
    int, max_streams, kDefaults.max_streams,
    "streaming calls (change-feed watches, backups, imports) open at once; more are refused with "
    "RESOURCE_EXHAUSTED (SERVER_BUSY). They do not count against --max_calls_in_flight");
ABSL_FLAG(std::int64_t, max_reply_bytes_in_flight, kDefaults.max_reply_bytes_in_flight,
          "serialized bytes of replies not yet taken by their clients; past it, calls are "
          "refused likewise (a reply's memory is a few times its serialized size)");
ABSL_FLAG(double, rate_per_principal, kDefaults.principal_rate,
          "calls per second each principal may make on average (0: no limit); past it, "
          "RESOURCE_EXHAUSTED with a RetryInfo delay");
ABSL_FLAG(double, burst_per_principal, kDefaults.principal_burst,
          "calls each principal may make at once before the rate applies");
ABSL_FLAG(int, max_streams_per_connection, kDefaults.max_streams_per_connection,
          "HTTP/2 streams one client connection may have open at once");
ABSL_FLAG(absl::Duration, max_call_duration, kDefaults.max_call_duration,
          "a write still waiting for the store's writer after this long is answered "
          "DEADLINE_EXCEEDED and never applied, so no call outlasts it by much");
ABSL_FLAG(int, max_receive_message_bytes, kDefaults.max_receive_message_bytes,
          "the largest request message accepted");
ABSL_FLAG(absl::Duration, keepalive_time, kDefaults.keepalive_time,
          "ping a connection after this long without activity");
ABSL_FLAG(absl::Duration, keepalive_timeout, kDefaults.keepalive_timeout,
          "close a connection whose keepalive ping is not answered within this");
ABSL_FLAG(absl::Duration, max_connection_age, kDefaults.max_connection_age,
          "close connections after this long, so that clients spread over new servers");
ABSL_FLAG(absl::Duration, max_connection_age_grace, kDefaults.max_connection_age_grace,
          "how long calls on a connection closed for its age may still take");

// The change feed.
ABSL_FLAG(absl::Duration, event_retention, kDefaults.event_retention.max_age,
          "how long the change feed keeps events; older ones are pruned in the background");
ABSL_FLAG(std::int64_t, event_retention_count, kDefaults.event_retention.max_count,
          "how many of the newest events the change feed keeps at most");
ABSL_FLAG(absl::Duration, watch_send_timeout, kDefaults.watch_send_timeout,
          "a WatchEvents message left unread by its client this long ends the stream with "
          "RESOURCE_EXHAUSTED (CONSUMER_TOO_SLOW); the client resumes from its cursor");

// Observability (api/observability.h).
ABSL_FLAG(std::string, metrics_listen, "",
          "host:port to serve Prometheus metrics on over HTTP at /metrics (port 0 picks a free "
          "port); empty: off. Anything but loopback needs --insecure: no authentication or TLS");
ABSL_FLAG(std::string, access_log, "errors",
          "one JSON line per call on stderr: off, errors (calls not ending OK) or all");

namespace leadflow {
namespace {

absl::StatusOr<std::optional<bool>> ReflectionFromFlag(const std::string& value) {
  if (value == "auto") return std::optional<bool>();
  if (value == "on") return std::optional<bool>(true);
  if (value == "off") return std::optional<bool>(false);
  return absl::InvalidArgumentError(
      absl::StrCat("--reflection must be on, off or auto, not \"", value, "\""));
}

}  // namespace

absl::StatusOr<api::ServerOptions> ServerOptionsFromFlags() {
  absl::StatusOr<domain::Catalog> catalog = LoadCatalog(absl::GetFlag(FLAGS_config));
  if (!catalog.ok()) return catalog.status();
  absl::StatusOr<std::optional<bool>> reflection =
      ReflectionFromFlag(absl::GetFlag(FLAGS_reflection));
  if (!reflection.ok()) return reflection.status();
  api::ServerOptions options;
  options.listen = absl::GetFlag(FLAGS_listen);
  options.db_path = absl::GetFlag(FLAGS_db);
  options.db_connections = absl::GetFlag(FLAGS_db_connections);
  options.catalog = *std::move(catalog);
  options.principals_path = absl::GetFlag(FLAGS_principals);
  options.tls_cert_path = absl::GetFlag(FLAGS_tls_cert);
  options.tls_key_path = absl::GetFlag(FLAGS_tls_key);
  options.tls_client_ca_path = absl::GetFlag(FLAGS_tls_client_ca);
  options.insecure = absl::GetFlag(FLAGS_insecure);
  options.reflection = *reflection;
  options.max_calls_in_flight = absl::GetFlag(FLAGS_max_calls_in_flight);
  options.max_streams = absl::GetFlag(FLAGS_max_streams);
  options.max_reply_bytes_in_flight = absl::GetFlag(FLAGS_max_reply_bytes_in_flight);
  options.max_streams_per_connection = absl::GetFlag(FLAGS_max_streams_per_connection);
  options.principal_rate = absl::GetFlag(FLAGS_rate_per_principal);
  options.principal_burst = absl::GetFlag(FLAGS_burst_per_principal);
  options.max_call_duration = absl::GetFlag(FLAGS_max_call_duration);
  options.max_receive_message_bytes = absl::GetFlag(FLAGS_max_receive_message_bytes);
  options.keepalive_time = absl::GetFlag(FLAGS_keepalive_time);
  options.keepalive_timeout = absl::GetFlag(FLAGS_keepalive_timeout);
  options.max_connection_age = absl::GetFlag(FLAGS_max_connection_age);
  options.max_connection_age_grace = absl::GetFlag(FLAGS_max_connection_age_grace);
  options.event_retention.max_age = absl::GetFlag(FLAGS_event_retention);
  options.event_retention.max_count = absl::GetFlag(FLAGS_event_retention_count);
  options.watch_send_timeout = absl::GetFlag(FLAGS_watch_send_timeout);
  // Observability.
  options.metrics_listen = absl::GetFlag(FLAGS_metrics_listen);
  absl::StatusOr<api::AccessLogLevel> access_log =
      api::ParseAccessLogLevel(absl::GetFlag(FLAGS_access_log));
  if (!access_log.ok()) return access_log.status();
  options.access_log = *access_log;
  return options;
}

}  // namespace leadflow
