#include "domain/lead_rules.h"

#include <string>

#include "domain/errors.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::v1::CreateLeadRequest;
using ::leadflow::v1::Lead;
using ::testing::Not;

CreateLeadRequest ValidRequest() {
  CreateLeadRequest request;
  request.mutable_lead()->set_last_name("Lovelace");
  request.mutable_lead()->set_company("Analytical Engines Ltd");
  request.mutable_lead()->set_email("ada@engines.example");
  return request;
}

Lead StoredLead(const std::string& status = "Working - Contacted") {
  Lead lead = ValidRequest().lead();
  lead.set_name("leads/abc");
  lead.set_status(status);
  lead.set_etag("3");
  return lead;
}

google::protobuf::FieldMask Mask(std::initializer_list<const char*> paths) {
  google::protobuf::FieldMask mask;
  for (const char* path : paths) mask.add_paths(path);
  return mask;
}

TEST(PrepareNewLeadTest, DefaultsStatusToTheConfiguredDefault) {
  absl::StatusOr<Lead> lead = PrepareNewLead(ValidRequest(), Catalog::Default());
  ASSERT_TRUE(lead.ok()) << lead.status();
  EXPECT_EQ(lead->status(), "Open - Not Contacted");
}

TEST(PrepareNewLeadTest, KeepsAnExplicitOpenStatus) {
  CreateLeadRequest request = ValidRequest();
  request.mutable_lead()->set_status("Working - Contacted");
  absl::StatusOr<Lead> lead = PrepareNewLead(request, Catalog::Default());
  ASSERT_TRUE(lead.ok()) << lead.status();
  EXPECT_EQ(lead->status(), "Working - Contacted");
}

TEST(PrepareNewLeadTest, ClearsOutputOnlyFields) {
  CreateLeadRequest request = ValidRequest();
  request.mutable_lead()->set_name("leads/chosen-by-caller");
  request.mutable_lead()->set_converted(true);
  request.mutable_lead()->set_converted_account("accounts/x");
  request.mutable_lead()->set_etag("99");
  request.mutable_lead()->mutable_create_time()->set_seconds(5);
  absl::StatusOr<Lead> lead = PrepareNewLead(request, Catalog::Default());
  ASSERT_TRUE(lead.ok()) << lead.status();
  EXPECT_EQ(lead->name(), "");
  EXPECT_FALSE(lead->converted());
  EXPECT_EQ(lead->converted_account(), "");
  EXPECT_EQ(lead->etag(), "");
  EXPECT_FALSE(lead->has_create_time());
}

TEST(PrepareNewLeadTest, RequiresLastNameAndCompanyAndNamesBoth) {
  CreateLeadRequest request = ValidRequest();
  request.mutable_lead()->clear_last_name();
  request.mutable_lead()->set_company("   ");
  absl::Status status = PrepareNewLead(request, Catalog::Default()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasReason(v1::FIELD_INVALID));
  EXPECT_THAT(status, HasFieldViolation("lead.last_name"));
  EXPECT_THAT(status, HasFieldViolation("lead.company"));
}

TEST(PrepareNewLeadTest, RefusesMalformedEmails) {
  for (const char* email : {"ada", "ada@", "@engines.example", "ada@engines",
                            "ada@@engines.example", "a da@engines.example",
                            "ada@-engines.example", ".ada@engines.example"}) {
    CreateLeadRequest request = ValidRequest();
    request.mutable_lead()->set_email(email);
    EXPECT_THAT(PrepareNewLead(request, Catalog::Default()).status(),
                HasFieldViolation("lead.email"))
        << email;
  }
}

TEST(PrepareNewLeadTest, AcceptsUsualEmails) {
  for (const char* email : {"ada@engines.example", "ada.lovelace+crm@mail.engines.co.uk",
                            "o'brien@example.ie", ""}) {
    CreateLeadRequest request = ValidRequest();
    request.mutable_lead()->set_email(email);
    EXPECT_TRUE(PrepareNewLead(request, Catalog::Default()).ok()) << email;
  }
}

TEST(PrepareNewLeadTest, CountsLengthLimitsInCharactersNotBytes) {
  CreateLeadRequest request = ValidRequest();
  std::string forty_umlauts;
  for (int i = 0; i < 40; ++i) forty_umlauts += "\xC3\xBC";  // ü, two bytes
  request.mutable_lead()->set_first_name(forty_umlauts);
  EXPECT_TRUE(PrepareNewLead(request, Catalog::Default()).ok());
  request.mutable_lead()->set_first_name(forty_umlauts + "x");
  absl::Status status = PrepareNewLead(request, Catalog::Default()).status();
  EXPECT_THAT(status, HasFieldViolation("lead.first_name"));
  EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("at most 40"));
}

