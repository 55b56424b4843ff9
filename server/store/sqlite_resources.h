#ifndef LEADFLOW_SERVER_STORE_SQLITE_RESOURCES_H_
#define LEADFLOW_SERVER_STORE_SQLITE_RESOURCES_H_

// Row operations on any resource table, on one connection. Writes must run
// inside a write job (see writer.h); reads run anywhere.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "google/protobuf/message.h"
#include "store/resource_table.h"
#include "store/sqlite_connection.h"

namespace leadflow::store {

// Reads resource `id` into `out`; returns its revision. NOT_FOUND (with the
// resource's name) when there is none.
absl::StatusOr<std::int64_t> ReadResource(SqliteConnection& connection,
                                          const ResourceTable& table, absl::string_view id,
                                          google::protobuf::Message& out);

// Like ReadResource, and ABORTED (ETAG_MISMATCH) when `etag` is non-empty
// and not the resource's current etag.
absl::StatusOr<std::int64_t> ReadResourceForWrite(SqliteConnection& connection,
                                                  const ResourceTable& table,
                                                  absl::string_view id, absl::string_view etag,
                                                  google::protobuf::Message& out);

// Stores `resource` under its name, or a new id when it has none, with
// create and update time `now` and revision 1, and sets it to what was
// stored (name, times, etag).
void InsertResource(SqliteConnection& connection, const ResourceTable& table,
                    google::protobuf::Message& resource, absl::Time now);

// Overwrites the row of `resource` (named by its `name`) with update time
// `now` and `revision`, and sets it to what was stored. `resource` must carry the
// stored create time: callers start from a message read from the table.
void UpdateResource(SqliteConnection& connection, const ResourceTable& table,
                    google::protobuf::Message& resource, std::int64_t revision,
                    absl::Time now);

// Deletes row `id`.
void DeleteRow(SqliteConnection& connection, const ResourceTable& table,
               absl::string_view id);

// Names of up to `limit` rows of `table` whose `column` equals `id`: who
// still refers to a record about to be deleted.
std::vector<std::string> Referrers(SqliteConnection& connection, const ResourceTable& table,
                                   absl::string_view column, absl::string_view id, int limit);

// OK when `name` names an existing resource of `table`; else
// INVALID_ARGUMENT (REFERENCE_NOT_FOUND) naming request field `field`.
absl::Status RequireReference(SqliteConnection& connection, const ResourceTable& table,
                              absl::string_view name, absl::string_view field);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_RESOURCES_H_
