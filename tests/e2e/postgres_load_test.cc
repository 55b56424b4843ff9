// Two leadflow-server processes over one PostgreSQL database under
// concurrent load, through a restart of PostgreSQL: the load version of
// postgres_two_servers_test.sh and postgres_outage_test.sh.
//
// The test starts a PostgreSQL cluster of its own (ci/postgres_cluster.sh
// with a private state file: it halts the cluster, so never the shared one)
// and two servers on its database. Client threads spread over both servers
// (postgres_load_clients.h: creates retried with their request ids,
// conversions of the same leads raced from both servers, etag-checked
// increments of shared leads) run before, during and after an outage of
// about three seconds: PostgreSQL halted, then started again.
// The only codes expected: OK; UNAVAILABLE (SERVICE_UNAVAILABLE); ABORTED
// (ETAG_MISMATCH) from UpdateLead; FAILED_PRECONDITION (LEAD_CONVERTED) from
// ConvertLead. Calls carry testing::Context()'s deadline, far longer than
// any call should take, so a DEADLINE_EXCEEDED is a hung call and fails the
// test like any other code.
//
// At the end:
//  - every call made while PostgreSQL was down failed with UNAVAILABLE;
//    health said NOT_SERVING on both servers during the outage and SERVING
//    again by itself within kRecoveryBound, and every client got answers
//    again, without a restart of the servers;
//  - every acknowledged create is on both servers, and each request id
//    created one lead however often it was sent;
//  - every raced lead was converted exactly once: one converter got OK, the
//    other FAILED_PRECONDITION; the winner's request id has the conversion's
//    four events and the loser's none, and the API lists one account,
//    contact and opportunity per conversion;
//  - each counter holds at least its acknowledged increments and at most
//    those plus the increments whose outcome the outage hid, and has one
//    LEAD_UPDATED event per increment applied: no write lost;
//  - both servers list the same change feed, numbered 1..N without a gap;
//  - both servers stop cleanly on SIGTERM.
//
// Usage: postgres_load_test PATH/TO/leadflow-server PATH/TO/ci/postgres_cluster.sh
// Skips without LEADFLOW_TEST_POSTGRES, which says that this machine runs
// the PostgreSQL tests (the test itself uses its private cluster).

#include <grpcpp/grpcpp.h>

#include <google/protobuf/util/message_differencer.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "e2e/crash_rounds_model.h"
#include "e2e/postgres_load_clients.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "leadflow/v1/account_service.grpc.pb.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"
#include "support/feed_watcher.h"
#include "support/server_process.h"
#include "support/temp_dir.h"
#include "support/test_main.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::grpc::StatusCode;
using ::grpc::health::v1::HealthCheckResponse;
using ::leadflow::postgres_load::CallRecord;
using ::leadflow::postgres_load::Clock;
using ::leadflow::postgres_load::Converter;
using ::leadflow::postgres_load::Creator;
using ::leadflow::postgres_load::Incrementer;
using ::leadflow::postgres_load::kConverterPairs;
using ::leadflow::postgres_load::kServers;
using ::leadflow::postgres_load::Load;
using ::leadflow::testing::Context;
using ::leadflow::testing::OwnChannel;
using ::leadflow::testing::ServerProcess;
using ::leadflow::v1::Event;
using std::chrono::milliseconds;

std::string g_server_binary;
std::string g_cluster_script;

constexpr milliseconds kBeforeOutage(2000);
constexpr milliseconds kOutage(3000);
constexpr milliseconds kAfterRecovery(2000);
// Health must turn NOT_SERVING within this of the halt's return, and the service be
// back (SERVING, every client answered) within this of the restart.
constexpr milliseconds kNotServingBound(3000);
constexpr milliseconds kRecoveryBound(10000);
constexpr milliseconds kHealthPeriod(50);
constexpr milliseconds kStartTimeout(20000);
constexpr milliseconds kStopGrace(15000);

Clock::duration Since(Clock::time_point from, Clock::time_point to) { return to - from; }
long Ms(Clock::duration d) {
  return static_cast<long>(std::chrono::duration_cast<milliseconds>(d).count());
}

std::string CodeName(StatusCode code) {
  return absl::StatusCodeToString(static_cast<absl::StatusCode>(code));
}

