#include "leadflow/opportunity_connection.h"

#include "internal/call_runner.h"
#include "internal/connections.h"
#include "internal/paginate.h"

namespace leadflow {
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
  absl::StatusOr<v1::ListOpportunitiesResponse> ListOpportunitiesPage(
      const v1::ListOpportunitiesRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListOpportunities, request, Idempotency::kIdempotent,
                         options);
  }
  StreamRange<v1::Opportunity> ListOpportunities(v1::ListOpportunitiesRequest request,
                                                 const CallOptions& options) override {
    return internal::PaginateRpc<v1::Opportunity>(
        stub_, runner_, &Stub::ListOpportunities, std::move(request), options,
        &v1::ListOpportunitiesResponse::mutable_opportunities);
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
  absl::StatusOr<v1::ListOpportunityHistoryResponse> ListOpportunityHistoryPage(
      const v1::ListOpportunityHistoryRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListOpportunityHistory, request,
                         Idempotency::kIdempotent, options);
  }
  StreamRange<v1::OpportunityHistoryEntry> ListOpportunityHistory(
      v1::ListOpportunityHistoryRequest request, const CallOptions& options) override {
    return internal::PaginateRpc<v1::OpportunityHistoryEntry>(
        stub_, runner_, &Stub::ListOpportunityHistory, std::move(request), options,
        &v1::ListOpportunityHistoryResponse::mutable_entries);
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
