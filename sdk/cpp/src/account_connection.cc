#include "leadflow/account_connection.h"

#include "internal/call_runner.h"
#include "internal/connections.h"
#include "internal/unimplemented.h"

namespace leadflow {

// --- The defaults: see the class comment. ---

absl::StatusOr<v1::Account> AccountConnection::CreateAccount(const v1::CreateAccountRequest&,
                                                             const CallOptions&) {
  return internal::UnimplementedRpc("CreateAccount");
}

absl::StatusOr<v1::Account> AccountConnection::GetAccount(const v1::GetAccountRequest&,
                                                          const CallOptions&) {
  return internal::UnimplementedRpc("GetAccount");
}

absl::StatusOr<v1::ListAccountsResponse> AccountConnection::ListAccounts(
    const v1::ListAccountsRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("ListAccounts");
}

absl::StatusOr<v1::Account> AccountConnection::UpdateAccount(const v1::UpdateAccountRequest&,
                                                             const CallOptions&) {
  return internal::UnimplementedRpc("UpdateAccount");
}

absl::Status AccountConnection::DeleteAccount(const v1::DeleteAccountRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("DeleteAccount");
}

absl::StatusOr<v1::Contact> AccountConnection::CreateContact(const v1::CreateContactRequest&,
                                                             const CallOptions&) {
  return internal::UnimplementedRpc("CreateContact");
}

absl::StatusOr<v1::Contact> AccountConnection::GetContact(const v1::GetContactRequest&,
                                                          const CallOptions&) {
  return internal::UnimplementedRpc("GetContact");
}

absl::StatusOr<v1::ListContactsResponse> AccountConnection::ListContacts(
    const v1::ListContactsRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("ListContacts");
}

absl::StatusOr<v1::Contact> AccountConnection::UpdateContact(const v1::UpdateContactRequest&,
                                                             const CallOptions&) {
  return internal::UnimplementedRpc("UpdateContact");
}

absl::Status AccountConnection::DeleteContact(const v1::DeleteContactRequest&, const CallOptions&) {
  return internal::UnimplementedRpc("DeleteContact");
}

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
  absl::StatusOr<v1::ListAccountsResponse> ListAccounts(const v1::ListAccountsRequest& request,
                                                        const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListAccounts, request, Idempotency::kIdempotent, options);
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
  absl::StatusOr<v1::ListContactsResponse> ListContacts(const v1::ListContactsRequest& request,
                                                        const CallOptions& options) override {
    return runner_.Unary(*stub_, &Stub::ListContacts, request, Idempotency::kIdempotent, options);
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
