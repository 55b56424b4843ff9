// LeadService.ConvertLead and FindConversionMatches through real gRPC
// channels to the in-process server.

#include <set>
#include <thread>

#include <grpcpp/grpcpp.h>

#include "absl/strings/str_cat.h"
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
using ::leadflow::v1::ConvertedRecord;
using ::leadflow::v1::ConvertLeadRequest;
using ::leadflow::v1::ConvertLeadResponse;
using ::leadflow::v1::Lead;

class ConvertLeadTest : public ::testing::Test {
 protected:
  Lead MustCreateLead(const std::string& company = "Globex") {
    v1::CreateLeadRequest request;
    Lead& lead = *request.mutable_lead();
    lead.set_first_name("Hank");
    lead.set_last_name("Scorpio");
    lead.set_company(company);
    lead.set_email("hank@globex.example");
    lead.set_website("https://globex.example");
    lead.set_lead_source("Partner Referral");
    lead.set_owner("users/homer");
    Lead created;
    grpc::Status status = server_.leads().CreateLead(Context().get(), request, &created);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return created;
  }

  grpc::Status Convert(const ConvertLeadRequest& request, ConvertLeadResponse* response) {
    return server_.leads().ConvertLead(Context().get(), request, response);
  }

  ConvertLeadRequest RequestFor(const Lead& lead) {
    ConvertLeadRequest request;
    request.set_name(lead.name());
    return request;
  }

  Account MustCreateAccount(const std::string& display_name, const std::string& phone = "") {
    v1::CreateAccountRequest request;
    request.mutable_account()->set_display_name(display_name);
    request.mutable_account()->set_phone(phone);
    Account account;
    EXPECT_TRUE(server_.accounts().CreateAccount(Context().get(), request, &account).ok());
    return account;
  }

  Contact MustCreateContact(const std::string& account, const std::string& email) {
    v1::CreateContactRequest request;
    request.mutable_contact()->set_account(account);
    request.mutable_contact()->set_last_name("Scorpio");
    request.mutable_contact()->set_email(email);
    request.mutable_contact()->set_lead_source("Web");
    Contact contact;
    EXPECT_TRUE(server_.accounts().CreateContact(Context().get(), request, &contact).ok());
    return contact;
  }

  int CountAccounts() {
    v1::ListAccountsRequest request;
    request.set_page_size(1000);
    v1::ListAccountsResponse response;
    EXPECT_TRUE(server_.accounts().ListAccounts(Context().get(), request, &response).ok());
    return response.accounts_size();
  }

  int CountContacts() {
    v1::ListContactsRequest request;
    request.set_page_size(1000);
    v1::ListContactsResponse response;
    EXPECT_TRUE(server_.accounts().ListContacts(Context().get(), request, &response).ok());
    return response.contacts_size();
  }

  Lead Get(const std::string& name) {
    v1::GetLeadRequest request;
    request.set_name(name);
    Lead lead;
    EXPECT_TRUE(server_.leads().GetLead(Context().get(), request, &lead).ok());
    return lead;
  }

  TestServer server_;
};

TEST_F(ConvertLeadTest, ConvertsIntoAccountContactAndOpportunity) {
  Lead lead = MustCreateLead();
  ConvertLeadResponse response;
  ASSERT_TRUE(Convert(RequestFor(lead), &response).ok());
  EXPECT_EQ(response.plan().account().action(), ConvertedRecord::CREATE);
  EXPECT_EQ(response.plan().contact().action(), ConvertedRecord::CREATE);
  EXPECT_EQ(response.plan().opportunity().action(), ConvertedRecord::CREATE);
  EXPECT_EQ(response.account().display_name(), "Globex");
  EXPECT_EQ(response.contact().email(), "hank@globex.example");
  EXPECT_EQ(response.opportunity().stage(), "Prospecting");
  EXPECT_EQ(response.opportunity().owner(), "users/homer");

  Lead converted = Get(lead.name());
  EXPECT_TRUE(converted.converted());
  EXPECT_EQ(converted.status(), "Closed - Converted");
  EXPECT_EQ(converted.converted_account(), response.account().name());
  EXPECT_EQ(converted.converted_contact(), response.contact().name());
  EXPECT_EQ(converted.converted_opportunity(), response.opportunity().name());
  EXPECT_TRUE(converted.has_convert_time());

  v1::GetContactRequest get;
  get.set_name(response.contact().name());
  Contact contact;
  ASSERT_TRUE(server_.accounts().GetContact(Context().get(), get, &contact).ok());
  EXPECT_EQ(contact.account(), response.account().name());
}

