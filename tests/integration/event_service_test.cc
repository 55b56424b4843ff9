// EventService through real gRPC on the in-process server: consumers that
// watch while others write, disconnect at random points and resume from
// their cursor see every committed change exactly once and in order — the
// same events ListEvents returns and exactly the writes that were
// acknowledged — across a restart too; heartbeats advance an idle cursor;
// deadlines and bad cursors end streams cleanly.

#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <numeric>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "support/feed_watcher.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::ListEventsAfter;
using ::leadflow::testing::TestServer;
using ::leadflow::v1::Event;

// "TYPE resource": what a consumer learns from an event, and what a writer
// expects one to say.
std::string Key(Event::Type type, const std::string& resource) {
  return absl::StrCat(Event::Type_Name(type), " ", resource);
}

std::int64_t Latest(v1::EventService::Stub& events) {
  std::vector<Event> all = ListEventsAfter(events);
  return all.empty() ? 0 : all.back().sequence();
}

// Makes mixed writes and remembers the events they must have produced.
class Writer {
 public:
  Writer(TestServer& server, int seed) : server_(server), random_(seed) {}

  // One acknowledged write (or a refused one, which must leave no event).
  void Step() {
    const int choice = static_cast<int>(random_() % 10);
    if (open_leads_.empty() || choice < 3) return CreateLead();
    const std::size_t pick = random_() % open_leads_.size();
    const std::string lead = open_leads_[pick];
    if (choice < 6) return UpdateLead(lead);
    open_leads_.erase(open_leads_.begin() + static_cast<std::ptrdiff_t>(pick));
    if (choice < 8) return Convert(lead);
    if (choice < 9) return DeleteLead(lead);
    // Converted twice: the second is refused and must leave no event.
    Convert(lead);
    v1::ConvertLeadRequest again;
    again.set_name(lead);
    v1::ConvertLeadResponse response;
    EXPECT_EQ(server_.leads().ConvertLead(Context().get(), again, &response).error_code(),
              grpc::StatusCode::FAILED_PRECONDITION);
  }

  const std::vector<std::string>& expected() const { return expected_; }

 private:
  void CreateLead() {
    v1::CreateLeadRequest request;
    request.mutable_lead()->set_last_name(absl::StrCat("Writer", random_() % 1000));
    request.mutable_lead()->set_company("Feed Works");
    v1::Lead lead;
    ASSERT_TRUE(server_.leads().CreateLead(Context().get(), request, &lead).ok());
    expected_.push_back(Key(Event::LEAD_CREATED, lead.name()));
    open_leads_.push_back(lead.name());
  }

  void UpdateLead(const std::string& name) {
    v1::UpdateLeadRequest request;
    request.mutable_lead()->set_name(name);
    request.mutable_lead()->set_title(absl::StrCat("Title ", random_() % 1000));
    request.mutable_update_mask()->add_paths("title");
    v1::Lead lead;
    ASSERT_TRUE(server_.leads().UpdateLead(Context().get(), request, &lead).ok());
    expected_.push_back(Key(Event::LEAD_UPDATED, name));
  }

  void DeleteLead(const std::string& name) {
    v1::DeleteLeadRequest request;
    request.set_name(name);
    google::protobuf::Empty empty;
    ASSERT_TRUE(server_.leads().DeleteLead(Context().get(), request, &empty).ok());
    expected_.push_back(Key(Event::LEAD_DELETED, name));
  }

  void Convert(const std::string& name) {
    v1::ConvertLeadRequest request;
    request.set_name(name);
    v1::ConvertLeadResponse response;
    grpc::Status status = server_.leads().ConvertLead(Context().get(), request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    expected_.push_back(Key(Event::ACCOUNT_CREATED, response.account().name()));
    expected_.push_back(Key(Event::CONTACT_CREATED, response.contact().name()));
    expected_.push_back(Key(Event::OPPORTUNITY_CREATED, response.opportunity().name()));
    expected_.push_back(Key(Event::LEAD_CONVERTED, name));
  }

  TestServer& server_;
  std::mt19937 random_;
  std::vector<std::string> open_leads_;
  std::vector<std::string> expected_;
};

// Follows the feed, hanging up after a random number of messages and
// resuming from its cursor, until it has seen sequence `until` (once that
// is known).
class Consumer {
 public:
  Consumer(std::shared_ptr<grpc::Channel> channel, int seed)
      : events_(v1::EventService::NewStub(channel)), random_(seed) {}

