#include "domain/events.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "domain/resource_name.h"
#include "google/protobuf/util/message_differencer.h"
#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/opportunity.pb.h"

namespace leadflow::domain {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using leadflow::v1::Event;

// The feed's view of each resource message.
struct ResourceKind {
  Event::ResourceType type;
  absl::string_view collection;
  Event::Type created;
  Event::Type updated;
  Event::Type deleted;
};

const ResourceKind& KindOf(const google::protobuf::Descriptor& descriptor) {
  static const ResourceKind kLead{Event::LEAD, kLeadCollection, Event::LEAD_CREATED,
                                  Event::LEAD_UPDATED, Event::LEAD_DELETED};
  static const ResourceKind kAccount{Event::ACCOUNT, kAccountCollection, Event::ACCOUNT_CREATED,
                                     Event::ACCOUNT_UPDATED, Event::ACCOUNT_DELETED};
  static const ResourceKind kContact{Event::CONTACT, kContactCollection, Event::CONTACT_CREATED,
                                     Event::CONTACT_UPDATED, Event::CONTACT_DELETED};
  static const ResourceKind kOpportunity{Event::OPPORTUNITY, kOpportunityCollection,
                                         Event::OPPORTUNITY_CREATED, Event::OPPORTUNITY_UPDATED,
                                         Event::OPPORTUNITY_DELETED};
  if (&descriptor == leadflow::v1::Lead::descriptor()) return kLead;
  if (&descriptor == leadflow::v1::Account::descriptor()) return kAccount;
  if (&descriptor == leadflow::v1::Contact::descriptor()) return kContact;
  if (&descriptor == leadflow::v1::Opportunity::descriptor()) return kOpportunity;
  // Only the four resources are written; anything else is a bug here.
  std::abort();
}

// Fields that change on every write, or never: not worth reporting.
bool IsBookkeeping(const FieldDescriptor& field) {
  return field.name() == "name" || field.name() == "etag" || field.name() == "update_time";
}

// Whether the changed fields of a nested message are reported one by one:
// Leadflow's own value types (an address), not well-known ones.
bool ComparedFieldByField(const FieldDescriptor& field) {
  return field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE && !field.is_repeated() &&
         field.message_type()->file()->package() == "leadflow.v1";
}

bool SameValue(google::protobuf::util::MessageDifferencer& differencer, const Message& before,
               const Message& after, const FieldDescriptor& field) {
  const google::protobuf::Reflection& reflection = *before.GetReflection();
  if (field.is_repeated()) {
    if (reflection.FieldSize(before, &field) != reflection.FieldSize(after, &field)) return false;
  } else if (field.has_presence() &&
             reflection.HasField(before, &field) != reflection.HasField(after, &field)) {
    return false;
  }
  const std::vector<const FieldDescriptor*> only = {&field};
  return differencer.CompareWithFields(before, after, only, only);
}

void CollectChanges(google::protobuf::util::MessageDifferencer& differencer,
                    const Message& before, const Message& after, const std::string& prefix,
                    std::vector<std::string>& paths) {
  const google::protobuf::Descriptor& descriptor = *before.GetDescriptor();
  const google::protobuf::Reflection& reflection = *before.GetReflection();
  for (int i = 0; i < descriptor.field_count(); ++i) {
    const FieldDescriptor& field = *descriptor.field(i);
    if (prefix.empty() && IsBookkeeping(field)) continue;
    if (SameValue(differencer, before, after, field)) continue;
    const std::string path = absl::StrCat(prefix, field.name());
    if (ComparedFieldByField(field)) {
      CollectChanges(differencer, reflection.GetMessage(before, &field),
                     reflection.GetMessage(after, &field), absl::StrCat(path, "."), paths);
    } else {
      paths.push_back(path);
    }
  }
}

// The type of an update of an opportunity: the stage's meaning matters to
// consumers more than its name, so the most specific type wins.
Event::Type OpportunityUpdateType(const leadflow::v1::Opportunity& before,
                                  const leadflow::v1::Opportunity& after) {
  if (before.stage() == after.stage()) return Event::OPPORTUNITY_UPDATED;
  if (!after.is_closed()) return Event::OPPORTUNITY_STAGE_CHANGED;
  return after.is_won() ? Event::OPPORTUNITY_CLOSED_WON : Event::OPPORTUNITY_CLOSED_LOST;
}

Event::Type UpdateType(const ResourceKind& kind, const Message& before, const Message& after) {
  if (kind.type == Event::LEAD) {
    const auto& lead_before = static_cast<const leadflow::v1::Lead&>(before);
    const auto& lead_after = static_cast<const leadflow::v1::Lead&>(after);
    if (!lead_before.converted() && lead_after.converted()) return Event::LEAD_CONVERTED;
  }
  if (kind.type == Event::OPPORTUNITY) {
    return OpportunityUpdateType(static_cast<const leadflow::v1::Opportunity&>(before),
                                 static_cast<const leadflow::v1::Opportunity&>(after));
  }
  return kind.updated;
}

// Puts a copy of `record` into the event's `record` oneof.
void SetRecord(const ResourceKind& kind, const Message& record, Event& event) {
  Message* field = nullptr;
  switch (kind.type) {
    case Event::LEAD:
      field = event.mutable_lead();
      break;
    case Event::ACCOUNT:
      field = event.mutable_account();
      break;
    case Event::CONTACT:
      field = event.mutable_contact();
      break;
    default:
      field = event.mutable_opportunity();
      break;
  }
  field->CopyFrom(record);
}

const std::string& NameOf(const Message& record) {
  const FieldDescriptor* name = record.GetDescriptor()->FindFieldByName("name");
  std::string scratch;
  return record.GetReflection()->GetStringReference(record, name, &scratch);
}

}  // namespace

