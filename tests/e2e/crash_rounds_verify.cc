#include "e2e/crash_rounds_verify.h"

#include <map>
#include <random>
#include <string>

#include <google/protobuf/util/message_differencer.h>

#include "e2e/crash_rounds_load.h"
#include "leadflow/v1/account_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"

namespace leadflow::crash_rounds {
namespace {

namespace v1 = ::leadflow::v1;
using google::protobuf::util::MessageDifferencer;

// Bounds the paging loops: far more than the records a run writes.
constexpr int kMaxPages = 1000;
constexpr int kPageSize = 1000;
// Acknowledged requests re-sent after each restart, of each kind.
constexpr int kRetriesPerKind = 10;

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

std::string CodeOf(const grpc::Status& status) {
  return "code " + std::to_string(status.error_code()) + " " + status.error_message();
}

// The server's whole state, read with List calls while no client writes.
struct Snapshot {
  std::map<std::string, v1::Lead> leads;
  std::map<std::string, v1::Account> accounts;
  std::map<std::string, v1::Contact> contacts;
  std::map<std::string, v1::Opportunity> opportunities;
};

// Pages through one List method. `fetch(token, response)` makes one call;
// `take(response)` keeps its items.
template <typename Response, typename Fetch, typename Take>
bool ListAll(Fetch fetch, Take take, std::string* error) {
  std::string token;
  for (int page = 0; page < kMaxPages; ++page) {
    Response response;
    grpc::Status status = fetch(token, &response);
    if (!status.ok()) {
      *error = CodeOf(status);
      return false;
    }
    take(response);
    token = response.next_page_token();
    if (token.empty()) return true;
  }
  *error = "more than " + std::to_string(kMaxPages) + " pages";
  return false;
}

// A request of `Request` for one page of `token`.
template <typename Request>
Request PageRequest(const std::string& token) {
  Request request;
  request.set_page_size(kPageSize);
  request.set_page_token(token);
  return request;
}

class Verifier {
 public:
  Verifier(std::shared_ptr<grpc::Channel> channel, int round, uint64_t seed, Findings& findings)
      : leads_(v1::LeadService::NewStub(channel)),
        accounts_(v1::AccountService::NewStub(channel)),
        opportunities_(v1::OpportunityService::NewStub(channel)),
        round_(round),
        random_(seed),
        findings_(findings) {}

  VerifyReport Run(std::vector<Partition>& partitions);

 private:
  bool TakeSnapshot();
  // No half-done conversion anywhere, no lead created twice.
  void CheckStructure();
  void CheckLeads(Partition& partition);
  void CheckConversions(const Partition& partition);
  void CheckOpportunities(Partition& partition);
  void CheckAccountsAndContacts(const Partition& partition);
  // Re-sends the partition's unanswered call (creates and conversions carry
  // request ids, so this is safe) and records the outcome.
  void SettleUnanswered(Partition& partition);
  void SettleCreateLead(Partition& partition, const v1::CreateLeadRequest& request);
  void SettleConvertLead(Partition& partition, const v1::ConvertLeadRequest& request);
  void SettleCreateAccount(Partition& partition, const v1::CreateAccountRequest& request);
  void SettleCreateContact(Partition& partition, const v1::CreateContactRequest& request);
  // Re-sends acknowledged CreateLead and ConvertLead requests.
  void RetryAcknowledged(std::vector<Partition>& partitions);

  // Gets `name` and compares it with the snapshot's copy.
  void GetLead(const std::string& name);
  void GetConversion(const ConversionRecord& conversion);

  void Expect(bool ok, const std::string& what);
  void Applied(bool applied) {
    ++(applied ? report_.unanswered_applied : report_.unanswered_not_applied);
  }

