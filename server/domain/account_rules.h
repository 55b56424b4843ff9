#ifndef LEADFLOW_SERVER_DOMAIN_ACCOUNT_RULES_H_
#define LEADFLOW_SERVER_DOMAIN_ACCOUNT_RULES_H_

// The rules of accounts and contacts: what a valid one is, what Create
// fills in, what Update may change. Whether a referenced account exists is
// the store's to check, inside the write.

#include "absl/status/statusor.h"
#include "domain/catalog.h"
#include "domain/field_mask.h"
#include "domain/errors.h"
#include "google/protobuf/field_mask.pb.h"
#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/account_service.pb.h"

namespace leadflow::domain {

// Every rule on the writable fields of an account, each violation recorded
// under `prefix` (e.g. "account").
void ValidateAccount(const leadflow::v1::Account& account, const Catalog& catalog,
                     absl::string_view prefix, FieldViolations& violations);
void ValidateContact(const leadflow::v1::Contact& contact, const Catalog& catalog,
                     absl::string_view prefix, FieldViolations& violations);

// The account a CreateAccount request asks for, output-only fields cleared;
// INVALID_ARGUMENT naming every bad field.
absl::StatusOr<leadflow::v1::Account> PrepareNewAccount(
    const leadflow::v1::CreateAccountRequest& request, const Catalog& catalog);
absl::StatusOr<leadflow::v1::Contact> PrepareNewContact(
    const leadflow::v1::CreateContactRequest& request, const Catalog& catalog);

// The checks of an Update request that need no stored state: the name and
// the mask (see CheckUpdateRequest).
absl::StatusOr<UpdateTarget> CheckAccountUpdateRequest(
    const leadflow::v1::UpdateAccountRequest& request);
absl::StatusOr<UpdateTarget> CheckContactUpdateRequest(
    const leadflow::v1::UpdateContactRequest& request);

// `current` with the masked fields of `patch` applied and validated.
absl::StatusOr<leadflow::v1::Account> ApplyAccountUpdate(
    const leadflow::v1::Account& current, const leadflow::v1::Account& patch,
    const google::protobuf::FieldMask& resolved_mask, const Catalog& catalog);
absl::StatusOr<leadflow::v1::Contact> ApplyContactUpdate(
    const leadflow::v1::Contact& current, const leadflow::v1::Contact& patch,
    const google::protobuf::FieldMask& resolved_mask, const Catalog& catalog);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_ACCOUNT_RULES_H_
