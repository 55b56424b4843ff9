#ifndef LEADFLOW_SERVER_STORE_SQLITE_REPORTS_H_
#define LEADFLOW_SERVER_STORE_SQLITE_REPORTS_H_

// The reports of reports.h on a SQLite connection.

#include "absl/status/statusor.h"
#include "leadflow/v1/lead_service.pb.h"
#include "leadflow/v1/opportunity_service.pb.h"
#include "store/reports.h"
#include "store/sqlite_connection.h"

namespace leadflow::store {

// INVALID_ARGUMENT for a malformed account name or date.
absl::StatusOr<leadflow::v1::PipelineSummary> QueryPipelineSummary(
    SqliteConnection& connection, const leadflow::v1::GetPipelineSummaryRequest& request);

// From the per-day counts by default; kFromLeads gives the same funnel the
// slow way, for comparison.
leadflow::v1::LeadFunnel QueryLeadFunnel(
    SqliteConnection& connection, const leadflow::v1::GetLeadFunnelRequest& request,
    FunnelCounting counting = FunnelCounting::kFromDailyCounts);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_REPORTS_H_
