#ifndef LEADFLOW_SERVER_API_CALL_TRACKER_H_
#define LEADFLOW_SERVER_API_CALL_TRACKER_H_

// Follows every call from the moment gRPC starts it until it is destroyed,
// through a server interceptor, and keeps what the server knows about it in
// a CallRecord: what admission decided (the principal, or why it refused),
// and the bytes of the reply being sent. That is how long a call's memory
// lives — a client that reads slowly keeps its reply in the server — so the
// counts here are what Admission (admission.h) limits. When a call ends,
// the observers (access log, metrics) hear of it.
//
// gRPC 1.51's server interceptors cannot refuse a call, so the tracker only
// records: handlers refuse through Admission, which finds their record by
// the call's ServerContext.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <grpcpp/grpcpp.h>
#include <grpcpp/support/server_interceptor.h>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace leadflow::api {

// Why Admission refused a call, for metrics.
enum class Refusal { kNone, kUnauthenticated, kScope, kLimit, kRate };

// What the server knows about one call. Written by the call's own threads
// (the interceptor, then its handler), read by observers when it ends.
struct CallRecord {
  std::string method;  // "/leadflow.v1.LeadService/CreateLead"
  std::string peer;    // "ipv4:127.0.0.1:54321"
  absl::Time start;
  std::string principal;  // set by Admission; empty without authentication
  Refusal refusal = Refusal::kNone;
  std::string request_id;  // the request's `request_id` field, when it has one
  // A streaming call (a watch, a backup, an import): long-lived, so counted
  // apart from the calls in flight, and its messages bounded by its handler.
  bool streaming = false;
};

// What an observer hears when a call ends.
struct CallEnd {
  const CallRecord& record;
  grpc::StatusCode code;
  absl::Duration duration;
};

class CallTracker {
 public:
  using Observer = std::function<void(const CallEnd&)>;

  // An interceptor factory for grpc::ServerBuilder. The tracker must outlive
  // the server.
  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> MakeInterceptorFactory();

  // Called, on the call's thread, as every call ends. Add observers before
  // the server starts.
  void AddObserver(Observer observer) { observers_.push_back(std::move(observer)); }

  // Calls started and not yet destroyed, streams left out.
  int in_flight() const { return in_flight_.load(std::memory_order_relaxed); }

  // Streaming calls started and not yet destroyed.
  int streams() const { return streams_.load(std::memory_order_relaxed); }

  // Serialized bytes of the replies the calls in flight are sending.
  std::int64_t reply_bytes() const { return reply_bytes_.load(std::memory_order_relaxed); }

  // The highest in_flight() since the previous call, which resets it.
  int TakePeak() { return peak_.exchange(in_flight(), std::memory_order_relaxed); }

  // The record of the call `context` belongs to; nullptr for a call the
  // tracker did not see start (none, once the server runs with it).
  CallRecord* Find(const grpc::ServerContextBase* context);

 private:
  class Interceptor;
  class Factory;

  void Started(const grpc::ServerContextBase* context, CallRecord* record);
  void Ended(const grpc::ServerContextBase* context, const CallEnd& end);
  void AddReplyBytes(std::int64_t bytes) {
    reply_bytes_.fetch_add(bytes, std::memory_order_relaxed);
  }

  std::vector<Observer> observers_;
  std::atomic<int> in_flight_{0};
  std::atomic<int> streams_{0};
  std::atomic<int> peak_{0};
  std::atomic<std::int64_t> reply_bytes_{0};
  absl::Mutex mu_;
  absl::flat_hash_map<const grpc::ServerContextBase*, CallRecord*> records_ ABSL_GUARDED_BY(mu_);
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_CALL_TRACKER_H_
