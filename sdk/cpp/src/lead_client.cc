#include "leadflow/lead_client.h"

#include "internal/call_runner.h"
#include "internal/paginate.h"
#include "leadflow/read_modify_write.h"

namespace leadflow {

absl::StatusOr<v1::Lead> LeadClient::CreateLead(const v1::Lead& lead,
                                                const CallOptions& options) {
  v1::CreateLeadRequest request;
  *request.mutable_lead() = lead;
  return CreateLead(std::move(request), options);
}

absl::StatusOr<v1::Lead> LeadClient::CreateLead(v1::CreateLeadRequest request,
                                                const CallOptions& options) {
  if (request.request_id().empty()) request.set_request_id(internal::NewRequestId());
  return connection_->CreateLead(request, options);
}

absl::StatusOr<v1::BatchCreateLeadsResponse> LeadClient::BatchCreateLeads(
    const std::vector<v1::Lead>& leads, const CallOptions& options) {
  v1::BatchCreateLeadsRequest request;
  request.mutable_leads()->Add(leads.begin(), leads.end());
  return BatchCreateLeads(std::move(request), options);
}

absl::StatusOr<v1::BatchCreateLeadsResponse> LeadClient::BatchCreateLeads(
    v1::BatchCreateLeadsRequest request, const CallOptions& options) {
  if (request.request_id().empty()) request.set_request_id(internal::NewRequestId());
  return connection_->BatchCreateLeads(request, options);
}

absl::StatusOr<LeadImport> LeadClient::ImportLeads(const v1::ImportLeadsHeader& header,
                                                   const CallOptions& options) {
  return connection_->ImportLeads(header, options);
}

absl::StatusOr<v1::FindDuplicatesResponse> LeadClient::FindDuplicates(const v1::Lead& candidate,
                                                                      const CallOptions& options) {
  v1::FindDuplicatesRequest request;
  *request.mutable_lead() = candidate;
  return FindDuplicates(request, options);
}

absl::StatusOr<v1::FindDuplicatesResponse> LeadClient::FindDuplicates(
    const v1::FindDuplicatesRequest& request, const CallOptions& options) {
  return connection_->FindDuplicates(request, options);
}

absl::StatusOr<v1::Lead> LeadClient::GetLead(const std::string& name,
                                             const CallOptions& options) {
  v1::GetLeadRequest request;
  request.set_name(name);
  return connection_->GetLead(request, options);
}

StreamRange<v1::Lead> LeadClient::ListLeads(v1::ListLeadsRequest request,
                                            const CallOptions& options) {
  return internal::PaginateCalls<v1::Lead>(connection_, &LeadConnection::ListLeads,
                                           std::move(request), options,
                                           &v1::ListLeadsResponse::mutable_leads);
}

absl::StatusOr<v1::ListLeadsResponse> LeadClient::ListLeadsPage(
    const v1::ListLeadsRequest& request, const CallOptions& options) {
  return connection_->ListLeads(request, options);
}

absl::StatusOr<v1::Lead> LeadClient::UpdateLead(const v1::Lead& lead,
                                                const google::protobuf::FieldMask& mask,
                                                const CallOptions& options) {
  v1::UpdateLeadRequest request;
  *request.mutable_lead() = lead;
  *request.mutable_update_mask() = mask;
  return UpdateLead(request, options);
}

absl::StatusOr<v1::Lead> LeadClient::UpdateLead(const v1::UpdateLeadRequest& request,
                                                const CallOptions& options) {
  return connection_->UpdateLead(request, options);
}

absl::StatusOr<v1::Lead> LeadClient::ReadModifyWriteLead(
    const std::string& name, const std::function<absl::Status(v1::Lead&)>& modify,
    const google::protobuf::FieldMask& mask, const CallOptions& options, int max_attempts) {
  return ReadModifyWrite<v1::Lead>(
      [&] { return GetLead(name, options); }, modify,
      [&](const v1::Lead& lead) { return UpdateLead(lead, mask, options); }, max_attempts);
}

absl::Status LeadClient::DeleteLead(const std::string& name, const std::string& etag,
                                    const CallOptions& options) {
  v1::DeleteLeadRequest request;
  request.set_name(name);
  request.set_etag(etag);
  return connection_->DeleteLead(request, options);
}

absl::StatusOr<v1::ListLeadStatusesResponse> LeadClient::ListLeadStatuses(
    const CallOptions& options) {
  return connection_->ListLeadStatuses({}, options);
}

absl::StatusOr<v1::ConvertLeadResponse> LeadClient::ConvertLead(const std::string& name,
                                                                const ConvertOptions& convert,
                                                                const CallOptions& options) {
  v1::ConvertLeadRequest request;
  request.set_name(name);
  request.set_converted_status(convert.converted_status);
  request.set_account(convert.account);
  request.set_contact(convert.contact);
  request.set_opportunity(convert.opportunity);
  request.set_do_not_create_opportunity(convert.do_not_create_opportunity);
  request.set_opportunity_name(convert.opportunity_name);
  if (convert.opportunity_amount) *request.mutable_opportunity_amount() = *convert.opportunity_amount;
  if (convert.opportunity_close_date) {
    *request.mutable_opportunity_close_date() = *convert.opportunity_close_date;
  }
  request.set_owner(convert.owner);
  request.set_overwrite_lead_source(convert.overwrite_lead_source);
  request.set_validate_only(convert.validate_only);
  request.set_request_id(convert.request_id);
  return ConvertLead(std::move(request), options);
}

absl::StatusOr<v1::ConvertLeadResponse> LeadClient::ConvertLead(v1::ConvertLeadRequest request,
                                                                const CallOptions& options) {
  if (request.request_id().empty() && !request.validate_only()) {
    request.set_request_id(internal::NewRequestId());
  }
  return connection_->ConvertLead(request, options);
}

absl::StatusOr<v1::FindConversionMatchesResponse> LeadClient::FindConversionMatches(
    const std::string& name, const CallOptions& options) {
  v1::FindConversionMatchesRequest request;
  request.set_name(name);
  return connection_->FindConversionMatches(request, options);
}

absl::StatusOr<v1::LeadFunnel> LeadClient::GetLeadFunnel(const v1::GetLeadFunnelRequest& request,
                                                         const CallOptions& options) {
  return connection_->GetLeadFunnel(request, options);
}

}  // namespace leadflow
