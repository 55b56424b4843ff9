#ifndef LEADFLOW_SDK_EVENT_CONNECTION_H_
#define LEADFLOW_SDK_EVENT_CONNECTION_H_

// The connection under EventClient (see lead_connection.h).

#include <memory>

#include "absl/status/statusor.h"
#include "leadflow/event_stream.h"
#include "leadflow/options.h"
#include "leadflow/stream_range.h"
#include "leadflow/v1/event_service.pb.h"

namespace leadflow {

class EventConnection {
 public:
  virtual ~EventConnection() = default;

  // One page.
  virtual absl::StatusOr<v1::ListEventsResponse> ListEventsPage(
      const v1::ListEventsRequest& request, const CallOptions& options) = 0;
  // Every event from `request.page_token` on, fetched page by page.
  virtual StreamRange<v1::Event> ListEvents(v1::ListEventsRequest request,
                                            const CallOptions& options) = 0;
  // The feed from the request's position on, reconnecting by itself (see
  // event_stream.h).
  virtual EventStream WatchEvents(v1::WatchEventsRequest request, const CallOptions& options) = 0;
};

// A connection to the server named by `options`. Never null: when the
// options cannot be used every call fails with that error.
std::shared_ptr<EventConnection> MakeEventConnection(const Options& options = {});

}  // namespace leadflow

#endif  // LEADFLOW_SDK_EVENT_CONNECTION_H_
