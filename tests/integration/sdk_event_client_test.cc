// The C++ SDK's EventClient against the real in-process server: ListEvents
// pages lazily through the feed; WatchEvents follows writes in order,
// resumes by itself across server restarts (between messages, in the middle
// of one, and with the server down for a while) so that the loop sees every
// event exactly once; errors, deadlines and Cancel() end it; and both
// ranges outlive the client and connection that made them (run under
// AddressSanitizer by ci/sanitizers.sh).
//
// Every watch has a deadline (CallOptions::timeout), so a lost event fails
// the test in seconds instead of hanging it.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "leadflow/leadflow.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::TestServer;
using ::leadflow::v1::Event;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

// "TYPE resource": what a consumer learns from an event.
std::string Key(const Event& event) {
  return absl::StrCat(Event::Type_Name(event.type()), " ", event.resource());
}
std::string Key(Event::Type type, const std::string& resource) {
  return absl::StrCat(Event::Type_Name(type), " ", resource);
}

std::vector<std::int64_t> OneTo(std::int64_t n) {
  std::vector<std::int64_t> sequences(static_cast<std::size_t>(n));
  std::iota(sequences.begin(), sequences.end(), 1);
  return sequences;
}

// A thread joined however the test ends (an ASSERT returns early).
class JoinedThread {
 public:
  JoinedThread() = default;
  template <typename F>
  explicit JoinedThread(F&& f) : thread_(std::forward<F>(f)) {}
  JoinedThread& operator=(JoinedThread&&) = default;
  ~JoinedThread() { Join(); }
  void Join() {
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::thread thread_;
};

class SdkEventClientTest : public ::testing::Test {
 protected:
  Options ClientOptions() {
    Options options;
    options.target = server_.address();
    options.timeout = absl::Seconds(10);
    options.actor = "users/feed-test";
    // The writes retry across the restarts too. A restart here takes well
    // under a second, but gRPC's channel waits about a second before it
    // reconnects to an address that refused it: many quick attempts, and
    // time enough. (Watches keep the default watch_retry.)
    options.retry = RetryPolicy{200, absl::Seconds(20)};
    options.backoff = BackoffPolicy{absl::Milliseconds(20), absl::Milliseconds(200), 2.0};
    return options;
  }

  // The deadline of a whole watch.
  static CallOptions Within(absl::Duration timeout = absl::Seconds(30)) {
    CallOptions options;
    options.timeout = timeout;
    return options;
  }

  std::string CreateLead(const std::string& last_name) {
    v1::Lead lead;
    lead.set_last_name(last_name);
    lead.set_company("Feed Works");
    lead.set_lead_source("Web");
    absl::StatusOr<v1::Lead> created = leads_.CreateLead(lead);
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? created->name() : "";
  }

  TestServer server_;
  LeadClient leads_{MakeLeadConnection(ClientOptions())};
  EventClient events_{MakeEventConnection(ClientOptions())};
};

TEST_F(SdkEventClientTest, ListEventsFollowsPageTokensLazily) {
  std::vector<std::string> created;
  for (int i = 0; i < 7; ++i) created.push_back(CreateLead(absl::StrCat("Page", i)));

  v1::ListEventsRequest request;
  request.set_page_size(3);  // three pages
  absl::StatusOr<v1::ListEventsResponse> first = events_.ListEventsPage(request);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->events_size(), 3);
  EXPECT_FALSE(first->next_page_token().empty());

  std::vector<std::int64_t> sequences;
  std::vector<std::string> keys;
  for (const absl::StatusOr<Event>& event : events_.ListEvents(request)) {
    ASSERT_TRUE(event.ok()) << event.status();
    sequences.push_back(event->sequence());
    keys.push_back(Key(*event));
    EXPECT_EQ(event->actor(), "users/feed-test");
  }
  EXPECT_EQ(sequences, OneTo(7));
  std::vector<std::string> expected;
  for (const std::string& name : created) expected.push_back(Key(Event::LEAD_CREATED, name));
  EXPECT_EQ(keys, expected);