// A PostgreSQL cluster of the test's own, driven by ci/postgres_cluster.sh
// with a private state file. Stopped (and its files removed) with the
// object, whatever happened in between.
class PrivateCluster {
 public:
  PrivateCluster(std::string script, std::string state_file)
      : script_(std::move(script)), state_file_(std::move(state_file)) {}
  ~PrivateCluster() {
    std::string ignored;
    if (started_) Run("stop", &ignored);
  }
  PrivateCluster(const PrivateCluster&) = delete;
  PrivateCluster& operator=(const PrivateCluster&) = delete;

  // Starts the cluster and reads its URI from the line the script prints.
  bool Start(std::string* error) {
    std::string output;
    started_ = true;  // a failed start may still leave a state file behind
    if (!Run("start", &output)) {
      *error = "ci/postgres_cluster.sh start failed:\n" + output;
      return false;
    }
    const std::string prefix = "export LEADFLOW_TEST_POSTGRES=";
    const std::size_t at = output.find(prefix);
    if (at == std::string::npos) {
      *error = "ci/postgres_cluster.sh start printed no URI:\n" + output;
      return false;
    }
    const std::size_t end = output.find('\n', at);
    uri_ = output.substr(at + prefix.size(),
                         end == std::string::npos ? end : end - at - prefix.size());
    return true;
  }
  // Stops PostgreSQL, keeping its data: the outage.
  bool Halt(std::string* error) { return Verb("halt", error); }
  // Starts it again on the same port and data.
  bool Resume(std::string* error) { return Verb("resume", error); }

  const std::string& uri() const { return uri_; }

 private:
  bool Verb(const std::string& verb, std::string* error) {
    std::string output;
    if (Run(verb, &output)) return true;
    *error = "ci/postgres_cluster.sh " + verb + " failed:\n" + output;
    return false;
  }

  // Runs the script with `verb`, its standard output to `output` (its
  // messages go to the test's stderr). Whether it exited with 0. The state
  // file is passed in the command's environment: the test's own must not
  // change while client threads run.
  bool Run(const std::string& verb, std::string* output) {
    const std::string command =
        absl::StrCat("LEADFLOW_PG_STATE='", state_file_, "' bash '", script_, "' ", verb);
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return false;
    char buffer[512];
    std::size_t read;
    while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output->append(buffer, read);
    return pclose(pipe) == 0;
  }

  const std::string script_;
  const std::string state_file_;
  std::string uri_;
  bool started_ = false;
};

// Asks both servers' health service, every kHealthPeriod, how they are.
class HealthPoller {
 public:
  struct Sample {
    Clock::time_point at;
    int server;
    grpc::Status status;
    HealthCheckResponse::ServingStatus serving;
  };

  explicit HealthPoller(const std::vector<std::string>& addresses) {
    for (const std::string& address : addresses) {
      stubs_.push_back(grpc::health::v1::Health::NewStub(OwnChannel(address)));
    }
    thread_ = std::thread([this] { Run(); });
  }
  ~HealthPoller() { Stop(); }

  void Stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }

  // Waits until the latest answer of every server is `serving`; whether
  // that happened within `bound`, and when, in `at`.
  bool WaitForAll(HealthCheckResponse::ServingStatus serving, milliseconds bound,
                  Clock::time_point* at) {
    const Clock::time_point deadline = Clock::now() + bound;
    do {
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (std::all_of(latest_.begin(), latest_.end(),
                        [&](const auto& s) { return s == serving; })) {
          *at = Clock::now();
          return true;
        }
      }
      std::this_thread::sleep_for(milliseconds(10));
    } while (Clock::now() < deadline);
    return false;
  }

  // Only once stopped.
  const std::vector<Sample>& samples() const { return samples_; }

 private:
  void Run() {
    while (!stop_) {
      for (int server = 0; server < kServers; ++server) {
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
        HealthCheckResponse response;
        grpc::Status status = stubs_[server]->Check(&context, {}, &response);
        std::lock_guard<std::mutex> lock(mu_);
        latest_[server] = status.ok() ? response.status() : HealthCheckResponse::UNKNOWN;
        samples_.push_back({Clock::now(), server, status, latest_[server]});
      }
      std::this_thread::sleep_for(kHealthPeriod);
    }
  }

  std::vector<std::unique_ptr<grpc::health::v1::Health::Stub>> stubs_;
  std::atomic<bool> stop_{false};
  std::mutex mu_;
  std::vector<HealthCheckResponse::ServingStatus> latest_ =
      std::vector<HealthCheckResponse::ServingStatus>(kServers, HealthCheckResponse::UNKNOWN);
  std::vector<Sample> samples_;
  std::thread thread_;  // last: started once everything it uses exists
};

