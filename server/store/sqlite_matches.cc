#include "store/sqlite_matches.h"

#include "absl/strings/str_cat.h"
#include "domain/matching.h"
#include "store/tables.h"

namespace leadflow::store {
namespace {

constexpr int kMaxMatches = 20;

}  // namespace

void WriteAccountMatchKeys(SqliteConnection& connection, const leadflow::v1::Account& account) {
  ScopedStatement update = connection.PrepareBound(
      "UPDATE accounts SET match_name = ?, match_domain = ? WHERE id = ?",
      {domain::NormalizeCompanyName(account.display_name()),
       domain::WebsiteDomain(account.website()), AccountTable().IdOf(account.name())});
  update->exec();
}

leadflow::v1::FindConversionMatchesResponse FindMatches(SqliteConnection& connection,
                                                        const leadflow::v1::Lead& lead) {
  leadflow::v1::FindConversionMatchesResponse response;
  const std::string name = domain::NormalizeCompanyName(lead.company());
  std::string domain = domain::WebsiteDomain(lead.website());
  if (domain.empty()) domain = domain::EmailDomain(lead.email());

  // '' never equals a stored key: empty keys are not matches.
  ScopedStatement accounts = connection.PrepareBound(
      absl::StrCat("SELECT ", AccountTable().select_columns(),
                   ", match_name = ?1 AS by_name, match_domain = ?2 AS by_domain "
                   "FROM accounts WHERE (match_name = ?1 AND ?1 != '') "
                   "OR (match_domain = ?2 AND ?2 != '') "
                   "ORDER BY by_name DESC, create_time_us, id LIMIT ",
                   kMaxMatches),
      {name, domain});
  const int flags = static_cast<int>(AccountTable().columns().size());
  while (accounts->executeStep()) {
    auto* match = response.add_accounts();
    AccountTable().Read(*accounts, *match->mutable_account());
    match->set_name_matches(accounts->getColumn(flags).getInt() != 0);
    match->set_domain_matches(accounts->getColumn(flags + 1).getInt() != 0);
  }

  if (!lead.email().empty()) {
    ScopedStatement contacts = connection.PrepareBound(
        absl::StrCat("SELECT ", ContactTable().select_columns(),
                     " FROM contacts WHERE lower(email) = lower(?) AND email != '' "
                     "ORDER BY create_time_us, id LIMIT ",
                     kMaxMatches),
        {lead.email()});
    while (contacts->executeStep()) {
      ContactTable().Read(*contacts, *response.add_contacts());
    }
  }
  return response;
}

}  // namespace leadflow::store
