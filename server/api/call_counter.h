#ifndef LEADFLOW_SERVER_API_CALL_COUNTER_H_
#define LEADFLOW_SERVER_API_CALL_COUNTER_H_

// Counts what the server's calls hold, through a server interceptor: the
// calls themselves, from the moment gRPC starts one until it is destroyed,
// and the bytes of the replies they are sending, from the moment a reply
// is serialized until the call is destroyed (or its next message replaces
// it). That is how long a reply's memory lives: a client that reads slowly
// keeps it in the server. gRPC 1.51's server interceptors cannot refuse a
// call, so the counts only inform: handlers refuse through Admission
// (admission.h), and IdleMemoryTrimmer reads the peak.

#include <atomic>
#include <cstdint>
#include <memory>

#include <grpcpp/support/server_interceptor.h>

namespace leadflow::api {

class CallCounter {
 public:
  // An interceptor factory for grpc::ServerBuilder whose interceptors keep
  // these counts. The counter must outlive the server.
  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> MakeInterceptorFactory();

  // Calls started and not yet destroyed, the caller's own included.
  int in_flight() const { return in_flight_.load(std::memory_order_relaxed); }

  // Serialized bytes of the replies those calls are sending.
  std::int64_t reply_bytes() const { return reply_bytes_.load(std::memory_order_relaxed); }

  // The highest in_flight() since the previous call, which resets it.
  int TakePeak() { return peak_.exchange(in_flight(), std::memory_order_relaxed); }

 private:
  class Interceptor;
  class Factory;

  void Started();
  void Ended() { in_flight_.fetch_sub(1, std::memory_order_relaxed); }
  void AddReplyBytes(std::int64_t bytes) {
    reply_bytes_.fetch_add(bytes, std::memory_order_relaxed);
  }

  std::atomic<int> in_flight_{0};
  std::atomic<int> peak_{0};
  std::atomic<std::int64_t> reply_bytes_{0};
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_CALL_COUNTER_H_
