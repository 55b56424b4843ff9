// fill_db: fills a new SQLite database for the load generator (or any
// server) with leads, a share of them converted (see fill.h), and reports
// how fast and how large.
//
//   build/bench/load/fill_db --db=/tmp/leads.db [--leads=1000000]
//       [--converted_share=0.1]
//
// Then: build/server/leadflow-server --db=/tmp/leads.db, or
// build/bench/load/leadflow_load --db=/tmp/leads.db.

#include <cstdio>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "load/fill.h"

ABSL_FLAG(std::string, db, "", "the SQLite file to create and fill (must have no leads)");
ABSL_FLAG(std::int64_t, leads, 1'000'000, "how many leads");
ABSL_FLAG(double, converted_share, 0.1,
          "share of the leads converted, each into an account, a contact and an opportunity");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  leadflow::bench::FillOptions options;
  options.path = absl::GetFlag(FLAGS_db);
  options.leads = absl::GetFlag(FLAGS_leads);
  options.converted_share = absl::GetFlag(FLAGS_converted_share);
  if (options.path.empty()) {
    std::fprintf(stderr, "fill_db: --db=FILE is required\n");
    return 2;
  }
  options.progress = [](std::int64_t done) {
    if (done % 200'000 == 0)
      std::fprintf(stderr, "fill_db: %lld leads\n", static_cast<long long>(done));
  };
  const absl::StatusOr<leadflow::bench::FillSummary> summary =
      leadflow::bench::FillDatabase(options);
  if (!summary.ok()) {
    std::fprintf(stderr, "fill_db: %s\n", summary.status().ToString().c_str());
    return 1;
  }
  std::printf(
      "fill_db leads=%lld converted=%lld seconds=%.1f leads_per_s=%.0f file_bytes=%lld "
      "bytes_per_lead=%.0f\n",
      static_cast<long long>(summary->leads), static_cast<long long>(summary->converted),
      summary->seconds, summary->leads_per_second(), static_cast<long long>(summary->file_bytes),
      summary->bytes_per_lead());
  return 0;
}
