#ifndef LEADFLOW_SERVER_DOMAIN_EVENTS_H_
#define LEADFLOW_SERVER_DOMAIN_EVENTS_H_

// The change feed's rules (protos/leadflow/v1/event.proto), as pure
// functions: which event a write of a record is, which fields it changed,
// which events a filter selects, and the checks of the feed's requests.
// The store appends the events in the write's transaction and assigns their
// sequence numbers; api/ streams them.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "domain/errors.h"
#include "google/protobuf/message.h"
#include "leadflow/v1/event.pb.h"
#include "leadflow/v1/event_service.pb.h"

namespace leadflow::domain {

// The event of one write of one record: `before` is nullptr for a create,
// `after` nullptr for a delete; otherwise both are the same resource
// message type (Lead, Account, Contact or Opportunity). Sets the type, the
// resource type and name, the changed fields and the record after the
// change; the store adds the sequence, commit time, actor and request id.
leadflow::v1::Event DescribeChange(const google::protobuf::Message* before,
                                   const google::protobuf::Message* after);

// The paths of the fields whose values differ between `before` and
// `after` (same type), in field order. Fields of leadflow.v1 messages
// nested in a resource (an address) are compared one by one, as
// `address.city`; other values (money, dates, times) as a whole. The name
// and the bookkeeping fields (`update_time`, `etag`) are left out.
std::vector<std::string> ChangedFields(const google::protobuf::Message& before,
                                       const google::protobuf::Message& after);

// Whether `filter` selects `event` (see EventFilter), or an event of this
// type, resource type and resource.
bool Matches(const leadflow::v1::EventFilter& filter, const leadflow::v1::Event& event);
bool Matches(const leadflow::v1::EventFilter& filter, leadflow::v1::Event::Type type,
             leadflow::v1::Event::ResourceType resource_type, absl::string_view resource);

// The checks of a filter: known enum values, and a well-formed resource
// name. Violations name `field` (e.g. "filter") and the offending part.
void CheckEventFilter(const leadflow::v1::EventFilter& filter, absl::string_view field,
                      FieldViolations& violations);

// The checks of a ListEventsRequest that need no stored state.
absl::Status CheckListEventsRequest(const leadflow::v1::ListEventsRequest& request);

// A WatchEventsRequest, checked: where to start and how often to send a
// heartbeat.
struct WatchPlan {
  std::int64_t after_sequence = 0;
  bool start_at_latest = false;
  absl::Duration heartbeat_interval;
};

inline constexpr absl::Duration kDefaultHeartbeatInterval = absl::Seconds(10);
inline constexpr absl::Duration kMinHeartbeatInterval = absl::Seconds(1);
inline constexpr absl::Duration kMaxHeartbeatInterval = absl::Hours(1);

// The checks of a WatchEventsRequest; INVALID_ARGUMENT naming every bad
// field.
absl::StatusOr<WatchPlan> CheckWatchEventsRequest(
    const leadflow::v1::WatchEventsRequest& request);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_EVENTS_H_
