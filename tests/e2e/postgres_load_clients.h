#ifndef LEADFLOW_TESTS_E2E_POSTGRES_LOAD_CLIENTS_H_
#define LEADFLOW_TESTS_E2E_POSTGRES_LOAD_CLIENTS_H_

// The clients of postgres_load_test: threads that call two servers over one
// PostgreSQL database, each on channels of its own, and record every call
// and what the servers acknowledged, for the checks after the load.
//  - Creators create leads with request ids; a create that fails with
//    UNAVAILABLE is sent again with the same request id, to the other
//    server and back, until it is answered.
//  - Converters come in pairs, one on each server, and convert the same
//    leads at the same moments, each with request ids of its own; a
//    conversion that fails with UNAVAILABLE is sent again the same way.
//  - Incrementers add one to number_of_employees of a few shared leads:
//    GetLead, then UpdateLead with the etag read (ABORTED: read again).

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "leadflow/v1/lead_service.grpc.pb.h"

namespace leadflow::postgres_load {

using Clock = std::chrono::steady_clock;

inline constexpr int kServers = 2;
// Client threads per server: kCreatorsPerServer + kConverterPairs +
// kIncrementersPerServer.
inline constexpr int kCreatorsPerServer = 2;
inline constexpr int kConverterPairs = 2;
inline constexpr int kIncrementersPerServer = 3;
// Shared leads the incrementers count on.
inline constexpr int kCounters = 3;
// A pair converts its next lead every kConversionPeriod; its stock of
// leads lasts past the load (about 10 s).
inline constexpr std::chrono::milliseconds kConversionPeriod(50);
inline constexpr int kLeadsPerPair = 220;
// A client's pause between operations, and after an UNAVAILABLE.
inline constexpr std::chrono::milliseconds kThinkTime(5);
inline constexpr std::chrono::milliseconds kRetryPause(50);
// A call still unanswered this long after the load began is given up (the
// test then fails): the service should have been back long before.
inline constexpr std::chrono::milliseconds kGiveUp(40000);

// One call a client made.
struct CallRecord {
  const char* method;
  int server;
  grpc::StatusCode code;
  std::string reason;   // ErrorInfo reason of a failure
  std::string message;  // of a failure
  Clock::time_point start, end;
};

// What the load shares with all its clients.
struct LoadState {
  explicit LoadState(std::vector<std::string> servers) : addresses(std::move(servers)) {}
  const std::vector<std::string> addresses;  // of the servers
  std::atomic<bool> stop{false};             // creators and incrementers end
  Clock::time_point start;                   // the converters' schedule counts from here
  Clock::time_point give_up;                 // see kGiveUp
};

// A client thread's base: a channel of its own to each server, and the
// record of every call it made.
class Client {
 public:
  // `home` is the server the client calls first.
  Client(const LoadState& load, int home);
  virtual ~Client() = default;
  virtual void Run() = 0;

  const std::vector<CallRecord>& calls() const { return calls_; }
  // When a call of this client last got an answer from the database (any
  // code but UNAVAILABLE).
  Clock::time_point last_answer() const {
    return Clock::time_point(Clock::duration(last_answer_.load()));
  }

 protected:
  using Call = std::function<grpc::Status(v1::LeadService::Stub&, grpc::ClientContext*)>;

  // Makes one call on `server` (with testing::Context()'s deadline) and
  // records it.
  grpc::Status Timed(const char* method, int server, const Call& call);
  // Sends a call with a request id until it is answered: after each
  // UNAVAILABLE it is sent again, to the other server and back. Gives up
  // (returning the UNAVAILABLE) at load.give_up. `attempts` counts sends.
  grpc::Status UntilAnswered(const char* method, const Call& call, int* attempts);

  const LoadState& load_;
  const int home_;

 private:
  std::vector<std::unique_ptr<v1::LeadService::Stub>> leads_;  // by server
  std::vector<CallRecord> calls_;
  std::atomic<Clock::rep> last_answer_{0};
};

// Creates leads with request ids, each sent until answered.
class Creator final : public Client {
 public:
  struct Created {
    std::string request_id;
    std::string name;  // empty: never answered
    int attempts = 0;
  };

  // Request ids and last names start with `prefix`.
  Creator(const LoadState& load, int home, std::string prefix)
      : Client(load, home), prefix_(std::move(prefix)) {}

