#include "e2e/postgres_load_clients.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow::postgres_load {

using ::grpc::StatusCode;

Client::Client(const LoadState& load, int home) : load_(load), home_(home) {
  for (const std::string& address : load.addresses) {
    leads_.push_back(v1::LeadService::NewStub(testing::OwnChannel(address)));
  }
}

grpc::Status Client::Timed(const char* method, int server, const Call& call) {
  const Clock::time_point start = Clock::now();
  grpc::Status status = call(*leads_[server], testing::Context().get());
  CallRecord record{method, server, status.error_code(), "", "", start, Clock::now()};
  if (!status.ok()) {
    record.reason = testing::ReasonOf(testing::RpcStatusOf(status));
    record.message = status.error_message();
  }
  if (status.error_code() != StatusCode::UNAVAILABLE) {
    last_answer_ = record.end.time_since_epoch().count();
  }
  calls_.push_back(std::move(record));
  return status;
}

grpc::Status Client::UntilAnswered(const char* method, const Call& call, int* attempts) {
  for (*attempts = 1;; ++*attempts) {
    const int server = (home_ + *attempts - 1) % kServers;
    grpc::Status status = Timed(method, server, call);
    if (status.error_code() != StatusCode::UNAVAILABLE || Clock::now() > load_.give_up) {
      return status;
    }
    std::this_thread::sleep_for(kRetryPause);
  }
}

void Creator::Run() {
  while (!load_.stop) {
    v1::Lead lead;
    lead.set_last_name(absl::StrCat(prefix_, created_.size()));
    lead.set_company("Outage Co");
    Create(lead);
    std::this_thread::sleep_for(kThinkTime);
  }
}

std::string Creator::Create(const v1::Lead& lead) {
  v1::CreateLeadRequest request;
  *request.mutable_lead() = lead;
  request.set_request_id(absl::StrCat(prefix_, created_.size()));
  Created created{request.request_id(), "", 0};
  v1::Lead reply;
  grpc::Status status = UntilAnswered(
      "CreateLead",
      [&](v1::LeadService::Stub& stub, grpc::ClientContext* context) {
        return stub.CreateLead(context, request, &reply);
      },
      &created.attempts);
  if (status.ok()) created.name = reply.name();
  created_.push_back(created);
  return created.name;
}

bool ConversionRace::Take(int i) {
  std::lock_guard<std::mutex> lock(mu_);
  if (i <= taken_) return true;
  if (stopping_ || i >= static_cast<int>(leads_.size())) return false;
  taken_ = i;
  return true;
}

void ConversionRace::Stop() {
  std::lock_guard<std::mutex> lock(mu_);
  stopping_ = true;
}

int ConversionRace::raced() const {
  std::lock_guard<std::mutex> lock(mu_);
  return taken_ + 1;
}

void Converter::Run() {
  for (int i = 0;; ++i) {
    std::this_thread::sleep_until(load_.start + i * kConversionPeriod);
    if (!race_.Take(i)) return;
    Convert(race_.lead(i));
  }
}

void Converter::Convert(const std::string& lead) {
  v1::ConvertLeadRequest request;
  request.set_name(lead);
  request.set_request_id(absl::StrCat("convert-", home_, "-", lead));
  Outcome outcome{request.request_id(), {}, {}, 0};
  outcome.status = UntilAnswered(
      "ConvertLead",
      [&](v1::LeadService::Stub& stub, grpc::ClientContext* context) {
        return stub.ConvertLead(context, request, &outcome.reply);
      },
      &outcome.attempts);
  outcomes_.push_back(std::move(outcome));
}

void Incrementer::Run() {
  for (std::size_t n = index_; !load_.stop; ++n) {
    Increment(counters_[n % counters_.size()]);
    std::this_thread::sleep_for(kThinkTime);
  }
}

