#include "api/import_tally.h"

#include <algorithm>
#include <utility>

#include "domain/errors.h"
#include "domain/lead_capture.h"
#include "util/status_macros.h"

namespace leadflow::api {
namespace {

// Keeps the `limit` rejected rows with the lowest row numbers.
void KeepFirst(std::vector<leadflow::v1::RejectedRow>& rows, std::size_t limit) {
  if (rows.size() <= limit) return;
  std::nth_element(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(limit), rows.end(),
                   [](const auto& a, const auto& b) { return a.row_number() < b.row_number(); });
  rows.resize(limit);
}

}  // namespace

ImportTally::ImportTally(const domain::Catalog& catalog, leadflow::v1::ImportLeadsHeader header,
                         store::CaptureRules rules, std::int64_t resume_after)
    : catalog_(catalog),
      header_(std::move(header)),
      rules_(std::move(rules)),
      last_row_(0),
      chunked_row_(resume_after),
      pending_(NewChunk()) {
  response_.set_resumed_after_row(resume_after);
  response_.set_last_committed_row(resume_after);
}

store::ImportChunk ImportTally::NewChunk() const {
  store::ImportChunk chunk;
  chunk.header = header_;
  chunk.rules = rules_;
  chunk.rows.reserve(kChunkRows);
  return chunk;
}

absl::Status ImportTally::Take(const leadflow::v1::ImportLeadsRequest& message, bool first) {
  if (!first && message.has_header()) {
    return domain::InvalidField("header", "belongs in the first message of an import only");
  }
  for (int i = 0; i < message.rows_size(); ++i) {
    const leadflow::v1::ImportRow& row = message.rows(i);
    LEADFLOW_RETURN_IF_ERROR(domain::CheckRowOrder(i, row.row_number(), last_row_));
    last_row_ = row.row_number();
    response_.set_rows_received(response_.rows_received() + 1);
    if (row.row_number() <= response_.resumed_after_row()) {
      response_.set_already_imported_count(response_.already_imported_count() + 1);
      continue;
    }
    absl::StatusOr<leadflow::v1::Lead> lead =
        domain::PrepareImportedLead(row, header_.source(), catalog_);
    if (!lead.ok()) {
      Reject(row.row_number(), lead.status());
    } else {
      pending_.rows.push_back({row.row_number(), *std::move(lead)});
    }
    pending_.last_row = row.row_number();
  }
  return absl::OkStatus();
}

std::optional<store::ImportChunk> ImportTally::NextChunk(bool last) {
  const bool full = pending_.rows.size() >= kChunkRows;
  const bool moves_on = pending_.last_row > chunked_row_;
  if (!full && !(last && moves_on)) return std::nullopt;
  pending_.after_row = chunked_row_;
  chunked_row_ = std::max(chunked_row_, pending_.last_row);
  return std::exchange(pending_, NewChunk());
}

void ImportTally::Add(const store::ImportChunkResult& result) {
  response_.set_created_count(response_.created_count() + result.created);
  response_.set_created_despite_duplicates_count(response_.created_despite_duplicates_count() +
                                                 result.created_despite_duplicates);
  response_.set_skipped_duplicate_count(response_.skipped_duplicate_count() +
                                        result.skipped_duplicates);
  response_.set_already_imported_count(response_.already_imported_count() +
                                       result.already_imported);
  for (const leadflow::v1::RejectedRow& refused : result.refused) {
    response_.set_rejected_count(response_.rejected_count() + 1);
    rejected_.push_back(refused);
  }
  Bound();
  response_.set_last_committed_row(
      std::max(response_.last_committed_row(), result.last_committed_row));
}

void ImportTally::Reject(std::int64_t row_number, const absl::Status& status) {
  response_.set_rejected_count(response_.rejected_count() + 1);
  leadflow::v1::RejectedRow& rejected = rejected_.emplace_back();
  rejected.set_row_number(row_number);
  *rejected.mutable_status() = domain::ToRpcStatus(status);
  Bound();
}

void ImportTally::Bound() {
  // Cut back only when twice the limit is reached, so that the cost per
  // rejected row stays constant however many there are.
  if (rejected_.size() > 2 * kMaxRejectedRows) KeepFirst(rejected_, kMaxRejectedRows);
}

leadflow::v1::ImportLeadsResponse ImportTally::TakeResponse() {
  KeepFirst(rejected_, kMaxRejectedRows);
  std::sort(rejected_.begin(), rejected_.end(),
            [](const auto& a, const auto& b) { return a.row_number() < b.row_number(); });
  for (leadflow::v1::RejectedRow& row : rejected_) *response_.add_rejected_rows() = std::move(row);
  rejected_.clear();
  return std::move(response_);
}

}  // namespace leadflow::api
