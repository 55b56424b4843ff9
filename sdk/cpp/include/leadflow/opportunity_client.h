#ifndef LEADFLOW_SDK_OPPORTUNITY_CLIENT_H_
#define LEADFLOW_SDK_OPPORTUNITY_CLIENT_H_

// OpportunityClient: opportunities, their stages, history and the pipeline
// summary. A value type like LeadClient (see lead_client.h).

#include <memory>
#include <string>

#include "google/protobuf/field_mask.pb.h"
#include "leadflow/opportunity_connection.h"

namespace leadflow {

class OpportunityClient {
 public:
  explicit OpportunityClient(std::shared_ptr<OpportunityConnection> connection)
      : connection_(std::move(connection)) {}

  absl::StatusOr<v1::Opportunity> CreateOpportunity(const v1::Opportunity& opportunity,
                                                    const CallOptions& options = {});
  absl::StatusOr<v1::Opportunity> CreateOpportunity(v1::CreateOpportunityRequest request,
                                                    const CallOptions& options = {});
  absl::StatusOr<v1::Opportunity> GetOpportunity(const std::string& name,
                                                 const CallOptions& options = {});
  StreamRange<v1::Opportunity> ListOpportunities(v1::ListOpportunitiesRequest request = {},
                                                 const CallOptions& options = {});
  absl::StatusOr<v1::ListOpportunitiesResponse> ListOpportunitiesPage(
      const v1::ListOpportunitiesRequest& request, const CallOptions& options = {});
  absl::StatusOr<v1::Opportunity> UpdateOpportunity(const v1::Opportunity& opportunity,
                                                    const google::protobuf::FieldMask& mask,
                                                    const CallOptions& options = {});
  // Moves opportunity `name` to `stage` (bringing the stage's probability
  // and forecast category), conditioned on the etag read; retried on a
  // concurrent change like ReadModifyWriteOpportunity.
  absl::StatusOr<v1::Opportunity> MoveToStage(const std::string& name, const std::string& stage,
                                              const CallOptions& options = {});
  absl::StatusOr<v1::Opportunity> ReadModifyWriteOpportunity(
      const std::string& name, const std::function<absl::Status(v1::Opportunity&)>& modify,
      const google::protobuf::FieldMask& mask, const CallOptions& options = {},
      int max_attempts = 5);
  absl::Status DeleteOpportunity(const std::string& name, const std::string& etag = "",
                                 const CallOptions& options = {});
  StreamRange<v1::OpportunityHistoryEntry> ListOpportunityHistory(const std::string& name,
                                                                  const CallOptions& options = {});
  absl::StatusOr<v1::ListOpportunityStagesResponse> ListOpportunityStages(
      const CallOptions& options = {});
  absl::StatusOr<v1::PipelineSummary> GetPipelineSummary(
      const v1::GetPipelineSummaryRequest& request = {}, const CallOptions& options = {});

 private:
  std::shared_ptr<OpportunityConnection> connection_;
};

}  // namespace leadflow

#endif  // LEADFLOW_SDK_OPPORTUNITY_CLIENT_H_
