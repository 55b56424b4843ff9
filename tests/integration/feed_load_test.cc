// The change feed under load, through real gRPC on the in-process server:
//  - a thousand idle watchers and a busy one each receive every event of a
//    few hundred writes exactly once and in order;
//  - watchers that stop reading cost the writers nothing, hold no growing
//    memory, and are ended with RESOURCE_EXHAUSTED (CONSUMER_TOO_SLOW) and
//    the checkpoint to resume from, from which a reconnect gets every
//    later event exactly once;
//  - shutdown ends open watches at once with UNAVAILABLE and the checkpoint
//    to resume from, and a resume after the restart misses nothing.

#include <malloc.h>

#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "support/feed_watcher.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::ErrorInfoNumber;
using ::leadflow::testing::FeedWatcher;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::ListEventsAfter;
using ::leadflow::testing::TestServer;
using ::leadflow::v1::Event;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr char kStamp[] = "sent_ns=";
constexpr int kStreamsPerChannel = 90;  // the server allows 100 per connection

std::int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

// A description carrying the time it was sent, then `padding` bytes.
std::string Stamped(std::size_t padding) {
  return absl::StrCat(kStamp, NowNs(), ";", std::string(padding, 'x'));
}

std::shared_ptr<grpc::Channel> NewChannel(const std::string& address, int index) {
  grpc::ChannelArguments args;
  // A distinct argument per channel keeps gRPC from sharing one connection
  // (and its 100 streams) between channels.
  args.SetInt("leadflow.test_channel", index);
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

// A field of /proc/self/status in kB (VmRSS: resident now).
long SelfStatusKb(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
  }
  return -1;
}

// Heap bytes in use, over every malloc arena.
long HeapInUseKb() {
  const struct mallinfo2 info = mallinfo2();
  return static_cast<long>((info.uordblks + info.hblkhd) / 1024);
}

// The sequence of the newest event: where a watch from the latest starts.
std::int64_t LatestSequence(v1::EventService::Stub& events) {
  v1::WatchEventsRequest request;
  request.set_start_at_latest(true);
  FeedWatcher::Options options;
  options.deadline = seconds(20);
  FeedWatcher watcher(events, request, options);
  watcher.Start();
  EXPECT_TRUE(watcher.WaitForMessages(1, seconds(20)));
  return watcher.first_checkpoint();
}

std::unique_ptr<FeedWatcher> Watch(v1::EventService::Stub& events, std::int64_t after,
                                   bool start_at_latest, FeedWatcher::Options options = {}) {
  v1::WatchEventsRequest request;
  if (start_at_latest) {
    request.set_start_at_latest(true);
  } else {
    request.set_after_sequence(after);
  }
  auto watcher = std::make_unique<FeedWatcher>(events, request, std::move(options));
  watcher->Start();
  return watcher;
}

double Percentile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1,
                         static_cast<std::size_t>(q * static_cast<double>(values.size())))];
}

v1::Lead CreateLead(v1::LeadService::Stub& leads, const std::string& last_name,
                    std::size_t padding) {
  v1::CreateLeadRequest request;
  request.mutable_lead()->set_last_name(last_name);
  request.mutable_lead()->set_company("Feed Load");
  request.mutable_lead()->set_description(Stamped(padding));
  v1::Lead lead;
  auto context = Context();
  context->set_deadline(std::chrono::system_clock::now() + seconds(20));
  grpc::Status status = leads.CreateLead(context.get(), request, &lead);
  EXPECT_TRUE(status.ok()) << status.error_code() << " " << status.error_message();
  return lead;
}

