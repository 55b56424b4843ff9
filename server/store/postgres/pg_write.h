#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_WRITE_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_WRITE_H_

// One write on PostgreSQL: a READ COMMITTED transaction in which the
// records are changed (records lock their rows with SELECT ... FOR UPDATE
// before deciding, see pg_resources.h), and the change-feed events it
// appends, which get their sequence numbers at commit.
//
// Sequences (docs/decisions/0010): at commit, the write takes the row lock
// of event_feed and adds its event count to last_sequence, inserts its
// events under the numbers it got and commits, which releases the lock.
// The next write's UPDATE waits for that lock and then reads the committed
// value, so writes that append events commit one after another in sequence
// order: a reader that sees sequence N sees every event before it, and a
// rolled-back write releases its numbers unused. The lock is taken as the
// write's last statement, so only commits serialize, not the writes' work.
// A write that appended events also sends NOTIFY, which every server hears
// at commit (pg_commit_watcher.h).

#include <functional>
#include <vector>

#include <pqxx/pqxx>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/time/time.h"
#include "google/protobuf/message.h"
#include "leadflow/v1/event.pb.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/postgres/pg_connection_pool.h"
#include "store/store.h"

namespace leadflow::store {

class PgWrite {
 public:
  explicit PgWrite(pqxx::connection& connection) : transaction_(connection) {}

  pqxx::work& transaction() { return transaction_; }

  // Queues `event` (its sequence unset) to be appended at commit.
  void AppendEvent(leadflow::v1::Event event) { pending_.push_back(std::move(event)); }

  // Numbers and inserts the queued events, then commits. Returns whether
  // any event was appended. Throws what libpqxx throws.
  bool Commit();

 private:
  pqxx::work transaction_;
  std::vector<leadflow::v1::Event> pending_;
};

// Queues the change-feed event of a write (see record_writes.h, whose
// templates find this overload for a PgWrite).
void RecordEvent(PgWrite& write, const google::protobuf::Message* before,
                 const google::protobuf::Message* after, const WriteOrigin& origin,
                 absl::Time now, const leadflow::v1::ConversionPlan* conversion = nullptr);

// Runs `apply` in a new PgWrite on a connection of `pool` and commits when
// it returns OK (rolls back otherwise, returning its error). A failure that
// changed nothing and may succeed on a second run (pg_errors.h:
// serialization failure, deadlock, a unique key taken concurrently) runs
// `apply` again, up to a few times, so clients never see it; `apply` must
// therefore start from its inputs each time. `committed` is set when the
// write committed events.
absl::Status RunPgWrite(PgConnectionPool& pool, absl::FunctionRef<absl::Status(PgWrite&)> apply,
                        bool& committed_events);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_WRITE_H_
