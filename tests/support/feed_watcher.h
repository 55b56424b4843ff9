#ifndef LEADFLOW_TESTS_SUPPORT_FEED_WATCHER_H_
#define LEADFLOW_TESTS_SUPPORT_FEED_WATCHER_H_

// One EventService.WatchEvents stream read with gRPC's callback API, so that
// it needs no thread of its own and a test or benchmark can hold a thousand
// of them. It records what arrived, checks that an unfiltered feed arrives
// with consecutive sequences, and can stall (stop reading after some
// messages, until Resume()) to play a consumer that stopped reading.
// Header-only; used by tests/integration/feed_load_test.cc and
// bench/feed_bench.cc.

#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "support/test_server.h"

namespace leadflow::testing {

// The integer a failed call carries under `key` in its ErrorInfo metadata
// (e.g. "checkpoint_sequence"); nullopt when it carries none.
inline std::optional<std::int64_t> ErrorInfoNumber(const grpc::Status& status,
                                                   const std::string& key) {
  google::rpc::Status rpc;
  if (!rpc.ParseFromString(status.error_details())) return std::nullopt;
  for (const google::protobuf::Any& detail : rpc.details()) {
    google::rpc::ErrorInfo info;
    if (!detail.UnpackTo(&info)) continue;
    auto value = info.metadata().find(key);
    if (value == info.metadata().end()) return std::nullopt;
    char* end = nullptr;
    const long long number = std::strtoll(value->second.c_str(), &end, 10);
    if (end == value->second.c_str() || *end != '\0') return std::nullopt;
    return number;
  }
  return std::nullopt;
}

// Every event after `after` (0: from the oldest kept), through ListEvents,
// each page with a deadline; a failed page is a test failure.
inline std::vector<leadflow::v1::Event> ListEventsAfter(leadflow::v1::EventService::Stub& events,
                                                        std::int64_t after = 0) {
  std::vector<leadflow::v1::Event> all;
  leadflow::v1::ListEventsRequest request;
  request.set_page_size(1000);
  request.set_after_sequence(after);
  do {
    leadflow::v1::ListEventsResponse response;
    grpc::Status status = events.ListEvents(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (!status.ok()) break;
    for (leadflow::v1::Event& event : *response.mutable_events()) all.push_back(std::move(event));
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  return all;
}

class FeedWatcher final : public grpc::ClientReadReactor<leadflow::v1::WatchEventsResponse> {
 public:
  using Clock = std::chrono::steady_clock;

  struct Options {
    // Keep each event's sequence and resource name (see received()).
    bool keep_events = true;
    // Called for each event with the time its message arrived, on gRPC's
    // thread and under the watcher's lock: keep it cheap.
    std::function<void(const leadflow::v1::Event&, Clock::time_point)> on_event;
    // Stop reading after this many messages until Resume(); 0: never.
    int stall_after_messages = 0;
    // The call's deadline, counted from Start().
    std::chrono::milliseconds deadline = std::chrono::seconds(60);
  };

  struct Received {
    std::int64_t sequence;
    std::string resource;
  };

  FeedWatcher(leadflow::v1::EventService::Stub& stub, leadflow::v1::WatchEventsRequest request,
              Options options)
      : stub_(stub), request_(std::move(request)), options_(std::move(options)) {
    if (!request_.start_at_latest()) position_ = request_.after_sequence();
  }

  // Ends the call if it still runs, and waits for gRPC to be done with it.
  ~FeedWatcher() {
    if (!started_) return;
    Cancel();
    Resume();
    WaitDone(std::chrono::seconds(60));
  }

  FeedWatcher(const FeedWatcher&) = delete;
  FeedWatcher& operator=(const FeedWatcher&) = delete;

  void Start() {
    context_.set_deadline(std::chrono::system_clock::now() + options_.deadline);
    stub_.async()->WatchEvents(&context_, &request_, this);
    if (options_.stall_after_messages > 0) {
      // Resume() reads from outside a reaction: hold the call open until then.
      AddHold();
      holding_ = true;
    }
    StartRead(&response_);
    StartCall();
    started_ = true;
  }

  // Reads again after a stall (no-op otherwise).
  void Resume() {
    bool was_stalled;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!holding_) return;
      holding_ = false;
      resumed_ = true;  // never stalls again
      was_stalled = std::exchange(stalled_, false);
    }
    if (was_stalled) StartRead(&response_);
    RemoveHold();
  }

  void Cancel() {
    if (started_) context_.TryCancel();
  }

  // Waits until `messages` messages arrived or the stream ended; whether
  // they arrived.
  bool WaitForMessages(int messages, std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait_for(lock, timeout, [&] { return messages_ >= messages || done_; });
    return messages_ >= messages;
  }

  // Waits until the event with `sequence` (or a later one) arrived or the
  // stream ended; whether it arrived.
  bool WaitForSequence(std::int64_t sequence, std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait_for(lock, timeout, [&] { return last_sequence_ >= sequence || done_; });
    return last_sequence_ >= sequence;
  }

  // The call's status once it ended; nullopt if it did not within `timeout`.
  std::optional<grpc::Status> WaitDone(std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mu_);
    if (!cv_.wait_for(lock, timeout, [&] { return done_; })) return std::nullopt;
    return status_;
  }

