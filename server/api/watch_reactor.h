#ifndef LEADFLOW_SERVER_API_WATCH_REACTOR_H_
#define LEADFLOW_SERVER_API_WATCH_REACTOR_H_

// One EventService.WatchEvents stream. It holds a cursor (the last sequence
// it has sent or skipped) and at most one message: when that message is
// taken by the client it reads the next events after the cursor — from the
// hub's tail when it is caught up, from the store when it is behind — so
// the replay and the live tail are one loop over one cursor, and no event
// can be skipped or sent twice between them.

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

#include <grpcpp/grpcpp.h>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/time/time.h"
#include "api/event_hub.h"
#include "domain/events.h"
#include "leadflow/v1/event_service.pb.h"
#include "store/store.h"

namespace leadflow::api {

class WatchReactor final : public grpc::ServerWriteReactor<leadflow::v1::WatchEventsResponse>,
                           public EventHub::Stream,
                           public std::enable_shared_from_this<WatchReactor> {
 public:
  // The most events, and bytes of events, in one message: what a stalled
  // client can make the server hold.
  static constexpr int kMaxEventsPerMessage = 100;
  static constexpr std::size_t kMaxBytesPerMessage = 64 << 10;

  struct Options {
    // A message the client leaves unread this long ends the stream with
    // RESOURCE_EXHAUSTED (CONSUMER_TOO_SLOW); as long again, and the call
    // is cancelled, for a client that reads nothing at all.
    absl::Duration send_timeout = absl::Minutes(1);
  };

  // Starts the stream of `plan` (checked; its start already resolved to a
  // sequence) for `filter`: sends the first message at once — events, or a
  // heartbeat saying where the stream starts — then follows the feed. The
  // reactor owns itself until gRPC is done with it.
  static grpc::ServerWriteReactor<leadflow::v1::WatchEventsResponse>* Start(
      grpc::CallbackServerContext* context, store::Store& store, EventHub& hub,
      const domain::WatchPlan& plan, const leadflow::v1::EventFilter& filter, Options options);

  void Pump() override;
  void EndForShutdown() override;

  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

  // Public for std::make_shared; use Start().
  WatchReactor(grpc::CallbackServerContext* context, store::Store& store, EventHub& hub,
               const domain::WatchPlan& plan, leadflow::v1::EventFilter filter,
               Options options);

 private:
  // Fills response_ with the next events after the cursor, or a heartbeat
  // when one is due (or `first`); false when there is nothing to send.
  // Sets `error` when the store refuses the read.
  bool PrepareMessage(bool first, absl::Time now, absl::Status& error)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Sends the first message (see Start).
  void SendFirst();
  // Starts writing response_ (writing_ is set), then issues a Finish that
  // came in meanwhile: a write is never started after Finish.
  void StartWriting() ABSL_LOCKS_EXCLUDED(mu_);
  // Finishes the call once, with `status`; false if it was finished already.
  bool FinishOnce(const absl::Status& status) ABSL_LOCKS_EXCLUDED(mu_);
  // Cancels the call, unless gRPC is done with it already.
  void Cancel() ABSL_LOCKS_EXCLUDED(context_mu_);

  grpc::CallbackServerContext* const context_;
  store::Store& store_;
  EventHub& hub_;
  const leadflow::v1::EventFilter filter_;
  const absl::Duration heartbeat_interval_;
  const Options options_;
  // Keeps the reactor alive until OnDone, however the hub holds it.
  std::shared_ptr<WatchReactor> self_;

  // Held only while the context is used from outside gRPC's reactions
  // (TryCancel from the hub's thread), and by OnDone, after which the
  // context is gone. Separate from mu_: gRPC may run OnWriteDone inline.
  std::mutex context_mu_;
  bool context_alive_ ABSL_GUARDED_BY(context_mu_) = true;

  std::mutex mu_;
  std::int64_t cursor_ ABSL_GUARDED_BY(mu_);
  // Set by SendFirst: the hub may pump the stream as soon as it is added,
  // and the first message (read from the store) must come first.
  bool started_ ABSL_GUARDED_BY(mu_) = false;
  bool writing_ ABSL_GUARDED_BY(mu_) = false;
  // Between deciding to write and StartWrite's return; a Finish meanwhile
  // waits in deferred_finish_.
  int starting_ ABSL_GUARDED_BY(mu_) = 0;
  std::optional<grpc::Status> deferred_finish_ ABSL_GUARDED_BY(mu_);
  bool finished_ ABSL_GUARDED_BY(mu_) = false;
  bool cancel_requested_ ABSL_GUARDED_BY(mu_) = false;
  absl::Time write_started_ ABSL_GUARDED_BY(mu_);
  absl::Time last_sent_ ABSL_GUARDED_BY(mu_);
  absl::Time finished_at_ ABSL_GUARDED_BY(mu_);
  leadflow::v1::WatchEventsResponse response_ ABSL_GUARDED_BY(mu_);
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_WATCH_REACTOR_H_
