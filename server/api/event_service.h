#ifndef LEADFLOW_SERVER_API_EVENT_SERVICE_H_
#define LEADFLOW_SERVER_API_EVENT_SERVICE_H_

// leadflow.v1.EventService on gRPC's callback API: the change feed, read in
// pages (ListEvents) or followed as a stream (WatchEvents, watch_reactor.h).

#include "api/admission.h"
#include "api/event_hub.h"
#include "api/watch_reactor.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "store/store.h"

namespace leadflow::api {

class EventService final : public leadflow::v1::EventService::CallbackService {
 public:
  // `store`, `hub` and `admission` must outlive the service.
  EventService(store::Store& store, EventHub& hub, const Admission& admission,
               WatchReactor::Options watch_options)
      : store_(store), hub_(hub), admission_(admission), watch_options_(watch_options) {}

  grpc::ServerUnaryReactor* ListEvents(grpc::CallbackServerContext* context,
                                       const leadflow::v1::ListEventsRequest* request,
                                       leadflow::v1::ListEventsResponse* response) override;

  grpc::ServerWriteReactor<leadflow::v1::WatchEventsResponse>* WatchEvents(
      grpc::CallbackServerContext* context,
      const leadflow::v1::WatchEventsRequest* request) override;

 private:
  store::Store& store_;
  EventHub& hub_;
  const Admission& admission_;
  const WatchReactor::Options watch_options_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_EVENT_SERVICE_H_
