#include "api/import_reactor.h"

#include <utility>

#include "api/capture_rules.h"
#include "api/replies.h"
#include "domain/lead_capture.h"
#include "util/status_macros.h"

namespace leadflow::api {

ImportReactor* ImportReactor::Start(grpc::CallbackServerContext* context,
                                    const domain::Catalog& catalog, store::Store& store,
                                    std::string actor,
                                    leadflow::v1::ImportLeadsResponse* response) {
  auto* reactor = new ImportReactor(context, catalog, store, std::move(actor), response);
  std::unique_lock<std::mutex> lock(reactor->mu_);
  reactor->Continue(std::move(lock));
  return reactor;
}

ImportReactor::ImportReactor(grpc::CallbackServerContext* context, const domain::Catalog& catalog,
                             store::Store& store, std::string actor,
                             leadflow::v1::ImportLeadsResponse* response)
    : context_(context),
      catalog_(catalog),
      store_(store),
      actor_(std::move(actor)),
      response_(response) {}

absl::Status ImportReactor::Begin() {
  LEADFLOW_RETURN_IF_ERROR(domain::CheckImportHeader(message_, catalog_));
  const leadflow::v1::ImportLeadsHeader& header = message_.header();
  LEADFLOW_ASSIGN_OR_RETURN(std::int64_t resume_after, store_.ImportResumePoint(header));
  tally_.emplace(catalog_, header,
                 CaptureRulesFor(catalog_, header.duplicate_policy(),
                                 header.bypass_assignment_rules(), AllowedDuplicates::kReport),
                 resume_after);
  context_->AddInitialMetadata(kResumeAfterRowMetadata, std::to_string(resume_after));
  StartSendInitialMetadata();
  return absl::OkStatus();
}

void ImportReactor::OnReadDone(bool ok) {
  std::unique_lock<std::mutex> lock(mu_);
  reading_ = false;
  if (!ok) {
    all_read_ = true;
    // A stream closed before its first message never said what to import.
    if (!tally_.has_value() && failure_.ok()) {
      failure_ = domain::CheckImportHeader(leadflow::v1::ImportLeadsRequest(), catalog_);
    }
  } else if (failure_.ok()) {
    const bool first = !tally_.has_value();
    // Begin reads the store on a reader, never the writer, so holding mu_
    // through it cannot deadlock with ChunkDone.
    failure_ = first ? Begin() : absl::OkStatus();
    if (failure_.ok()) failure_ = tally_->Take(message_, first);
  }
  Continue(std::move(lock));
}

void ImportReactor::ChunkDone(absl::StatusOr<store::ImportChunkResult> result) {
  std::unique_lock<std::mutex> lock(mu_);
  committing_ = false;
  if (!result.ok()) {
    if (failure_.ok()) failure_ = result.status();
  } else {
    tally_->Add(*result);
  }
  Continue(std::move(lock));
}

void ImportReactor::OnCancel() {
  std::unique_lock<std::mutex> lock(mu_);
  if (failure_.ok()) failure_ = absl::CancelledError("the import was cancelled");
  Continue(std::move(lock));
}

void ImportReactor::Continue(std::unique_lock<std::mutex> lock) {
  if (finished_) return;
  const bool stopping = !failure_.ok() || all_read_;
  if (failure_.ok() && tally_.has_value()) {
    while (std::optional<store::ImportChunk> chunk = tally_->NextChunk(all_read_)) {
      ready_.push_back(*std::move(chunk));
    }
  }
  std::optional<store::ImportChunk> commit;
  if (failure_.ok() && !committing_ && !ready_.empty()) {
    commit = std::move(ready_.front());
    ready_.pop_front();
    committing_ = true;
  }
  const std::size_t held = ready_.size() + (committing_ ? 1 : 0);
  const bool read = !stopping && !reading_ && held < kMaxChunksHeld;
  std::optional<grpc::Status> finish;
  if (stopping && !reading_ && !committing_) {
    finished_ = true;
    finish = failure_.ok() ? grpc::Status::OK : ToGrpcStatus(failure_);
    if (failure_.ok()) *response_ = tally_->TakeResponse();
  }
  if (read) reading_ = true;
  // Whatever runs below may finish the call, after which the reactor may be
  // gone: only locals are used from here on.
  store::Store& store = store_;
  store::WriteOrigin origin;
  if (commit.has_value()) origin = {actor_, commit->header.request_id()};
  lock.unlock();
  if (read) StartRead(&message_);
  if (commit.has_value()) {
    store.ImportLeadChunk(
        *std::move(commit), std::move(origin),
        [this](absl::StatusOr<store::ImportChunkResult> result) { ChunkDone(std::move(result)); });
  }
  if (finish.has_value()) Finish(*finish);
}

void ImportReactor::OnDone() { delete this; }

}  // namespace leadflow::api
