// leadflow_load: the load generator. Runs scenarios (scenarios.h) one
// after another against one server, each for --seconds after a warm-up,
// with --in_flight calls kept in flight over --channels connections, and
// prints one line per scenario:
//
//   scenario=get_lead calls=... seconds=... throughput=... p50_us=...
//       p99_us=... p999_us=... ratio_to_noop=... errors=0 exhausted_slots=0
//
// noop runs first: every ratio is to its throughput in the same run. After
// get_lead, noop and get_lead run again paced at half get_lead's peak
// (open loop): the latency a server shows when it is not saturated.
//
// Without --target it fills a SQLite file with --leads leads (fill.h),
// starts the real leadflow-server on it as a child process, and checks
// that the server serves the generated data before measuring.
//
//   build/bench/load/leadflow_load [--leads=100000] [--seconds=5]
//       [--scenarios=noop,get_lead,...] [--in_flight=256] [--channels=4]
//   build/bench/load/leadflow_load --target=127.0.0.1:50051
//   build/bench/load/leadflow_load --smoke      (seconds; for ctest)
//
// Exits 1 when a scenario could not be prepared or any call failed.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "common/channels.h"
#include "common/percentiles.h"
#include "common/proc_cpu.h"
#include "google/protobuf/util/message_differencer.h"
#include "load/driver.h"
#include "load/fill.h"
#include "load/lead_maker.h"
#include "load/records.h"
#include "load/scenarios.h"
#include "support/server_process.h"
#include "support/temp_dir.h"

#ifndef LEADFLOW_SERVER_BINARY
#define LEADFLOW_SERVER_BINARY "leadflow-server"
#endif

ABSL_FLAG(std::string, target, "",
          "host:port of a running server to load; empty: fill a database and start "
          "--server on it");
ABSL_FLAG(std::string, server, LEADFLOW_SERVER_BINARY, "the leadflow-server binary to start");
ABSL_FLAG(std::vector<std::string>, server_flags, {},
          "more flags for the started server, comma-separated");
ABSL_FLAG(std::string, db, "",
          "the SQLite file the started server serves: filled with --leads leads when it has "
          "none, used as it is otherwise (it keeps what the run writes); empty: a new "
          "temporary file");
