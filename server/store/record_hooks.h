#ifndef LEADFLOW_SERVER_STORE_RECORD_HOOKS_H_
#define LEADFLOW_SERVER_STORE_RECORD_HOOKS_H_

// What each resource's writes check and derive inside their job (see
// record_writes.h), shared by the standard methods and by conversion, on
// either store: `Connection` is a SqliteConnection or a PgWrite, and the
// operations the rules use (ReadResource, RequireReference, Referrers,
// WriteAccountMatchKeys, AppendHistory) are overloaded for each and found
// by argument-dependent lookup. On PostgreSQL, reads inside a write lock
// what they read (postgres/pg_resources.h), so these checks stay true until
// the write commits.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/duplicates.h"
#include "domain/errors.h"
#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/opportunity.pb.h"
#include "store/record_writes.h"
#include "store/sqlite_capture.h"
#include "store/tables.h"

namespace leadflow::store {

// How many referrers a "still in use" error names.
inline constexpr int kReferrersShown = 5;

// The contact's account exists and, when the write moves the contact to
// another account, no opportunity names it as its contact: that
// opportunity's account would no longer match, and every later update of
// the opportunity would be refused.
template <typename Connection>
absl::Status ContactReferencesHold(Connection& connection, const leadflow::v1::Contact* old,
                                   const leadflow::v1::Contact& contact) {
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

// The opportunity's account exists, and its contact (when named) exists and
// works for that account.
template <typename Connection>
absl::Status OpportunityReferencesHold(Connection& connection,
                                       const leadflow::v1::Opportunity* /*old*/,
                                       const leadflow::v1::Opportunity& opportunity) {
  LEADFLOW_RETURN_IF_ERROR(RequireReference(connection, AccountTable(), opportunity.account(),
                                            "opportunity.account"));
  if (opportunity.contact().empty()) return absl::OkStatus();
  leadflow::v1::Contact contact;
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

// Refuses to delete `name`, a record of `table`, while others still refer
// to it, naming them.
template <typename Connection>
absl::Status CheckUnreferenced(Connection& connection, leadflow::v1::ErrorReason reason,
                               const ResourceTable& table, const std::string& name,
                               std::initializer_list<std::pair<const ResourceTable*, const char*>>
                                   referrers) {
  const std::string id = table.IdOf(name);
  std::vector<std::string> names;
  for (const auto& [table, column] : referrers) {
    for (std::string& referrer : Referrers(connection, *table, column, id, kReferrersShown)) {
      names.push_back(std::move(referrer));
    }
  }
  if (names.empty()) return absl::OkStatus();
  return domain::FailedPrecondition(
      reason, name,
      absl::StrCat("still referred to by ", absl::StrJoin(names, ", "),
                   names.size() >= kReferrersShown ? " and perhaps more" : "",
                   "; delete or move them first"));
}

// Whether `account` may be deleted: no contact, opportunity or converted
// lead may still refer to it.
template <typename Connection>
absl::Status CheckAccountUnreferenced(Connection& connection,
                                      const leadflow::v1::Account& account) {
  return CheckUnreferenced(connection, leadflow::v1::ACCOUNT_IN_USE, AccountTable(),
                           account.name(),
                           {{&ContactTable(), "account_id"},
                            {&OpportunityTable(), "account_id"},
                            {&LeadTable(), "converted_account_id"}});
}

// Whether `contact` may be deleted: no opportunity or converted lead may
// still refer to it.
template <typename Connection>
absl::Status CheckContactUnreferenced(Connection& connection,
                                      const leadflow::v1::Contact& contact) {
  return CheckUnreferenced(connection, leadflow::v1::CONTACT_IN_USE, ContactTable(),
                           contact.name(),
                           {{&OpportunityTable(), "contact_id"},
                            {&LeadTable(), "converted_contact_id"}});
}

// Whether `opportunity` may be deleted: no converted lead may still refer
// to it.
template <typename Connection>
absl::Status CheckOpportunityUnreferenced(Connection& connection,
                                          const leadflow::v1::Opportunity& opportunity) {
  return CheckUnreferenced(connection, leadflow::v1::OPPORTUNITY_IN_USE, OpportunityTable(),
                           opportunity.name(), {{&LeadTable(), "converted_opportunity_id"}});
}

// Keeps the duplicate keys of `record` those of `after` rather than of
// `before` (nullptr: none, as for a record just created, or one that no
// longer takes part in matching). Keys are stored under every rule, so a
// change of the configured rules needs no rebuild.
template <typename Connection>
void SyncDuplicateKeys(Connection& connection, const std::string& record,
                       const domain::PersonFields* before, const domain::PersonFields* after) {
  const std::vector<std::string> old_keys =
      before != nullptr ? domain::IndexedKeys(*before) : std::vector<std::string>();
  const std::vector<std::string> new_keys =
      after != nullptr ? domain::IndexedKeys(*after) : std::vector<std::string>();
  // Only what changed is written: most updates touch no matched field.
  const auto missing_from = [](const std::vector<std::string>& keys,
                               const std::vector<std::string>& other) {
    std::vector<std::string> missing;
    for (const std::string& key : keys) {
      if (std::find(other.begin(), other.end(), key) == other.end()) missing.push_back(key);
    }
    return missing;
  };
  DeleteDuplicateKeys(connection, record, missing_from(old_keys, new_keys));
  InsertDuplicateKeys(connection, record, missing_from(new_keys, old_keys));
}

// A lead's person, while it takes part in duplicate matching: a converted
// lead's person is its contact.
inline std::optional<domain::PersonFields> MatchablePerson(const leadflow::v1::Lead* lead) {
  if (lead == nullptr || lead->converted()) return std::nullopt;
  return domain::LeadPersonFields(*lead);
}

// A contact's person, its company being its account's name as stored now.
// (Renaming the account does not rewrite its contacts' keys.)
template <typename Connection>
std::optional<domain::PersonFields> MatchablePerson(Connection& connection,
                                                    const leadflow::v1::Contact* contact) {
  if (contact == nullptr) return std::nullopt;
  leadflow::v1::Account account;
  std::string company;
  if (ReadResource(connection, AccountTable(), AccountTable().IdOf(contact->account()), account)
          .ok()) {
    company = account.display_name();
  }
  return domain::ContactPersonFields(*contact, company);
}

// A deleted lead's and contact's duplicate keys go with them.
template <typename Connection>
void ForgetDerived(Connection& connection, const leadflow::v1::Lead& lead) {
  const std::optional<domain::PersonFields> before = MatchablePerson(&lead);
  SyncDuplicateKeys(connection, lead.name(), before ? &*before : nullptr, nullptr);
}

template <typename Connection>
void ForgetDerived(Connection& connection, const leadflow::v1::Contact& contact) {
  const std::optional<domain::PersonFields> before = MatchablePerson(connection, &contact);
  SyncDuplicateKeys(connection, contact.name(), before ? &*before : nullptr, nullptr);
}

// The hooks of each resource's writes on `Connection`.
template <typename Connection>
struct RecordHooks {
  // Keeps a lead's duplicate keys current.
  static const WriteHooks<leadflow::v1::Lead, Connection>& Lead() {
    static const auto* const kHooks = new WriteHooks<leadflow::v1::Lead, Connection>{
        nullptr, [](Connection& connection, const leadflow::v1::Lead* old,
                    const leadflow::v1::Lead& written, const WriteOrigin&, absl::Time) {
          const std::optional<domain::PersonFields> before = MatchablePerson(old);
          const std::optional<domain::PersonFields> after = MatchablePerson(&written);
          SyncDuplicateKeys(connection, written.name(), before ? &*before : nullptr,
                            after ? &*after : nullptr);
        }};
    return *kHooks;
  }

  // Keeps an account's match keys current.
  static const WriteHooks<leadflow::v1::Account, Connection>& Account() {
    static const auto* const kHooks = new WriteHooks<leadflow::v1::Account, Connection>{
        nullptr, [](Connection& connection, const leadflow::v1::Account*,
                    const leadflow::v1::Account& written, const WriteOrigin&,
                    absl::Time) { WriteAccountMatchKeys(connection, written); }};
    return *kHooks;
  }

  // Checks references; keeps the contact's duplicate keys current.
  static const WriteHooks<leadflow::v1::Contact, Connection>& Contact() {
    static const auto* const kHooks = new WriteHooks<leadflow::v1::Contact, Connection>{
        ContactReferencesHold<Connection>,
        [](Connection& connection, const leadflow::v1::Contact* old,
           const leadflow::v1::Contact& written, const WriteOrigin&, absl::Time) {
          const std::optional<domain::PersonFields> before = MatchablePerson(connection, old);
          const std::optional<domain::PersonFields> after = MatchablePerson(connection, &written);
          SyncDuplicateKeys(connection, written.name(), before ? &*before : nullptr,
                            after ? &*after : nullptr);
        }};
    return *kHooks;
  }

  // Checks references; tracked changes are appended to the history.
  static const WriteHooks<leadflow::v1::Opportunity, Connection>& Opportunity() {
    static const auto* const kHooks = new WriteHooks<leadflow::v1::Opportunity, Connection>{
        OpportunityReferencesHold<Connection>,
        [](Connection& connection, const leadflow::v1::Opportunity* old,
           const leadflow::v1::Opportunity& written, const WriteOrigin& origin,
           absl::Time now) {
          AppendHistory(connection, old != nullptr ? *old : leadflow::v1::Opportunity(),
                        written, origin.actor, now);
        }};
    return *kHooks;
  }
};

// The SQLite store's hooks.
const WriteHooks<leadflow::v1::Lead>& LeadHooks();
const WriteHooks<leadflow::v1::Account>& AccountHooks();
const WriteHooks<leadflow::v1::Contact>& ContactHooks();
const WriteHooks<leadflow::v1::Opportunity>& OpportunityHooks();

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_RECORD_HOOKS_H_
