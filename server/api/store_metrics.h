#ifndef LEADFLOW_SERVER_API_STORE_METRICS_H_
#define LEADFLOW_SERVER_API_STORE_METRICS_H_

// The store's metrics: the writer's queue and groups (it reports them
// through store::WriterStats, which this fills in) and the size of the
// database file, read from the file system at scrape time.

#include <cstddef>
#include <string>

#include "absl/time/time.h"
#include "api/metrics.h"
#include "store/writer_stats.h"

namespace leadflow::api {

class StoreMetrics final : public store::WriterStats {
 public:
  explicit StoreMetrics(std::string db_path);

  void GroupDone(std::size_t jobs, absl::Duration transaction) override;

  // leadflow_store_write_queue_depth, leadflow_store_group_commit_seconds,
  // leadflow_store_write_group_size, leadflow_store_db_size_bytes,
  // leadflow_store_wal_size_bytes.
  void Render(metrics::TextWriter& out) const;

 private:
  const std::string db_path_;
  metrics::Histogram transaction_seconds_;
  metrics::Histogram group_size_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_STORE_METRICS_H_
