#ifndef LEADFLOW_SERVER_STORE_CONVERSION_WRITES_H_
#define LEADFLOW_SERVER_STORE_CONVERSION_WRITES_H_

// The store's half of lead conversion, on either store (`Connection` is a
// SqliteConnection or a PgWrite; see record_hooks.h): loading the records a
// request names and writing a planned outcome (domain/conversion.h decides
// the plan), inside one write, so its writes commit together or not at
// all. On PostgreSQL the loads lock what they read, the lead first and then
// the contact, opportunity and account, the same order in every
// conversion, so a second conversion of the same lead waits and then finds
// it converted.
//
// LoadConversionState: the lead and the records `request` names. NOT_FOUND
// when the lead does not exist; INVALID_ARGUMENT (REFERENCE_NOT_FOUND)
// naming the field of a named account, contact or opportunity that does
// not exist.
//
// WriteConversion: creates or updates the records of `outcome` (planned
// from `state`), links them to each other and to the converted lead, and
// returns the reply with every record as stored. Each record goes through
// the write path of its own calls (record_writes.h), the lead last, so its
// LEAD_CONVERTED event follows the events of the records it names.

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "domain/conversion.h"
#include "domain/errors.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/record_hooks.h"
#include "store/store.h"
#include "store/tables.h"
#include "util/status_macros.h"

namespace leadflow::store {

// The reply of a validate_only conversion: the records as they would be.
leadflow::v1::ConvertLeadResponse PreviewConversion(domain::ConversionOutcome outcome);

namespace conversion_internal {

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

// Creates `record` when the plan says so, or updates the linked `current`
// when the plan lists fields the lead filled into it; then `plan` names it.
template <typename T, typename Connection>
absl::Status WriteRecord(Connection& connection, const ResourceTable& table,
                         const WriteHooks<T, Connection>& hooks, const WriteOrigin& origin,
                         absl::Time now,
                         const std::optional<T>& current, std::int64_t revision, T& record,
                         ::leadflow::v1::ConvertedRecord& plan) {
  if (plan.action() == ::leadflow::v1::ConvertedRecord::CREATE) {
    LEADFLOW_RETURN_IF_ERROR(CreateRecord(connection, table, hooks, origin, now, record));
  } else if (plan.filled_fields_size() > 0 && current.has_value()) {
    LEADFLOW_RETURN_IF_ERROR(
        UpdateRecord(connection, table, hooks, origin, now, *current, revision, record));
  }
  plan.set_name(record.name());
  return absl::OkStatus();
}

}  // namespace conversion_internal

template <typename Connection>
absl::StatusOr<domain::ConversionState> LoadConversionState(
    Connection& connection, const leadflow::v1::ConvertLeadRequest& request) {
  using conversion_internal::LoadReference;
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

template <typename Connection>
absl::StatusOr<leadflow::v1::ConvertLeadResponse> WriteConversion(
    Connection& connection, const domain::ConversionState& state,
    domain::ConversionOutcome outcome, const WriteOrigin& origin, absl::Time now) {
  using conversion_internal::WriteRecord;
  using Hooks = RecordHooks<Connection>;
  leadflow::v1::ConversionPlan& plan = outcome.plan;
  LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, AccountTable(), Hooks::Account(), origin, now,
                                       state.account, state.revisions.account, outcome.account,
                                       *plan.mutable_account()));

  outcome.contact.set_account(outcome.account.name());
  LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, ContactTable(), Hooks::Contact(), origin, now,
                                       state.contact, state.revisions.contact, outcome.contact,
                                       *plan.mutable_contact()));

  if (outcome.opportunity && plan.opportunity().action() == ::leadflow::v1::ConvertedRecord::CREATE) {
    outcome.opportunity->set_account(outcome.account.name());
    outcome.opportunity->set_contact(outcome.contact.name());
    LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, OpportunityTable(), Hooks::Opportunity(),
                                         origin, now, state.opportunity, 0,
                                         *outcome.opportunity, *plan.mutable_opportunity()));
  }

  leadflow::v1::Lead& lead = outcome.lead;
  lead.set_converted_account(outcome.account.name());
  lead.set_converted_contact(outcome.contact.name());
  lead.set_converted_opportunity(outcome.opportunity ? outcome.opportunity->name() : "");
  LEADFLOW_RETURN_IF_ERROR(UpdateRecord(connection, LeadTable(), Hooks::Lead(), origin, now,
                                        state.lead, state.revisions.lead, lead, &plan));
  return PreviewConversion(std::move(outcome));
}

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_CONVERSION_WRITES_H_