  void Follow(const std::atomic<std::int64_t>& until) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(90);
    while (std::chrono::steady_clock::now() < give_up) {
      const std::int64_t target = until.load();
      if (target > 0 && cursor_ >= target) return;
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
      v1::WatchEventsRequest request;
      request.set_after_sequence(cursor_);
      request.mutable_heartbeat_interval()->set_seconds(1);
      auto stream = events_->WatchEvents(&context, request);
      const int messages = 1 + static_cast<int>(random_() % 20);
      v1::WatchEventsResponse response;
      for (int i = 0; i < messages && stream->Read(&response); ++i) {
        for (const Event& event : response.events()) {
          seen_.push_back(event);
          cursor_ = event.sequence();
        }
        cursor_ = std::max(cursor_, response.checkpoint_sequence());
        if (until.load() > 0 && cursor_ >= until.load()) break;
      }
      ++reconnects_;
      context.TryCancel();
      grpc::Status status = stream->Finish();
      EXPECT_THAT(status.error_code(),
                  ::testing::AnyOf(grpc::StatusCode::OK, grpc::StatusCode::CANCELLED))
          << status.error_message();
    }
    ADD_FAILURE() << "the consumer did not reach sequence " << until.load() << " (at "
                  << cursor_ << ")";
  }

  const std::vector<Event>& seen() const { return seen_; }
  int reconnects() const { return reconnects_; }

 private:
  std::unique_ptr<v1::EventService::Stub> events_;
  std::mt19937 random_;
  std::int64_t cursor_ = 0;
  std::vector<Event> seen_;
  int reconnects_ = 0;
};

std::vector<std::int64_t> Sequences(const std::vector<Event>& events) {
  std::vector<std::int64_t> sequences;
  for (const Event& event : events) sequences.push_back(event.sequence());
  return sequences;
}

TEST(EventServiceTest, ResumingConsumersSeeEveryAcknowledgedWriteExactlyOnceInOrder) {
  TestServer server;
  auto events = v1::EventService::NewStub(server.channel());
  constexpr int kWriters = 4;
  constexpr int kStepsPerWriter = 150;
  constexpr int kConsumers = 3;

  std::atomic<std::int64_t> until{0};
  std::vector<Consumer> consumers;
  for (int i = 0; i < kConsumers; ++i) consumers.emplace_back(server.channel(), 100 + i);
  std::vector<std::thread> consumer_threads;
  for (Consumer& consumer : consumers) {
    consumer_threads.emplace_back([&consumer, &until] { consumer.Follow(until); });
  }
  std::vector<Writer> writers;
  for (int i = 0; i < kWriters; ++i) writers.emplace_back(server, i + 1);
  std::vector<std::thread> writer_threads;
  for (Writer& writer : writers) {
    writer_threads.emplace_back([&writer] {
      for (int step = 0; step < kStepsPerWriter; ++step) writer.Step();
    });
  }
  for (std::thread& thread : writer_threads) thread.join();
  until = Latest(*events);
  for (std::thread& thread : consumer_threads) thread.join();

  const std::vector<Event> listed = ListEventsAfter(*events);
  ASSERT_FALSE(listed.empty());
  // The feed itself: consecutive sequences from 1.
  std::vector<std::int64_t> one_to_n(listed.size());
  std::iota(one_to_n.begin(), one_to_n.end(), 1);
  ASSERT_EQ(Sequences(listed), one_to_n);
  // Exactly the acknowledged writes, no more, no fewer.
  std::vector<std::string> expected;
  for (const Writer& writer : writers) {
    expected.insert(expected.end(), writer.expected().begin(), writer.expected().end());
  }
  std::vector<std::string> actual;
  for (const Event& event : listed) actual.push_back(Key(event.type(), event.resource()));
  std::sort(expected.begin(), expected.end());
  std::sort(actual.begin(), actual.end());
  EXPECT_EQ(actual, expected);
  // Every consumer saw the same events, however often it hung up.
  for (const Consumer& consumer : consumers) {
    EXPECT_GT(consumer.reconnects(), 3);
    ASSERT_EQ(Sequences(consumer.seen()), one_to_n);
    for (std::size_t i = 0; i < listed.size(); ++i) {
      EXPECT_EQ(consumer.seen()[i].SerializeAsString(), listed[i].SerializeAsString());
    }
  }
}

TEST(EventServiceTest, AConsumerResumesAcrossARestartWithoutAGap) {
  TestServer server;
  Writer writer(server, 7);
  for (int i = 0; i < 20; ++i) writer.Step();
  auto events = v1::EventService::NewStub(server.channel());
  const std::int64_t before = Latest(*events);
  server.Restart();
  for (int i = 0; i < 20; ++i) writer.Step();
  events = v1::EventService::NewStub(server.channel());
  const std::vector<Event> all = ListEventsAfter(*events);
  ASSERT_GT(all.size(), static_cast<std::size_t>(before));
  std::vector<std::int64_t> one_to_n(all.size());
  std::iota(one_to_n.begin(), one_to_n.end(), 1);
  EXPECT_EQ(Sequences(all), one_to_n);

  // A watch from the cursor held before the restart gets the rest.
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
  v1::WatchEventsRequest request;
  request.set_after_sequence(before);
  auto stream = events->WatchEvents(&context, request);
  std::vector<std::int64_t> resumed;
  v1::WatchEventsResponse response;
  while (resumed.size() + before < all.size() && stream->Read(&response)) {
    for (const Event& event : response.events()) resumed.push_back(event.sequence());
  }
  context.TryCancel();
  stream->Finish().IgnoreError();
  EXPECT_EQ(resumed, std::vector<std::int64_t>(one_to_n.begin() + before, one_to_n.end()));
}

