#ifndef LEADFLOW_SERVER_DOMAIN_REPORTS_H_
#define LEADFLOW_SERVER_DOMAIN_REPORTS_H_

// Rules of the reports the store aggregates: which requests are valid, and
// the presentation order (groups follow the configured process, so a
// summary reads like the sales process).

#include "absl/status/status.h"
#include "domain/catalog.h"
#include "leadflow/v1/lead_service.pb.h"
#include "leadflow/v1/opportunity_service.pb.h"

namespace leadflow::domain {

// OK, or INVALID_ARGUMENT naming each bad field: dates that are not
// calendar dates, a start after the end, a malformed account name, an
// owner that is not storable text.
absl::Status CheckPipelineSummaryRequest(const leadflow::v1::GetPipelineSummaryRequest& request);

// OK, or INVALID_ARGUMENT naming each bad field: timestamps outside
// google.protobuf.Timestamp's range, a start after the end, an owner that
// is not storable text.
absl::Status CheckLeadFunnelRequest(const leadflow::v1::GetLeadFunnelRequest& request);

// Sorts stage groups by the configured stage order (unknown stages last,
// by name), then by currency.
void OrderByStageProcess(leadflow::v1::PipelineSummary& summary, const Catalog& catalog);

// Sorts status counts by the configured status order (unknown last).
void OrderByStatusProcess(leadflow::v1::LeadFunnel& funnel, const Catalog& catalog);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_REPORTS_H_
