#ifndef LEADFLOW_SERVER_DOMAIN_CONVERSION_H_
#define LEADFLOW_SERVER_DOMAIN_CONVERSION_H_

// Lead conversion (the README's introduction tells the story), as pure
// functions: which records a ConvertLead request creates or links, what the
// lead's fields fill in, how they refer to one another, and what the lead
// becomes. The store loads the records the request names and reserves names
// for the ones to create; PlanConversion then decides everything once,
// inside the write transaction, and the store writes the outcome as it is,
// so the plan a caller sees (validate_only) is exactly what is written.

#include <cstdint>
#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "domain/catalog.h"
#include "google/type/date.pb.h"
#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/lead_service.pb.h"
#include "leadflow/v1/opportunity.pb.h"

namespace leadflow::domain {

// The checks of a ConvertLeadRequest that need no stored state: names,
// contradictory options (INVALID_ARGUMENT naming both fields), the
// converted status, the new opportunity's name, amount and close date, and
// the request id. Returns the converted status to use.
absl::StatusOr<std::string> CheckConvertRequest(
    const leadflow::v1::ConvertLeadRequest& request, const Catalog& catalog);

// The stored records a conversion starts from.
struct ConversionState {
  leadflow::v1::Lead lead;
  // Present when the request names them (or, for the account, when it is
  // implied by a named contact or opportunity).
  std::optional<leadflow::v1::Account> account;
  std::optional<leadflow::v1::Contact> contact;
  std::optional<leadflow::v1::Opportunity> opportunity;
  // The stored revisions of the records above, so that the write which
  // follows replaces exactly what was read, without reading it again.
  struct Revisions {
    std::int64_t lead = 0;
    std::int64_t account = 0;
    std::int64_t contact = 0;
  } revisions = {};
  // The names the records this conversion creates will have, reserved by
  // the store before planning, so that the plan links every record to the
  // others itself. Empty for a dry run (validate_only), whose reply then
  // leaves the records it would create, and references to them, unnamed.
  struct NewNames {
    std::string account;
    std::string contact;
    std::string opportunity;
  } new_names = {};
};

// What conversion writes: `plan` says, per record, whether it is created,
// linked (and then written only when `plan` lists filled fields for it) or,
// for the opportunity, not made at all. Records, references and the plan
// carry the final names (the reserved ones for created records).
struct ConversionOutcome {
  leadflow::v1::Account account;
  leadflow::v1::Contact contact;
  std::optional<leadflow::v1::Opportunity> opportunity;
  leadflow::v1::Lead lead;  // converted, with status and convert_time set
  leadflow::v1::ConversionPlan plan;
};

// The account a request attaches to: `account`, else the account of the
// named contact or opportunity, else empty (create one). The store loads it
// into `state.account`.
std::string TargetAccountName(const leadflow::v1::ConvertLeadRequest& request,
                              const ConversionState& state);

// Plans the conversion of `state.lead` as `request` asks, to
// `converted_status` (both from CheckConvertRequest), at `now`. A new
// opportunity goes through the same preparation as a CreateOpportunity
// call's (first open stage, its probability and forecast category,
// expected revenue). FAILED_PRECONDITION when the lead is converted
// (LEAD_CONVERTED) or the opportunity is closed (OPPORTUNITY_CLOSED);
// INVALID_ARGUMENT when the contact or opportunity belongs to another
// account than the one the lead attaches to.
absl::StatusOr<ConversionOutcome> PlanConversion(
    const leadflow::v1::ConvertLeadRequest& request,
    const std::string& converted_status, const ConversionState& state,
    const Catalog& catalog, absl::Time now);

// The last day of the fiscal quarter that contains `today`, for a fiscal
// year starting in `fiscal_year_start_month` (1-12).
google::type::Date LastDayOfFiscalQuarter(const google::type::Date& today,
                                          int fiscal_year_start_month);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_CONVERSION_H_
