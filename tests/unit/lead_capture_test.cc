#include "domain/lead_capture.h"

#include <string>

#include "domain/errors.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::v1::BatchCreateLeadsRequest;
using ::leadflow::v1::DuplicateOutcome;
using ::leadflow::v1::Lead;
using ::testing::HasSubstr;
using ::testing::Not;

Lead ValidLead(const std::string& last_name) {
  Lead lead;
  lead.set_last_name(last_name);
  lead.set_company("Analytical Engines Ltd");
  return lead;
}

TEST(BatchCreateRequestTest, RefusesAnEmptyBatchAndOneOverTheLimit) {
  BatchCreateLeadsRequest request;
  EXPECT_THAT(CheckBatchCreateRequest(request), HasFieldViolation("leads"));
  for (int i = 0; i < kMaxBatchLeads; ++i) *request.add_leads() = ValidLead("L");
  EXPECT_TRUE(CheckBatchCreateRequest(request).ok());
  *request.add_leads() = ValidLead("L");
  absl::Status too_many = CheckBatchCreateRequest(request);
  EXPECT_THAT(too_many, HasFieldViolation("leads"));
  EXPECT_THAT(std::string(too_many.message()), HasSubstr("ImportLeads"));
}

TEST(BatchCreateRequestTest, EachInvalidLeadIsNamedByItsIndex) {
  BatchCreateLeadsRequest request;
  *request.add_leads() = ValidLead("Lovelace");
  Lead bad = ValidLead("Babbage");
  bad.set_email("not an email");
  *request.add_leads() = bad;
  std::vector<absl::StatusOr<Lead>> prepared = PrepareBatchLeads(request, Catalog::Default());
  ASSERT_EQ(prepared.size(), 2U);
  ASSERT_TRUE(prepared[0].ok());
  EXPECT_EQ(prepared[0]->status(), Catalog::Default().default_lead_status().name());
  EXPECT_THAT(prepared[1].status(), HasFieldViolation("leads[1].email"));
  EXPECT_THAT(prepared[1].status(), Not(HasFieldViolation("lead.email")));
  EXPECT_THAT(std::string(prepared[1].status().message()), HasSubstr("leads[1].email"));
}

TEST(RebaseFieldsTest, MovesOnlyWholePathElements) {
  FieldViolations violations;
  violations.Add("lead.email", "bad");
  violations.Add("leadership", "untouched");
  absl::Status rebased = RebaseFields(violations.ToStatus(), "lead", "leads[7]");
  EXPECT_THAT(rebased, HasFieldViolation("leads[7].email"));
  EXPECT_THAT(rebased, HasFieldViolation("leadership"));
  EXPECT_THAT(rebased, HasReason(leadflow::v1::FIELD_INVALID));
  const absl::Status not_found = NotFound("leadflow.v1.Lead", "leads/x");
  EXPECT_EQ(RebaseFields(not_found, "lead", "leads[0]"), not_found);
}

TEST(ImportTest, RowsTakeTheImportsSourceAndTheirRowNumber) {
  leadflow::v1::ImportSource source;
  source.set_lead_source("Purchased List");
  source.mutable_source_detail()->mutable_purchased_list()->set_list("Q3 list");
  source.mutable_source_detail()->mutable_purchased_list()->set_vendor("ListCo");
  leadflow::v1::ImportRow row;
  row.set_row_number(42);
  *row.mutable_lead() = ValidLead("Lovelace");
  absl::StatusOr<Lead> lead = PrepareImportedLead(row, source, Catalog::Default());
  ASSERT_TRUE(lead.ok()) << lead.status();
  EXPECT_EQ(lead->lead_source(), "Purchased List");
  EXPECT_EQ(lead->source_detail().purchased_list().row(), 42);
  EXPECT_EQ(lead->source_detail().purchased_list().vendor(), "ListCo");

  row.mutable_lead()->set_lead_source("Web");
  lead = PrepareImportedLead(row, source, Catalog::Default());
  ASSERT_TRUE(lead.ok()) << lead.status();
  EXPECT_EQ(lead->lead_source(), "Web");
}

TEST(ImportTest, TheHeaderNeedsARequestIdAndAnAllowedSource) {
  leadflow::v1::ImportLeadsRequest first;
  EXPECT_THAT(CheckImportHeader(first, Catalog::Default()), HasFieldViolation("header"));
  first.mutable_header();
  EXPECT_THAT(CheckImportHeader(first, Catalog::Default()), HasFieldViolation("header.request_id"));
  first.mutable_header()->set_request_id("import-1");
  EXPECT_TRUE(CheckImportHeader(first, Catalog::Default()).ok());
  first.mutable_header()->mutable_source()->set_lead_source("Carrier Pigeon");
  EXPECT_THAT(CheckImportHeader(first, Catalog::Default()),
              HasFieldViolation("header.source.lead_source"));
}

TEST(DuplicatePolicyTest, ActionFollowsThePolicyOnlyWhenThereAreMatches) {
  using leadflow::v1::DuplicatePolicy;
  for (DuplicatePolicy policy : {leadflow::v1::DUPLICATE_POLICY_UNSPECIFIED, leadflow::v1::ALLOW,
                                 leadflow::v1::SKIP, leadflow::v1::REFUSE}) {
    EXPECT_EQ(DuplicateAction(policy, false), DuplicateOutcome::CREATED);
  }
  EXPECT_EQ(DuplicateAction(leadflow::v1::DUPLICATE_POLICY_UNSPECIFIED, true),
            DuplicateOutcome::CREATED_DESPITE_DUPLICATES);
  EXPECT_EQ(DuplicateAction(leadflow::v1::ALLOW, true),
            DuplicateOutcome::CREATED_DESPITE_DUPLICATES);
  EXPECT_EQ(DuplicateAction(leadflow::v1::SKIP, true), DuplicateOutcome::SKIPPED);
  EXPECT_EQ(DuplicateAction(leadflow::v1::REFUSE, true), DuplicateOutcome::REFUSED);
}

TEST(DuplicatePolicyTest, ARefusalNamesTheMatchesAndTheRules) {
  google::protobuf::RepeatedPtrField<leadflow::v1::DuplicateMatch> matches;
  auto* first = matches.Add();
  first->mutable_lead()->set_name("leads/a");
  first->add_rules(leadflow::v1::DUPLICATE_RULE_EMAIL);
  auto* second = matches.Add();
  second->mutable_contact()->set_name("contacts/b");
  second->add_rules(leadflow::v1::DUPLICATE_RULE_EMAIL);
  second->add_rules(leadflow::v1::DUPLICATE_RULE_PHONE);
  absl::Status refused = DuplicateRefusal("leads[2]", matches);
  EXPECT_EQ(refused.code(), absl::StatusCode::kAlreadyExists);
  EXPECT_THAT(refused, HasReason(leadflow::v1::DUPLICATE_FOUND));
  EXPECT_THAT(std::string(refused.message()), HasSubstr("leads[2] matches leads/a, contacts/b"));
  EXPECT_THAT(std::string(refused.message()),
              HasSubstr("DUPLICATE_RULE_EMAIL, DUPLICATE_RULE_PHONE"));
}

}  // namespace
}  // namespace leadflow::domain
