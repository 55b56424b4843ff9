#include "domain/lead_capture.h"

#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "domain/field_checks.h"
#include "domain/lead_rules.h"
#include "domain/text.h"
#include "util/status_macros.h"

namespace leadflow::domain {
namespace {

using leadflow::v1::DuplicateOutcome;
using leadflow::v1::Lead;
using leadflow::v1::LeadSourceDetail;

// The import's source detail for row `row_number`.
LeadSourceDetail SourceDetailOfRow(const LeadSourceDetail& source, std::int64_t row_number) {
  LeadSourceDetail detail = source;
  if (detail.has_purchased_list()) detail.mutable_purchased_list()->set_row(row_number);
  if (detail.has_trade_show()) detail.mutable_trade_show()->set_row(row_number);
  return detail;
}

}  // namespace

absl::Status CheckDuplicatePolicy(absl::string_view field, int policy) {
  if (leadflow::v1::DuplicatePolicy_IsValid(policy)) return absl::OkStatus();
  return InvalidField(std::string(field),
                      absl::StrCat("is ", policy, "; use ALLOW, SKIP or REFUSE"));
}

absl::Status CheckBatchCreateRequest(const leadflow::v1::BatchCreateLeadsRequest& request) {
  FieldViolations violations;
  if (request.leads().empty()) {
    violations.Add("leads", "must hold at least one lead");
  } else if (request.leads_size() > kMaxBatchLeads) {
    violations.Add("leads", absl::StrCat("holds ", request.leads_size(), " leads; at most ",
                                         kMaxBatchLeads, " per call (use ImportLeads for more)"));
  }
  CheckRequestId("request_id", request.request_id(), violations);
  LEADFLOW_RETURN_IF_ERROR(violations.ToStatus());
  return CheckDuplicatePolicy("duplicate_policy", request.duplicate_policy());
}

std::vector<absl::StatusOr<Lead>> PrepareBatchLeads(
    const leadflow::v1::BatchCreateLeadsRequest& request, const Catalog& catalog) {
  std::vector<absl::StatusOr<Lead>> prepared;
  prepared.reserve(request.leads_size());
  leadflow::v1::CreateLeadRequest single;
  for (int i = 0; i < request.leads_size(); ++i) {
    *single.mutable_lead() = request.leads(i);
    absl::StatusOr<Lead> lead = PrepareNewLead(single, catalog);
    if (!lead.ok()) lead = RebaseFields(lead.status(), "lead", absl::StrCat("leads[", i, "]"));
    prepared.push_back(std::move(lead));
  }
  return prepared;
}

absl::Status CheckImportHeader(const leadflow::v1::ImportLeadsRequest& first,
                               const Catalog& catalog) {
  FieldViolations violations;
  if (!first.has_header()) {
    violations.Add("header", "the first message of an import must carry its header");
    return violations.ToStatus();
  }
  const leadflow::v1::ImportLeadsHeader& header = first.header();
  if (header.request_id().empty()) {
    violations.Add("header.request_id",
                   "is required: it is what lets an interrupted import resume");
  }
  CheckRequestId("header.request_id", header.request_id(), violations);
  if (!violations.empty()) return violations.ToStatus();
  LEADFLOW_RETURN_IF_ERROR(
      CheckDuplicatePolicy("header.duplicate_policy", header.duplicate_policy()));
  // The source is checked as the lead fields it becomes.
  leadflow::v1::ImportRow probe;
  probe.set_row_number(1);
  probe.mutable_lead()->set_last_name("x");
  probe.mutable_lead()->set_company("x");
  absl::StatusOr<Lead> lead = PrepareImportedLead(probe, header.source(), catalog);
  if (!lead.ok()) return RebaseFields(lead.status(), "lead", "header.source");
  return absl::OkStatus();
}

absl::StatusOr<Lead> PrepareImportedLead(const leadflow::v1::ImportRow& row,
                                         const leadflow::v1::ImportSource& source,
                                         const Catalog& catalog) {
  leadflow::v1::CreateLeadRequest single;
  Lead& lead = *single.mutable_lead();
  lead = row.lead();
  if (lead.lead_source().empty()) lead.set_lead_source(source.lead_source());
  if (!lead.has_source_detail() && source.has_source_detail()) {
    *lead.mutable_source_detail() = SourceDetailOfRow(source.source_detail(), row.row_number());
  }
  return PrepareNewLead(single, catalog);
}

absl::Status ImportReused(absl::string_view request_id) {
  return InvalidField("header.request_id",
                      absl::StrCat(QuoteForError(request_id),
                                   " was imported before with other options (source, duplicate "
                                   "policy or assignment); use a new request_id for a new import"),
                      leadflow::v1::REQUEST_ID_REUSED);
}

absl::Status CheckRowOrder(int index, std::int64_t row_number, std::int64_t previous) {
  if (row_number > previous) return absl::OkStatus();
  return InvalidField(absl::StrCat("rows[", index, "].row_number"),
                      absl::StrCat("is ", row_number, " after row ", previous,
                                   "; row numbers must increase through an import"));
}

DuplicateOutcome::Action DuplicateAction(leadflow::v1::DuplicatePolicy policy, bool has_matches) {
  if (!has_matches) return DuplicateOutcome::CREATED;
  switch (policy) {
    case leadflow::v1::SKIP:
      return DuplicateOutcome::SKIPPED;
    case leadflow::v1::REFUSE:
      return DuplicateOutcome::REFUSED;
    default:
      return DuplicateOutcome::CREATED_DESPITE_DUPLICATES;
  }
}

absl::Status DuplicateRefusal(
    absl::string_view subject,
    const google::protobuf::RepeatedPtrField<leadflow::v1::DuplicateMatch>& matches) {
  std::vector<std::string> records;
  std::vector<std::string> rules;
  for (const leadflow::v1::DuplicateMatch& match : matches) {
    records.push_back(match.has_lead() ? match.lead().name() : match.contact().name());
    for (int rule : match.rules()) {
      std::string name = leadflow::v1::DuplicateRule_Name(rule);
      if (std::find(rules.begin(), rules.end(), name) == rules.end()) rules.push_back(name);
    }
  }
  return DuplicateFound(subject, records, rules);
}

}  // namespace leadflow::domain
