// Crash rounds: proves that leadflow-server loses no acknowledged write when
// it is killed with SIGKILL at a random moment under concurrent load.
//
// Each round runs the real binary on one database that accumulates across
// rounds, drives it with several clients over their own gRPC channels
// (creates with request ids and their retries, etag updates, conversions
// with and without an opportunity, stage changes, accounts and contacts),
// kills it 50-400 ms into the load, checks the file with PRAGMA
// integrity_check and foreign_key_check, restarts the server and checks:
//  - every acknowledged write is there with its content, unless a later
//    acknowledged write of the same client changed it; a call that failed
//    may or may not have happened, and either outcome is accepted;
//  - every acknowledged conversion is complete, and no conversion anywhere
//    is half done (a converted lead without its records, or a record only
//    conversion makes without its converted lead);
//  - request ids hold across the restart: acknowledged and unanswered
//    creates and conversions sent again return the first result.
//
// Usage: crash_rounds_test PATH/TO/leadflow-server
// Environment: CRASH_ROUNDS (default 20), CRASH_CLIENTS (default 8),
// CRASH_SEED (default: from the clock; printed, to replay a run).
// The last line is "<rounds passed> passed, <rounds failed> failed"; the
// exit code is 0 only when every round passed.

#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "e2e/crash_rounds_load.h"
#include "e2e/crash_rounds_model.h"
#include "support/server_process.h"
#include "support/test_server.h"
#include "e2e/crash_rounds_sqlite.h"
#include "e2e/crash_rounds_verify.h"

