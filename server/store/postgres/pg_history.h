#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_HISTORY_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_HISTORY_H_

// Opportunity history on PostgreSQL (see sqlite_history.h): an append-only
// log of changes to the tracked fields, written in the change's write.

#include <string>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "leadflow/v1/opportunity.pb.h"
#include "store/page_token.h"
#include "store/postgres/pg_write.h"
#include "store/store.h"

namespace leadflow::store {

// Appends an entry for the tracked changes from `before` to `after` by
// `actor`; writes nothing when none changed.
void AppendHistory(PgWrite& write, const leadflow::v1::Opportunity& before,
                   const leadflow::v1::Opportunity& after, const std::string& actor,
                   absl::Time now);

// One page of the history of opportunity `id`, oldest first.
absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>> ReadHistory(
    pqxx::transaction_base& transaction, const PageTokenCodec& tokens, absl::string_view id,
    std::int32_t page_size, const std::string& page_token);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_HISTORY_H_
