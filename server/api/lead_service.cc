#include "api/lead_service.h"

#include <utility>

#include "absl/time/clock.h"
#include "api/admission.h"
#include "api/capture_rules.h"
#include "api/import_reactor.h"
#include "api/replies.h"
#include "domain/conversion.h"
#include "domain/duplicates.h"
#include "domain/lead_capture.h"
#include "domain/lead_rules.h"
#include "domain/reports.h"
#include "domain/resource_name.h"

namespace leadflow::api {
namespace {

using leadflow::v1::Lead;

}  // namespace

grpc::ServerUnaryReactor* LeadService::CreateLead(
    grpc::CallbackServerContext* context,
    const leadflow::v1::CreateLeadRequest* request, Lead* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<Lead> lead = domain::PrepareNewLead(*request, catalog_);
  if (!lead.ok()) return FinishNow(context, lead.status());
  if (absl::Status invalid =
          domain::CheckDuplicatePolicy("duplicate_policy", request->duplicate_policy());
      !invalid.ok()) {
    return FinishNow(context, invalid);
  }
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.CaptureLead(
      *std::move(lead),
      CaptureRulesFor(catalog_, request->duplicate_policy(), request->bypass_assignment_rules(),
                      AllowedDuplicates::kIgnore),
      {caller->actor, request->request_id()}, FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* LeadService::BatchCreateLeads(
    grpc::CallbackServerContext* context, const leadflow::v1::BatchCreateLeadsRequest* request,
    leadflow::v1::BatchCreateLeadsResponse* response) {
  LEADFLOW_ADMIT(context);
  if (absl::Status invalid = domain::CheckBatchCreateRequest(*request); !invalid.ok()) {
    return FinishNow(context, invalid);
  }
  store::LeadBatch batch{
      *request, domain::PrepareBatchLeads(*request, catalog_),
      CaptureRulesFor(catalog_, request->duplicate_policy(), request->bypass_assignment_rules(),
                      AllowedDuplicates::kReport)};
  if (request->all_or_none()) {
    // One invalid lead fails the whole batch: no need to ask the store.
    for (const absl::StatusOr<Lead>& lead : batch.leads) {
      if (!lead.ok()) return FinishNow(context, lead.status());
    }
  }
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.BatchCreateLeads(std::move(batch), {caller->actor, request->request_id()},
                          FinishWith(reactor, response));
  return reactor;
}

grpc::ServerReadReactor<leadflow::v1::ImportLeadsRequest>* LeadService::ImportLeads(
    grpc::CallbackServerContext* context, leadflow::v1::ImportLeadsResponse* response) {
  LEADFLOW_ADMIT_UPLOAD(context, leadflow::v1::ImportLeadsRequest);
  return ImportReactor::Start(context, catalog_, store_, caller->actor, response);
}

grpc::ServerUnaryReactor* LeadService::GetLead(
    grpc::CallbackServerContext* context,
    const leadflow::v1::GetLeadRequest* request, Lead* response) {
  LEADFLOW_ADMIT(context);
  return ReplyWithNamed(context, domain::kLeadCollection, request->name(), response,
                        [this](const std::string& id) { return store_.GetLead(id); });
}

grpc::ServerUnaryReactor* LeadService::ListLeads(
    grpc::CallbackServerContext* context,
    const leadflow::v1::ListLeadsRequest* request,
    leadflow::v1::ListLeadsResponse* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<store::Page<Lead>> page = store_.ListLeads(
      {request->page_size(), request->page_token(), request->filter(), request->order_by()});
  if (!page.ok()) return FinishNow(context, page.status());
  MovePage(*page, *response->mutable_leads(), response->mutable_next_page_token());
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerUnaryReactor* LeadService::UpdateLead(
    grpc::CallbackServerContext* context,
    const leadflow::v1::UpdateLeadRequest* request, Lead* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<domain::UpdateTarget> target = domain::CheckLeadUpdateRequest(*request);
  if (!target.ok()) return FinishNow(context, target.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.UpdateLead(
      std::move(target->id), request->lead().etag(),
      [this, patch = request->lead(), mask = std::move(target->mask)](const Lead& current) {
        return domain::ApplyLeadUpdate(current, patch, mask, catalog_);
      },
      {caller->actor, ""}, FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* LeadService::DeleteLead(
    grpc::CallbackServerContext* context,
    const leadflow::v1::DeleteLeadRequest* request,
    google::protobuf::Empty* /*response*/) {
  LEADFLOW_ADMIT(context);
  return DeleteNamed(context, domain::kLeadCollection, request->name(),
                     [&](const std::string& id, auto done) {
                       store_.DeleteLead(id, request->etag(), domain::CheckLeadDeletable,
                                         {caller->actor, ""}, std::move(done));
                     });
}

grpc::ServerUnaryReactor* LeadService::ListLeadStatuses(
    grpc::CallbackServerContext* context,
    const leadflow::v1::ListLeadStatusesRequest* /*request*/,
    leadflow::v1::ListLeadStatusesResponse* response) {
  LEADFLOW_ADMIT(context);
  for (const leadflow::v1::LeadStatus& status : catalog_.lead_statuses()) {
    *response->add_statuses() = status;
  }
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerUnaryReactor* LeadService::ConvertLead(
    grpc::CallbackServerContext* context, const leadflow::v1::ConvertLeadRequest* request,
    leadflow::v1::ConvertLeadResponse* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<std::string> converted_status =
      domain::CheckConvertRequest(*request, catalog_);
  if (!converted_status.ok()) return FinishNow(context, converted_status.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.ConvertLead(
      *request, caller->actor,
      [this, request = *request, status = *std::move(converted_status)](
          const domain::ConversionState& state, absl::Time now) {
        return domain::PlanConversion(request, status, state, catalog_, now);
      },
      FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* LeadService::GetLeadFunnel(grpc::CallbackServerContext* context,
                                                     const leadflow::v1::GetLeadFunnelRequest* request,
                                                     leadflow::v1::LeadFunnel* response) {
  LEADFLOW_ADMIT(context);
  if (absl::Status invalid = domain::CheckLeadFunnelRequest(*request); !invalid.ok()) {
    return FinishNow(context, invalid);
  }
  absl::StatusOr<leadflow::v1::LeadFunnel> funnel = store_.GetLeadFunnel(*request);
  if (funnel.ok()) domain::OrderByStatusProcess(*funnel, catalog_);
  return Reply(context, response, std::move(funnel));
}

grpc::ServerUnaryReactor* LeadService::FindDuplicates(
    grpc::CallbackServerContext* context, const leadflow::v1::FindDuplicatesRequest* request,
    leadflow::v1::FindDuplicatesResponse* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<domain::DuplicateQuery> query =
      domain::PrepareDuplicateQuery(*request, catalog_.duplicate_rules());
  if (!query.ok()) return FinishNow(context, query.status());
  absl::StatusOr<std::vector<leadflow::v1::DuplicateMatch>> matches =
      store_.FindDuplicates(query->keys, query->limit);
  if (!matches.ok()) return FinishNow(context, matches.status());
  for (leadflow::v1::DuplicateMatch& match : *matches) {
    *response->add_matches() = std::move(match);
  }
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerUnaryReactor* LeadService::FindConversionMatches(
    grpc::CallbackServerContext* context,
    const leadflow::v1::FindConversionMatchesRequest* request,
    leadflow::v1::FindConversionMatchesResponse* response) {
  LEADFLOW_ADMIT(context);
  return ReplyWithNamed(context, domain::kLeadCollection, request->name(), response,
                        [this](const std::string& id) { return store_.FindConversionMatches(id); });
}

}  // namespace leadflow::api