TEST(PrepareNewLeadTest, EnforcesNestedLengthLimits) {
  CreateLeadRequest request = ValidRequest();
  request.mutable_lead()->mutable_address()->set_postal_code(std::string(21, '9'));
  request.mutable_lead()->mutable_source_detail()->mutable_web_form()->set_form(
      std::string(256, 'f'));
  absl::Status status = PrepareNewLead(request, Catalog::Default()).status();
  EXPECT_THAT(status, HasFieldViolation("lead.address.postal_code"));
  EXPECT_THAT(status, HasFieldViolation("lead.source_detail.web_form.form"));
}

TEST(PrepareNewLeadTest, RefusesUnconfiguredSourceRatingAndStatus) {
  CreateLeadRequest request = ValidRequest();
  request.mutable_lead()->set_lead_source("Carrier Pigeon");
  request.mutable_lead()->set_rating("Lukewarm");
  request.mutable_lead()->set_status("Maybe");
  absl::Status status = PrepareNewLead(request, Catalog::Default()).status();
  EXPECT_THAT(status, HasFieldViolation("lead.lead_source"));
  EXPECT_THAT(status, HasFieldViolation("lead.rating"));
  EXPECT_THAT(status, HasFieldViolation("lead.status"));
  EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("Customer Referral"));
}

TEST(PrepareNewLeadTest, RefusesTheConvertedStatusWithItsOwnReason) {
  CreateLeadRequest request = ValidRequest();
  request.mutable_lead()->set_status("Closed - Converted");
  absl::Status status = PrepareNewLead(request, Catalog::Default()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasReason(v1::CONVERTED_STATUS_NOT_SETTABLE));
  EXPECT_THAT(status, HasFieldViolation("lead.status"));
}

TEST(PrepareNewLeadTest, ChecksMoney) {
  CreateLeadRequest request = ValidRequest();
  request.mutable_lead()->mutable_annual_revenue()->set_units(-5);
  request.mutable_lead()->mutable_annual_revenue()->set_currency_code("XXX");
  absl::Status status = PrepareNewLead(request, Catalog::Default()).status();
  EXPECT_THAT(status, HasFieldViolation("lead.annual_revenue.units"));
  EXPECT_THAT(status, HasFieldViolation("lead.annual_revenue.currency_code"));

  request.mutable_lead()->mutable_annual_revenue()->set_units(1'000'000);
  request.mutable_lead()->mutable_annual_revenue()->clear_currency_code();
  EXPECT_THAT(PrepareNewLead(request, Catalog::Default()).status(),
              HasFieldViolation("lead.annual_revenue.currency_code"));

  request.mutable_lead()->mutable_annual_revenue()->set_currency_code("EUR");
  EXPECT_TRUE(PrepareNewLead(request, Catalog::Default()).ok());
}

TEST(PrepareNewLeadTest, DisqualificationReasonNeedsAClosedStatus) {
  CreateLeadRequest request = ValidRequest();
  request.mutable_lead()->set_disqualification_reason("No budget this year");
  EXPECT_THAT(PrepareNewLead(request, Catalog::Default()).status(),
              HasFieldViolation("lead.disqualification_reason"));
  request.mutable_lead()->set_status("Closed - Not Converted");
  EXPECT_TRUE(PrepareNewLead(request, Catalog::Default()).ok());
}

TEST(PrepareNewLeadTest, ChecksTheRequestId) {
  CreateLeadRequest request = ValidRequest();
  request.set_request_id(std::string(129, 'r'));
  EXPECT_THAT(PrepareNewLead(request, Catalog::Default()).status(),
              HasFieldViolation("request_id"));
  request.set_request_id("has space");
  EXPECT_THAT(PrepareNewLead(request, Catalog::Default()).status(),
              HasFieldViolation("request_id"));
  request.set_request_id("7f9c1d2e-8a4b-4c3d-9e8f-0a1b2c3d4e5f");
  EXPECT_TRUE(PrepareNewLead(request, Catalog::Default()).ok());
}

TEST(ApplyLeadUpdateTest, ChangesOnlyMaskedFields) {
  Lead current = StoredLead();
  Lead patch;
  patch.set_rating("Hot");
  patch.set_company("Ignored Because Not Masked");
  absl::StatusOr<Lead> updated =
      ApplyLeadUpdate(current, patch, Mask({"rating"}), Catalog::Default());
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->rating(), "Hot");
  EXPECT_EQ(updated->company(), current.company());
}

