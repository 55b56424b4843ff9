#include "domain/account_rules.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "domain/field_checks.h"
#include "domain/field_mask.h"
#include "domain/resource_name.h"

namespace leadflow::domain {
namespace {

using leadflow::v1::Account;
using leadflow::v1::Contact;

std::string Path(absl::string_view prefix, absl::string_view field) {
  return absl::StrCat(prefix, ".", field);
}

template <typename Resource>
using Validator = void (*)(const Resource&, const Catalog&, absl::string_view,
                           FieldViolations&);

// `resource` if `validate` (and the request id, when given) find nothing.
template <typename Resource>
absl::StatusOr<Resource> Validated(Resource resource, Validator<Resource> validate,
                                   const Catalog& catalog, absl::string_view prefix,
                                   absl::string_view request_id = "") {
  FieldViolations violations;
  CheckRequestId("request_id", request_id, violations);
  validate(resource, catalog, prefix, violations);
  if (!violations.empty()) return violations.ToStatus();
  return resource;
}

}  // namespace

void ValidateAccount(const Account& account, const Catalog& catalog,
                     absl::string_view prefix, FieldViolations& v) {
  CheckRequired(Path(prefix, "display_name"), account.display_name(), v);
  CheckText(Path(prefix, "display_name"), account.display_name(), kLongText, v);
  CheckText(Path(prefix, "website"), account.website(), kLongText, v);
  CheckText(Path(prefix, "phone"), account.phone(), kShortText, v);
  CheckText(Path(prefix, "industry"), account.industry(), kShortText, v);
  CheckMoney(Path(prefix, "annual_revenue"), account.annual_revenue(), catalog, v);
  if (account.number_of_employees() < 0) {
    v.Add(Path(prefix, "number_of_employees"), "must not be negative");
  }
  CheckPostalAddress(Path(prefix, "billing_address"), account.billing_address(), v);
  CheckText(Path(prefix, "description"), account.description(), kDescriptionText, v, Lines::kMulti);
  CheckText(Path(prefix, "owner"), account.owner(), kLongText, v);
  CheckLeadSource(Path(prefix, "account_source"), account.account_source(), catalog, v);
}

void ValidateContact(const Contact& contact, const Catalog& catalog,
                     absl::string_view prefix, FieldViolations& v) {
  CheckResourceName(kAccountCollection, contact.account(), Path(prefix, "account"),
                    /*required=*/true, v);
  CheckText(Path(prefix, "salutation"), contact.salutation(), kShortText, v);
  CheckText(Path(prefix, "first_name"), contact.first_name(), kShortText, v);
  CheckRequired(Path(prefix, "last_name"), contact.last_name(), v);
  CheckText(Path(prefix, "last_name"), contact.last_name(), kMediumText, v);
  CheckText(Path(prefix, "title"), contact.title(), kTitleText, v);
  CheckEmail(Path(prefix, "email"), contact.email(), v);
  CheckText(Path(prefix, "phone"), contact.phone(), kShortText, v);
  CheckText(Path(prefix, "mobile_phone"), contact.mobile_phone(), kShortText, v);
  CheckPostalAddress(Path(prefix, "mailing_address"), contact.mailing_address(), v);
  CheckLeadSource(Path(prefix, "lead_source"), contact.lead_source(), catalog, v);
  CheckText(Path(prefix, "owner"), contact.owner(), kLongText, v);
  CheckText(Path(prefix, "description"), contact.description(), kDescriptionText, v, Lines::kMulti);
}

absl::StatusOr<Account> PrepareNewAccount(const v1::CreateAccountRequest& request,
                                          const Catalog& catalog) {
  Account account = request.account();
  ClearOutputOnlyFields(account);
  return Validated(std::move(account), ValidateAccount, catalog, "account",
                   request.request_id());
}

absl::StatusOr<Contact> PrepareNewContact(const v1::CreateContactRequest& request,
                                          const Catalog& catalog) {
  Contact contact = request.contact();
  ClearOutputOnlyFields(contact);
  return Validated(std::move(contact), ValidateContact, catalog, "contact",
                   request.request_id());
}

absl::StatusOr<UpdateTarget> CheckAccountUpdateRequest(
    const v1::UpdateAccountRequest& request) {
  return CheckUpdateRequest(kAccountCollection, request.account().name(), "account.name",
                            request.update_mask(), *Account::descriptor());
}

absl::StatusOr<UpdateTarget> CheckContactUpdateRequest(
    const v1::UpdateContactRequest& request) {
  return CheckUpdateRequest(kContactCollection, request.contact().name(), "contact.name",
                            request.update_mask(), *Contact::descriptor());
}

absl::StatusOr<Account> ApplyAccountUpdate(const Account& current, const Account& patch,
                                           const google::protobuf::FieldMask& resolved_mask,
                                           const Catalog& catalog) {
  Account updated = current;
  ApplyUpdateMask(resolved_mask, patch, updated);
  return Validated(std::move(updated), ValidateAccount, catalog, "account");
}

absl::StatusOr<Contact> ApplyContactUpdate(const Contact& current, const Contact& patch,
                                           const google::protobuf::FieldMask& resolved_mask,
                                           const Catalog& catalog) {
  Contact updated = current;
  ApplyUpdateMask(resolved_mask, patch, updated);
  return Validated(std::move(updated), ValidateContact, catalog, "contact");
}

}  // namespace leadflow::domain