// When the outage and the recovery happened.
struct Timeline {
  Clock::time_point halt_begin, halted;     // `halt` called, returned
  Clock::time_point not_serving;            // both servers said NOT_SERVING
  Clock::time_point resume_begin, resumed;  // `resume` called, returned
  Clock::time_point serving;                // both servers said SERVING again
  Clock::time_point answered;               // every client answered again
};

// Runs the load through an outage of PostgreSQL, checking that health
// follows it on both servers and that every client is answered again.
void RunThroughOutage(PrivateCluster& cluster, Load& load, HealthPoller& health, Timeline& t) {
  std::string error;
  load.Start();
  std::this_thread::sleep_for(kBeforeOutage);

  t.halt_begin = Clock::now();
  ASSERT_TRUE(cluster.Halt(&error)) << error;
  t.halted = Clock::now();
  ASSERT_TRUE(health.WaitForAll(HealthCheckResponse::NOT_SERVING, kNotServingBound, &t.not_serving))
      << "health did not turn NOT_SERVING on both servers within " << kNotServingBound.count()
      << " ms of the halt";
  std::this_thread::sleep_until(t.halted + kOutage);

  t.resume_begin = Clock::now();
  ASSERT_TRUE(cluster.Resume(&error)) << error;
  t.resumed = Clock::now();
  ASSERT_TRUE(health.WaitForAll(HealthCheckResponse::SERVING, kRecoveryBound, &t.serving))
      << "health did not turn SERVING again on both servers within " << kRecoveryBound.count()
      << " ms of the restart";
  ASSERT_TRUE(load.WaitForAnswersAfter(t.resumed, kRecoveryBound, &t.answered))
      << "not every client got an answer within " << kRecoveryBound.count() << " ms of the restart";
  std::this_thread::sleep_for(kAfterRecovery);
}

bool Expected(const CallRecord& call) {
  switch (call.code) {
    case StatusCode::OK:
      return true;
    case StatusCode::UNAVAILABLE:
      return call.reason == "SERVICE_UNAVAILABLE";
    case StatusCode::ABORTED:
      return std::string(call.method) == "UpdateLead" && call.reason == "ETAG_MISMATCH";
    case StatusCode::FAILED_PRECONDITION:
      return std::string(call.method) == "ConvertLead" && call.reason == "LEAD_CONVERTED";
    default:
      return false;
  }
}

// Only expected codes; every call made while PostgreSQL was down failed
// with UNAVAILABLE; and writes succeed again after the restart. Returns the
// summary's line.
std::string CheckCalls(const std::vector<CallRecord>& calls, const Timeline& t) {
  std::map<std::string, std::map<std::string, int>> by_method;
  std::map<std::string, int> ok_after;
  int during_outage = 0, unexpected = 0;
  for (const CallRecord& call : calls) {
    ++by_method[call.method][CodeName(call.code)];
    if (!Expected(call) && ++unexpected <= 20) {
      ADD_FAILURE() << call.method << " on server " << call.server << " failed with "
                    << CodeName(call.code) << " (" << call.reason << "): " << call.message;
    }
    if (call.start >= t.halted && call.end <= t.resume_begin) {
      ++during_outage;
      EXPECT_EQ(call.code, StatusCode::UNAVAILABLE)
          << call.method << " on server " << call.server << " answered " << CodeName(call.code)
          << " with PostgreSQL down";
    }
    if (call.code == StatusCode::OK && call.start >= t.resumed) ++ok_after[call.method];
  }
  EXPECT_EQ(unexpected, 0) << "calls with a code the test does not expect";
  EXPECT_GT(during_outage, 0) << "no call was made while PostgreSQL was down";
  for (const char* method : {"CreateLead", "GetLead", "UpdateLead", "ConvertLead"}) {
    EXPECT_GT(ok_after[method], 0) << "no " << method << " succeeded after the restart";
  }
  std::vector<std::string> parts;
  for (const auto& [method, codes] : by_method) {
    std::vector<std::string> counts;
    for (const auto& [code, n] : codes) counts.push_back(absl::StrCat(code, " ", n));
    parts.push_back(absl::StrCat(method, ": ", absl::StrJoin(counts, ", ")));
  }
  return absl::StrCat(calls.size(), " calls (", absl::StrJoin(parts, "; "), "); ", during_outage,
                      " made with PostgreSQL down, all UNAVAILABLE");
}

