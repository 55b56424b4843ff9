// The change feed across crashes and restarts of the real leadflow-server
// binary. Client threads make writes (lead creates with request ids,
// etag-checked lead updates, conversions with request ids, opportunity
// stage changes) while a watcher follows WatchEvents and records every
// event. The server is SIGKILLed mid-load, restarted on the same database,
// and the watcher resumes from the last sequence it received; one round
// stops it gracefully (SIGTERM) instead. A create or conversion whose
// outcome the kill hid is sent again with its request id until answered,
// so its outcome becomes known; an update whose outcome the kill hid stays
// unknown (either outcome is accepted). At the end:
//  - the watcher's events have consecutive sequences from 1 (no gap, no
//    duplicate) and are exactly the events ListEvents returns from 0;
//  - every acknowledged write has exactly one event, with its resource, its
//    request id and the etag of the reply; a conversion's account, contact
//    and opportunity events come right before its LEAD_CONVERTED;
//  - no event without its write: every event belongs to a write a client
//    made (acknowledged, or of unknown outcome, and then at most once), and
//    the newest event of every record is the record in the database (same
//    etag), so no event survived whose change did not;
//  - on the graceful stop the watch ended with UNAVAILABLE and the
//    checkpoint_sequence it had received up to.
//
// Usage: feed_crash_test PATH/TO/leadflow-server

#include <grpcpp/grpcpp.h>

#include <google/protobuf/util/message_differencer.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "leadflow/v1/account_service.grpc.pb.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"
#include "support/feed_watcher.h"
#include "support/server_process.h"
#include "support/temp_dir.h"
#include "support/test_main.h"

