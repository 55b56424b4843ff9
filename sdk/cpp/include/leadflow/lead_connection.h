#ifndef LEADFLOW_SDK_LEAD_CONNECTION_H_
#define LEADFLOW_SDK_LEAD_CONNECTION_H_

// The connection under LeadClient: one method per RPC, taking the full
// request. MakeLeadConnection() makes the real one (channel, deadlines,
// metadata, retries); leadflow/testing/mock_connections.h has a mock
// for unit tests of code that uses LeadClient.

#include <memory>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "leadflow/lead_import.h"
#include "leadflow/options.h"
#include "leadflow/stream_range.h"
#include "leadflow/v1/lead_service.pb.h"

namespace leadflow {

class LeadConnection {
 public:
  virtual ~LeadConnection() = default;

  // Each method by default fails with UNIMPLEMENTED, so a fake or a mock
  // overrides only the calls it stands in for.

  virtual absl::StatusOr<v1::Lead> CreateLead(const v1::CreateLeadRequest& request,
                                              const CallOptions& options);
  virtual absl::StatusOr<v1::BatchCreateLeadsResponse> BatchCreateLeads(
      const v1::BatchCreateLeadsRequest& request, const CallOptions& options);
  // Starts an ImportLeads call: sends `header` as its first message and
  // waits for the server's resume point. Never retried.
  virtual absl::StatusOr<LeadImport> ImportLeads(const v1::ImportLeadsHeader& header,
                                                 const CallOptions& options);
  virtual absl::StatusOr<v1::FindDuplicatesResponse> FindDuplicates(
      const v1::FindDuplicatesRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::Lead> GetLead(const v1::GetLeadRequest& request,
                                           const CallOptions& options);
  virtual absl::StatusOr<v1::ListLeadsResponse> ListLeads(const v1::ListLeadsRequest& request,
                                                          const CallOptions& options);
  virtual absl::StatusOr<v1::Lead> UpdateLead(const v1::UpdateLeadRequest& request,
                                              const CallOptions& options);
  virtual absl::Status DeleteLead(const v1::DeleteLeadRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::ListLeadStatusesResponse> ListLeadStatuses(
      const v1::ListLeadStatusesRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::ConvertLeadResponse> ConvertLead(const v1::ConvertLeadRequest& request,
                                                              const CallOptions& options);
  virtual absl::StatusOr<v1::FindConversionMatchesResponse> FindConversionMatches(
      const v1::FindConversionMatchesRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::LeadFunnel> GetLeadFunnel(const v1::GetLeadFunnelRequest& request,
                                                       const CallOptions& options);
};

// A connection to the server named by `options`. Never null: when the
// options cannot be used (say, an unreadable certificate file) every call
// fails with that error.
std::shared_ptr<LeadConnection> MakeLeadConnection(const Options& options = {});

}  // namespace leadflow

#endif  // LEADFLOW_SDK_LEAD_CONNECTION_H_