TEST(FeedLoadTest, AThousandIdleWatchersAndABusyOneEachGetEveryEventOnceInOrder) {
  constexpr int kIdleWatchers = 1000;
  constexpr int kWrites = 300;
  TestServer server;
  std::vector<std::unique_ptr<v1::EventService::Stub>> feeds;
  for (int c = 0; c < (kIdleWatchers + 1 + kStreamsPerChannel - 1) / kStreamsPerChannel; ++c) {
    feeds.push_back(v1::EventService::NewStub(NewChannel(server.address(), c)));
  }
  std::vector<std::unique_ptr<FeedWatcher>> watchers;
  for (int i = 0; i < kIdleWatchers; ++i) {
    watchers.push_back(Watch(*feeds[i % feeds.size()], 0, /*start_at_latest=*/true));
  }
  // The busy watcher also takes each event's delivery latency: from the
  // writer's send, stamped in the lead's description, to its arrival here.
  std::vector<double> latencies_ms;
  FeedWatcher::Options busy_options;
  busy_options.on_event = [&latencies_ms](const Event& event, Clock::time_point at) {
    const std::string& description = event.lead().description();
    if (description.rfind(kStamp, 0) != 0) return;
    const std::int64_t sent = std::strtoll(description.c_str() + sizeof(kStamp) - 1, nullptr, 10);
    latencies_ms.push_back(
        static_cast<double>(
            std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()).count() -
            sent) /
        1e6);
  };
  watchers.push_back(Watch(*feeds.back(), 0, /*start_at_latest=*/true, busy_options));
  FeedWatcher& busy = *watchers.back();

  // Every watcher has its first message, saying where it starts, before
  // the first write: they all start at the same sequence.
  const Clock::time_point attach = Clock::now();
  for (auto& watcher : watchers) {
    ASSERT_TRUE(watcher->WaitForMessages(1, seconds(30)))
        << "a watcher got no first message: "
        << watcher->WaitDone(milliseconds(1)).value_or(grpc::Status()).error_message();
  }
  std::printf("%zu watchers attached in %.2f s\n", watchers.size(),
              std::chrono::duration<double>(Clock::now() - attach).count());
  const std::int64_t start = watchers[0]->first_checkpoint();
  for (auto& watcher : watchers) ASSERT_EQ(watcher->first_checkpoint(), start);

  // One writer: creates, and updates of what it created.
  std::vector<std::string> expected;  // "TYPE resource" in commit order
  std::vector<v1::Lead> created;
  const Clock::time_point writes_begin = Clock::now();
  for (int i = 0; i < kWrites; ++i) {
    if (i % 3 != 2) {
      created.push_back(CreateLead(server.leads(), absl::StrCat("Watched ", i), 100));
      ASSERT_FALSE(created.back().name().empty());
      expected.push_back(absl::StrCat("LEAD_CREATED ", created.back().name()));
    } else {
      v1::Lead& lead = created[static_cast<std::size_t>(i) % created.size()];
      v1::UpdateLeadRequest request;
      request.mutable_lead()->set_name(lead.name());
      request.mutable_lead()->set_title(absl::StrCat("Title ", i));
      request.mutable_lead()->set_description(Stamped(100));
      request.mutable_update_mask()->add_paths("title");
      request.mutable_update_mask()->add_paths("description");
      grpc::Status status = server.leads().UpdateLead(Context().get(), request, &lead);
      ASSERT_TRUE(status.ok()) << status.error_message();
      expected.push_back(absl::StrCat("LEAD_UPDATED ", lead.name()));
    }
  }
  const double write_s = std::chrono::duration<double>(Clock::now() - writes_begin).count();

  const std::int64_t last = start + kWrites;
  const Clock::time_point drain_begin = Clock::now();
  int behind = 0;
  for (auto& watcher : watchers) {
    if (!watcher->WaitForSequence(last, seconds(30))) ++behind;
  }
  ASSERT_EQ(behind, 0) << "watchers without every event 30 s after the writes";
  const double drain_s = std::chrono::duration<double>(Clock::now() - drain_begin).count();

  // The feed holds exactly the writes, in the order they were made.
  const std::vector<Event> feed = ListEventsAfter(*feeds[0], start);
  ASSERT_EQ(feed.size(), static_cast<std::size_t>(kWrites));
  std::vector<std::string> listed;
  for (const Event& event : feed) {
    listed.push_back(absl::StrCat(Event::Type_Name(event.type()), " ", event.resource()));
  }
  EXPECT_EQ(listed, expected);

  // Every watcher got exactly that sequence of events.
  int mismatched = 0;
  std::string first_problem;
  for (std::size_t w = 0; w < watchers.size(); ++w) {
    const std::vector<FeedWatcher::Received> got = watchers[w]->received();
    bool same = got.size() == feed.size() && watchers[w]->out_of_order() == 0;
    for (std::size_t i = 0; same && i < got.size(); ++i) {
      same = got[i].sequence == feed[i].sequence() && got[i].resource == feed[i].resource();
    }
    if (!same) {
      if (mismatched++ == 0) {
        first_problem = absl::StrCat("watcher ", w, " got ", got.size(), " events (",
                                     watchers[w]->out_of_order(), " out of order)");
      }
    }
  }
  EXPECT_EQ(mismatched, 0) << first_problem;

  std::vector<double> latencies;
  busy.WithLock([&] { latencies = latencies_ms; });
  ASSERT_EQ(latencies.size(), static_cast<std::size_t>(kWrites));
  const double p50 = Percentile(latencies, 0.50);
  const double p99 = Percentile(latencies, 0.99);
  const double max = Percentile(latencies, 1.0);
  std::printf(
      "%d writes in %.2f s to %zu watchers; all had every event %.3f s after the last write; "
      "busy watcher's delivery latency (writer's send -> receipt): p50 %.1f ms, p99 %.1f ms, "
      "max %.1f ms\n",
      kWrites, write_s, watchers.size(), drain_s, p50, p99, max);
  // Robust on a loaded two-core machine; the benchmark measures the real
  // figure (bench/feed_bench).
  EXPECT_LT(max, 10'000.0);

  for (auto& watcher : watchers) watcher->Cancel();
  for (auto& watcher : watchers) {
    std::optional<grpc::Status> status = watcher->WaitDone(seconds(30));
    ASSERT_TRUE(status.has_value());
    EXPECT_EQ(status->error_code(), grpc::StatusCode::CANCELLED) << status->error_message();
  }
}

