#include "leadflow/lead_connection.h"

#include <optional>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/clock.h"
#include "internal/call_runner.h"
#include "internal/connections.h"
#include "internal/unimplemented.h"

namespace leadflow {

// --- The defaults: see the class comment. ---

absl::StatusOr<v1::Lead> LeadConnection::CreateLead(const v1::CreateLeadRequest&,
                                                    const CallOptions&) {
  return internal::UnimplementedRpc("CreateLead");
}

absl::StatusOr<v1::BatchCreateLeadsResponse> LeadConnection::BatchCreateLeads(
    const v1::BatchCreateLeadsRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("BatchCreateLeads");
}

absl::StatusOr<LeadImport> LeadConnection::ImportLeads(const v1::ImportLeadsHeader&,
                                                       const CallOptions&) {
  return internal::UnimplementedRpc("ImportLeads");
}

absl::StatusOr<v1::FindDuplicatesResponse> LeadConnection::FindDuplicates(
    const v1::FindDuplicatesRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("FindDuplicates");
}

absl::StatusOr<v1::Lead> LeadConnection::GetLead(const v1::GetLeadRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("GetLead");
}

absl::StatusOr<v1::ListLeadsResponse> LeadConnection::ListLeads(const v1::ListLeadsRequest&,
                                                                const CallOptions&) {
  return internal::UnimplementedRpc("ListLeads");
}

absl::StatusOr<v1::Lead> LeadConnection::UpdateLead(const v1::UpdateLeadRequest&,
                                                    const CallOptions&) {
  return internal::UnimplementedRpc("UpdateLead");
}

absl::Status LeadConnection::DeleteLead(const v1::DeleteLeadRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("DeleteLead");
}

absl::StatusOr<v1::ListLeadStatusesResponse> LeadConnection::ListLeadStatuses(
    const v1::ListLeadStatusesRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("ListLeadStatuses");
}

absl::StatusOr<v1::ConvertLeadResponse> LeadConnection::ConvertLead(const v1::ConvertLeadRequest&,
                                                                    const CallOptions&) {
  return internal::UnimplementedRpc("ConvertLead");
}

absl::StatusOr<v1::FindConversionMatchesResponse> LeadConnection::FindConversionMatches(
    const v1::FindConversionMatchesRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("FindConversionMatches");
}

absl::StatusOr<v1::LeadFunnel> LeadConnection::GetLeadFunnel(const v1::GetLeadFunnelRequest&,
                                                             const CallOptions&) {
  return internal::UnimplementedRpc("GetLeadFunnel");
}

namespace {

using internal::Idempotency;
using internal::IdempotentIf;
using Stub = v1::LeadService::StubInterface;

// The response header in which ImportLeads sends its resume point, right
// after it has read the first message.
constexpr char kResumeAfterRowHeader[] = "leadflow-resume-after-row";

// One ImportLeads call. Holds its stub, context and reply itself, so that
// it needs neither the client nor the connection.
class ImportCall final : public LeadImport::Call {
 public:
  explicit ImportCall(std::shared_ptr<Stub> stub) : stub_(std::move(stub)) {}

  ~ImportCall() override {
    if (writer_ != nullptr && !result_.has_value()) {
      context_.TryCancel();
      static_cast<void>(writer_->Finish());
    }
  }

  // For the metadata and deadline, before Start().
  grpc::ClientContext& context() { return context_; }

  // Opens the call, sends `header` and reads the resume point. An error
  // when the call ended before the server answered the header.
  absl::Status Start(const v1::ImportLeadsHeader& header) {
    writer_ = stub_->ImportLeads(&context_, &response_);
    v1::ImportLeadsRequest first;
    *first.mutable_header() = header;
    if (writer_->Write(first)) {
      // The stub's writer can wait for the server's header; the interface
      // the stub returns does not declare it, so test fakes put the
      // metadata in the context themselves.
      using Writer = grpc::ClientWriter<v1::ImportLeadsRequest>;
      if (auto* writer = dynamic_cast<Writer*>(writer_.get())) writer->WaitForInitialMetadata();
      const auto& metadata = context_.GetServerInitialMetadata();
      auto found = metadata.find(kResumeAfterRowHeader);
      if (found != metadata.end() &&
          absl::SimpleAtoi(absl::string_view(found->second.data(), found->second.size()),
                           &resumed_after_row_)) {
        return absl::OkStatus();
      }
    }
    // No resume point: the call ended before the server answered the
    // header (a refused header or token, a missing scope, no server), or
    // the server does not keep the protocol. End it and say why.
    absl::StatusOr<v1::ImportLeadsResponse> result = Finish();
    if (!result.ok()) return result.status();
    return absl::UnknownError(
        absl::StrCat("ImportLeads: the server sent no ", kResumeAfterRowHeader, " header"));
  }

