// The EventHub over the real SqliteStore, without gRPC (so that it also
// runs under ThreadSanitizer): while writers commit, streams that read the
// shared tail get every event once and in order, a stream too far behind is
// sent to the store, new commits wake the streams promptly, and shutdown
// ends every stream once.

#include "api/event_hub.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "store/sqlite_store.h"
#include "support/store_calls.h"
#include "support/temp_dir.h"

namespace leadflow::api {
namespace {

// A stream that reads the tail whenever it is pumped, as a caught-up
// WatchReactor does, and remembers what it got.
class TailReader final : public EventHub::Stream {
 public:
  explicit TailReader(EventHub& hub, int max_events) : hub_(hub), max_events_(max_events) {}

  // Reads until caught up, as a reactor does from one write to the next.
  void Pump() override {
    std::lock_guard<std::mutex> lock(mu_);
    while (true) {
      std::optional<EventHub::TailRead> read =
          hub_.ReadTail(cursor_, {}, max_events_, 1 << 20);
      if (!read.has_value()) {
        ++misses_;
        return;
      }
      for (const auto& event : read->events) sequences_.push_back(event->sequence);
      cursor_ = read->checkpoint;
      if (read->events.empty()) return;
    }
  }

  void EndForShutdown() override { ended_.fetch_add(1); }

  std::vector<std::int64_t> sequences() {
    std::lock_guard<std::mutex> lock(mu_);
    return sequences_;
  }
  std::int64_t cursor() {
    std::lock_guard<std::mutex> lock(mu_);
    return cursor_;
  }
  int misses() {
    std::lock_guard<std::mutex> lock(mu_);
    return misses_;
  }
  int ended() const { return ended_.load(); }

 private:
  EventHub& hub_;
  const int max_events_;
  std::mutex mu_;
  std::int64_t cursor_ = 0;
  std::vector<std::int64_t> sequences_;
  int misses_ = 0;
  std::atomic<int> ended_{0};
};

class EventHubTest : public ::testing::Test {
 protected:
  EventHubTest() {
    auto store = store::SqliteStore::Open({dir_.File("hub.db")});
    EXPECT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
  }

  void CreateLeads(int count) {
    for (int i = 0; i < count; ++i) {
      v1::Lead lead;
      lead.set_last_name(absl::StrCat("Hub", i));
      lead.set_company("Tail Works");
      ASSERT_TRUE(testing::CreateLead(*store_, lead).ok());
    }
  }

  // Waits until `done` holds, for at most 20 s.
  template <typename Done>
  bool Eventually(Done done) {
    for (int i = 0; i < 2000; ++i) {
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
  }

  testing::TempDir dir_;
  std::unique_ptr<store::SqliteStore> store_;
};

TEST_F(EventHubTest, StreamsOnTheTailGetEveryEventOnceInOrderWhileWritersCommit) {
  EventHub hub(*store_, {});
  store_->SetCommitListener([&hub] { hub.Notify(); });
  std::vector<std::shared_ptr<TailReader>> readers;
  for (int i = 0; i < 8; ++i) {
    readers.push_back(std::make_shared<TailReader>(hub, 1 + i * 7));
    ASSERT_TRUE(hub.Add(readers.back()));
  }
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) writers.emplace_back([this] { CreateLeads(100); });
  for (std::thread& writer : writers) writer.join();
  const std::int64_t latest = *store_->LatestEventSequence();
  ASSERT_EQ(latest, 400);
  for (const auto& reader : readers) {
    ASSERT_TRUE(Eventually([&] { return reader->cursor() >= latest; }));
    std::vector<std::int64_t> expected(latest);
    std::iota(expected.begin(), expected.end(), 1);
    EXPECT_EQ(reader->sequences(), expected);
    EXPECT_EQ(reader->misses(), 0);
  }
  store_->SetCommitListener(nullptr);
  hub.Shutdown();
  for (const auto& reader : readers) EXPECT_EQ(reader->ended(), 1);
  EXPECT_FALSE(hub.Add(std::make_shared<TailReader>(hub, 1)));
}

TEST_F(EventHubTest, ACursorOlderThanTheTailIsSentToTheStore) {
  EventHub::Options options;
  options.tail_capacity = 10;
  EventHub hub(*store_, options);
  store_->SetCommitListener([&hub] { hub.Notify(); });
  CreateLeads(30);
  ASSERT_TRUE(Eventually([&] {
    std::optional<EventHub::TailRead> newest = hub.ReadTail(29, {}, 10, 1 << 20);
    return newest.has_value() && newest->events.size() == 1;
  }));
  // The tail keeps the newest ten: 21..30.
  EXPECT_FALSE(hub.ReadTail(19, {}, 100, 1 << 20).has_value());
  std::optional<EventHub::TailRead> read = hub.ReadTail(20, {}, 100, 1 << 20);
  ASSERT_TRUE(read.has_value());
  ASSERT_EQ(read->events.size(), 10u);
  EXPECT_EQ(read->events.front()->sequence, 21);
  EXPECT_EQ(read->checkpoint, 30);
  // A filter skips what it does not match, and the checkpoint still moves.
  v1::EventFilter accounts;
  accounts.add_resource_types(v1::Event::ACCOUNT);
  read = hub.ReadTail(20, accounts, 100, 1 << 20);
  ASSERT_TRUE(read.has_value());
  EXPECT_TRUE(read->events.empty());
  EXPECT_EQ(read->checkpoint, 30);
  store_->SetCommitListener(nullptr);
}

TEST_F(EventHubTest, TheTailIsBoundedInBytesToo) {
  EventHub::Options options;
  options.tail_max_bytes = 2'000;  // a few hundred bytes per event: a handful kept
  EventHub hub(*store_, options);
  store_->SetCommitListener([&hub] { hub.Notify(); });
  CreateLeads(40);
  ASSERT_TRUE(Eventually([&] { return hub.latest_sequence() == 40; }));
  std::optional<EventHub::TailRead> newest = hub.ReadTail(39, {}, 10, 1 << 20);
  ASSERT_TRUE(newest.has_value());
  EXPECT_EQ(newest->events.size(), 1u);
  EXPECT_FALSE(hub.ReadTail(20, {}, 100, 1 << 20).has_value());
  store_->SetCommitListener(nullptr);
}

TEST_F(EventHubTest, ACommitWakesTheStreamsWithoutWaitingForTheTick) {
  EventHub::Options options;
  options.tick = absl::Hours(1);  // only commits wake the hub
  EventHub hub(*store_, options);
  store_->SetCommitListener([&hub] { hub.Notify(); });
  auto reader = std::make_shared<TailReader>(hub, 100);
  ASSERT_TRUE(hub.Add(reader));
  CreateLeads(1);
  EXPECT_TRUE(Eventually([&] { return reader->cursor() == 1; }));
  hub.Remove(reader.get());
  CreateLeads(1);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(reader->cursor(), 1);  // a removed stream is pumped no more
  store_->SetCommitListener(nullptr);
}

}  // namespace
}  // namespace leadflow::api
