#include "leadflow/event_client.h"

#include "internal/paginate.h"
namespace leadflow {

StreamRange<v1::Event> EventClient::ListEvents(std::int64_t after_sequence,
                                               const v1::EventFilter& filter,
                                               const CallOptions& options) {
  v1::ListEventsRequest request;
  request.set_after_sequence(after_sequence);
  *request.mutable_filter() = filter;
  return ListEvents(std::move(request), options);
}

StreamRange<v1::Event> EventClient::ListEvents(v1::ListEventsRequest request,
                                               const CallOptions& options) {
  return internal::PaginateCalls<v1::Event>(connection_, &EventConnection::ListEvents,
                                            std::move(request), options,
                                            &v1::ListEventsResponse::mutable_events);
}

absl::StatusOr<v1::ListEventsResponse> EventClient::ListEventsPage(
    const v1::ListEventsRequest& request, const CallOptions& options) {
  return connection_->ListEvents(request, options);
}

EventStream EventClient::WatchEvents(v1::WatchEventsRequest request, const CallOptions& options) {
  return connection_->WatchEvents(std::move(request), options);
}

EventStream EventClient::WatchEvents(std::int64_t after_sequence, const v1::EventFilter& filter,
                                     const CallOptions& options) {
  v1::WatchEventsRequest request;
  request.set_after_sequence(after_sequence);
  *request.mutable_filter() = filter;
  return WatchEvents(std::move(request), options);
}

}  // namespace leadflow
