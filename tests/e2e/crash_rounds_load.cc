#include "e2e/crash_rounds_load.h"

#include <random>
#include <string>
#include <vector>

#include <google/protobuf/util/message_differencer.h>

#include "leadflow/v1/account_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"

namespace leadflow::crash_rounds {

namespace v1 = ::leadflow::v1;

void SetDeadline(grpc::ClientContext& context) {
  context.set_deadline(std::chrono::system_clock::now() + kCallDeadline);
}

namespace {

using google::protobuf::util::MessageDifferencer;

class Client {
 public:
  Client(const ClientOptions& options, Partition& partition)
      : options_(options),
        partition_(partition),
        leads_(v1::LeadService::NewStub(options.channel)),
        accounts_(v1::AccountService::NewStub(options.channel)),
        opportunities_(v1::OpportunityService::NewStub(options.channel)),
        random_(options.seed) {}

  void Run();

 private:
  // Each write returns false when a call failed: the client then stops, so
  // that it leaves at most one call of unknown outcome behind.
  bool CreateLead();
  bool UpdateLead();
  bool ConvertLead();
  bool ChangeStage();
  bool CreateAccountAndContact();

  // A failed call may or may not have been applied. Before the kill no call
  // should fail at all, so that is reported as a failure of its own.
  void Failed(const grpc::Status& status, const std::string& call);
  void Expect(bool ok, const std::string& what);

  // "r<round>c<client>n<sequence>": unique across the run, so every name
  // and request id the client sends is unique too.
  std::string NextTag();
  bool Chance(int percent);
  const std::string& Pick(const std::vector<std::string>& names);

