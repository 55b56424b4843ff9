#include "api/account_service.h"

#include <utility>

#include "api/admission.h"
#include "api/replies.h"
#include "domain/account_rules.h"
#include "domain/resource_name.h"

namespace leadflow::api {
namespace {

using leadflow::v1::Account;
using leadflow::v1::Contact;

}  // namespace

// --- Accounts ---

grpc::ServerUnaryReactor* AccountService::CreateAccount(
    grpc::CallbackServerContext* context, const v1::CreateAccountRequest* request,
    Account* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<Account> account = domain::PrepareNewAccount(*request, catalog_);
  if (!account.ok()) return FinishNow(context, account.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.CreateAccount(*std::move(account), {caller->actor, request->request_id()},
                       FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* AccountService::GetAccount(grpc::CallbackServerContext* context,
                                                     const v1::GetAccountRequest* request,
                                                     Account* response) {
  LEADFLOW_ADMIT(context);
  return ReplyWithNamed(context, domain::kAccountCollection, request->name(), response,
                        [this](const std::string& id) { return store_.GetAccount(id); });
}

grpc::ServerUnaryReactor* AccountService::ListAccounts(grpc::CallbackServerContext* context,
                                                       const v1::ListAccountsRequest* request,
                                                       v1::ListAccountsResponse* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<store::Page<Account>> page = store_.ListAccounts(
      {request->page_size(), request->page_token(), request->filter(), request->order_by()});
  if (!page.ok()) return FinishNow(context, page.status());
  MovePage(*page, *response->mutable_accounts(), response->mutable_next_page_token());
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerUnaryReactor* AccountService::UpdateAccount(
    grpc::CallbackServerContext* context, const v1::UpdateAccountRequest* request,
    Account* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<domain::UpdateTarget> target = domain::CheckAccountUpdateRequest(*request);
  if (!target.ok()) return FinishNow(context, target.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.UpdateAccount(
      std::move(target->id), request->account().etag(),
      [this, patch = request->account(), mask = std::move(target->mask)](const Account& current) {
        return domain::ApplyAccountUpdate(current, patch, mask, catalog_);
      },
      {caller->actor, ""}, FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* AccountService::DeleteAccount(
    grpc::CallbackServerContext* context, const v1::DeleteAccountRequest* request,
    google::protobuf::Empty* /*response*/) {
  LEADFLOW_ADMIT(context);
  return DeleteNamed(context, domain::kAccountCollection, request->name(),
                     [&](const std::string& id, auto done) {
                       store_.DeleteAccount(id, request->etag(), {caller->actor, ""}, std::move(done));
                     });
}

// --- Contacts ---

grpc::ServerUnaryReactor* AccountService::CreateContact(
    grpc::CallbackServerContext* context, const v1::CreateContactRequest* request,
    Contact* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<Contact> contact = domain::PrepareNewContact(*request, catalog_);
  if (!contact.ok()) return FinishNow(context, contact.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.CreateContact(*std::move(contact), {caller->actor, request->request_id()},
                       FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* AccountService::GetContact(grpc::CallbackServerContext* context,
                                                     const v1::GetContactRequest* request,
                                                     Contact* response) {
  LEADFLOW_ADMIT(context);
  return ReplyWithNamed(context, domain::kContactCollection, request->name(), response,
                        [this](const std::string& id) { return store_.GetContact(id); });
}

grpc::ServerUnaryReactor* AccountService::ListContacts(grpc::CallbackServerContext* context,
                                                       const v1::ListContactsRequest* request,
                                                       v1::ListContactsResponse* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<store::Page<Contact>> page = store_.ListContacts(
      {request->page_size(), request->page_token(), request->filter(), request->order_by()});
  if (!page.ok()) return FinishNow(context, page.status());
  MovePage(*page, *response->mutable_contacts(), response->mutable_next_page_token());
  return FinishNow(context, absl::OkStatus());
}

grpc::ServerUnaryReactor* AccountService::UpdateContact(
    grpc::CallbackServerContext* context, const v1::UpdateContactRequest* request,
    Contact* response) {
  LEADFLOW_ADMIT(context);
  absl::StatusOr<domain::UpdateTarget> target = domain::CheckContactUpdateRequest(*request);
  if (!target.ok()) return FinishNow(context, target.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store_.UpdateContact(
      std::move(target->id), request->contact().etag(),
      [this, patch = request->contact(), mask = std::move(target->mask)](const Contact& current) {
        return domain::ApplyContactUpdate(current, patch, mask, catalog_);
      },
      {caller->actor, ""}, FinishWith(reactor, response));
  return reactor;
}

grpc::ServerUnaryReactor* AccountService::DeleteContact(
    grpc::CallbackServerContext* context, const v1::DeleteContactRequest* request,
    google::protobuf::Empty* /*response*/) {
  LEADFLOW_ADMIT(context);
  return DeleteNamed(context, domain::kContactCollection, request->name(),
                     [&](const std::string& id, auto done) {
                       store_.DeleteContact(id, request->etag(), {caller->actor, ""}, std::move(done));
                     });
}

}  // namespace leadflow::api
