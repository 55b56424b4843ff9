#include "api/opportunity_service.h"

#include <utility>

#include "absl/time/clock.h"
#include "api/admission.h"
#include "api/replies.h"
#include "domain/opportunity_rules.h"
#include "domain/reports.h"
#include "domain/resource_name.h"

namespace leadflow::api {
namespace {

using leadflow::v1::Opportunity;

}  // namespace

grpc::ServerUnaryReactor* OpportunityService::CreateOpportunity(
    grpc::CallbackServerContext* context, const v1::CreateOpportunityRequest* request,
    Opportunity* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<Opportunity> opportunity =
      domain::PrepareNewOpportunity(*request, catalog_, absl::Now());
  if (!opportunity.ok()) return FinishNow(context, opportunity.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.CreateOpportunity(*std::move(opportunity), {caller->actor, request->request_id()},
                           FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* OpportunityService::GetOpportunity(
    grpc::CallbackServerContext* context, const v1::GetOpportunityRequest* request,
    Opportunity* response) {
  LEADFLOW_ADMIT(context);
  return ReplyWithNamed(context, domain::kOpportunityCollection, request->name(), response,
                        [this](const std::string& id) { return store_.GetOpportunity(id); });
}

grpc::ServerUnaryReactor* OpportunityService::ListOpportunities(
    grpc::CallbackServerContext* context, const v1::ListOpportunitiesRequest* request,
    v1::ListOpportunitiesResponse* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<store::Page<Opportunity>> page = store_.ListOpportunities(
      {request->page_size(), request->page_token(), request->filter(), request->order_by()});
  if (!page.ok()) return FinishNow(context, page.status());
  MovePage(*page, *response->mutable_opportunities(), response->mutable_next_page_token());
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerUnaryReactor* OpportunityService::UpdateOpportunity(
    grpc::CallbackServerContext* context, const v1::UpdateOpportunityRequest* request,
    Opportunity* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<domain::UpdateTarget> target = domain::CheckOpportunityUpdateRequest(*request);
  if (!target.ok()) return FinishNow(context, target.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.UpdateOpportunity(
      std::move(target->id), request->opportunity().etag(),
      [this, patch = request->opportunity(),
       mask = std::move(target->mask)](const Opportunity& current) {
        return domain::ApplyOpportunityUpdate(current, patch, mask, catalog_, absl::Now());
      },
      {caller->actor, ""}, FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* OpportunityService::DeleteOpportunity(
    grpc::CallbackServerContext* context, const v1::DeleteOpportunityRequest* request,
    google::protobuf::Empty* /*response*/) {
  LEADFLOW_ADMIT(context);
  return DeleteNamed(context, domain::kOpportunityCollection, request->name(),
                     [&](const std::string& id, auto done) {
                       store_.DeleteOpportunity(id, request->etag(), {caller->actor, ""},
                                                std::move(done));
                     });
}

grpc::ServerUnaryReactor* OpportunityService::ListOpportunityHistory(
    grpc::CallbackServerContext* context, const v1::ListOpportunityHistoryRequest* request,
    v1::ListOpportunityHistoryResponse* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<std::string> id =
      domain::ParseResourceId(domain::kOpportunityCollection, request->parent(), "parent");
  if (!id.ok()) return FinishNow(context, id.status());
  absl::StatusOr<store::Page<v1::OpportunityHistoryEntry>> page =
      store_.ListOpportunityHistory(*id, request->page_size(), request->page_token());
  if (!page.ok()) return FinishNow(context, page.status());
  MovePage(*page, *response->mutable_entries(), response->mutable_next_page_token());
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerUnaryReactor* OpportunityService::ListOpportunityStages(
    grpc::CallbackServerContext* context, const v1::ListOpportunityStagesRequest* /*request*/,
    v1::ListOpportunityStagesResponse* response) {
  LEADFLOW_ADMIT(context);
  for (const v1::OpportunityStage& stage : catalog_.opportunity_stages()) {
    *response->add_stages() = stage;
  }
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerUnaryReactor* OpportunityService::GetPipelineSummary(
    grpc::CallbackServerContext* context, const v1::GetPipelineSummaryRequest* request,
    v1::PipelineSummary* response) {
  LEADFLOW_ADMIT(context);
  if (absl::Status invalid = domain::CheckPipelineSummaryRequest(*request); !invalid.ok()) {
    return FinishNow(context, invalid);
  }
  absl::StatusOr<v1::PipelineSummary> summary = store_.GetPipelineSummary(*request);
  if (summary.ok()) domain::OrderByStageProcess(*summary, catalog_);
  return Reply(context, response, std::move(summary));
}

}  // namespace leadflow::api
