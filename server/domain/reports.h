#ifndef LEADFLOW_SERVER_DOMAIN_REPORTS_H_
#define LEADFLOW_SERVER_DOMAIN_REPORTS_H_

// Presentation rules of the reports the store aggregates: groups follow the
// configured process order, so a summary reads like the sales process.

#include "domain/catalog.h"
#include "leadflow/v1/lead_service.pb.h"
#include "leadflow/v1/opportunity_service.pb.h"

namespace leadflow::domain {

// Sorts stage groups by the configured stage order (unknown stages last,
// by name), then by currency.
void OrderByStageProcess(leadflow::v1::PipelineSummary& summary, const Catalog& catalog);

// Sorts status counts by the configured status order (unknown last).
void OrderByStatusProcess(leadflow::v1::LeadFunnel& funnel, const Catalog& catalog);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_REPORTS_H_
