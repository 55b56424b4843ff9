#ifndef LEADFLOW_BENCH_LOAD_CALL_H_
#define LEADFLOW_BENCH_LOAD_CALL_H_

// One unary call on gRPC's callback API, with its context, request and
// response kept alive until it completes.

#include <chrono>
#include <functional>
#include <memory>
#include <utility>

#include <grpcpp/grpcpp.h>

#include "absl/functional/any_invocable.h"

namespace leadflow::bench {

// Generous: a call that takes this long under load is a failure, not a
// latency sample.
inline constexpr std::chrono::seconds kCallTimeout{60};

// Starts `request` with `start` (which passes its arguments to a stub's
// async() method, e.g. `stub->async()->GetLead(context, request, response,
// std::move(callback))`) and hands the outcome to `done` on gRPC's thread.
template <typename Response, typename Request, typename Start>
void StartCall(Start&& start, Request request,
               absl::AnyInvocable<void(const grpc::Status&, Response&)> done) {
  struct State {
    grpc::ClientContext context;
    Request request;
    Response response;
    absl::AnyInvocable<void(const grpc::Status&, Response&)> done;
  };
  auto* state = new State;
  state->request = std::move(request);
  state->done = std::move(done);
  state->context.set_deadline(std::chrono::system_clock::now() + kCallTimeout);
  std::forward<Start>(start)(&state->context, &state->request, &state->response,
                             [state](grpc::Status status) {
                               state->done(status, state->response);
                               delete state;
                             });
}

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_LOAD_CALL_H_
