#include "api/event_service.h"

#include "api/replies.h"
#include "domain/events.h"

namespace leadflow::api {

grpc::ServerUnaryReactor* EventService::ListEvents(
    grpc::CallbackServerContext* context, const leadflow::v1::ListEventsRequest* request,
    leadflow::v1::ListEventsResponse* response) {
  LEADFLOW_ADMIT(context);
  if (absl::Status invalid = domain::CheckListEventsRequest(*request); !invalid.ok()) {
    return FinishNow(context, invalid);
  }
  absl::StatusOr<store::Page<leadflow::v1::Event>> page =
      store_.ListEvents(request->after_sequence(), request->filter(), request->page_size(),
                        request->page_token());
  if (!page.ok()) return FinishNow(context, page.status());
  MovePage(*page, *response->mutable_events(), response->mutable_next_page_token());
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerWriteReactor<leadflow::v1::WatchEventsResponse>* EventService::WatchEvents(
    grpc::CallbackServerContext* context, const leadflow::v1::WatchEventsRequest* request) {
  using Response = leadflow::v1::WatchEventsResponse;
  LEADFLOW_ADMIT_STREAM(context, Response);
  absl::StatusOr<domain::WatchPlan> plan = domain::CheckWatchEventsRequest(*request);
  if (!plan.ok()) return new RefusedStream<Response>(plan.status());
  if (plan->start_at_latest) {
    absl::StatusOr<std::int64_t> latest = store_.LatestEventSequence();
    if (!latest.ok()) return new RefusedStream<Response>(latest.status());
    plan->after_sequence = *latest;
  }
  return WatchReactor::Start(context, store_, hub_, *plan, request->filter(), watch_options_);
}

}  // namespace leadflow::api
