#include "store/conversion_writes.h"

namespace leadflow::store::conversion_internal {

leadflow::v1::ConvertLeadResponse Reply(domain::ConversionOutcome outcome) {
  leadflow::v1::ConvertLeadResponse response;
  *response.mutable_lead() = std::move(outcome.lead);
  *response.mutable_account() = std::move(outcome.account);
  *response.mutable_contact() = std::move(outcome.contact);
  if (outcome.opportunity) *response.mutable_opportunity() = std::move(*outcome.opportunity);
  *response.mutable_plan() = std::move(outcome.plan);
  return response;
}

}  // namespace leadflow::store::conversion_internal
