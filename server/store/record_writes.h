#ifndef LEADFLOW_SERVER_STORE_RECORD_WRITES_H_
#define LEADFLOW_SERVER_STORE_RECORD_WRITES_H_

// The one path by which a record is written, whether by its own Create,
// Update or Delete call or as part of a conversion: the checks before the
// row is written, the row, what follows from it (match keys, history) and
// its change-feed event, all inside the caller's write job, so that either
// all of it commits or none of it does.

#include <cstdint>
#include <functional>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "google/protobuf/message.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/resource_table.h"
#include "store/sqlite_connection.h"
#include "store/sqlite_resources.h"
#include "store/store.h"
#include "util/status_macros.h"

namespace leadflow::store {

// The templates below run on a SQLite write job's connection or on a
// PostgreSQL write transaction (postgres/pg_write.h): the row operations
// (InsertResource, UpdateResource, DeleteRow) and RecordEvent they call are
// overloaded for each, and found by argument-dependent lookup.

// Extra work a resource's writes do: checks before the row is written,
// derived data (match keys, history) after. `old` is nullptr on create.
template <typename T, typename Connection = SqliteConnection>
struct WriteHooks {
  std::function<absl::Status(Connection&, const T* old, const T& written)> before;
  std::function<void(Connection&, const T* old, const T& written, const WriteOrigin&,
                     absl::Time now)>
      after;
};

// The change-feed event of a write that turned `before` into `after`
// (nullptr for a create / a delete), made by `origin` at `now`, its sequence
// unset; `conversion`, when given, is the plan of the conversion whose lead
// this is.
leadflow::v1::Event WriteEvent(const google::protobuf::Message* before,
                               const google::protobuf::Message* after,
                               const WriteOrigin& origin, absl::Time now,
                               const leadflow::v1::ConversionPlan* conversion);

// Appends the change-feed event of a write that turned `before` into
// `after` (nullptr for a create / a delete), made by `origin` at `now`;
// `conversion`, when given, is the plan of the conversion whose lead this is.
void RecordEvent(SqliteConnection& connection, const google::protobuf::Message* before,
                 const google::protobuf::Message* after, const WriteOrigin& origin,
                 absl::Time now, const leadflow::v1::ConversionPlan* conversion = nullptr);

// Inserts `record` under a new id; on return it is as stored (name, times,
// etag).
template <typename T, typename Connection>
absl::Status CreateRecord(Connection& connection, const ResourceTable& table,
                          const WriteHooks<T, Connection>& hooks, const WriteOrigin& origin, absl::Time now,
                          T& record) {
  if (hooks.before) LEADFLOW_RETURN_IF_ERROR(hooks.before(connection, nullptr, record));
  InsertResource(connection, table, record, now);
  if (hooks.after) hooks.after(connection, nullptr, record, origin, now);
  RecordEvent(connection, nullptr, &record, origin, now);
  return absl::OkStatus();
}

// Replaces `current`, stored at `revision`, with `updated`; on return
// `updated` is as stored. The store, not the caller, owns identity and
// bookkeeping: the name and create time are `current`'s.
template <typename T, typename Connection>
absl::Status UpdateRecord(Connection& connection, const ResourceTable& table,
                          const WriteHooks<T, Connection>& hooks, const WriteOrigin& origin, absl::Time now,
                          const T& current, std::int64_t revision, T& updated,
                          const leadflow::v1::ConversionPlan* conversion = nullptr) {
  updated.set_name(current.name());
  *updated.mutable_create_time() = current.create_time();
  if (hooks.before) LEADFLOW_RETURN_IF_ERROR(hooks.before(connection, &current, updated));
  UpdateResource(connection, table, updated, revision + 1, now);
  if (hooks.after) hooks.after(connection, &current, updated, origin, now);
  RecordEvent(connection, &current, &updated, origin, now, conversion);
  return absl::OkStatus();
}

// What a delete removes besides the row: nothing for most records;
// record_hooks.h overloads it for those with derived rows elsewhere.
template <typename Connection, typename T>
void ForgetDerived(Connection& /*connection*/, const T& /*current*/) {}

// Deletes `current`. Whatever refers to it must have been checked first.
template <typename T, typename Connection>
void DeleteRecord(Connection& connection, const ResourceTable& table,
                  const WriteOrigin& origin, absl::Time now, const T& current) {
  ForgetDerived(connection, current);
  DeleteRow(connection, table, table.IdOf(current.name()));
  RecordEvent(connection, &current, nullptr, origin, now);
}

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_RECORD_WRITES_H_