  bool done() const {
    std::lock_guard<std::mutex> lock(mu_);
    return done_;
  }
  int messages() const {
    std::lock_guard<std::mutex> lock(mu_);
    return messages_;
  }
  std::int64_t events() const {
    std::lock_guard<std::mutex> lock(mu_);
    return events_;
  }
  // The first message's checkpoint_sequence: where the stream started.
  std::int64_t first_checkpoint() const {
    std::lock_guard<std::mutex> lock(mu_);
    return first_checkpoint_;
  }
  // The newest message's checkpoint_sequence.
  std::int64_t checkpoint() const {
    std::lock_guard<std::mutex> lock(mu_);
    return checkpoint_;
  }
  std::int64_t last_sequence() const {
    std::lock_guard<std::mutex> lock(mu_);
    return last_sequence_;
  }
  // Events whose sequence was not the one after the previous event's (or
  // after the start): gaps, duplicates or disorder. Meaningful for
  // unfiltered watches only.
  std::int64_t out_of_order() const {
    std::lock_guard<std::mutex> lock(mu_);
    return out_of_order_;
  }
  std::vector<Received> received() const {
    std::lock_guard<std::mutex> lock(mu_);
    return received_;
  }
  // Runs `f` under the watcher's lock (to read what on_event gathered).
  template <typename F>
  void WithLock(F&& f) const {
    std::lock_guard<std::mutex> lock(mu_);
    f();
  }

 private:
  void OnReadDone(bool ok) override {
    if (!ok) return;  // the stream ended: OnDone follows
    const Clock::time_point now = Clock::now();
    bool read_on = true;
    {
      std::lock_guard<std::mutex> lock(mu_);
      ++messages_;
      if (messages_ == 1) {
        first_checkpoint_ = response_.checkpoint_sequence();
        if (!position_.has_value()) {
          position_ = response_.events().empty() ? response_.checkpoint_sequence()
                                                  : response_.events(0).sequence() - 1;
        }
      }
      checkpoint_ = response_.checkpoint_sequence();
      for (const leadflow::v1::Event& event : response_.events()) {
        if (event.sequence() != *position_ + 1) ++out_of_order_;
        position_ = event.sequence();
        last_sequence_ = std::max(last_sequence_, event.sequence());
        ++events_;
        if (options_.keep_events) received_.push_back({event.sequence(), event.resource()});
        if (options_.on_event) options_.on_event(event, now);
      }
      if (options_.stall_after_messages > 0 && !resumed_ &&
          messages_ >= options_.stall_after_messages) {
        stalled_ = true;
        read_on = false;
      }
    }
    cv_.notify_all();
    if (read_on) StartRead(&response_);
  }

  void OnDone(const grpc::Status& status) override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      status_ = status;
      done_ = true;
    }
    cv_.notify_all();
  }

  leadflow::v1::EventService::Stub& stub_;
  leadflow::v1::WatchEventsRequest request_;
  const Options options_;
  grpc::ClientContext context_;
  leadflow::v1::WatchEventsResponse response_;
  bool started_ = false;

  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool holding_ = false;
  bool stalled_ = false;
  bool resumed_ = false;
  bool done_ = false;
  grpc::Status status_;
  int messages_ = 0;
  std::int64_t events_ = 0;
  std::int64_t first_checkpoint_ = -1;
  std::int64_t checkpoint_ = -1;
  std::int64_t last_sequence_ = -1;
  std::int64_t out_of_order_ = 0;
  std::optional<std::int64_t> position_;
  std::vector<Received> received_;
};

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_FEED_WATCHER_H_
