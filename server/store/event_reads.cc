#include "store/event_reads.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/errors.h"
#include "store/list_plan.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

// "(a, b, c)" with one parameter per value, appended to `params`.
template <typename Values>
std::string InList(const Values& values, std::vector<SqlValue>& params,
                   const SqlDialect& dialect) {
  std::vector<std::string> marks;
  for (int value : values) {
    params.emplace_back(std::int64_t{value});
    marks.push_back(dialect.Parameter(params.size()));
  }
  return absl::StrCat("(", absl::StrJoin(marks, ", "), ")");
}

}  // namespace

absl::StatusOr<EventScan> PlanEventScan(const EventQuery& query, std::int64_t latest,
                                        std::int64_t pruned_through, const SqlDialect& dialect) {
  if (query.after_sequence > latest) {
    return domain::FeedPosition(
        absl::StatusCode::kOutOfRange, leadflow::v1::CURSOR_AHEAD, "latest_sequence", latest,
        absl::StrCat("after_sequence ", query.after_sequence, " is beyond the newest event, ",
                     latest,
                     ": the cursor comes from another database, or from before a restore"));
  }
  if (query.after_sequence != 0 && query.after_sequence < pruned_through) {
    return domain::FeedPosition(
        absl::StatusCode::kOutOfRange, leadflow::v1::CURSOR_EXPIRED, "oldest_sequence",
        pruned_through + 1,
        absl::StrCat("the events after ", query.after_sequence,
                     " are no longer kept: the oldest kept is ", pruned_through + 1,
                     "; rebuild from the List calls and resume from there"));
  }
  EventScan scan;
  const std::int64_t from = std::max(query.after_sequence, pruned_through);
  // A resource filter reads through its index; other reads look a bounded
  // number of sequences ahead.
  scan.upper = query.filter.resource().empty() ? std::min(latest, from + query.max_scan) : latest;
  scan.limit = std::max(1, query.max_events);
  scan.params = {from, scan.upper};
  scan.sql = absl::StrCat("SELECT sequence, event FROM events WHERE sequence > ",
                          dialect.Parameter(1), " AND sequence <= ", dialect.Parameter(2));
  const leadflow::v1::EventFilter& filter = query.filter;
  if (!filter.resource_types().empty()) {
    absl::StrAppend(&scan.sql, " AND resource_type IN ",
                    InList(filter.resource_types(), scan.params, dialect));
  }
  if (!filter.types().empty()) {
    absl::StrAppend(&scan.sql, " AND type IN ", InList(filter.types(), scan.params, dialect));
  }
  if (!filter.resource().empty()) {
    scan.params.emplace_back(filter.resource());
    absl::StrAppend(&scan.sql, " AND resource = ", dialect.Parameter(scan.params.size()));
  }
  absl::StrAppend(&scan.sql, " ORDER BY sequence LIMIT ", scan.limit);
  return scan;
}

EventBatchBuilder::EventBatchBuilder(const EventQuery& query, const EventScan& scan,
                                     std::int64_t latest)
    : max_bytes_(query.max_bytes), scan_(scan) {
  batch_.latest = latest;
}

bool EventBatchBuilder::Add(std::int64_t sequence, absl::string_view bytes) {
  if (!batch_.events.empty() && bytes_ + bytes.size() > max_bytes_) {
    full_ = true;
    return false;
  }
  bytes_ += bytes.size();
  leadflow::v1::Event& event = batch_.events.emplace_back();
  event.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()));
  // Stored without its sequence, which is the row's key.
  event.set_sequence(sequence);
  return true;
}

EventBatch EventBatchBuilder::Finish() && {
  const bool full = full_ || static_cast<int>(batch_.events.size()) == scan_.limit;
  batch_.checkpoint = full ? batch_.events.back().sequence() : scan_.upper;
  return std::move(batch_);
}

absl::StatusOr<Page<leadflow::v1::Event>> ListEventPage(
    const PageTokenCodec& tokens, std::int64_t after_sequence,
    const leadflow::v1::EventFilter& filter, std::int32_t page_size,
    const std::string& page_token,
    const std::function<absl::StatusOr<EventBatch>(const EventQuery&)>& read) {
  LEADFLOW_ASSIGN_OR_RETURN(const std::int32_t size, ResolvePageSize(page_size));
  const std::string query_key =
      absl::StrCat("events\n", after_sequence, "\n", filter.SerializeAsString());
  EventQuery query;
  query.after_sequence = after_sequence;
  if (!page_token.empty()) {
    LEADFLOW_ASSIGN_OR_RETURN(std::vector<SqlValue> keys, tokens.Decode(page_token, query_key, 1));
    const std::int64_t* checkpoint = std::get_if<std::int64_t>(&keys.front());
    if (checkpoint == nullptr) {
      return domain::InvalidField("page_token", "is not a token of this query");
    }
    query.after_sequence = *checkpoint;
  }
  query.filter = filter;
  query.max_events = size;
  query.max_bytes = kMaxPageBytes;
  LEADFLOW_ASSIGN_OR_RETURN(EventBatch batch, read(query));
  Page<leadflow::v1::Event> page;
  page.items = std::move(batch.events);
  if (batch.checkpoint < batch.latest) {
    page.next_page_token = tokens.Encode(query_key, {SqlValue(batch.checkpoint)});
  }
  return page;
}

}  // namespace leadflow::store
