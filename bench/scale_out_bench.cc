// What a second leadflow-server buys on one PostgreSQL database, next to one
// server on PostgreSQL and one on SQLite, measured in one run (issue 12).
//
// Scenarios, each round on a fresh database, through the real
// leadflow-server binary (child processes on 127.0.0.1):
//   sqlite      one server on a SQLite file in a temporary directory;
//   postgres-1  one server on a new database of the --postgres cluster;
//   postgres-2  two servers on one new database, the clients spread evenly.
// Each round runs every scenario once, in turn, so that all of them see the
// machine in the same state; the summary gives each scenario's median round.
//
// The load: --clients threads, each repeating CreateLead (with a fresh
// request_id) and then ConvertLead of that lead (an account, a contact and
// an opportunity created in one transaction). Only calls that end within
// the --seconds window, after a --warmup_seconds warm-up, count.
//
// Where the time goes, over the same window: the CPU time (utime + stime,
// /proc/<pid>/stat) of each server and of its busiest thread, of PostgreSQL
// (the postmaster, its live children and the children it reaped), of this
// process (the client), and the machine's busy time (/proc/stat), each as
// cores used; what is left of the machine's is other programs'. And what
// the scenario's PostgreSQL sessions were doing, sampled from
// pg_stat_activity: running, waiting for a lock or for WAL, or idle in a
// transaction (waiting for its server's next statement), and what the
// sessions that others waited for on a row lock were doing meanwhile.
//
//   build/bench/scale_out_bench [--postgres=postgresql://...] [--seconds=10]
//       [--rounds=3] [--clients=32] [--server_flags=--flag=value,...]

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <grpcpp/grpcpp.h>
#include <pqxx/pqxx>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "common/channels.h"
#include "common/proc_cpu.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "support/server_process.h"
#include "support/store_backends.h"
#include "support/temp_dir.h"
#include "util/status_macros.h"

#ifndef LEADFLOW_SERVER_BINARY
#define LEADFLOW_SERVER_BINARY "leadflow-server"
#endif

ABSL_FLAG(std::string, server, LEADFLOW_SERVER_BINARY, "the leadflow-server binary to run");
ABSL_FLAG(std::string, postgres, "",
          "libpq URI of a PostgreSQL cluster the bench may create databases on; empty: SQLite "
          "only. Its CPU is measured when the cluster runs on this machine");
ABSL_FLAG(double, seconds, 10, "measured length of each scenario's round");
ABSL_FLAG(double, warmup_seconds, 2, "load before each measurement, not counted");
ABSL_FLAG(int, rounds, 3, "rounds; each runs every scenario once, in turn");
ABSL_FLAG(int, clients, 32, "client threads, each with one call in flight");
ABSL_FLAG(int, channels_per_server, 2, "client connections to each server");
ABSL_FLAG(int, db_connections, 8, "the servers' --db_connections (PostgreSQL pool size)");
ABSL_FLAG(std::vector<std::string>, server_flags, {},
          "more flags for every server, comma-separated (e.g. --access_log=off)");
ABSL_FLAG(int, sample_ms, 100, "how often PostgreSQL's sessions are sampled");

namespace {

namespace v1 = ::leadflow::v1;
using ::leadflow::bench::NewChannel;
using ::leadflow::bench::OwnCpuSeconds;
using ::leadflow::bench::ProcCpu;
using ::leadflow::bench::ReadProcCpu;
using ::leadflow::testing::ScratchPostgresDatabase;
using ::leadflow::testing::ServerProcess;
using ::leadflow::testing::TempDir;
using Clock = std::chrono::steady_clock;

const double kTicksPerSecond = static_cast<double>(sysconf(_SC_CLK_TCK));

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// --- CPU time, from /proc ---------------------------------------------------

// The numeric entries of a /proc directory: processes, or a process's threads.
std::vector<std::string> Ids(const std::string& dir) {
  std::vector<std::string> ids;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    std::string id = entry.path().filename();
    if (id.find_first_not_of("0123456789") == std::string::npos) ids.push_back(std::move(id));
  }
  return ids;
}

