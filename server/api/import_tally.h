#ifndef LEADFLOW_SERVER_API_IMPORT_TALLY_H_
#define LEADFLOW_SERVER_API_IMPORT_TALLY_H_

// The bookkeeping of one ImportLeads call, apart from its gRPC plumbing
// (import_reactor.h): it prepares the rows of each message, cuts the valid
// ones into chunks for the store, and adds up what happened to every row
// into the call's response. Not thread-safe: its reactor serialises calls.

#include <cstdint>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "domain/catalog.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/store.h"

namespace leadflow::api {

class ImportTally {
 public:
  // Rows per chunk: enough that each commit writes a page its rows share
  // (an index's leaf, the events' tail) once for many rows and is worth its
  // disk sync, few enough that a chunk's memory stays a few megabytes.
  static constexpr std::size_t kChunkRows = 2000;
  // The response lists at most this many rejected rows (the first ones).
  static constexpr std::size_t kMaxRejectedRows = 1000;

  // For an import with `header` (checked) that an earlier call committed
  // up to row `resume_after`.
  ImportTally(const domain::Catalog& catalog, leadflow::v1::ImportLeadsHeader header,
              store::CaptureRules rules, std::int64_t resume_after);

  // Takes the rows of `message` (the header, when it is the first, already
  // taken): invalid rows are rejected, rows the import already committed
  // counted, the others queued for the store. INVALID_ARGUMENT when a later
  // message carries a header or row numbers do not increase: the call then
  // ends, and only the chunks already handed to the store are committed.
  absl::Status Take(const leadflow::v1::ImportLeadsRequest& message, bool first);

  // The next chunk to commit: a full one, or with `last` whatever is left,
  // when it holds rows or moves the import's progress on. nullopt when
  // nothing is due.
  std::optional<store::ImportChunk> NextChunk(bool last);

  // Adds what the store did with a chunk.
  void Add(const store::ImportChunkResult& result);

  // The call's response so far; call once, at the end.
  leadflow::v1::ImportLeadsResponse TakeResponse();

 private:
  void Reject(std::int64_t row_number, const absl::Status& status);
  // Keeps the memory of rejected rows bounded.
  void Bound();
  store::ImportChunk NewChunk() const;

  const domain::Catalog& catalog_;
  const leadflow::v1::ImportLeadsHeader header_;
  const store::CaptureRules rules_;
  std::int64_t last_row_;     // the last row taken
  std::int64_t chunked_row_;  // the last row handed to a chunk
  store::ImportChunk pending_;
  std::vector<leadflow::v1::RejectedRow> rejected_;
  leadflow::v1::ImportLeadsResponse response_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_IMPORT_TALLY_H_