// Health answered every check, said SERVING until the halt, NOT_SERVING at
// some point before the restart, and SERVING from its return to the end.
void CheckHealth(const std::vector<HealthPoller::Sample>& samples, const Timeline& t) {
  for (const HealthPoller::Sample& s : samples) {
    EXPECT_TRUE(s.status.ok()) << "health check of server " << s.server
                               << " failed: " << s.status.error_message();
    if (s.at < t.halt_begin) {
      EXPECT_EQ(s.serving, HealthCheckResponse::SERVING)
          << "server " << s.server << " was not SERVING before the outage";
    }
    if (s.at > t.serving) {
      EXPECT_EQ(s.serving, HealthCheckResponse::SERVING)
          << "server " << s.server << " left SERVING after the recovery, "
          << Ms(Since(t.serving, s.at)) << " ms after it";
    }
  }
}

// The whole change feed of each server: numbered 1..N without a gap, and
// the same on both. Returns it.
std::vector<Event> CheckFeeds(const std::vector<std::string>& addresses) {
  std::vector<std::vector<Event>> feeds;
  for (const std::string& address : addresses) {
    auto stub = v1::EventService::NewStub(OwnChannel(address));
    feeds.push_back(testing::ListEventsAfter(*stub));
  }
  const std::vector<Event>& feed = feeds[0];
  for (std::size_t i = 0; i < feed.size(); ++i) {
    if (feed[i].sequence() != static_cast<std::int64_t>(i + 1)) {
      ADD_FAILURE() << "the feed has " << feed[i].sequence() << " where " << i + 1 << " was due";
      break;
    }
  }
  for (int server = 1; server < kServers; ++server) {
    EXPECT_EQ(feeds[server].size(), feed.size()) << "the servers list feeds of different lengths";
    for (std::size_t i = 0; i < std::min(feed.size(), feeds[server].size()); ++i) {
      if (!google::protobuf::util::MessageDifferencer::Equals(feed[i], feeds[server][i])) {
        ADD_FAILURE() << "event " << i + 1 << " differs between the servers:\n"
                      << feed[i].ShortDebugString() << "\n"
                      << feeds[server][i].ShortDebugString();
        break;
      }
    }
  }
  return feed;
}

// Stubs for the checks, one set per server.
struct Readers {
  explicit Readers(const std::vector<std::string>& addresses) {
    for (const std::string& address : addresses) {
      auto channel = OwnChannel(address);
      leads.push_back(v1::LeadService::NewStub(channel));
      accounts.push_back(v1::AccountService::NewStub(channel));
      opportunities.push_back(v1::OpportunityService::NewStub(channel));
    }
  }
  // The lead as `server` has it; nullopt (and a test failure) when it
  // cannot be read.
  std::optional<v1::Lead> GetLead(int server, const std::string& name) {
    v1::GetLeadRequest request;
    request.set_name(name);
    v1::Lead lead;
    grpc::Status status = leads[server]->GetLead(Context().get(), request, &lead);
    if (!status.ok()) {
      ADD_FAILURE() << name << " cannot be read on server " << server << ": "
                    << CodeName(status.error_code()) << " " << status.error_message();
      return std::nullopt;
    }
    return lead;
  }

  std::vector<std::unique_ptr<v1::LeadService::Stub>> leads;
  std::vector<std::unique_ptr<v1::AccountService::Stub>> accounts;
  std::vector<std::unique_ptr<v1::OpportunityService::Stub>> opportunities;
};

