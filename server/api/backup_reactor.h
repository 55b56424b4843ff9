#ifndef LEADFLOW_SERVER_API_BACKUP_REACTOR_H_
#define LEADFLOW_SERVER_API_BACKUP_REACTOR_H_

// One AdminService.Backup call: the store's backup runs on a thread of its
// own (it takes seconds per gigabyte, and neither a gRPC thread nor the
// store's writer may wait that long), and its progress is streamed to the
// caller as it goes.
//
// gRPC allows one write in flight per stream, and a slow client must not
// slow the copy down, so progress is coalesced: the backup thread only
// replaces the next message to send, and each finished write starts the
// newest one. The last message carries the result; Finish follows it.

#include <atomic>
#include <mutex>
#include <optional>

#include <grpcpp/grpcpp.h>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "leadflow/v1/admin_service.pb.h"
#include "store/store.h"

namespace leadflow::api {

class BackupReactor final : public grpc::ServerWriteReactor<leadflow::v1::BackupProgress> {
 public:
  // Starts backing `store` up as `options` ask. `store` must outlive the
  // call (the server shuts its calls down before its store). The reactor
  // deletes itself once the call is done.
  static BackupReactor* Start(store::Store& store, store::BackupOptions options);

  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  BackupReactor() = default;

  // On the backup thread: called between steps; false stops the backup.
  bool Report(const store::BackupProgress& progress);
  // On the backup thread, its last use of the reactor.
  void Complete(const absl::StatusOr<store::BackupSummary>& summary);

  // Queues `message` in place of one not yet sent, and/or the final
  // `status`, then starts the write or Finish that may start now.
  void Send(std::optional<leadflow::v1::BackupProgress> message,
            std::optional<grpc::Status> status);
  // Starts the next write, or Finish after the last write, unless a write
  // is in flight. Releases `lock` (on mu_) first; the reactor may be gone
  // when it returns.
  void StartNext(std::unique_lock<std::mutex> lock);

  std::atomic<bool> cancelled_{false};
  // Only the backup thread uses these.
  bool reported_ = false;
  absl::Time last_report_;

  // std::mutex rather than absl::Mutex, so TSan sees the synchronisation
  // (docs/decisions/0004-quality-gates.md). Guards what follows.
  std::mutex mu_;
  bool writing_ = false;    // a write is in flight
  bool finishing_ = false;  // Finish has been called
  std::optional<leadflow::v1::BackupProgress> next_;
  std::optional<grpc::Status> status_;  // the call's outcome, once known
  leadflow::v1::BackupProgress in_flight_;  // changed only while !writing_
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_BACKUP_REACTOR_H_
