#ifndef LEADFLOW_BENCH_LOAD_RECORDS_H_
#define LEADFLOW_BENCH_LOAD_RECORDS_H_

// The records the scenarios' calls read and write, found (or, for the
// leads each slot updates, made) through the API before a measured run,
// so that a run against any server (--target) works as one against a
// database this tool filled. Found once and shared by the scenarios:
// records a run uses up (leads converted, opportunities closed) are handed
// out once each, to any slot.

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"

namespace leadflow::bench {

// A stub of each service per channel; slot s uses channel s % channels.
struct Stubs {
  std::vector<std::unique_ptr<leadflow::v1::LeadService::Stub>> leads;
  std::vector<std::unique_ptr<leadflow::v1::OpportunityService::Stub>> opportunities;

  leadflow::v1::LeadService::Stub& lead(int slot) const {
    return *leads[static_cast<std::size_t>(slot) % leads.size()];
  }
  leadflow::v1::OpportunityService::Stub& opportunity(int slot) const {
    return *opportunities[static_cast<std::size_t>(slot) % opportunities.size()];
  }
};

// Records handed out once each, fetched page by page from a listing.
// Refill (between runs) and Take (during one, from any thread) never
// overlap.
template <typename T>
class OnceEach {
 public:
  std::optional<T> Take() {
    const std::size_t i = next_.fetch_add(1);
    if (i >= items_.size()) return std::nullopt;
    return items_[i];
  }
  std::int64_t left() const {
    const std::size_t next = next_.load();
    return next >= items_.size() ? 0 : static_cast<std::int64_t>(items_.size() - next);
  }
  void Add(T item) { items_.push_back(std::move(item)); }

  // Fetches pages until `count` records are left to take or the listing
  // ends. `fetch_page(token)` Adds the records of the page at `token` and
  // returns the next page's token (empty after the last).
  template <typename FetchPage>
  absl::Status Refill(std::int64_t count, FetchPage&& fetch_page) {
    while (left() < count && !listed_all_) {
      absl::StatusOr<std::string> next = fetch_page(token_);
      if (!next.ok()) return next.status();
      token_ = *std::move(next);
      listed_all_ = token_.empty();
    }
    return absl::OkStatus();
  }

 private:
  std::vector<T> items_;
  std::atomic<std::size_t> next_{0};
  std::string token_;  // of the listing's next page
  bool listed_all_ = false;
};

// A page `depth` leads deep into the default order.
struct DeepPage {
  std::string token;
  std::int64_t depth = 0;
};

class Records {
 public:
  // Leads created after `cutoff` are this tool's own (the ones slots
  // update), never handed out for conversion.
  Records(const Stubs& stubs, absl::Time cutoff) : stubs_(stubs), cutoff_(cutoff) {}

  // Names of leads spread over the whole table, in create-time order.
  absl::StatusOr<const std::vector<std::string>*> LeadSample();

  // The page token of the page `max_depth` leads deep into the table (at
  // most 90 % of it), found by paging there 1000 leads at a time: tokens
  // name the query they belong to, but not the page size, so the same
  // token then serves pages of 50.
  absl::StatusOr<DeepPage> Deep(std::int64_t max_depth);

  // Fetches unconverted leads until `count` are left to take, or the table
  // has no more.
  absl::Status ReserveUnconverted(std::int64_t count);
  OnceEach<std::string>& unconverted() { return unconverted_; }

  // The same for open opportunities.
  absl::Status ReserveOpenOpportunities(std::int64_t count);
  OnceEach<leadflow::v1::Opportunity>& open_opportunities() { return open_opportunities_; }

  // The configured stages, in process order.
  absl::StatusOr<std::vector<leadflow::v1::OpportunityStage>> Stages();

  // One lead per slot, created on first use, that only that slot writes
  // (and keeps the etag of): updates never conflict.
  absl::StatusOr<std::vector<leadflow::v1::Lead>*> OwnedLeads(int slots);

 private:
  const Stubs& stubs_;
  const absl::Time cutoff_;
  std::vector<std::string> sample_;
  std::optional<DeepPage> deep_;
  OnceEach<std::string> unconverted_;
  OnceEach<leadflow::v1::Opportunity> open_opportunities_;
  std::vector<leadflow::v1::Lead> owned_;
};

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_LOAD_RECORDS_H_