// The events of each request id.
using EventsByRequestId = std::map<std::string, std::vector<const Event*>>;
EventsByRequestId ByRequestId(const std::vector<Event>& feed) {
  EventsByRequestId by_id;
  for (const Event& event : feed) {
    if (!event.request_id().empty()) by_id[event.request_id()].push_back(&event);
  }
  return by_id;
}

// Every create was answered, is on both servers, and its request id made
// one lead (and every lead in the feed was made by one of them).
std::string CheckCreates(const Load& load, Readers& readers, const std::vector<Event>& feed,
                         EventsByRequestId& by_id) {
  int retried = 0;
  const std::vector<Creator::Created> creates = load.Creates();
  for (const Creator::Created& create : creates) {
    if (create.attempts > 1) ++retried;
    if (create.name.empty()) {
      ADD_FAILURE() << "create " << create.request_id << " was never answered OK";
      continue;
    }
    for (int server = 0; server < kServers; ++server) readers.GetLead(server, create.name);
    const auto& events = by_id[create.request_id];
    if (events.size() != 1 || events[0]->type() != Event::LEAD_CREATED ||
        events[0]->resource() != create.name) {
      ADD_FAILURE() << "create " << create.request_id << " of " << create.name << " has "
                    << events.size() << " events instead of its one LEAD_CREATED";
    }
  }
  const auto leads_created = std::count_if(
      feed.begin(), feed.end(), [](const Event& e) { return e.type() == Event::LEAD_CREATED; });
  EXPECT_EQ(leads_created, static_cast<long>(creates.size()))
      << "the feed has leads no acknowledged create made";
  return absl::StrCat(creates.size(), " creates acknowledged (", retried,
                      " only after being sent again), all on both servers");
}