  // From a cursor, and for one record.
  sequences.clear();
  for (const auto& event : events_.ListEvents(4)) sequences.push_back(event->sequence());
  EXPECT_THAT(sequences, ElementsAre(5, 6, 7));
  google::protobuf::FieldMask mask;
  mask.add_paths("title");
  v1::Lead titled;
  titled.set_name(created[2]);
  titled.set_title("CTO");
  ASSERT_TRUE(leads_.UpdateLead(titled, mask).ok());
  v1::EventFilter one;
  one.set_resource(created[2]);
  keys.clear();
  for (const auto& event : events_.ListEvents(0, one)) {
    ASSERT_TRUE(event.ok()) << event.status();
    keys.push_back(Key(*event));
    if (event->type() == Event::LEAD_UPDATED) {
      EXPECT_THAT(event->changed_fields().paths(), ElementsAre("title"));
    }
  }
  EXPECT_THAT(keys, ElementsAre(Key(Event::LEAD_CREATED, created[2]),
                                Key(Event::LEAD_UPDATED, created[2])));
}

TEST_F(SdkEventClientTest, ListEventsEndsWithTheServersError) {
  CreateLead("Only");
  v1::ListEventsRequest negative;
  negative.set_page_size(-1);
  std::vector<absl::Status> seen;
  for (const auto& event : events_.ListEvents(negative)) seen.push_back(event.status());
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].code(), absl::StatusCode::kInvalidArgument);

  seen.clear();
  for (const auto& event : events_.ListEvents(1'000)) seen.push_back(event.status());
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(ErrorReason(seen[0]), v1::CURSOR_AHEAD);
}

TEST_F(SdkEventClientTest, WatchEventsYieldsCreatesUpdatesAndAConversionInOrder) {
  const std::string lead = CreateLead("Hopper");  // before the watch: replayed
  std::string account, contact, opportunity;
  JoinedThread writer;
  std::vector<Event> seen;
  EventStream feed = events_.WatchEvents(0, {}, Within());
  for (const absl::StatusOr<Event>& event : feed) {
    ASSERT_TRUE(event.ok()) << event.status();
    seen.push_back(*event);
    EXPECT_EQ(feed.last_sequence(), event->sequence());
    if (seen.size() == 1) {
      // The watch is open and caught up: the rest arrives live.
      writer = JoinedThread([&] {
        google::protobuf::FieldMask mask;
        mask.add_paths("status");
        v1::Lead working;
        working.set_name(lead);
        working.set_status("Working - Contacted");
        EXPECT_TRUE(leads_.UpdateLead(working, mask).ok());
        auto qualified = leads_.ReadModifyWriteLead(
            lead,
            [](v1::Lead& l) {
              l.set_meeting_agreed(true);
              return absl::OkStatus();
            },
            [] {
              google::protobuf::FieldMask m;
              m.add_paths("meeting_agreed");
              return m;
            }());
        EXPECT_TRUE(qualified.ok()) << qualified.status();
        absl::StatusOr<v1::ConvertLeadResponse> converted = leads_.ConvertLead(lead);
        ASSERT_TRUE(converted.ok()) << converted.status();
        account = converted->account().name();
        contact = converted->contact().name();
        opportunity = converted->opportunity().name();
      });
    }
    if (seen.size() == 7) break;
  }
  writer.Join();
  ASSERT_EQ(seen.size(), 7u);
  std::vector<std::string> keys;
  std::vector<std::int64_t> sequences;
  for (const Event& event : seen) {
    keys.push_back(Key(event));
    sequences.push_back(event.sequence());
  }
  EXPECT_THAT(keys, ElementsAre(Key(Event::LEAD_CREATED, lead), Key(Event::LEAD_UPDATED, lead),
                                Key(Event::LEAD_UPDATED, lead),
                                Key(Event::ACCOUNT_CREATED, account),
                                Key(Event::CONTACT_CREATED, contact),
                                Key(Event::OPPORTUNITY_CREATED, opportunity),
                                Key(Event::LEAD_CONVERTED, lead)));
  EXPECT_EQ(sequences, OneTo(7));
  EXPECT_THAT(seen[1].changed_fields().paths(), ElementsAre("status"));
  EXPECT_TRUE(seen[2].lead().meeting_agreed());
  EXPECT_EQ(seen[6].conversion().opportunity().name(), opportunity);
  EXPECT_EQ(feed.last_sequence(), 7);
}

TEST_F(SdkEventClientTest, AWatchResumesAcrossRestartsWithEveryEventExactlyOnce) {
  std::vector<std::string> expected;
  for (int i = 0; i < 3; ++i) {
    expected.push_back(Key(Event::LEAD_CREATED, CreateLead(absl::StrCat("Before", i))));
  }
  std::vector<std::string> after_restarts(5);
  JoinedThread controller;
  std::vector<std::int64_t> sequences;
  std::vector<std::string> keys;
  EventStream feed = events_.WatchEvents(0, {}, Within());
  for (const absl::StatusOr<Event>& event : feed) {
    ASSERT_TRUE(event.ok()) << event.status();
    sequences.push_back(event->sequence());
    keys.push_back(Key(*event));
    if (sequences.size() == 1) {
      // In the middle of the first message (it holds all three events): the
      // other two still come, then the stream resumes after them.
      server_.Restart();
    }
    if (sequences.size() == 3) {
      // Caught up: the loop waits in Read() while the server restarts, and
      // again while it stays down for a while.
      controller = JoinedThread([&] {
        absl::SleepFor(absl::Milliseconds(200));
        server_.Restart();
        for (int i = 0; i < 3; ++i) after_restarts[i] = CreateLead(absl::StrCat("After", i));
        absl::SleepFor(absl::Milliseconds(100));
        server_.Stop();
        absl::SleepFor(absl::Milliseconds(700));
        server_.Start();
        for (int i = 3; i < 5; ++i) after_restarts[i] = CreateLead(absl::StrCat("After", i));
      });
    }
    if (sequences.size() == 8) break;
  }
  controller.Join();
  for (const std::string& name : after_restarts) {
    expected.push_back(Key(Event::LEAD_CREATED, name));
  }
  EXPECT_EQ(sequences, OneTo(8));  // no gap, no duplicate
  EXPECT_EQ(keys, expected);
  EXPECT_EQ(feed.last_sequence(), 8);
}

TEST_F(SdkEventClientTest, AFilteredWatchKeepsItsFilterAndAdvancesItsCursorPastSkippedEvents) {
  const std::string first = CreateLead("Skipped");
  v1::WatchEventsRequest request;
  request.mutable_filter()->add_types(Event::LEAD_UPDATED);
  request.mutable_heartbeat_interval()->set_seconds(1);
  EventStream feed = events_.WatchEvents(request, Within(absl::Seconds(20)));
  JoinedThread writer([&] {
    google::protobuf::FieldMask mask;
    mask.add_paths("title");
    v1::Lead titled;
    titled.set_name(first);
    titled.set_title("First");
    EXPECT_TRUE(leads_.UpdateLead(titled, mask).ok());
    server_.Restart();
    CreateLead("AlsoSkipped");
    titled.set_title("Second");
    EXPECT_TRUE(leads_.UpdateLead(titled, mask).ok());
    CreateLead("SkippedToo");
  });
  std::vector<std::int64_t> sequences;
  for (const auto& event : feed) {
    ASSERT_TRUE(event.ok()) << event.status();
    EXPECT_EQ(event->type(), Event::LEAD_UPDATED);
    sequences.push_back(event->sequence());
    if (sequences.size() == 2) break;
  }
  writer.Join();
  EXPECT_THAT(sequences, ElementsAre(2, 4));

  // From there the filter matches nothing more: the loop sees no event, but
  // the messages' checkpoints move the cursor past the skipped create
  // (sequence 5), so a consumer resuming from it need not scan it again.
  v1::WatchEventsRequest idle = request;
  idle.set_after_sequence(feed.last_sequence());
  EventStream quiet = events_.WatchEvents(idle, Within(absl::Milliseconds(2500)));
  std::vector<absl::Status> seen;
  for (const auto& event : quiet) seen.push_back(event.status());
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_EQ(quiet.last_sequence(), 5);
}

TEST_F(SdkEventClientTest, ErrorsOtherThanUnavailableEndTheWatch) {
  CreateLead("Only");
  std::vector<absl::Status> seen;
  for (const auto& event : events_.WatchEvents(1'000, {}, Within())) seen.push_back(event.status());
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(ErrorReason(seen[0]), v1::CURSOR_AHEAD);

  v1::WatchEventsRequest both;
  both.set_start_at_latest(true);
  both.set_after_sequence(1);
  seen.clear();
  for (const auto& event : events_.WatchEvents(both, Within())) seen.push_back(event.status());
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(SdkEventClientTest, ADeadlineEndsTheWatchAndCancelStopsItCleanly) {
  CreateLead("Only");
  v1::WatchEventsRequest latest;
  latest.set_start_at_latest(true);
  const absl::Time start = absl::Now();
  std::vector<absl::Status> seen;
  for (const auto& event : events_.WatchEvents(latest, Within(absl::Milliseconds(700)))) {
    seen.push_back(event.status());
  }
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_LT(absl::Now() - start, absl::Seconds(5));

  // Cancel() from another thread: the loop ends, with no error element.
  EventStream feed = events_.WatchEvents(latest, Within());
  JoinedThread stop([&] {
    // Once the stream has started (its first message says where), or
    // after a while in any case.
    const absl::Time give_up = absl::Now() + absl::Seconds(5);
    while (feed.last_sequence() < 1 && absl::Now() < give_up) {
      absl::SleepFor(absl::Milliseconds(10));
    }
    absl::SleepFor(absl::Milliseconds(100));
    feed.Cancel();
  });
  const absl::Time cancelled = absl::Now();
  int elements = 0;
  for (const auto& event : feed) {
    ADD_FAILURE() << "unexpected " << event.status();
    ++elements;
  }
  EXPECT_EQ(elements, 0);
  EXPECT_LT(absl::Now() - cancelled, absl::Seconds(8));
  // The start_at_latest stream learned where it started.
  EXPECT_EQ(feed.last_sequence(), 1);
}

TEST_F(SdkEventClientTest, RangesOutliveTheirClientAndConnection) {
  for (int i = 0; i < 5; ++i) CreateLead(absl::StrCat("Outlive", i));
  v1::ListEventsRequest small;
  small.set_page_size(2);
  std::vector<std::int64_t> listed;
  // The client and its connection are temporaries, gone before the first
  // page is fetched.
  for (const auto& event : EventClient(MakeEventConnection(ClientOptions())).ListEvents(small)) {
    ASSERT_TRUE(event.ok()) << event.status();
    listed.push_back(event->sequence());
  }
  EXPECT_EQ(listed, OneTo(5));

  std::vector<std::int64_t> watched;
  for (const auto& event :
       EventClient(MakeEventConnection(ClientOptions())).WatchEvents(0, {}, Within())) {
    ASSERT_TRUE(event.ok()) << event.status();
    watched.push_back(event->sequence());
    if (watched.size() == 5) break;
  }
  EXPECT_EQ(watched, OneTo(5));

  // A stream kept after its client is gone still reconnects by itself.
  EventStream feed = [&] {
    EventClient client(MakeEventConnection(ClientOptions()));
    return client.WatchEvents(3, {}, Within());
  }();
  JoinedThread writer([&] {
    absl::SleepFor(absl::Milliseconds(200));
    server_.Restart();
    CreateLead("Later");
  });
  watched.clear();
  for (const auto& event : feed) {
    ASSERT_TRUE(event.ok()) << event.status();
    watched.push_back(event->sequence());
    if (watched.size() == 3) break;
  }
  EXPECT_THAT(watched, ElementsAre(4, 5, 6));
}

}  // namespace
}  // namespace leadflow
