#ifndef LEADFLOW_SERVER_API_OPPORTUNITY_SERVICE_H_
#define LEADFLOW_SERVER_API_OPPORTUNITY_SERVICE_H_

// leadflow.v1.OpportunityService on gRPC's callback API, wired like
// LeadService.

#include "api/admission.h"
#include "domain/catalog.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"
#include "store/store.h"

namespace leadflow::api {

class OpportunityService final : public leadflow::v1::OpportunityService::CallbackService {
 public:
  // `catalog`, `store` and `admission` must outlive the service.
  OpportunityService(const domain::Catalog& catalog, store::Store& store, const Admission& admission)
      : catalog_(catalog), store_(store), admission_(admission) {}

  grpc::ServerUnaryReactor* CreateOpportunity(
      grpc::CallbackServerContext* context, const leadflow::v1::CreateOpportunityRequest* request,
      leadflow::v1::Opportunity* response) override;
  grpc::ServerUnaryReactor* GetOpportunity(grpc::CallbackServerContext* context,
                                           const leadflow::v1::GetOpportunityRequest* request,
                                           leadflow::v1::Opportunity* response) override;
  grpc::ServerUnaryReactor* ListOpportunities(
      grpc::CallbackServerContext* context, const leadflow::v1::ListOpportunitiesRequest* request,
      leadflow::v1::ListOpportunitiesResponse* response) override;
  grpc::ServerUnaryReactor* UpdateOpportunity(
      grpc::CallbackServerContext* context, const leadflow::v1::UpdateOpportunityRequest* request,
      leadflow::v1::Opportunity* response) override;
  grpc::ServerUnaryReactor* DeleteOpportunity(
      grpc::CallbackServerContext* context, const leadflow::v1::DeleteOpportunityRequest* request,
      google::protobuf::Empty* response) override;
  grpc::ServerUnaryReactor* ListOpportunityHistory(
      grpc::CallbackServerContext* context,
      const leadflow::v1::ListOpportunityHistoryRequest* request,
      leadflow::v1::ListOpportunityHistoryResponse* response) override;
  grpc::ServerUnaryReactor* ListOpportunityStages(
      grpc::CallbackServerContext* context,
      const leadflow::v1::ListOpportunityStagesRequest* request,
      leadflow::v1::ListOpportunityStagesResponse* response) override;
  grpc::ServerUnaryReactor* GetPipelineSummary(
      grpc::CallbackServerContext* context,
      const leadflow::v1::GetPipelineSummaryRequest* request,
      leadflow::v1::PipelineSummary* response) override;

 private:
  const domain::Catalog& catalog_;
  store::Store& store_;
  const Admission& admission_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_OPPORTUNITY_SERVICE_H_
