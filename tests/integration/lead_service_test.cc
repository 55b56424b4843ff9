// LeadService through real gRPC channels to the in-process server.

#include <set>
#include <string>

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include "absl/synchronization/notification.h"

#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::TestServer;
using ::leadflow::v1::Lead;
using ::testing::HasSubstr;

class LeadServiceTest : public ::testing::Test {
 protected:
  grpc::Status Create(const Lead& lead, Lead* created, const std::string& request_id = "") {
    v1::CreateLeadRequest request;
    *request.mutable_lead() = lead;
    request.set_request_id(request_id);
    return server_.leads().CreateLead(Context().get(), request, created);
  }

  Lead MustCreate(const std::string& last_name, const std::string& company = "Initech") {
    Lead lead;
    lead.set_last_name(last_name);
    lead.set_company(company);
    Lead created;
    grpc::Status status = Create(lead, &created);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return created;
  }

  grpc::Status Get(const std::string& name, Lead* lead) {
    v1::GetLeadRequest request;
    request.set_name(name);
    return server_.leads().GetLead(Context().get(), request, lead);
  }

  grpc::Status Update(const Lead& lead, std::initializer_list<const char*> paths, Lead* updated) {
    v1::UpdateLeadRequest request;
    *request.mutable_lead() = lead;
    for (const char* path : paths) request.mutable_update_mask()->add_paths(path);
    return server_.leads().UpdateLead(Context().get(), request, updated);
  }

  grpc::Status List(const v1::ListLeadsRequest& request, v1::ListLeadsResponse* response) {
    return server_.leads().ListLeads(Context().get(), request, response);
  }

  TestServer server_;
};

TEST_F(LeadServiceTest, CreateWithoutLastNameNamesTheField) {
  Lead lead;
  lead.set_company("Initech");
  Lead created;
  grpc::Status status = Create(lead, &created);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasFieldViolation("lead.last_name"));
  EXPECT_THAT(status, HasReason(v1::FIELD_INVALID));
  EXPECT_THAT(status.error_message(), HasSubstr("lead.last_name"));
}

TEST_F(LeadServiceTest, ACreatedLeadReadsBackOpenNotContacted) {
  Lead created = MustCreate("Bolton");
  Lead read;
  ASSERT_TRUE(Get(created.name(), &read).ok());
  EXPECT_EQ(read.status(), "Open - Not Contacted");
  EXPECT_EQ(read.last_name(), "Bolton");
  EXPECT_EQ(read.etag(), created.etag());
}

TEST_F(LeadServiceTest, TheSameRequestIdTwiceYieldsOneLeadAcrossARestart) {
  Lead lead;
  lead.set_last_name("Waddams");
  lead.set_company("Initech");
  Lead first, second, third;
  ASSERT_TRUE(Create(lead, &first, "f3b1c2d4-retry").ok());
  ASSERT_TRUE(Create(lead, &second, "f3b1c2d4-retry").ok());
  server_.Restart();
  ASSERT_TRUE(Create(lead, &third, "f3b1c2d4-retry").ok());
  EXPECT_EQ(second.name(), first.name());
  EXPECT_EQ(third.name(), first.name());
  v1::ListLeadsResponse all;
  ASSERT_TRUE(List({}, &all).ok());
  EXPECT_EQ(all.leads_size(), 1);
}

TEST_F(LeadServiceTest, UpdateCannotSetTheConvertedStatus) {
  Lead created = MustCreate("Lumbergh");
  created.set_status("Closed - Converted");
  Lead updated;
  grpc::Status status = Update(created, {"status"}, &updated);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasReason(v1::CONVERTED_STATUS_NOT_SETTABLE));
  Lead read;
  ASSERT_TRUE(Get(created.name(), &read).ok());
  EXPECT_EQ(read.status(), "Open - Not Contacted");
}

TEST_F(LeadServiceTest, UpdateWithAStaleEtagIsAbortedAndChangesNothing) {
  Lead created = MustCreate("Smykowski");
  Lead working = created;
  working.set_status("Working - Contacted");
  Lead updated;
  ASSERT_TRUE(Update(working, {"status"}, &updated).ok());
  EXPECT_EQ(updated.status(), "Working - Contacted");
  EXPECT_NE(updated.etag(), created.etag());

  Lead stale = created;  // still carries the first etag
  stale.set_rating("Hot");
  grpc::Status status = Update(stale, {"rating"}, &updated);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::ABORTED);
  EXPECT_THAT(status, HasReason(v1::ETAG_MISMATCH));
  Lead read;
  ASSERT_TRUE(Get(created.name(), &read).ok());
  EXPECT_EQ(read.rating(), "");
}