  void Run() override;
  // Creates `lead`; its name, or "" when it was never answered OK.
  std::string Create(const v1::Lead& lead);

  const std::vector<Created>& created() const { return created_; }

 private:
  const std::string prefix_;
  std::vector<Created> created_;
};

// The leads a pair of converters (one per server) races on. Both convert
// every lead either of them took, so that each lead is raced, and they stop
// together.
class ConversionRace {
 public:
  explicit ConversionRace(std::vector<std::string> leads) : leads_(std::move(leads)) {}

  // Whether the converter whose turn is lead `i` converts it: yes when the
  // other one took it already, else if the race still runs and has leads.
  bool Take(int i);
  void Stop();
  // How many leads were raced (once both converters are done).
  int raced() const;
  const std::string& lead(int i) const { return leads_[i]; }

 private:
  const std::vector<std::string> leads_;
  mutable std::mutex mu_;
  int taken_ = -1;
  bool stopping_ = false;
};

// One side of a conversion race: converts lead i of its race at
// load.start + i * kConversionPeriod, when its partner on the other server
// does too.
class Converter final : public Client {
 public:
  struct Outcome {
    std::string request_id;
    grpc::Status status;
    v1::ConvertLeadResponse reply;
    int attempts = 0;
  };

  Converter(const LoadState& load, int home, ConversionRace& race)
      : Client(load, home), race_(race) {}

  void Run() override;
  const std::vector<Outcome>& outcomes() const { return outcomes_; }  // by lead index

 private:
  void Convert(const std::string& lead);

  ConversionRace& race_;
  std::vector<Outcome> outcomes_;
};

// Adds one to number_of_employees of the shared counters, in turn, with an
// etag-checked read-modify-write on its home server.
class Incrementer final : public Client {
 public:
  struct Tally {
    int acknowledged = 0;
    int unknown = 0;  // UNAVAILABLE from UpdateLead: applied or not
    int aborted = 0;
  };

  Incrementer(const LoadState& load, int home, int index, const std::vector<std::string>& counters)
      : Client(load, home), index_(index), counters_(counters) {}

  void Run() override;
  const std::map<std::string, Tally>& tallies() const { return tallies_; }

 private:
  void Increment(const std::string& counter);

  const int index_;
  const std::vector<std::string>& counters_;
  std::map<std::string, Tally> tallies_;
};

// Every client, and their threads.
class Load {
 public:
  explicit Load(std::vector<std::string> addresses) : state_(std::move(addresses)) {}
  ~Load() { Stop(); }
  Load(const Load&) = delete;
  Load& operator=(const Load&) = delete;

  // Creates the counters and the leads the converters race on. Whether
  // every create succeeded.
  bool Prepare();
  void Start();
  // Ends the load; each client finishes the operation it is in.
  void Stop();

  // Waits until every client got an answer from the database after
  // `since`; whether that happened within `bound`, and when, in `at`.
  bool WaitForAnswersAfter(Clock::time_point since, std::chrono::milliseconds bound,
                           Clock::time_point* at) const;

  // The results; only once stopped. Calls and creates include Prepare's.
  std::vector<CallRecord> Calls() const;
  std::vector<Creator::Created> Creates() const;
  const std::vector<std::string>& counters() const { return counters_; }
  std::map<std::string, Incrementer::Tally> Tallies() const;
  const ConversionRace& race(int race) const { return *races_[race]; }
  // The converter of race `race` on `server`.
  const Converter& converter(int race, int server) const {
    return *converters_[server * kConverterPairs + race];
  }

 private:
  template <typename T, typename... Args>
  void Add(std::vector<std::unique_ptr<T>>& kind, int server, Args&&... args) {
    kind.push_back(std::make_unique<T>(state_, server, std::forward<Args>(args)...));
    clients_.push_back(kind.back().get());
  }

  LoadState state_;
  Creator setup_{state_, 0, "setup-"};  // Prepare's creates
  std::vector<std::string> counters_;
  std::vector<std::unique_ptr<ConversionRace>> races_;
  std::vector<std::unique_ptr<Creator>> creators_;
  std::vector<std::unique_ptr<Converter>> converters_;
  std::vector<std::unique_ptr<Incrementer>> incrementers_;
  std::vector<Client*> clients_;
  std::vector<std::thread> threads_;
};

}  // namespace leadflow::postgres_load

#endif  // LEADFLOW_TESTS_E2E_POSTGRES_LOAD_CLIENTS_H_
