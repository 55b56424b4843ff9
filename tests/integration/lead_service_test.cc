// LeadService through real gRPC channels to the in-process server.

#include <set>
#include <string>

#include <grpcpp/grpcpp.h>

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

TEST_F(LeadServiceTest, HealthAnswersServing) {
  auto health = grpc::health::v1::Health::NewStub(server_.channel());
  grpc::health::v1::HealthCheckResponse response;
  ASSERT_TRUE(health->Check(Context().get(), {}, &response).ok());
  EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING);
}

}  // namespace
}  // namespace leadflow
