#ifndef LEADFLOW_SDK_OPTIONS_H_
#define LEADFLOW_SDK_OPTIONS_H_

// How a client connects to Leadflow and how it behaves on failure. Every
// field has a sensible default: `leadflow::Options{}` talks plaintext to
// 127.0.0.1:50051 with a 30 s timeout and five attempts for safe calls.

#include <limits>
#include <optional>
#include <string>

#include "absl/time/time.h"

namespace leadflow {

// The transport security of the channel.
struct ChannelCredentials {
  enum class Kind { kInsecure, kTls, kMutualTls };

  // Plaintext: for loopback and trusted networks only.
  static ChannelCredentials Insecure();
  // TLS, verifying the server with `root_certificates_file` (PEM), or with
  // the system's roots when empty.
  static ChannelCredentials Tls(std::string root_certificates_file = "");
  // TLS with a client certificate: the server verifies us too.
  static ChannelCredentials MutualTls(std::string root_certificates_file,
                                      std::string certificate_chain_file,
                                      std::string private_key_file);

  Kind kind = Kind::kInsecure;
  std::string root_certificates_file;
  std::string certificate_chain_file;
  std::string private_key_file;
};

// Which calls are attempted again after a transient failure (UNAVAILABLE
// only), and for how long. A call is retried only if repeating it is safe:
// reads always; Create, BatchCreateLeads and ConvertLead when they carry
// a request_id (the clients fill one in); Update and Delete when they carry
// an etag. ImportLeads never: resume it instead (lead_import.h).
struct RetryPolicy {
  // Attempts in all, the first included; 1 disables retries.
  int max_attempts = 5;
  // No new attempt starts after this much time since the first.
  absl::Duration max_elapsed = absl::Seconds(30);
};

// How long to wait between attempts: exponential, with jitter so that many
// clients retrying at once spread out. Attempt n waits a random time in
// [d/2, d], d = min(maximum_delay, initial_delay × multiplier^(n-1)).
struct BackoffPolicy {
  absl::Duration initial_delay = absl::Milliseconds(100);
  absl::Duration maximum_delay = absl::Seconds(5);
  double multiplier = 2.0;
};

// Options of a connection, fixed when it is made.
struct Options {
  // host:port of the Leadflow server.
  std::string target = "127.0.0.1:50051";
  ChannelCredentials credentials = ChannelCredentials::Insecure();
  // Sent as "authorization: Bearer <token>" on every call when not empty.
  std::string bearer_token;
  // Deadline of each attempt, unless a call's CallOptions set another.
  absl::Duration timeout = absl::Seconds(30);
  RetryPolicy retry;
  // How long a WatchEvents stream (EventClient) goes on reconnecting once
  // it breaks: attempts, and time, since a message last arrived, the broken
  // stream counted. Patient, so that a consumer waits out a server restart;
  // past it the stream ends with UNAVAILABLE. CallOptions::retry overrides
  // it for one watch.
  RetryPolicy watch_retry = {std::numeric_limits<int>::max(), absl::Minutes(5)};
  BackoffPolicy backoff;
  // Put before gRPC's own user agent, e.g. "billing-service/2.1".
  std::string user_agent_prefix;
  // Sent as the `leadflow-actor` metadata: who makes the changes (kept in
  // opportunity history), unless a call's CallOptions name another.
  std::string actor;
};

// Options of one call, overriding the connection's.
struct CallOptions {
  std::optional<absl::Duration> timeout;
  std::optional<std::string> actor;
  std::optional<RetryPolicy> retry;
};

}  // namespace leadflow

#endif  // LEADFLOW_SDK_OPTIONS_H_
