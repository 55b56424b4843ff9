#include "store/postgres/pg_history.h"

#include "absl/strings/str_cat.h"
#include "domain/opportunity_rules.h"
#include "store/list_plan.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_rows.h"
#include "store/row_values.h"
#include "store/tables.h"
#include "util/status_macros.h"

namespace leadflow::store {

void AppendHistory(PgWrite& write, const leadflow::v1::Opportunity& before,
                   const leadflow::v1::Opportunity& after, const std::string& actor,
                   absl::Time now) {
  std::vector<leadflow::v1::FieldChange> changes = domain::TrackedChanges(before, after);
  if (changes.empty()) return;
  leadflow::v1::OpportunityHistoryEntry entry;
  *entry.mutable_change_time() = TimestampFromMicros(ToMicros(now));
  entry.set_actor(actor);
  for (auto& change : changes) *entry.add_changes() = std::move(change);
  PgParams params;
  params.Text(OpportunityTable().IdOf(after.name()));
  params.Integer(ToMicros(now));
  params.Bytes(entry.SerializeAsString());
  params.Exec(write.transaction(),
              "INSERT INTO opportunity_history (opportunity_id, change_time_us, entry) "
              "VALUES ($1, $2, $3)");
}

absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>> ReadHistory(
    pqxx::transaction_base& transaction, const PageTokenCodec& tokens, absl::string_view id,
    std::int32_t page_size, const std::string& page_token) {
  LEADFLOW_ASSIGN_OR_RETURN(const std::int32_t size, ResolvePageSize(page_size));
  // The same token as SQLite's: it names the opportunity, so it cannot page
  // another's history, and carries the last entry id.
  const std::string query = absl::StrCat("history\n", id);
  SqlValue after = std::int64_t{0};
  if (!page_token.empty()) {
    LEADFLOW_ASSIGN_OR_RETURN(std::vector<SqlValue> keys, tokens.Decode(page_token, query, 1));
    after = std::move(keys.front());
  }
  pqxx::result rows = Exec(transaction,
                           absl::StrCat("SELECT id, entry FROM opportunity_history "
                                        "WHERE opportunity_id = $1 AND id > $2 "
                                        "ORDER BY id LIMIT ",
                                        size + 1),
                           {std::string(id), std::move(after)});
  const std::string name_prefix =
      absl::StrCat(OpportunityTable().collection(), "/", id, "/history/");
  Page<leadflow::v1::OpportunityHistoryEntry> page;
  std::size_t bytes = 0;
  std::int64_t last = 0;
  for (const pqxx::row& row : rows) {
    if (static_cast<std::int32_t>(page.items.size()) == size) {
      page.next_page_token = tokens.Encode(query, {SqlValue(last)});
      break;
    }
    leadflow::v1::OpportunityHistoryEntry entry;
    entry.ParseFromString(BytesOf(row[1]));
    const std::int64_t entry_id = row[0].as<std::int64_t>();
    entry.set_name(absl::StrCat(name_prefix, entry_id));
    bytes += entry.ByteSizeLong();
    if (!page.items.empty() && bytes > kMaxPageBytes) {
      page.next_page_token = tokens.Encode(query, {SqlValue(last)});
      break;
    }
    page.items.push_back(std::move(entry));
    last = entry_id;
  }
  return page;
}

}  // namespace leadflow::store
