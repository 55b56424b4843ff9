#ifndef LEADFLOW_SDK_SRC_INTERNAL_CALL_RUNNER_H_
#define LEADFLOW_SDK_SRC_INTERNAL_CALL_RUNNER_H_

// The bottom of every client call: a fresh ClientContext per attempt
// (deadline, bearer token, actor), the retry loop with backoff, and the
// conversion of grpc::Status (with its details) to absl::Status.

#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "leadflow/options.h"

namespace leadflow::internal {

// Whether repeating a call is safe. Decided per call from its request: see
// RetryPolicy in options.h.
enum class Idempotency { kIdempotent, kNonIdempotent };

// kIdempotent when the request carries what makes it safe to repeat.
inline Idempotency IdempotentIf(bool safe) {
  return safe ? Idempotency::kIdempotent : Idempotency::kNonIdempotent;
}

// The server's code and message, with every detail of the
// `grpc-status-details-bin` trailer as a payload keyed by its type URL.
absl::Status FromGrpcStatus(const grpc::Status& status);

// The delay before attempt `attempt` + 1 (attempt counts from 1), with
// jitter: uniform in [d/2, d].
absl::Duration BackoffDelay(const BackoffPolicy& backoff, int attempt);

class CallRunner {
 public:
  // `setup_error`, when not OK, is what every call fails with (the options
  // could not be turned into a channel).
  CallRunner(Options options, absl::Status setup_error)
      : options_(std::move(options)), setup_error_(std::move(setup_error)) {}

  // Runs `attempt` until it succeeds, fails for good, or the retry policy
  // is spent. Only UNAVAILABLE of an idempotent call is retried.
  absl::Status Run(Idempotency idempotency, const CallOptions& call,
                   absl::FunctionRef<grpc::Status(grpc::ClientContext&)> attempt) const;

  // For calls that run their own loop (WatchEvents): the error every call
  // fails with, if any; the metadata (bearer token, actor) of each attempt,
  // without a deadline; and the options, for their retry and backoff.
  const absl::Status& setup_error() const { return setup_error_; }
  void AddMetadata(grpc::ClientContext& context, const CallOptions& call) const;
  const Options& options() const { return options_; }

  // A unary RPC of `stub` through Run().
  template <typename Stub, typename Request, typename Response>
  absl::StatusOr<Response> Unary(Stub& stub,
                                 grpc::Status (Stub::*method)(grpc::ClientContext*,
                                                              const Request&, Response*),
                                 const Request& request, Idempotency idempotency,
                                 const CallOptions& call) const {
    Response response;
    absl::Status status = Run(idempotency, call, [&](grpc::ClientContext& context) {
      response.Clear();
      return (stub.*method)(&context, request, &response);
    });
    if (!status.ok()) return status;
    return response;
  }

 private:
  void Prepare(grpc::ClientContext& context, const CallOptions& call) const;

  Options options_;
  absl::Status setup_error_;
};

// The channel for `options`; when the credentials files cannot be read,
// `*error` says why and the channel is an insecure placeholder never used.
std::shared_ptr<grpc::Channel> MakeChannel(const Options& options, absl::Status* error);

// A random version 4 UUID, for request ids.
std::string NewRequestId();

}  // namespace leadflow::internal

#endif  // LEADFLOW_SDK_SRC_INTERNAL_CALL_RUNNER_H_
