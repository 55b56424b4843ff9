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

  // Each method by default fails with UNIMPLEMENTED, so a fake or a mock
  // overrides only the calls it stands in for.

  virtual absl::StatusOr<v1::ListEventsResponse> ListEvents(const v1::ListEventsRequest& request,
                                                            const CallOptions& options);
  // The feed from the request's position on, reconnecting by itself (see
  // event_stream.h).
  virtual EventStream WatchEvents(v1::WatchEventsRequest request, const CallOptions& options);
};

// A connection to the server named by `options`. Never null: when the
// options cannot be used every call fails with that error.
std::shared_ptr<EventConnection> MakeEventConnection(const Options& options = {});

}  // namespace leadflow

#endif  // LEADFLOW_SDK_EVENT_CONNECTION_H_