ABSL_FLAG(std::int64_t, leads, 100'000, "leads to fill a new database with");
ABSL_FLAG(double, converted_share, 0.1,
          "share of the filled leads converted (account, contact, opportunity each)");
ABSL_FLAG(std::vector<std::string>, scenarios, {},
          "scenarios to run, comma-separated (noop always runs first); empty: all");
ABSL_FLAG(double, seconds, 5, "measured length of each scenario");
ABSL_FLAG(double, warmup_seconds, 1, "load before each scenario's measurement, not counted");
ABSL_FLAG(int, in_flight, 256, "calls kept in flight (closed loop)");
ABSL_FLAG(int, channels, 4, "client connections the calls are spread over");
ABSL_FLAG(std::int64_t, deep_depth, 200'000,
          "how deep list_leads_deep's page lies: this many leads into the default order, "
          "or 90 % of the table when it is smaller (found by paging there before the run)");
ABSL_FLAG(bool, half_load, true,
          "after get_lead, run noop and get_lead paced at half get_lead's throughput");
ABSL_FLAG(bool, smoke, false,
          "a run of seconds that checks everything works, not how fast: 2000 leads, "
          "0.5 s per scenario, 16 in flight over 2 channels (overrides those flags)");

namespace {

namespace v1 = ::leadflow::v1;
using ::leadflow::bench::DriveOptions;
using ::leadflow::bench::DriveResult;
using ::leadflow::bench::Scenario;

// Only before a server of ours starts: exit skips the destructor that
// would stop it.
[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "leadflow_load: %s\n", message.c_str());
  std::exit(1);
}

struct Settings {
  std::int64_t leads = 0;
  double seconds = 0, warmup_seconds = 0;
  int in_flight = 0, channels = 0;
};

Settings SettingsFromFlags() {
  Settings settings{absl::GetFlag(FLAGS_leads), absl::GetFlag(FLAGS_seconds),
                    absl::GetFlag(FLAGS_warmup_seconds), absl::GetFlag(FLAGS_in_flight),
                    absl::GetFlag(FLAGS_channels)};
  if (absl::GetFlag(FLAGS_smoke)) settings = {2000, 0.5, 0.2, 16, 2};
  if (settings.in_flight < 1 || settings.channels < 1 || settings.seconds <= 0) {
    Die("--in_flight, --channels and --seconds must be positive");
  }
  return settings;
}

// The database for the server this tool starts, filled unless it has leads.
struct Database {
  std::string path;
  std::optional<leadflow::bench::FillSummary> filled;  // when this run filled it
};

Database PrepareDatabase(const leadflow::testing::TempDir& dir, const Settings& settings) {
  Database db;
  db.path = absl::GetFlag(FLAGS_db);
  if (db.path.empty()) db.path = dir.File("load.db");
  std::error_code error;
  if (std::filesystem::file_size(db.path, error) > 0 && !error) return db;  // as it is
  leadflow::bench::FillOptions options;
  options.path = db.path;
  options.leads = settings.leads;
  options.converted_share = absl::GetFlag(FLAGS_converted_share);
  absl::StatusOr<leadflow::bench::FillSummary> filled = leadflow::bench::FillDatabase(options);
  if (!filled.ok()) Die(absl::StrCat("filling ", db.path, ": ", filled.status().ToString()));
  db.filled = *filled;
  return db;
}

// The oldest lead, as the server serves it, has the fields the generator
// made for lead 0.
absl::Status CheckFirstLead(v1::LeadService::Stub& stub, std::int64_t table_size) {
  v1::ListLeadsRequest request;
  request.set_page_size(1);
  v1::ListLeadsResponse response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
  const grpc::Status status = stub.ListLeads(&context, request, &response);
  if (!status.ok())
    return absl::UnavailableError(absl::StrCat("ListLeads: ", status.error_message()));
  if (response.leads().empty()) return absl::DataLossError("ListLeads: no leads");
  v1::Lead served = response.leads(0);
  for (const char* output_only : {"name", "create_time", "update_time", "etag"}) {
    served.GetReflection()->ClearField(&served,
                                       served.GetDescriptor()->FindFieldByName(output_only));
  }
  std::string differences;
  google::protobuf::util::MessageDifferencer differ;
  differ.ReportDifferencesToString(&differences);
  if (!differ.Compare(leadflow::bench::MakeLead(0, table_size), served)) {
    return absl::DataLossError(
        absl::StrCat("the first generated lead is served differently:\n", differences));
  }
  return absl::OkStatus();
}

// The server's view of its leads; with `filled`, checked against what the
// generator wrote, so that a server that cannot read generated rows fails
// here rather than as a slow scenario.
absl::StatusOr<v1::LeadFunnel> CheckServes(
    v1::LeadService::Stub& stub, const std::optional<leadflow::bench::FillSummary>& filled) {
  v1::LeadFunnel funnel;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
  const grpc::Status status = stub.GetLeadFunnel(&context, v1::GetLeadFunnelRequest(), &funnel);
  if (!status.ok()) {
    return absl::UnavailableError(absl::StrCat("GetLeadFunnel: ", status.error_message()));
  }
  if (filled && (funnel.total() != filled->leads || funnel.converted() != filled->converted)) {
    return absl::DataLossError(absl::StrCat("the server counts ", funnel.total(), " leads (",
                                            funnel.converted(), " converted); the generator wrote ",
                                            filled->leads, " (", filled->converted, ")"));
  }
  if (filled && filled->leads > 0) {
    if (absl::Status first = CheckFirstLead(stub, filled->leads); !first.ok()) return first;
  }
  return funnel;
}

std::string Line(const std::string& name, const DriveResult& result, double noop_throughput,
                 const std::string& details) {
  const leadflow::bench::Percentiles p =
      leadflow::bench::Summarize(result.latencies_ns, /*unit=*/1e3);
  return absl::StrFormat(
      "scenario=%s calls=%d seconds=%.2f throughput=%.1f p50_us=%.0f p99_us=%.0f "
      "p999_us=%.0f ratio_to_noop=%.3f errors=%d exhausted_slots=%d%s",
      name, result.calls, result.seconds, result.throughput(), p.p50, p.p99, p.p999,
      noop_throughput > 0 ? result.throughput() / noop_throughput : 0.0, result.errors,
      result.exhausted_slots, details);
}

void Print(const std::string& line) {
  absl::PrintF("%s\n", line);
  std::fflush(stdout);
}

// What the scenarios share in one run.
struct Run {
  const Settings& settings;
  const leadflow::bench::Stubs& stubs;
  leadflow::bench::Records& records;
  std::int64_t table_size = 0;
  int server_pid = 0;  // 0: not ours, not measured
  double noop_throughput = 0;

  DriveOptions Options() const {
    DriveOptions options;
    options.slots = settings.in_flight;
    options.warmup = absl::Seconds(settings.warmup_seconds);
    options.measure = absl::Seconds(settings.seconds);
    return options;
  }

  leadflow::bench::PrepareFor Prepare() const {
    leadflow::bench::PrepareFor prepare;
    prepare.slots = settings.in_flight;
    prepare.max_calls =
        static_cast<std::int64_t>(noop_throughput * (settings.seconds + settings.warmup_seconds));
    return prepare;
  }

  // Prepares and drives scenario `name` (at `rate`, 0: closed loop).
  absl::StatusOr<DriveResult> Drive(const std::string& name, double rate, std::string* details) {
    absl::StatusOr<std::unique_ptr<Scenario>> scenario = leadflow::bench::MakeScenario(
        name, stubs, records, table_size, absl::GetFlag(FLAGS_deep_depth));
    if (!scenario.ok()) return scenario.status();
    if (absl::Status prepared = (*scenario)->Prepare(Prepare()); !prepared.ok()) return prepared;
    DriveOptions options = Options();
    options.rate = rate;
    // Where the CPU went, warm-up included: client and server share the
    // machine's cores when the server is ours.
    const auto start = std::chrono::steady_clock::now();
    const double client_cpu = leadflow::bench::OwnCpuSeconds(getpid());
    const double server_cpu = server_pid > 0 ? leadflow::bench::OwnCpuSeconds(server_pid) : 0;
    DriveResult result = leadflow::bench::Drive(**scenario, options);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    *details = absl::StrFormat(" client_cores=%.2f",
                               (leadflow::bench::OwnCpuSeconds(getpid()) - client_cpu) / wall);
    if (server_pid > 0) {
      absl::StrAppendFormat(details, " server_cores=%.2f",
                            (leadflow::bench::OwnCpuSeconds(server_pid) - server_cpu) / wall);
    }
    *details += (*scenario)->Details();
    return result;
  }
};

// More " key=value" pairs for a line, from its result.
using MoreDetails = std::function<std::string(const DriveResult&)>;

// Runs `name` and prints its line as `line_name`'s; false when it failed.
bool RunScenario(Run& run, const std::string& name, double rate, const std::string& line_name,
                 DriveResult* out, const MoreDetails& more_details = nullptr) {
  std::string details;
  absl::StatusOr<DriveResult> result = run.Drive(name, rate, &details);
  if (!result.ok()) {
    std::fprintf(stderr, "leadflow_load: %s: %s\n", name.c_str(),
                 result.status().ToString().c_str());
    Print(absl::StrCat("scenario=", line_name, " prepare_failed=1"));
    return false;
  }
  if (name == "noop" && rate == 0) run.noop_throughput = result->throughput();
  if (rate > 0) {
    absl::StrAppendFormat(&details, " offered_per_s=%.1f skipped=%d", rate, result->skipped);
  }
  if (more_details) details += more_details(*result);
  Print(Line(line_name, *result, run.noop_throughput, details));
  if (result->errors > 0) {
    std::fprintf(stderr, "leadflow_load: %s: %lld calls failed, the first: %s\n", line_name.c_str(),
                 static_cast<long long>(result->errors), result->first_error.c_str());
  }
  const bool ok = result->errors == 0;
  if (out != nullptr) *out = *std::move(result);
  return ok;
}

// noop and get_lead paced at half get_lead's throughput: both at the same
// offered rate, so that their p99s compare like for like.
bool RunHalfLoad(Run& run, double get_lead_throughput) {
  const double rate = get_lead_throughput / 2;
  DriveResult noop;
  bool ok = RunScenario(run, "noop", rate, "noop_half_load", &noop);
  const double noop_p99 = leadflow::bench::Summarize(noop.latencies_ns).p99;
  ok = RunScenario(run, "get_lead", rate, "get_lead_half_load", nullptr,
                   [noop_p99](const DriveResult& result) {
                     const double p99 = leadflow::bench::Summarize(result.latencies_ns).p99;
                     return absl::StrFormat(" p99_ratio_to_noop_half_load=%.2f",
                                            noop_p99 > 0 ? p99 / noop_p99 : 0.0);
                   }) &&
       ok;
  return ok;
}

// Every scenario of `names` in turn; false when any failed.
bool RunAll(Run& run, const std::vector<std::string>& names) {
  bool ok = true;
  for (const std::string& name : names) {
    DriveResult result;
    ok = RunScenario(run, name, 0, name, &result) && ok;
    if (name == "get_lead" && absl::GetFlag(FLAGS_half_load) && result.throughput() > 0) {
      ok = RunHalfLoad(run, result.throughput()) && ok;
    }
  }
  return ok;
}

std::vector<std::string> ScenariosFromFlag() {
  std::vector<std::string> names = absl::GetFlag(FLAGS_scenarios);
  if (names.empty()) names = leadflow::bench::ScenarioNames();
  const std::vector<std::string> known = leadflow::bench::ScenarioNames();
  for (const std::string& name : names) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      Die(absl::StrCat("no scenario \"", name, "\"; known: ", absl::StrJoin(known, ",")));
    }
  }
  names.erase(std::remove(names.begin(), names.end(), "noop"), names.end());
  names.insert(names.begin(), "noop");
  return names;
}

