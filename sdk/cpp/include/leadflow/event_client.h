#ifndef LEADFLOW_SDK_EVENT_CLIENT_H_
#define LEADFLOW_SDK_EVENT_CLIENT_H_

// EventClient: the change feed — every committed change to a lead, account,
// contact or opportunity, in order, resumable from a cursor (the event's
// `sequence`). See protos/leadflow/v1/event_service.proto for the rules.
//
//   leadflow::EventClient events(leadflow::MakeEventConnection(options));
//   leadflow::EventStream feed = events.WatchEvents(LoadCursor());
//   for (absl::StatusOr<leadflow::v1::Event> const& event : feed) {
//     if (!event.ok()) break;   // OUT_OF_RANGE, PERMISSION_DENIED, ...
//     Process(*event);
//     SaveCursor(feed.last_sequence());
//   }
//
// A value type like the other clients: cheap to copy, copies share the
// connection, safe to use from several threads at once. The ranges it
// returns keep what they need themselves, so they may outlive the client
// and its connection.

#include <cstdint>
#include <memory>

#include "leadflow/event_connection.h"

namespace leadflow {

class EventClient {
 public:
  explicit EventClient(std::shared_ptr<EventConnection> connection)
      : connection_(std::move(connection)) {}

  // Every event after `after_sequence` (0: from the oldest kept) that
  // `filter` matches, up to the newest at the time the last page is read,
  // fetched lazily page by page. Each page is retried like other reads.
  StreamRange<v1::Event> ListEvents(std::int64_t after_sequence,
                                    const v1::EventFilter& filter = {},
                                    const CallOptions& options = {});
  // As given (page_size, page_token, after_sequence, filter).
  StreamRange<v1::Event> ListEvents(v1::ListEventsRequest request = {},
                                    const CallOptions& options = {});
  // One page, for callers that keep the page token themselves.
  absl::StatusOr<v1::ListEventsResponse> ListEventsPage(const v1::ListEventsRequest& request,
                                                        const CallOptions& options = {});

  // Follows the feed from `request`'s position: the events after
  // `after_sequence`, or, with `start_at_latest`, those committed from now
  // on; then each new one as it commits. The stream reconnects from its
  // cursor after UNAVAILABLE and after RESOURCE_EXHAUSTED
  // (CONSUMER_TOO_SLOW), waiting between attempts as the connection's
  // `backoff` says; `Options::watch_retry` (or `options.retry`) bounds the
  // attempts made, and the time spent, since a message last arrived, so a
  // stream gives up on a server that stays down (by default after 5
  // minutes) with UNAVAILABLE. Any other error ends the stream as its last
  // element.
  //
  // A watch has no deadline unless `options.timeout` sets one: it is for the
  // whole stream, reconnections included, and ends it with
  // DEADLINE_EXCEEDED. The connection's `Options::timeout` does not apply.
  EventStream WatchEvents(v1::WatchEventsRequest request = {}, const CallOptions& options = {});
  // The events after `after_sequence` that `filter` matches, then the new
  // ones.
  EventStream WatchEvents(std::int64_t after_sequence, const v1::EventFilter& filter = {},
                          const CallOptions& options = {});

 private:
  std::shared_ptr<EventConnection> connection_;
};

}  // namespace leadflow

#endif  // LEADFLOW_SDK_EVENT_CLIENT_H_
