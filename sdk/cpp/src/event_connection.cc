#include "leadflow/event_connection.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "internal/call_runner.h"
#include "internal/connections.h"
#include "internal/unimplemented.h"
#include "leadflow/error_details.h"

namespace leadflow {

// --- The defaults: see the class comment. ---

absl::StatusOr<v1::ListEventsResponse> EventConnection::ListEvents(const v1::ListEventsRequest&,
                                                                   const CallOptions&) {
  return internal::UnimplementedRpc("ListEvents");
}

// By value, as the real connection keeps the request for its reconnects.
// NOLINTNEXTLINE(performance-unnecessary-value-param)
EventStream EventConnection::WatchEvents(v1::WatchEventsRequest, const CallOptions&) {
  return internal::UnimplementedEventStream("WatchEvents");
}

namespace {

using internal::Idempotency;
using Stub = v1::EventService::StubInterface;

// Whether a watch that ended with `status` is resumed from its cursor: the
// server went away (restart, shutdown, lost connection) or dropped a
// consumer that fell behind. Anything else is for the caller to see.
bool Resumable(const absl::Status& status) {
  return status.code() == absl::StatusCode::kUnavailable ||
         (status.code() == absl::StatusCode::kResourceExhausted &&
          ErrorReason(status) == v1::CONSUMER_TOO_SLOW);
}

// Where the server said to resume, when it ended the stream itself
// (ErrorInfo.metadata "checkpoint_sequence").
std::optional<std::int64_t> ServerCheckpoint(const absl::Status& status) {
  std::optional<google::rpc::ErrorInfo> info = GetErrorInfo(status);
  if (!info.has_value()) return std::nullopt;
  auto found = info->metadata().find("checkpoint_sequence");
  std::int64_t checkpoint = 0;
  if (found == info->metadata().end() || !absl::SimpleAtoi(found->second, &checkpoint)) {
    return std::nullopt;
  }
  return checkpoint;
}

// One WatchEvents range: its calls, one after the other, and its cursor.
// Shared by the range's reader and the EventStream, and by nothing else, so
// that it outlives neither and needs neither the client nor the connection.
// Next() runs on the thread that iterates; Cancel() and last_sequence() may
// run on any.
class WatchState final : public EventStream::Control {
 public:
  WatchState(std::shared_ptr<Stub> stub, internal::CallRunner runner, CallOptions call,
             v1::WatchEventsRequest request)
      : stub_(std::move(stub)),
        runner_(std::move(runner)),
        call_(std::move(call)),
        request_(std::move(request)),
        retry_(call_.retry ? *call_.retry : runner_.options().watch_retry),
        have_cursor_(!request_.start_at_latest()),
        cursor_(request_.start_at_latest() ? 0 : request_.after_sequence()) {
    if (call_.timeout) deadline_ = absl::Now() + *call_.timeout;
  }

  ~WatchState() override { Close(); }

  std::int64_t last_sequence() const override { return cursor_.load(); }

  void Cancel() override {
    std::lock_guard<std::mutex> lock(mu_);
    cancelled_ = true;
    if (context_ != nullptr) context_->TryCancel();
    wake_.notify_all();
  }

  // The next event; an error, or OK at the end (after Cancel()).
  absl::variant<absl::Status, v1::Event> Next() {
    for (;;) {
      if (Cancelled()) {
        Close();
        return absl::OkStatus();
      }
      if (!buffer_.empty()) {
        v1::Event event = std::move(buffer_.front());
        buffer_.pop_front();
        Advance(event.sequence());
        return event;
      }
      // Every event of the last message has been yielded, so its checkpoint
      // (which may lie past them, with a filter) is the cursor now.
      Advance(checkpoint_);
      if (reader_ == nullptr) {
        absl::Status opened = Open();
        if (!opened.ok()) return Cancelled() ? absl::OkStatus() : opened;
      }
      v1::WatchEventsResponse message;
      if (reader_->Read(&message)) {
        failures_ = 0;
        have_cursor_ = true;  // a start_at_latest stream now knows where it is
        checkpoint_ = message.checkpoint_sequence();
        for (v1::Event& event : *message.mutable_events()) buffer_.push_back(std::move(event));
        continue;
      }
      absl::Status status = Finish();
      if (Cancelled()) return absl::OkStatus();
      if (!Resumable(status)) return status;
      // Every message of the stream has been read, and its events yielded:
      // the server's word on where to resume covers them.
      if (std::optional<std::int64_t> checkpoint = ServerCheckpoint(status)) {
        Advance(*checkpoint);
        have_cursor_ = true;
      }
      // As CallRunner::Run: attempts in all since the last message, the
      // broken stream counted, and the time since the first of them.
      if (++failures_ == 1) outage_start_ = absl::Now();
      if (failures_ >= retry_.max_attempts) return status;
      const absl::Duration delay = internal::BackoffDelay(runner_.options().backoff, failures_);
      const absl::Time now = absl::Now();
      if (now + delay - outage_start_ > retry_.max_elapsed) return status;
      if (deadline_.has_value() && now + delay >= *deadline_) {
        return absl::DeadlineExceededError(
            absl::StrCat("the watch's deadline passed while it waited to reconnect after: ",
                         status.ToString()));
      }
      if (!Sleep(delay)) return absl::OkStatus();  // cancelled
    }
  }

