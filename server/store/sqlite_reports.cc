#include "store/sqlite_reports.h"

#include "store/reports.h"
#include "store/sqlite_rows.h"

namespace leadflow::store {
namespace {

// reports.h's RunQuery on `connection`.
auto QueriesOn(SqliteConnection& connection) {
  return [&connection](const std::string& sql, const std::vector<SqlValue>& params,
                       absl::FunctionRef<void(RowSource&)> each_row) {
    ScopedStatement statement = connection.PrepareBound(sql, params);
    while (statement->executeStep()) {
      StatementSource row(*statement);
      each_row(row);
    }
  };
}

}  // namespace

absl::StatusOr<leadflow::v1::PipelineSummary> QueryPipelineSummary(
    SqliteConnection& connection, const leadflow::v1::GetPipelineSummaryRequest& request) {
  return QueryPipelineSummary(SqliteDialect(), QueriesOn(connection), request);
}

leadflow::v1::LeadFunnel QueryLeadFunnel(SqliteConnection& connection,
                                         const leadflow::v1::GetLeadFunnelRequest& request,
                                         FunnelCounting counting) {
  return QueryLeadFunnel(SqliteDialect(), QueriesOn(connection), request, counting);
}

}  // namespace leadflow::store
