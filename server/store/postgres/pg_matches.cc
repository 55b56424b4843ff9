#include "store/postgres/pg_matches.h"

#include "absl/strings/str_cat.h"
#include "domain/matching.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_rows.h"
#include "store/tables.h"

namespace leadflow::store {
namespace {

constexpr int kMaxMatches = 20;

}  // namespace

void WriteAccountMatchKeys(PgWrite& write, const leadflow::v1::Account& account) {
  Exec(write.transaction(),
       "UPDATE accounts SET match_name = $1, match_domain = $2 WHERE id = $3",
       {domain::NormalizeCompanyName(account.display_name()),
        domain::WebsiteDomain(account.website()), AccountTable().IdOf(account.name())});
}

leadflow::v1::FindConversionMatchesResponse FindMatches(pqxx::transaction_base& transaction,
                                                        const leadflow::v1::Lead& lead) {
  leadflow::v1::FindConversionMatchesResponse response;
  const std::string name = domain::NormalizeCompanyName(lead.company());
  std::string domain = domain::WebsiteDomain(lead.website());
  if (domain.empty()) domain = domain::EmailDomain(lead.email());
  // '' never equals a stored key: empty keys are not matches.
  pqxx::result accounts = Exec(
      transaction,
      absl::StrCat("SELECT ", AccountTable().select_columns(),
                   ", match_name = $1 AS by_name, match_domain = $2 AS by_domain "
                   "FROM accounts WHERE (match_name = $1 AND $1 != '') "
                   "OR (match_domain = $2 AND $2 != '') "
                   "ORDER BY by_name DESC, create_time_us, id LIMIT ",
                   kMaxMatches),
      {name, domain});
  const int flags = static_cast<int>(AccountTable().columns().size());
  for (const pqxx::row& row : accounts) {
    auto* match = response.add_accounts();
    PgRowSource source(row);
    AccountTable().Read(source, *match->mutable_account());
    match->set_name_matches(row[flags].as<bool>());
    match->set_domain_matches(row[flags + 1].as<bool>());
  }
  if (!lead.email().empty()) {
    pqxx::result contacts =
        Exec(transaction,
             absl::StrCat("SELECT ", ContactTable().select_columns(),
                          " FROM contacts WHERE lower(email) = lower($1) AND email != '' "
                          "ORDER BY create_time_us, id LIMIT ",
                          kMaxMatches),
             {lead.email()});
    for (const pqxx::row& row : contacts) {
      PgRowSource source(row);
      ContactTable().Read(source, *response.add_contacts());
    }
  }
  return response;
}

}  // namespace leadflow::store
