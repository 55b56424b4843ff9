// AccountService through real gRPC channels to the in-process server.

#include <grpcpp/grpcpp.h>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::TestServer;
using ::leadflow::v1::Account;
using ::leadflow::v1::Contact;
using ::testing::HasSubstr;

class AccountServiceTest : public ::testing::Test {
 protected:
  Account MustCreateAccount(const std::string& display_name) {
    v1::CreateAccountRequest request;
    request.mutable_account()->set_display_name(display_name);
    Account account;
    grpc::Status status = server_.accounts().CreateAccount(Context().get(), request, &account);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return account;
  }

  grpc::Status CreateContact(const std::string& account, const std::string& last_name,
                             Contact* contact) {
    v1::CreateContactRequest request;
    request.mutable_contact()->set_account(account);
    request.mutable_contact()->set_last_name(last_name);
    return server_.accounts().CreateContact(Context().get(), request, contact);
  }

  grpc::Status DeleteAccount(const std::string& name) {
    v1::DeleteAccountRequest request;
    request.set_name(name);
    google::protobuf::Empty empty;
    return server_.accounts().DeleteAccount(Context().get(), request, &empty);
  }

  TestServer server_;
};

TEST_F(AccountServiceTest, CreateGetUpdateAndDeleteAnAccount) {
  v1::CreateAccountRequest create;
  create.mutable_account()->set_display_name("Initech");
  create.mutable_account()->set_website("https://initech.example");
  create.set_request_id("acct-1");
  Account created, again;
  ASSERT_TRUE(server_.accounts().CreateAccount(Context().get(), create, &created).ok());
  ASSERT_TRUE(server_.accounts().CreateAccount(Context().get(), create, &again).ok());
  EXPECT_EQ(again.name(), created.name());
  EXPECT_THAT(created.name(), ::testing::StartsWith("accounts/"));

  v1::UpdateAccountRequest update;
  *update.mutable_account() = created;
  update.mutable_account()->set_industry("Software");
  update.mutable_update_mask()->add_paths("industry");
  Account updated;
  ASSERT_TRUE(server_.accounts().UpdateAccount(Context().get(), update, &updated).ok());
  EXPECT_EQ(updated.industry(), "Software");
  EXPECT_EQ(updated.website(), "https://initech.example");
  // The same update again carries a stale etag.
  grpc::Status stale = server_.accounts().UpdateAccount(Context().get(), update, &updated);
  EXPECT_EQ(stale.error_code(), grpc::StatusCode::ABORTED);

  v1::GetAccountRequest get;
  get.set_name(created.name());
  Account read;
  ASSERT_TRUE(server_.accounts().GetAccount(Context().get(), get, &read).ok());
  EXPECT_EQ(read.industry(), "Software");

  ASSERT_TRUE(DeleteAccount(created.name()).ok());
  EXPECT_EQ(server_.accounts().GetAccount(Context().get(), get, &read).error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(AccountServiceTest, AccountWithoutDisplayNameIsRefused) {
  v1::CreateAccountRequest request;
  request.mutable_account()->set_website("https://nameless.example");
  Account account;
  grpc::Status status = server_.accounts().CreateAccount(Context().get(), request, &account);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasFieldViolation("account.display_name"));
}

TEST_F(AccountServiceTest, ContactOfAMissingAccountIsRefused) {
  Contact contact;
  grpc::Status status = CreateContact("accounts/0000000000missing", "Bolton", &contact);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasReason(v1::REFERENCE_NOT_FOUND));
  EXPECT_THAT(status, HasFieldViolation("contact.account"));
}

TEST_F(AccountServiceTest, AnAccountInUseCannotBeDeletedAndSaysByWhom) {
  Account account = MustCreateAccount("Initrode");
  Contact contact;
  ASSERT_TRUE(CreateContact(account.name(), "Waddams", &contact).ok());
  grpc::Status status = DeleteAccount(account.name());
  EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_THAT(status, HasReason(v1::ACCOUNT_IN_USE));
  EXPECT_THAT(status.error_message(), HasSubstr(contact.name()));

  v1::DeleteContactRequest remove;
  remove.set_name(contact.name());
  google::protobuf::Empty empty;
  ASSERT_TRUE(server_.accounts().DeleteContact(Context().get(), remove, &empty).ok());
  EXPECT_TRUE(DeleteAccount(account.name()).ok());
}

