#include "leadflow/account_client.h"

#include "internal/call_runner.h"
#include "internal/paginate.h"
#include "leadflow/read_modify_write.h"

namespace leadflow {

absl::StatusOr<v1::Account> AccountClient::CreateAccount(const v1::Account& account,
                                                         const CallOptions& options) {
  v1::CreateAccountRequest request;
  *request.mutable_account() = account;
  return CreateAccount(std::move(request), options);
}

absl::StatusOr<v1::Account> AccountClient::CreateAccount(v1::CreateAccountRequest request,
                                                         const CallOptions& options) {
  if (request.request_id().empty()) request.set_request_id(internal::NewRequestId());
  return connection_->CreateAccount(request, options);
}

absl::StatusOr<v1::Account> AccountClient::GetAccount(const std::string& name,
                                                      const CallOptions& options) {
  v1::GetAccountRequest request;
  request.set_name(name);
  return connection_->GetAccount(request, options);
}

StreamRange<v1::Account> AccountClient::ListAccounts(v1::ListAccountsRequest request,
                                                     const CallOptions& options) {
  return internal::PaginateCalls<v1::Account>(connection_, &AccountConnection::ListAccounts,
                                              std::move(request), options,
                                              &v1::ListAccountsResponse::mutable_accounts);
}

absl::StatusOr<v1::ListAccountsResponse> AccountClient::ListAccountsPage(
    const v1::ListAccountsRequest& request, const CallOptions& options) {
  return connection_->ListAccounts(request, options);
}

absl::StatusOr<v1::Account> AccountClient::UpdateAccount(const v1::Account& account,
                                                         const google::protobuf::FieldMask& mask,
                                                         const CallOptions& options) {
  v1::UpdateAccountRequest request;
  *request.mutable_account() = account;
  *request.mutable_update_mask() = mask;
  return connection_->UpdateAccount(request, options);
}

absl::StatusOr<v1::Account> AccountClient::ReadModifyWriteAccount(
    const std::string& name, const std::function<absl::Status(v1::Account&)>& modify,
    const google::protobuf::FieldMask& mask, const CallOptions& options, int max_attempts) {
  return ReadModifyWrite<v1::Account>(
      [&] { return GetAccount(name, options); }, modify,
      [&](const v1::Account& account) { return UpdateAccount(account, mask, options); },
      max_attempts);
}

absl::Status AccountClient::DeleteAccount(const std::string& name, const std::string& etag,
                                          const CallOptions& options) {
  v1::DeleteAccountRequest request;
  request.set_name(name);
  request.set_etag(etag);
  return connection_->DeleteAccount(request, options);
}

absl::StatusOr<v1::Contact> AccountClient::CreateContact(const v1::Contact& contact,
                                                         const CallOptions& options) {
  v1::CreateContactRequest request;
  *request.mutable_contact() = contact;
  return CreateContact(std::move(request), options);
}

absl::StatusOr<v1::Contact> AccountClient::CreateContact(v1::CreateContactRequest request,
                                                         const CallOptions& options) {
  if (request.request_id().empty()) request.set_request_id(internal::NewRequestId());
  return connection_->CreateContact(request, options);
}

absl::StatusOr<v1::Contact> AccountClient::GetContact(const std::string& name,
                                                      const CallOptions& options) {
  v1::GetContactRequest request;
  request.set_name(name);
  return connection_->GetContact(request, options);
}

StreamRange<v1::Contact> AccountClient::ListContacts(v1::ListContactsRequest request,
                                                     const CallOptions& options) {
  return internal::PaginateCalls<v1::Contact>(connection_, &AccountConnection::ListContacts,
                                              std::move(request), options,
                                              &v1::ListContactsResponse::mutable_contacts);
}

absl::StatusOr<v1::ListContactsResponse> AccountClient::ListContactsPage(
    const v1::ListContactsRequest& request, const CallOptions& options) {
  return connection_->ListContacts(request, options);
}

absl::StatusOr<v1::Contact> AccountClient::UpdateContact(const v1::Contact& contact,
                                                         const google::protobuf::FieldMask& mask,
                                                         const CallOptions& options) {
  v1::UpdateContactRequest request;
  *request.mutable_contact() = contact;
  *request.mutable_update_mask() = mask;
  return connection_->UpdateContact(request, options);
}

absl::Status AccountClient::DeleteContact(const std::string& name, const std::string& etag,
                                          const CallOptions& options) {
  v1::DeleteContactRequest request;
  request.set_name(name);
  request.set_etag(etag);
  return connection_->DeleteContact(request, options);
}

}  // namespace leadflow
