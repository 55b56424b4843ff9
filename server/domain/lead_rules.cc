#include "domain/lead_rules.h"

#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/errors.h"
#include "domain/field_checks.h"
#include "domain/field_mask.h"
#include "domain/resource_name.h"
#include "domain/text.h"

namespace leadflow::domain {
namespace {

using leadflow::v1::Lead;
using leadflow::v1::LeadSourceDetail;
using leadflow::v1::LeadStatus;

void CheckLengths(const Lead& lead, FieldViolations& v) {
  CheckText("lead.salutation", lead.salutation(), kShortText, v);
  CheckText("lead.first_name", lead.first_name(), kShortText, v);
  CheckText("lead.last_name", lead.last_name(), kMediumText, v);
  CheckText("lead.company", lead.company(), kLongText, v);
  CheckText("lead.title", lead.title(), kTitleText, v);
  CheckText("lead.phone", lead.phone(), kShortText, v);
  CheckText("lead.mobile_phone", lead.mobile_phone(), kShortText, v);
  CheckText("lead.website", lead.website(), kLongText, v);
  CheckText("lead.industry", lead.industry(), kShortText, v);
  CheckText("lead.description", lead.description(), kDescriptionText, v, Lines::kMulti);
  CheckText("lead.owner", lead.owner(), kLongText, v);
  CheckText("lead.disqualification_reason",
                 lead.disqualification_reason(), kLongText, v);
  CheckPostalAddress("lead.address", lead.address(), v);
}

void CheckSourceDetail(const LeadSourceDetail& detail, FieldViolations& v) {
  constexpr absl::string_view kPrefix = "lead.source_detail.";
  switch (detail.detail_case()) {
    case LeadSourceDetail::kPurchasedList:
      CheckText(absl::StrCat(kPrefix, "purchased_list.list"),
                     detail.purchased_list().list(), kLongText, v);
      CheckText(absl::StrCat(kPrefix, "purchased_list.vendor"),
                detail.purchased_list().vendor(), kLongText, v);
      if (detail.purchased_list().row() < 0) {
        v.Add(absl::StrCat(kPrefix, "purchased_list.row"),
              "must not be negative");
      }
      break;
    case LeadSourceDetail::kTradeShow:
      CheckText(absl::StrCat(kPrefix, "trade_show.event"), detail.trade_show().event(),
                kLongText, v);
      if (detail.trade_show().row() < 0) {
        v.Add(absl::StrCat(kPrefix, "trade_show.row"), "must not be negative");
      }
      break;
    case LeadSourceDetail::kWebForm:
      CheckText(absl::StrCat(kPrefix, "web_form.form"),
                     detail.web_form().form(), kLongText, v);
      CheckText(absl::StrCat(kPrefix, "web_form.submission"),
                     detail.web_form().submission(), kLongText, v);
      break;
    case LeadSourceDetail::kCustomerReferral:
      CheckText(absl::StrCat(kPrefix, "customer_referral.referring_contact"),
                     detail.customer_referral().referring_contact(), kLongText, v);
      break;
    case LeadSourceDetail::kPartnerReferral:
      CheckText(absl::StrCat(kPrefix, "partner_referral.partner"),
                     detail.partner_referral().partner(), kLongText, v);
      break;
    case LeadSourceDetail::DETAIL_NOT_SET:
      break;
  }
}

void CheckConfiguredValues(const Lead& lead, const Catalog& catalog,
                           FieldViolations& v) {
  CheckLeadSource("lead.lead_source", lead.lead_source(), catalog, v);
  if (!lead.rating().empty() && !catalog.IsRating(lead.rating())) {
    v.Add("lead.rating", absl::StrCat(QuoteForError(lead.rating()),
                                      " is not a configured rating; allowed: ",
                                      absl::StrJoin(catalog.ratings(), ", ")));
  }
}

// The status itself is checked by CheckStatus; this checks what depends on it.
void CheckDisqualificationReason(const Lead& lead, const LeadStatus* status,
                                 FieldViolations& v) {
  if (lead.disqualification_reason().empty() || status == nullptr) return;
  if (!status->closed() || status->converted()) {
    v.Add("lead.disqualification_reason",
          absl::StrCat("may only be set while the status is a closed, not "
                       "converted status; the status is \"",
                       lead.status(), "\""));
  }
}

// Returns the configured status of `lead`, or nullptr after recording why
// it is not acceptable. A converted status is refused with its own reason so
// callers can tell "use ConvertLead" from a typo.
const LeadStatus* CheckStatus(const Lead& lead, const Catalog& catalog,
                              FieldViolations& v) {
  if (lead.status().empty()) {
    v.Add("lead.status", "is required");
    return nullptr;
  }
  const LeadStatus* status = catalog.FindLeadStatus(lead.status());
  if (status == nullptr) {
    std::vector<std::string> names;
    for (const LeadStatus& s : catalog.lead_statuses()) names.push_back(s.name());
    v.Add("lead.status", absl::StrCat(QuoteForError(lead.status()),
                                      " is not a configured status; allowed: ",
                                      absl::StrJoin(names, ", ")));
  }
  return status;
}

absl::Status ConvertedStatusRefused(const Lead& lead) {
  return InvalidField(
      "lead.status",
      absl::StrCat(QuoteForError(lead.status()),
                   " is reached only by converting the lead "
                   "(LeadService.ConvertLead)"),
      leadflow::v1::CONVERTED_STATUS_NOT_SETTABLE);
}

// Every rule on the writable fields of a lead about to be stored.
absl::Status ValidateLead(const Lead& lead, const Catalog& catalog,
                          FieldViolations& v) {
  CheckRequired("lead.last_name", lead.last_name(), v);
  CheckRequired("lead.company", lead.company(), v);
  CheckLengths(lead, v);
  CheckEmail("lead.email", lead.email(), v);
  CheckMoney("lead.annual_revenue", lead.annual_revenue(), catalog, v);
  if (lead.number_of_employees() < 0) {
    v.Add("lead.number_of_employees", "must not be negative");
  }
  CheckSourceDetail(lead.source_detail(), v);
  CheckConfiguredValues(lead, catalog, v);
  const LeadStatus* status = CheckStatus(lead, catalog, v);
  CheckDisqualificationReason(lead, status, v);
  if (!v.empty()) return v.ToStatus();
  if (status->converted()) return ConvertedStatusRefused(lead);
  return absl::OkStatus();
}

absl::Status ConvertedLeadRefused(const Lead& lead, absl::string_view action) {
  return FailedPrecondition(
      leadflow::v1::LEAD_CONVERTED, lead.name(),
      absl::StrCat("the lead was converted and cannot be ", action,
                   "; change its account, contact or opportunity instead"));
}

}  // namespace

absl::StatusOr<Lead> PrepareNewLead(
    const leadflow::v1::CreateLeadRequest& request, const Catalog& catalog) {
  Lead lead = request.lead();
  ClearOutputOnlyFields(lead);
  if (lead.status().empty()) lead.set_status(catalog.default_lead_status().name());
  FieldViolations violations;
  CheckRequestId("request_id", request.request_id(), violations);
  if (absl::Status status = ValidateLead(lead, catalog, violations); !status.ok()) {
    return status;
  }
  return lead;
}

absl::StatusOr<UpdateTarget> CheckLeadUpdateRequest(
    const leadflow::v1::UpdateLeadRequest& request) {
  return CheckUpdateRequest(kLeadCollection, request.lead().name(), "lead.name",
                            request.update_mask(), *Lead::descriptor());
}

absl::StatusOr<Lead> ApplyLeadUpdate(const Lead& current, const Lead& patch,
                                     const google::protobuf::FieldMask& resolved_mask,
                                     const Catalog& catalog) {
  if (current.converted()) return ConvertedLeadRefused(current, "changed");
  Lead updated = current;
  ApplyUpdateMask(resolved_mask, patch, updated);

  const bool sets_reason =
      std::find(resolved_mask.paths().begin(), resolved_mask.paths().end(),
                "disqualification_reason") != resolved_mask.paths().end();
  const LeadStatus* status = catalog.FindLeadStatus(updated.status());
  if (!sets_reason && status != nullptr && !status->closed()) {
    updated.clear_disqualification_reason();
  }
  FieldViolations violations;
  if (absl::Status status = ValidateLead(updated, catalog, violations);
      !status.ok()) {
    return status;
  }
  return updated;
}

absl::Status CheckLeadDeletable(const Lead& current) {
  if (current.converted()) return ConvertedLeadRefused(current, "deleted");
  return absl::OkStatus();
}

}  // namespace leadflow::domain
