#include "leadflow/lead_connection.h"

#include "internal/call_runner.h"
#include "internal/connections.h"
#include "internal/paginate.h"

namespace leadflow {
namespace {

using internal::Idempotency;
using internal::IdempotentIf;
using Stub = v1::LeadService::StubInterface;

class LeadConnectionImpl final : public LeadConnection {
 public:
  LeadConnectionImpl(std::shared_ptr<Stub> stub, Options options, absl::Status setup_error)
      : stub_(std::move(stub)), runner_(std::move(options), std::move(setup_error)) {}

  absl::StatusOr<v1::Lead> CreateLead(const v1::CreateLeadRequest& request,
                                      const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::CreateLead, request,
                         IdempotentIf(!request.request_id().empty()), options);
  }
  absl::StatusOr<v1::Lead> GetLead(const v1::GetLeadRequest& request,
                                   const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::GetLead, request, Idempotency::kIdempotent, options);
  }
  absl::StatusOr<v1::ListLeadsResponse> ListLeadsPage(const v1::ListLeadsRequest& request,
                                                      const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListLeads, request, Idempotency::kIdempotent, options);
  }
  StreamRange<v1::Lead> ListLeads(v1::ListLeadsRequest request,
                                  const CallOptions& options) override {
    return internal::Paginate<v1::Lead, v1::ListLeadsRequest, v1::ListLeadsResponse>(
        std::move(request),
        [this, options](const v1::ListLeadsRequest& page) { return ListLeadsPage(page, options); },
        &v1::ListLeadsResponse::mutable_leads);
  }
  absl::StatusOr<v1::Lead> UpdateLead(const v1::UpdateLeadRequest& request,
                                      const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::UpdateLead, request,
                         IdempotentIf(!request.lead().etag().empty()), options);
  }
  absl::Status DeleteLead(const v1::DeleteLeadRequest& request,
                          const CallOptions& options) override {
    return runner_
        .Unary(*stub_, &Stub::DeleteLead, request, IdempotentIf(!request.etag().empty()), options)
        .status();
  }
  absl::StatusOr<v1::ListLeadStatusesResponse> ListLeadStatuses(
      const v1::ListLeadStatusesRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListLeadStatuses, request, Idempotency::kIdempotent,
                         options);
  }
  absl::StatusOr<v1::ConvertLeadResponse> ConvertLead(const v1::ConvertLeadRequest& request,
                                                      const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ConvertLead, request,
                         IdempotentIf(!request.request_id().empty() || request.validate_only()),
                         options);
  }
  absl::StatusOr<v1::FindConversionMatchesResponse> FindConversionMatches(
      const v1::FindConversionMatchesRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::FindConversionMatches, request, Idempotency::kIdempotent,
                         options);
  }
  absl::StatusOr<v1::LeadFunnel> GetLeadFunnel(const v1::GetLeadFunnelRequest& request,
                                               const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::GetLeadFunnel, request, Idempotency::kIdempotent,
                         options);
  }

 private:
  std::shared_ptr<Stub> stub_;
  internal::CallRunner runner_;
};

}  // namespace

namespace internal {
std::shared_ptr<LeadConnection> MakeLeadConnection(std::shared_ptr<Stub> stub, Options options,
                                                   absl::Status setup_error) {
  return std::make_shared<LeadConnectionImpl>(std::move(stub), std::move(options),
                                              std::move(setup_error));
}
}  // namespace internal

std::shared_ptr<LeadConnection> MakeLeadConnection(const Options& options) {
  absl::Status error;
  auto channel = internal::MakeChannel(options, &error);
  return internal::MakeLeadConnection(v1::LeadService::NewStub(channel), options, error);
}

}  // namespace leadflow
