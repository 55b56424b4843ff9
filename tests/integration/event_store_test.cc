// The change feed's outbox in every store (see support/store_backends.h):
// every committed write has exactly one event, written in its transaction,
// in commit order; a refused or repeated write has none; reads filter,
// bound and page; a consumer following concurrent writers misses nothing;
// and retention prunes the oldest events while cursors past them stay
// valid.

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/catalog.h"
#include "domain/conversion.h"
#include "domain/errors.h"
#include "domain/events.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"
#include "support/store_backends.h"
#include "support/store_calls.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::Await;
using ::leadflow::testing::AwaitStatus;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::RpcStatusOf;
using ::leadflow::v1::Event;
using ::leadflow::v1::Lead;
using ::leadflow::testing::StoreKind;
using ::testing::ElementsAre;

class EventStoreTest : public ::testing::TestWithParam<StoreKind> {
 protected:
  void SetUp() override {
    const std::string unavailable = testing::UnavailableReason(GetParam());
    if (!unavailable.empty()) GTEST_SKIP() << unavailable;
    backend_ = testing::MakeStoreBackend(GetParam());
    Open();
  }

  void Open(EventRetention retention = {}) {
    store_.reset();
    auto store = backend_->Open(retention);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
  }

  Lead NewLead(const std::string& last_name) {
    Lead lead;
    lead.set_last_name(last_name);
    lead.set_company("Analytical Engines");
    lead.set_status("Working - Contacted");
    return lead;
  }

  Lead Create(const std::string& last_name, const std::string& request_id = "") {
    absl::StatusOr<Lead> lead = Await<Lead>([&](auto done) {
      store_->CreateLead(NewLead(last_name), {"ada@example", request_id}, std::move(done));
    });
    EXPECT_TRUE(lead.ok()) << lead.status();
    return *lead;
  }

  // Every kept event, oldest first.
  std::vector<Event> AllEvents(const v1::EventFilter& filter = {}) {
    std::vector<Event> events;
    EventQuery query;
    query.filter = filter;
    while (true) {
      absl::StatusOr<EventBatch> batch = store_->ReadEvents(query);
      EXPECT_TRUE(batch.ok()) << batch.status();
      if (!batch.ok()) return events;
      for (Event& event : batch->events) events.push_back(std::move(event));
      if (batch->checkpoint >= batch->latest) return events;
      query.after_sequence = batch->checkpoint;
    }
  }

  std::vector<Event::Type> Types(const std::vector<Event>& events) {
    std::vector<Event::Type> types;
    for (const Event& event : events) types.push_back(event.type());
    return types;
  }

  std::unique_ptr<testing::StoreBackend> backend_;
  domain::Catalog catalog_ = domain::Catalog::Default();
  std::unique_ptr<Store> store_;
};