// CPU seconds so far of each thread of process `pid`, by thread id: a
// server whose busiest thread nears one core waits on that thread.
std::map<std::string, double> ThreadCpuSeconds(int pid) {
  const std::string task = absl::StrCat("/proc/", pid, "/task/");
  std::map<std::string, double> threads;
  for (const std::string& tid : Ids(task)) {
    if (const std::optional<ProcCpu> cpu = ReadProcCpu(task + tid)) threads[tid] = cpu->own;
  }
  return threads;
}

// PostgreSQL's CPU seconds so far: the postmaster's own, its live
// children's (a backend per open connection, the WAL writer, the
// checkpointer...) and, through the postmaster's cutime and cstime, those
// of children that have ended (autovacuum workers come and go).
double PostgresCpuSeconds(int postmaster) {
  const std::optional<ProcCpu> root = ReadProcCpu(absl::StrCat("/proc/", postmaster));
  if (!root) return 0;
  double total = root->own + root->reaped_children;
  for (const std::string& pid : Ids("/proc")) {
    const std::optional<ProcCpu> child = ReadProcCpu("/proc/" + pid);
    if (child && child->ppid == postmaster) total += child->own;
  }
  return total;
}

// The machine's CPU seconds so far, summed over its cores (the first line
// of /proc/stat).
struct MachineCpu {
  double busy = 0;
  double iowait = 0;  // idle, with a disk read or write pending
};

MachineCpu ReadMachineCpu() {
  std::ifstream stat("/proc/stat");
  std::string cpu;
  double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
  stat >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
  return {(user + nice + system + irq + softirq + steal) / kTicksPerSecond,
          iowait / kTicksPerSecond};
}

// CPU seconds so far of everything the bench watches.
struct CpuSample {
  Clock::time_point at;
  std::vector<double> servers;
  std::vector<std::map<std::string, double>> server_threads;
  double postgres = 0;
  double client = 0;
  MachineCpu machine;
};

// `postmaster` 0: PostgreSQL is not measured.
CpuSample SampleCpu(const std::vector<int>& server_pids, int postmaster) {
  CpuSample sample;
  sample.at = Clock::now();
  for (int pid : server_pids) {
    sample.servers.push_back(OwnCpuSeconds(pid));
    sample.server_threads.push_back(ThreadCpuSeconds(pid));
  }
  if (postmaster > 0) sample.postgres = PostgresCpuSeconds(postmaster);
  sample.client = OwnCpuSeconds(getpid());
  sample.machine = ReadMachineCpu();
  return sample;
}

// Cores used between two samples: CPU seconds over wall seconds.
struct CoresUsed {
  std::vector<double> servers;
  std::vector<double> busiest_server_thread;
  double postgres = 0, client = 0, machine = 0, iowait = 0;

  double servers_total() const {
    double total = 0;
    for (double s : servers) total += s;
    return total;
  }
  // Everything else the machine ran: other programs, the kernel's threads.
  double other() const { return machine - servers_total() - postgres - client; }
};

CoresUsed Between(const CpuSample& a, const CpuSample& b) {
  const double wall = Seconds(b.at - a.at);
  CoresUsed cores;
  for (std::size_t i = 0; i < a.servers.size(); ++i) {
    cores.servers.push_back((b.servers[i] - a.servers[i]) / wall);
    double busiest = 0;
    for (const auto& [tid, cpu] : b.server_threads[i]) {
      const auto before = a.server_threads[i].find(tid);
      busiest = std::max(busiest, cpu - (before == a.server_threads[i].end() ? 0 : before->second));
    }
    cores.busiest_server_thread.push_back(busiest / wall);
  }
  cores.postgres = (b.postgres - a.postgres) / wall;
  cores.client = (b.client - a.client) / wall;
  cores.machine = (b.machine.busy - a.machine.busy) / wall;
  cores.iowait = (b.machine.iowait - a.machine.iowait) / wall;
  return cores;
}

// --- PostgreSQL ---------------------------------------------------------------

struct PostgresCluster {
  std::string uri;
  int postmaster = 0;      // 0: its CPU is not measured,
  std::string unmeasured;  // for this reason
};