TEST_F(ConvertLeadTest, WithoutAnOpportunityOnlyAccountAndContact) {
  Lead lead = MustCreateLead();
  ConvertLeadRequest request = RequestFor(lead);
  request.set_do_not_create_opportunity(true);
  ConvertLeadResponse response;
  ASSERT_TRUE(Convert(request, &response).ok());
  EXPECT_FALSE(response.has_opportunity());
  EXPECT_EQ(response.plan().opportunity().action(), ConvertedRecord::NONE);
  EXPECT_EQ(Get(lead.name()).converted_opportunity(), "");
  EXPECT_EQ(CountAccounts(), 1);
  EXPECT_EQ(CountContacts(), 1);
}

TEST_F(ConvertLeadTest, AttachesToAnExistingAccountAndContactWithoutOverwriting) {
  Account account = MustCreateAccount("Globex Corporation", "+1 555 0199");
  Contact contact = MustCreateContact(account.name(), "scorpio@globex.example");
  Lead lead = MustCreateLead();
  ConvertLeadRequest request = RequestFor(lead);
  request.set_account(account.name());
  request.set_contact(contact.name());
  ConvertLeadResponse response;
  ASSERT_TRUE(Convert(request, &response).ok());
  EXPECT_EQ(response.plan().account().action(), ConvertedRecord::LINK);
  EXPECT_EQ(response.account().name(), account.name());
  EXPECT_EQ(response.account().display_name(), "Globex Corporation");
  EXPECT_EQ(response.account().phone(), "+1 555 0199");
  EXPECT_EQ(response.account().website(), "https://globex.example");  // was empty
  EXPECT_EQ(response.contact().email(), "scorpio@globex.example");
  EXPECT_EQ(response.contact().lead_source(), "Web");
  EXPECT_EQ(response.contact().first_name(), "Hank");  // was empty
  EXPECT_EQ(response.opportunity().account(), account.name());
  EXPECT_EQ(response.opportunity().contact(), contact.name());
  EXPECT_EQ(CountAccounts(), 1);
  EXPECT_EQ(CountContacts(), 1);
}

TEST_F(ConvertLeadTest, OverwriteLeadSourceChangesTheExistingContact) {
  Account account = MustCreateAccount("Globex");
  Contact contact = MustCreateContact(account.name(), "scorpio@globex.example");
  ConvertLeadRequest request = RequestFor(MustCreateLead());
  request.set_contact(contact.name());
  request.set_overwrite_lead_source(true);
  ConvertLeadResponse response;
  ASSERT_TRUE(Convert(request, &response).ok());
  EXPECT_EQ(response.contact().lead_source(), "Partner Referral");
  EXPECT_EQ(response.account().name(), account.name());
}

TEST_F(ConvertLeadTest, RelatesTheLeadToAnExistingOpportunity) {
  ConvertLeadResponse first;
  ASSERT_TRUE(Convert(RequestFor(MustCreateLead()), &first).ok());
  ConvertLeadRequest request = RequestFor(MustCreateLead());
  request.set_opportunity(first.opportunity().name());
  ConvertLeadResponse second;
  ASSERT_TRUE(Convert(request, &second).ok());
  EXPECT_EQ(second.plan().opportunity().action(), ConvertedRecord::LINK);
  EXPECT_EQ(second.opportunity().name(), first.opportunity().name());
  EXPECT_EQ(second.account().name(), first.account().name());
  EXPECT_EQ(Get(request.name()).converted_opportunity(), first.opportunity().name());
}

