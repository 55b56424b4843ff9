#include "store/sqlite_conversion.h"

#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "store/record_hooks.h"
#include "store/sqlite_resources.h"
#include "store/tables.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

using leadflow::v1::ConvertedRecord;

// Reads the record `name` of `table` into `out` and its revision into
// `revision`; a missing one is the caller's mistake in request field `field`.
template <typename T>
absl::Status LoadReference(SqliteConnection& connection, const ResourceTable& table,
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
template <typename T>
absl::Status WriteRecord(SqliteConnection& connection, const ResourceTable& table,
                         const WriteHooks<T>& hooks, const WriteOrigin& origin, absl::Time now,
                         const std::optional<T>& current, std::int64_t revision, T& record,
                         ConvertedRecord& plan) {
  if (plan.action() == ConvertedRecord::CREATE) {
    LEADFLOW_RETURN_IF_ERROR(CreateRecord(connection, table, hooks, origin, now, record));
  } else if (plan.filled_fields_size() > 0 && current.has_value()) {
    LEADFLOW_RETURN_IF_ERROR(
        UpdateRecord(connection, table, hooks, origin, now, *current, revision, record));
  }
  plan.set_name(record.name());
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<domain::ConversionState> LoadConversionState(
    SqliteConnection& connection, const leadflow::v1::ConvertLeadRequest& request) {
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

absl::StatusOr<leadflow::v1::ConvertLeadResponse> WriteConversion(
    SqliteConnection& connection, const domain::ConversionState& state,
    domain::ConversionOutcome outcome, const WriteOrigin& origin, absl::Time now) {
  leadflow::v1::ConversionPlan& plan = outcome.plan;
  LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, AccountTable(), AccountHooks(), origin, now,
                                       state.account, state.revisions.account, outcome.account,
                                       *plan.mutable_account()));

  outcome.contact.set_account(outcome.account.name());
  LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, ContactTable(), ContactHooks(), origin, now,
                                       state.contact, state.revisions.contact, outcome.contact,
                                       *plan.mutable_contact()));

  if (outcome.opportunity && plan.opportunity().action() == ConvertedRecord::CREATE) {
    outcome.opportunity->set_account(outcome.account.name());
    outcome.opportunity->set_contact(outcome.contact.name());
    LEADFLOW_RETURN_IF_ERROR(WriteRecord(connection, OpportunityTable(), OpportunityHooks(),
                                         origin, now, state.opportunity, 0,
                                         *outcome.opportunity, *plan.mutable_opportunity()));
  }

  leadflow::v1::Lead& lead = outcome.lead;
  lead.set_converted_account(outcome.account.name());
  lead.set_converted_contact(outcome.contact.name());
  lead.set_converted_opportunity(outcome.opportunity ? outcome.opportunity->name() : "");
  LEADFLOW_RETURN_IF_ERROR(UpdateRecord(connection, LeadTable(), LeadHooks(), origin, now,
                                        state.lead, state.revisions.lead, lead, &plan));
  return PreviewConversion(std::move(outcome));
}

leadflow::v1::ConvertLeadResponse PreviewConversion(domain::ConversionOutcome outcome) {
  leadflow::v1::ConvertLeadResponse response;
  *response.mutable_lead() = std::move(outcome.lead);
  *response.mutable_account() = std::move(outcome.account);
  *response.mutable_contact() = std::move(outcome.contact);
  if (outcome.opportunity) *response.mutable_opportunity() = std::move(*outcome.opportunity);
  *response.mutable_plan() = std::move(outcome.plan);
  return response;
}

}  // namespace leadflow::store
