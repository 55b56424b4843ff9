#include "store/record_writes.h"

#include "domain/events.h"
#include "store/row_values.h"
#include "store/sqlite_events.h"

namespace leadflow::store {

leadflow::v1::Event WriteEvent(const google::protobuf::Message* before,
                               const google::protobuf::Message* after,
                               const WriteOrigin& origin, absl::Time now,
                               const leadflow::v1::ConversionPlan* conversion) {
  leadflow::v1::Event event = domain::DescribeChange(before, after);
  *event.mutable_commit_time() = TimestampFromMicros(ToMicros(now));
  event.set_actor(origin.actor);
  event.set_request_id(origin.request_id);
  if (conversion != nullptr) *event.mutable_conversion() = *conversion;
  return event;
}

void RecordEvent(SqliteConnection& connection, const google::protobuf::Message* before,
                 const google::protobuf::Message* after, const WriteOrigin& origin,
                 absl::Time now, const leadflow::v1::ConversionPlan* conversion) {
  leadflow::v1::Event event = WriteEvent(before, after, origin, now, conversion);
  AppendEvent(connection, event);
}

}  // namespace leadflow::store
