#include "leadflow/opportunity_connection.h"

#include "internal/call_runner.h"
#include "internal/connections.h"
#include "internal/unimplemented.h"

namespace leadflow {

// --- The defaults: see the class comment. ---

absl::StatusOr<v1::Opportunity> OpportunityConnection::CreateOpportunity(
    const v1::CreateOpportunityRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("CreateOpportunity");
}

absl::StatusOr<v1::Opportunity> OpportunityConnection::GetOpportunity(
    const v1::GetOpportunityRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("GetOpportunity");
}

absl::StatusOr<v1::ListOpportunitiesResponse> OpportunityConnection::ListOpportunities(
    const v1::ListOpportunitiesRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("ListOpportunities");
}

absl::StatusOr<v1::Opportunity> OpportunityConnection::UpdateOpportunity(
    const v1::UpdateOpportunityRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("UpdateOpportunity");
}

absl::Status OpportunityConnection::DeleteOpportunity(const v1::DeleteOpportunityRequest&,
                                                      const CallOptions&) {
  return internal::UnimplementedRpc("DeleteOpportunity");
}

absl::StatusOr<v1::ListOpportunityHistoryResponse> OpportunityConnection::ListOpportunityHistory(
    const v1::ListOpportunityHistoryRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("ListOpportunityHistory");
}

absl::StatusOr<v1::ListOpportunityStagesResponse> OpportunityConnection::ListOpportunityStages(
    const v1::ListOpportunityStagesRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("ListOpportunityStages");
}

absl::StatusOr<v1::PipelineSummary> OpportunityConnection::GetPipelineSummary(
    const v1::GetPipelineSummaryRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("GetPipelineSummary");
}

namespace {

using internal::Idempotency;
using internal::IdempotentIf;
using Stub = v1::OpportunityService::StubInterface;

class OpportunityConnectionImpl final : public OpportunityConnection {
 public:
  OpportunityConnectionImpl(std::shared_ptr<Stub> stub, Options options, absl::Status setup_error)
      : stub_(std::move(stub)), runner_(std::move(options), std::move(setup_error)) {}

  absl::StatusOr<v1::Opportunity> CreateOpportunity(const v1::CreateOpportunityRequest& request,
                                                    const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::CreateOpportunity, request,
                         IdempotentIf(!request.request_id().empty()), options);
  }
  absl::StatusOr<v1::Opportunity> GetOpportunity(const v1::GetOpportunityRequest& request,
                                                 const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::GetOpportunity, request, Idempotency::kIdempotent,
                         options);
  }
  absl::StatusOr<v1::ListOpportunitiesResponse> ListOpportunities(
      const v1::ListOpportunitiesRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListOpportunities, request, Idempotency::kIdempotent,
                         options);
  }
  absl::StatusOr<v1::Opportunity> UpdateOpportunity(const v1::UpdateOpportunityRequest& request,
                                                    const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::UpdateOpportunity, request,
                         IdempotentIf(!request.opportunity().etag().empty()), options);
  }
  absl::Status DeleteOpportunity(const v1::DeleteOpportunityRequest& request,
                                 const CallOptions& options) override {
    return runner_
        .Unary(*stub_, &Stub::DeleteOpportunity, request, IdempotentIf(!request.etag().empty()),
               options)
        .status();
  }
  absl::StatusOr<v1::ListOpportunityHistoryResponse> ListOpportunityHistory(
      const v1::ListOpportunityHistoryRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListOpportunityHistory, request,
                         Idempotency::kIdempotent, options);
  }
  absl::StatusOr<v1::ListOpportunityStagesResponse> ListOpportunityStages(
      const v1::ListOpportunityStagesRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListOpportunityStages, request, Idempotency::kIdempotent,
                         options);
  }
  absl::StatusOr<v1::PipelineSummary> GetPipelineSummary(
      const v1::GetPipelineSummaryRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::GetPipelineSummary, request, Idempotency::kIdempotent,
                         options);
  }

 private:
  std::shared_ptr<Stub> stub_;
  internal::CallRunner runner_;
};

}  // namespace

namespace internal {
std::shared_ptr<OpportunityConnection> MakeOpportunityConnection(std::shared_ptr<Stub> stub,
                                                                 Options options,
                                                                 absl::Status setup_error) {
  return std::make_shared<OpportunityConnectionImpl>(std::move(stub), std::move(options),
                                                     std::move(setup_error));
}
}  // namespace internal

std::shared_ptr<OpportunityConnection> MakeOpportunityConnection(const Options& options) {
  absl::Status error;
  auto channel = internal::MakeChannel(options, &error);
  return internal::MakeOpportunityConnection(v1::OpportunityService::NewStub(channel), options,
                                             error);
}

}  // namespace leadflow
