// The lead -> opportunity story through the C++ SDK: a web-form lead is
// contacted, qualifies (interest shown, meeting agreed), is checked for
// duplicates, converted, and its opportunity is walked to Closed Won.
//
//   qualify_and_convert [HOST:PORT]      (default $LEADFLOW_TARGET, else 127.0.0.1:50051)
//
// $LEADFLOW_TOKEN is sent as the bearer token; $LEADFLOW_TLS_CA (and
// $LEADFLOW_TLS_CERT, $LEADFLOW_TLS_KEY) switch to TLS: options_from_env.h.

#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "leadflow/leadflow.h"
#include "options_from_env.h"

namespace {

namespace v1 = leadflow::v1;

std::string Money(const google::type::Money& money) {
  return absl::StrFormat("%s %d.%02d", money.currency_code(), money.units(),
                         money.nanos() / 10'000'000);
}

// Prints the failure of `what` and tells main to stop.
bool Failed(const char* what, const absl::Status& status) {
  if (status.ok()) return false;
  std::fprintf(stderr, "%s failed: %s\n", what, status.ToString().c_str());
  return true;
}

google::protobuf::FieldMask Mask(std::initializer_list<const char*> paths) {
  google::protobuf::FieldMask mask;
  for (const char* path : paths) mask.add_paths(path);
  return mask;
}

}  // namespace

int main(int argc, char** argv) {
  leadflow::Options options;
  leadflow_examples::ApplyEnvironment(options);
  if (argc > 1) options.target = argv[1];
  options.actor = "users/example-seller";
  options.user_agent_prefix = "qualify-and-convert/1.0";
  leadflow::LeadClient leads(leadflow::MakeLeadConnection(options));
  leadflow::OpportunityClient opportunities(leadflow::MakeOpportunityConnection(options));

  // 1. A visitor fills in the pricing form.
  v1::Lead lead;
  lead.set_first_name("Grace");
  lead.set_last_name("Hopper");
  lead.set_company("Compiler Works");
  lead.set_email("grace@compiler.example");
  lead.set_lead_source("Web");
  lead.mutable_source_detail()->mutable_web_form()->set_form("pricing-page");
  lead.mutable_source_detail()->mutable_web_form()->set_submission("sub-1952");
  absl::StatusOr<v1::Lead> created = leads.CreateLead(lead);
  if (Failed("CreateLead", created.status())) return 1;
  std::printf("created %s (%s %s, %s): %s\n", created->name().c_str(),
              created->first_name().c_str(), created->last_name().c_str(),
              created->company().c_str(), created->status().c_str());

  // 2. The seller calls: Working - Contacted.
  v1::Lead contacted = *created;
  contacted.set_status("Working - Contacted");
  absl::StatusOr<v1::Lead> working = leads.UpdateLead(contacted, Mask({"status"}));
  if (Failed("UpdateLead", working.status())) return 1;
  std::printf("status: %s\n", working->status().c_str());

  // 3. Interest shown and a meeting agreed, written with optimistic
  //    concurrency (retried if someone else changes the lead meanwhile).
  absl::StatusOr<v1::Lead> qualified = leads.ReadModifyWriteLead(
      created->name(),
      [](v1::Lead& current) {
        current.set_interest_shown(true);
        current.set_meeting_agreed(true);
        return absl::OkStatus();
      },
      Mask({"interest_shown", "meeting_agreed"}));
  if (Failed("ReadModifyWriteLead", qualified.status())) return 1;
  std::printf("qualified: interest shown %s, meeting agreed %s\n",
              qualified->interest_shown() ? "yes" : "no",
              qualified->meeting_agreed() ? "yes" : "no");

  // 4. Anything like it already?
  absl::StatusOr<v1::FindConversionMatchesResponse> matches =
      leads.FindConversionMatches(created->name());
  if (Failed("FindConversionMatches", matches.status())) return 1;
  std::printf("matches: %d accounts, %d contacts\n", matches->accounts_size(),
              matches->contacts_size());

  // 5. Convert: account, contact and opportunity in one step.
  leadflow::ConvertOptions convert;
  convert.opportunity_name = "Compiler Works - 40 seats";
  convert.opportunity_amount.emplace();
  convert.opportunity_amount->set_currency_code("USD");
  convert.opportunity_amount->set_units(48'000);
  absl::StatusOr<v1::ConvertLeadResponse> converted = leads.ConvertLead(created->name(), convert);
  if (Failed("ConvertLead", converted.status())) return 1;
  std::printf("converted: account %s, contact %s, opportunity %s\n",
              converted->account().name().c_str(), converted->contact().name().c_str(),
              converted->opportunity().name().c_str());

  // 6. Walk the opportunity through every open stage to Closed Won.
  absl::StatusOr<v1::ListOpportunityStagesResponse> stages = opportunities.ListOpportunityStages();
  if (Failed("ListOpportunityStages", stages.status())) return 1;
  const std::string& name = converted->opportunity().name();
  for (const v1::OpportunityStage& stage : stages->stages()) {
    if (stage.name() == converted->opportunity().stage()) continue;  // where it starts
    if (stage.closed() && !stage.won()) continue;                    // not losing it
    absl::StatusOr<v1::Opportunity> moved = opportunities.MoveToStage(name, stage.name());
    if (Failed("MoveToStage", moved.status())) return 1;
    std::printf("stage: %-22s probability %3d%%  forecast %-8s expected %s\n",
                moved->stage().c_str(), moved->probability(),
                v1::ForecastCategory_Name(moved->forecast_category()).c_str(),
                Money(moved->expected_revenue()).c_str());
  }

  // 7. The pipeline summary.
  absl::StatusOr<v1::PipelineSummary> summary = opportunities.GetPipelineSummary();
  if (Failed("GetPipelineSummary", summary.status())) return 1;
  for (const auto& group : summary->stages()) {
    std::printf("pipeline: %s: %lld open, %s weighted\n", group.stage().c_str(),
                static_cast<long long>(group.amounts().count()),
                Money(group.amounts().weighted_amount()).c_str());
  }
  for (const auto& won : summary->won()) {
    std::printf("pipeline: won %lld for %s\n", static_cast<long long>(won.count()),
                Money(won.total_amount()).c_str());
  }
  std::printf("pipeline: win rate %.0f%%\n", summary->win_rate() * 100);
  return 0;
}