TEST(EventServiceTest, AFilteredIdleWatchGetsHeartbeatsThatAdvanceItsCheckpoint) {
  TestServer server;
  auto events = v1::EventService::NewStub(server.channel());
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
  v1::WatchEventsRequest request;
  request.mutable_filter()->add_types(Event::OPPORTUNITY_CLOSED_WON);
  request.mutable_heartbeat_interval()->set_seconds(1);
  auto stream = events->WatchEvents(&context, request);
  v1::WatchEventsResponse first;
  ASSERT_TRUE(stream->Read(&first));  // sent at once: where the stream starts
  EXPECT_EQ(first.events_size(), 0);
  EXPECT_EQ(first.checkpoint_sequence(), 0);

  Writer writer(server, 3);
  for (int i = 0; i < 5; ++i) writer.Step();
  const std::int64_t latest = Latest(*events);
  const auto start = std::chrono::steady_clock::now();
  v1::WatchEventsResponse heartbeat;
  while (stream->Read(&heartbeat) && heartbeat.checkpoint_sequence() < latest) {
    EXPECT_EQ(heartbeat.events_size(), 0);
  }
  EXPECT_EQ(heartbeat.events_size(), 0);
  EXPECT_EQ(heartbeat.checkpoint_sequence(), latest);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  context.TryCancel();
  stream->Finish().IgnoreError();
}

TEST(EventServiceTest, ADeadlineEndsAWatchCleanly) {
  TestServer server;
  auto events = v1::EventService::NewStub(server.channel());
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(500));
  v1::WatchEventsRequest request;
  request.set_start_at_latest(true);
  auto stream = events->WatchEvents(&context, request);
  v1::WatchEventsResponse response;
  while (stream->Read(&response)) {
  }
  EXPECT_EQ(stream->Finish().error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
  // The server is none the worse for it.
  v1::ListEventsResponse listed;
  EXPECT_TRUE(events->ListEvents(Context().get(), {}, &listed).ok());
}

TEST(EventServiceTest, AWatchFromACursorAheadOfTheFeedIsOutOfRange) {
  TestServer server;
  auto events = v1::EventService::NewStub(server.channel());
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  v1::WatchEventsRequest request;
  request.set_after_sequence(1'000);
  auto stream = events->WatchEvents(&context, request);
  v1::WatchEventsResponse response;
  EXPECT_FALSE(stream->Read(&response));
  grpc::Status status = stream->Finish();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::OUT_OF_RANGE);
  EXPECT_THAT(status, HasReason(v1::CURSOR_AHEAD));
}

TEST(EventServiceTest, ACursorOlderThanRetentionIsOutOfRangeNamingTheOldestKept) {
  api::ServerOptions options;
  options.event_retention.max_count = 5;
  options.event_retention.prune_interval = absl::Milliseconds(20);
  TestServer server(options);
  Writer writer(server, 5);
  for (int i = 0; i < 12; ++i) writer.Step();
  auto events = v1::EventService::NewStub(server.channel());
  std::vector<Event> kept;
  for (int attempt = 0; attempt < 200; ++attempt) {
    kept = ListEventsAfter(*events);
    if (kept.size() == 5) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(kept.size(), 5u);
  const std::int64_t oldest = kept.front().sequence();

  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  v1::WatchEventsRequest request;
  request.set_after_sequence(oldest - 2);  // the event after it is gone
  auto stream = events->WatchEvents(&context, request);
  v1::WatchEventsResponse response;
  EXPECT_FALSE(stream->Read(&response));
  grpc::Status status = stream->Finish();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::OUT_OF_RANGE);
  EXPECT_THAT(status, HasReason(v1::CURSOR_EXPIRED));
  EXPECT_EQ(testing::ErrorInfoNumber(status, "oldest_sequence"), oldest);
  // From just before the oldest kept, and from 0, the kept events come.
  EXPECT_EQ(ListEventsAfter(*events, oldest - 1).size(), 5u);
}

TEST(EventServiceTest, ListEventsFiltersByResource) {
  TestServer server;
  Writer writer(server, 11);
  for (int i = 0; i < 30; ++i) writer.Step();
  auto events = v1::EventService::NewStub(server.channel());
  const std::vector<Event> all = ListEventsAfter(*events);
  const std::string resource = all.front().resource();
  v1::ListEventsRequest request;
  request.mutable_filter()->set_resource(resource);
  v1::ListEventsResponse response;
  ASSERT_TRUE(events->ListEvents(Context().get(), request, &response).ok());
  std::vector<std::int64_t> expected;
  for (const Event& event : all) {
    if (event.resource() == resource) expected.push_back(event.sequence());
  }
  std::vector<std::int64_t> actual;
  for (const Event& event : response.events()) actual.push_back(event.sequence());
  EXPECT_EQ(actual, expected);
  EXPECT_GE(actual.size(), 1u);
}

}  // namespace
}  // namespace leadflow
