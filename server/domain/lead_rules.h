#ifndef LEADFLOW_SERVER_DOMAIN_LEAD_RULES_H_
#define LEADFLOW_SERVER_DOMAIN_LEAD_RULES_H_

// The rules of leads and their qualification status (the README's introduction
// tells the story): what a valid lead is, what Create fills in, what Update may
// change. Pure functions over proto messages; the store applies their results.

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "domain/catalog.h"
#include "domain/field_mask.h"
#include "google/protobuf/field_mask.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/lead_service.pb.h"

namespace leadflow::domain {

// The lead a CreateLead request asks for: output-only fields cleared and the
// status defaulted. INVALID_ARGUMENT, naming every bad field, when a required
// field is missing, a value is too long or not configured, the email is
// malformed, the status is a converted one, or the request_id is malformed.
absl::StatusOr<leadflow::v1::Lead> PrepareNewLead(
    const leadflow::v1::CreateLeadRequest& request, const Catalog& catalog);

// The checks of an UpdateLead request that need no stored state: the lead's
// name and the mask (see CheckUpdateRequest).
absl::StatusOr<UpdateTarget> CheckLeadUpdateRequest(
    const leadflow::v1::UpdateLeadRequest& request);

// `current` with the masked fields of `patch` applied. FAILED_PRECONDITION
// (LEAD_CONVERTED) when `current` is converted; INVALID_ARGUMENT as for
// PrepareNewLead. Moving a lead off a closed status clears its
// disqualification reason unless the same update sets one.
absl::StatusOr<leadflow::v1::Lead> ApplyLeadUpdate(
    const leadflow::v1::Lead& current, const leadflow::v1::Lead& patch,
    const google::protobuf::FieldMask& resolved_mask, const Catalog& catalog);

// OK unless `current` is converted (FAILED_PRECONDITION, LEAD_CONVERTED):
// converted leads are the record of where an account came from.
absl::Status CheckLeadDeletable(const leadflow::v1::Lead& current);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_LEAD_RULES_H_