  std::unique_ptr<v1::LeadService::Stub> leads_;
  std::unique_ptr<v1::AccountService::Stub> accounts_;
  std::unique_ptr<v1::OpportunityService::Stub> opportunities_;
  const int round_;
  std::mt19937_64 random_;
  Findings& findings_;
  Snapshot snapshot_;
  VerifyReport report_;
};

VerifyReport Verifier::Run(std::vector<Partition>& partitions) {
  if (!TakeSnapshot()) return report_;
  CheckStructure();
  for (Partition& partition : partitions) {
    CheckLeads(partition);
    CheckConversions(partition);
    CheckOpportunities(partition);
    CheckAccountsAndContacts(partition);
  }
  for (Partition& partition : partitions) SettleUnanswered(partition);
  RetryAcknowledged(partitions);
  return report_;
}

bool Verifier::TakeSnapshot() {
  std::string error;
  auto call = [](auto method) {
    return [method](const std::string& token, auto* response) {
      grpc::ClientContext context;
      SetDeadline(context);
      return method(context, token, response);
    };
  };
  bool ok =
      ListAll<v1::ListLeadsResponse>(
          call([this](grpc::ClientContext& c, const std::string& t, v1::ListLeadsResponse* r) {
            return leads_->ListLeads(&c, PageRequest<v1::ListLeadsRequest>(t), r);
          }),
          [this](const v1::ListLeadsResponse& r) {
            for (const v1::Lead& lead : r.leads()) snapshot_.leads[lead.name()] = lead;
          },
          &error) &&
      ListAll<v1::ListAccountsResponse>(
          call([this](grpc::ClientContext& c, const std::string& t, v1::ListAccountsResponse* r) {
            return accounts_->ListAccounts(&c, PageRequest<v1::ListAccountsRequest>(t), r);
          }),
          [this](const v1::ListAccountsResponse& r) {
            for (const v1::Account& a : r.accounts()) snapshot_.accounts[a.name()] = a;
          },
          &error) &&
      ListAll<v1::ListContactsResponse>(
          call([this](grpc::ClientContext& c, const std::string& t, v1::ListContactsResponse* r) {
            return accounts_->ListContacts(&c, PageRequest<v1::ListContactsRequest>(t), r);
          }),
          [this](const v1::ListContactsResponse& r) {
            for (const v1::Contact& c : r.contacts()) snapshot_.contacts[c.name()] = c;
          },
          &error) &&
      ListAll<v1::ListOpportunitiesResponse>(
          call([this](grpc::ClientContext& c, const std::string& t,
                      v1::ListOpportunitiesResponse* r) {
            return opportunities_->ListOpportunities(
                &c, PageRequest<v1::ListOpportunitiesRequest>(t), r);
          }),
          [this](const v1::ListOpportunitiesResponse& r) {
            for (const v1::Opportunity& o : r.opportunities()) {
              snapshot_.opportunities[o.name()] = o;
            }
          },
          &error);
  Expect(ok, "listing the restarted server's records failed: " + error);
  return ok;
}

void Verifier::CheckStructure() {
  // Which converted leads point at each record, to find records that a
  // conversion made without its lead (a half conversion) and leads that
  // point at nothing.
  std::map<std::string, int> leads_of_account, leads_of_contact, leads_of_opportunity;
  std::map<std::string, int> leads_with_last_name;
  for (const auto& [name, lead] : snapshot_.leads) {
    ++leads_with_last_name[lead.last_name()];
    if (!lead.converted()) {
      Expect(lead.converted_account().empty() && lead.converted_contact().empty() &&
                 lead.converted_opportunity().empty() && lead.status() != kConvertedStatus,
             "lead " + name + " is not converted but links records or has status " + lead.status());
      continue;
    }
    const std::string& account = lead.converted_account();
    ++leads_of_account[account];
    ++leads_of_contact[lead.converted_contact()];
    Expect(lead.status() == kConvertedStatus,
           "converted lead " + name + " has status " + lead.status());
    Expect(snapshot_.accounts.count(account) == 1,
           "half conversion: lead " + name + " links missing account \"" + account + "\"");
    auto contact = snapshot_.contacts.find(lead.converted_contact());
    Expect(contact != snapshot_.contacts.end() && contact->second.account() == account,
           "half conversion: lead " + name + " links contact \"" + lead.converted_contact() +
               "\", missing or not of " + account);
    if (lead.converted_opportunity().empty()) continue;
    ++leads_of_opportunity[lead.converted_opportunity()];
    auto opportunity = snapshot_.opportunities.find(lead.converted_opportunity());
    Expect(opportunity != snapshot_.opportunities.end() && opportunity->second.account() == account,
           "half conversion: lead " + name + " links opportunity \"" +
               lead.converted_opportunity() + "\", missing or not of " + account);
  }
  for (const auto& [last_name, count] : leads_with_last_name) {
    Expect(count == 1, std::to_string(count) + " leads have the last name \"" + last_name +
                           "\" of one CreateLead request id");
  }
  // Every record that only conversion makes must have exactly one lead.
  for (const auto& [name, account] : snapshot_.accounts) {
    if (!StartsWith(account.display_name(), kLeadCompanyPrefix)) continue;
    Expect(leads_of_account[name] == 1,
           "half conversion: account " + name + " (" + account.display_name() + ") has " +
               std::to_string(leads_of_account[name]) + " converted leads");
  }
  for (const auto& [name, contact] : snapshot_.contacts) {
    if (!StartsWith(contact.last_name(), kLeadLastNamePrefix)) continue;
    Expect(leads_of_contact[name] == 1,
           "half conversion: contact " + name + " (" + contact.last_name() + ") has " +
               std::to_string(leads_of_contact[name]) + " converted leads");
  }
  for (const auto& [name, opportunity] : snapshot_.opportunities) {
    Expect(leads_of_opportunity[name] == 1,
           "half conversion: opportunity " + name + " (" + opportunity.display_name() + ") has " +
               std::to_string(leads_of_opportunity[name]) + " converted leads");
  }
}

void Verifier::CheckLeads(Partition& partition) {
  // A conversion without reply may have happened: then the lead shows as
  // converted, which is no lost write.
  std::string unanswered_conversion;
  if (partition.unanswered && partition.unanswered->kind == kConvertLead) {
    unanswered_conversion = partition.unanswered->convert_lead.name();
  }
  for (auto& [name, record] : partition.leads) {
    ++report_.leads;
    auto found = snapshot_.leads.find(name);
    if (found == snapshot_.leads.end()) {
      Expect(false, "lost write: lead " + name + " (acknowledged, last written in round " +
                        std::to_string(record.last_round) + ") is missing");
      continue;
    }
    const v1::Lead& lead = found->second;
    const LeadFields seen = FieldsOf(lead);
    LeadFields converted = record.acked;
    converted.status = kConvertedStatus;
    converted.converted = true;
    if (seen == record.acked) {
      // Unchanged fields with another etag would mean a write nobody was
      // told about.
      Expect(lead.etag() == record.etag, "lead " + name + " has etag " + lead.etag() +
                                             ", its last acknowledged write gave " + record.etag);
      if (record.maybe) Applied(false);
    } else if (record.maybe && seen == *record.maybe) {
      Applied(true);
    } else if (name == unanswered_conversion && seen == converted) {
      // Settled, and counted, with the conversion.
    } else {
      Expect(false, "lost write: lead " + name + " is " + Describe(seen) + ", acknowledged " +
                        Describe(record.acked) +
                        (record.maybe ? ", or unanswered " + Describe(*record.maybe) : ""));
    }
    const bool written_now = record.last_round == round_ || record.maybe.has_value();
    record.acked = seen;
    record.etag = lead.etag();
    record.maybe.reset();
    if (written_now) GetLead(name);
  }
}

void Verifier::GetLead(const std::string& name) {
  v1::GetLeadRequest request;
  request.set_name(name);
  v1::Lead lead;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = leads_->GetLead(&context, request, &lead);
  ++report_.gets;
  const v1::Lead& listed = snapshot_.leads[name];
  Expect(status.ok() && FieldsOf(lead) == FieldsOf(listed) && lead.etag() == listed.etag(),
         "GetLead " + name + " disagrees with ListLeads: " +
             (status.ok() ? lead.ShortDebugString() : CodeOf(status)));
}

void Verifier::CheckConversions(const Partition& partition) {
  for (const ConversionRecord& conversion : partition.conversions) {
    ++report_.conversions;
    const v1::ConvertLeadResponse& reply = conversion.reply;
    const std::string& name = reply.lead().name();
    auto found = snapshot_.leads.find(name);
    if (found == snapshot_.leads.end()) continue;  // reported by CheckLeads
    const v1::Lead& lead = found->second;
    const std::string opportunity = reply.has_opportunity() ? reply.opportunity().name() : "";
    Expect(lead.converted() && lead.converted_account() == reply.account().name() &&
               lead.converted_contact() == reply.contact().name() &&
               lead.converted_opportunity() == opportunity,
           "lost conversion: lead " + name + " converted in round " +
               std::to_string(conversion.round) + " to " + reply.account().name() + ", " +
               reply.contact().name() + ", \"" + opportunity + "\" now reads converted=" +
               (lead.converted() ? "true" : "false") + " " + lead.converted_account() + ", " +
               lead.converted_contact() + ", \"" + lead.converted_opportunity() + "\"");
    Expect(
        snapshot_.accounts.count(reply.account().name()) == 1,
        "lost conversion: account " + reply.account().name() + " of lead " + name + " is missing");
    Expect(
        snapshot_.contacts.count(reply.contact().name()) == 1,
        "lost conversion: contact " + reply.contact().name() + " of lead " + name + " is missing");
    if (!opportunity.empty()) {
      Expect(snapshot_.opportunities.count(opportunity) == 1,
             "lost conversion: opportunity " + opportunity + " of lead " + name + " is missing");
    }
    if (conversion.round == round_) GetConversion(conversion);
  }
}

void Verifier::GetConversion(const ConversionRecord& conversion) {
  const v1::ConvertLeadResponse& reply = conversion.reply;
  {
    v1::GetAccountRequest request;
    request.set_name(reply.account().name());
    v1::Account account;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = accounts_->GetAccount(&context, request, &account);
    ++report_.gets;
    Expect(status.ok(), "GetAccount " + request.name() + ": " + CodeOf(status));
  }
  {
    v1::GetContactRequest request;
    request.set_name(reply.contact().name());
    v1::Contact contact;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = accounts_->GetContact(&context, request, &contact);
    ++report_.gets;
    Expect(status.ok() && contact.account() == reply.account().name(),
           "GetContact " + request.name() + ": " +
               (status.ok() ? contact.ShortDebugString() : CodeOf(status)));
  }
  if (!reply.has_opportunity()) return;
  v1::GetOpportunityRequest request;
  request.set_name(reply.opportunity().name());
  v1::Opportunity opportunity;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = opportunities_->GetOpportunity(&context, request, &opportunity);
  ++report_.gets;
  Expect(status.ok() && opportunity.account() == reply.account().name(),
         "GetOpportunity " + request.name() + ": " +
             (status.ok() ? opportunity.ShortDebugString() : CodeOf(status)));
}

void Verifier::CheckOpportunities(Partition& partition) {
  for (auto& [name, record] : partition.opportunities) {
    ++report_.opportunities;
    auto found = snapshot_.opportunities.find(name);
    if (found == snapshot_.opportunities.end()) {
      Expect(false, "lost write: opportunity " + name + " is missing");
      continue;
    }
    const v1::Opportunity& listed = found->second;
    if (listed.stage() == record.stage) {
      Expect(listed.etag() == record.etag, "opportunity " + name + " has etag " + listed.etag() +
                                               ", its last acknowledged write gave " + record.etag);
      if (record.maybe_stage) Applied(false);
    } else if (record.maybe_stage && listed.stage() == *record.maybe_stage) {
      Applied(true);
    } else {
      Expect(false,
             "lost write: opportunity " + name + " is in stage \"" + listed.stage() +
                 "\", acknowledged \"" + record.stage + "\"" +
                 (record.maybe_stage ? " or unanswered \"" + *record.maybe_stage + "\"" : ""));
    }
    const bool written_now = record.last_round == round_ || record.maybe_stage.has_value();
    record.stage = listed.stage();
    record.etag = listed.etag();
    record.maybe_stage.reset();
    if (NextStage(record.stage).empty()) EraseName(partition.open_opportunities, name);
    if (!written_now) continue;
    v1::GetOpportunityRequest request;
    request.set_name(name);
    v1::Opportunity opportunity;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = opportunities_->GetOpportunity(&context, request, &opportunity);
    ++report_.gets;
    Expect(
        status.ok() && opportunity.stage() == listed.stage() && opportunity.etag() == listed.etag(),
        "GetOpportunity " + name + " disagrees with ListOpportunities: " +
            (status.ok() ? opportunity.ShortDebugString() : CodeOf(status)));
  }
}

void Verifier::CheckAccountsAndContacts(const Partition& partition) {
  for (const AccountRecord& record : partition.accounts) {
    ++report_.accounts;
    auto found = snapshot_.accounts.find(record.reply.name());
    Expect(found != snapshot_.accounts.end() &&
               found->second.display_name() == record.reply.display_name(),
           "lost write: account " + record.reply.name() + " (" + record.reply.display_name() +
               ", round " + std::to_string(record.round) + ") is missing or renamed");
  }
  for (const ContactRecord& record : partition.contacts) {
    ++report_.contacts;
    auto found = snapshot_.contacts.find(record.reply.name());
    Expect(found != snapshot_.contacts.end() &&
               found->second.last_name() == record.reply.last_name() &&
               found->second.account() == record.reply.account(),
           "lost write: contact " + record.reply.name() + " (" + record.reply.last_name() +
               ", round " + std::to_string(record.round) + ") is missing or changed");
  }
}

void Verifier::SettleUnanswered(Partition& partition) {
  if (!partition.unanswered) return;
  const Unanswered unanswered = *partition.unanswered;
  partition.unanswered.reset();
  switch (unanswered.kind) {
    case kCreateLead:
      SettleCreateLead(partition, unanswered.create_lead);
      break;
    case kConvertLead:
      SettleConvertLead(partition, unanswered.convert_lead);
      break;
    case kCreateAccount:
      SettleCreateAccount(partition, unanswered.create_account);
      break;
    case kCreateContact:
      SettleCreateContact(partition, unanswered.create_contact);
      break;
    default:
      break;  // updates were settled by comparing their fields
  }
}

void Verifier::SettleCreateLead(Partition& partition, const v1::CreateLeadRequest& request) {
  std::string existing;
  for (const auto& [name, lead] : snapshot_.leads) {
    if (lead.last_name() == request.lead().last_name()) existing = name;
  }
  v1::Lead reply;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = leads_->CreateLead(&context, request, &reply);
  Applied(!existing.empty());
  if (!status.ok()) {
    Expect(false,
           "CreateLead retry after restart (" + request.request_id() + "): " + CodeOf(status));
    return;
  }
  // Applied before the kill: the retry must name that lead, not make another.
  Expect(existing.empty() || reply.name() == existing,
         "CreateLead retry after restart (" + request.request_id() + ") returned " + reply.name() +
             ", but the first call had created " + existing);
  RecordCreatedLead(partition, request, reply, round_);
}

void Verifier::SettleConvertLead(Partition& partition, const v1::ConvertLeadRequest& request) {
  // A lead missing from the snapshot was reported by CheckLeads; the retry
  // then shows what the server makes of it.
  auto found = snapshot_.leads.find(request.name());
  const v1::Lead before = found != snapshot_.leads.end() ? found->second : v1::Lead();
  v1::ConvertLeadResponse reply;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = leads_->ConvertLead(&context, request, &reply);
  Applied(before.converted());
  if (!status.ok()) {
    Expect(false,
           "ConvertLead retry after restart (" + request.request_id() + "): " + CodeOf(status));
    return;
  }
  for (const std::string& problem : ConversionReplyProblems(request, reply)) {
    Expect(false, "ConvertLead retry after restart of " + request.name() + ": " + problem);
  }
  if (before.converted()) {
    Expect(
        before.converted_account() == reply.account().name() &&
            before.converted_contact() == reply.contact().name() &&
            before.converted_opportunity() ==
                (reply.has_opportunity() ? reply.opportunity().name() : ""),
        "ConvertLead retry after restart of " + request.name() +
            " names other records than the conversion that happened: " + reply.ShortDebugString());
  }
  RecordConversion(partition, request, reply, round_);
}

void Verifier::SettleCreateAccount(Partition& partition, const v1::CreateAccountRequest& request) {
  std::string existing;
  for (const auto& [name, account] : snapshot_.accounts) {
    if (account.display_name() == request.account().display_name()) existing = name;
  }
  v1::Account reply;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = accounts_->CreateAccount(&context, request, &reply);
  Applied(!existing.empty());
  if (!status.ok()) {
    Expect(false,
           "CreateAccount retry after restart (" + request.request_id() + "): " + CodeOf(status));
    return;
  }
  Expect(existing.empty() || reply.name() == existing,
         "CreateAccount retry after restart (" + request.request_id() + ") returned " +
             reply.name() + ", but the first call had created " + existing);
  partition.accounts.push_back(AccountRecord{request, reply, round_});
}

void Verifier::SettleCreateContact(Partition& partition, const v1::CreateContactRequest& request) {
  std::string existing;
  for (const auto& [name, contact] : snapshot_.contacts) {
    if (contact.last_name() == request.contact().last_name()) existing = name;
  }
  v1::Contact reply;
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status = accounts_->CreateContact(&context, request, &reply);
  Applied(!existing.empty());
  if (!status.ok()) {
    Expect(false,
           "CreateContact retry after restart (" + request.request_id() + "): " + CodeOf(status));
    return;
  }
  Expect(existing.empty() || reply.name() == existing,
         "CreateContact retry after restart (" + request.request_id() + ") returned " +
             reply.name() + ", but the first call had created " + existing);
  partition.contacts.push_back(ContactRecord{request, reply, round_});
}

void Verifier::RetryAcknowledged(std::vector<Partition>& partitions) {
  std::vector<const LeadRecord*> leads;
  std::vector<const ConversionRecord*> conversions;
  for (const Partition& partition : partitions) {
    for (const auto& [name, record] : partition.leads) leads.push_back(&record);
    for (const ConversionRecord& record : partition.conversions) conversions.push_back(&record);
  }
  // A random sample over the whole history: old request ids must hold as
  // well as the ones of the round just killed.
  std::shuffle(leads.begin(), leads.end(), random_);
  std::shuffle(conversions.begin(), conversions.end(), random_);
  for (std::size_t i = 0; i < leads.size() && i < kRetriesPerKind; ++i) {
    const LeadRecord& record = *leads[i];
    v1::Lead reply;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = leads_->CreateLead(&context, record.create, &reply);
    ++report_.restart_retries;
    Expect(status.ok() && reply.name() == record.name,
           "CreateLead retry after restart (" + record.create.request_id() + ", round " +
               std::to_string(record.created_round) + ") returned " +
               (status.ok() ? reply.name() : CodeOf(status)) + " instead of " + record.name);
  }
  for (std::size_t i = 0; i < conversions.size() && i < kRetriesPerKind; ++i) {
    const ConversionRecord& record = *conversions[i];
    v1::ConvertLeadResponse reply;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = leads_->ConvertLead(&context, record.request, &reply);
    ++report_.restart_retries;
    Expect(status.ok() && MessageDifferencer::Equals(reply, record.reply),
           "ConvertLead retry after restart (" + record.request.request_id() + ", round " +
               std::to_string(record.round) + ") did not return the first reply: " +
               (status.ok() ? reply.ShortDebugString() : CodeOf(status)));
  }
}

void Verifier::Expect(bool ok, const std::string& what) {
  findings_.Check(ok, "round " + std::to_string(round_) + " verify: " + what);
}

}  // namespace

VerifyReport Verify(std::shared_ptr<grpc::Channel> channel, int round, uint64_t seed,
                    std::vector<Partition>& partitions, Findings& findings) {
  return Verifier(std::move(channel), round, seed, findings).Run(partitions);
}

}  // namespace leadflow::crash_rounds