TEST_P(EventStoreTest, EachWriteAppendsOneEventInCommitOrderNamingItsOrigin) {
  Lead lead = Create("Lovelace", "create-1");
  absl::StatusOr<Lead> updated = testing::UpdateLead(*store_, lead.name().substr(6), "",
                                                     [](const Lead& current) {
                                                       Lead next = current;
                                                       next.set_title("Countess");
                                                       return next;
                                                     });
  ASSERT_TRUE(updated.ok());
  ASSERT_TRUE(testing::DeleteLead(*store_, lead.name().substr(6), "",
                                  [](const Lead&) { return absl::OkStatus(); })
                  .ok());

  std::vector<Event> events = AllEvents();
  ASSERT_THAT(Types(events),
              ElementsAre(Event::LEAD_CREATED, Event::LEAD_UPDATED, Event::LEAD_DELETED));
  for (std::size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(events[i].sequence(), static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(events[i].resource(), lead.name());
    EXPECT_EQ(events[i].resource_type(), Event::LEAD);
  }
  EXPECT_EQ(events[0].actor(), "ada@example");
  EXPECT_EQ(events[0].request_id(), "create-1");
  EXPECT_EQ(events[0].lead().etag(), lead.etag());
  EXPECT_EQ(events[0].commit_time().seconds(), lead.create_time().seconds());
  EXPECT_THAT(events[1].changed_fields().paths(), ElementsAre("title"));
  EXPECT_EQ(events[1].lead().title(), "Countess");
  EXPECT_EQ(events[1].commit_time().nanos(), updated->update_time().nanos());
  EXPECT_EQ(events[2].record_case(), Event::RECORD_NOT_SET);
  EXPECT_EQ(*store_->LatestEventSequence(), 3);
}

TEST_P(EventStoreTest, ARefusedOrRepeatedWriteAppendsNothing) {
  Lead lead = Create("Lovelace", "create-once");
  Create("Lovelace", "create-once");  // the retry returns the first lead
  const std::string id = lead.name().substr(6);
  auto unchanged = [](const Lead& current) { return current; };
  // A stale etag, a refusing mutation, a refused delete: all roll back.
  EXPECT_EQ(testing::UpdateLead(*store_, id, "999", unchanged).status().code(),
            absl::StatusCode::kAborted);
  EXPECT_FALSE(testing::UpdateLead(*store_, id, "",
                                   [](const Lead&) -> absl::StatusOr<Lead> {
                                     return absl::FailedPreconditionError("no");
                                   })
                   .ok());
  EXPECT_FALSE(testing::DeleteLead(*store_, id, "", [](const Lead&) {
                 return absl::FailedPreconditionError("no");
               }).ok());
  EXPECT_THAT(Types(AllEvents()), ElementsAre(Event::LEAD_CREATED));
}

TEST_P(EventStoreTest, AConversionIsItsRecordsEventsThenLeadConvertedConsecutively) {
  Create("Unrelated");
  Lead lead = Create("Lovelace");
  v1::ConvertLeadRequest request;
  request.set_name(lead.name());
  request.set_request_id("convert-1");
  absl::StatusOr<std::string> status = domain::CheckConvertRequest(request, catalog_);
  ASSERT_TRUE(status.ok());
  auto convert = [&] {
    return Await<v1::ConvertLeadResponse>([&](auto done) {
      store_->ConvertLead(
          request, "sales@example",
          [&](const domain::ConversionState& state, absl::Time now) {
            return domain::PlanConversion(request, *status, state, catalog_, now);
          },
          std::move(done));
    });
  };
  absl::StatusOr<v1::ConvertLeadResponse> response = convert();
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_TRUE(convert().ok());  // the retry returns the first response

  std::vector<Event> events = AllEvents();
  ASSERT_THAT(Types(events),
              ElementsAre(Event::LEAD_CREATED, Event::LEAD_CREATED, Event::ACCOUNT_CREATED,
                          Event::CONTACT_CREATED, Event::OPPORTUNITY_CREATED,
                          Event::LEAD_CONVERTED));
  EXPECT_EQ(events[2].resource(), response->account().name());
  EXPECT_EQ(events[3].resource(), response->contact().name());
  EXPECT_EQ(events[4].resource(), response->opportunity().name());
  const Event& converted = events[5];
  EXPECT_EQ(converted.resource(), lead.name());
  EXPECT_EQ(converted.sequence(), events[4].sequence() + 1);
  EXPECT_EQ(converted.actor(), "sales@example");
  EXPECT_EQ(converted.request_id(), "convert-1");
  EXPECT_TRUE(converted.lead().converted());
  EXPECT_EQ(converted.conversion().account().name(), response->account().name());
  EXPECT_EQ(converted.conversion().account().action(), v1::ConvertedRecord::CREATE);
  EXPECT_EQ(converted.conversion().opportunity().name(), response->opportunity().name());
  EXPECT_THAT(converted.changed_fields().paths(), ::testing::Contains("status"));
  for (int i = 2; i < 5; ++i) EXPECT_EQ(events[i].request_id(), "convert-1");
}

TEST_P(EventStoreTest, AFilteredReadReturnsWhatTheFilterMatchesOfTheWholeFeed) {
  for (int i = 0; i < 30; ++i) {
    Lead lead = Create(absl::StrCat("Lead", i));
    if (i % 3 == 0) {
      ASSERT_TRUE(testing::UpdateLead(*store_, lead.name().substr(6), "", [](const Lead& l) {
                    Lead next = l;
                    next.set_title("Updated");
                    return next;
                  }).ok());
    }
  }
  const std::vector<Event> all = AllEvents();
  std::vector<v1::EventFilter> filters(3);
  filters[0].add_types(Event::LEAD_UPDATED);
  filters[1].set_resource(all[5].resource());
  filters[2].add_resource_types(Event::ACCOUNT);
  for (const v1::EventFilter& filter : filters) {
    std::vector<std::int64_t> expected;
    for (const Event& event : all) {
      if (domain::Matches(filter, event)) expected.push_back(event.sequence());
    }
    std::vector<std::int64_t> actual;
    for (const Event& event : AllEvents(filter)) actual.push_back(event.sequence());
    EXPECT_EQ(actual, expected) << filter.ShortDebugString();
  }
}

TEST_P(EventStoreTest, AReadIsBoundedAndItsCheckpointResumesWithoutGaps) {
  for (int i = 0; i < 25; ++i) Create(absl::StrCat("Lead", i));
  EventQuery query;
  query.max_events = 10;
  absl::StatusOr<EventBatch> first = store_->ReadEvents(query);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->events.size(), 10u);
  EXPECT_EQ(first->checkpoint, 10);
  EXPECT_EQ(first->latest, 25);
  // A filter matching nothing still advances, by at most max_scan.
  query.filter.add_types(Event::ACCOUNT_DELETED);
  query.max_scan = 7;
  absl::StatusOr<EventBatch> empty = store_->ReadEvents(query);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->events.empty());
  EXPECT_EQ(empty->checkpoint, 7);
}

