// What the change feed costs and how fast it delivers, against the real
// leadflow-server binary (a child process on 127.0.0.1, fresh database), in
// one run against one server:
//
//  (a) writer throughput: CreateLead calls/s with --in_flight calls kept in
//      flight for --seconds, with 0, 1 and --watchers watchers attached,
//      each watcher consuming the whole feed (and checked to receive every
//      event once, in order), with the ratio to the 0-watcher figure;
//  (b) delivery latency p50/p99/p99.9, pooled over every watcher and event:
//      from the client's send of the CreateLead (its steady-clock time is
//      stamped into the lead's description, and the watchers run in this
//      process) to the watcher's receipt of the event's message; and, as a
//      second figure, from the event's commit_time (the server's wall clock
//      when the write job ran, just before its commit) to the receipt, on
//      the wall clock of the same machine. Measured at full write speed
//      (the throughput rounds) and at a paced --paced_rate;
//  (c) the server process's memory (/proc/<pid>/status VmRSS, VmHWM) with
//      --idle_watchers watchers attached and idle, and while writes flow to
//      them at --memory_write_rate for --memory_write_seconds.
//
// The bench's own client (writers and watchers) shares the machine's cores
// with the server, so with many watchers part of the throughput lost is the
// client's cost of receiving every event many times over.
//
// Output: one JSON line per scenario (prefix "feed_bench "), then a short
// summary.
//
//   build/bench/feed_bench [--seconds=5] [--in_flight=16] [--watchers=100]
//       [--idle_watchers=1000] [--paced_rate=500] [--memory_write_rate=200]
//       [--server=build/server/leadflow-server]

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

#include <grpcpp/grpcpp.h>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/channels.h"
#include "common/percentiles.h"
#include "common/proc_cpu.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "support/feed_watcher.h"
#include "support/server_process.h"
#include "support/temp_dir.h"

#ifndef LEADFLOW_SERVER_BINARY
#define LEADFLOW_SERVER_BINARY "leadflow-server"
#endif

ABSL_FLAG(std::string, server, LEADFLOW_SERVER_BINARY, "the leadflow-server binary to run");
ABSL_FLAG(double, seconds, 5, "length of each throughput and latency scenario");
ABSL_FLAG(int, rounds, 2,
          "rounds of the throughput scenarios (0, 1, many watchers in turn), averaged");
ABSL_FLAG(int, in_flight, 16, "CreateLead calls kept in flight by the writers");
ABSL_FLAG(int, watchers, 100, "watchers of the many-watchers throughput scenario");
ABSL_FLAG(int, idle_watchers, 1000, "watchers attached for the memory scenario");
ABSL_FLAG(double, paced_rate, 500, "writes/s of the paced latency scenario (0: skip it)");
ABSL_FLAG(double, memory_write_rate, 200,
          "writes/s flowing to the idle watchers in the memory scenario (0: as fast as possible)");
ABSL_FLAG(double, memory_write_seconds, 5, "how long writes flow in the memory scenario");
ABSL_FLAG(int, description_bytes, 200, "size of each lead's description");

namespace {

namespace v1 = ::leadflow::v1;
using ::leadflow::bench::NewChannel;
using ::leadflow::bench::OwnCpuSeconds;
using ::leadflow::bench::Percentiles;
using ::leadflow::bench::Summarize;
using ::leadflow::testing::FeedWatcher;
using Clock = std::chrono::steady_clock;

constexpr int kStreamsPerChannel = 90;  // under the server's 100 per connection
constexpr char kStamp[] = "sent_ns=";

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "feed_bench: %s\n", message.c_str());
  std::exit(1);
}

// A field of /proc/<pid>/status, in kB; -1 when unreadable.
long ProcStatusKb(int pid, const std::string& field) {
  std::ifstream status(absl::StrCat("/proc/", pid, "/status"));
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
  }
  return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0); false if not allowed.
bool ResetPeak(int pid) {
  std::ofstream clear(absl::StrCat("/proc/", pid, "/clear_refs"));
  clear << "5";
  clear.flush();
  return static_cast<bool>(clear);
}

double Mb(long kb) { return kb / 1024.0; }