std::vector<std::string> ChangedFields(const Message& before, const Message& after) {
  google::protobuf::util::MessageDifferencer differencer;
  std::vector<std::string> paths;
  CollectChanges(differencer, before, after, "", paths);
  return paths;
}

Event DescribeChange(const Message* before, const Message* after) {
  const Message& record = after != nullptr ? *after : *before;
  const ResourceKind& kind = KindOf(*record.GetDescriptor());
  Event event;
  event.set_resource_type(kind.type);
  event.set_resource(NameOf(record));
  if (before == nullptr) {
    event.set_type(kind.created);
  } else if (after == nullptr) {
    event.set_type(kind.deleted);
  } else {
    event.set_type(UpdateType(kind, *before, *after));
    for (std::string& path : ChangedFields(*before, *after)) {
      event.mutable_changed_fields()->add_paths(std::move(path));
    }
  }
  if (after != nullptr) SetRecord(kind, *after, event);
  return event;
}

bool Matches(const leadflow::v1::EventFilter& filter, const Event& event) {
  return Matches(filter, event.type(), event.resource_type(), event.resource());
}

bool Matches(const leadflow::v1::EventFilter& filter, Event::Type type,
             Event::ResourceType resource_type, absl::string_view resource) {
  auto in = [](const auto& values, int value) {
    return values.empty() || std::find(values.begin(), values.end(), value) != values.end();
  };
  return in(filter.resource_types(), resource_type) && in(filter.types(), type) &&
         (filter.resource().empty() || filter.resource() == resource);
}

void CheckEventFilter(const leadflow::v1::EventFilter& filter, absl::string_view field,
                      FieldViolations& violations) {
  for (int type : filter.resource_types()) {
    if (!Event::ResourceType_IsValid(type) || type == Event::RESOURCE_TYPE_UNSPECIFIED) {
      violations.Add(absl::StrCat(field, ".resource_types"),
                     absl::StrCat(type, " is not a resource type"));
    }
  }
  for (int type : filter.types()) {
    if (!Event::Type_IsValid(type) || type == Event::TYPE_UNSPECIFIED) {
      violations.Add(absl::StrCat(field, ".types"), absl::StrCat(type, " is not an event type"));
    }
  }
  if (filter.resource().empty()) return;
  const std::string resource_field = absl::StrCat(field, ".resource");
  const absl::string_view collection =
      std::vector<absl::string_view>(absl::StrSplit(filter.resource(), '/')).front();
  for (absl::string_view known : {kLeadCollection, kAccountCollection, kContactCollection,
                                  kOpportunityCollection}) {
    if (collection == known) {
      CheckResourceName(known, filter.resource(), resource_field, /*required=*/true, violations);
      return;
    }
  }
  violations.Add(resource_field,
                 "must name a lead, account, contact or opportunity, e.g. \"leads/{lead}\"");
}

absl::Status CheckListEventsRequest(const leadflow::v1::ListEventsRequest& request) {
  FieldViolations violations;
  if (request.page_size() < 0) violations.Add("page_size", "must not be negative");
  if (request.after_sequence() < 0) violations.Add("after_sequence", "must not be negative");
  CheckEventFilter(request.filter(), "filter", violations);
  return violations.ToStatus();
}

absl::StatusOr<WatchPlan> CheckWatchEventsRequest(
    const leadflow::v1::WatchEventsRequest& request) {
  FieldViolations violations;
  if (request.after_sequence() < 0) violations.Add("after_sequence", "must not be negative");
  if (request.start_at_latest() && request.after_sequence() != 0) {
    violations.Add("start_at_latest", "cannot be combined with after_sequence");
  }
  CheckEventFilter(request.filter(), "filter", violations);
  WatchPlan plan;
  plan.after_sequence = request.after_sequence();
  plan.start_at_latest = request.start_at_latest();
  plan.heartbeat_interval = kDefaultHeartbeatInterval;
  if (request.has_heartbeat_interval()) {
    const auto& interval = request.heartbeat_interval();
    plan.heartbeat_interval = absl::Seconds(interval.seconds()) + absl::Nanoseconds(interval.nanos());
    if (plan.heartbeat_interval < kMinHeartbeatInterval ||
        plan.heartbeat_interval > kMaxHeartbeatInterval) {
      violations.Add("heartbeat_interval", "must be between 1 second and 1 hour");
    }
  }
  if (!violations.empty()) return violations.ToStatus();
  return plan;
}

}  // namespace leadflow::domain