// The postmaster's pid: the first line of postmaster.pid in the data
// directory, which the server names to a superuser. Only a cluster on this
// machine, whose files this user may read, has one to find.
absl::StatusOr<int> FindPostmaster(const std::string& uri) {
  std::string data_directory;
  try {
    pqxx::connection connection(uri);
    pqxx::nontransaction query(connection);
    data_directory = query.exec1("SELECT setting FROM pg_settings WHERE name = 'data_directory'")[0]
                         .as<std::string>();
  } catch (const std::exception& e) {
    return absl::UnavailableError(absl::StrCat("cannot ask ", uri, ": ", e.what()));
  }
  const std::string path = data_directory + "/postmaster.pid";
  std::ifstream file(path);
  int pid = 0;
  if (!(file >> pid) || pid <= 0 || !std::filesystem::exists("/proc/" + std::to_string(pid))) {
    return absl::NotFoundError(absl::StrCat("no running postmaster found in ", path));
  }
  return pid;
}

// What a database's sessions were doing: how many, on average over the
// samples, were in each state ("Lock:transactionid" -> 3.2).
struct SessionProfile {
  std::map<std::string, double> sessions;
  // The sessions that others waited for on a row lock, by what they were
  // doing meanwhile. In this load the only row transactions share is the
  // change feed's counter (decision 0010), so this is what its holder did.
  std::map<std::string, double> row_lock_holders;
  std::string error;  // why sampling stopped early, if it did
};

// Samples the sessions of one database every --sample_ms, on a connection
// of its own (left out of the count), from Start until Stop.
class SessionSampler {
 public:
  // Connects before the load starts, so that a failure leaves nothing running.
  static absl::StatusOr<std::unique_ptr<SessionSampler>> Connect(const std::string& uri) {
    std::unique_ptr<SessionSampler> sampler(new SessionSampler);
    try {
      sampler->connection_ = std::make_unique<pqxx::connection>(uri);
    } catch (const std::exception& e) {
      return absl::UnavailableError(absl::StrCat("cannot sample sessions: ", e.what()));
    }
    return sampler;
  }

  ~SessionSampler() { Stop(); }

  void Start() {
    thread_ = std::thread([this] { Run(); });
  }

  SessionProfile Stop() {
    if (thread_.joinable()) {
      stop_ = true;
      thread_.join();
    }
    SessionProfile profile;
    for (const auto& [key, count] : counts_) {
      auto& averages = key.first == "holder" ? profile.row_lock_holders : profile.sessions;
      averages[key.second] = static_cast<double>(count) / std::max(1L, samples_);
    }
    profile.error = error_;
    return profile;
  }

 private:
  SessionSampler() = default;

  void Run() {
    // Active sessions by what they wait for ("running" when nothing: on a
    // CPU, or waiting for one); the others by state ("idle in transaction"
    // is a transaction waiting for its server's next statement). Idle
    // sessions (pooled connections, the servers' LISTEN) are left out.
    static constexpr char kQuery[] =
        "WITH s AS (SELECT pid, wait_event, CASE WHEN state = 'active' "
        "THEN coalesce(wait_event_type || ':' || wait_event, 'running') ELSE state END AS doing "
        "FROM pg_stat_activity WHERE datname = current_database() "
        "AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle') "
        "SELECT 'session', doing, count(*) FROM s GROUP BY doing UNION ALL "
        "SELECT 'holder', doing, count(*) FROM s WHERE pid IN "
        "(SELECT unnest(pg_blocking_pids(pid)) FROM s WHERE wait_event = 'transactionid') "
        "GROUP BY doing";
    const auto interval = std::chrono::milliseconds(absl::GetFlag(FLAGS_sample_ms));
    try {
      for (auto next = Clock::now(); !stop_; next += interval) {
        std::this_thread::sleep_until(next);
        pqxx::nontransaction query(*connection_);
        for (const auto& row : query.exec(kQuery)) {
          counts_[{row[0].as<std::string>(), row[1].as<std::string>()}] += row[2].as<long>();
        }
        ++samples_;
      }
    } catch (const std::exception& e) {
      error_ = e.what();
    }
  }

  std::unique_ptr<pqxx::connection> connection_;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  // Written by the thread only, read after it has been joined.
  std::map<std::pair<std::string, std::string>, long> counts_;  // (kind, doing)
  long samples_ = 0;
  std::string error_;
};

// --- the load -------------------------------------------------------------------