// Until the increment is acknowledged, or its outcome lost to the outage,
// or something unexpected happened (which the call checks report).
void Incrementer::Increment(const std::string& counter) {
  Tally& tally = tallies_[counter];
  while (!load_.stop) {
    v1::Lead lead;
    v1::GetLeadRequest get;
    get.set_name(counter);
    grpc::Status status =
        Timed("GetLead", home_, [&](v1::LeadService::Stub& stub, grpc::ClientContext* context) {
          return stub.GetLead(context, get, &lead);
        });
    if (status.error_code() == StatusCode::UNAVAILABLE) {
      std::this_thread::sleep_for(kRetryPause);
      continue;
    }
    if (!status.ok()) return;
    v1::UpdateLeadRequest update;
    update.mutable_lead()->set_name(counter);
    update.mutable_lead()->set_etag(lead.etag());
    update.mutable_lead()->set_number_of_employees(lead.number_of_employees() + 1);
    update.mutable_update_mask()->add_paths("number_of_employees");
    status =
        Timed("UpdateLead", home_, [&](v1::LeadService::Stub& stub, grpc::ClientContext* context) {
          return stub.UpdateLead(context, update, &lead);
        });
    if (status.error_code() == StatusCode::ABORTED) {
      ++tally.aborted;
      continue;  // another client's increment came first: read again
    }
    if (status.ok()) ++tally.acknowledged;
    if (status.error_code() == StatusCode::UNAVAILABLE) ++tally.unknown;
    return;
  }
}

bool Load::Prepare() {
  state_.give_up = Clock::now() + kGiveUp;
  for (int c = 0; c < kCounters; ++c) {
    v1::Lead lead;
    lead.set_last_name(absl::StrCat("Counter ", c));
    lead.set_company("Counter Co");
    counters_.push_back(setup_.Create(lead));
    if (counters_.back().empty()) return false;
  }
  for (int p = 0; p < kConverterPairs; ++p) {
    std::vector<std::string> leads;
    for (int i = 0; i < kLeadsPerPair; ++i) {
      v1::Lead lead;
      lead.set_last_name(absl::StrCat("Race ", p, "-", i));
      lead.set_company(absl::StrCat("Race Co ", p, "-", i));
      leads.push_back(setup_.Create(lead));
      if (leads.back().empty()) return false;
    }
    races_.push_back(std::make_unique<ConversionRace>(std::move(leads)));
  }
  return true;
}

void Load::Start() {
  state_.start = Clock::now();
  state_.give_up = state_.start + kGiveUp;
  for (int server = 0; server < kServers; ++server) {
    for (int i = 0; i < kCreatorsPerServer; ++i) {
      Add<Creator>(creators_, server, absl::StrCat("create-", creators_.size(), "-"));
    }
    for (auto& race : races_) Add<Converter>(converters_, server, *race);
    for (int i = 0; i < kIncrementersPerServer; ++i) {
      Add<Incrementer>(incrementers_, server, static_cast<int>(incrementers_.size()), counters_);
    }
  }
  for (Client* client : clients_) threads_.emplace_back([client] { client->Run(); });
}

void Load::Stop() {
  state_.stop = true;
  for (auto& race : races_) race->Stop();
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
}

bool Load::WaitForAnswersAfter(Clock::time_point since, std::chrono::milliseconds bound,
                               Clock::time_point* at) const {
  const Clock::time_point deadline = Clock::now() + bound;
  do {
    if (std::all_of(clients_.begin(), clients_.end(),
                    [&](const Client* c) { return c->last_answer() > since; })) {
      *at = Clock::now();
      return true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  } while (Clock::now() < deadline);
  return false;
}

std::vector<CallRecord> Load::Calls() const {
  std::vector<CallRecord> all = setup_.calls();
  for (const Client* client : clients_) {
    all.insert(all.end(), client->calls().begin(), client->calls().end());
  }
  return all;
}

std::vector<Creator::Created> Load::Creates() const {
  std::vector<Creator::Created> all = setup_.created();
  for (const auto& creator : creators_) {
    all.insert(all.end(), creator->created().begin(), creator->created().end());
  }
  return all;
}

std::map<std::string, Incrementer::Tally> Load::Tallies() const {
  std::map<std::string, Incrementer::Tally> sum;
  for (const auto& incrementer : incrementers_) {
    for (const auto& [counter, tally] : incrementer->tallies()) {
      sum[counter].acknowledged += tally.acknowledged;
      sum[counter].unknown += tally.unknown;
      sum[counter].aborted += tally.aborted;
    }
  }
  return sum;
}

}  // namespace leadflow::postgres_load
