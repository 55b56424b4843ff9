#include "store/sqlite_history.h"

#include "absl/strings/str_cat.h"
#include "domain/opportunity_rules.h"
#include "store/row_values.h"
#include "store/sqlite_list.h"
#include "store/tables.h"
#include "util/status_macros.h"

namespace leadflow::store {

void AppendHistory(SqliteConnection& connection, const leadflow::v1::Opportunity& before,
                   const leadflow::v1::Opportunity& after, const std::string& actor,
                   absl::Time now) {
  std::vector<leadflow::v1::FieldChange> changes = domain::TrackedChanges(before, after);
  if (changes.empty()) return;
  leadflow::v1::OpportunityHistoryEntry entry;
  *entry.mutable_change_time() = TimestampFromMicros(ToMicros(now));
  entry.set_actor(actor);
  for (auto& change : changes) *entry.add_changes() = std::move(change);
  ScopedStatement insert = connection.Prepare(
      "INSERT INTO opportunity_history (opportunity_id, change_time_us, entry) VALUES (?, ?, ?)");
  insert->bind(1, OpportunityTable().IdOf(after.name()));
  insert->bind(2, static_cast<int64_t>(ToMicros(now)));
  std::string bytes = entry.SerializeAsString();
  insert->bind(3, bytes.data(), static_cast<int>(bytes.size()));
  insert->exec();
}

absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>> ReadHistory(
    SqliteConnection& connection, const PageTokenCodec& tokens, absl::string_view id,
    std::int32_t page_size, const std::string& page_token) {
  LEADFLOW_ASSIGN_OR_RETURN(const std::int32_t size, ResolvePageSize(page_size));
  // The token names the opportunity, so it cannot page another's history.
  const std::string query = absl::StrCat("history\n", id);
  SqlValue after = std::int64_t{0};
  if (!page_token.empty()) {
    LEADFLOW_ASSIGN_OR_RETURN(std::vector<SqlValue> keys, tokens.Decode(page_token, query, 1));
    after = std::move(keys.front());
  }
  // Paged like every List (see sqlite_list.h), with the entry id as the key;
  // the id is selected again last, where RunList reads the keys from.
  ListPlan plan;
  plan.sql = absl::StrCat(
      "SELECT id, entry, id FROM opportunity_history WHERE opportunity_id = ? AND id > ? "
      "ORDER BY id LIMIT ",
      size + 1);
  plan.params = {std::string(id), std::move(after)};
  plan.page_size = size;
  plan.keys = {{"id", false}};
  plan.query = query;
  const std::string name_prefix = absl::StrCat(OpportunityTable().collection(), "/", id, "/history/");
  return RunList<leadflow::v1::OpportunityHistoryEntry>(
      connection, plan, tokens, [&](SQLite::Statement& row) {
        leadflow::v1::OpportunityHistoryEntry entry;
        SQLite::Column bytes = row.getColumn(1);
        entry.ParseFromArray(bytes.getBlob(), bytes.getBytes());
        entry.set_name(absl::StrCat(name_prefix, row.getColumn(0).getInt64()));
        return entry;
      });
}

}  // namespace leadflow::store