TEST_P(EventStoreTest, ListEventsPagesThroughTheFeed) {
  for (int i = 0; i < 12; ++i) Create(absl::StrCat("Lead", i));
  std::vector<std::int64_t> sequences;
  std::string token;
  int pages = 0;
  do {
    absl::StatusOr<Page<Event>> page = store_->ListEvents(2, {}, 5, token);
    ASSERT_TRUE(page.ok()) << page.status();
    for (const Event& event : page->items) sequences.push_back(event.sequence());
    token = page->next_page_token;
    ++pages;
  } while (!token.empty());
  EXPECT_EQ(pages, 2);
  ASSERT_EQ(sequences.size(), 10u);
  EXPECT_EQ(sequences.front(), 3);
  EXPECT_EQ(sequences.back(), 12);
  // A token is bound to its query.
  absl::StatusOr<Page<Event>> first = store_->ListEvents(2, {}, 5, "");
  EXPECT_EQ(store_->ListEvents(3, {}, 5, first->next_page_token).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_P(EventStoreTest, ACursorBeyondTheNewestEventIsOutOfRange) {
  Create("Lovelace");
  EventQuery query;
  query.after_sequence = 2;
  absl::Status status = store_->ReadEvents(query).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kOutOfRange);
  EXPECT_THAT(status, HasReason(v1::CURSOR_AHEAD));
  query.after_sequence = 1;  // the newest itself is a valid cursor
  EXPECT_TRUE(store_->ReadEvents(query).ok());
}

TEST_P(EventStoreTest, RetentionPrunesTheOldestAndExpiresCursorsBeforeThem) {
  EventRetention retention;
  retention.max_count = 5;
  retention.prune_interval = absl::Milliseconds(20);
  Open(retention);
  for (int i = 0; i < 12; ++i) Create(absl::StrCat("Lead", i));
  // Pruning runs in the background.
  std::vector<Event> kept;
  for (int attempt = 0; attempt < 200; ++attempt) {
    kept = AllEvents();
    if (kept.size() == 5) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(kept.size(), 5u);
  EXPECT_EQ(kept.front().sequence(), 8);

  EventQuery query;
  query.after_sequence = 6;
  absl::Status expired = store_->ReadEvents(query).status();
  EXPECT_EQ(expired.code(), absl::StatusCode::kOutOfRange);
  EXPECT_THAT(expired, HasReason(v1::CURSOR_EXPIRED));
  const google::rpc::Status details = RpcStatusOf(expired);
  google::rpc::ErrorInfo info;
  ASSERT_TRUE(details.details(0).UnpackTo(&info));
  EXPECT_EQ(info.metadata().at("oldest_sequence"), "8");
  query.after_sequence = 7;  // the event after it is kept
  EXPECT_TRUE(store_->ReadEvents(query).ok());

  // Sequences go on from where they were, across a restart, even with the
  // newest events pruned.
  Open(retention);
  EXPECT_EQ(*store_->LatestEventSequence(), 12);
  Create("After restart");
  EXPECT_EQ(AllEvents().back().sequence(), 13);
}

TEST_P(EventStoreTest, RetentionByAgeKeepsRecentEvents) {
  Create("Old");
  Create("Old");
  EventRetention retention;
  retention.max_age = absl::Milliseconds(300);
  retention.prune_interval = absl::Milliseconds(20);
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  Open(retention);
  Create("Recent");
  std::vector<Event> kept;
  for (int attempt = 0; attempt < 100; ++attempt) {
    kept = AllEvents();
    if (kept.size() == 1) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept.front().lead().last_name(), "Recent");
}

TEST_P(EventStoreTest, TheCommitListenerHearsOfCommits) {
  std::atomic<int> heard{0};
  store_->SetCommitListener([&heard] { heard.fetch_add(1); });
  Create("Lovelace");
  EXPECT_GE(heard.load(), 1);
  store_->SetCommitListener(nullptr);
  const int before = heard.load();
  Create("Babbage");
  EXPECT_EQ(heard.load(), before);
}

// Writers on several threads (and, on PostgreSQL, several transactions
// committing in any order) while a consumer follows the feed by its
// cursor alone: it must see every event exactly once, in sequence order,
// with no sequence skipped.
TEST_P(EventStoreTest, AConsumerFollowingConcurrentWritersMissesNothing) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 40;
  std::atomic<bool> writing{true};
  std::vector<std::int64_t> seen;
  std::thread consumer([&] {
    EventQuery query;
    while (true) {
      const bool last_round = !writing.load();
      absl::StatusOr<EventBatch> batch = store_->ReadEvents(query);
      ASSERT_TRUE(batch.ok()) << batch.status();
      for (const Event& event : batch->events) seen.push_back(event.sequence());
      query.after_sequence = batch->checkpoint;
      if (last_round && batch->checkpoint >= batch->latest) return;
    }
  });
  std::vector<std::thread> writers;
  for (int t = 0; t < kThreads; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) Create(absl::StrCat("W", t, "-", i));
    });
  }
  for (std::thread& writer : writers) writer.join();
  writing = false;
  consumer.join();
  ASSERT_EQ(seen.size(), static_cast<std::size_t>(kThreads * kPerThread));
  for (std::size_t i = 0; i < seen.size(); ++i) {
    ASSERT_EQ(seen[i], static_cast<std::int64_t>(i + 1)) << "at " << i;
  }
}

INSTANTIATE_TEST_SUITE_P(EveryStore, EventStoreTest,
                         ::testing::Values(StoreKind::kSqlite, StoreKind::kPostgres),
                         testing::StoreKindParamName);

}  // namespace
}  // namespace leadflow::store
