#ifndef LEADFLOW_SERVER_API_ACCOUNT_SERVICE_H_
#define LEADFLOW_SERVER_API_ACCOUNT_SERVICE_H_

// leadflow.v1.AccountService on gRPC's callback API, wired like LeadService:
// domain/ checks, inline reads, writes finished by the store's writer.

#include "api/admission.h"
#include "domain/catalog.h"
#include "leadflow/v1/account_service.grpc.pb.h"
#include "store/store.h"

namespace leadflow::api {

class AccountService final : public leadflow::v1::AccountService::CallbackService {
 public:
  // `catalog`, `store` and `admission` must outlive the service.
  AccountService(const domain::Catalog& catalog, store::Store& store, const Admission& admission)
      : catalog_(catalog), store_(store), admission_(admission) {}

  grpc::ServerUnaryReactor* CreateAccount(grpc::CallbackServerContext* context,
                                          const leadflow::v1::CreateAccountRequest* request,
                                          leadflow::v1::Account* response) override;
  grpc::ServerUnaryReactor* GetAccount(grpc::CallbackServerContext* context,
                                       const leadflow::v1::GetAccountRequest* request,
                                       leadflow::v1::Account* response) override;
  grpc::ServerUnaryReactor* ListAccounts(grpc::CallbackServerContext* context,
                                         const leadflow::v1::ListAccountsRequest* request,
                                         leadflow::v1::ListAccountsResponse* response) override;
  grpc::ServerUnaryReactor* UpdateAccount(grpc::CallbackServerContext* context,
                                          const leadflow::v1::UpdateAccountRequest* request,
                                          leadflow::v1::Account* response) override;
  grpc::ServerUnaryReactor* DeleteAccount(grpc::CallbackServerContext* context,
                                          const leadflow::v1::DeleteAccountRequest* request,
                                          google::protobuf::Empty* response) override;

  grpc::ServerUnaryReactor* CreateContact(grpc::CallbackServerContext* context,
                                          const leadflow::v1::CreateContactRequest* request,
                                          leadflow::v1::Contact* response) override;
  grpc::ServerUnaryReactor* GetContact(grpc::CallbackServerContext* context,
                                       const leadflow::v1::GetContactRequest* request,
                                       leadflow::v1::Contact* response) override;
  grpc::ServerUnaryReactor* ListContacts(grpc::CallbackServerContext* context,
                                         const leadflow::v1::ListContactsRequest* request,
                                         leadflow::v1::ListContactsResponse* response) override;
  grpc::ServerUnaryReactor* UpdateContact(grpc::CallbackServerContext* context,
                                          const leadflow::v1::UpdateContactRequest* request,
                                          leadflow::v1::Contact* response) override;
  grpc::ServerUnaryReactor* DeleteContact(grpc::CallbackServerContext* context,
                                          const leadflow::v1::DeleteContactRequest* request,
                                          google::protobuf::Empty* response) override;

 private:
  const domain::Catalog& catalog_;
  store::Store& store_;
  const Admission& admission_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_ACCOUNT_SERVICE_H_