double SelfCpuSeconds() {
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::string LoadAverage() {
  std::ifstream loadavg("/proc/loadavg");
  std::string one;
  loadavg >> one;
  return one;
}

std::int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

// --- writers ---------------------------------------------------------------

struct WriteResult {
  long ok = 0;
  long failed = 0;
  double seconds = 0;
  double rate() const { return seconds > 0 ? ok / seconds : 0; }
};

// Keeps up to `in_flight` CreateLead calls going for `seconds`, as fast as
// possible or at `rate` calls/s; each lead's description carries its send
// time.
WriteResult Write(std::vector<std::unique_ptr<v1::LeadService::Stub>>& stubs, int in_flight,
                  double seconds, double rate) {
  struct Call {
    grpc::ClientContext context;
    v1::CreateLeadRequest request;
    v1::Lead response;
  };
  std::mutex mu;
  std::condition_variable cv;
  int running = 0;
  std::atomic<long> ok{0}, failed{0};
  const std::string padding(static_cast<std::size_t>(absl::GetFlag(FLAGS_description_bytes)), 'x');
  const Clock::time_point begin = Clock::now();
  const Clock::time_point end = begin + std::chrono::duration_cast<Clock::duration>(
                                            std::chrono::duration<double>(seconds));
  for (long i = 0;; ++i) {
    if (rate > 0) {
      std::this_thread::sleep_until(begin + std::chrono::duration_cast<Clock::duration>(
                                                std::chrono::duration<double>(i / rate)));
    }
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return running < in_flight; });
      if (Clock::now() >= end) break;
      ++running;
    }
    auto call = std::make_shared<Call>();
    call->context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    v1::Lead& lead = *call->request.mutable_lead();
    lead.set_last_name(absl::StrCat("Bench ", i));
    lead.set_company("Feed Bench");
    lead.set_lead_source("Web");
    lead.set_description(absl::StrCat(kStamp, NowNs(), ";", padding));
    stubs[i % stubs.size()]->async()->CreateLead(
        &call->context, &call->request, &call->response, [&, call](grpc::Status status) {
          if (status.ok()) {
            ++ok;
          } else if (failed++ < 5) {
            std::fprintf(stderr, "feed_bench: CreateLead: %d %s\n", status.error_code(),
                         status.error_message().c_str());
          }
          std::lock_guard<std::mutex> lock(mu);
          --running;
          cv.notify_all();
        });
  }
  std::unique_lock<std::mutex> lock(mu);
  cv.wait(lock, [&] { return running == 0; });
  WriteResult result;
  result.ok = ok;
  result.failed = failed;
  result.seconds = std::chrono::duration<double>(Clock::now() - begin).count();
  return result;
}

// --- watchers --------------------------------------------------------------

// Latencies gathered by one watcher's callbacks (under its lock).
struct Latencies {
  std::vector<std::int64_t> from_send_ns;
  std::vector<std::int64_t> from_commit_ns;
};

