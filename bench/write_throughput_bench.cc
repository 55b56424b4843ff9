// What group commit buys: concurrent CreateLead calls through the real
// SqliteStore (synchronous=FULL, so every commit waits for the disk), once
// with the writer committing up to 256 writes per transaction and once with
// one commit per write, in the same run. With --postgres=URI (a database
// it may fill), the same load through PostgresStore too (durable commits,
// numbered under the event_feed row lock: decision 0010).
//
//   build/bench/write_throughput_bench [--threads=16] [--writes_per_thread=200]
//                                      [--postgres=postgresql://...]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "store/postgres/postgres_store.h"
#include "store/sqlite_store.h"
#include "support/temp_dir.h"

ABSL_FLAG(int, threads, 16, "concurrent writers (like concurrent gRPC calls)");
ABSL_FLAG(int, writes_per_thread, 200, "CreateLead calls per writer, one after another");
ABSL_FLAG(std::string, postgres, "", "also measure PostgresStore on this libpq URI");
ABSL_FLAG(int, postgres_write_threads, 4, "PostgresStore's write threads");

namespace {

using Clock = std::chrono::steady_clock;

struct Result {
  double writes_per_second;
  double median_ms;
  double p99_ms;
};

Result Run(leadflow::store::Store& store, int threads, int per_thread);

Result RunSqlite(std::size_t max_group, int threads, int per_thread) {
  leadflow::testing::TempDir dir;
  leadflow::store::SqliteStore::Options options;
  options.path = dir.File("bench.db");
  options.writer.max_group_size = max_group;
  auto store = leadflow::store::SqliteStore::Open(options);
  if (!store.ok()) std::abort();
  return Run(**store, threads, per_thread);
}

Result RunPostgres(const std::string& uri, int write_threads, int threads, int per_thread) {
  leadflow::store::PostgresStore::Options options;
  options.uri = uri;
  options.write_threads = write_threads;
  options.connections = write_threads + 4;
  auto store = leadflow::store::PostgresStore::Open(options);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", std::string(store.status().message()).c_str());
    std::abort();
  }
  return Run(**store, threads, per_thread);
}

Result Run(leadflow::store::Store& store, int threads, int per_thread) {
  std::vector<std::vector<double>> latencies(threads);
  const auto start = Clock::now();
  std::vector<std::thread> writers;
  for (int t = 0; t < threads; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < per_thread; ++i) {
        leadflow::v1::Lead lead;
        lead.set_last_name(absl::StrCat("Writer", t, "-", i));
        lead.set_company("Bench");
        lead.set_status("Open - Not Contacted");
        std::promise<bool> done;
        const auto begin = Clock::now();
        store.CreateLead(lead, {}, [&done](absl::StatusOr<leadflow::v1::Lead> result) {
          done.set_value(result.ok());
        });
        if (!done.get_future().get()) std::abort();
        latencies[t].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
      }
    });
  }
  for (auto& writer : writers) writer.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::vector<double> all;
  for (auto& per : latencies) all.insert(all.end(), per.begin(), per.end());
  std::sort(all.begin(), all.end());
  return {all.size() / seconds, all[all.size() / 2], all[all.size() * 99 / 100]};
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const int threads = absl::GetFlag(FLAGS_threads);
  const int per_thread = absl::GetFlag(FLAGS_writes_per_thread);
  const Result grouped =
      RunSqlite(leadflow::store::Writer::kDefaultMaxGroupSize, threads, per_thread);
  const Result single = RunSqlite(1, threads, per_thread);
  auto print = [](const char* name, const Result& r) {
    std::printf("%-22s %8.0f writes/s   latency median %6.2f ms   p99 %6.2f ms\n", name,
                r.writes_per_second, r.median_ms, r.p99_ms);
  };
  print("group commit (<=256)", grouped);
  print("one commit per write", single);
  if (const std::string uri = absl::GetFlag(FLAGS_postgres); !uri.empty()) {
    print("postgresql", RunPostgres(uri, absl::GetFlag(FLAGS_postgres_write_threads), threads,
                                    per_thread));
  }
  std::printf("throughput ratio grouped/single: %.1fx (%d writers x %d writes)\n",
              grouped.writes_per_second / single.writes_per_second, threads, per_thread);
  return 0;
}
