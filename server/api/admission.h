#ifndef LEADFLOW_SERVER_API_ADMISSION_H_
#define LEADFLOW_SERVER_API_ADMISSION_H_

// The one check at the top of every handler, before it does any work or
// touches the store: whether the server takes this call at all.
//  1. Limits on what calls in flight hold — their number, and the bytes of
//     the replies they are still sending, which is most of their memory —
//     so that a burst cannot run the host out of memory: past either, the
//     call is refused at once with RESOURCE_EXHAUSTED (SERVER_BUSY) instead
//     of joining an unbounded queue.
//  2. With a principals file: who calls (a bearer token, or a client
//     certificate under mutual TLS) — UNAUTHENTICATED otherwise — and
//     whether that principal holds the scope the method declares in the
//     protos (`leadflow.v1.required_scope`) — PERMISSION_DENIED naming it
//     otherwise.
//     Each principal may make a limited rate of calls (RESOURCE_EXHAUSTED,
//     RATE_LIMITED, with a RetryInfo delay past it).
//  3. Who the actor is: the principal, or the `leadflow-actor` header when
//     the principal may act for others.
// Every handler starts with LEADFLOW_ADMIT(context).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "api/call_tracker.h"
#include "api/principals.h"
#include "api/rate_limiter.h"
#include "google/protobuf/descriptor.h"

namespace leadflow::api {

// The request metadata naming who makes a change when a service acts for
// someone (e.g. a web app for its signed-in user); kept in history.
inline constexpr char kActorMetadata[] = "leadflow-actor";

// Every scope a method may require (see protos/leadflow/v1/annotations.proto).
const absl::flat_hash_set<std::string>& KnownScopes();

// Who makes an admitted call.
struct Caller {
  std::string principal;  // empty when the server runs without principals
  std::string actor;      // recorded in history: the principal, or whom it acts for
};

struct AdmissionLimits {
  int max_calls_in_flight = 1000;
  // Streaming calls (watches of the change feed, backups, imports) open at
  // once; they are long-lived, so they do not count against
  // max_calls_in_flight.
  int max_streams = 5000;
  std::int64_t max_reply_bytes_in_flight = std::int64_t{64} << 20;
  // Calls per second each principal may make on average, and at once; a
  // rate of 0 turns the limit off. Without principals there is no limit.
  double principal_rate = 5000;
  double principal_burst = 10000;
};

class Admission {
 public:
  // Admission for the methods of `services`, each of which must declare a
  // known required_scope (FAILED_PRECONDITION naming the method otherwise:
  // a method nobody may call is a bug, caught at start-up and by tests).
  // Method names must be unique across the services. `tracker` must
  // outlive the result.
  static absl::StatusOr<std::unique_ptr<Admission>> Create(
      CallTracker& tracker, AdmissionLimits limits,
      const std::vector<const google::protobuf::ServiceDescriptor*>& services);

  // The principals calls must authenticate as; nullptr admits every call
  // without credentials (loopback development) and trusts the actor
  // header. Thread-safe: a reload swaps the whole set at once.
  void SetPrincipals(std::shared_ptr<const Principals> principals);

  // The caller of `method` (its short name, e.g. "CreateLead"), or the
  // status that refuses the call. Cheap: no store access.
  absl::StatusOr<Caller> Admit(const grpc::CallbackServerContext& context,
                               absl::string_view method) const;

 private:
  Admission(CallTracker& tracker, AdmissionLimits limits,
            absl::flat_hash_map<std::string, std::string> scopes)
      : tracker_(tracker),
        limits_(limits),
        scopes_(std::move(scopes)),
        rates_(limits.principal_rate, limits.principal_burst) {}

  absl::Status CheckLimits(const CallRecord* record) const;
  absl::StatusOr<const Principals::Principal*> Authenticate(
      const grpc::CallbackServerContext& context, const Principals& principals) const;

  CallTracker& tracker_;
  const AdmissionLimits limits_;
  const absl::flat_hash_map<std::string, std::string> scopes_;  // method -> scope
  mutable RateLimiter rates_;
  mutable absl::Mutex mu_;
  std::shared_ptr<const Principals> principals_ ABSL_GUARDED_BY(mu_);
};

}  // namespace leadflow::api

// Admits the call of the enclosing handler, or finishes it with the
// refusal and returns. Declares `caller` (an absl::StatusOr<Caller>, OK
// after this line). The handler's own name is the method's: handlers are
// named after their RPCs, so the scope checked is the one the proto
// declares for this very method.
#define LEADFLOW_ADMIT(context)                                                      \
  const absl::StatusOr<::leadflow::api::Caller> caller =                             \
      admission_.Admit(*(context), __func__);                                        \
  if (!caller.ok()) return ::leadflow::api::FinishNow((context), caller.status())

// LEADFLOW_ADMIT for a server-streaming handler whose messages are
// `Response`s: a refusal finishes the stream at once.
#define LEADFLOW_ADMIT_STREAM(context, Response)                                     \
  const absl::StatusOr<::leadflow::api::Caller> caller =                             \
      admission_.Admit(*(context), __func__);                                        \
  if (!caller.ok()) return new ::leadflow::api::RefusedStream<Response>(caller.status())

// LEADFLOW_ADMIT for a client-streaming handler whose messages are
// `Request`s: a refusal finishes the call at once.
#define LEADFLOW_ADMIT_UPLOAD(context, Request)                                                  \
  const absl::StatusOr<::leadflow::api::Caller> caller = admission_.Admit(*(context), __func__); \
  if (!caller.ok()) return new ::leadflow::api::RefusedUpload<Request>(caller.status())

#endif  // LEADFLOW_SERVER_API_ADMISSION_H_