class WatcherSet {
 public:
  // `filter`: what the watchers watch; by default everything.
  WatcherSet(std::vector<std::unique_ptr<v1::EventService::Stub>>& stubs, int count,
             const v1::EventFilter& filter = {}) {
    latencies_.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
      v1::WatchEventsRequest request;
      request.set_start_at_latest(true);
      *request.mutable_filter() = filter;
      FeedWatcher::Options options;
      options.keep_events = false;
      options.deadline = std::chrono::minutes(10);
      Latencies* latencies = &latencies_[static_cast<std::size_t>(i)];
      options.on_event = [latencies](const v1::Event& event, Clock::time_point at) {
        const std::string& description = event.lead().description();
        if (description.rfind(kStamp, 0) == 0) {
          const std::int64_t sent = std::strtoll(description.c_str() + sizeof(kStamp) - 1,
                                                 nullptr, 10);
          latencies->from_send_ns.push_back(
              std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch())
                  .count() -
              sent);
        }
        const std::int64_t commit_ns =
            event.commit_time().seconds() * 1'000'000'000 + event.commit_time().nanos();
        const std::int64_t now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count();
        latencies->from_commit_ns.push_back(now_ns - commit_ns);
      };
      watchers_.push_back(std::make_unique<FeedWatcher>(*stubs[i % stubs.size()],
                                                        std::move(request), std::move(options)));
    }
    for (auto& watcher : watchers_) watcher->Start();
    // Every watcher has its first message (where it starts) before a write.
    for (auto& watcher : watchers_) {
      if (!watcher->WaitForMessages(1, std::chrono::seconds(60))) {
        auto status = watcher->WaitDone(std::chrono::milliseconds(1));
        Die(absl::StrCat("a watcher got no first message",
                         status ? absl::StrCat(": ", status->error_code(), " ",
                                               status->error_message())
                                : std::string()));
      }
    }
  }

  ~WatcherSet() {
    for (auto& watcher : watchers_) watcher->Cancel();
    for (auto& watcher : watchers_) watcher->WaitDone(std::chrono::seconds(30));
  }

  std::size_t size() const { return watchers_.size(); }

  // Waits until every watcher has every event up to `latest`; the time it
  // took, or -1 on timeout.
  double Drain(std::int64_t latest, std::chrono::seconds timeout) {
    const Clock::time_point begin = Clock::now();
    for (auto& watcher : watchers_) {
      const auto left = timeout - (Clock::now() - begin);
      if (!watcher->WaitForSequence(latest, std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::max(left, Clock::duration::zero())))) {
        return -1;
      }
    }
    return std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
  }

  // Whether every watcher received exactly the events after its start up
  // to `latest`, in order.
  bool Complete(std::int64_t latest, std::string* problem) const {
    for (const auto& watcher : watchers_) {
      const std::int64_t expected = latest - watcher->first_checkpoint();
      if (watcher->events() != expected || watcher->out_of_order() != 0) {
        *problem = absl::StrCat("a watcher started at ", watcher->first_checkpoint(), " got ",
                                watcher->events(), " events (", expected, " expected), ",
                                watcher->out_of_order(), " out of order");
        return false;
      }
    }
    return true;
  }

  std::int64_t start() const { return watchers_.empty() ? -1 : watchers_[0]->first_checkpoint(); }

  // Every latency gathered, pooled.
  Latencies Pooled() const {
    Latencies all;
    for (std::size_t i = 0; i < watchers_.size(); ++i) {
      watchers_[i]->WithLock([&] {
        const Latencies& one = latencies_[i];
        all.from_send_ns.insert(all.from_send_ns.end(), one.from_send_ns.begin(),
                                one.from_send_ns.end());
        all.from_commit_ns.insert(all.from_commit_ns.end(), one.from_commit_ns.begin(),
                                  one.from_commit_ns.end());
      });
    }
    return all;
  }

 private:
  std::vector<Latencies> latencies_;  // before watchers_: outlives their callbacks
  std::vector<std::unique_ptr<FeedWatcher>> watchers_;
};

// The sequence of the newest event: the first message of a watch that
// starts at the latest.
std::int64_t LatestSequence(v1::EventService::Stub& stub) {
  v1::WatchEventsRequest request;
  request.set_start_at_latest(true);
  FeedWatcher::Options options;
  options.deadline = std::chrono::seconds(30);
  FeedWatcher watcher(stub, request, options);
  watcher.Start();
  if (!watcher.WaitForMessages(1, std::chrono::seconds(30))) Die("cannot read the latest sequence");
  return watcher.first_checkpoint();
}

// The server gives freed memory back to the system (malloc_trim) about a
// second after a burst of at least 64 calls in flight has passed
// (api/idle_memory_trimmer.h); streams do not count. This makes such a burst
// and waits for the trim, so that VmRSS shows the memory in use rather than
// what glibc kept.
void TriggerTrim(std::vector<std::unique_ptr<v1::LeadService::Stub>>& stubs) {
  constexpr int kCalls = 256;
  struct Call {
    grpc::ClientContext context;
    v1::ListLeadsRequest request;
    v1::ListLeadsResponse response;
  };
  std::vector<std::unique_ptr<Call>> calls;
  std::mutex mu;
  std::condition_variable cv;
  int left = kCalls;
  for (int i = 0; i < kCalls; ++i) {
    calls.push_back(std::make_unique<Call>());
    Call& call = *calls.back();
    call.context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    call.request.set_page_size(500);
    stubs[static_cast<std::size_t>(i) % stubs.size()]->async()->ListLeads(
        &call.context, &call.request, &call.response, [&](grpc::Status) {
          std::lock_guard<std::mutex> lock(mu);
          if (--left == 0) cv.notify_all();
        });
  }
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return left == 0; });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
}

std::string LatencyJson(const char* prefix, const Percentiles& p) {
  return absl::StrFormat(
      R"("%s_p50_ms":%.2f,"%s_p99_ms":%.2f,"%s_p999_ms":%.2f,"%s_max_ms":%.2f,"%s_samples":%d)",
      prefix, p.p50, prefix, p.p99, prefix, p.p999, prefix, p.max, prefix,
      static_cast<long>(p.count));
}

