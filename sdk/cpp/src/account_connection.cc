#include "leadflow/account_connection.h"

#include "internal/call_runner.h"
#include "internal/connections.h"
#include "internal/paginate.h"

namespace leadflow {
namespace {

using internal::Idempotency;
using internal::IdempotentIf;
using Stub = v1::AccountService::StubInterface;

class AccountConnectionImpl final : public AccountConnection {
 public:
  AccountConnectionImpl(std::shared_ptr<Stub> stub, Options options, absl::Status setup_error)
      : stub_(std::move(stub)), runner_(std::move(options), std::move(setup_error)) {}

  absl::StatusOr<v1::Account> CreateAccount(const v1::CreateAccountRequest& request,
                                            const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::CreateAccount, request,
                         IdempotentIf(!request.request_id().empty()), options);
  }
  absl::StatusOr<v1::Account> GetAccount(const v1::GetAccountRequest& request,
                                         const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::GetAccount, request, Idempotency::kIdempotent, options);
  }
  absl::StatusOr<v1::ListAccountsResponse> ListAccountsPage(const v1::ListAccountsRequest& request,
                                                            const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListAccounts, request, Idempotency::kIdempotent, options);
  }
  StreamRange<v1::Account> ListAccounts(v1::ListAccountsRequest request,
                                        const CallOptions& options) override {
    return internal::PaginateRpc<v1::Account>(stub_, runner_, &Stub::ListAccounts,
                                              std::move(request), options,
                                              &v1::ListAccountsResponse::mutable_accounts);
  }
  absl::StatusOr<v1::Account> UpdateAccount(const v1::UpdateAccountRequest& request,
                                            const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::UpdateAccount, request,
                         IdempotentIf(!request.account().etag().empty()), options);
  }
  absl::Status DeleteAccount(const v1::DeleteAccountRequest& request,
                             const CallOptions& options) override {
    return runner_
        .Unary(*stub_, &Stub::DeleteAccount, request, IdempotentIf(!request.etag().empty()),
               options)
        .status();
  }

  absl::StatusOr<v1::Contact> CreateContact(const v1::CreateContactRequest& request,
                                            const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::CreateContact, request,
                         IdempotentIf(!request.request_id().empty()), options);
  }
  absl::StatusOr<v1::Contact> GetContact(const v1::GetContactRequest& request,
                                         const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::GetContact, request, Idempotency::kIdempotent, options);
  }
  absl::StatusOr<v1::ListContactsResponse> ListContactsPage(const v1::ListContactsRequest& request,
                                                            const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListContacts, request, Idempotency::kIdempotent, options);
  }
  StreamRange<v1::Contact> ListContacts(v1::ListContactsRequest request,
                                        const CallOptions& options) override {
    return internal::PaginateRpc<v1::Contact>(stub_, runner_, &Stub::ListContacts,
                                              std::move(request), options,
                                              &v1::ListContactsResponse::mutable_contacts);
  }
  absl::StatusOr<v1::Contact> UpdateContact(const v1::UpdateContactRequest& request,
                                            const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::UpdateContact, request,
                         IdempotentIf(!request.contact().etag().empty()), options);
  }
  absl::Status DeleteContact(const v1::DeleteContactRequest& request,
                             const CallOptions& options) override {
    return runner_
        .Unary(*stub_, &Stub::DeleteContact, request, IdempotentIf(!request.etag().empty()),
               options)
        .status();
  }

 private:
  std::shared_ptr<Stub> stub_;
  internal::CallRunner runner_;
};

}  // namespace

namespace internal {
std::shared_ptr<AccountConnection> MakeAccountConnection(std::shared_ptr<Stub> stub,
                                                         Options options,
                                                         absl::Status setup_error) {
  return std::make_shared<AccountConnectionImpl>(std::move(stub), std::move(options),
                                                 std::move(setup_error));
}
}  // namespace internal

std::shared_ptr<AccountConnection> MakeAccountConnection(const Options& options) {
  absl::Status error;
  auto channel = internal::MakeChannel(options, &error);
  return internal::MakeAccountConnection(v1::AccountService::NewStub(channel), options, error);
}

}  // namespace leadflow
