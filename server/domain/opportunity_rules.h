#ifndef LEADFLOW_SERVER_DOMAIN_OPPORTUNITY_RULES_H_
#define LEADFLOW_SERVER_DOMAIN_OPPORTUNITY_RULES_H_

// The rules of opportunities and their stages: validation, what a stage
// change implies (probability, forecast category, closed/won, close time),
// expected revenue, and which changes are kept as history. Whether the
// account and contact exist and belong together is the store's to check,
// inside the write.

#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "domain/catalog.h"
#include "domain/field_mask.h"
#include "leadflow/v1/opportunity.pb.h"
#include "leadflow/v1/opportunity_service.pb.h"

namespace leadflow::domain {

// The opportunity a CreateOpportunity request asks for: output-only fields
// cleared; stage defaulted to the first open stage; probability (when 0) and
// forecast category (when unspecified) to the stage's; amount currency to
// the default; derived fields set. INVALID_ARGUMENT naming every bad field.
absl::StatusOr<leadflow::v1::Opportunity> PrepareNewOpportunity(
    const leadflow::v1::CreateOpportunityRequest& request, const Catalog& catalog,
    absl::Time now);

// What a new opportunity's stage implies, exactly as for
// PrepareNewOpportunity, for an opportunity made by the server (a lead
// conversion) rather than asked for: no stage means the first open one;
// probability (when 0) and forecast category (when unspecified) are the
// stage's; is_closed, is_won, close_time and expected revenue follow.
// Leaves an unconfigured stage's opportunity as it is.
void DeriveNewOpportunity(leadflow::v1::Opportunity& opportunity, const Catalog& catalog,
                          absl::Time now);

// The checks of an UpdateOpportunity request that need no stored state.
absl::StatusOr<UpdateTarget> CheckOpportunityUpdateRequest(
    const leadflow::v1::UpdateOpportunityRequest& request);

// `current` with the masked fields of `patch` applied: a new stage brings
// its probability and forecast category unless the mask sets them too;
// moving to a closed stage sets `close_time` to `now`, reopening clears it.
absl::StatusOr<leadflow::v1::Opportunity> ApplyOpportunityUpdate(
    const leadflow::v1::Opportunity& current, const leadflow::v1::Opportunity& patch,
    const google::protobuf::FieldMask& resolved_mask, const Catalog& catalog, absl::Time now);

// The changes of the tracked fields (stage, amount, probability, forecast
// category, close date) from `before` to `after`; from an empty `before`
// for a new opportunity.
std::vector<leadflow::v1::FieldChange> TrackedChanges(const leadflow::v1::Opportunity& before,
                                                      const leadflow::v1::Opportunity& after);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_OPPORTUNITY_RULES_H_
