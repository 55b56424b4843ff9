#ifndef LEADFLOW_SERVER_STORE_EVENT_READS_H_
#define LEADFLOW_SERVER_STORE_EVENT_READS_H_

// The engine-neutral half of reading the change feed: which cursors are
// refused, which sequences a read looks at and with what statement, how a
// batch is bounded, and how ListEvents pages. Each engine reads `latest`
// and `pruned_through` and runs the statement in one snapshot of its own
// (sqlite_events.h, postgres/pg_events.h).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "leadflow/v1/event.pb.h"
#include "store/page_token.h"
#include "store/sql_dialect.h"
#include "store/sql_value.h"
#include "store/store.h"

namespace leadflow::store {

// The statement that reads a batch: `sql` selects (sequence, event bytes)
// of the matching events in (from, upper], oldest first, at most `limit`.
struct EventScan {
  std::int64_t upper = 0;
  int limit = 1;
  std::string sql;
  std::vector<SqlValue> params;
};

// The scan for `query` on a feed whose newest sequence is `latest` and
// whose events up to `pruned_through` are gone, or OUT_OF_RANGE
// (CURSOR_AHEAD, CURSOR_EXPIRED) for a cursor that cannot continue.
absl::StatusOr<EventScan> PlanEventScan(const EventQuery& query, std::int64_t latest,
                                        std::int64_t pruned_through, const SqlDialect& dialect);

// Fills a batch from a scan's rows, oldest first, within the query's byte
// bound (but at least one event).
class EventBatchBuilder {
 public:
  EventBatchBuilder(const EventQuery& query, const EventScan& scan, std::int64_t latest);

  // Adds the event stored as `bytes`; false (adding nothing) once the
  // batch is full, when the caller stops.
  bool Add(std::int64_t sequence, absl::string_view bytes);

  // The batch, with the checkpoint the next read starts after.
  EventBatch Finish() &&;

 private:
  const std::size_t max_bytes_;
  const EventScan& scan_;
  EventBatch batch_;
  std::size_t bytes_ = 0;
  bool full_ = false;
};

// Store::ListEvents on top of a store's ReadEvents: a page of at most
// `page_size` events, and a token (signed by `tokens`) that carries how
// far the page looked, bound to the query it belongs to.
absl::StatusOr<Page<leadflow::v1::Event>> ListEventPage(
    const PageTokenCodec& tokens, std::int64_t after_sequence,
    const leadflow::v1::EventFilter& filter, std::int32_t page_size,
    const std::string& page_token,
    const std::function<absl::StatusOr<EventBatch>(const EventQuery&)>& read);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_EVENT_READS_H_