 private:
  bool Cancelled() const {
    std::lock_guard<std::mutex> lock(mu_);
    return cancelled_;
  }

  // Only the iterating thread moves the cursor, and only forward.
  void Advance(std::int64_t sequence) {
    if (sequence > cursor_.load()) cursor_.store(sequence);
  }

  // Starts a call from the cursor (or as asked, before the first message
  // of a start_at_latest watch).
  absl::Status Open() {
    if (!runner_.setup_error().ok()) return runner_.setup_error();
    v1::WatchEventsRequest request = request_;
    if (have_cursor_) {
      request.set_start_at_latest(false);
      request.set_after_sequence(cursor_.load());
    }
    auto context = std::make_unique<grpc::ClientContext>();
    runner_.AddMetadata(*context, call_);
    if (deadline_.has_value()) context->set_deadline(absl::ToChronoTime(*deadline_));
    grpc::ClientContext* raw = context.get();
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (cancelled_) return absl::CancelledError("the watch was cancelled");
      context_ = std::move(context);
    }
    reader_ = stub_->WatchEvents(raw, request);
    return absl::OkStatus();
  }

  // The status of the current call, once Read() has returned false.
  absl::Status Finish() {
    absl::Status status = internal::FromGrpcStatus(reader_->Finish());
    reader_.reset();
    std::lock_guard<std::mutex> lock(mu_);
    context_.reset();
    return status;
  }

  // Cancels and finishes the current call, if there is one.
  void Close() {
    if (reader_ == nullptr) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      context_->TryCancel();
    }
    v1::WatchEventsResponse discarded;
    while (reader_->Read(&discarded)) {
    }
    Finish().IgnoreError();
  }

  // Waits `delay`; false when cancelled first.
  bool Sleep(absl::Duration delay) {
    std::unique_lock<std::mutex> lock(mu_);
    wake_.wait_for(lock, absl::ToChronoNanoseconds(delay), [this] { return cancelled_; });
    return !cancelled_;
  }

  const std::shared_ptr<Stub> stub_;
  const internal::CallRunner runner_;
  const CallOptions call_;
  const v1::WatchEventsRequest request_;
  const RetryPolicy retry_;
  std::optional<absl::Time> deadline_;

  // Events of the last message not yet yielded, and its checkpoint.
  std::deque<v1::Event> buffer_;
  std::int64_t checkpoint_ = 0;
  // False only for a start_at_latest watch before its first message.
  bool have_cursor_;
  std::atomic<std::int64_t> cursor_;
  // Failed calls since a message last arrived, and when the first failed.
  int failures_ = 0;
  absl::Time outage_start_;

  mutable std::mutex mu_;
  std::condition_variable wake_;
  bool cancelled_ = false;                         // guarded by mu_
  std::unique_ptr<grpc::ClientContext> context_;  // set and reset under mu_
  // The current call; nullptr between calls. Destroyed before context_.
  std::unique_ptr<grpc::ClientReaderInterface<v1::WatchEventsResponse>> reader_;
};

class EventConnectionImpl final : public EventConnection {
 public:
  EventConnectionImpl(std::shared_ptr<Stub> stub, Options options, absl::Status setup_error)
      : stub_(std::move(stub)), runner_(std::move(options), std::move(setup_error)) {}

  absl::StatusOr<v1::ListEventsResponse> ListEvents(const v1::ListEventsRequest& request,
                                                    const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListEvents, request, Idempotency::kIdempotent, options);
  }

  EventStream WatchEvents(v1::WatchEventsRequest request, const CallOptions& options) override {
    auto state = std::make_shared<WatchState>(stub_, runner_, options, std::move(request));
    StreamRange<v1::Event> events(
        [state]() -> absl::variant<absl::Status, v1::Event> { return state->Next(); });
    return EventStream(std::move(events), std::move(state));
  }

 private:
  std::shared_ptr<Stub> stub_;
  internal::CallRunner runner_;
};

}  // namespace

namespace internal {
std::shared_ptr<EventConnection> MakeEventConnection(std::shared_ptr<Stub> stub, Options options,
                                                     absl::Status setup_error) {
  return std::make_shared<EventConnectionImpl>(std::move(stub), std::move(options),
                                               std::move(setup_error));
}
}  // namespace internal

std::shared_ptr<EventConnection> MakeEventConnection(const Options& options) {
  absl::Status error;
  auto channel = internal::MakeChannel(options, &error);
  return internal::MakeEventConnection(v1::EventService::NewStub(channel), options, error);
}

}  // namespace leadflow
