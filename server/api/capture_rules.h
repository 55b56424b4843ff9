#ifndef LEADFLOW_SERVER_API_CAPTURE_RULES_H_
#define LEADFLOW_SERVER_API_CAPTURE_RULES_H_

// What a create asks of the store besides the lead (store::CaptureRules),
// from its request's switches and the server's configured rules.

#include "domain/catalog.h"
#include "leadflow/v1/lead_capture.pb.h"
#include "store/store.h"

namespace leadflow::api {

// How a create reports duplicates it lets through (policy ALLOW).
enum class AllowedDuplicates {
  kIgnore,  // a plain CreateLead has nowhere to report them: no check at all
  kReport,  // batch creates and imports count them
};

// The rules for a create under `policy` (unset means ALLOW) that bypasses
// the assignment rules or not. The result points into `catalog`.
store::CaptureRules CaptureRulesFor(const domain::Catalog& catalog,
                                    leadflow::v1::DuplicatePolicy policy,
                                    bool bypass_assignment_rules, AllowedDuplicates allowed);

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_CAPTURE_RULES_H_