TEST_F(LeadServiceTest, UpdateRefusesOutputOnlyFieldsInTheMask) {
  Lead created = MustCreate("Nagheenanajar");
  Lead updated;
  grpc::Status status = Update(created, {"converted"}, &updated);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status, HasFieldViolation("update_mask"));
}

TEST_F(LeadServiceTest, UpdateOfAMissingLeadIsNotFound) {
  Lead ghost;
  ghost.set_name("leads/0000000000ghost");
  ghost.set_rating("Hot");
  Lead updated;
  EXPECT_EQ(Update(ghost, {"rating"}, &updated).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(LeadServiceTest, GetRefusesMalformedNamesAndReportsMissingLeads) {
  Lead lead;
  grpc::Status malformed = Get("contacts/123", &lead);
  EXPECT_EQ(malformed.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(malformed, HasFieldViolation("name"));
  grpc::Status missing = Get("leads/0000000000missing", &lead);
  EXPECT_EQ(missing.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(missing, HasReason(v1::RESOURCE_NOT_FOUND));
}

TEST_F(LeadServiceTest, DeleteHonoursTheEtagThenRemovesTheLead) {
  Lead created = MustCreate("Portwood");
  v1::DeleteLeadRequest request;
  request.set_name(created.name());
  request.set_etag("12345");
  google::protobuf::Empty empty;
  EXPECT_EQ(server_.leads().DeleteLead(Context().get(), request, &empty).error_code(),
            grpc::StatusCode::ABORTED);
  request.set_etag(created.etag());
  ASSERT_TRUE(server_.leads().DeleteLead(Context().get(), request, &empty).ok());
  Lead read;
  EXPECT_EQ(Get(created.name(), &read).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(server_.leads().DeleteLead(Context().get(), request, &empty).error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(LeadServiceTest, ListFiltersOrdersAndPages) {
  for (const char* name : {"Adams", "Baker", "Clark", "Davis", "Evans"}) MustCreate(name);
  MustCreate("Other", "Chotchkie's");
  v1::ListLeadsRequest request;
  request.set_filter("company = Initech");
  request.set_order_by("last_name desc");
  request.set_page_size(2);
  std::vector<std::string> seen;
  v1::ListLeadsResponse page;
  do {
    page.Clear();
    ASSERT_TRUE(List(request, &page).ok());
    for (const Lead& lead : page.leads()) seen.push_back(lead.last_name());
    request.set_page_token(page.next_page_token());
  } while (!page.next_page_token().empty());
  EXPECT_THAT(seen, ::testing::ElementsAre("Evans", "Davis", "Clark", "Baker", "Adams"));
}

TEST_F(LeadServiceTest, ListRefusesBadArgumentsNamingThem) {
  v1::ListLeadsResponse response;
  v1::ListLeadsRequest request;
  request.set_filter("status = ");
  grpc::Status filter = List(request, &response);
  EXPECT_EQ(filter.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(filter, HasReason(v1::FILTER_INVALID));
  EXPECT_THAT(filter.error_message(), HasSubstr("position"));

  request.Clear();
  request.set_order_by("favourite_colour");
  EXPECT_THAT(List(request, &response), HasReason(v1::ORDER_BY_INVALID));

  request.Clear();
  request.set_page_token("bm90IGEgdG9rZW4");
  grpc::Status token = List(request, &response);
  EXPECT_EQ(token.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(token, HasFieldViolation("page_token"));

  request.Clear();
  request.set_page_size(-3);
  EXPECT_THAT(List(request, &response), HasFieldViolation("page_size"));
}

TEST_F(LeadServiceTest, ListLeadStatusesReturnsTheProcessInOrder) {
  v1::ListLeadStatusesResponse response;
  ASSERT_TRUE(server_.leads().ListLeadStatuses(Context().get(), {}, &response).ok());
  std::vector<std::string> names;
  for (const auto& status : response.statuses()) names.push_back(status.name());
  EXPECT_THAT(names, ::testing::ElementsAre("Open - Not Contacted", "Working - Contacted",
                                            "Closed - Converted", "Closed - Not Converted"));
  EXPECT_TRUE(response.statuses(0).default_());
  EXPECT_TRUE(response.statuses(2).converted());
}

// Bytes that are not a CreateLeadRequest — a string field holding invalid
// UTF-8 — used to be answered UNIMPLEMENTED with an empty message, as if
// the method did not exist.
TEST_F(LeadServiceTest, UnparseableRequestsAreInvalidArgumentNamingTheMethod) {
  grpc::GenericStub generic(server_.channel());
  // The server runs in this process: its log is this test's stderr.
  ::testing::internal::CaptureStderr();
  // Field 1 (lead), holding field 2 (salutation) = "\xff\xfe".
  const std::string salutation = std::string("\x12\x02\xff\xfe", 4);
  const std::string bytes = std::string("\x0a", 1) + static_cast<char>(salutation.size()) + salutation;
  for (const std::string& payload : {bytes, std::string("\xff\xff\xff\xff garbage")}) {
    grpc::Slice slice(payload);
    grpc::ByteBuffer request(&slice, 1);
    grpc::ByteBuffer response;
    auto context = Context();
    grpc::Status status;
    absl::Notification done;
    generic.UnaryCall(context.get(), "/leadflow.v1.LeadService/CreateLead", {}, &request,
                      &response, [&](grpc::Status s) {
                        status = std::move(s);
                        done.Notify();
                      });
    done.WaitForNotification();
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_THAT(status, HasReason(v1::REQUEST_MALFORMED));
    EXPECT_THAT(status.error_message(), HasSubstr("/leadflow.v1.LeadService/CreateLead"));
  }
  // A client cannot flood the log: protobuf's line per bad string is dropped.
  EXPECT_THAT(::testing::internal::GetCapturedStderr(), ::testing::Not(HasSubstr("UTF-8")));
  v1::ListLeadsResponse leads;
  ASSERT_TRUE(List({}, &leads).ok());
  EXPECT_EQ(leads.leads_size(), 0);
}

TEST_F(LeadServiceTest, ControlCharactersAndBidiOverridesInNamesAreRefused) {
  for (const std::string& last_name :
       {std::string("\0", 1), std::string("Smith\x1b[31m"), std::string("Smith\xE2\x80\xAE")}) {
    Lead lead;
    lead.set_last_name(last_name);
    lead.set_company("Initech");
    Lead created;
    EXPECT_THAT(Create(lead, &created), HasFieldViolation("lead.last_name"));
  }
  v1::ListLeadsResponse leads;
  ASSERT_TRUE(List({}, &leads).ok());
  EXPECT_EQ(leads.leads_size(), 0);
}

// A 100,000-character value used to come back whole in the message and the
// BadRequest detail, past the metadata limit of gRPC's C core clients,
// which then saw RESOURCE_EXHAUSTED instead of the real error.
TEST_F(LeadServiceTest, ErrorsQuoteAtMostAShortPrefixOfABadValue) {
  Lead lead;
  lead.set_last_name("Lovelace");
  lead.set_company("Analytical Engines");
  lead.set_lead_source(std::string(100'000, 's'));
  lead.set_email(std::string(100'000, 'e'));
  Lead created;
  grpc::Status status = Create(lead, &created);
  EXPECT_THAT(status, HasFieldViolation("lead.lead_source"));
  EXPECT_THAT(status, HasFieldViolation("lead.email"));
  EXPECT_LT(status.error_message().size(), 1024u);
  EXPECT_LT(status.error_details().size(), 2048u);

  v1::GetLeadRequest get;
  get.set_name("leads/" + std::string(100'000, 'x'));
  EXPECT_THAT(server_.leads().GetLead(Context().get(), get, &created), HasFieldViolation("name"));
}

TEST_F(LeadServiceTest, FunnelRefusesTimestampsOutOfRangeOrInTheWrongOrder) {
  v1::GetLeadFunnelRequest request;
  request.mutable_create_time_start()->set_seconds(10'000'000'000'000);
  v1::LeadFunnel funnel;
  EXPECT_THAT(server_.leads().GetLeadFunnel(Context().get(), request, &funnel),
              HasFieldViolation("create_time_start"));
  request.mutable_create_time_start()->set_seconds(2'000'000'000);
  request.mutable_create_time_end()->set_seconds(1'000'000'000);
  EXPECT_THAT(server_.leads().GetLeadFunnel(Context().get(), request, &funnel),
              HasFieldViolation("create_time_start"));
}

TEST_F(LeadServiceTest, HealthAnswersServing) {
  auto health = grpc::health::v1::Health::NewStub(server_.channel());
  grpc::health::v1::HealthCheckResponse response;
  ASSERT_TRUE(health->Check(Context().get(), {}, &response).ok());
  EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING);
}

}  // namespace
}  // namespace leadflow