struct Scenario {
  std::string name;
  int watchers = 0;
  WriteResult writes;
  double drain_ms = 0;
  bool complete = true;
  Percentiles from_send, from_commit;
  // CPU seconds spent while writing and draining, by the server and by
  // this process (writers and watchers).
  double server_cpu_s = 0, bench_cpu_s = 0;
  std::string load;
};

// Attaches `watchers` watchers, writes for `seconds` (at `rate`, 0: flat
// out), waits until every watcher has every event, and measures.
Scenario RunScenario(const std::string& name, int watchers, double seconds, double rate,
                     std::vector<std::unique_ptr<v1::LeadService::Stub>>& writers,
                     std::vector<std::unique_ptr<v1::EventService::Stub>>& feeds, int in_flight,
                     int server_pid) {
  Scenario scenario;
  scenario.name = name;
  scenario.watchers = watchers;
  WatcherSet set(feeds, watchers);
  const double server_cpu = OwnCpuSeconds(server_pid);
  const double bench_cpu = SelfCpuSeconds();
  scenario.writes = Write(writers, in_flight, seconds, rate);
  const std::int64_t latest = LatestSequence(*feeds[0]);
  const Clock::time_point drain_begin = Clock::now();
  scenario.drain_ms = set.Drain(latest, std::chrono::seconds(120));
  if (scenario.drain_ms < 0) {
    std::fprintf(stderr, "feed_bench: %s: watchers did not catch up within 120 s\n",
                 name.c_str());
    scenario.drain_ms = std::chrono::duration<double, std::milli>(Clock::now() - drain_begin)
                            .count();
  }
  scenario.server_cpu_s = OwnCpuSeconds(server_pid) - server_cpu;
  scenario.bench_cpu_s = SelfCpuSeconds() - bench_cpu;
  scenario.load = LoadAverage();
  std::string problem;
  scenario.complete = set.Complete(latest, &problem);
  if (!scenario.complete) std::fprintf(stderr, "feed_bench: %s: %s\n", name.c_str(), problem.c_str());
  Latencies pooled = set.Pooled();
  scenario.from_send = Summarize(std::move(pooled.from_send_ns), 1e6);
  scenario.from_commit = Summarize(std::move(pooled.from_commit_ns), 1e6);
  return scenario;
}

