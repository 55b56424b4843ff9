#include "leadflow/opportunity_client.h"

#include "internal/call_runner.h"
#include "internal/paginate.h"
#include "leadflow/read_modify_write.h"

namespace leadflow {

absl::StatusOr<v1::Opportunity> OpportunityClient::CreateOpportunity(
    const v1::Opportunity& opportunity, const CallOptions& options) {
  v1::CreateOpportunityRequest request;
  *request.mutable_opportunity() = opportunity;
  return CreateOpportunity(std::move(request), options);
}

absl::StatusOr<v1::Opportunity> OpportunityClient::CreateOpportunity(
    v1::CreateOpportunityRequest request, const CallOptions& options) {
  if (request.request_id().empty()) request.set_request_id(internal::NewRequestId());
  return connection_->CreateOpportunity(request, options);
}

absl::StatusOr<v1::Opportunity> OpportunityClient::GetOpportunity(const std::string& name,
                                                                  const CallOptions& options) {
  v1::GetOpportunityRequest request;
  request.set_name(name);
  return connection_->GetOpportunity(request, options);
}

StreamRange<v1::Opportunity> OpportunityClient::ListOpportunities(
    v1::ListOpportunitiesRequest request, const CallOptions& options) {
  return internal::PaginateCalls<v1::Opportunity>(
      connection_, &OpportunityConnection::ListOpportunities, std::move(request), options,
      &v1::ListOpportunitiesResponse::mutable_opportunities);
}

absl::StatusOr<v1::ListOpportunitiesResponse> OpportunityClient::ListOpportunitiesPage(
    const v1::ListOpportunitiesRequest& request, const CallOptions& options) {
  return connection_->ListOpportunities(request, options);
}

absl::StatusOr<v1::Opportunity> OpportunityClient::UpdateOpportunity(
    const v1::Opportunity& opportunity, const google::protobuf::FieldMask& mask,
    const CallOptions& options) {
  v1::UpdateOpportunityRequest request;
  *request.mutable_opportunity() = opportunity;
  *request.mutable_update_mask() = mask;
  return connection_->UpdateOpportunity(request, options);
}

absl::StatusOr<v1::Opportunity> OpportunityClient::MoveToStage(const std::string& name,
                                                               const std::string& stage,
                                                               const CallOptions& options) {
  google::protobuf::FieldMask mask;
  mask.add_paths("stage");
  return ReadModifyWriteOpportunity(
      name,
      [&](v1::Opportunity& opportunity) {
        opportunity.set_stage(stage);
        return absl::OkStatus();
      },
      mask, options);
}

absl::StatusOr<v1::Opportunity> OpportunityClient::ReadModifyWriteOpportunity(
    const std::string& name, const std::function<absl::Status(v1::Opportunity&)>& modify,
    const google::protobuf::FieldMask& mask, const CallOptions& options, int max_attempts) {
  return ReadModifyWrite<v1::Opportunity>(
      [&] { return GetOpportunity(name, options); }, modify,
      [&](const v1::Opportunity& opportunity) {
        return UpdateOpportunity(opportunity, mask, options);
      },
      max_attempts);
}

absl::Status OpportunityClient::DeleteOpportunity(const std::string& name,
                                                  const std::string& etag,
                                                  const CallOptions& options) {
  v1::DeleteOpportunityRequest request;
  request.set_name(name);
  request.set_etag(etag);
  return connection_->DeleteOpportunity(request, options);
}

StreamRange<v1::OpportunityHistoryEntry> OpportunityClient::ListOpportunityHistory(
    const std::string& name, const CallOptions& options) {
  v1::ListOpportunityHistoryRequest request;
  request.set_parent(name);
  return internal::PaginateCalls<v1::OpportunityHistoryEntry>(
      connection_, &OpportunityConnection::ListOpportunityHistory, std::move(request), options,
      &v1::ListOpportunityHistoryResponse::mutable_entries);
}

absl::StatusOr<v1::ListOpportunityStagesResponse> OpportunityClient::ListOpportunityStages(
    const CallOptions& options) {
  return connection_->ListOpportunityStages({}, options);
}

absl::StatusOr<v1::PipelineSummary> OpportunityClient::GetPipelineSummary(
    const v1::GetPipelineSummaryRequest& request, const CallOptions& options) {
  return connection_->GetPipelineSummary(request, options);
}

}  // namespace leadflow
