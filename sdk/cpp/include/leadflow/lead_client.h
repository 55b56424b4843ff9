#ifndef LEADFLOW_SDK_LEAD_CLIENT_H_
#define LEADFLOW_SDK_LEAD_CLIENT_H_

// LeadClient: leads, their qualification and their conversion.
//
//   leadflow::LeadClient leads(leadflow::MakeLeadConnection(options));
//   v1::Lead lead;
//   lead.set_last_name("Lovelace");
//   lead.set_company("Analytical Engines");
//   absl::StatusOr<v1::Lead> created = leads.CreateLead(lead);
//
// A value type: cheap to copy, copies share the connection, safe to use
// from several threads at once. Every method returns the server's error
// (code, message and details: see error_details.h) or the result, and
// takes CallOptions to override the connection's timeout, actor or retry
// policy for that call.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "google/protobuf/field_mask.pb.h"
#include "google/type/date.pb.h"
#include "google/type/money.pb.h"
#include "leadflow/lead_connection.h"

namespace leadflow {

// The common options of ConvertLead; see ConvertLeadRequest in
// protos/leadflow/v1/lead_service.proto for their meaning.
struct ConvertOptions {
  std::string converted_status;  // default: the only converted status
  std::string account;           // attach to this account
  std::string contact;           // attach to this contact
  std::string opportunity;       // relate to this opportunity
  bool do_not_create_opportunity = false;
  std::string opportunity_name;
  std::optional<google::type::Money> opportunity_amount;
  std::optional<google::type::Date> opportunity_close_date;
  std::string owner;
  bool overwrite_lead_source = false;
  bool validate_only = false;
  std::string request_id;  // default: a fresh one, so retries are safe
};

class LeadClient {
 public:
  explicit LeadClient(std::shared_ptr<LeadConnection> connection)
      : connection_(std::move(connection)) {}

  // Creates `lead`. A fresh request_id makes the call safe to retry.
  absl::StatusOr<v1::Lead> CreateLead(const v1::Lead& lead, const CallOptions& options = {});
  // As given; a request_id is filled in when the request has none.
  absl::StatusOr<v1::Lead> CreateLead(v1::CreateLeadRequest request,
                                      const CallOptions& options = {});

  // Creates `leads` (1 to 1,000) in one call, each as CreateLead would;
  // each result says whether its lead was created, skipped or failed. A
  // fresh request_id makes the call safe to retry.
  absl::StatusOr<v1::BatchCreateLeadsResponse> BatchCreateLeads(const std::vector<v1::Lead>& leads,
                                                                const CallOptions& options = {});
  // As given (all_or_none, duplicate_policy, ...); a request_id is filled
  // in when the request has none.
  absl::StatusOr<v1::BatchCreateLeadsResponse> BatchCreateLeads(v1::BatchCreateLeadsRequest request,
                                                                const CallOptions& options = {});

  // Starts importing a list of any length: sends `header` and returns the
  // open call, to which the caller writes rows and which it then finishes
  // (see lead_import.h). `header.request_id` is required: one per source
  // file, so that starting again after a failure resumes the import
  // (LeadImport::resumed_after_row()) instead of importing twice. Never
  // retried by the SDK. No deadline unless `options.timeout` sets one, for
  // the whole import. An error when the server refuses the header.
  absl::StatusOr<LeadImport> ImportLeads(const v1::ImportLeadsHeader& header,
                                         const CallOptions& options = {});

  // The existing leads and contacts `candidate` matches under the server's
  // duplicate rules, best first; creates nothing.
  absl::StatusOr<v1::FindDuplicatesResponse> FindDuplicates(const v1::Lead& candidate,
                                                            const CallOptions& options = {});
  // As given (rules, max_matches).
  absl::StatusOr<v1::FindDuplicatesResponse> FindDuplicates(
      const v1::FindDuplicatesRequest& request, const CallOptions& options = {});

  // `name` is "leads/{id}".
  absl::StatusOr<v1::Lead> GetLead(const std::string& name, const CallOptions& options = {});

  // Every lead matching the request, fetched lazily page by page.
  StreamRange<v1::Lead> ListLeads(v1::ListLeadsRequest request = {},
                                  const CallOptions& options = {});
  // One page, for callers that keep the page token themselves.
  absl::StatusOr<v1::ListLeadsResponse> ListLeadsPage(const v1::ListLeadsRequest& request,
                                                      const CallOptions& options = {});

  // Writes the fields of `lead` named in `mask`; conditional (and so
  // retried) when `lead.etag()` is set.
  absl::StatusOr<v1::Lead> UpdateLead(const v1::Lead& lead,
                                      const google::protobuf::FieldMask& mask,
                                      const CallOptions& options = {});
  absl::StatusOr<v1::Lead> UpdateLead(const v1::UpdateLeadRequest& request,
                                      const CallOptions& options = {});

  // Reads lead `name`, applies `modify`, and writes the fields in `mask`
  // conditioned on the etag read; on ABORTED (a concurrent change) starts
  // over, at most `max_attempts` times. See read_modify_write.h.
  absl::StatusOr<v1::Lead> ReadModifyWriteLead(const std::string& name,
                                               const std::function<absl::Status(v1::Lead&)>& modify,
                                               const google::protobuf::FieldMask& mask,
                                               const CallOptions& options = {},
                                               int max_attempts = 5);

  // Deletes lead `name`; conditional (and retried) when `etag` is set.
  absl::Status DeleteLead(const std::string& name, const std::string& etag = "",
                          const CallOptions& options = {});

  absl::StatusOr<v1::ListLeadStatusesResponse> ListLeadStatuses(const CallOptions& options = {});

  // Converts lead `name` with `convert`'s options.
  absl::StatusOr<v1::ConvertLeadResponse> ConvertLead(const std::string& name,
                                                      const ConvertOptions& convert = {},
                                                      const CallOptions& options = {});
  // As given; a request_id is filled in when the request has none.
  absl::StatusOr<v1::ConvertLeadResponse> ConvertLead(v1::ConvertLeadRequest request,
                                                      const CallOptions& options = {});

  absl::StatusOr<v1::FindConversionMatchesResponse> FindConversionMatches(
      const std::string& name, const CallOptions& options = {});

  absl::StatusOr<v1::LeadFunnel> GetLeadFunnel(const v1::GetLeadFunnelRequest& request = {},
                                               const CallOptions& options = {});

 private:
  std::shared_ptr<LeadConnection> connection_;
};

}  // namespace leadflow

#endif  // LEADFLOW_SDK_LEAD_CLIENT_H_
