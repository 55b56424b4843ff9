#ifndef LEADFLOW_SERVER_STORE_CONVERSION_WRITES_H_
#define LEADFLOW_SERVER_STORE_CONVERSION_WRITES_H_

// The store's half of lead conversion, on either store (`Connection` is a
// SqliteConnection or a PgWrite; see record_hooks.h): load the records a
// request names, reserve names for the ones it creates, let the planner
// (domain/conversion.h) decide everything, and write what it decided, each
// record through the write path of its own calls (record_writes.h), inside
// one write, so it all commits together or not at all. On PostgreSQL the
// loads lock what they read, the lead first and then the contact,
// opportunity and account, the same order in every conversion, so a second
// conversion of the same lead waits and then finds it converted.
//
// Both entry points answer NOT_FOUND when the lead does not exist and
// INVALID_ARGUMENT (REFERENCE_NOT_FOUND) naming the field of a named
// account, contact or opportunity that does not exist, besides the
// planner's own errors.

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "domain/conversion.h"
#include "domain/errors.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/ids.h"
#include "store/record_hooks.h"
#include "store/store.h"
#include "store/tables.h"
#include "util/status_macros.h"

namespace leadflow::store {

namespace conversion_internal {

// The reply: the records of `outcome` and its plan.
leadflow::v1::ConvertLeadResponse Reply(domain::ConversionOutcome outcome);

// Reads the record `name` of `table` into `out` and its revision into
// `revision`; a missing one is the caller's mistake in request field `field`.
template <typename T, typename Connection>
absl::Status LoadReference(Connection& connection, const ResourceTable& table,
                           const std::string& name, absl::string_view field,
                           std::optional<T>& out, std::int64_t& revision) {
  if (name.empty()) return absl::OkStatus();
  T record;
  absl::StatusOr<std::int64_t> stored = ReadResource(connection, table, table.IdOf(name), record);
  if (stored.status().code() == absl::StatusCode::kNotFound) {
    return domain::InvalidField(std::string(field), absl::StrCat(name, " does not exist"),
                                leadflow::v1::REFERENCE_NOT_FOUND);
  }
  LEADFLOW_RETURN_IF_ERROR(stored.status());
  out = std::move(record);
  revision = *stored;
  return absl::OkStatus();
}

// The lead and the records `request` names, each with its revision.
template <typename Connection>
absl::StatusOr<domain::ConversionState> LoadConversionState(
    Connection& connection, const leadflow::v1::ConvertLeadRequest& request) {
  domain::ConversionState state;
  LEADFLOW_ASSIGN_OR_RETURN(
      state.revisions.lead,
      ReadResource(connection, LeadTable(), LeadTable().IdOf(request.name()), state.lead));
  std::int64_t opportunity_revision = 0;  // a linked opportunity is not written
  LEADFLOW_RETURN_IF_ERROR(LoadReference(connection, ContactTable(), request.contact(),
                                         "contact", state.contact, state.revisions.contact));
  LEADFLOW_RETURN_IF_ERROR(LoadReference(connection, OpportunityTable(), request.opportunity(),
                                         "opportunity", state.opportunity,
                                         opportunity_revision));
  LEADFLOW_RETURN_IF_ERROR(LoadReference(connection, AccountTable(),
                                         domain::TargetAccountName(request, state), "account",
                                         state.account, state.revisions.account));
  return state;
}

// Creates `record` when `plan` says so, or updates the linked `current`
// when `plan` lists fields the lead filled into it.
template <typename T, typename Connection>
absl::Status WriteRecord(Connection& connection, const ResourceTable& table,
                         const WriteHooks<T, Connection>& hooks, const WriteOrigin& origin,
                         absl::Time now, const std::optional<T>& current, std::int64_t revision,
                         T& record, const ::leadflow::v1::ConvertedRecord& plan) {
  if (plan.action() == ::leadflow::v1::ConvertedRecord::CREATE) {
    if (record.name().empty()) {
      // The plan links records by the names reserved for them; without
      // them every reference would be empty.
      return absl::InternalError(absl::StrCat("a conversion planned a new ", table.collection(),
                                              " record without a name"));
    }
    return CreateRecord(connection, table, hooks, origin, now, record);
  }
  if (plan.filled_fields_size() > 0 && current.has_value()) {
    return UpdateRecord(connection, table, hooks, origin, now, *current, revision, record);
  }
  return absl::OkStatus();
}

}  // namespace conversion_internal

// Converts `request.name` inside the caller's write at `now`, as `plan`
// decides, and returns the reply with every record as stored. The lead is
// written last, so its LEAD_CONVERTED event follows the events of the
// records it names.
template <typename Connection>
absl::StatusOr<leadflow::v1::ConvertLeadResponse> WriteConversion(
    Connection& connection, const leadflow::v1::ConvertLeadRequest& request,
    ConversionPlanner& plan, const WriteOrigin& origin, absl::Time now) {
  using conversion_internal::WriteRecord;
  using Hooks = RecordHooks<Connection>;
  LEADFLOW_ASSIGN_OR_RETURN(domain::ConversionState state,
                            conversion_internal::LoadConversionState(connection, request));
  state.new_names = {NewName(AccountTable(), now), NewName(ContactTable(), now),
                     NewName(OpportunityTable(), now)};
  LEADFLOW_ASSIGN_OR_RETURN(domain::ConversionOutcome outcome, plan(state, now));
  const leadflow::v1::ConversionPlan& decided = outcome.plan;
  LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, AccountTable(), Hooks::Account(), origin, now,
                                       state.account, state.revisions.account, outcome.account,
                                       decided.account()));
  LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, ContactTable(), Hooks::Contact(), origin, now,
                                       state.contact, state.revisions.contact, outcome.contact,
                                       decided.contact()));
  if (outcome.opportunity) {
    // A linked opportunity is never written: the lead only refers to it.
    LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, OpportunityTable(), Hooks::Opportunity(),
                                         origin, now, state.opportunity, 0, *outcome.opportunity,
                                         decided.opportunity()));
  }
  LEADFLOW_RETURN_IF_ERROR(UpdateRecord(connection, LeadTable(), Hooks::Lead(), origin, now,
                                        state.lead, state.revisions.lead, outcome.lead, &decided));
  return conversion_internal::Reply(std::move(outcome));
}

// What converting `request.name` at `now` would do, on `connection`
// (committed state), writing nothing: the records as they would be, those
// to be created unnamed.
template <typename Connection>
absl::StatusOr<leadflow::v1::ConvertLeadResponse> PreviewConversion(
    Connection& connection, const leadflow::v1::ConvertLeadRequest& request,
    ConversionPlanner& plan, absl::Time now) {
  LEADFLOW_ASSIGN_OR_RETURN(const domain::ConversionState state,
                            conversion_internal::LoadConversionState(connection, request));
  LEADFLOW_ASSIGN_OR_RETURN(domain::ConversionOutcome outcome, plan(state, now));
  return conversion_internal::Reply(std::move(outcome));
}

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_CONVERSION_WRITES_H_