void PrintScenario(const Scenario& s, double baseline_rate, long rss_kb, long hwm_kb) {
  std::string line = absl::StrFormat(
      R"(feed_bench {"scenario":"%s","watchers":%d,"writes":%d,"failed":%d,"seconds":%.2f,)"
      R"("writes_per_s":%.1f,"ratio_to_0_watchers":%.3f,"complete":%s,"drain_ms":%.1f)",
      s.name, s.watchers, s.writes.ok, s.writes.failed, s.writes.seconds, s.writes.rate(),
      baseline_rate > 0 ? s.writes.rate() / baseline_rate : 0.0, s.complete ? "true" : "false",
      s.drain_ms);
  if (s.watchers > 0) {
    absl::StrAppend(&line, ",", LatencyJson("send_to_receive", s.from_send), ",",
                    LatencyJson("commit_to_receive", s.from_commit));
  }
  absl::StrAppendFormat(&line,
                        R"(,"server_cpu_s":%.2f,"bench_cpu_s":%.2f,"loadavg_1m":%s,)"
                        R"("server_rss_mb":%.1f,"server_hwm_mb":%.1f})",
                        s.server_cpu_s, s.bench_cpu_s, s.load, Mb(rss_kb), Mb(hwm_kb));
  std::printf("%s\n", line.c_str());
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const double seconds = absl::GetFlag(FLAGS_seconds);
  const int in_flight = absl::GetFlag(FLAGS_in_flight);
  const int many = absl::GetFlag(FLAGS_watchers);
  const int idle = absl::GetFlag(FLAGS_idle_watchers);

  leadflow::testing::TempDir dir;
  leadflow::testing::ServerProcess server(absl::GetFlag(FLAGS_server), dir.File("bench.db"),
                                          dir.File("server.log"));
  std::string error;
  if (!server.Start(std::chrono::seconds(30), &error)) Die(error);
  const int pid = server.pid();

  std::vector<std::unique_ptr<v1::LeadService::Stub>> writers;
  for (int c = 0; c < 2; ++c) {
    writers.push_back(v1::LeadService::NewStub(NewChannel(server.address(), 1000 + c)));
  }
  std::vector<std::unique_ptr<v1::EventService::Stub>> feeds;
  const int feed_channels = std::max(1, (std::max(many, idle) + kStreamsPerChannel - 1) /
                                            kStreamsPerChannel);
  for (int c = 0; c < feed_channels; ++c) {
    feeds.push_back(v1::EventService::NewStub(NewChannel(server.address(), c)));
  }

  std::printf("feed_bench: server pid %d on %s; %d CreateLead in flight, %.1f s per scenario, "
              "%d-byte descriptions\n",
              pid, server.address().c_str(), in_flight, seconds,
              absl::GetFlag(FLAGS_description_bytes));
  std::fflush(stdout);

  // Warm-up: connections, the database's first pages, the server's arenas.
  Write(writers, in_flight, 1.0, 0);

  // (a) and (b): 0, 1 and `many` watchers, writes as fast as they go, in
  // alternating rounds so that every count sees the same machine.
  const int rounds = std::max(1, absl::GetFlag(FLAGS_rounds));
  const std::vector<int> counts = {0, 1, many};
  std::vector<std::vector<Scenario>> by_count(counts.size());
  double baseline = 0;
  for (int round = 1; round <= rounds; ++round) {
    for (std::size_t c = 0; c < counts.size(); ++c) {
      Scenario s = RunScenario(absl::StrCat("throughput_", counts[c], "_watchers_round_", round),
                               counts[c], seconds, 0, writers, feeds, in_flight, pid);
      // Per round, the ratio is to that round's 0-watcher rate.
      PrintScenario(s, c == 0 ? s.writes.rate() : by_count[0].back().writes.rate(),
                    ProcStatusKb(pid, "VmRSS"), ProcStatusKb(pid, "VmHWM"));
      by_count[c].push_back(s);
    }
  }
  // Averaged over the rounds: the rates, and the latencies as the mean of
  // each round's percentile.
  std::vector<Scenario> throughput;
  for (std::size_t c = 0; c < counts.size(); ++c) {
    Scenario mean = by_count[c][0];
    mean.name = absl::StrCat("throughput_", counts[c], "_watchers_mean_of_", rounds);
    double ok = 0, failed = 0, secs = 0, drain = 0, server_cpu = 0, bench_cpu = 0;
    Percentiles send, commit;
    for (const Scenario& s : by_count[c]) {
      ok += s.writes.ok;
      failed += s.writes.failed;
      secs += s.writes.seconds;
      drain = std::max(drain, s.drain_ms);
      server_cpu += s.server_cpu_s;
      bench_cpu += s.bench_cpu_s;
      mean.complete = mean.complete && s.complete;
      for (auto [from, to] : {std::pair{&s.from_send, &send}, std::pair{&s.from_commit, &commit}}) {
        to->p50 += from->p50 / rounds;
        to->p99 += from->p99 / rounds;
        to->p999 += from->p999 / rounds;
        to->max = std::max(to->max, from->max);
        to->count += from->count;
      }
    }
    mean.writes.ok = static_cast<long>(ok);
    mean.writes.failed = static_cast<long>(failed);
    mean.writes.seconds = secs;
    mean.drain_ms = drain;
    mean.server_cpu_s = server_cpu;
    mean.bench_cpu_s = bench_cpu;
    mean.from_send = send;
    mean.from_commit = commit;
    if (c == 0) baseline = mean.writes.rate();
    throughput.push_back(mean);
  }
  for (const Scenario& s : throughput) {
    PrintScenario(s, baseline, ProcStatusKb(pid, "VmRSS"), ProcStatusKb(pid, "VmHWM"));
  }
  // (b) at a pace the machine keeps up with.
  Scenario paced;
  const double paced_rate = absl::GetFlag(FLAGS_paced_rate);
  if (paced_rate > 0) {
    paced = RunScenario(absl::StrCat("paced_", static_cast<int>(paced_rate), "_per_s_", many,
                                     "_watchers"),
                        many, seconds, paced_rate, writers, feeds, in_flight, pid);
    PrintScenario(paced, baseline, ProcStatusKb(pid, "VmRSS"), ProcStatusKb(pid, "VmHWM"));
  }

  // (c) memory with `idle` watchers: idle, then while writes flow to them.
  std::this_thread::sleep_for(std::chrono::seconds(2));
  const bool peak_reset = ResetPeak(pid);
  const long rss_before_kb = ProcStatusKb(pid, "VmRSS");
  Scenario flowing;
  long rss_idle_kb = 0, rss_flow_max_kb = 0, rss_drained_kb = 0, rss_trimmed_kb = 0, hwm_kb = 0;
  double attach_s = 0;
  {
    const Clock::time_point attach_begin = Clock::now();
    WatcherSet set(feeds, idle);
    attach_s = std::chrono::duration<double>(Clock::now() - attach_begin).count();
    std::this_thread::sleep_for(std::chrono::seconds(3));
    rss_idle_kb = ProcStatusKb(pid, "VmRSS");
    std::printf(
        R"(feed_bench {"scenario":"memory_%d_watchers_idle","watchers":%d,"attach_s":%.2f,)"
        R"("server_rss_before_mb":%.1f,"server_rss_idle_mb":%.1f,"per_watcher_kb":%.1f,)"
        R"("server_hwm_mb":%.1f})"
        "\n",
        idle, idle, attach_s, Mb(rss_before_kb), Mb(rss_idle_kb),
        idle > 0 ? static_cast<double>(rss_idle_kb - rss_before_kb) / idle : 0.0,
        Mb(ProcStatusKb(pid, "VmHWM")));
    std::fflush(stdout);

    const double server_cpu = OwnCpuSeconds(pid);
    const double bench_cpu = SelfCpuSeconds();
    std::atomic<bool> sampling{true};
    std::thread sampler([&] {
      while (sampling) {
        rss_flow_max_kb = std::max(rss_flow_max_kb, ProcStatusKb(pid, "VmRSS"));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    });
    flowing.name = absl::StrCat("memory_", idle, "_watchers_writes_flowing");
    flowing.watchers = idle;
    flowing.writes = Write(writers, in_flight, absl::GetFlag(FLAGS_memory_write_seconds),
                           absl::GetFlag(FLAGS_memory_write_rate));
    const std::int64_t latest = LatestSequence(*feeds[0]);
    flowing.drain_ms = set.Drain(latest, std::chrono::seconds(120));
    sampling = false;
    sampler.join();
    flowing.server_cpu_s = OwnCpuSeconds(pid) - server_cpu;
    flowing.bench_cpu_s = SelfCpuSeconds() - bench_cpu;
    std::string problem;
    flowing.complete = set.Complete(latest, &problem);
    if (!flowing.complete) std::fprintf(stderr, "feed_bench: memory: %s\n", problem.c_str());
    Latencies pooled = set.Pooled();
    flowing.from_send = Summarize(std::move(pooled.from_send_ns), 1e6);
    flowing.from_commit = Summarize(std::move(pooled.from_commit_ns), 1e6);
    rss_drained_kb = ProcStatusKb(pid, "VmRSS");
    hwm_kb = ProcStatusKb(pid, "VmHWM");
    TriggerTrim(writers);
    TriggerTrim(writers);  // again, for the first burst's own memory
    rss_trimmed_kb = ProcStatusKb(pid, "VmRSS");
    absl::PrintF(
        R"(feed_bench {"scenario":"%s","watchers":%d,"write_rate_target":%.0f,"writes":%d,)"
        R"("writes_per_s":%.1f,"complete":%s,"drain_ms":%.1f,%s,%s,)"
        R"("server_rss_max_sampled_mb":%.1f,"server_rss_after_drain_mb":%.1f,)"
        R"("server_rss_after_drain_trimmed_mb":%.1f,"server_hwm_mb":%.1f,"hwm_since":"%s",)"
        R"("server_cpu_s":%.2f,"bench_cpu_s":%.2f,"loadavg_1m":%s})"
        "\n",
        flowing.name, idle, absl::GetFlag(FLAGS_memory_write_rate), flowing.writes.ok,
        flowing.writes.rate(), flowing.complete ? "true" : "false", flowing.drain_ms,
        LatencyJson("send_to_receive", flowing.from_send),
        LatencyJson("commit_to_receive", flowing.from_commit), Mb(rss_flow_max_kb),
        Mb(rss_drained_kb), Mb(rss_trimmed_kb), Mb(hwm_kb),
        peak_reset ? "memory_scenario" : "server_start", flowing.server_cpu_s, flowing.bench_cpu_s,
        LoadAverage());
    std::fflush(stdout);
  }
  std::this_thread::sleep_for(std::chrono::seconds(1));
  const long rss_after_kb = ProcStatusKb(pid, "VmRSS");
  TriggerTrim(writers);
  TriggerTrim(writers);
  const long rss_after_trimmed_kb = ProcStatusKb(pid, "VmRSS");
  std::printf(R"(feed_bench {"scenario":"memory_after_watchers_left","server_rss_mb":%.1f,)"
              R"("server_rss_trimmed_mb":%.1f})"
              "\n",
              Mb(rss_after_kb), Mb(rss_after_trimmed_kb));

  // (d) One busy watcher among `idle` idle ones, which watch a record that
  // never changes: what the watchers that have nothing to receive cost the
  // one that does, at the paced rate.
  Scenario busy;
  if (paced_rate > 0) {
    v1::EventFilter quiet;
    quiet.set_resource("leads/never-written");
    WatcherSet idle_set(feeds, idle, quiet);
    busy = RunScenario(absl::StrCat("busy_1_among_", idle, "_idle_paced_",
                                    static_cast<int>(paced_rate), "_per_s"),
                       1, seconds, paced_rate, writers, feeds, in_flight, pid);
    PrintScenario(busy, baseline, ProcStatusKb(pid, "VmRSS"), ProcStatusKb(pid, "VmHWM"));
  }

  // Summary.
  std::printf("\nSummary (server: the real binary, one run, one database)\n");
  std::printf("  writer throughput, %d CreateLead in flight, %d rounds of %.0f s each:\n",
              in_flight, rounds, seconds);
  for (const Scenario& s : throughput) {
    std::printf("    %4d watchers: %7.0f writes/s  (%5.1f %% of 0 watchers); CPU s per 1000 "
                "writes: server %.2f, bench client %.2f%s\n",
                s.watchers, s.writes.rate(), baseline > 0 ? 100.0 * s.writes.rate() / baseline : 0.0,
                1000 * s.server_cpu_s / std::max(1L, s.writes.ok),
                1000 * s.bench_cpu_s / std::max(1L, s.writes.ok),
                s.complete ? "" : "  INCOMPLETE DELIVERY");
  }
  std::printf("  delivery latency, client send -> watcher receipt (commit_time -> receipt), ms:\n");
  auto latency_line = [](const Scenario& s) {
    std::printf("    %-40s p50 %6.1f (%6.1f)  p99 %7.1f (%7.1f)  p99.9 %7.1f (%7.1f)\n",
                s.name.c_str(), s.from_send.p50, s.from_commit.p50, s.from_send.p99,
                s.from_commit.p99, s.from_send.p999, s.from_commit.p999);
  };
  for (const Scenario& s : throughput) {
    if (s.watchers > 0) latency_line(s);
  }
  if (paced_rate > 0) latency_line(paced);
  latency_line(flowing);
  if (paced_rate > 0) latency_line(busy);
  std::printf("  server memory (VmRSS): %.0f MB before, %.0f MB with %d idle watchers "
              "(%.1f kB each), at most %.0f MB sampled while %ld writes flowed to them "
              "(VmHWM %.0f MB), %.0f MB once they had every event (%.0f MB after a malloc_trim); "
              "%.0f MB after they left (%.0f MB after a malloc_trim)\n",
              Mb(rss_before_kb), Mb(rss_idle_kb), idle,
              idle > 0 ? static_cast<double>(rss_idle_kb - rss_before_kb) / idle : 0.0,
              Mb(rss_flow_max_kb), flowing.writes.ok, Mb(hwm_kb), Mb(rss_drained_kb),
              Mb(rss_trimmed_kb), Mb(rss_after_kb), Mb(rss_after_trimmed_kb));
  std::printf("  CPU s per 1000 writes to %d watchers: server %.2f, bench client %.2f\n", idle,
              1000 * flowing.server_cpu_s / std::max(1L, flowing.writes.ok),
              1000 * flowing.bench_cpu_s / std::max(1L, flowing.writes.ok));

  if (!server.Stop(std::chrono::seconds(30), &error)) Die(error);
  bool all_complete = flowing.complete && (paced_rate <= 0 || (paced.complete && busy.complete));
  for (const Scenario& s : throughput) all_complete = all_complete && s.complete;
  return all_complete ? 0 : 1;
}