TEST_F(AccountServiceTest, ContactsListByAccountAndMoveBetweenAccounts) {
  Account a = MustCreateAccount("Alpha");
  Account b = MustCreateAccount("Beta");
  Contact c1, c2, c3;
  ASSERT_TRUE(CreateContact(a.name(), "One", &c1).ok());
  ASSERT_TRUE(CreateContact(a.name(), "Two", &c2).ok());
  ASSERT_TRUE(CreateContact(b.name(), "Three", &c3).ok());

  auto last_names_at = [&](const std::string& account) {
    v1::ListContactsRequest list;
    list.set_filter("account = \"" + account + "\"");
    list.set_order_by("last_name");
    v1::ListContactsResponse response;
    EXPECT_TRUE(server_.accounts().ListContacts(Context().get(), list, &response).ok());
    std::vector<std::string> names;
    for (const Contact& c : response.contacts()) names.push_back(c.last_name());
    return names;
  };
  EXPECT_THAT(last_names_at(a.name()), ::testing::ElementsAre("One", "Two"));

  v1::UpdateContactRequest move;
  *move.mutable_contact() = c2;
  move.mutable_contact()->set_account(b.name());
  move.mutable_update_mask()->add_paths("account");
  Contact moved;
  ASSERT_TRUE(server_.accounts().UpdateContact(Context().get(), move, &moved).ok());
  EXPECT_THAT(last_names_at(b.name()), ::testing::ElementsAre("Three", "Two"));

  move.mutable_contact()->set_etag(moved.etag());
  move.mutable_contact()->set_account("accounts/0000000000missing");
  EXPECT_THAT(server_.accounts().UpdateContact(Context().get(), move, &moved),
              HasReason(v1::REFERENCE_NOT_FOUND));

  v1::ListContactsRequest bad;
  bad.set_filter("account = Alpha");
  v1::ListContactsResponse response;
  EXPECT_THAT(server_.accounts().ListContacts(Context().get(), bad, &response),
              HasReason(v1::FILTER_INVALID));
}

// Moving a contact to another account while an opportunity names it would
// leave that opportunity pointing at a contact of a different account, and
// every later update of the opportunity would be refused.
TEST_F(AccountServiceTest, AContactNamedByAnOpportunityCannotMoveToAnotherAccount) {
  Account a = MustCreateAccount("Alpha");
  Account b = MustCreateAccount("Beta");
  Contact contact;
  ASSERT_TRUE(CreateContact(a.name(), "Primary", &contact).ok());
  v1::CreateOpportunityRequest create;
  create.mutable_opportunity()->set_account(a.name());
  create.mutable_opportunity()->set_contact(contact.name());
  create.mutable_opportunity()->set_display_name("Alpha deal");
  v1::Opportunity opportunity;
  ASSERT_TRUE(
      server_.opportunities().CreateOpportunity(Context().get(), create, &opportunity).ok());

  v1::UpdateContactRequest move;
  *move.mutable_contact() = contact;
  move.mutable_contact()->set_account(b.name());
  move.mutable_update_mask()->add_paths("account");
  Contact moved;
  grpc::Status refused = server_.accounts().UpdateContact(Context().get(), move, &moved);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_THAT(refused, HasReason(v1::CONTACT_IN_USE));
  EXPECT_THAT(refused.error_message(), HasSubstr(opportunity.name()));

  // Nothing changed, and the opportunity can still be updated.
  v1::GetContactRequest get;
  get.set_name(contact.name());
  Contact current;
  ASSERT_TRUE(server_.accounts().GetContact(Context().get(), get, &current).ok());
  EXPECT_EQ(current.account(), a.name());
  EXPECT_EQ(current.etag(), contact.etag());
  v1::UpdateOpportunityRequest update;
  *update.mutable_opportunity() = opportunity;
  update.mutable_opportunity()->set_next_step("Call back");
  update.mutable_update_mask()->add_paths("next_step");
  v1::Opportunity updated;
  grpc::Status status =
      server_.opportunities().UpdateOpportunity(Context().get(), update, &updated);
  EXPECT_TRUE(status.ok()) << status.error_message();

  // Other changes to the contact, which keep its account, still go through.
  v1::UpdateContactRequest rename;
  *rename.mutable_contact() = contact;
  rename.mutable_contact()->set_title("CTO");
  rename.mutable_update_mask()->add_paths("title");
  EXPECT_TRUE(server_.accounts().UpdateContact(Context().get(), rename, &moved).ok());
}

TEST_F(AccountServiceTest, AccountsPageAndFilter) {
  for (int i = 0; i < 7; ++i) MustCreateAccount("Company " + std::to_string(i));
  MustCreateAccount("Other");
  v1::ListAccountsRequest request;
  request.set_filter("display_name:\"company\"");
  request.set_order_by("display_name desc");
  request.set_page_size(3);
  std::vector<std::string> names;
  v1::ListAccountsResponse page;
  do {
    page.Clear();
    ASSERT_TRUE(server_.accounts().ListAccounts(Context().get(), request, &page).ok());
    for (const Account& account : page.accounts()) names.push_back(account.display_name());
    request.set_page_token(page.next_page_token());
  } while (!page.next_page_token().empty());
  EXPECT_THAT(names, ::testing::ElementsAre("Company 6", "Company 5", "Company 4", "Company 3",
                                            "Company 2", "Company 1", "Company 0"));
}

}  // namespace
}  // namespace leadflow