namespace leadflow {
namespace {

using ::leadflow::testing::ErrorInfoNumber;
using ::leadflow::testing::ListEventsAfter;
using ::leadflow::testing::ServerProcess;
using ::leadflow::v1::Event;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using std::chrono::seconds;

std::string g_server_binary;

constexpr int kClients = 4;
constexpr milliseconds kCallDeadline(5000);
constexpr milliseconds kStartTimeout(20000);
constexpr milliseconds kStopGrace(15000);
// How long the load runs before each stop, and what stops it.
enum class Stop { kKill, kTerm };
constexpr Stop kRounds[] = {Stop::kKill, Stop::kKill, Stop::kTerm, Stop::kKill};
constexpr int kLoadMinMs = 400;
constexpr int kLoadMaxMs = 900;

void SetDeadline(grpc::ClientContext& context) {
  context.set_deadline(std::chrono::system_clock::now() + kCallDeadline);
}

std::shared_ptr<grpc::Channel> NewChannel(const std::string& address, int index) {
  grpc::ChannelArguments args;
  args.SetInt("leadflow.test_channel", index);  // a connection of its own
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

// Where the server is: the address changes with every start (port 0).
class Endpoint {
 public:
  void Up(const std::string& address) {
    std::lock_guard<std::mutex> lock(mu_);
    address_ = address;
    up_ = true;
    ++generation_;
  }
  void Down() {
    std::lock_guard<std::mutex> lock(mu_);
    up_ = false;
  }
  // The address and its generation while the server is up; false if not.
  bool Get(std::string* address, int* generation) const {
    std::lock_guard<std::mutex> lock(mu_);
    *address = address_;
    *generation = generation_;
    return up_;
  }

 private:
  mutable std::mutex mu_;
  std::string address_;
  int generation_ = 0;
  bool up_ = false;
};

// One write a client made, and what it knows of its outcome.
struct Write {
  enum Kind { kCreate, kUpdate, kConvert, kStage };
  explicit Write(Kind kind) : kind(kind) {}
  Kind kind;
  bool acknowledged = false;
  std::string request_id;  // creates and conversions
  std::string tag;         // updates (the lead's title) and stage changes (description)
  std::string resource;    // the lead (the opportunity for stage changes); creates: once known
  std::string etag;        // of the reply
  std::string account, contact, opportunity;  // of a conversion's reply
  int attempts = 0;  // creates and conversions are sent again until answered
};

const char* KindName(Write::Kind kind) {
  switch (kind) {
    case Write::kCreate: return "create";
    case Write::kUpdate: return "update";
    case Write::kConvert: return "conversion";
    case Write::kStage: return "stage change";
  }
  return "?";
}

class Client {
 public:
  Client(int index, const Endpoint& endpoint, const std::atomic<bool>& stop)
      : index_(index), endpoint_(endpoint), stop_(stop), random_(1000 + index) {}

  void Run() {
    while (!stop_) {
      if (!Connect()) {
        std::this_thread::sleep_for(milliseconds(10));
        continue;
      }
      if (!RetryUnanswered()) continue;
      const int roll = static_cast<int>(random_() % 100);
      bool ok;
      if (roll < 35 || open_leads_.empty()) {
        ok = CreateLead();
      } else if (roll < 65) {
        ok = UpdateLead();
      } else if (roll < 80) {
        ok = ConvertLead();
      } else if (!opportunities_.empty()) {
        ok = ChangeStage();
      } else {
        ok = CreateLead();
      }
      if (!ok) std::this_thread::sleep_for(milliseconds(20));
    }
  }

  // After the load: answers every create and conversion still unanswered
  // (the server is up). Whether all were answered.
  bool Finish() {
    for (int attempt = 0; attempt < 200; ++attempt) {
      if (Connect() && RetryUnanswered()) return true;
      std::this_thread::sleep_for(milliseconds(50));
    }
    return false;
  }

  const std::vector<Write>& writes() const { return writes_; }
  int failures() const { return failures_; }

 private:
  struct Lead {
    std::string name, etag;
  };
  struct Opportunity {
    std::string name, etag, stage;
  };

  bool Connect() {
    std::string address;
    int generation;
    if (!endpoint_.Get(&address, &generation)) return false;
    if (generation != generation_) {
      auto channel = NewChannel(address, index_);
      leads_ = v1::LeadService::NewStub(channel);
      opportunity_service_ = v1::OpportunityService::NewStub(channel);
      generation_ = generation;
    }
    return true;
  }

  std::string NextTag() { return absl::StrCat("c", index_, "n", ++sequence_); }

  void Failed(std::size_t write) {
    ++failures_;
    if (writes_[write].kind == Write::kCreate || writes_[write].kind == Write::kConvert) {
      unanswered_.push_back(write);
    }
  }

  // Sends every unanswered create and conversion again, with its request
  // id; false at the first that fails again.
  bool RetryUnanswered() {
    while (!unanswered_.empty()) {
      Write& write = writes_[unanswered_.front()];
      if (!(write.kind == Write::kCreate ? SendCreate(write) : SendConvert(write))) return false;
      unanswered_.erase(unanswered_.begin());
    }
    return true;
  }

  bool SendCreate(Write& write) {
    ++write.attempts;
    v1::CreateLeadRequest request;
    request.mutable_lead()->set_last_name(absl::StrCat("Feed ", write.request_id));
    request.mutable_lead()->set_company("Crash Works");
    request.mutable_lead()->set_lead_source("Web");
    request.set_request_id(write.request_id);
    v1::Lead reply;
    grpc::ClientContext context;
    SetDeadline(context);
    if (!leads_->CreateLead(&context, request, &reply).ok()) return false;
    write.acknowledged = true;
    write.resource = reply.name();
    write.etag = reply.etag();
    open_leads_.push_back({reply.name(), reply.etag()});
    return true;
  }

  bool SendConvert(Write& write) {
    ++write.attempts;
    v1::ConvertLeadRequest request;
    request.set_name(write.resource);
    request.set_request_id(write.request_id);
    request.set_opportunity_name(absl::StrCat("Deal ", write.request_id));
    request.mutable_opportunity_amount()->set_currency_code("USD");
    request.mutable_opportunity_amount()->set_units(5000);
    v1::ConvertLeadResponse reply;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = leads_->ConvertLead(&context, request, &reply);
    if (!status.ok()) return false;
    write.acknowledged = true;
    write.etag = reply.lead().etag();
    write.account = reply.account().name();
    write.contact = reply.contact().name();
    write.opportunity = reply.opportunity().name();
    opportunities_.push_back(
        {reply.opportunity().name(), reply.opportunity().etag(), reply.opportunity().stage()});
    return true;
  }

  bool CreateLead() {
    writes_.emplace_back(Write::kCreate);
    writes_.back().request_id = absl::StrCat("feed-crash-", NextTag());
    if (SendCreate(writes_.back())) return true;
    Failed(writes_.size() - 1);
    return false;
  }

  // Takes a random open lead out of the working set.
  Lead TakeLead() {
    const std::size_t pick = random_() % open_leads_.size();
    Lead lead = open_leads_[pick];
    open_leads_.erase(open_leads_.begin() + static_cast<std::ptrdiff_t>(pick));
    return lead;
  }

  bool UpdateLead() {
    Lead lead = TakeLead();
    Write write(Write::kUpdate);
    write.tag = absl::StrCat("T ", NextTag());
    write.resource = lead.name;
    v1::UpdateLeadRequest request;
    request.mutable_lead()->set_name(lead.name);
    request.mutable_lead()->set_etag(lead.etag);
    request.mutable_lead()->set_title(write.tag);
    request.mutable_update_mask()->add_paths("title");
    v1::Lead reply;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = leads_->UpdateLead(&context, request, &reply);
    writes_.push_back(write);
    if (!status.ok()) {
      // Unknown outcome: the etag may be stale now, so the lead is left alone.
      Failed(writes_.size() - 1);
      return false;
    }
    writes_.back().acknowledged = true;
    writes_.back().etag = reply.etag();
    open_leads_.push_back({lead.name, reply.etag()});
    return true;
  }

  bool ConvertLead() {
    Lead lead = TakeLead();  // converted (or being converted) from now on
    writes_.emplace_back(Write::kConvert);
    writes_.back().request_id = absl::StrCat("feed-crash-", NextTag());
    writes_.back().resource = lead.name;
    if (SendConvert(writes_.back())) return true;
    Failed(writes_.size() - 1);
    return false;
  }

  bool ChangeStage() {
    static const char* const kStages[] = {"Qualification", "Needs Analysis", "Value Proposition"};
    const std::size_t pick = random_() % opportunities_.size();
    Opportunity opportunity = opportunities_[pick];
    opportunities_.erase(opportunities_.begin() + static_cast<std::ptrdiff_t>(pick));
    std::vector<std::string> other_stages;
    for (const char* stage : kStages) {
      if (stage != opportunity.stage) other_stages.emplace_back(stage);
    }
    const std::string stage = other_stages[random_() % other_stages.size()];
    Write write(Write::kStage);
    write.tag = absl::StrCat("D ", NextTag());
    write.resource = opportunity.name;
    v1::UpdateOpportunityRequest request;
    request.mutable_opportunity()->set_name(opportunity.name);
    request.mutable_opportunity()->set_etag(opportunity.etag);
    request.mutable_opportunity()->set_stage(stage);
    request.mutable_opportunity()->set_description(write.tag);
    request.mutable_update_mask()->add_paths("stage");
    request.mutable_update_mask()->add_paths("description");
    v1::Opportunity reply;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = opportunity_service_->UpdateOpportunity(&context, request, &reply);
    writes_.push_back(write);
    if (!status.ok()) {
      Failed(writes_.size() - 1);
      return false;
    }
    writes_.back().acknowledged = true;
    writes_.back().etag = reply.etag();
    opportunities_.push_back({opportunity.name, reply.etag(), reply.stage()});
    return true;
  }

  const int index_;
  const Endpoint& endpoint_;
  const std::atomic<bool>& stop_;
  std::mt19937_64 random_;
  int generation_ = -1;
  int sequence_ = 0;
  int failures_ = 0;
  std::unique_ptr<v1::LeadService::Stub> leads_;
  std::unique_ptr<v1::OpportunityService::Stub> opportunity_service_;
  std::vector<Lead> open_leads_;
  std::vector<Opportunity> opportunities_;
  std::vector<Write> writes_;
  std::vector<std::size_t> unanswered_;
};

// Follows the feed from sequence 0 across every stop of the server,
// resuming each time after the last event it received.
class Watcher {
 public:
  explicit Watcher(const Endpoint& endpoint) : endpoint_(endpoint) {}

  void Run() {
    while (!stop_) {
      std::string address;
      int generation;
      if (!endpoint_.Get(&address, &generation)) {
        std::this_thread::sleep_for(milliseconds(10));
        continue;
      }
      auto stub = v1::EventService::NewStub(NewChannel(address, 100));
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() + seconds(120));
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (stop_) break;
        context_ = &context;
      }
      v1::WatchEventsRequest request;
      request.set_after_sequence(last());
      std::unique_ptr<grpc::ClientReader<v1::WatchEventsResponse>> reader =
          stub->WatchEvents(&context, request);
      v1::WatchEventsResponse response;
      while (reader->Read(&response)) {
        std::lock_guard<std::mutex> lock(mu_);
        for (Event& event : *response.mutable_events()) {
          const std::int64_t expected = events_.empty() ? 1 : events_.back().sequence() + 1;
          if (event.sequence() != expected) {
            problems_.push_back(absl::StrCat("event ", event.sequence(), " arrived where ",
                                             expected, " was due"));
          }
          events_.push_back(std::move(event));
        }
        const std::int64_t received = events_.empty() ? 0 : events_.back().sequence();
        if (response.checkpoint_sequence() != received) {
          problems_.push_back(absl::StrCat("checkpoint_sequence ", response.checkpoint_sequence(),
                                           " after event ", received, " (no filter)"));
        }
      }
      grpc::Status status = reader->Finish();
      std::lock_guard<std::mutex> lock(mu_);
      context_ = nullptr;
      ++streams_;
      const std::optional<std::int64_t> checkpoint =
          ErrorInfoNumber(status, "checkpoint_sequence");
      if (status.error_code() == grpc::StatusCode::UNAVAILABLE && checkpoint.has_value()) {
        // The graceful end: the checkpoint is what this stream delivered.
        ++graceful_ends_;
        const std::int64_t received = events_.empty() ? 0 : events_.back().sequence();
        if (*checkpoint != received) {
          problems_.push_back(absl::StrCat("a shutdown ended the watch at checkpoint ",
                                           *checkpoint, " after event ", received));
        }
      }
      if (!stop_ && status.error_code() != grpc::StatusCode::UNAVAILABLE) {
        notes_.push_back(absl::StrCat("watch ended ", status.error_code(), ": ",
                                      status.error_message()));
      }
      if (!stop_) std::this_thread::sleep_for(milliseconds(20));
    }
  }

  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
    if (context_ != nullptr) context_->TryCancel();
  }

