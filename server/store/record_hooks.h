#ifndef LEADFLOW_SERVER_STORE_RECORD_HOOKS_H_
#define LEADFLOW_SERVER_STORE_RECORD_HOOKS_H_

// What each resource's writes check and derive inside their job (see
// record_writes.h), shared by the standard methods and by conversion.

#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/opportunity.pb.h"
#include "store/record_writes.h"

namespace leadflow::store {

// How many referrers a "still in use" error names.
inline constexpr int kReferrersShown = 5;

// Leads derive nothing.
const WriteHooks<leadflow::v1::Lead>& LeadHooks();

// Keeps an account's match keys current.
const WriteHooks<leadflow::v1::Account>& AccountHooks();

// The contact's account exists and, when the write moves the contact to
// another account, no opportunity names it as its contact.
const WriteHooks<leadflow::v1::Contact>& ContactHooks();

// The opportunity's account exists, its contact (when named) exists and
// works for that account; tracked changes are appended to its history.
const WriteHooks<leadflow::v1::Opportunity>& OpportunityHooks();

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_RECORD_HOOKS_H_