// Writes `count` leads from `threads` threads (or stops after `limit`);
// returns writes/s.
struct Burst {
  long writes = 0;
  double seconds = 0;
  double rate() const { return writes / seconds; }
};

Burst WriteBurst(std::vector<std::unique_ptr<v1::LeadService::Stub>>& stubs, int count,
                 std::chrono::milliseconds limit, std::size_t padding) {
  std::atomic<int> next{0};
  std::atomic<long> done{0}, failed{0};
  const Clock::time_point begin = Clock::now();
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      v1::LeadService::Stub& stub = *stubs[t % stubs.size()];
      while (next++ < count && Clock::now() - begin < limit) {
        v1::CreateLeadRequest request;
        request.mutable_lead()->set_last_name("Burst");
        request.mutable_lead()->set_company("Feed Load");
        request.mutable_lead()->set_description(Stamped(padding));
        v1::Lead lead;
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + seconds(20));
        (stub.CreateLead(&context, request, &lead).ok() ? done : failed)++;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failed, 0);
  return {done, std::chrono::duration<double>(Clock::now() - begin).count()};
}

TEST(FeedLoadTest, StalledWatchersCostWritersNothingAndAreEndedWithWhereToResume) {
  // The send timeout, and how the test's timeline fits it: the stalled
  // streams fill their flow-control windows within the first moments of the
  // writes (their channel has a small window, see below), the server ends
  // them kSendTimeout after that (plus its 100 ms tick), and would cancel
  // them kSendTimeout later still if they never read again. The writes stop
  // by kWriteLimit and the watchers read again at kResumeAt, both counted
  // from the start of the writes: after the end for a stall that began up
  // to 1.4 s into the writes, and before the cancel for any stall.
  constexpr absl::Duration kSendTimeout = absl::Seconds(3);
  constexpr milliseconds kWriteLimit(2500);
  constexpr milliseconds kResumeAt(4500);
  constexpr int kStalled = 90;  // on one connection (at most 100)
  constexpr int kBurst = 4000;
  constexpr std::size_t kPadding = 1000;  // each event is about 1.2 kB
  [[maybe_unused]] constexpr long kMaxGrowthKb = 50 * 1024;  // unchecked under ASan

  api::ServerOptions options;
  options.watch_send_timeout = kSendTimeout;
  TestServer server(options);
  std::vector<std::unique_ptr<v1::LeadService::Stub>> writers;
  for (int c = 0; c < 2; ++c) {
    writers.push_back(v1::LeadService::NewStub(NewChannel(server.address(), 100 + c)));
  }
  auto events = v1::EventService::NewStub(server.channel());

  WriteBurst(writers, 500, seconds(10), kPadding);  // warm-up
  const Burst baseline = WriteBurst(writers, kBurst, kWriteLimit, kPadding);

  // The stalled watchers' channel does not grow its windows (no BDP
  // probing), so that a stream that is not read stalls after its first
  // 64 kB rather than after however many megabytes gRPC would buffer.
  grpc::ChannelArguments stalled_args;
  stalled_args.SetInt(GRPC_ARG_HTTP2_BDP_PROBE, 0);
  stalled_args.SetInt("leadflow.test_channel", 200);
  auto stalled_stub = v1::EventService::NewStub(grpc::CreateCustomChannel(
      server.address(), grpc::InsecureChannelCredentials(), stalled_args));
  std::vector<std::unique_ptr<FeedWatcher>> stalled;
  FeedWatcher::Options stall_options;
  stall_options.stall_after_messages = 1;  // reads its first message, then nothing
  for (int i = 0; i < kStalled; ++i) {
    stalled.push_back(Watch(*stalled_stub, 0, /*start_at_latest=*/true, stall_options));
  }
  for (auto& watcher : stalled) ASSERT_TRUE(watcher->WaitForMessages(1, seconds(20)));
  const std::int64_t start = stalled[0]->first_checkpoint();

  const long rss_before_kb = SelfStatusKb("VmRSS");
  const long heap_before_kb = HeapInUseKb();
  std::atomic<bool> sampling{true};
  long rss_max_kb = rss_before_kb, heap_max_kb = heap_before_kb;
  std::thread sampler([&] {
    while (sampling) {
      rss_max_kb = std::max(rss_max_kb, SelfStatusKb("VmRSS"));
      heap_max_kb = std::max(heap_max_kb, HeapInUseKb());
      std::this_thread::sleep_for(milliseconds(50));
    }
  });
  const Clock::time_point writes_begin = Clock::now();
  const Burst during = WriteBurst(writers, kBurst, kWriteLimit, kPadding);
  std::this_thread::sleep_until(writes_begin + kResumeAt);
  sampling = false;
  sampler.join();
  const std::int64_t latest = LatestSequence(*events);
  const long missed_kb = kStalled * during.writes * static_cast<long>(kPadding) / 1024;
  std::printf(
      "writes/s: %.0f without stalled watchers (%ld writes), %.0f with %d stalled (%ld writes): "
      "%.0f %%; memory of the process (server and client) while stalled: RSS %+ld kB "
      "(%ld -> max %ld kB), heap in use %+ld kB; the stalled streams missed %ld kB in all\n",
      baseline.rate(), baseline.writes, during.rate(), kStalled, during.writes,
      100 * during.rate() / baseline.rate(), rss_max_kb - rss_before_kb, rss_before_kb,
      rss_max_kb, heap_max_kb - heap_before_kb,
      missed_kb);
  // Growth is bounded by one message per stream and the hub's shared tail
  // (about 1.2 kB per event here), not by what the stalled streams missed.
  // The bound means something only if they missed far more than it. Under
  // AddressSanitizer freed memory sits in its quarantine and mallinfo2 sees
  // none of its heap, so there the figures are only printed.
#ifndef __SANITIZE_ADDRESS__
  EXPECT_GT(missed_kb, kMaxGrowthKb * 3 / 2) << "too few writes for the memory bound to tell";
  EXPECT_LT(rss_max_kb - rss_before_kb, kMaxGrowthKb);
  EXPECT_LT(heap_max_kb - heap_before_kb, kMaxGrowthKb);
#endif

  // Reading again, each gets what was in flight to it, then the end, with
  // where to resume.
  for (auto& watcher : stalled) watcher->Resume();
  std::vector<std::int64_t> checkpoints;
  for (std::size_t w = 0; w < stalled.size(); ++w) {
    FeedWatcher& watcher = *stalled[w];
    std::optional<grpc::Status> status = watcher.WaitDone(seconds(10));
    ASSERT_TRUE(status.has_value())
        << "stalled watcher " << w << " was not ended; it has read " << watcher.events()
        << " of " << latest - start << " events since reading again";
    EXPECT_EQ(status->error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
        << "stalled watcher " << w << ": " << status->error_code() << " "
        << status->error_message() << " after " << watcher.events() << " events";
    EXPECT_THAT(*status, HasReason(v1::CONSUMER_TOO_SLOW));
    const std::optional<std::int64_t> checkpoint = ErrorInfoNumber(*status, "checkpoint_sequence");
    ASSERT_TRUE(checkpoint.has_value()) << status->error_message();
    // Everything up to the checkpoint reached the client, nothing beyond.
    EXPECT_EQ(watcher.out_of_order(), 0);
    EXPECT_EQ(*checkpoint, watcher.events() > 0 ? watcher.last_sequence() : start)
        << "stalled watcher " << w;
    if (w == 0) {
      std::printf("a stalled watcher got %ld events before its end, %s: checkpoint %ld of %ld\n",
                  static_cast<long>(watcher.events()), status->error_message().c_str(),
                  static_cast<long>(*checkpoint), static_cast<long>(latest));
    }
    checkpoints.push_back(*checkpoint);
  }

  // A reconnect from the checkpoint gets every later event exactly once.
  std::vector<std::unique_ptr<FeedWatcher>> resumed;
  for (std::int64_t checkpoint : checkpoints) resumed.push_back(Watch(*events, checkpoint, false));
  for (std::size_t w = 0; w < resumed.size(); ++w) {
    ASSERT_TRUE(resumed[w]->WaitForSequence(latest, seconds(30)))
        << "resumed watcher " << w << " has " << resumed[w]->events() << " events";
    EXPECT_EQ(resumed[w]->events(), latest - checkpoints[w]);
    EXPECT_EQ(resumed[w]->out_of_order(), 0);
  }

  for (auto& watcher : resumed) watcher->Cancel();
  for (auto& watcher : resumed) ASSERT_TRUE(watcher->WaitDone(seconds(20)).has_value());

  // The writers' speed, once more without stalled (or any) watchers.
  const Burst after = WriteBurst(writers, kBurst, kWriteLimit, kPadding);
  std::printf("writes/s without stalled watchers again: %.0f (%ld writes)\n", after.rate(),
              after.writes);
  // A watcher that stops reading holds one message and waits; nothing on
  // the write path waits for it, so a real coupling would show as writes
  // stalling with it, not as a dip. On a two-core machine shared with other
  // work single bursts vary by up to 2x, so the reference is the slower of
  // the bursts before and after, and half of it is the bound.
  EXPECT_GE(during.rate(), 0.5 * std::min(baseline.rate(), after.rate()));
}

TEST(FeedLoadTest, ShutdownEndsOpenWatchesPromptlyWithUnavailableAndWhereToResume) {
  constexpr int kWatchers = 20;
  constexpr absl::Duration kGrace = absl::Seconds(20);
  TestServer server;
  for (int i = 0; i < 50; ++i) CreateLead(server.leads(), absl::StrCat("Before ", i), 100);
  auto events = v1::EventService::NewStub(server.channel());
  std::vector<std::unique_ptr<FeedWatcher>> watchers;
  for (int i = 0; i < kWatchers; ++i) {
    // Half replay the feed from its beginning, half start at its end.
    watchers.push_back(Watch(*events, 0, /*start_at_latest=*/i % 2 == 1));
  }
  for (auto& watcher : watchers) ASSERT_TRUE(watcher->WaitForMessages(1, seconds(20)));

  // A writer keeps writing through the shutdown, until it is refused.
  std::atomic<bool> writing{true};
  std::atomic<long> acknowledged{0};
  std::thread writer([&] {
    auto stub = v1::LeadService::NewStub(NewChannel(server.address(), 1));
    while (writing) {
      v1::CreateLeadRequest request;
      request.mutable_lead()->set_last_name("During");
      request.mutable_lead()->set_company("Feed Load");
      v1::Lead lead;
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() + seconds(20));
      if (!stub->CreateLead(&context, request, &lead).ok()) return;
      ++acknowledged;
    }
  });
  std::this_thread::sleep_for(milliseconds(500));

  const Clock::time_point shutdown_begin = Clock::now();
  double shutdown_s = 0;
  std::thread shutdown([&] {
    server.server().Shutdown(kGrace);
    shutdown_s = std::chrono::duration<double>(Clock::now() - shutdown_begin).count();
  });
  double ended_s = 0;
  std::vector<std::int64_t> checkpoints;
  for (std::size_t w = 0; w < watchers.size(); ++w) {
    std::optional<grpc::Status> status = watchers[w]->WaitDone(seconds(30));
    ASSERT_TRUE(status.has_value()) << "watcher " << w << " still open 30 s into shutdown";
    ended_s = std::max(ended_s,
                       std::chrono::duration<double>(Clock::now() - shutdown_begin).count());
    EXPECT_EQ(status->error_code(), grpc::StatusCode::UNAVAILABLE)
        << "watcher " << w << ": " << status->error_message();
    EXPECT_THAT(*status, HasReason(v1::SERVICE_UNAVAILABLE));
    const std::optional<std::int64_t> checkpoint = ErrorInfoNumber(*status, "checkpoint_sequence");
    ASSERT_TRUE(checkpoint.has_value()) << "watcher " << w << ": " << status->error_message();
    EXPECT_EQ(watchers[w]->out_of_order(), 0);
    // Everything up to the checkpoint reached the client, nothing beyond.
    EXPECT_EQ(*checkpoint, std::max(watchers[w]->first_checkpoint(), watchers[w]->last_sequence()))
        << "watcher " << w;
    checkpoints.push_back(*checkpoint);
  }
  shutdown.join();
  writing = false;
  writer.join();
  std::printf(
      "shutdown with a %s grace: every watch ended %.3f s after it began, Shutdown returned "
      "after %.3f s; %ld writes acknowledged meanwhile\n",
      absl::FormatDuration(kGrace).c_str(), ended_s, shutdown_s, acknowledged.load());
  EXPECT_LT(ended_s, 2.0);
  EXPECT_LT(shutdown_s, 10.0);

  // After a restart, a resume from each checkpoint gets every later event
  // (those committed during the shutdown too) exactly once.
  server.Stop();
  server.Start();
  auto restarted = v1::EventService::NewStub(server.channel());
  for (int i = 0; i < 20; ++i) CreateLead(server.leads(), absl::StrCat("After ", i), 100);
  const std::int64_t latest = LatestSequence(*restarted);
  for (std::size_t w = 0; w < checkpoints.size(); ++w) {
    std::unique_ptr<FeedWatcher> resumed = Watch(*restarted, checkpoints[w], false);
    ASSERT_TRUE(resumed->WaitForSequence(latest, seconds(20))) << "resumed watcher " << w;
    EXPECT_EQ(resumed->events(), latest - checkpoints[w]);
    EXPECT_EQ(resumed->out_of_order(), 0);
  }
}

}  // namespace
}  // namespace leadflow
