#ifndef LEADFLOW_SERVER_STORE_SQLITE_MATCHES_H_
#define LEADFLOW_SERVER_STORE_SQLITE_MATCHES_H_

// Duplicate detection for conversion: accounts keep match keys (normalised
// name, website domain) in indexed columns, written with every account
// write, so finding the accounts that look like a lead is two index lookups.

#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/sqlite_connection.h"

namespace leadflow::store {

// Stores the match keys of `account` (which must be stored already).
void WriteAccountMatchKeys(SqliteConnection& connection, const leadflow::v1::Account& account);

// Accounts whose match keys equal the lead's, name matches first, and
// contacts with the lead's email (case-insensitively); at most 20 of each.
leadflow::v1::FindConversionMatchesResponse FindMatches(SqliteConnection& connection,
                                                        const leadflow::v1::Lead& lead);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_MATCHES_H_
