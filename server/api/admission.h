#ifndef LEADFLOW_SERVER_API_ADMISSION_H_
#define LEADFLOW_SERVER_API_ADMISSION_H_

// The one check at the top of every handler, before it does any work:
// whether the server takes this call at all. Today that is the limits on
// what calls in flight hold — their number, and the bytes of the replies
// they are still sending, which is most of their memory — so that a burst
// cannot run the host out of memory: past either limit a call is refused
// at once with RESOURCE_EXHAUSTED (SERVER_BUSY) instead of joining an
// unbounded queue.

#include <cstdint>

#include <grpcpp/grpcpp.h>

#include "api/call_counter.h"

namespace leadflow::api {

class Admission {
 public:
  // `counter` must outlive this object.
  Admission(const CallCounter& counter, int max_calls_in_flight,
            std::int64_t max_reply_bytes_in_flight)
      : counter_(counter),
        max_calls_in_flight_(max_calls_in_flight),
        max_reply_bytes_in_flight_(max_reply_bytes_in_flight) {}

  // nullptr when the call may go ahead; otherwise the call's reactor, already
  // finished with the refusal, for the handler to return:
  //   if (auto* refused = admission_.Refuse(context)) return refused;
  grpc::ServerUnaryReactor* Refuse(grpc::CallbackServerContext* context) const;

 private:
  const CallCounter& counter_;
  const int max_calls_in_flight_;
  const std::int64_t max_reply_bytes_in_flight_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_ADMISSION_H_
