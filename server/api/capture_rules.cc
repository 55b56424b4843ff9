#include "api/capture_rules.h"

namespace leadflow::api {

store::CaptureRules CaptureRulesFor(const domain::Catalog& catalog,
                                    leadflow::v1::DuplicatePolicy policy,
                                    bool bypass_assignment_rules, AllowedDuplicates allowed) {
  store::CaptureRules rules;
  rules.duplicate_policy =
      policy == leadflow::v1::DUPLICATE_POLICY_UNSPECIFIED ? leadflow::v1::ALLOW : policy;
  if (rules.duplicate_policy != leadflow::v1::ALLOW || allowed == AllowedDuplicates::kReport) {
    rules.duplicate_rules = catalog.duplicate_rules();
  }
  if (!bypass_assignment_rules) rules.assignment_rules = &catalog.assignment_rules();
  return rules;
}

}  // namespace leadflow::api