// Loads the server at `address`; the exit code.
// `server_pid`: of the server when it is ours, else 0.
int Load(const std::string& address, const Settings& settings, const Database& db,
         const std::vector<std::string>& names, int server_pid) {
  const bool own_server = server_pid > 0;
  leadflow::bench::Stubs stubs;
  for (int c = 0; c < settings.channels; ++c) {
    auto channel = leadflow::bench::NewChannel(address, c);
    stubs.leads.push_back(v1::LeadService::NewStub(channel));
    stubs.opportunities.push_back(v1::OpportunityService::NewStub(channel));
  }
  const absl::StatusOr<v1::LeadFunnel> funnel = CheckServes(stubs.lead(0), db.filled);
  if (!funnel.ok()) {
    std::fprintf(stderr, "leadflow_load: %s\n", funnel.status().ToString().c_str());
    return 1;
  }
  std::string fill;
  if (db.filled) {
    fill =
        absl::StrFormat(" fill_seconds=%.1f fill_leads_per_s=%.0f db_bytes=%d bytes_per_lead=%.0f",
                        db.filled->seconds, db.filled->leads_per_second(), db.filled->file_bytes,
                        db.filled->bytes_per_lead());
  }
  Print(absl::StrFormat(
      "settings target=%s server=%s leads=%d converted=%d%s in_flight=%d channels=%d "
      "seconds=%.1f warmup_seconds=%.1f cores=%d client_and_server_same_machine=%s",
      address, own_server ? absl::GetFlag(FLAGS_server) : "external", funnel->total(),
      funnel->converted(), fill, settings.in_flight, settings.channels, settings.seconds,
      settings.warmup_seconds, std::thread::hardware_concurrency(),
      own_server ? "yes" : "unknown"));

  leadflow::bench::Records records(stubs, absl::Now());
  Run run{settings, stubs, records, funnel->total(), server_pid};
  return RunAll(run, names) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const Settings settings = SettingsFromFlags();
  const std::vector<std::string> names = ScenariosFromFlag();
  if (const std::string target = absl::GetFlag(FLAGS_target); !target.empty()) {
    return Load(target, settings, Database(), names, /*server_pid=*/0);
  }

  // A server of our own, on a filled database.
  leadflow::testing::TempDir dir;
  const Database db = PrepareDatabase(dir, settings);
  leadflow::testing::ServerProcess server(absl::GetFlag(FLAGS_server), db.path,
                                          dir.File("server.log"),
                                          absl::GetFlag(FLAGS_server_flags));
  std::string error;
  if (!server.Start(std::chrono::seconds(120), &error)) Die(error);
  int code = Load(server.address(), settings, db, names, server.pid());
  if (!server.Stop(std::chrono::seconds(30), &error)) {
    std::fprintf(stderr, "leadflow_load: stopping the server: %s\n%s\n", error.c_str(),
                 server.LogTail(2000).c_str());
    code = 1;
  }
  return code;
}
