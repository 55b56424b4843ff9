#ifndef LEADFLOW_SDK_EVENT_STREAM_H_
#define LEADFLOW_SDK_EVENT_STREAM_H_

// The range EventClient::WatchEvents returns: the change feed, event by
// event, for as long as the caller reads it. Like StreamRange (which it
// wraps) it yields absl::StatusOr<v1::Event>, and an error ends it as its
// last element:
//
//   leadflow::EventStream feed = events.WatchEvents(cursor);
//   for (absl::StatusOr<leadflow::v1::Event> const& event : feed) {
//     if (!event.ok()) { /* event.status() */ break; }
//     Process(*event);
//     SaveCursor(feed.last_sequence());   // resume later with after_sequence = it
//   }
//
// When the server restarts or shuts down, the connection drops, or the
// server ends the stream because the consumer fell behind
// (RESOURCE_EXHAUSTED, CONSUMER_TOO_SLOW), the stream reconnects by itself
// from last_sequence() after a backoff: the loop sees every event once and
// in order, without a gap. Other errors (OUT_OF_RANGE for an expired or
// foreign cursor, PERMISSION_DENIED, INVALID_ARGUMENT, ...) end it.
//
// Single-pass, movable, not copyable: a loop that leaves with `break` and a
// second loop over the same stream see the event the first one stopped at
// again (as with StreamRange), so resume with a new WatchEvents from
// last_sequence() instead. Destroying the stream cancels its call; so does
// Cancel(), which may be called from another thread.

#include <cstdint>
#include <memory>
#include <utility>

#include "leadflow/stream_range.h"
#include "leadflow/v1/event.pb.h"

namespace leadflow {

class EventStream {
 public:
  // What stands behind a stream besides its events: its cursor and its
  // call. Made by the connection (or by testing::MakeEventStream); its
  // methods may be called from any thread.
  class Control {
   public:
    virtual ~Control() = default;
    virtual std::int64_t last_sequence() const = 0;
    virtual void Cancel() = 0;
  };

  using iterator = StreamRange<v1::Event>::iterator;

  EventStream(StreamRange<v1::Event> events, std::shared_ptr<Control> control)
      : events_(std::move(events)), control_(std::move(control)) {}
  EventStream(EventStream&&) noexcept = default;
  EventStream& operator=(EventStream&& other) noexcept {
    if (this != &other) {
      Cancel();
      events_ = std::move(other.events_);
      control_ = std::move(other.control_);
    }
    return *this;
  }
  ~EventStream() { Cancel(); }

  // The first call waits for the first event.
  iterator begin() { return events_.begin(); }
  iterator end() { return events_.end(); }

  // The cursor: the sequence of the last event yielded — or, once every
  // event of a server message has been yielded, or after a heartbeat, the
  // server's checkpoint, which may be greater when a filter skipped events.
  // Store it after processing an event and pass it back as
  // `after_sequence` to resume. Before the first message of a
  // `start_at_latest` watch it is 0. Safe to read from any thread.
  std::int64_t last_sequence() const { return control_ ? control_->last_sequence() : 0; }

  // Ends the stream: a loop waiting for the next event stops at once, and
  // the range ends without an error element. From any thread, any number
  // of times.
  void Cancel() {
    if (control_) control_->Cancel();
  }

 private:
  StreamRange<v1::Event> events_;
  std::shared_ptr<Control> control_;
};

}  // namespace leadflow

#endif  // LEADFLOW_SDK_EVENT_STREAM_H_