  const ClientOptions& options_;
  Partition& partition_;
  std::unique_ptr<v1::LeadService::Stub> leads_;
  std::unique_ptr<v1::AccountService::Stub> accounts_;
  std::unique_ptr<v1::OpportunityService::Stub> opportunities_;
  std::mt19937_64 random_;
  int sequence_ = 0;
};

void Client::Run() {
  for (int calls = 0; calls < options_.max_calls; ++calls) {
    if (options_.stop->load() || std::chrono::steady_clock::now() > options_.give_up) return;
    // The mix favours creates and updates (the commonest writes), with
    // enough conversions and stage changes to race the kill often.
    const int roll = static_cast<int>(random_() % 100);
    bool ok;
    if (roll < 30 || partition_.open_leads.empty()) {
      ok = CreateLead();
    } else if (roll < 55) {
      ok = UpdateLead();
    } else if (roll < 72) {
      ok = ConvertLead();
    } else if (roll < 90 && !partition_.open_opportunities.empty()) {
      ok = ChangeStage();
    } else {
      ok = CreateAccountAndContact();
    }
    if (!ok) return;
  }
}

bool Client::CreateLead() {
  const std::string tag = NextTag();
  v1::CreateLeadRequest request;
  v1::Lead* lead = request.mutable_lead();
  lead->set_first_name("Crash");
  lead->set_last_name(kLeadLastNamePrefix + tag);
  lead->set_company(kLeadCompanyPrefix + tag);
  lead->set_email(tag + "@crash.example");
  lead->set_lead_source("Web");
  lead->set_rating("Warm");
  request.set_request_id("crash-" + tag + "-lead");

  v1::Lead reply;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = leads_->CreateLead(&context, request, &reply);
  if (!status.ok()) {
    partition_.unanswered = Unanswered{kCreateLead, request, {}, {}, {}};
    Failed(status, "CreateLead " + tag);
    return false;
  }
  Expect(!reply.name().empty() && reply.last_name() == lead->last_name(),
         "CreateLead " + tag + " replied " + reply.ShortDebugString());
  RecordCreatedLead(partition_, request, reply, options_.round);
  ++partition_.acked_this_round[kCreateLead];
  if (!Chance(25)) return true;

  // A client that lost the reply would send the same request again; it
  // must get the same lead back, not a second one.
  v1::Lead again;
  grpc::ClientContext retry_context;
  SetDeadline(retry_context);
  status = leads_->CreateLead(&retry_context, request, &again);
  if (!status.ok()) {
    Failed(status, "CreateLead retry " + tag);  // the lead is acknowledged already
    return false;
  }
  Expect(again.name() == reply.name(),
         "CreateLead retry " + tag + " returned " + again.name() + " instead of " + reply.name());
  ++partition_.acked_this_round[kCreateLeadRetry];
  return true;
}

bool Client::UpdateLead() {
  LeadRecord& record = partition_.leads[Pick(partition_.open_leads)];
  const std::string tag = NextTag();
  static const std::vector<std::string> kRatings = {"Hot", "Warm", "Cold"};
  static const std::vector<std::string> kStatuses = {"Open - Not Contacted", "Working - Contacted"};
  LeadFields expected = record.acked;
  expected.title = "T " + tag;  // unique, so every update is visible
  expected.rating = Pick(kRatings);
  expected.status = Pick(kStatuses);
  expected.meeting_agreed = Chance(50);

  v1::UpdateLeadRequest request;
  v1::Lead* lead = request.mutable_lead();
  lead->set_name(record.name);
  lead->set_etag(record.etag);
  lead->set_title(expected.title);
  lead->set_rating(expected.rating);
  lead->set_status(expected.status);
  lead->set_meeting_agreed(expected.meeting_agreed);
  for (const char* path : {"title", "rating", "status", "meeting_agreed"}) {
    request.mutable_update_mask()->add_paths(path);
  }
  v1::Lead reply;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = leads_->UpdateLead(&context, request, &reply);
  if (!status.ok()) {
    record.maybe = expected;
    partition_.unanswered = Unanswered{kUpdateLead, {}, {}, {}, {}};
    Failed(status, "UpdateLead " + record.name);
    return false;
  }
  Expect(FieldsOf(reply) == expected, "UpdateLead " + record.name + " replied " +
                                          Describe(FieldsOf(reply)) + ", sent " +
                                          Describe(expected));
  record.acked = FieldsOf(reply);
  record.etag = reply.etag();
  record.last_round = options_.round;
  ++partition_.acked_this_round[kUpdateLead];
  return true;
}

bool Client::ConvertLead() {
  const LeadRecord& record = partition_.leads[Pick(partition_.open_leads)];
  const std::string tag = NextTag();
  v1::ConvertLeadRequest request;
  request.set_name(record.name);
  request.set_request_id("crash-" + tag + "-convert");
  // Three shapes of conversion: everything new; no opportunity; attached
  // to an account made by CreateAccount (opportunity named after the lead's
  // company by default).
  const int shape = static_cast<int>(random_() % 4);
  if (shape == 2) {
    request.set_do_not_create_opportunity(true);
  } else if (shape == 3 && !partition_.accounts.empty()) {
    request.set_account(partition_.accounts[random_() % partition_.accounts.size()].reply.name());
  } else {
    request.set_opportunity_name(kOpportunityPrefix + tag);
    request.mutable_opportunity_amount()->set_currency_code("USD");
    request.mutable_opportunity_amount()->set_units(1000 + static_cast<int64_t>(random_() % 9000));
  }
  v1::ConvertLeadResponse reply;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = leads_->ConvertLead(&context, request, &reply);
  if (!status.ok()) {
    partition_.unanswered = Unanswered{kConvertLead, {}, request, {}, {}};
    Failed(status, "ConvertLead " + record.name);
    return false;
  }
  for (const std::string& problem : ConversionReplyProblems(request, reply)) {
    Expect(false, "ConvertLead " + record.name + ": " + problem);
  }
  RecordConversion(partition_, request, reply, options_.round);
  ++partition_.acked_this_round[kConvertLead];
  if (!Chance(25)) return true;

  v1::ConvertLeadResponse again;
  grpc::ClientContext retry_context;
  SetDeadline(retry_context);
  status = leads_->ConvertLead(&retry_context, request, &again);
  if (!status.ok()) {
    Failed(status, "ConvertLead retry " + request.name());
    return false;
  }
  Expect(MessageDifferencer::Equals(again, reply),
         "ConvertLead retry of " + request.name() +
             " differs from the first reply: " + again.ShortDebugString());
  ++partition_.acked_this_round[kConvertLeadRetry];
  return true;
}

bool Client::ChangeStage() {
  const std::string name = Pick(partition_.open_opportunities);
  OpportunityRecord& record = partition_.opportunities[name];
  const std::string stage = NextStage(record.stage);
  if (stage.empty()) {  // cannot happen: only open ones are listed
    EraseName(partition_.open_opportunities, name);
    return true;
  }
  v1::UpdateOpportunityRequest request;
  request.mutable_opportunity()->set_name(name);
  request.mutable_opportunity()->set_etag(record.etag);
  request.mutable_opportunity()->set_stage(stage);
  request.mutable_update_mask()->add_paths("stage");
  v1::Opportunity reply;
  grpc::ClientContext context;
  SetDeadline(context);
  context.AddMetadata("leadflow-actor", "users/crash-rounds");
  grpc::Status status = opportunities_->UpdateOpportunity(&context, request, &reply);
  if (!status.ok()) {
    record.maybe_stage = stage;
    partition_.unanswered = Unanswered{kStageChange, {}, {}, {}, {}};
    Failed(status, "UpdateOpportunity " + name + " to " + stage);
    return false;
  }
  Expect(reply.stage() == stage,
         "UpdateOpportunity " + name + " to " + stage + " replied stage " + reply.stage());
  record.stage = reply.stage();
  record.etag = reply.etag();
  record.last_round = options_.round;
  if (NextStage(record.stage).empty()) EraseName(partition_.open_opportunities, name);
  ++partition_.acked_this_round[kStageChange];
  return true;
}

bool Client::CreateAccountAndContact() {
  const std::string tag = NextTag();
  v1::CreateAccountRequest account_request;
  account_request.mutable_account()->set_display_name(kAccountPrefix + tag);
  account_request.set_request_id("crash-" + tag + "-account");
  v1::Account account;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = accounts_->CreateAccount(&context, account_request, &account);
  if (!status.ok()) {
    partition_.unanswered = Unanswered{kCreateAccount, {}, {}, account_request, {}};
    Failed(status, "CreateAccount " + tag);
    return false;
  }
  Expect(
      !account.name().empty() && account.display_name() == account_request.account().display_name(),
      "CreateAccount " + tag + " replied " + account.ShortDebugString());
  partition_.accounts.push_back(AccountRecord{account_request, account, options_.round});
  ++partition_.acked_this_round[kCreateAccount];

  v1::CreateContactRequest contact_request;
  contact_request.mutable_contact()->set_account(account.name());
  contact_request.mutable_contact()->set_last_name(kDirectContactPrefix + tag);
  contact_request.set_request_id("crash-" + tag + "-contact");
  v1::Contact contact;
  grpc::ClientContext contact_context;
  SetDeadline(contact_context);
  status = accounts_->CreateContact(&contact_context, contact_request, &contact);
  if (!status.ok()) {
    partition_.unanswered = Unanswered{kCreateContact, {}, {}, {}, contact_request};
    Failed(status, "CreateContact " + tag);
    return false;
  }
  Expect(!contact.name().empty() && contact.account() == account.name(),
         "CreateContact " + tag + " replied " + contact.ShortDebugString());
  partition_.contacts.push_back(ContactRecord{contact_request, contact, options_.round});
  ++partition_.acked_this_round[kCreateContact];
  return true;
}

void Client::Failed(const grpc::Status& status, const std::string& call) {
  if (options_.killed->load()) return;
  options_.findings->Fail("round " + std::to_string(options_.round) + " client " +
                          std::to_string(options_.index) + ": " + call +
                          " failed before the kill: code " + std::to_string(status.error_code()) +
                          " " + status.error_message());
}

void Client::Expect(bool ok, const std::string& what) {
  options_.findings->Check(ok, "round " + std::to_string(options_.round) + " client " +
                                   std::to_string(options_.index) + ": " + what);
}

std::string Client::NextTag() {
  return "r" + std::to_string(options_.round) + "c" + std::to_string(options_.index) + "n" +
         std::to_string(++sequence_);
}

bool Client::Chance(int percent) { return static_cast<int>(random_() % 100) < percent; }

const std::string& Client::Pick(const std::vector<std::string>& names) {
  return names[random_() % names.size()];
}

}  // namespace

void RunClient(const ClientOptions& options, Partition& partition) {
  Client(options, partition).Run();
}

}  // namespace leadflow::crash_rounds