// What the client threads share with the round that runs them.
struct LoadControl {
  std::atomic<bool> measuring{false};
  std::atomic<bool> stop{false};
};

// What one client thread saw end within the measured window.
struct ClientTally {
  long creates = 0;
  long conversions = 0;
  long failures = 0;
  std::vector<double> convert_ms;
};

void ReportFailure(const char* method, const grpc::Status& status) {
  static std::atomic<int> reported{0};
  if (reported++ < 5) {
    std::fprintf(stderr, "scale_out_bench: %s: %d %s\n", method, status.error_code(),
                 status.error_message().c_str());
  }
}

void SetDeadline(grpc::ClientContext& context) {
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
}

// Creates a lead and converts it, again and again until told to stop. `tag`
// makes the request ids unique across the run.
void RunClient(v1::LeadService::Stub& stub, const std::string& tag, const LoadControl& control,
               ClientTally& tally) {
  for (long i = 0; !control.stop; ++i) {
    const std::string id = absl::StrCat(tag, "-", i);
    v1::CreateLeadRequest create;
    create.set_request_id(id + "-create");
    create.mutable_lead()->set_last_name("Scale " + id);
    create.mutable_lead()->set_company("Scale Bench " + id);
    create.mutable_lead()->set_lead_source("Web");
    v1::Lead lead;
    grpc::ClientContext create_context;
    SetDeadline(create_context);
    grpc::Status status = stub.CreateLead(&create_context, create, &lead);
    const bool create_counts = control.measuring;
    if (!status.ok()) {
      ReportFailure("CreateLead", status);
      tally.failures += create_counts;
      continue;
    }
    tally.creates += create_counts;

    v1::ConvertLeadRequest convert;
    convert.set_name(lead.name());
    convert.set_request_id(id + "-convert");
    v1::ConvertLeadResponse converted;
    grpc::ClientContext convert_context;
    SetDeadline(convert_context);
    const Clock::time_point begin = Clock::now();
    status = stub.ConvertLead(&convert_context, convert, &converted);
    if (!control.measuring) continue;
    if (!status.ok()) {
      ReportFailure("ConvertLead", status);
      ++tally.failures;
      continue;
    }
    ++tally.conversions;
    tally.convert_ms.push_back(
        std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
  }
}

// --- scenarios and rounds ---------------------------------------------------------

struct Scenario {
  std::string name;
  bool postgres = false;
  int servers = 1;
};

struct RoundResult {
  int round = 0;
  double seconds = 0;  // the measured window
  long creates = 0, conversions = 0, failures = 0;
  double convert_p50_ms = 0, convert_p99_ms = 0;
  CoresUsed cores;
  SessionProfile sessions;  // PostgreSQL only

  double conversions_per_s() const { return conversions / seconds; }
  double creates_per_s() const { return creates / seconds; }
};

std::vector<std::string> ServerFlags() {
  std::vector<std::string> flags = {
      absl::StrCat("--db_connections=", absl::GetFlag(FLAGS_db_connections))};
  for (const std::string& flag : absl::GetFlag(FLAGS_server_flags)) {
    if (!flag.empty()) flags.push_back(flag);
  }
  return flags;
}

absl::StatusOr<RoundResult> RunRound(const Scenario& scenario, int round,
                                     const PostgresCluster& cluster) {
  TempDir dir;
  std::unique_ptr<ScratchPostgresDatabase> database;  // outlives the servers
  std::string db = dir.File("bench.db");
  if (scenario.postgres) {
    LEADFLOW_ASSIGN_OR_RETURN(database,
                              ScratchPostgresDatabase::Create(cluster.uri, "leadflow_bench_"));
    db = database->uri();
  }
  std::vector<std::unique_ptr<ServerProcess>> servers;
  std::vector<int> pids;
  for (int s = 0; s < scenario.servers; ++s) {
    servers.push_back(std::make_unique<ServerProcess>(absl::GetFlag(FLAGS_server), db,
                                                      dir.File(absl::StrCat("server", s, ".log")),
                                                      ServerFlags()));
    std::string error;
    if (!servers.back()->Start(std::chrono::seconds(60), &error)) {
      return absl::InternalError(absl::StrCat(scenario.name, ": ", error));
    }
    pids.push_back(servers.back()->pid());
  }
  std::unique_ptr<SessionSampler> sampler;
  if (scenario.postgres) {
    LEADFLOW_ASSIGN_OR_RETURN(sampler, SessionSampler::Connect(db));
  }

  // Client t uses server t % servers, so the clients spread evenly, and
  // one of that server's channels in turn.
  const int per_server = std::max(1, absl::GetFlag(FLAGS_channels_per_server));
  std::vector<std::unique_ptr<v1::LeadService::Stub>> stubs;
  for (int s = 0; s < scenario.servers; ++s) {
    for (int c = 0; c < per_server; ++c) {
      stubs.push_back(v1::LeadService::NewStub(
          NewChannel(servers[static_cast<std::size_t>(s)]->address(), s * per_server + c)));
    }
  }
  const int clients = std::max(1, absl::GetFlag(FLAGS_clients));
  LoadControl control;
  std::vector<ClientTally> tallies(static_cast<std::size_t>(clients));
  std::vector<std::thread> threads;
  for (int t = 0; t < clients; ++t) {
    const int stub = (t % scenario.servers) * per_server + (t / scenario.servers) % per_server;
    threads.emplace_back(RunClient, std::ref(*stubs[static_cast<std::size_t>(stub)]),
                         absl::StrCat(scenario.name, "-r", round, "-c", t), std::cref(control),
                         std::ref(tallies[static_cast<std::size_t>(t)]));
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(absl::GetFlag(FLAGS_warmup_seconds)));

  if (sampler) sampler->Start();
  const int postmaster = scenario.postgres ? cluster.postmaster : 0;
  const CpuSample before = SampleCpu(pids, postmaster);
  control.measuring = true;
  std::this_thread::sleep_for(std::chrono::duration<double>(absl::GetFlag(FLAGS_seconds)));
  control.measuring = false;
  const CpuSample after = SampleCpu(pids, postmaster);

  RoundResult result;
  if (sampler) result.sessions = sampler->Stop();
  control.stop = true;
  for (std::thread& thread : threads) thread.join();
  for (auto& server : servers) {
    std::string error;
    if (!server->Stop(std::chrono::seconds(30), &error)) {
      std::fprintf(stderr, "scale_out_bench: %s: %s\n", scenario.name.c_str(), error.c_str());
    }
  }

  result.round = round;
  result.seconds = Seconds(after.at - before.at);
  result.cores = Between(before, after);
  std::vector<double> convert_ms;
  for (const ClientTally& tally : tallies) {
    result.creates += tally.creates;
    result.conversions += tally.conversions;
    result.failures += tally.failures;
    convert_ms.insert(convert_ms.end(), tally.convert_ms.begin(), tally.convert_ms.end());
  }
  std::sort(convert_ms.begin(), convert_ms.end());
  if (!convert_ms.empty()) {
    result.convert_p50_ms = convert_ms[convert_ms.size() / 2];
    result.convert_p99_ms =
        convert_ms[std::min(convert_ms.size() - 1, convert_ms.size() * 99 / 100)];
  }
  return result;
}

// --- output -------------------------------------------------------------------------

std::string Cores(double cores) { return absl::StrFormat("%.2f", cores); }

// Each server's cores, with its busiest thread's in parentheses.
std::string ServerCores(const CoresUsed& cores) {
  std::vector<std::string> each;
  for (std::size_t i = 0; i < cores.servers.size(); ++i) {
    each.push_back(
        absl::StrFormat("%.2f (%.2f)", cores.servers[i], cores.busiest_server_thread[i]));
  }
  return absl::StrJoin(each, " + ");
}

// Average counts by state, most frequent first.
std::string ByState(const std::map<std::string, double>& averages) {
  std::vector<std::pair<std::string, double>> sorted(averages.begin(), averages.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> parts;
  for (const auto& [state, average] : sorted) {
    parts.push_back(absl::StrFormat("%s %.2f", state, average));
  }
  return parts.empty() ? "none" : absl::StrJoin(parts, ", ");
}

void PrintProfile(const char* indent, const SessionProfile& profile) {
  absl::PrintF("%ssessions: %s\n", indent, ByState(profile.sessions));
  absl::PrintF("%srow-lock holders waited for: %s\n", indent, ByState(profile.row_lock_holders));
  if (!profile.error.empty()) absl::PrintF("%ssampling stopped: %s\n", indent, profile.error);
}

void PrintRound(const Scenario& scenario, const RoundResult& r, bool postgres_measured) {
  absl::PrintF(
      "round %d  %-10s %8.1f conversions/s %8.1f creates/s  ConvertLead p50 %6.2f ms "
      "p99 %7.2f ms  %d failed\n",
      r.round, scenario.name, r.conversions_per_s(), r.creates_per_s(), r.convert_p50_ms,
      r.convert_p99_ms, r.failures);
  absl::PrintF(
      "          cores: server%s %s | postgres %s | client %.2f | machine busy %.2f "
      "(other processes %.2f), iowait %.2f\n",
      scenario.servers > 1 ? "s" : "", ServerCores(r.cores),
      scenario.postgres && postgres_measured ? Cores(r.cores.postgres) : "-", r.cores.client,
      r.cores.machine, r.cores.other(), r.cores.iowait);
  if (scenario.postgres) {
    PrintProfile("          postgres ", r.sessions);
  }
  std::fflush(stdout);
}

RoundResult MedianRound(std::vector<RoundResult> rounds) {
  std::sort(rounds.begin(), rounds.end(), [](const RoundResult& a, const RoundResult& b) {
    return a.conversions_per_s() < b.conversions_per_s();
  });
  return rounds[(rounds.size() - 1) / 2];
}

// `a` over `b` (each scenario's rounds, in order): of their median rounds,
// and round by round.
void PrintRatio(const char* label, const std::vector<RoundResult>& a,
                const std::vector<RoundResult>& b) {
  std::vector<double> ratios;
  for (std::size_t r = 0; r < a.size(); ++r) {
    ratios.push_back(a[r].conversions_per_s() / b[r].conversions_per_s());
  }
  std::vector<std::string> each;
  for (double ratio : ratios) each.push_back(absl::StrFormat("%.2f", ratio));
  std::sort(ratios.begin(), ratios.end());
  absl::PrintF("  %s %.2fx;  round by round %s (median %.2fx)\n", label,
               MedianRound(a).conversions_per_s() / MedianRound(b).conversions_per_s(),
               absl::StrJoin(each, ", "), ratios[(ratios.size() - 1) / 2]);
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const int rounds = std::max(1, absl::GetFlag(FLAGS_rounds));

  std::vector<Scenario> scenarios = {{"sqlite", false, 1}};
  PostgresCluster cluster;
  cluster.uri = absl::GetFlag(FLAGS_postgres);
  if (cluster.uri.empty()) {
    std::printf(
        "scale_out_bench: no --postgres=URI, so SQLite only "
        "(ci/postgres_cluster.sh start prints a URI)\n");
  } else {
    scenarios.push_back({"postgres-1", true, 1});
    scenarios.push_back({"postgres-2", true, 2});
    absl::StatusOr<int> postmaster = FindPostmaster(cluster.uri);
    if (postmaster.ok()) {
      cluster.postmaster = *postmaster;
    } else {
      cluster.unmeasured = std::string(postmaster.status().message());
    }
  }

  absl::PrintF(
      "scale_out_bench: %d clients, each CreateLead then ConvertLead of that lead, one "
      "call in flight each, over %d channel(s) per server; %d round(s) of %.1f s "
      "(after %.1f s of warm-up) per scenario, scenarios in turn; %d cores\n",
      absl::GetFlag(FLAGS_clients), absl::GetFlag(FLAGS_channels_per_server), rounds,
      absl::GetFlag(FLAGS_seconds), absl::GetFlag(FLAGS_warmup_seconds),
      std::thread::hardware_concurrency());
  absl::PrintF(
      "servers: %s --listen=127.0.0.1:0 --db=<the scenario's database> %s (other flags "
      "at their defaults: --max_calls_in_flight=1000, no --principals so no rate "
      "limit)\n",
      absl::GetFlag(FLAGS_server), absl::StrJoin(ServerFlags(), " "));
  if (!cluster.uri.empty()) {
    absl::PrintF("postgres: %s; %s\n", cluster.uri,
                 cluster.postmaster > 0
                     ? absl::StrCat("postmaster pid ", cluster.postmaster,
                                    " (CPU: it, its children, and those it reaped)")
                     : absl::StrCat("CPU not measured: ", cluster.unmeasured));
  }
  std::fflush(stdout);

  std::vector<std::vector<RoundResult>> results(scenarios.size());
  bool any_failed = false;
  for (int round = 1; round <= rounds; ++round) {
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      absl::StatusOr<RoundResult> result = RunRound(scenarios[s], round, cluster);
      if (!result.ok()) {
        std::fprintf(stderr, "scale_out_bench: %s\n", result.status().ToString().c_str());
        return 1;
      }
      PrintRound(scenarios[s], *result, cluster.postmaster > 0);
      any_failed = any_failed || result->failures > 0;
      results[s].push_back(*std::move(result));
    }
  }

  std::printf(
      "\nMedian round of %d by conversions/s (one conversion = a lead created, then "
      "converted into an account, a contact and an opportunity):\n",
      rounds);
  std::printf("  %-10s %13s %11s %16s %16s %7s\n", "scenario", "conversions/s", "creates/s",
              "ConvertLead p50", "ConvertLead p99", "failed");
  std::vector<RoundResult> median_rounds;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    median_rounds.push_back(MedianRound(results[s]));
    const RoundResult& m = median_rounds.back();
    absl::PrintF("  %-10s %13.1f %11.1f %13.2f ms %13.2f ms %7d\n", scenarios[s].name,
                 m.conversions_per_s(), m.creates_per_s(), m.convert_p50_ms, m.convert_p99_ms,
                 m.failures);
  }

  std::printf(
      "\nCores used during that round (CPU seconds / wall seconds; the machine has %u); "
      "each server's busiest thread in parentheses:\n",
      std::thread::hardware_concurrency());
  std::printf("  %-10s %-25s %8s %7s %13s %7s %7s\n", "scenario", "server(s)", "postgres", "client",
              "machine busy", "other", "iowait");
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const CoresUsed& c = median_rounds[s].cores;
    absl::PrintF("  %-10s %-25s %8s %7.2f %13.2f %7.2f %7.2f\n", scenarios[s].name, ServerCores(c),
                 scenarios[s].postgres && cluster.postmaster > 0 ? Cores(c.postgres) : "-",
                 c.client, c.machine, c.other(), c.iowait);
  }
  // Per conversion, the CPU figures hardly depend on how much of the
  // machine other programs took, unlike the rates.
  std::printf("\nCPU ms per conversion (its CreateLead included) in that round:\n");
  std::printf("  %-10s %10s %9s %7s %7s\n", "scenario", "server(s)", "postgres", "client", "sum");
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const RoundResult& m = median_rounds[s];
    const bool postgres = scenarios[s].postgres && cluster.postmaster > 0;
    auto ms = [&](double cores) { return 1000 * cores / m.conversions_per_s(); };
    absl::PrintF("  %-10s %10.2f %9s %7.2f %7.2f\n", scenarios[s].name, ms(m.cores.servers_total()),
                 postgres ? absl::StrFormat("%.2f", ms(m.cores.postgres)) : "-", ms(m.cores.client),
                 ms(m.cores.servers_total() + (postgres ? m.cores.postgres : 0) + m.cores.client));
  }

  if (scenarios.size() == 3) {
    std::printf(
        "\nPostgreSQL sessions of the scenario's database during that round, average "
        "count per %d ms sample:\n",
        absl::GetFlag(FLAGS_sample_ms));
    for (std::size_t s = 1; s < scenarios.size(); ++s) {
      absl::PrintF("  %s\n", scenarios[s].name);
      PrintProfile("    ", median_rounds[s].sessions);
    }
    std::printf(
        "\nRatios of conversions/s: of the median rounds; then round by round (the two "
        "scenarios of a round ran back to back, so they saw the machine alike) and their "
        "median\n");
    PrintRatio("PostgreSQL, one server / SQLite:     ", results[1], results[0]);
    PrintRatio("PostgreSQL, two servers / one server:", results[2], results[1]);
    std::printf(
        "  (target for two servers / one: 1.6x, when the database is not the bottleneck)\n");
  }
  return any_failed ? 1 : 0;
}