TEST_F(ConvertLeadTest, ValidateOnlyShowsThePlanAndWritesNothing) {
  Lead lead = MustCreateLead();
  ConvertLeadRequest request = RequestFor(lead);
  request.set_validate_only(true);
  ConvertLeadResponse preview;
  ASSERT_TRUE(Convert(request, &preview).ok());
  EXPECT_EQ(preview.plan().account().action(), ConvertedRecord::CREATE);
  EXPECT_THAT(preview.plan().account().filled_fields(), ::testing::Contains("display_name"));
  EXPECT_EQ(preview.account().display_name(), "Globex");
  EXPECT_EQ(preview.account().name(), "");
  EXPECT_EQ(CountAccounts(), 0);
  EXPECT_FALSE(Get(lead.name()).converted());
  EXPECT_EQ(Get(lead.name()).etag(), lead.etag());
}

TEST_F(ConvertLeadTest, AConvertedLeadIsFrozen) {
  Lead lead = MustCreateLead();
  ConvertLeadResponse response;
  ASSERT_TRUE(Convert(RequestFor(lead), &response).ok());

  v1::UpdateLeadRequest update;
  update.mutable_lead()->set_name(lead.name());
  update.mutable_lead()->set_rating("Hot");
  update.mutable_update_mask()->add_paths("rating");
  Lead updated;
  grpc::Status status = server_.leads().UpdateLead(Context().get(), update, &updated);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_THAT(status, HasReason(v1::LEAD_CONVERTED));

  v1::DeleteLeadRequest remove;
  remove.set_name(lead.name());
  google::protobuf::Empty empty;
  EXPECT_EQ(server_.leads().DeleteLead(Context().get(), remove, &empty).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);

  ConvertLeadResponse again;
  grpc::Status twice = Convert(RequestFor(lead), &again);
  EXPECT_EQ(twice.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_THAT(twice, HasReason(v1::LEAD_CONVERTED));
}

TEST_F(ConvertLeadTest, ARepeatedRequestIdReturnsTheIdenticalResponse) {
  ConvertLeadRequest request = RequestFor(MustCreateLead());
  request.set_request_id("9b2c4c0e-convert");
  ConvertLeadResponse first, second;
  ASSERT_TRUE(Convert(request, &first).ok());
  ASSERT_TRUE(Convert(request, &second).ok());
  EXPECT_EQ(first.SerializeAsString(), second.SerializeAsString());
  EXPECT_EQ(CountAccounts(), 1);
}

TEST_F(ConvertLeadTest, ErrorsNameTheirCause) {
  Lead lead = MustCreateLead();
  ConvertLeadResponse response;

  ConvertLeadRequest missing;
  missing.set_name("leads/0000000000missing");
  EXPECT_EQ(Convert(missing, &response).error_code(), grpc::StatusCode::NOT_FOUND);

  ConvertLeadRequest not_converted = RequestFor(lead);
  not_converted.set_converted_status("Working - Contacted");
  grpc::Status status = Convert(not_converted, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasFieldViolation("converted_status"));

  ConvertLeadRequest unknown_account = RequestFor(lead);
  unknown_account.set_account("accounts/0000000000missing");
  status = Convert(unknown_account, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasReason(v1::REFERENCE_NOT_FOUND));

  Account mine = MustCreateAccount("Globex");
  Account theirs = MustCreateAccount("Initech");
  Contact stranger = MustCreateContact(theirs.name(), "bill@initech.example");
  ConvertLeadRequest wrong_contact = RequestFor(lead);
  wrong_contact.set_account(mine.name());
  wrong_contact.set_contact(stranger.name());
  status = Convert(wrong_contact, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasFieldViolation("contact"));
  EXPECT_THAT(status, HasFieldViolation("account"));

  ConvertLeadRequest contradictory = RequestFor(lead);
  contradictory.set_do_not_create_opportunity(true);
  contradictory.set_opportunity_name("Big deal");
  status = Convert(contradictory, &response);
  EXPECT_THAT(status, HasFieldViolation("do_not_create_opportunity"));
  EXPECT_THAT(status, HasFieldViolation("opportunity_name"));

  // None of it changed anything.
  EXPECT_FALSE(Get(lead.name()).converted());
  EXPECT_EQ(CountAccounts(), 2);
}

TEST_F(ConvertLeadTest, SixteenConcurrentConversionsConvertExactlyOnce) {
  constexpr int kCallers = 16;
  Lead lead = MustCreateLead();
  std::vector<grpc::Status> statuses(kCallers);
  std::vector<ConvertLeadResponse> responses(kCallers);
  std::vector<std::thread> callers;
  for (int i = 0; i < kCallers; ++i) {
    callers.emplace_back([&, i] {
      // Each caller has its own channel, as separate services would.
      auto channel = grpc::CreateCustomChannel(server_.address(), grpc::InsecureChannelCredentials(),
                                               [i] {
                                                 grpc::ChannelArguments args;
                                                 args.SetInt("caller", i);
                                                 return args;
                                               }());
      auto stub = v1::LeadService::NewStub(channel);
      ConvertLeadRequest request = RequestFor(lead);
      request.set_request_id(absl::StrCat("caller-", i));
      // Sixteen fresh connections at once on a loaded machine: wait for the
      // connection rather than fail fast, as a service's retries would.
      auto context = Context();
      context->set_wait_for_ready(true);
      statuses[i] = stub->ConvertLead(context.get(), request, &responses[i]);
    });
  }
  for (std::thread& caller : callers) caller.join();
  int converted = 0, refused = 0;
  for (const grpc::Status& status : statuses) {
    if (status.ok()) ++converted;
    if (status.error_code() == grpc::StatusCode::FAILED_PRECONDITION) ++refused;
    EXPECT_TRUE(status.ok() || status.error_code() == grpc::StatusCode::FAILED_PRECONDITION)
        << status.error_code() << ": " << status.error_message();
  }
  EXPECT_EQ(converted, 1);
  EXPECT_EQ(refused, kCallers - 1);
  EXPECT_EQ(CountAccounts(), 1);
  EXPECT_EQ(CountContacts(), 1);
}

TEST_F(ConvertLeadTest, ConcurrentRetriesOfOneRequestShareOneResult) {
  constexpr int kCallers = 16;
  Lead lead = MustCreateLead();
  std::vector<ConvertLeadResponse> responses(kCallers);
  std::vector<std::thread> callers;
  for (int i = 0; i < kCallers; ++i) {
    callers.emplace_back([&, i] {
      ConvertLeadRequest request = RequestFor(lead);
      request.set_request_id("the-same-request");
      EXPECT_TRUE(server_.leads().ConvertLead(Context().get(), request, &responses[i]).ok());
    });
  }
  for (std::thread& caller : callers) caller.join();
  for (const ConvertLeadResponse& response : responses) {
    EXPECT_EQ(response.SerializeAsString(), responses[0].SerializeAsString());
  }
  EXPECT_EQ(CountAccounts(), 1);
}

TEST_F(ConvertLeadTest, FindConversionMatchesFindsLookalikes) {
  Account same_name = MustCreateAccount("GLOBEX, Inc.");
  v1::CreateAccountRequest by_domain;
  by_domain.mutable_account()->set_display_name("Globex Europe");
  by_domain.mutable_account()->set_website("http://www.globex.example/eu");
  Account domain_match;
  ASSERT_TRUE(server_.accounts().CreateAccount(Context().get(), by_domain, &domain_match).ok());
  MustCreateAccount("Initech");
  Contact contact = MustCreateContact(same_name.name(), "HANK@globex.example");

  v1::FindConversionMatchesRequest request;
  request.set_name(MustCreateLead().name());
  v1::FindConversionMatchesResponse matches;
  ASSERT_TRUE(server_.leads().FindConversionMatches(Context().get(), request, &matches).ok());
  ASSERT_EQ(matches.accounts_size(), 2);
  EXPECT_EQ(matches.accounts(0).account().name(), same_name.name());
  EXPECT_TRUE(matches.accounts(0).name_matches());
  EXPECT_EQ(matches.accounts(1).account().name(), domain_match.name());
  EXPECT_TRUE(matches.accounts(1).domain_matches());
  EXPECT_FALSE(matches.accounts(1).name_matches());
  ASSERT_EQ(matches.contacts_size(), 1);
  EXPECT_EQ(matches.contacts(0).name(), contact.name());

  request.set_name("leads/0000000000missing");
  EXPECT_EQ(server_.leads().FindConversionMatches(Context().get(), request, &matches).error_code(),
            grpc::StatusCode::NOT_FOUND);
}

}  // namespace
}  // namespace leadflow