// How many records a List method returns over all its pages:
// `list(context, request, response)` sends one, `size(response)` counts it.
template <typename Request, typename Response, typename List, typename Size>
int CountAll(List list, Size size) {
  Request request;
  request.set_page_size(1000);
  int count = 0;
  do {
    Response response;
    grpc::Status status = list(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (!status.ok()) break;
    count += size(response);
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  return count;
}

// One race: exactly one converter got OK, with a sound reply, the other
// FAILED_PRECONDITION; the lead links the winner's records on both servers;
// the winner's request id has the conversion's four events, the loser's
// none. Whether the lead was converted once.
bool CheckRace(const std::string& lead, const Converter::Outcome& first,
               const Converter::Outcome& second, Readers& readers, EventsByRequestId& by_id) {
  const bool first_won = first.status.ok();
  const Converter::Outcome& won = first_won ? first : second;
  const Converter::Outcome& lost = first_won ? second : first;
  if (!won.status.ok() || lost.status.error_code() != StatusCode::FAILED_PRECONDITION) {
    ADD_FAILURE() << lead << " was not converted exactly once: " << first.request_id << " got "
                  << CodeName(first.status.error_code()) << ", " << second.request_id << " got "
                  << CodeName(second.status.error_code());
    return false;
  }
  v1::ConvertLeadRequest request;
  request.set_name(lead);
  for (const std::string& problem : crash_rounds::ConversionReplyProblems(request, won.reply)) {
    ADD_FAILURE() << lead << ": " << problem;
  }
  for (int server = 0; server < kServers; ++server) {
    std::optional<v1::Lead> stored = readers.GetLead(server, lead);
    if (stored.has_value()) {
      EXPECT_EQ(stored->converted_account(), won.reply.account().name()) << lead;
      EXPECT_EQ(stored->converted_contact(), won.reply.contact().name()) << lead;
    }
  }
  const auto& events = by_id[won.request_id];
  const std::vector<Event::Type> expected = {Event::ACCOUNT_CREATED, Event::CONTACT_CREATED,
                                             Event::OPPORTUNITY_CREATED, Event::LEAD_CONVERTED};
  std::vector<Event::Type> types;
  for (const Event* event : events) types.push_back(event->type());
  EXPECT_EQ(types, expected) << lead << ": the events of " << won.request_id;
  EXPECT_TRUE(by_id[lost.request_id].empty())
      << lead << ": the losing conversion " << lost.request_id << " has events";
  return true;
}

// Every race converted its lead once, and the API lists one account,
// contact and opportunity per conversion, as does the feed.
std::string CheckConversions(const Load& load, Readers& readers, const std::vector<Event>& feed,
                             EventsByRequestId& by_id) {
  int conversions = 0, retried = 0;
  for (int r = 0; r < kConverterPairs; ++r) {
    const postgres_load::ConversionRace& race = load.race(r);
    const auto& first = load.converter(r, 0).outcomes();
    const auto& second = load.converter(r, 1).outcomes();
    EXPECT_EQ(first.size(), static_cast<std::size_t>(race.raced()));
    EXPECT_EQ(second.size(), static_cast<std::size_t>(race.raced()));
    for (std::size_t i = 0; i < std::min(first.size(), second.size()); ++i) {
      if (CheckRace(race.lead(static_cast<int>(i)), first[i], second[i], readers, by_id)) {
        ++conversions;
      }
      retried += (first[i].attempts > 1) + (second[i].attempts > 1);
    }
  }
  std::map<Event::Type, int> created;
  for (const Event& event : feed) ++created[event.type()];
  EXPECT_EQ(created[Event::LEAD_CONVERTED], conversions);
  EXPECT_EQ(created[Event::ACCOUNT_CREATED], conversions);
  EXPECT_EQ(created[Event::CONTACT_CREATED], conversions);
  EXPECT_EQ(created[Event::OPPORTUNITY_CREATED], conversions);
  // The records themselves, as each server lists them.
  std::vector<std::string> listed;
  for (int server = 0; server < kServers; ++server) {
    const int accounts = CountAll<v1::ListAccountsRequest, v1::ListAccountsResponse>(
        [&](auto... args) { return readers.accounts[server]->ListAccounts(args...); },
        [](const v1::ListAccountsResponse& r) { return r.accounts_size(); });
    const int contacts = CountAll<v1::ListContactsRequest, v1::ListContactsResponse>(
        [&](auto... args) { return readers.accounts[server]->ListContacts(args...); },
        [](const v1::ListContactsResponse& r) { return r.contacts_size(); });
    const int opportunities = CountAll<v1::ListOpportunitiesRequest, v1::ListOpportunitiesResponse>(
        [&](auto... args) { return readers.opportunities[server]->ListOpportunities(args...); },
        [](const v1::ListOpportunitiesResponse& r) { return r.opportunities_size(); });
    EXPECT_EQ(accounts, conversions) << "accounts listed on server " << server;
    EXPECT_EQ(contacts, conversions) << "contacts listed on server " << server;
    EXPECT_EQ(opportunities, conversions) << "opportunities listed on server " << server;
    listed.push_back(absl::StrCat(accounts, "/", contacts, "/", opportunities));
  }
  return absl::StrCat(conversions, " leads converted exactly once by racing pairs (", retried,
                      " conversions sent again); accounts/contacts/opportunities listed: ",
                      absl::StrJoin(listed, " and "));
}

// No increment lost: each counter, the same on both servers, is at least
// its acknowledged increments and at most those plus the ones of unknown
// outcome, and the feed has one LEAD_UPDATED per increment applied.
std::string CheckCounters(const Load& load, Readers& readers, const std::vector<Event>& feed) {
  const std::map<std::string, Incrementer::Tally> tallies = load.Tallies();
  std::vector<std::string> parts;
  for (const std::string& counter : load.counters()) {
    const Incrementer::Tally tally =
        tallies.count(counter) ? tallies.at(counter) : Incrementer::Tally{};
    std::optional<v1::Lead> a = readers.GetLead(0, counter);
    std::optional<v1::Lead> b = readers.GetLead(1, counter);
    if (!a.has_value() || !b.has_value()) continue;
    const int value = a->number_of_employees();
    EXPECT_EQ(b->number_of_employees(), value) << counter << " differs between the servers";
    EXPECT_GE(value, tally.acknowledged) << counter << ": an acknowledged increment was lost";
    EXPECT_LE(value, tally.acknowledged + tally.unknown)
        << counter << ": more increments than were made";
    const auto updates = std::count_if(feed.begin(), feed.end(), [&](const Event& e) {
      return e.type() == Event::LEAD_UPDATED && e.resource() == counter;
    });
    EXPECT_EQ(updates, value) << counter << ": LEAD_UPDATED events";
    parts.push_back(absl::StrCat(value, " (", tally.acknowledged, " acknowledged, ", tally.unknown,
                                 " unknown, ", tally.aborted, " ABORTED)"));
  }
  return absl::StrCat("counters ", absl::StrJoin(parts, ", "));
}

// Runs the load through the outage on the servers at `addresses` and checks
// the results. Returns the summary's lines. Every channel to the servers is
// closed on return: a server's graceful stop waits for open connections.
std::vector<std::string> RunAndCheck(PrivateCluster& cluster,
                                     const std::vector<std::string>& addresses) {
  Load load(addresses);
  if (!load.Prepare()) {
    ADD_FAILURE() << "the setup's creates failed";
    return {};
  }
  HealthPoller health(addresses);
  Timeline t;
  RunThroughOutage(cluster, load, health, t);
  load.Stop();
  health.Stop();
  if (::testing::Test::HasFatalFailure()) return {};

  std::vector<std::string> summary = {CheckCalls(load.Calls(), t)};
  CheckHealth(health.samples(), t);
  summary.push_back(absl::StrCat(
      "PostgreSQL down ", Ms(Since(t.halted, t.resume_begin)), " ms (halt took ",
      Ms(Since(t.halt_begin, t.halted)), " ms, restart ", Ms(Since(t.resume_begin, t.resumed)),
      " ms); both servers NOT_SERVING by ", Ms(Since(t.halt_begin, t.not_serving)),
      " ms after the halt began, SERVING again by ", Ms(Since(t.resume_begin, t.serving)),
      " ms and every client answered by ", Ms(Since(t.resume_begin, t.answered)),
      " ms after the restart began, with no server restarted"));
  const std::vector<Event> feed = CheckFeeds(addresses);
  EventsByRequestId by_id = ByRequestId(feed);
  Readers readers(addresses);
  summary.push_back(CheckCreates(load, readers, feed, by_id));
  summary.push_back(CheckConversions(load, readers, feed, by_id));
  summary.push_back(CheckCounters(load, readers, feed));
  summary.push_back(absl::StrCat("feed of ", feed.size(),
                                 " events, 1..N without a gap, the same on both servers"));
  return summary;
}

TEST(PostgresLoadTest, TwoServersUnderLoadLoseNothingThroughAPostgresRestart) {
  const char* postgres = std::getenv("LEADFLOW_TEST_POSTGRES");
  if (postgres == nullptr || *postgres == '\0') {
    GTEST_SKIP() << "LEADFLOW_TEST_POSTGRES is not set (ci/postgres_cluster.sh start prints it)";
  }
  testing::TempDir dir;
  PrivateCluster cluster(g_cluster_script, dir.File("cluster.state"));
  std::string error;
  ASSERT_TRUE(cluster.Start(&error)) << error;
  std::vector<std::unique_ptr<ServerProcess>> servers;
  std::vector<std::string> addresses;
  for (int s = 0; s < kServers; ++s) {
    servers.push_back(std::make_unique<ServerProcess>(g_server_binary, cluster.uri(),
                                                      dir.File(absl::StrCat("server", s, ".log"))));
    ASSERT_TRUE(servers.back()->Start(kStartTimeout, &error)) << error;
    addresses.push_back(servers.back()->address());
  }

  std::vector<std::string> summary = RunAndCheck(cluster, addresses);
  std::vector<std::string> stops;
  for (int s = 0; s < kServers; ++s) {
    const Clock::time_point begin = Clock::now();
    EXPECT_TRUE(servers[s]->Stop(kStopGrace, &error)) << "server " << s << ": " << error;
    stops.push_back(absl::StrCat(Ms(Since(begin, Clock::now())), " ms"));
    if (HasFailure()) std::printf("server %d's log:\n%s\n", s, servers[s]->LogTail(4000).c_str());
  }
  summary.push_back(
      absl::StrCat("both servers stopped cleanly on SIGTERM, in ", absl::StrJoin(stops, " and ")));
  for (const std::string& line : summary) std::printf("summary: %s\n", line.c_str());
}

}  // namespace
}  // namespace leadflow

int main(int argc, char** argv) {
  return leadflow::testing::RunTestsWithArguments(
      argc, argv,
      {{"LEADFLOW_SERVER", &leadflow::g_server_binary},
       {"POSTGRES_CLUSTER_SH", &leadflow::g_cluster_script}});
}
