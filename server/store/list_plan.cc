#include "store/list_plan.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/errors.h"
#include "util/status_macros.h"

namespace leadflow::store {

absl::StatusOr<std::int32_t> ResolvePageSize(std::int32_t page_size) {
  if (page_size < 0) return domain::InvalidField("page_size", "must not be negative");
  return page_size == 0 ? kDefaultPageSize : std::min(page_size, kMaxPageSize);
}

absl::StatusOr<ListPlan> PlanList(const ListSpec& spec, const ListQuery& query,
                                  const PageTokenCodec& tokens, const SqlDialect& dialect) {
  ListPlan plan;
  LEADFLOW_ASSIGN_OR_RETURN(plan.page_size, ResolvePageSize(query.page_size));
  LEADFLOW_ASSIGN_OR_RETURN(SqlFragment filter,
                            CompileFilter(query.filter, spec.filter_fields, dialect));
  LEADFLOW_ASSIGN_OR_RETURN(plan.keys, ParseOrderBy(query.order_by, spec.sort_fields,
                                                    spec.default_order, "id"));
  plan.query = absl::StrCat(spec.table->collection(), "\n", query.filter, "\n", query.order_by);

  std::string where = absl::StrCat("(", filter.sql, ")");
  plan.params = std::move(filter.params);
  if (!query.page_token.empty()) {
    LEADFLOW_ASSIGN_OR_RETURN(
        std::vector<SqlValue> after,
        tokens.Decode(query.page_token, plan.query, plan.keys.size()));
    SqlFragment condition = AfterCondition(plan.keys, after, dialect, plan.params.size() + 1);
    absl::StrAppend(&where, " AND ", condition.sql);
    plan.params.insert(plan.params.end(), condition.params.begin(),
                       condition.params.end());
  }
  std::vector<absl::string_view> key_columns;
  key_columns.reserve(plan.keys.size());
  for (const OrderKey& key : plan.keys) key_columns.emplace_back(key.column);
  plan.sql = absl::StrCat("SELECT ", spec.table->select_columns(), ", ",
                          absl::StrJoin(key_columns, ", "), " FROM ", spec.table->table(),
                          " WHERE ", where, " ORDER BY ", OrderByClause(plan.keys),
                          " LIMIT ", plan.page_size + 1);
  return plan;
}

}  // namespace leadflow::store
