#include "e2e/crash_rounds_model.h"

#include <algorithm>
#include <tuple>

namespace leadflow::crash_rounds {

const char* WriteKindName(WriteKind kind) {
  switch (kind) {
    case kCreateLead:
      return "create_lead";
    case kCreateLeadRetry:
      return "create_lead_retry";
    case kUpdateLead:
      return "update_lead";
    case kConvertLead:
      return "convert_lead";
    case kConvertLeadRetry:
      return "convert_lead_retry";
    case kStageChange:
      return "stage_change";
    case kCreateAccount:
      return "create_account";
    case kCreateContact:
      return "create_contact";
    case kWriteKindCount:
      break;
  }
  return "?";
}

bool LeadFields::operator==(const LeadFields& other) const {
  auto tie = [](const LeadFields& f) {
    return std::tie(f.last_name, f.company, f.title, f.rating, f.status, f.meeting_agreed,
                    f.converted);
  };
  return tie(*this) == tie(other);
}

LeadFields FieldsOf(const leadflow::v1::Lead& lead) {
  LeadFields fields;
  fields.last_name = lead.last_name();
  fields.company = lead.company();
  fields.title = lead.title();
  fields.rating = lead.rating();
  fields.status = lead.status();
  fields.meeting_agreed = lead.meeting_agreed();
  fields.converted = lead.converted();
  return fields;
}

std::string Describe(const LeadFields& f) {
  return "{last_name=\"" + f.last_name + "\" company=\"" + f.company + "\" title=\"" + f.title +
         "\" rating=\"" + f.rating + "\" status=\"" + f.status +
         "\" meeting_agreed=" + (f.meeting_agreed ? "true" : "false") +
         " converted=" + (f.converted ? "true" : "false") + "}";
}

void Findings::Check(bool ok, const std::string& message) {
  std::lock_guard<std::mutex> lock(mu_);
  if (ok) {
    ++passed_;
    return;
  }
  ++failed_;
  messages_.push_back(message);
}

int64_t Findings::passed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return passed_;
}

int64_t Findings::failed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return failed_;
}

std::vector<std::string> Findings::messages() const {
  std::lock_guard<std::mutex> lock(mu_);
  return messages_;
}

std::string NextStage(const std::string& stage) {
  // Stages of the built-in sales process; the server runs without --config.
  static const char* const kLadder[] = {"Prospecting", "Needs Analysis", "Proposal/Price Quote",
                                        "Negotiation/Review", "Closed Won"};
  constexpr int kSteps = sizeof(kLadder) / sizeof(kLadder[0]);
  for (int i = 0; i + 1 < kSteps; ++i) {
    if (stage == kLadder[i]) return kLadder[i + 1];
  }
  return "";
}

void EraseName(std::vector<std::string>& names, const std::string& value) {
  auto it = std::find(names.begin(), names.end(), value);
  if (it == names.end()) return;
  *it = std::move(names.back());
  names.pop_back();
}

void RecordCreatedLead(Partition& partition, const leadflow::v1::CreateLeadRequest& request,
                       const leadflow::v1::Lead& reply, int round) {
  LeadRecord& record = partition.leads[reply.name()];
  record.name = reply.name();
  record.created_round = round;
  record.create = request;
  record.acked = FieldsOf(reply);
  record.etag = reply.etag();
  record.maybe.reset();
  record.last_round = round;
  if (!reply.converted()) partition.open_leads.push_back(reply.name());
}

void RecordConversion(Partition& partition, const leadflow::v1::ConvertLeadRequest& request,
                      const leadflow::v1::ConvertLeadResponse& reply, int round) {
  partition.conversions.push_back(ConversionRecord{request, reply, round});
  LeadRecord& lead = partition.leads[request.name()];
  lead.acked = FieldsOf(reply.lead());
  lead.etag = reply.lead().etag();
  lead.maybe.reset();
  lead.last_round = round;
  EraseName(partition.open_leads, request.name());
  if (!reply.has_opportunity()) return;
  OpportunityRecord& opportunity = partition.opportunities[reply.opportunity().name()];
  opportunity.name = reply.opportunity().name();
  opportunity.account = reply.opportunity().account();
  opportunity.stage = reply.opportunity().stage();
  opportunity.etag = reply.opportunity().etag();
  opportunity.maybe_stage.reset();
  opportunity.last_round = round;
  if (!NextStage(opportunity.stage).empty()) {
    partition.open_opportunities.push_back(opportunity.name);
  }
}

std::vector<std::string> ConversionReplyProblems(const leadflow::v1::ConvertLeadRequest& request,
                                                 const leadflow::v1::ConvertLeadResponse& reply) {
  std::vector<std::string> problems;
  auto expect = [&problems](bool ok, const std::string& what) {
    if (!ok) problems.push_back(what);
  };
  const leadflow::v1::Lead& lead = reply.lead();
  const std::string& account = reply.account().name();
  expect(lead.name() == request.name(), "reply names lead " + lead.name());
  expect(lead.converted() && lead.status() == kConvertedStatus,
         "lead not converted in the reply (status \"" + lead.status() + "\")");
  expect(!account.empty(), "no account in the reply");
  expect(!reply.contact().name().empty(), "no contact in the reply");
  expect(request.account().empty() || account == request.account(),
         "attached to " + account + " instead of " + request.account());
  expect(lead.converted_account() == account,
         "lead links account " + lead.converted_account() + ", reply has " + account);
  expect(
      lead.converted_contact() == reply.contact().name(),
      "lead links contact " + lead.converted_contact() + ", reply has " + reply.contact().name());
  expect(reply.contact().account() == account, "contact belongs to " + reply.contact().account());
  if (request.do_not_create_opportunity()) {
    expect(!reply.has_opportunity() && lead.converted_opportunity().empty(),
           "an opportunity was made although none was asked for");
    return problems;
  }
  expect(reply.has_opportunity() && !reply.opportunity().name().empty(),
         "no opportunity in the reply");
  expect(lead.converted_opportunity() == reply.opportunity().name(),
         "lead links opportunity " + lead.converted_opportunity() + ", reply has " +
             reply.opportunity().name());
  expect(reply.opportunity().account() == account,
         "opportunity belongs to " + reply.opportunity().account());
  return problems;
}

}  // namespace leadflow::crash_rounds
