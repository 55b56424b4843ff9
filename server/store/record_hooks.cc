#include "store/record_hooks.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/errors.h"
#include "store/sqlite_history.h"
#include "store/sqlite_matches.h"
#include "store/tables.h"

namespace leadflow::store {
namespace {

using leadflow::v1::Account;
using leadflow::v1::Contact;
using leadflow::v1::Opportunity;

// A move to another account is refused while an opportunity names the
// contact: that opportunity's account would no longer match, and every
// later update of the opportunity would be refused.
absl::Status ContactReferencesHold(SqliteConnection& connection, const Contact* old,
                                   const Contact& contact) {
  LEADFLOW_RETURN_IF_ERROR(
      RequireReference(connection, AccountTable(), contact.account(), "contact.account"));
  if (old == nullptr || old->account() == contact.account()) return absl::OkStatus();
  std::vector<std::string> opportunities =
      Referrers(connection, OpportunityTable(), "contact_id",
                ContactTable().IdOf(contact.name()), kReferrersShown);
  if (opportunities.empty()) return absl::OkStatus();
  return domain::FailedPrecondition(
      leadflow::v1::CONTACT_IN_USE, contact.name(),
      absl::StrCat("cannot move to ", contact.account(), " while it is the contact of ",
                   absl::StrJoin(opportunities, ", "),
                   opportunities.size() >= kReferrersShown ? " and perhaps more" : "",
                   " of ", old->account(), "; change their contact first"));
}

absl::Status OpportunityReferencesHold(SqliteConnection& connection, const Opportunity* /*old*/,
                                       const Opportunity& opportunity) {
  LEADFLOW_RETURN_IF_ERROR(RequireReference(connection, AccountTable(), opportunity.account(),
                                            "opportunity.account"));
  if (opportunity.contact().empty()) return absl::OkStatus();
  Contact contact;
  absl::StatusOr<std::int64_t> found = ReadResource(
      connection, ContactTable(), ContactTable().IdOf(opportunity.contact()), contact);
  if (!found.ok()) {
    return domain::InvalidField("opportunity.contact",
                                absl::StrCat(opportunity.contact(), " does not exist"),
                                leadflow::v1::REFERENCE_NOT_FOUND);
  }
  if (contact.account() != opportunity.account()) {
    return domain::InvalidField("opportunity.contact",
                                absl::StrCat(contact.name(), " belongs to ", contact.account(),
                                             ", not to ", opportunity.account()));
  }
  return absl::OkStatus();
}

}  // namespace

const WriteHooks<leadflow::v1::Lead>& LeadHooks() {
  static const auto* const kHooks = new WriteHooks<leadflow::v1::Lead>();
  return *kHooks;
}

const WriteHooks<Account>& AccountHooks() {
  static const auto* const kHooks = new WriteHooks<Account>{
      nullptr, [](SqliteConnection& connection, const Account*, const Account& written,
                  const WriteOrigin&, absl::Time) { WriteAccountMatchKeys(connection, written); }};
  return *kHooks;
}

const WriteHooks<Contact>& ContactHooks() {
  static const auto* const kHooks = new WriteHooks<Contact>{ContactReferencesHold, nullptr};
  return *kHooks;
}

const WriteHooks<Opportunity>& OpportunityHooks() {
  static const auto* const kHooks = new WriteHooks<Opportunity>{
      OpportunityReferencesHold,
      [](SqliteConnection& connection, const Opportunity* old, const Opportunity& written,
         const WriteOrigin& origin, absl::Time now) {
        AppendHistory(connection, old != nullptr ? *old : Opportunity(), written, origin.actor,
                      now);
      }};
  return *kHooks;
}

}  // namespace leadflow::store
