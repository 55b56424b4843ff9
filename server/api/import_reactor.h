#ifndef LEADFLOW_SERVER_API_IMPORT_REACTOR_H_
#define LEADFLOW_SERVER_API_IMPORT_REACTOR_H_

// One LeadService.ImportLeads call. Messages are read one at a time; their
// rows are cut into chunks (import_tally.h) that go to the store as they
// fill, one at a time and in order, so the import's recorded progress never
// passes a row that is not committed. While kMaxChunksHeld chunks wait
// (one being committed, the next ready) the reactor reads nothing more, so
// gRPC's flow control holds the client back and the server's memory stays
// flat however long the import is. The call finishes once the client has sent everything and
// every chunk is committed, or after an error, once the chunks in flight
// are done (rows committed before an error stay committed).

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>

#include <grpcpp/grpcpp.h>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "api/import_tally.h"
#include "domain/catalog.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/store.h"

namespace leadflow::api {

// The response header that tells a client where its import resumes.
inline constexpr char kResumeAfterRowMetadata[] = "leadflow-resume-after-row";

class ImportReactor final : public grpc::ServerReadReactor<leadflow::v1::ImportLeadsRequest> {
 public:
  static constexpr std::size_t kMaxChunksHeld = 2;

  // Starts reading the import into `response`. `catalog` and `store` must
  // outlive the call. The reactor deletes itself once the call is done.
  static ImportReactor* Start(grpc::CallbackServerContext* context, const domain::Catalog& catalog,
                              store::Store& store, std::string actor,
                              leadflow::v1::ImportLeadsResponse* response);

  void OnReadDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  ImportReactor(grpc::CallbackServerContext* context, const domain::Catalog& catalog,
                store::Store& store, std::string actor,
                leadflow::v1::ImportLeadsResponse* response);

  // The first message: checks the header, finds where the import resumes
  // and tells the client.
  absl::Status Begin();
  // On the store's writer: the outcome of one chunk.
  void ChunkDone(absl::StatusOr<store::ImportChunkResult> result);
  // Commits the next chunk, reads on, finishes, or waits, as the state
  // says. Called with mu_ held; releases it before calling gRPC or the
  // store.
  void Continue(std::unique_lock<std::mutex> lock);

  grpc::CallbackServerContext* const context_;
  const domain::Catalog& catalog_;
  store::Store& store_;
  const std::string actor_;
  leadflow::v1::ImportLeadsResponse* const response_;
  leadflow::v1::ImportLeadsRequest message_;  // the message being read

  std::mutex mu_;
  std::optional<ImportTally> tally_ ABSL_GUARDED_BY(mu_);      // set by the header
  std::deque<store::ImportChunk> ready_ ABSL_GUARDED_BY(mu_);  // cut, not yet sent
  bool committing_ ABSL_GUARDED_BY(mu_) = false;               // a chunk is with the store
  bool reading_ ABSL_GUARDED_BY(mu_) = false;                  // a read is started
  bool all_read_ ABSL_GUARDED_BY(mu_) = false;                 // the client has sent everything
  bool finished_ ABSL_GUARDED_BY(mu_) = false;                 // Finish has been called
  absl::Status failure_ ABSL_GUARDED_BY(mu_);                  // the first error
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_IMPORT_REACTOR_H_
