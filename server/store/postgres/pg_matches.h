#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_MATCHES_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_MATCHES_H_

// Duplicate detection for conversion on PostgreSQL (see sqlite_matches.h:
// accounts keep match keys in indexed columns, written with every account
// write).

#include <pqxx/pqxx>

#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/postgres/pg_write.h"

namespace leadflow::store {

// Stores the match keys of `account` (which must be stored already).
void WriteAccountMatchKeys(PgWrite& write, const leadflow::v1::Account& account);

// Accounts whose match keys equal the lead's, name matches first, and
// contacts with the lead's email (case-insensitively); at most 20 of each.
leadflow::v1::FindConversionMatchesResponse FindMatches(pqxx::transaction_base& transaction,
                                                        const leadflow::v1::Lead& lead);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_MATCHES_H_
