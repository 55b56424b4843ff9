#ifndef LEADFLOW_TESTS_E2E_CRASH_ROUNDS_LOAD_H_
#define LEADFLOW_TESTS_E2E_CRASH_ROUNDS_LOAD_H_

// One crash-round client: a thread that writes through its own gRPC channel
// until the server dies under it, recording every acknowledged write in its
// partition of the model.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>

#include <grpcpp/grpcpp.h>

#include "e2e/crash_rounds_model.h"

namespace leadflow::crash_rounds {

// Every call of the harness gets this deadline, so a hung server fails the
// test instead of hanging it.
inline constexpr std::chrono::milliseconds kCallDeadline(5000);
void SetDeadline(grpc::ClientContext& context);

struct ClientOptions {
  int round = 0;
  int index = 0;  // the client's number, in names and messages
  std::shared_ptr<grpc::Channel> channel;
  const std::atomic<bool>* stop = nullptr;    // set after the kill
  const std::atomic<bool>* killed = nullptr;  // set just before the kill
  // Hard bounds on the client's work, should the kill never come.
  std::chrono::steady_clock::time_point give_up;
  int max_calls = 0;
  uint64_t seed = 0;
  Findings* findings = nullptr;
};

// Writes until `stop`, `give_up`, `max_calls` or its first failed call.
void RunClient(const ClientOptions& options, Partition& partition);

}  // namespace leadflow::crash_rounds

#endif  // LEADFLOW_TESTS_E2E_CRASH_ROUNDS_LOAD_H_
