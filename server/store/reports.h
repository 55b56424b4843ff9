#ifndef LEADFLOW_SERVER_STORE_REPORTS_H_
#define LEADFLOW_SERVER_STORE_REPORTS_H_

// The pipeline summary and the lead funnel, aggregated by the database:
// GROUP BY queries over indexed columns, never a load of every row into
// memory. The same queries on either engine, in its dialect, run by the
// store's `run`.

#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "leadflow/v1/lead_service.pb.h"
#include "leadflow/v1/opportunity_service.pb.h"
#include "store/row_io.h"
#include "store/sql_dialect.h"
#include "store/sql_value.h"

namespace leadflow::store {

// Runs `sql` with `params` and calls `row` for each row of its result.
using RunQuery = absl::FunctionRef<void(const std::string& sql,
                                        const std::vector<SqlValue>& params,
                                        absl::FunctionRef<void(RowSource& row)> each_row)>;

// INVALID_ARGUMENT for a malformed account name or date.
absl::StatusOr<leadflow::v1::PipelineSummary> QueryPipelineSummary(
    const SqlDialect& dialect, RunQuery run,
    const leadflow::v1::GetPipelineSummaryRequest& request);

// How GetLeadFunnel counts leads: from the leads themselves, or from the
// per-day counts SQLite keeps (lead_funnel_days, migrations.cc) plus the
// leads of the partial days at the ends of a time range. Both give the same
// funnel; the second reads days instead of leads.
enum class FunnelCounting { kFromLeads, kFromDailyCounts };

leadflow::v1::LeadFunnel QueryLeadFunnel(const SqlDialect& dialect, RunQuery run,
                                         const leadflow::v1::GetLeadFunnelRequest& request,
                                         FunnelCounting counting);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_REPORTS_H_
