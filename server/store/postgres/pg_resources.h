#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_RESOURCES_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_RESOURCES_H_

// Row operations on any resource table on PostgreSQL, with ResourceTable's
// column mapping (the PostgreSQL counterpart of sqlite_resources.h; the
// write templates of record_writes.h find these overloads for a PgWrite).

#include <cstdint>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "google/protobuf/message.h"
#include "store/postgres/pg_write.h"
#include "store/resource_table.h"

namespace leadflow::store {

// Reads resource `id` into `out`; returns its revision. NOT_FOUND (with the
// resource's name) when there is none.
absl::StatusOr<std::int64_t> ReadResource(pqxx::transaction_base& transaction,
                                          const ResourceTable& table, absl::string_view id,
                                          google::protobuf::Message& out);

// Inside a write, every read of a record locks it until the write commits
// (SELECT ... FOR UPDATE): what a write decides from a record (a contact's
// account, a lead not yet converted) stays true until it commits, whichever
// server writes next.
absl::StatusOr<std::int64_t> ReadResource(PgWrite& write, const ResourceTable& table,
                                          absl::string_view id, google::protobuf::Message& out);

// Like ReadResource, locking the row until the write commits (SELECT ...
// FOR UPDATE), so that what the write decides from it stays true: a
// concurrent write of the same record, on this server or another, waits.
// ABORTED (ETAG_MISMATCH) when `etag` is non-empty and not current.
absl::StatusOr<std::int64_t> ReadResourceForWrite(PgWrite& write, const ResourceTable& table,
                                                  absl::string_view id, absl::string_view etag,
                                                  google::protobuf::Message& out);

// Stores `resource` under its name, or a new id when it has none, with
// create and update time `now` and revision 1, and sets it to what was
// stored (name, times, etag).
void InsertResource(PgWrite& write, const ResourceTable& table,
                    google::protobuf::Message& resource, absl::Time now);

// Overwrites the row of `resource` with update time `now` and `revision`,
// only if the row is still at `revision - 1`: the database itself refuses a
// write based on a stale read (the row lock of ReadResourceForWrite makes
// that a bug; it throws, and the write fails with nothing written).
void UpdateResource(PgWrite& write, const ResourceTable& table,
                    google::protobuf::Message& resource, std::int64_t revision,
                    absl::Time now);

// Deletes row `id`.
void DeleteRow(PgWrite& write, const ResourceTable& table, absl::string_view id);

// Names of up to `limit` rows of `table` whose `column` equals `id`: who
// still refers to a record about to be deleted (which the delete has locked,
// so no new referrer can appear before it commits: see RequireReference).
std::vector<std::string> Referrers(PgWrite& write, const ResourceTable& table,
                                   absl::string_view column, absl::string_view id, int limit);

// OK when `name` names an existing resource of `table`, which then cannot be
// deleted until the write commits (FOR KEY SHARE: a concurrent delete waits,
// and then finds this write's reference); else INVALID_ARGUMENT
// (REFERENCE_NOT_FOUND) naming request field `field`.
absl::Status RequireReference(PgWrite& write, const ResourceTable& table,
                              absl::string_view name, absl::string_view field);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_RESOURCES_H_
