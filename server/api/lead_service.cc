#include "api/lead_service.h"

#include <utility>

#include "api/grpc_status.h"
#include "domain/lead_rules.h"
#include "domain/resource_name.h"

namespace leadflow::api {
namespace {

using leadflow::v1::Lead;

grpc::ServerUnaryReactor* Refuse(grpc::CallbackServerContext* context,
                                 const absl::Status& status) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  reactor->Finish(ToGrpcStatus(status));
  return reactor;
}

}  // namespace

grpc::ServerUnaryReactor* LeadService::CreateLead(
    grpc::CallbackServerContext* context,
    const leadflow::v1::CreateLeadRequest* request, Lead* response) {
  absl::StatusOr<Lead> lead = domain::PrepareNewLead(*request, catalog_);
  if (!lead.ok()) return Refuse(context, lead.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.CreateLead(*std::move(lead), request->request_id(),
                    [reactor, response](absl::StatusOr<Lead> result) {
                      FinishUnary(reactor, response, std::move(result));
                    });
  return reactor;
}

grpc::ServerUnaryReactor* LeadService::GetLead(
    grpc::CallbackServerContext* context,
    const leadflow::v1::GetLeadRequest* request, Lead* response) {
  absl::StatusOr<std::string> id =
      domain::ParseResourceId(domain::kLeadCollection, request->name(), "name");
  if (!id.ok()) return Refuse(context, id.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  FinishUnary(reactor, response, store_.GetLead(*id));
  return reactor;
}

grpc::ServerUnaryReactor* LeadService::ListLeads(
    grpc::CallbackServerContext* context,
    const leadflow::v1::ListLeadsRequest* request,
    leadflow::v1::ListLeadsResponse* response) {
  store::ListQuery query{request->page_size(), request->page_token(),
                         request->filter(), request->order_by()};
  absl::StatusOr<store::Page<Lead>> page = store_.ListLeads(query);
  if (!page.ok()) return Refuse(context, page.status());
  for (Lead& lead : page->items) *response->add_leads() = std::move(lead);
  response->set_next_page_token(std::move(page->next_page_token));
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  reactor->Finish(grpc::Status::OK);
  return reactor;
}

grpc::ServerUnaryReactor* LeadService::UpdateLead(
    grpc::CallbackServerContext* context,
    const leadflow::v1::UpdateLeadRequest* request, Lead* response) {
  absl::StatusOr<google::protobuf::FieldMask> mask =
      domain::CheckLeadUpdateRequest(*request);
  if (!mask.ok()) return Refuse(context, mask.status());
  // CheckLeadUpdateRequest validated the name.
  std::string id = *domain::ParseResourceId(domain::kLeadCollection,
                                            request->lead().name(), "lead.name");
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.UpdateLead(
      std::move(id), request->lead().etag(),
      [this, patch = request->lead(), mask = *std::move(mask)](const Lead& current) {
        return domain::ApplyLeadUpdate(current, patch, mask, catalog_);
      },
      [reactor, response](absl::StatusOr<Lead> result) {
        FinishUnary(reactor, response, std::move(result));
      });
  return reactor;
}

grpc::ServerUnaryReactor* LeadService::DeleteLead(
    grpc::CallbackServerContext* context,
    const leadflow::v1::DeleteLeadRequest* request,
    google::protobuf::Empty* /*response*/) {
  absl::StatusOr<std::string> id =
      domain::ParseResourceId(domain::kLeadCollection, request->name(), "name");
  if (!id.ok()) return Refuse(context, id.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.DeleteLead(*std::move(id), request->etag(), domain::CheckLeadDeletable,
                    [reactor](absl::Status status) {
                      reactor->Finish(ToGrpcStatus(status));
                    });
  return reactor;
}

grpc::ServerUnaryReactor* LeadService::ListLeadStatuses(
    grpc::CallbackServerContext* context,
    const leadflow::v1::ListLeadStatusesRequest* /*request*/,
    leadflow::v1::ListLeadStatusesResponse* response) {
  for (const leadflow::v1::LeadStatus& status : catalog_.lead_statuses()) {
    *response->add_statuses() = status;
  }
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  reactor->Finish(grpc::Status::OK);
  return reactor;
}

}  // namespace leadflow::api
