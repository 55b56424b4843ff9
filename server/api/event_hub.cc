#include "api/event_hub.h"

#include <algorithm>
#include <utility>

#include "domain/events.h"

namespace leadflow::api {
namespace {

// Each refresh reads at most this many events per store read; a burst of
// commits is read in several.
constexpr int kRefreshBatch = 1000;
constexpr std::size_t kRefreshBytes = std::size_t{8} << 20;

}  // namespace

EventHub::EventHub(store::Store& store, Options options)
    : store_(store), options_(options) {
  // A store that cannot say where the feed is starts the tail empty; the
  // first refresh catches up.
  const std::int64_t latest = store_.LatestEventSequence().value_or(0);
  {
    std::lock_guard<std::mutex> lock(tail_mu_);
    tail_first_ = latest;
    tail_latest_ = latest;
  }
  thread_ = std::thread([this] { Run(); });
}

EventHub::~EventHub() { Shutdown(); }

void EventHub::Notify() {
  {
    std::lock_guard<std::mutex> lock(wake_mu_);
    committed_ = true;
  }
  wake_.notify_one();
}

bool EventHub::Add(const std::shared_ptr<Stream>& stream) {
  std::lock_guard<std::mutex> lock(streams_mu_);
  if (shut_down_) return false;
  streams_[stream.get()] = stream;
  return true;
}

void EventHub::Remove(const Stream* stream) {
  std::lock_guard<std::mutex> lock(streams_mu_);
  streams_.erase(stream);
}

std::size_t EventHub::stream_count() const {
  std::lock_guard<std::mutex> lock(streams_mu_);
  return streams_.size();
}

std::int64_t EventHub::latest_sequence() const {
  std::lock_guard<std::mutex> lock(tail_mu_);
  return tail_latest_;
}

std::vector<std::shared_ptr<EventHub::Stream>> EventHub::LiveStreams() const {
  std::vector<std::shared_ptr<Stream>> live;
  std::lock_guard<std::mutex> lock(streams_mu_);
  live.reserve(streams_.size());
  for (const auto& [key, weak] : streams_) {
    if (std::shared_ptr<Stream> stream = weak.lock()) live.push_back(std::move(stream));
  }
  return live;
}

void EventHub::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(wake_mu_);
    if (stopping_) return;
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  {
    std::lock_guard<std::mutex> lock(streams_mu_);
    shut_down_ = true;
  }
  // Outside the lock: ending a stream may run its reactions inline, and
  // those remove it from the hub.
  for (const std::shared_ptr<Stream>& stream : LiveStreams()) stream->EndForShutdown();
}

std::optional<EventHub::TailRead> EventHub::ReadTail(std::int64_t after,
                                                     const leadflow::v1::EventFilter& filter,
                                                     int max_events,
                                                     std::size_t max_bytes) const {
  std::lock_guard<std::mutex> lock(tail_mu_);
  if (after < tail_first_) return std::nullopt;
  TailRead read;
  // A stream that read the store past the tail waits for the tail to catch
  // up; its cursor never moves back.
  read.checkpoint = std::max(after, tail_latest_);
  auto next = std::upper_bound(tail_.begin(), tail_.end(), after,
                               [](std::int64_t sequence, const auto& event) {
                                 return sequence < event->sequence;
                               });
  std::size_t bytes = 0;
  for (; next != tail_.end(); ++next) {
    const FeedEvent& event = **next;
    if (!domain::Matches(filter, event.type, event.resource_type, event.resource)) continue;
    const bool full = static_cast<int>(read.events.size()) >= max_events ||
                      (!read.events.empty() && bytes + event.bytes.size() > max_bytes);
    if (full) {
      read.checkpoint = read.events.back()->sequence;
      break;
    }
    bytes += event.bytes.size();
    read.events.push_back(*next);
  }
  return read;
}

void EventHub::Refresh() {
  while (true) {
    store::EventQuery query;
    {
      std::lock_guard<std::mutex> lock(tail_mu_);
      query.after_sequence = tail_latest_;
    }
    query.max_events = kRefreshBatch;
    query.max_bytes = kRefreshBytes;
    query.max_scan = kRefreshBatch;
    absl::StatusOr<store::EventBatch> batch = store_.ReadEvents(query);
    std::lock_guard<std::mutex> lock(tail_mu_);
    if (!batch.ok()) {
      // The tail fell behind retention (or the store is failing): start it
      // over at the newest event; streams behind it read the store.
      if (absl::StatusOr<std::int64_t> latest = store_.LatestEventSequence(); latest.ok()) {
        tail_.clear();
        tail_bytes_ = 0;
        tail_first_ = tail_latest_ = *latest;
      }
      return;
    }
    for (const leadflow::v1::Event& event : batch->events) {
      auto kept = std::make_shared<FeedEvent>(FeedEvent{event.sequence(), event.type(),
                                                        event.resource_type(), event.resource(),
                                                        event.SerializeAsString()});
      tail_bytes_ += kept->bytes.size();
      tail_.push_back(std::move(kept));
    }
    tail_latest_ = std::max(tail_latest_, batch->checkpoint);
    while (!tail_.empty() && (tail_.size() > options_.tail_capacity ||
                              tail_bytes_ > options_.tail_max_bytes)) {
      tail_first_ = tail_.front()->sequence;
      tail_bytes_ -= tail_.front()->bytes.size();
      tail_.pop_front();
    }
    if (batch->checkpoint >= batch->latest) return;
  }
}

void EventHub::Run() {
  while (true) {
    bool committed = false;
    {
      std::unique_lock<std::mutex> lock(wake_mu_);
      wake_.wait_for(lock, absl::ToChronoNanoseconds(options_.tick),
                     [this] { return stopping_ || committed_; });
      if (stopping_) return;
      committed = std::exchange(committed_, false);
    }
    if (committed) Refresh();
    for (const std::shared_ptr<Stream>& stream : LiveStreams()) stream->Pump();
  }
}

}  // namespace leadflow::api
