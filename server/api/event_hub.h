#ifndef LEADFLOW_SERVER_API_EVENT_HUB_H_
#define LEADFLOW_SERVER_API_EVENT_HUB_H_

// Keeps the change feed's streams (WatchEvents) fed. One thread wakes when
// the store commits, reads the newly committed events once, and keeps the
// newest of them in a bounded in-memory tail shared by every stream. A
// stream that is caught up takes its next events from the tail; one further
// behind reads the store itself, at its own client's pace. The thread also
// ticks, so that streams send their heartbeats and notice stalled clients.
//
// Nothing here is on the write path: the store only calls Notify(), which
// sets a flag. A slow stream holds at most one message of its own; the tail
// is shared and bounded; so neither slow clients nor many of them make the
// writers wait or the server's memory grow.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/time/time.h"
#include "leadflow/v1/event.pb.h"
#include "store/store.h"

namespace leadflow::api {

class EventHub {
 public:
  // A stream the hub keeps fed (see watch_reactor.h).
  class Stream {
   public:
    virtual ~Stream() = default;
    // Sends what is due — new events, a heartbeat — or ends a stream whose
    // client stopped reading. Never waits for the client.
    virtual void Pump() = 0;
    // Ends the stream because the server shuts down.
    virtual void EndForShutdown() = 0;
  };

  struct Options {
    // Events, and bytes of events, kept in memory for streams that are
    // caught up.
    std::size_t tail_capacity = 10'000;
    std::size_t tail_max_bytes = std::size_t{64} << 20;
    // How often every stream is pumped even without new events.
    absl::Duration tick = absl::Milliseconds(100);
  };

  // An event as the tail keeps it: what filters look at, and its bytes,
  // serialized once for every stream that sends it.
  struct FeedEvent {
    std::int64_t sequence;
    leadflow::v1::Event::Type type;
    leadflow::v1::Event::ResourceType resource_type;
    std::string resource;
    std::string bytes;  // a serialized leadflow.v1.Event
  };

  // Events from the tail: shared and never changed once there.
  struct TailRead {
    std::vector<std::shared_ptr<const FeedEvent>> events;
    // As EventBatch::checkpoint.
    std::int64_t checkpoint = 0;
  };

  // Starts following `store` from its newest event. The store must outlive
  // the hub; call Shutdown() before the store stops committing.
  EventHub(store::Store& store, Options options);
  ~EventHub();  // Calls Shutdown().

  EventHub(const EventHub&) = delete;
  EventHub& operator=(const EventHub&) = delete;

  // Something was committed: wakes the hub's thread. Cheap; called by the
  // store's writer.
  void Notify();

  // The events after `after` that `filter` matches (at most `max_events`,
  // and `max_bytes` but at least one), when the tail holds every event
  // after `after`; nullopt when it does not (read the store instead).
  std::optional<TailRead> ReadTail(std::int64_t after, const leadflow::v1::EventFilter& filter,
                                   int max_events, std::size_t max_bytes) const;

  // Feeds `stream` until Remove(). False after Shutdown(): end the stream.
  bool Add(const std::shared_ptr<Stream>& stream);
  void Remove(const Stream* stream);

  // Streams being fed.
  std::size_t stream_count() const;

  // The newest sequence the hub has read from the store.
  std::int64_t latest_sequence() const;

  // Ends every stream (EndForShutdown), refuses new ones, and stops the
  // thread. Idempotent.
  void Shutdown();

 private:
  void Run();
  // Reads the events committed after the tail into it.
  void Refresh();
  std::vector<std::shared_ptr<Stream>> LiveStreams() const;

  store::Store& store_;
  const Options options_;

  mutable std::mutex tail_mu_;
  // Every event with a sequence in (tail_first_, tail_latest_], in order.
  std::deque<std::shared_ptr<const FeedEvent>> tail_ ABSL_GUARDED_BY(tail_mu_);
  std::size_t tail_bytes_ ABSL_GUARDED_BY(tail_mu_) = 0;
  std::int64_t tail_first_ ABSL_GUARDED_BY(tail_mu_) = 0;
  std::int64_t tail_latest_ ABSL_GUARDED_BY(tail_mu_) = 0;

  mutable std::mutex streams_mu_;
  absl::flat_hash_map<const Stream*, std::weak_ptr<Stream>> streams_ ABSL_GUARDED_BY(streams_mu_);
  bool shut_down_ ABSL_GUARDED_BY(streams_mu_) = false;

  std::mutex wake_mu_;
  std::condition_variable wake_;
  bool committed_ ABSL_GUARDED_BY(wake_mu_) = false;
  bool stopping_ ABSL_GUARDED_BY(wake_mu_) = false;
  std::thread thread_;  // last: starts once the rest exists
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_EVENT_HUB_H_
