#ifndef LEADFLOW_SDK_OPPORTUNITY_CONNECTION_H_
#define LEADFLOW_SDK_OPPORTUNITY_CONNECTION_H_

// The connection under OpportunityClient (see lead_connection.h).

#include <memory>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "leadflow/options.h"
#include "leadflow/stream_range.h"
#include "leadflow/v1/opportunity_service.pb.h"

namespace leadflow {

class OpportunityConnection {
 public:
  virtual ~OpportunityConnection() = default;

  // Each method by default fails with UNIMPLEMENTED, so a fake or a mock
  // overrides only the calls it stands in for.

  virtual absl::StatusOr<v1::Opportunity> CreateOpportunity(
      const v1::CreateOpportunityRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::Opportunity> GetOpportunity(const v1::GetOpportunityRequest& request,
                                                         const CallOptions& options);
  virtual absl::StatusOr<v1::ListOpportunitiesResponse> ListOpportunities(
      const v1::ListOpportunitiesRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::Opportunity> UpdateOpportunity(
      const v1::UpdateOpportunityRequest& request, const CallOptions& options);
  virtual absl::Status DeleteOpportunity(const v1::DeleteOpportunityRequest& request,
                                         const CallOptions& options);
  virtual absl::StatusOr<v1::ListOpportunityHistoryResponse> ListOpportunityHistory(
      const v1::ListOpportunityHistoryRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::ListOpportunityStagesResponse> ListOpportunityStages(
      const v1::ListOpportunityStagesRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::PipelineSummary> GetPipelineSummary(
      const v1::GetPipelineSummaryRequest& request, const CallOptions& options);
};

// See MakeLeadConnection().
std::shared_ptr<OpportunityConnection> MakeOpportunityConnection(const Options& options = {});

}  // namespace leadflow

#endif  // LEADFLOW_SDK_OPPORTUNITY_CONNECTION_H_
