#include "api/backup_reactor.h"

#include <thread>
#include <utility>

#include "absl/time/clock.h"
#include "api/replies.h"
#include "domain/calendar.h"

namespace leadflow::api {
namespace {

// How often progress is sent at most (the first and the last report are
// always sent): often enough to watch, rarely enough not to flood a
// terminal with a message per step.
constexpr absl::Duration kProgressInterval = absl::Milliseconds(200);

google::protobuf::Duration ToDuration(absl::Duration duration) {
  google::protobuf::Duration result;
  const std::int64_t nanos = absl::ToInt64Nanoseconds(duration);
  result.set_seconds(nanos / 1000000000);
  result.set_nanos(static_cast<std::int32_t>(nanos % 1000000000));
  return result;
}

}  // namespace

BackupReactor* BackupReactor::Start(store::Store& store, store::BackupOptions options) {
  auto* reactor = new BackupReactor();
  // Detached: the thread's last use of the reactor is Complete(), after
  // which the call may end and the reactor be deleted at any moment. The
  // server's shutdown waits for the call, so the store outlives the backup.
  std::thread([reactor, &store, options = std::move(options)] {
    absl::StatusOr<store::BackupSummary> summary =
        store.Backup(options, [reactor](const store::BackupProgress& progress) {
          return reactor->Report(progress);
        });
    reactor->Complete(summary);
  }).detach();
  return reactor;
}

bool BackupReactor::Report(const store::BackupProgress& progress) {
  if (cancelled_.load()) return false;
  const absl::Time now = absl::Now();
  if (reported_ && now - last_report_ < kProgressInterval) return true;
  reported_ = true;
  last_report_ = now;
  leadflow::v1::BackupProgress message;
  message.set_pages_copied(progress.pages_copied);
  message.set_page_count(progress.page_count);
  Send(std::move(message), std::nullopt);
  return true;
}

void BackupReactor::Complete(const absl::StatusOr<store::BackupSummary>& summary) {
  if (!summary.ok()) {
    Send(std::nullopt, ToGrpcStatus(summary.status()));
    return;
  }
  leadflow::v1::BackupProgress last;
  last.set_pages_copied(summary->page_count);
  last.set_page_count(summary->page_count);
  leadflow::v1::BackupResult& result = *last.mutable_result();
  result.set_destination(summary->destination);
  result.set_size_bytes(summary->size_bytes);
  result.set_page_count(summary->page_count);
  result.set_page_size(summary->page_size);
  result.set_schema_version(summary->schema_version);
  *result.mutable_snapshot_time() = domain::ToTimestamp(summary->snapshot_time);
  *result.mutable_duration() = ToDuration(summary->duration);
  Send(std::move(last), grpc::Status::OK);
}

void BackupReactor::Send(std::optional<leadflow::v1::BackupProgress> message,
                         std::optional<grpc::Status> status) {
  std::unique_lock<std::mutex> lock(mu_);
  if (message.has_value()) next_ = std::move(message);
  if (status.has_value()) {
    // A failed backup ends with its status alone: progress not yet sent
    // would only suggest it went further.
    if (!status->ok()) next_.reset();
    status_ = std::move(status);
  }
  StartNext(std::move(lock));
}

void BackupReactor::OnWriteDone(bool ok) {
  // A failed write means the stream is gone (the caller left): stop
  // copying, and let the backup's CANCELLED finish the call.
  if (!ok) cancelled_.store(true);
  std::unique_lock<std::mutex> lock(mu_);
  writing_ = false;
  if (!ok) next_.reset();
  StartNext(std::move(lock));
}

void BackupReactor::OnCancel() { cancelled_.store(true); }

void BackupReactor::OnDone() { delete this; }

void BackupReactor::StartNext(std::unique_lock<std::mutex> lock) {
  if (writing_ || finishing_) return;
  if (next_.has_value()) {
    in_flight_ = *std::move(next_);
    next_.reset();
    writing_ = true;
    lock.unlock();
    StartWrite(&in_flight_);
    return;
  }
  if (!status_.has_value()) return;
  finishing_ = true;
  grpc::Status status = *std::move(status_);
  lock.unlock();
  Finish(std::move(status));
}

}  // namespace leadflow::api