  std::int64_t last() const {
    std::lock_guard<std::mutex> lock(mu_);
    return events_.empty() ? 0 : events_.back().sequence();
  }

  // Only once Run() has returned.
  const std::vector<Event>& events() const { return events_; }
  const std::vector<std::string>& problems() const { return problems_; }
  const std::vector<std::string>& notes() const { return notes_; }
  int streams() const { return streams_; }
  int graceful_ends() const { return graceful_ends_; }

 private:
  const Endpoint& endpoint_;
  mutable std::mutex mu_;
  std::atomic<bool> stop_{false};
  grpc::ClientContext* context_ = nullptr;
  std::vector<Event> events_;
  std::vector<std::string> problems_;
  std::vector<std::string> notes_;
  int streams_ = 0;
  int graceful_ends_ = 0;
};


// The etag of the record an event carries.
std::string EtagOf(const Event& event) {
  switch (event.record_case()) {
    case Event::kLead: return event.lead().etag();
    case Event::kAccount: return event.account().etag();
    case Event::kContact: return event.contact().etag();
    case Event::kOpportunity: return event.opportunity().etag();
    default: return "";
  }
}

// The record's etag in the database; "" with `found` false when it is not
// there.
std::string StoredEtag(const std::shared_ptr<grpc::Channel>& channel, const Event& event,
                       bool* found) {
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::Status status;
  std::string etag;
  switch (event.resource_type()) {
    case Event::LEAD: {
      v1::GetLeadRequest request;
      request.set_name(event.resource());
      v1::Lead lead;
      status = v1::LeadService::NewStub(channel)->GetLead(&context, request, &lead);
      etag = lead.etag();
      break;
    }
    case Event::ACCOUNT: {
      v1::GetAccountRequest request;
      request.set_name(event.resource());
      v1::Account account;
      status = v1::AccountService::NewStub(channel)->GetAccount(&context, request, &account);
      etag = account.etag();
      break;
    }
    case Event::CONTACT: {
      v1::GetContactRequest request;
      request.set_name(event.resource());
      v1::Contact contact;
      status = v1::AccountService::NewStub(channel)->GetContact(&context, request, &contact);
      etag = contact.etag();
      break;
    }
    case Event::OPPORTUNITY: {
      v1::GetOpportunityRequest request;
      request.set_name(event.resource());
      v1::Opportunity opportunity;
      status = v1::OpportunityService::NewStub(channel)->GetOpportunity(&context, request,
                                                                        &opportunity);
      etag = opportunity.etag();
      break;
    }
    default:
      break;
  }
  *found = status.ok();
  EXPECT_TRUE(status.ok() || status.error_code() == grpc::StatusCode::NOT_FOUND)
      << event.resource() << ": " << status.error_message();
  return etag;
}

