#include "api/watch_reactor.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "api/replies.h"
#include "domain/errors.h"
#include "google/protobuf/unknown_field_set.h"

namespace leadflow::api {

grpc::ServerWriteReactor<leadflow::v1::WatchEventsResponse>* WatchReactor::Start(
    grpc::CallbackServerContext* context, store::Store& store, EventHub& hub,
    const domain::WatchPlan& plan, const leadflow::v1::EventFilter& filter, Options options) {
  auto reactor = std::make_shared<WatchReactor>(context, store, hub, plan, filter, options);
  reactor->self_ = reactor;
  if (!hub.Add(reactor)) {
    reactor->FinishOnce(
        domain::ServerError(absl::StatusCode::kUnavailable, "the server is shutting down"));
  } else {
    reactor->SendFirst();
  }
  return reactor.get();
}

WatchReactor::WatchReactor(grpc::CallbackServerContext* context, store::Store& store,
                           EventHub& hub, const domain::WatchPlan& plan,
                           leadflow::v1::EventFilter filter, Options options)
    : context_(context),
      store_(store),
      hub_(hub),
      filter_(std::move(filter)),
      heartbeat_interval_(plan.heartbeat_interval),
      options_(options),
      cursor_(plan.after_sequence) {}

bool WatchReactor::PrepareMessage(bool first, absl::Time now, absl::Status& error) {
  // A fresh message, not Clear(): the last batch's memory goes now rather
  // than stay with the stream for its whole life.
  leadflow::v1::WatchEventsResponse().Swap(&response_);
  int events = 0;
  // The first read goes to the store, which checks the cursor against what
  // it keeps (CURSOR_EXPIRED, CURSOR_AHEAD); after that, the tail serves a
  // stream that is caught up.
  std::optional<EventHub::TailRead> tail;
  if (!first) {
    tail = hub_.ReadTail(cursor_, filter_, kMaxEventsPerMessage, kMaxBytesPerMessage);
  }
  if (tail.has_value()) {
    // The tail's events are serialized already: their bytes go into the
    // message as they are (as the `events` field on the wire), instead of
    // copying each event into every stream's message and serializing it
    // there again.
    google::protobuf::UnknownFieldSet& spliced =
        *response_.GetReflection()->MutableUnknownFields(&response_);
    for (const auto& event : tail->events) {
      spliced.AddLengthDelimited(leadflow::v1::WatchEventsResponse::kEventsFieldNumber,
                                 event->bytes);
    }
    events = static_cast<int>(tail->events.size());
    cursor_ = std::max(cursor_, tail->checkpoint);
  } else {
    store::EventQuery query;
    query.after_sequence = cursor_;
    query.filter = filter_;
    query.max_events = kMaxEventsPerMessage;
    query.max_bytes = kMaxBytesPerMessage;
    absl::StatusOr<store::EventBatch> batch = store_.ReadEvents(query);
    if (!batch.ok()) {
      error = batch.status();
      return false;
    }
    for (leadflow::v1::Event& event : batch->events) *response_.add_events() = std::move(event);
    events = response_.events_size();
    cursor_ = std::max(cursor_, batch->checkpoint);
  }
  response_.set_checkpoint_sequence(cursor_);
  return first || events > 0 || now - last_sent_ >= heartbeat_interval_;
}

void WatchReactor::SendFirst() {
  absl::Status error;
  {
    std::lock_guard<std::mutex> lock(mu_);
    started_ = true;
    if (finished_) return;  // cancelled already
    const absl::Time now = absl::Now();
    if (PrepareMessage(/*first=*/true, now, error)) {
      writing_ = true;
      ++starting_;
      write_started_ = last_sent_ = now;
    } else {
      // Only a refused read sends nothing first. It is finished under the
      // lock: the hub may pump the stream the moment the lock is released,
      // and would send a heartbeat ahead of the refusal.
      finished_ = true;
      finished_at_ = now;
    }
  }
  if (!error.ok()) {
    Finish(ToGrpcStatus(error));
    return;
  }
  StartWriting();
}

void WatchReactor::StartWriting() {
  StartWrite(&response_);
  std::optional<grpc::Status> finish;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (--starting_ == 0) finish = std::exchange(deferred_finish_, std::nullopt);
  }
  if (finish.has_value()) Finish(*std::move(finish));
}

void WatchReactor::Cancel() {
  std::lock_guard<std::mutex> lock(context_mu_);
  if (context_alive_) context_->TryCancel();
}

void WatchReactor::Pump() {
  absl::Status error;
  bool cancel = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!started_) return;  // SendFirst has not run yet
    const absl::Time now = absl::Now();
    if (finished_) {
      // A client that reads nothing never takes the final status either:
      // cancelling frees the call.
      if (cancel_requested_ || now - finished_at_ <= options_.send_timeout) return;
      cancel_requested_ = cancel = true;
    } else if (writing_) {
      if (now - write_started_ <= options_.send_timeout) return;
      error = domain::FeedPosition(
          absl::StatusCode::kResourceExhausted, leadflow::v1::CONSUMER_TOO_SLOW,
          "checkpoint_sequence", cursor_,
          absl::StrCat("the client left a message unread for more than ",
                       absl::FormatDuration(options_.send_timeout),
                       "; resume with after_sequence = ", cursor_));
    } else if (PrepareMessage(/*first=*/false, now, error)) {
      writing_ = true;
      ++starting_;
      write_started_ = last_sent_ = now;
    } else if (error.ok()) {
      return;  // nothing due
    }
  }
  if (cancel) {
    Cancel();
  } else if (!error.ok()) {
    FinishOnce(error);
  } else {
    // Outside the lock: gRPC may run OnWriteDone inline.
    StartWriting();
  }
}

void WatchReactor::OnWriteDone(bool ok) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    writing_ = false;
  }
  if (!ok) {
    // The call is broken or cancelled; it must still be finished.
    FinishOnce(absl::CancelledError("the stream was cancelled"));
    return;
  }
  Pump();
}

void WatchReactor::EndForShutdown() {
  std::int64_t cursor;
  {
    std::lock_guard<std::mutex> lock(mu_);
    cursor = cursor_;
  }
  FinishOnce(domain::FeedPosition(
      absl::StatusCode::kUnavailable, leadflow::v1::SERVICE_UNAVAILABLE, "checkpoint_sequence",
      cursor,
      absl::StrCat("the server is shutting down; resume with after_sequence = ", cursor)));
}

void WatchReactor::OnCancel() { FinishOnce(absl::CancelledError("the stream was cancelled")); }

bool WatchReactor::FinishOnce(const absl::Status& status) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (finished_) return false;
    finished_ = true;
    finished_at_ = absl::Now();
    if (starting_ > 0) {
      deferred_finish_ = ToGrpcStatus(status);
      return true;
    }
  }
  Finish(ToGrpcStatus(status));
  return true;
}

void WatchReactor::OnDone() {
  {
    std::lock_guard<std::mutex> lock(context_mu_);
    context_alive_ = false;
  }
  hub_.Remove(this);
  // The last reaction: once the hub lets go too, the reactor is destroyed.
  std::shared_ptr<WatchReactor> self = std::move(self_);
}

}  // namespace leadflow::api
