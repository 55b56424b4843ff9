#include "store/sqlite_conversion.h"

#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "store/sqlite_history.h"
#include "store/sqlite_matches.h"
#include "store/sqlite_resources.h"
#include "store/tables.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

using leadflow::v1::ConvertedRecord;

// Reads the record `name` of `table` into `out`; a missing one is the
// caller's mistake in request field `field`.
template <typename T>
absl::Status LoadReference(SqliteConnection& connection, const ResourceTable& table,
                           const std::string& name, absl::string_view field,
                           std::optional<T>& out) {
  if (name.empty()) return absl::OkStatus();
  T record;
  absl::StatusOr<std::int64_t> revision =
      ReadResource(connection, table, table.IdOf(name), record);
  if (revision.status().code() == absl::StatusCode::kNotFound) {
    return domain::InvalidField(std::string(field), absl::StrCat(name, " does not exist"),
                                leadflow::v1::REFERENCE_NOT_FOUND);
  }
  LEADFLOW_RETURN_IF_ERROR(revision.status());
  out = std::move(record);
  return absl::OkStatus();
}

// Creates `record` when the plan says so, or updates it when the plan lists
// fields the lead filled into it; then `plan` names it. Returns whether the
// record was written (a linked record the lead filled nothing into is not).
template <typename T>
bool WriteRecord(SqliteConnection& connection, const ResourceTable& table, T& record,
                 ConvertedRecord& plan, absl::Time now) {
  bool written = true;
  if (plan.action() == ConvertedRecord::CREATE) {
    InsertResource(connection, table, record, now);
  } else if (plan.filled_fields_size() > 0) {
    T stored;
    std::int64_t revision = *ReadResource(connection, table, table.IdOf(record.name()), stored);
    UpdateResource(connection, table, record, revision + 1, now);
  } else {
    written = false;
  }
  plan.set_name(record.name());
  return written;
}

}  // namespace

absl::StatusOr<domain::ConversionState> LoadConversionState(
    SqliteConnection& connection, const leadflow::v1::ConvertLeadRequest& request) {
  domain::ConversionState state;
  LEADFLOW_RETURN_IF_ERROR(
      ReadResource(connection, LeadTable(), LeadTable().IdOf(request.name()), state.lead)
          .status());
  LEADFLOW_RETURN_IF_ERROR(
      LoadReference(connection, ContactTable(), request.contact(), "contact", state.contact));
  LEADFLOW_RETURN_IF_ERROR(LoadReference(connection, OpportunityTable(), request.opportunity(),
                                         "opportunity", state.opportunity));
  LEADFLOW_RETURN_IF_ERROR(LoadReference(connection, AccountTable(),
                                         domain::TargetAccountName(request, state), "account",
                                         state.account));
  return state;
}

leadflow::v1::ConvertLeadResponse WriteConversion(SqliteConnection& connection,
                                                  domain::ConversionOutcome outcome,
                                                  const std::string& actor, absl::Time now) {
  leadflow::v1::ConversionPlan& plan = outcome.plan;
  if (WriteRecord(connection, AccountTable(), outcome.account, *plan.mutable_account(), now)) {
    WriteAccountMatchKeys(connection, outcome.account);
  }

  outcome.contact.set_account(outcome.account.name());
  WriteRecord(connection, ContactTable(), outcome.contact, *plan.mutable_contact(), now);

  if (outcome.opportunity && plan.opportunity().action() == ConvertedRecord::CREATE) {
    outcome.opportunity->set_account(outcome.account.name());
    outcome.opportunity->set_contact(outcome.contact.name());
    WriteRecord(connection, OpportunityTable(), *outcome.opportunity,
                *plan.mutable_opportunity(), now);
    AppendHistory(connection, leadflow::v1::Opportunity(), *outcome.opportunity, actor, now);
  }

  leadflow::v1::Lead& lead = outcome.lead;
  lead.set_converted_account(outcome.account.name());
  lead.set_converted_contact(outcome.contact.name());
  lead.set_converted_opportunity(outcome.opportunity ? outcome.opportunity->name() : "");
  leadflow::v1::Lead stored;
  std::int64_t revision = *ReadResource(connection, LeadTable(), LeadTable().IdOf(lead.name()), stored);
  UpdateResource(connection, LeadTable(), lead, revision + 1, now);

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