TEST(FeedCrashTest, TheFeedHasEveryAcknowledgedWriteOnceAndNothingElseAcrossKillsAndRestarts) {
  testing::TempDir dir;
  ServerProcess server(g_server_binary, dir.File("leadflow.db"), dir.File("server.log"));
  std::string error;
  ASSERT_TRUE(server.Start(kStartTimeout, &error)) << error;
  Endpoint endpoint;
  endpoint.Up(server.address());

  std::atomic<bool> stop{false};
  std::vector<std::unique_ptr<Client>> clients;
  std::vector<std::thread> threads;
  for (int c = 0; c < kClients; ++c) {
    clients.push_back(std::make_unique<Client>(c, endpoint, stop));
  }
  for (auto& client : clients) threads.emplace_back([&client] { client->Run(); });
  Watcher watcher(endpoint);
  std::thread watching([&] { watcher.Run(); });

  std::mt19937 random(42);
  int kills = 0, terms = 0;
  for (Stop how : kRounds) {
    std::this_thread::sleep_for(milliseconds(kLoadMinMs + random() % (kLoadMaxMs - kLoadMinMs)));
    const std::int64_t seen = watcher.last();
    if (how == Stop::kKill) {
      server.Kill();
      ++kills;
    } else {
      EXPECT_TRUE(server.Stop(kStopGrace, &error)) << error << "\n" << server.LogTail(2000);
      ++terms;
    }
    endpoint.Down();
    std::printf("%s after the watcher had %ld events\n", how == Stop::kKill ? "SIGKILL" : "SIGTERM",
                static_cast<long>(seen));
    std::this_thread::sleep_for(milliseconds(100));
    ASSERT_TRUE(server.Start(kStartTimeout, &error)) << error;
    endpoint.Up(server.address());
  }
  std::this_thread::sleep_for(milliseconds(500));
  stop = true;
  for (std::thread& thread : threads) thread.join();
  for (auto& client : clients) {
    EXPECT_TRUE(client->Finish()) << "a client could not get its creates and conversions answered";
  }

  // The feed as ListEvents has it, and the watcher caught up with it.
  auto channel = NewChannel(server.address(), 200);
  auto events_stub = v1::EventService::NewStub(channel);
  const std::vector<Event> listed = ListEventsAfter(*events_stub);
  ASSERT_FALSE(listed.empty());
  const std::int64_t latest = listed.back().sequence();
  const Clock::time_point wait_begin = Clock::now();
  while (watcher.last() < latest && Clock::now() - wait_begin < seconds(30)) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  watcher.Stop();
  watching.join();
  const std::vector<Event>& watched = watcher.events();

  // Gap-free and duplicate-free, and the same as ListEvents.
  for (const std::string& problem : watcher.problems()) ADD_FAILURE() << problem;
  for (const std::string& note : watcher.notes()) std::printf("note: %s\n", note.c_str());
  ASSERT_EQ(watched.size(), listed.size()) << "the watcher has " << watched.size()
                                           << " events, ListEvents " << listed.size();
  for (std::size_t i = 0; i < watched.size(); ++i) {
    ASSERT_EQ(watched[i].sequence(), static_cast<std::int64_t>(i + 1));
    ASSERT_TRUE(google::protobuf::util::MessageDifferencer::Equals(watched[i], listed[i]))
        << "event " << i + 1 << " differs:\n"
        << watched[i].ShortDebugString() << "\n"
        << listed[i].ShortDebugString();
  }
  EXPECT_GE(watcher.graceful_ends(), terms)
      << "the SIGTERM did not end the watch with UNAVAILABLE and a checkpoint";

  // Events by what identifies their write.
  std::map<std::string, std::vector<const Event*>> by_request_id, by_tag;
  std::set<std::string> known_request_ids, known_tags;
  for (const Event& event : watched) {
    if (!event.request_id().empty()) by_request_id[event.request_id()].push_back(&event);
    if (event.type() == Event::LEAD_UPDATED) by_tag[event.lead().title()].push_back(&event);
    if (event.type() == Event::OPPORTUNITY_STAGE_CHANGED ||
        event.type() == Event::OPPORTUNITY_UPDATED) {
      by_tag[event.opportunity().description()].push_back(&event);
    }
  }
  auto index_of = [&](const Event* event) { return static_cast<std::size_t>(event - &watched[0]); };

  // Every acknowledged write has exactly its event(s); unknown ones at
  // most one.
  std::map<std::string, int> acknowledged, unknown, unknown_applied, answered_on_retry;
  for (const auto& client : clients) {
    for (const Write& write : client->writes()) {
      ++(write.acknowledged ? acknowledged : unknown)[KindName(write.kind)];
      if (write.attempts > 1) ++answered_on_retry[KindName(write.kind)];
      if (!write.acknowledged && !by_tag[write.tag].empty()) ++unknown_applied[KindName(write.kind)];
      const std::string what = absl::StrCat(KindName(write.kind), " ", write.request_id, write.tag,
                                            " of ", write.resource);
      switch (write.kind) {
        case Write::kCreate: {
          known_request_ids.insert(write.request_id);
          const auto& found = by_request_id[write.request_id];
          ASSERT_TRUE(write.acknowledged) << what << " was never answered";
          ASSERT_EQ(found.size(), 1u) << what;
          EXPECT_EQ(found[0]->type(), Event::LEAD_CREATED) << what;
          EXPECT_EQ(found[0]->resource(), write.resource) << what;
          EXPECT_EQ(found[0]->lead().etag(), write.etag) << what;
          break;
        }
        case Write::kConvert: {
          known_request_ids.insert(write.request_id);
          const auto& found = by_request_id[write.request_id];
          ASSERT_TRUE(write.acknowledged) << what << " was never answered";
          ASSERT_EQ(found.size(), 4u) << what;  // account, contact, opportunity, lead
          const std::size_t at = index_of(found[3]);
          ASSERT_GE(at, 3u);
          const Event& converted = watched[at];
          EXPECT_EQ(converted.type(), Event::LEAD_CONVERTED) << what;
          EXPECT_EQ(converted.resource(), write.resource) << what;
          EXPECT_EQ(converted.lead().etag(), write.etag) << what;
          EXPECT_EQ(converted.conversion().account().name(), write.account) << what;
          EXPECT_EQ(converted.conversion().contact().name(), write.contact) << what;
          EXPECT_EQ(converted.conversion().opportunity().name(), write.opportunity) << what;
          // The records' own events come right before, in order.
          EXPECT_EQ(found[0], &watched[at - 3]) << what;
          EXPECT_EQ(watched[at - 3].type(), Event::ACCOUNT_CREATED) << what;
          EXPECT_EQ(watched[at - 3].resource(), write.account) << what;
          EXPECT_EQ(watched[at - 2].type(), Event::CONTACT_CREATED) << what;
          EXPECT_EQ(watched[at - 2].resource(), write.contact) << what;
          EXPECT_EQ(watched[at - 1].type(), Event::OPPORTUNITY_CREATED) << what;
          EXPECT_EQ(watched[at - 1].resource(), write.opportunity) << what;
          break;
        }
        case Write::kUpdate:
        case Write::kStage: {
          known_tags.insert(write.tag);
          const auto& found = by_tag[write.tag];
          if (!write.acknowledged) {
            EXPECT_LE(found.size(), 1u) << what;
            break;
          }
          ASSERT_EQ(found.size(), 1u) << what;
          EXPECT_EQ(found[0]->resource(), write.resource) << what;
          EXPECT_EQ(EtagOf(*found[0]), write.etag) << what;
          EXPECT_EQ(found[0]->type(), write.kind == Write::kUpdate
                                          ? Event::LEAD_UPDATED
                                          : Event::OPPORTUNITY_STAGE_CHANGED)
              << what;
          break;
        }
      }
    }
  }

  // No event without its write: each belongs to a write a client made ...
  std::map<std::string, const Event*> newest;
  for (const Event& event : watched) {
    newest[event.resource()] = &event;
    const bool by_id = !event.request_id().empty() && known_request_ids.count(event.request_id());
    const bool by_write_tag =
        (event.type() == Event::LEAD_UPDATED && known_tags.count(event.lead().title())) ||
        (event.type() == Event::OPPORTUNITY_STAGE_CHANGED &&
         known_tags.count(event.opportunity().description()));
    EXPECT_TRUE(by_id || by_write_tag)
        << "event " << event.sequence() << " belongs to no write: " << event.ShortDebugString();
  }
  // ... and the newest event of every record is the record as stored.
  int records = 0;
  for (const auto& [resource, event] : newest) {
    bool found = false;
    const std::string etag = StoredEtag(channel, *event, &found);
    EXPECT_TRUE(found) << resource << " has events but is not in the database";
    EXPECT_EQ(etag, EtagOf(*event)) << resource << ": its newest event, " << event->sequence()
                                    << ", is not the stored record";
    ++records;
  }

  std::printf(
      "%zu events (%d records) over %d watch streams, %d SIGKILLs and %d SIGTERMs; "
      "acknowledged: %d creates (%d only when sent again), %d updates, %d conversions (%d only "
      "when sent again), %d stage changes; unknown outcome: %d updates (%d applied), %d stage "
      "changes (%d applied)\n",
      watched.size(), records, watcher.streams(), kills, terms, acknowledged["create"],
      answered_on_retry["create"], acknowledged["update"], acknowledged["conversion"],
      answered_on_retry["conversion"], acknowledged["stage change"], unknown["update"],
      unknown_applied["update"], unknown["stage change"], unknown_applied["stage change"]);
  EXPECT_TRUE(server.Stop(kStopGrace, &error)) << error;
}

}  // namespace
}  // namespace leadflow

int main(int argc, char** argv) {
  return leadflow::testing::RunTestsWithArguments(
      argc, argv, {{"LEADFLOW_SERVER", &leadflow::g_server_binary}});
}
