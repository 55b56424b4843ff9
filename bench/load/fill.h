#ifndef LEADFLOW_BENCH_LOAD_FILL_H_
#define LEADFLOW_BENCH_LOAD_FILL_H_

// The data generator: fills a new SQLite database with leads, a share of
// them converted into accounts, contacts and opportunities, as the server
// would have written them over the past year (see fill.cc for how).

#include <cstdint>
#include <functional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace leadflow::bench {

struct FillOptions {
  std::string path;  // a database without leads (created when missing)
  std::int64_t leads = 1'000'000;
  // Every round(1 / converted_share)-th lead is converted, each into a new
  // account, contact and opportunity.
  double converted_share = 0.1;
  // Leads per transaction.
  std::int64_t batch = 20'000;
  // Create times are spread evenly over `span`, ending at `newest`; both
  // lie beyond the server's default event retention (7 days), so that the
  // server has nothing left to prune when it starts.
  absl::Duration span = absl::Hours(24 * 365);
  absl::Duration newest_age = absl::Hours(24 * 30);
  // Called after each transaction with the leads written so far.
  std::function<void(std::int64_t)> progress;
};

struct FillSummary {
  std::int64_t leads = 0;
  std::int64_t converted = 0;  // each with an account, a contact and an opportunity
  double seconds = 0;
  std::int64_t file_bytes = 0;

  double leads_per_second() const { return seconds > 0 ? static_cast<double>(leads) / seconds : 0; }
  double bytes_per_lead() const {
    return leads > 0 ? static_cast<double>(file_bytes) / static_cast<double>(leads) : 0;
  }
};

// FAILED_PRECONDITION when the database has leads already or a server
// holds it; INTERNAL when a write fails.
absl::StatusOr<FillSummary> FillDatabase(const FillOptions& options);

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_LOAD_FILL_H_
