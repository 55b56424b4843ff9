#ifndef LEADFLOW_SDK_ACCOUNT_CLIENT_H_
#define LEADFLOW_SDK_ACCOUNT_CLIENT_H_

// AccountClient: accounts (companies) and contacts (people). A value type
// like LeadClient (see lead_client.h for the conventions).

#include <memory>
#include <string>

#include "google/protobuf/field_mask.pb.h"
#include "leadflow/account_connection.h"

namespace leadflow {

class AccountClient {
 public:
  explicit AccountClient(std::shared_ptr<AccountConnection> connection)
      : connection_(std::move(connection)) {}

  absl::StatusOr<v1::Account> CreateAccount(const v1::Account& account,
                                            const CallOptions& options = {});
  absl::StatusOr<v1::Account> CreateAccount(v1::CreateAccountRequest request,
                                            const CallOptions& options = {});
  absl::StatusOr<v1::Account> GetAccount(const std::string& name, const CallOptions& options = {});
  StreamRange<v1::Account> ListAccounts(v1::ListAccountsRequest request = {},
                                        const CallOptions& options = {});
  absl::StatusOr<v1::ListAccountsResponse> ListAccountsPage(const v1::ListAccountsRequest& request,
                                                            const CallOptions& options = {});
  absl::StatusOr<v1::Account> UpdateAccount(const v1::Account& account,
                                            const google::protobuf::FieldMask& mask,
                                            const CallOptions& options = {});
  absl::StatusOr<v1::Account> ReadModifyWriteAccount(
      const std::string& name, const std::function<absl::Status(v1::Account&)>& modify,
      const google::protobuf::FieldMask& mask, const CallOptions& options = {},
      int max_attempts = 5);
  absl::Status DeleteAccount(const std::string& name, const std::string& etag = "",
                             const CallOptions& options = {});

  absl::StatusOr<v1::Contact> CreateContact(const v1::Contact& contact,
                                            const CallOptions& options = {});
  absl::StatusOr<v1::Contact> CreateContact(v1::CreateContactRequest request,
                                            const CallOptions& options = {});
  absl::StatusOr<v1::Contact> GetContact(const std::string& name, const CallOptions& options = {});
  StreamRange<v1::Contact> ListContacts(v1::ListContactsRequest request = {},
                                        const CallOptions& options = {});
  absl::StatusOr<v1::ListContactsResponse> ListContactsPage(const v1::ListContactsRequest& request,
                                                            const CallOptions& options = {});
  absl::StatusOr<v1::Contact> UpdateContact(const v1::Contact& contact,
                                            const google::protobuf::FieldMask& mask,
                                            const CallOptions& options = {});
  absl::Status DeleteContact(const std::string& name, const std::string& etag = "",
                             const CallOptions& options = {});

 private:
  std::shared_ptr<AccountConnection> connection_;
};

}  // namespace leadflow

#endif  // LEADFLOW_SDK_ACCOUNT_CLIENT_H_
