#ifndef LEADFLOW_SERVER_API_LEAD_SERVICE_H_
#define LEADFLOW_SERVER_API_LEAD_SERVICE_H_

// leadflow.v1.LeadService on gRPC's callback API. Handlers check the request
// with domain/ rules, read inline (point reads take microseconds) and hand
// writes to the store, whose writer finishes the call once the write is
// durable: no gRPC thread ever waits for a disk sync.

#include "api/admission.h"
#include "domain/catalog.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "store/store.h"

namespace leadflow::api {

class LeadService final : public leadflow::v1::LeadService::CallbackService {
 public:
  // `catalog`, `store` and `admission` must outlive the service.
  LeadService(const domain::Catalog& catalog, store::Store& store, const Admission& admission)
      : catalog_(catalog), store_(store), admission_(admission) {}

  grpc::ServerUnaryReactor* CreateLead(grpc::CallbackServerContext* context,
                                       const leadflow::v1::CreateLeadRequest* request,
                                       leadflow::v1::Lead* response) override;
  grpc::ServerUnaryReactor* BatchCreateLeads(
      grpc::CallbackServerContext* context, const leadflow::v1::BatchCreateLeadsRequest* request,
      leadflow::v1::BatchCreateLeadsResponse* response) override;
  grpc::ServerReadReactor<leadflow::v1::ImportLeadsRequest>* ImportLeads(
      grpc::CallbackServerContext* context, leadflow::v1::ImportLeadsResponse* response) override;
  grpc::ServerUnaryReactor* GetLead(grpc::CallbackServerContext* context,
                                    const leadflow::v1::GetLeadRequest* request,
                                    leadflow::v1::Lead* response) override;
  grpc::ServerUnaryReactor* ListLeads(grpc::CallbackServerContext* context,
                                      const leadflow::v1::ListLeadsRequest* request,
                                      leadflow::v1::ListLeadsResponse* response) override;
  grpc::ServerUnaryReactor* UpdateLead(grpc::CallbackServerContext* context,
                                       const leadflow::v1::UpdateLeadRequest* request,
                                       leadflow::v1::Lead* response) override;
  grpc::ServerUnaryReactor* DeleteLead(grpc::CallbackServerContext* context,
                                       const leadflow::v1::DeleteLeadRequest* request,
                                       google::protobuf::Empty* response) override;
  grpc::ServerUnaryReactor* ListLeadStatuses(
      grpc::CallbackServerContext* context,
      const leadflow::v1::ListLeadStatusesRequest* request,
      leadflow::v1::ListLeadStatusesResponse* response) override;
  grpc::ServerUnaryReactor* ConvertLead(grpc::CallbackServerContext* context,
                                        const leadflow::v1::ConvertLeadRequest* request,
                                        leadflow::v1::ConvertLeadResponse* response) override;
  grpc::ServerUnaryReactor* GetLeadFunnel(grpc::CallbackServerContext* context,
                                          const leadflow::v1::GetLeadFunnelRequest* request,
                                          leadflow::v1::LeadFunnel* response) override;
  grpc::ServerUnaryReactor* FindDuplicates(grpc::CallbackServerContext* context,
                                           const leadflow::v1::FindDuplicatesRequest* request,
                                           leadflow::v1::FindDuplicatesResponse* response) override;
  grpc::ServerUnaryReactor* FindConversionMatches(
      grpc::CallbackServerContext* context,
      const leadflow::v1::FindConversionMatchesRequest* request,
      leadflow::v1::FindConversionMatchesResponse* response) override;

 private:
  const domain::Catalog& catalog_;
  store::Store& store_;
  const Admission& admission_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_LEAD_SERVICE_H_