TEST(ApplyLeadUpdateTest, NestedPathChangesOneSubField) {
  Lead current = StoredLead();
  current.mutable_address()->set_city("London");
  current.mutable_address()->set_country("UK");
  Lead patch;
  patch.mutable_address()->set_city("Cambridge");
  absl::StatusOr<Lead> updated =
      ApplyLeadUpdate(current, patch, Mask({"address.city"}), Catalog::Default());
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->address().city(), "Cambridge");
  EXPECT_EQ(updated->address().country(), "UK");
}

TEST(ApplyLeadUpdateTest, RefusesTheConvertedStatus) {
  Lead patch;
  patch.set_status("Closed - Converted");
  absl::Status status =
      ApplyLeadUpdate(StoredLead(), patch, Mask({"status"}), Catalog::Default()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasReason(v1::CONVERTED_STATUS_NOT_SETTABLE));
}

TEST(ApplyLeadUpdateTest, RefusesClearingTheStatus) {
  absl::Status status =
      ApplyLeadUpdate(StoredLead(), Lead(), Mask({"status"}), Catalog::Default()).status();
  EXPECT_THAT(status, HasFieldViolation("lead.status"));
}

TEST(ApplyLeadUpdateTest, ConvertedLeadIsFrozen) {
  Lead current = StoredLead("Closed - Converted");
  current.set_converted(true);
  Lead patch;
  patch.set_rating("Hot");
  absl::Status status =
      ApplyLeadUpdate(current, patch, Mask({"rating"}), Catalog::Default()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(status, HasReason(v1::LEAD_CONVERTED));
  EXPECT_EQ(CheckLeadDeletable(current).code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(CheckLeadDeletable(StoredLead()).ok());
}

TEST(ApplyLeadUpdateTest, ReopeningClearsTheDisqualificationReason) {
  Lead current = StoredLead("Closed - Not Converted");
  current.set_disqualification_reason("No budget");
  Lead patch;
  patch.set_status("Working - Contacted");
  absl::StatusOr<Lead> updated =
      ApplyLeadUpdate(current, patch, Mask({"status"}), Catalog::Default());
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->disqualification_reason(), "");
}

TEST(ApplyLeadUpdateTest, DisqualifyingWithAReasonInOneUpdate) {
  Lead patch;
  patch.set_status("Closed - Not Converted");
  patch.set_disqualification_reason("Chose a competitor");
  absl::StatusOr<Lead> updated = ApplyLeadUpdate(
      StoredLead(), patch, Mask({"status", "disqualification_reason"}), Catalog::Default());
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->disqualification_reason(), "Chose a competitor");
}

TEST(CheckLeadUpdateRequestTest, RefusesOutputOnlyAndUnknownPaths) {
  v1::UpdateLeadRequest request;
  request.mutable_lead()->set_name("leads/abc");
  request.mutable_update_mask()->add_paths("etag");
  EXPECT_THAT(CheckLeadUpdateRequest(request).status(), HasFieldViolation("update_mask"));
  request.mutable_update_mask()->set_paths(0, "converted");
  EXPECT_THAT(CheckLeadUpdateRequest(request).status(), HasFieldViolation("update_mask"));
  request.mutable_update_mask()->set_paths(0, "favourite_colour");
  EXPECT_THAT(CheckLeadUpdateRequest(request).status(), HasFieldViolation("update_mask"));
  request.mutable_update_mask()->set_paths(0, "company.name");
  EXPECT_THAT(CheckLeadUpdateRequest(request).status(), HasFieldViolation("update_mask"));
}

TEST(CheckLeadUpdateRequestTest, EmptyMaskMeansEveryWritableField) {
  v1::UpdateLeadRequest request;
  request.mutable_lead()->set_name("leads/abc");
  absl::StatusOr<UpdateTarget> target = CheckLeadUpdateRequest(request);
  ASSERT_TRUE(target.ok()) << target.status();
  EXPECT_EQ(target->id, "abc");
  const auto& paths = target->mask.paths();
  EXPECT_THAT(paths, ::testing::Contains("company"));
  EXPECT_THAT(paths, ::testing::Contains("status"));
  EXPECT_THAT(paths, Not(::testing::Contains("etag")));
  EXPECT_THAT(paths, Not(::testing::Contains("name")));
  EXPECT_THAT(paths, Not(::testing::Contains("converted")));
}

TEST(CheckLeadUpdateRequestTest, RefusesMalformedNames) {
  v1::UpdateLeadRequest request;
  for (const char* name : {"", "abc", "accounts/abc", "leads/", "leads/ABC", "leads/a/b"}) {
    request.mutable_lead()->set_name(name);
    EXPECT_THAT(CheckLeadUpdateRequest(request).status(), HasFieldViolation("lead.name"))
        << name;
  }
}

}  // namespace
}  // namespace leadflow::domain