namespace leadflow::crash_rounds {
namespace {

using ::leadflow::testing::OwnChannel;
using ::leadflow::testing::ServerProcess;

using Clock = std::chrono::steady_clock;

// The kill comes this long after the clients start: late enough for
// hundreds of writes, early enough to keep a round short.
constexpr int kKillWindowMinMs = 50;
constexpr int kKillWindowMaxMs = 400;
// Bounds on a client's work should the kill never come.
constexpr std::chrono::seconds kLoadGiveUp(5);
constexpr int kMaxCallsPerClient = 20'000;
constexpr std::chrono::milliseconds kStartTimeout(15'000);
constexpr std::chrono::milliseconds kConnectTimeout(5'000);
constexpr std::chrono::milliseconds kStopGrace(15'000);
// Failure messages printed per round; all are counted.
constexpr std::size_t kMessagesShown = 20;

struct Options {
  std::string server;
  int rounds = 20;
  int clients = 8;
  uint64_t seed = 0;
};

int EnvInt(const char* name, int fallback, int low, int high) {
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return fallback;
  const int value = std::atoi(text);
  if (value < low || value > high) {
    std::fprintf(stderr, "%s=%s is out of range [%d, %d]; using %d\n", name, text, low, high,
                 fallback);
    return fallback;
  }
  return value;
}

Options ParseOptions(int argc, char** argv) {
  Options options;
  options.server = argc > 1 ? argv[1] : "";
  options.rounds = EnvInt("CRASH_ROUNDS", 20, 1, 100'000);
  options.clients = EnvInt("CRASH_CLIENTS", 8, 1, 64);
  const char* seed = std::getenv("CRASH_SEED");
  options.seed = seed != nullptr && *seed != '\0'
                     ? std::strtoull(seed, nullptr, 10)
                     : static_cast<uint64_t>(Clock::now().time_since_epoch().count());
  return options;
}

bool Connect(const std::shared_ptr<grpc::Channel>& channel) {
  return channel->WaitForConnected(std::chrono::system_clock::now() + kConnectTimeout);
}

struct RoundResult {
  int round = 0;
  int kill_ms = 0;
  WriteCounts acked{};
  int64_t unanswered = 0;
  VerifyReport verify;
  int64_t passed = 0;
  int64_t failed = 0;
  std::vector<std::string> messages;
  double seconds = 0;
};

// Everything a run produced, for the closing figures.
struct RunResults {
  std::vector<RoundResult> rounds;
  RoundResult final_check;  // round 0: after the last round, see FinalCheck
  bool final_ran = false;
};

void PrintRound(const RoundResult& r);

class CrashRounds {
 public:
  CrashRounds(const Options& options, const std::string& dir)
      : options_(options),
        db_path_(dir + "/leadflow.db"),
        server_(options.server, db_path_, dir + "/server.log"),
        partitions_(options.clients),
        random_(options.seed) {}

  // Runs every round, printing each as it ends, then the final check.
  RunResults Run();

 private:
  // One round: load, kill, check the file, restart, verify. Returns false
  // when the server cannot be restarted, which ends the run.
  bool RunRound(int round, RoundResult& result);
  void LoadAndKill(int round, Findings& findings, RoundResult& result);
  void CheckFile(Findings& findings);
  bool StartServer(Findings& findings);
  void VerifyServer(int round, Findings& findings, RoundResult& result);
  // After the last round: a clean SIGTERM stop, the file, and one more
  // restart that checks everything again, including the writes the last
  // verification made itself (settled calls, retries).
  void FinalCheck(RoundResult& result);

  const Options& options_;
  const std::string db_path_;
  ServerProcess server_;
  std::vector<Partition> partitions_;
  std::mt19937_64 random_;
};

RunResults CrashRounds::Run() {
  RunResults results;
  Findings findings;
  if (!StartServer(findings)) {
    results.final_check.failed = 1;
    results.final_check.messages = findings.messages();
    results.final_ran = true;
    PrintRound(results.final_check);
    return results;
  }
  for (int round = 1; round <= options_.rounds; ++round) {
    results.rounds.emplace_back();
    const bool go_on = RunRound(round, results.rounds.back());
    PrintRound(results.rounds.back());
    if (!go_on) return results;
  }
  FinalCheck(results.final_check);
  results.final_ran = true;
  PrintRound(results.final_check);
  return results;
}

bool CrashRounds::RunRound(int round, RoundResult& result) {
  const auto start = Clock::now();
  Findings findings;
  result.round = round;
  LoadAndKill(round, findings, result);
  CheckFile(findings);
  const bool restarted = StartServer(findings);
  if (restarted) VerifyServer(round, findings, result);
  result.passed = findings.passed();
  result.failed = findings.failed();
  result.messages = findings.messages();
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return restarted;
}

void CrashRounds::LoadAndKill(int round, Findings& findings, RoundResult& result) {
  std::vector<std::shared_ptr<grpc::Channel>> channels;
  for (int i = 0; i < options_.clients; ++i) {
    channels.push_back(OwnChannel(server_.address()));  // one connection per client
    findings.Check(Connect(channels.back()), "round " + std::to_string(round) + ": client " +
                                                 std::to_string(i) + " could not connect to " +
                                                 server_.address());
  }
  std::atomic<bool> stop{false};
  std::atomic<bool> killed{false};
  std::vector<ClientOptions> client_options(options_.clients);
  std::vector<std::thread> threads;
  for (int i = 0; i < options_.clients; ++i) {
    partitions_[i].acked_this_round = {};
    client_options[i] = ClientOptions{round,
                                      i,
                                      channels[i],
                                      &stop,
                                      &killed,
                                      Clock::now() + kLoadGiveUp,
                                      kMaxCallsPerClient,
                                      random_(),
                                      &findings};
    threads.emplace_back(RunClient, std::cref(client_options[i]), std::ref(partitions_[i]));
  }
  result.kill_ms = std::uniform_int_distribution<int>(kKillWindowMinMs, kKillWindowMaxMs)(random_);
  std::this_thread::sleep_for(std::chrono::milliseconds(result.kill_ms));
  killed = true;  // before the kill: a call failing earlier is a failure
  server_.Kill();
  stop = true;
  for (std::thread& thread : threads) thread.join();
  for (const Partition& partition : partitions_) {
    for (int kind = 0; kind < kWriteKindCount; ++kind) {
      result.acked[kind] += partition.acked_this_round[kind];
    }
    if (partition.unanswered) ++result.unanswered;
  }
}

void CrashRounds::CheckFile(Findings& findings) {
  const std::vector<std::string> problems = CheckDatabaseFile(db_path_);
  findings.Check(problems.empty(), "database file: " + (problems.empty() ? "" : problems[0]));
  for (std::size_t i = 1; i < problems.size(); ++i) {
    findings.Fail("database file: " + problems[i]);
  }
}

bool CrashRounds::StartServer(Findings& findings) {
  std::string error;
  const bool started = server_.Start(kStartTimeout, &error);
  findings.Check(started, "server start: " + error);
  return started;
}

void CrashRounds::VerifyServer(int round, Findings& findings, RoundResult& result) {
  std::shared_ptr<grpc::Channel> channel = OwnChannel(server_.address());
  if (!Connect(channel)) {
    findings.Fail("round " + std::to_string(round) + ": cannot connect to the restarted server");
    return;
  }
  result.verify = Verify(channel, round, random_(), partitions_, findings);
}

void CrashRounds::FinalCheck(RoundResult& result) {
  const auto start = Clock::now();
  Findings findings;
  std::string error;
  findings.Check(server_.Stop(kStopGrace, &error), "SIGTERM stop: " + error);
  CheckFile(findings);
  if (StartServer(findings)) {
    VerifyServer(options_.rounds + 1, findings, result);
    error.clear();
    findings.Check(server_.Stop(kStopGrace, &error), "last SIGTERM stop: " + error);
    CheckFile(findings);
  }
  result.passed = findings.passed();
  result.failed = findings.failed();
  result.messages = findings.messages();
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
}

std::string Counts(const WriteCounts& counts) {
  std::string text;
  for (int kind = 0; kind < kWriteKindCount; ++kind) {
    if (!text.empty()) text += ", ";
    text += std::string(WriteKindName(static_cast<WriteKind>(kind))) + " " +
            std::to_string(counts[kind]);
  }
  return text;
}

int64_t Sum(const WriteCounts& counts) {
  int64_t sum = 0;
  for (int64_t count : counts) sum += count;
  return sum;
}

// "verified N leads, ...": the records of the model compared with the
// server after a restart.
std::string Verified(const VerifyReport& v) {
  return "verified " + std::to_string(v.leads) + " leads, " + std::to_string(v.conversions) +
         " conversions, " + std::to_string(v.opportunities) + " opportunities, " +
         std::to_string(v.accounts) + " accounts, " + std::to_string(v.contacts) + " contacts (" +
         std::to_string(v.gets) + " gets), " + std::to_string(v.restart_retries) +
         " request ids re-sent";
}

void PrintRound(const RoundResult& r) {
  const std::string checks =
      "checks " + std::to_string(r.passed) + " passed, " + std::to_string(r.failed) + " failed";
  if (r.round == 0) {
    std::printf("final    : SIGTERM stop, file check, restart | %s | %s | %.2f s\n",
                Verified(r.verify).c_str(), checks.c_str(), r.seconds);
  } else {
    std::printf(
        "round %3d: killed after %3d ms | acknowledged %lld (%s) | unanswered %lld "
        "(%lld applied) | %s | %s | %.2f s\n",
        r.round, r.kill_ms, static_cast<long long>(Sum(r.acked)), Counts(r.acked).c_str(),
        static_cast<long long>(r.unanswered), static_cast<long long>(r.verify.unanswered_applied),
        Verified(r.verify).c_str(), checks.c_str(), r.seconds);
  }
  for (std::size_t i = 0; i < r.messages.size() && i < kMessagesShown; ++i) {
    std::printf("  FAIL %s\n", r.messages[i].c_str());
  }
  if (r.messages.size() > kMessagesShown) {
    std::printf("  ... and %zu more failures\n", r.messages.size() - kMessagesShown);
  }
  std::fflush(stdout);
}

// Totals over the run; returns the number of failed rounds. A failed final
// check counts against the last round, whose writes it checks last; rounds
// that never ran (the server would not restart) count as failed.
int PrintTotals(const Options& options, const RunResults& results, double seconds) {
  WriteCounts acked{};
  int64_t unanswered = 0, applied = 0, retries = 0, conversion_checks = 0;
  int64_t passed = results.final_check.passed, failed = results.final_check.failed;
  std::vector<int> failed_rounds;
  for (const RoundResult& r : results.rounds) {
    for (int kind = 0; kind < kWriteKindCount; ++kind) acked[kind] += r.acked[kind];
    unanswered += r.unanswered;
    applied += r.verify.unanswered_applied;
    retries += r.verify.restart_retries;
    conversion_checks += r.verify.conversions;
    passed += r.passed;
    failed += r.failed;
    if (r.failed > 0) failed_rounds.push_back(r.round);
  }
  retries += results.final_check.verify.restart_retries;
  conversion_checks += results.final_check.verify.conversions;
  const bool final_failed = !results.final_ran || results.final_check.failed > 0;
  std::printf("\ncrash rounds: %zu of %d rounds run, %d clients, seed %llu, %.1f s\n",
              results.rounds.size(), options.rounds, options.clients,
              static_cast<unsigned long long>(options.seed), seconds);
  std::printf("acknowledged writes checked, by kind:\n");
  for (int kind = 0; kind < kWriteKindCount; ++kind) {
    std::printf("  %-20s %lld\n", WriteKindName(static_cast<WriteKind>(kind)),
                static_cast<long long>(acked[kind]));
  }
  std::printf("  %-20s %lld\n", "total", static_cast<long long>(Sum(acked)));
  std::printf(
      "conversions checked: %lld acknowledged, each re-checked after every later "
      "restart (%lld conversion checks)\n",
      static_cast<long long>(acked[kConvertLead]), static_cast<long long>(conversion_checks));
  std::printf("calls without reply: %lld (%lld had been applied, %lld had not)\n",
              static_cast<long long>(unanswered), static_cast<long long>(applied),
              static_cast<long long>(unanswered - applied));
  std::printf("request ids re-sent after restarts: %lld\n", static_cast<long long>(retries));
  std::printf("checks: %lld passed, %lld failed\n", static_cast<long long>(passed),
              static_cast<long long>(failed));
  std::string rounds_text;
  for (int round : failed_rounds) rounds_text += " " + std::to_string(round);
  if (final_failed) rounds_text += " final";
  std::printf("failed:%s\n", rounds_text.empty() ? " nothing" : rounds_text.c_str());
  int failed_count = static_cast<int>(failed_rounds.size());
  if (final_failed && (failed_rounds.empty() || failed_rounds.back() != options.rounds)) {
    ++failed_count;
  }
  failed_count += options.rounds - static_cast<int>(results.rounds.size());
  return std::min(failed_count, options.rounds);
}

std::string MakeTempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base != nullptr && *base != '\0' ? base : "/tmp") +
                        "/leadflow-crash-rounds-XXXXXX";
  return mkdtemp(pattern.data()) != nullptr ? pattern : "";
}

int Main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  if (options.server.empty() || !std::filesystem::exists(options.server)) {
    std::fprintf(stderr, "usage: %s PATH/TO/leadflow-server\n", argv[0]);
    return 2;
  }
  const std::string dir = MakeTempDir();
  if (dir.empty()) {
    std::fprintf(stderr, "cannot create a temporary directory\n");
    return 2;
  }
  std::printf("crash rounds: %d rounds, %d clients, seed %llu (CRASH_SEED to replay), in %s\n",
              options.rounds, options.clients, static_cast<unsigned long long>(options.seed),
              dir.c_str());
  std::fflush(stdout);
  const auto start = Clock::now();
  RunResults results;
  {
    CrashRounds rounds(options, dir);
    results = rounds.Run();
  }
  const int failed_rounds =
      PrintTotals(options, results, std::chrono::duration<double>(Clock::now() - start).count());
  if (failed_rounds == 0) {
    std::filesystem::remove_all(dir);
  } else {
    std::printf("database and server log kept in %s\n", dir.c_str());
  }
  std::printf("%d passed, %d failed\n", options.rounds - failed_rounds, failed_rounds);
  return failed_rounds == 0 ? 0 : 1;
}

}  // namespace
}  // namespace leadflow::crash_rounds

int main(int argc, char** argv) { return leadflow::crash_rounds::Main(argc, argv); }
