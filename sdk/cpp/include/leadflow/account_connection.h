#ifndef LEADFLOW_SDK_ACCOUNT_CONNECTION_H_
#define LEADFLOW_SDK_ACCOUNT_CONNECTION_H_

// The connection under AccountClient (see lead_connection.h).

#include <memory>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "leadflow/options.h"
#include "leadflow/stream_range.h"
#include "leadflow/v1/account_service.pb.h"

namespace leadflow {

class AccountConnection {
 public:
  virtual ~AccountConnection() = default;

  // Each method by default fails with UNIMPLEMENTED, so a fake or a mock
  // overrides only the calls it stands in for.

  virtual absl::StatusOr<v1::Account> CreateAccount(const v1::CreateAccountRequest& request,
                                                    const CallOptions& options);
  virtual absl::StatusOr<v1::Account> GetAccount(const v1::GetAccountRequest& request,
                                                 const CallOptions& options);
  virtual absl::StatusOr<v1::ListAccountsResponse> ListAccounts(
      const v1::ListAccountsRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::Account> UpdateAccount(const v1::UpdateAccountRequest& request,
                                                    const CallOptions& options);
  virtual absl::Status DeleteAccount(const v1::DeleteAccountRequest& request,
                                     const CallOptions& options);

  virtual absl::StatusOr<v1::Contact> CreateContact(const v1::CreateContactRequest& request,
                                                    const CallOptions& options);
  virtual absl::StatusOr<v1::Contact> GetContact(const v1::GetContactRequest& request,
                                                 const CallOptions& options);
  virtual absl::StatusOr<v1::ListContactsResponse> ListContacts(
      const v1::ListContactsRequest& request, const CallOptions& options);
  virtual absl::StatusOr<v1::Contact> UpdateContact(const v1::UpdateContactRequest& request,
                                                    const CallOptions& options);
  virtual absl::Status DeleteContact(const v1::DeleteContactRequest& request,
                                     const CallOptions& options);
};

// See MakeLeadConnection().
std::shared_ptr<AccountConnection> MakeAccountConnection(const Options& options = {});

}  // namespace leadflow

#endif  // LEADFLOW_SDK_ACCOUNT_CONNECTION_H_