  std::int64_t resumed_after_row() const override { return resumed_after_row_; }

  bool Write(google::protobuf::RepeatedPtrField<v1::ImportRow> rows) override {
    if (result_.has_value()) return false;
    v1::ImportLeadsRequest message;
    message.mutable_rows()->Swap(&rows);
    return writer_->Write(message);
  }

  absl::StatusOr<v1::ImportLeadsResponse> Finish() override {
    if (!result_.has_value()) {
      writer_->WritesDone();  // false when the call has ended: Finish() says why
      absl::Status status = internal::FromGrpcStatus(writer_->Finish());
      if (status.ok()) {
        result_ = std::move(response_);
      } else {
        result_ = std::move(status);
      }
    }
    return *result_;
  }

  // ClientContext::TryCancel may be called from any thread, and does
  // nothing to a finished call.
  void Cancel() override { context_.TryCancel(); }

 private:
  const std::shared_ptr<Stub> stub_;
  grpc::ClientContext context_;
  v1::ImportLeadsResponse response_;  // filled by writer_->Finish()
  // Destroyed before the context it uses.
  std::unique_ptr<grpc::ClientWriterInterface<v1::ImportLeadsRequest>> writer_;
  std::int64_t resumed_after_row_ = 0;
  std::optional<absl::StatusOr<v1::ImportLeadsResponse>> result_;
};

class LeadConnectionImpl final : public LeadConnection {
 public:
  LeadConnectionImpl(std::shared_ptr<Stub> stub, Options options, absl::Status setup_error)
      : stub_(std::move(stub)), runner_(std::move(options), std::move(setup_error)) {}

  absl::StatusOr<v1::Lead> CreateLead(const v1::CreateLeadRequest& request,
                                      const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::CreateLead, request,
                         IdempotentIf(!request.request_id().empty()), options);
  }
  absl::StatusOr<v1::BatchCreateLeadsResponse> BatchCreateLeads(
      const v1::BatchCreateLeadsRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::BatchCreateLeads, request,
                         IdempotentIf(!request.request_id().empty()), options);
  }
  // Never retried: a failed import may have committed rows, and resuming
  // it (same request_id, skipping rows) is the caller's to decide. No
  // deadline unless `options.timeout` sets one, for the whole call: an
  // import lasts as long as its list.
  absl::StatusOr<LeadImport> ImportLeads(const v1::ImportLeadsHeader& header,
                                         const CallOptions& options) override {
    if (!runner_.setup_error().ok()) return runner_.setup_error();
    auto call = std::make_shared<ImportCall>(stub_);
    runner_.AddMetadata(call->context(), options);
    if (options.timeout) {
      call->context().set_deadline(absl::ToChronoTime(absl::Now() + *options.timeout));
    }
    absl::Status started = call->Start(header);
    if (!started.ok()) return started;
    return LeadImport(std::move(call));
  }
  absl::StatusOr<v1::FindDuplicatesResponse> FindDuplicates(
      const v1::FindDuplicatesRequest& request, const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::FindDuplicates, request, Idempotency::kIdempotent, options);
  }
  absl::StatusOr<v1::Lead> GetLead(const v1::GetLeadRequest& request,
                                   const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::GetLead, request, Idempotency::kIdempotent, options);
  }
  absl::StatusOr<v1::ListLeadsResponse> ListLeads(const v1::ListLeadsRequest& request,
                                                  const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListLeads, request, Idempotency::kIdempotent, options);
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
