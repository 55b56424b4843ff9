#include "api/store_metrics.h"

#include <sys/stat.h>

#include <utility>

#include "absl/strings/str_cat.h"

namespace leadflow::api {
namespace {

using metrics::TextWriter;

// The size of `path`; 0 when it does not exist (no -wal file between a
// clean shutdown and the next write).
double FileSize(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 ? static_cast<double>(info.st_size) : 0;
}

}  // namespace

StoreMetrics::StoreMetrics(std::string db_path)
    : db_path_(std::move(db_path)),
      transaction_seconds_(metrics::LatencyBounds()),
      // Groups hold 1 to 256 jobs (store::Writer::kDefaultMaxGroupSize).
      group_size_({1, 2, 4, 8, 16, 32, 64, 128, 256}) {}

void StoreMetrics::GroupDone(std::size_t jobs, absl::Duration transaction) {
  transaction_seconds_.Observe(absl::ToDoubleSeconds(transaction));
  group_size_.Observe(static_cast<double>(jobs));
}

void StoreMetrics::Render(TextWriter& out) const {
  out.Family("leadflow_store_write_queue_depth", TextWriter::Type::kGauge,
             "Writes queued for the writer thread and not yet in a transaction.");
  out.Sample("leadflow_store_write_queue_depth", {}, static_cast<double>(queue_depth()));
  out.Family("leadflow_store_group_commit_seconds", TextWriter::Type::kHistogram,
             "Time of each group's transaction, from BEGIN to the end of its COMMIT (the disk "
             "sync) or rollback.");
  out.Histogram("leadflow_store_group_commit_seconds", {}, transaction_seconds_.Read());
  out.Family("leadflow_store_write_group_size", TextWriter::Type::kHistogram,
             "Writes committed together in one transaction.");
  out.Histogram("leadflow_store_write_group_size", {}, group_size_.Read());
  out.Family("leadflow_store_db_size_bytes", TextWriter::Type::kGauge,
             "Size of the SQLite database file.");
  out.Sample("leadflow_store_db_size_bytes", {}, FileSize(db_path_));
  out.Family("leadflow_store_wal_size_bytes", TextWriter::Type::kGauge,
             "Size of its write-ahead log (-wal), which holds commits not yet checkpointed.");
  out.Sample("leadflow_store_wal_size_bytes", {}, FileSize(absl::StrCat(db_path_, "-wal")));
}

}  // namespace leadflow::api
