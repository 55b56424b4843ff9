// EventClient's rules against gRPC's generated mock stub, no server: which
// errors a watch resumes after and from which cursor, how its retry budget
// is counted, its deadline, and the mocks users test their consumers with.

#include <chrono>
#include <cstdint>
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "internal/connections.h"
#include "leadflow/error_details.h"
#include "leadflow/event_client.h"
#include "leadflow/testing/mock_connections.h"
#include "leadflow/v1/event_service_mock.grpc.pb.h"

namespace leadflow {
namespace {

using ::leadflow::v1::Event;
using ::leadflow::v1::WatchEventsRequest;
using ::leadflow::v1::WatchEventsResponse;
using ::testing::_;
using ::testing::ElementsAre;
using ::testing::Invoke;
using ::testing::Return;

Options FastRetries(int attempts = 5) {
  Options options;
  options.watch_retry.max_attempts = attempts;
  options.backoff.initial_delay = absl::Milliseconds(1);
  options.backoff.maximum_delay = absl::Milliseconds(2);
  return options;
}

Event At(std::int64_t sequence) {
  Event event;
  event.set_sequence(sequence);
  event.set_type(Event::LEAD_CREATED);
  event.set_resource("leads/" + std::to_string(sequence));
  return event;
}

WatchEventsResponse Message(std::vector<std::int64_t> sequences, std::int64_t checkpoint) {
  WatchEventsResponse message;
  for (std::int64_t sequence : sequences) *message.add_events() = At(sequence);
  message.set_checkpoint_sequence(checkpoint);
  return message;
}

// A status as the server sends it: with an ErrorInfo, and where to resume.
grpc::Status ServerError(grpc::StatusCode code, leadflow::v1::ErrorReason reason,
                         std::int64_t checkpoint = -1) {
  google::rpc::ErrorInfo info;
  info.set_reason(leadflow::v1::ErrorReason_Name(reason));
  info.set_domain("leadflow.v1");
  if (checkpoint >= 0) (*info.mutable_metadata())["checkpoint_sequence"] = std::to_string(checkpoint);
  google::rpc::Status status;
  status.set_code(code);
  status.set_message("ended by the server");
  status.add_details()->PackFrom(info);
  return grpc::Status(code, status.message(), status.SerializeAsString());
}

const grpc::Status kConnectionLost(grpc::StatusCode::UNAVAILABLE, "connection reset");

// One call of WatchEvents: its messages, then its status.
class FakeReader final : public grpc::ClientReaderInterface<WatchEventsResponse> {
 public:
  FakeReader(std::vector<WatchEventsResponse> messages, grpc::Status end)
      : messages_(messages.begin(), messages.end()), end_(std::move(end)) {}
  grpc::Status Finish() override { return end_; }
  bool NextMessageSize(std::uint32_t* size) override {
    *size = messages_.empty() ? 0 : static_cast<std::uint32_t>(messages_.front().ByteSizeLong());
    return !messages_.empty();
  }
  bool Read(WatchEventsResponse* message) override {
    if (messages_.empty()) return false;
    *message = std::move(messages_.front());
    messages_.pop_front();
    return true;
  }
  void WaitForInitialMetadata() override {}

 private:
  std::deque<WatchEventsResponse> messages_;
  grpc::Status end_;
};

class SdkEventStreamTest : public ::testing::Test {
 protected:
  // The next call yields `messages`, then ends with `end`; its request is
  // kept in requests_.
  void ExpectCall(std::vector<WatchEventsResponse> messages, grpc::Status end) {
    calls_.push_back({std::move(messages), std::move(end)});
  }

  EventClient Client(Options options = FastRetries(), absl::Status setup = absl::OkStatus()) {
    EXPECT_CALL(*stub_, WatchEventsRaw(_, _))
        .WillRepeatedly(Invoke([this](grpc::ClientContext* context,
                                      const WatchEventsRequest& request)
                                   -> grpc::ClientReaderInterface<WatchEventsResponse>* {
          requests_.push_back(request);
          deadlines_.push_back(context->deadline());
          if (calls_.empty()) {
            ADD_FAILURE() << "an unexpected call from " << request.after_sequence();
            return new FakeReader({}, grpc::Status(grpc::StatusCode::INTERNAL, "unexpected"));
          }
          auto [messages, end] = std::move(calls_.front());
          calls_.pop_front();
          return new FakeReader(std::move(messages), std::move(end));
        }));
    return EventClient(internal::MakeEventConnection(stub_, std::move(options), std::move(setup)));
  }

  // Every element of `stream`: "seq" for events, the code for an error.
  static std::vector<std::string> Drain(EventStream& stream) {
    std::vector<std::string> seen;
    for (const absl::StatusOr<Event>& event : stream) {
      seen.push_back(event.ok() ? std::to_string(event->sequence())
                                : absl::StatusCodeToString(event.status().code()));
    }
    return seen;
  }

  std::shared_ptr<v1::MockEventServiceStub> stub_ = std::make_shared<v1::MockEventServiceStub>();
  std::deque<std::pair<std::vector<WatchEventsResponse>, grpc::Status>> calls_;
  std::vector<WatchEventsRequest> requests_;
  std::vector<std::chrono::system_clock::time_point> deadlines_;
};

TEST_F(SdkEventStreamTest, ResumesAfterUnavailableFromTheLastEventWithTheSameFilter) {
  ExpectCall({Message({1, 2}, 2)}, kConnectionLost);
  ExpectCall({Message({3}, 3)}, ServerError(grpc::StatusCode::OUT_OF_RANGE, v1::CURSOR_EXPIRED));
  WatchEventsRequest request;
  request.mutable_filter()->add_types(Event::LEAD_CREATED);
  request.mutable_heartbeat_interval()->set_seconds(5);
  EventStream stream = Client().WatchEvents(request);
  EXPECT_THAT(Drain(stream), ElementsAre("1", "2", "3", "OUT_OF_RANGE"));
  ASSERT_EQ(requests_.size(), 2u);
  EXPECT_EQ(requests_[0].after_sequence(), 0);
  EXPECT_EQ(requests_[1].after_sequence(), 2);
  EXPECT_THAT(requests_[1].filter().types(), ElementsAre(Event::LEAD_CREATED));
  EXPECT_EQ(requests_[1].heartbeat_interval().seconds(), 5);
  EXPECT_EQ(stream.last_sequence(), 3);
}

TEST_F(SdkEventStreamTest, ConsumerTooSlowResumesFromTheServersCheckpointWithoutStartAtLatest) {
  // A heartbeat first (where the start_at_latest stream starts), then an
  // event; the server says it had scanned up to 45 for this filter.
  ExpectCall({Message({}, 41), Message({42}, 42)},
             ServerError(grpc::StatusCode::RESOURCE_EXHAUSTED, v1::CONSUMER_TOO_SLOW, 45));
  ExpectCall({}, ServerError(grpc::StatusCode::PERMISSION_DENIED, v1::SCOPE_MISSING));
  WatchEventsRequest request;
  request.set_start_at_latest(true);
  EventStream stream = Client().WatchEvents(request);
  std::vector<std::string> seen = Drain(stream);
  EXPECT_THAT(seen, ElementsAre("42", "PERMISSION_DENIED"));
  ASSERT_EQ(requests_.size(), 2u);
  EXPECT_TRUE(requests_[0].start_at_latest());
  EXPECT_FALSE(requests_[1].start_at_latest());
  EXPECT_EQ(requests_[1].after_sequence(), 45);
  EXPECT_EQ(stream.last_sequence(), 45);
}

TEST_F(SdkEventStreamTest, AStartAtLatestWatchThatNeverStartedStartsAtLatestAgain) {
  ExpectCall({}, kConnectionLost);
  ExpectCall({Message({}, 7)}, ServerError(grpc::StatusCode::OUT_OF_RANGE, v1::CURSOR_AHEAD));
  WatchEventsRequest request;
  request.set_start_at_latest(true);
  EventStream stream = Client().WatchEvents(request);
  EXPECT_THAT(Drain(stream), ElementsAre("OUT_OF_RANGE"));
  ASSERT_EQ(requests_.size(), 2u);
  EXPECT_TRUE(requests_[1].start_at_latest());
  EXPECT_EQ(requests_[1].after_sequence(), 0);
  EXPECT_EQ(stream.last_sequence(), 7);
}

TEST_F(SdkEventStreamTest, AMessagesCheckpointCountsOnceAllItsEventsAreYielded) {
  ExpectCall({Message({5, 6, 7}, 9)}, kConnectionLost);
  ExpectCall({}, ServerError(grpc::StatusCode::OUT_OF_RANGE, v1::CURSOR_EXPIRED));
  WatchEventsRequest request;
  request.set_after_sequence(4);
  EventStream stream = Client().WatchEvents(request);
  std::vector<std::int64_t> cursors;
  for (const auto& event : stream) {
    if (event.ok()) cursors.push_back(stream.last_sequence());
  }
  EXPECT_THAT(cursors, ElementsAre(5, 6, 7));
  ASSERT_EQ(requests_.size(), 2u);
  EXPECT_EQ(requests_[0].after_sequence(), 4);
  EXPECT_EQ(requests_[1].after_sequence(), 9);
  EXPECT_EQ(stream.last_sequence(), 9);
}

TEST_F(SdkEventStreamTest, OtherErrorsEndTheWatchWithoutAnotherCall) {
  for (const grpc::Status& end :
       {ServerError(grpc::StatusCode::RESOURCE_EXHAUSTED, v1::SERVER_BUSY),
        ServerError(grpc::StatusCode::OUT_OF_RANGE, v1::CURSOR_EXPIRED),
        ServerError(grpc::StatusCode::INVALID_ARGUMENT, v1::FIELD_INVALID),
        grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "deadline")}) {
    calls_.clear();
    requests_.clear();
    ExpectCall({Message({1}, 1)}, end);
    EventStream stream = Client().WatchEvents(0);
    std::vector<absl::Status> errors;
    for (const auto& event : stream) {
      if (!event.ok()) errors.push_back(event.status());
    }
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(static_cast<int>(errors[0].code()), static_cast<int>(end.error_code()));
    EXPECT_EQ(requests_.size(), 1u);
  }
}

TEST_F(SdkEventStreamTest, TheRetryBudgetCountsFailedCallsSinceTheLastMessage) {
  // max_attempts 3: a message resets the count.
  ExpectCall({Message({1}, 1)}, kConnectionLost);  // 1
  ExpectCall({}, kConnectionLost);                  // 2
  ExpectCall({Message({2}, 2)}, kConnectionLost);  // 1 again
  ExpectCall({}, kConnectionLost);                  // 2
  ExpectCall({}, kConnectionLost);                  // 3: give up
  EventStream stream = Client(FastRetries(3)).WatchEvents(0);
  EXPECT_THAT(Drain(stream), ElementsAre("1", "2", "UNAVAILABLE"));
  EXPECT_EQ(requests_.size(), 5u);
  EXPECT_EQ(stream.last_sequence(), 2);

  // max_attempts 1: no reconnection at all.
  requests_.clear();
  ExpectCall({Message({1}, 1)}, kConnectionLost);
  EventStream once = Client(FastRetries(1)).WatchEvents(0);
  EXPECT_THAT(Drain(once), ElementsAre("1", "UNAVAILABLE"));
  EXPECT_EQ(requests_.size(), 1u);

  // CallOptions::retry overrides the connection's watch_retry (and
  // Options::retry, for unary calls, plays no part).
  requests_.clear();
  ExpectCall({}, kConnectionLost);
  ExpectCall({}, kConnectionLost);
  Options options = FastRetries(100);
  options.retry.max_attempts = 1;
  CallOptions two;
  two.retry = RetryPolicy{2, absl::Seconds(10)};
  EventStream twice = Client(options).WatchEvents(0, {}, two);
  EXPECT_THAT(Drain(twice), ElementsAre("UNAVAILABLE"));
  EXPECT_EQ(requests_.size(), 2u);
}

TEST_F(SdkEventStreamTest, AWatchWaitsOutAnOutageOfManyAttemptsByDefault) {
  for (int i = 0; i < 30; ++i) ExpectCall({}, kConnectionLost);
  ExpectCall({Message({1}, 1)}, ServerError(grpc::StatusCode::OUT_OF_RANGE, v1::CURSOR_EXPIRED));
  Options options;  // default watch_retry; quick backoff for the test
  options.backoff.initial_delay = absl::Milliseconds(1);
  options.backoff.maximum_delay = absl::Milliseconds(2);
  EventStream stream = Client(options).WatchEvents(0);
  EXPECT_THAT(Drain(stream), ElementsAre("1", "OUT_OF_RANGE"));
  EXPECT_EQ(requests_.size(), 31u);
}

TEST_F(SdkEventStreamTest, OnlyCallOptionsTimeoutGivesTheWatchADeadline) {
  ExpectCall({}, grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "deadline"));
  ExpectCall({}, grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "deadline"));
  Options options = FastRetries();
  options.timeout = absl::Seconds(1);  // for unary calls, not for watches
  EventClient client = Client(options);
  for (const auto& event : client.WatchEvents(0)) EXPECT_FALSE(event.ok());
  CallOptions bounded;
  bounded.timeout = absl::Seconds(60);
  const auto before = std::chrono::system_clock::now();
  for (const auto& event : client.WatchEvents(0, {}, bounded)) EXPECT_FALSE(event.ok());
  ASSERT_EQ(deadlines_.size(), 2u);
  EXPECT_EQ(deadlines_[0], std::chrono::system_clock::time_point::max());
  EXPECT_GT(deadlines_[1], before + std::chrono::seconds(55));
  EXPECT_LT(deadlines_[1], before + std::chrono::seconds(65));
}

TEST_F(SdkEventStreamTest, ASetupErrorIsTheOnlyElement) {
  EventClient client = Client(FastRetries(), absl::InvalidArgumentError("cannot read ca.pem"));
  EventStream stream = client.WatchEvents(0);
  EXPECT_THAT(Drain(stream), ElementsAre("INVALID_ARGUMENT"));
  std::vector<absl::Status> listed;
  for (const auto& event : client.ListEvents(0)) listed.push_back(event.status());
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(requests_.empty());
}

TEST_F(SdkEventStreamTest, ListEventsPagesWithTheStubAfterTheClientIsGone) {
  EXPECT_CALL(*stub_, ListEvents)
      .WillOnce(Invoke([](grpc::ClientContext*, const v1::ListEventsRequest& request,
                          v1::ListEventsResponse* response) {
        EXPECT_EQ(request.after_sequence(), 10);
        EXPECT_TRUE(request.page_token().empty());
        *response->add_events() = At(11);
        *response->add_events() = At(12);
        response->set_next_page_token("more");
        return grpc::Status::OK;
      }))
      .WillOnce(Return(kConnectionLost))  // a page is retried like any read
      .WillOnce(Invoke([](grpc::ClientContext*, const v1::ListEventsRequest& request,
                          v1::ListEventsResponse* response) {
        EXPECT_EQ(request.page_token(), "more");
        EXPECT_EQ(request.after_sequence(), 10);
        *response->add_events() = At(13);
        return grpc::Status::OK;
      }));
  StreamRange<Event> range =
      EventClient(internal::MakeEventConnection(stub_, FastRetries())).ListEvents(10);
  std::vector<std::int64_t> sequences;
  for (const auto& event : range) {
    ASSERT_TRUE(event.ok()) << event.status();
    sequences.push_back(event->sequence());
  }
  EXPECT_THAT(sequences, ElementsAre(11, 12, 13));
}

TEST(SdkEventMocksTest, AConsumerCanBeTestedWithTheMockConnection) {
  auto mock = std::make_shared<testing::MockEventConnection>();
  EXPECT_CALL(*mock, WatchEvents).WillOnce([](WatchEventsRequest request, const CallOptions&) {
    EXPECT_EQ(request.after_sequence(), 3);
    return testing::MakeEventStream(
        {At(4), At(5), absl::PermissionDeniedError("events.read is missing")});
  });
  EventClient client(mock);
  EventStream stream = client.WatchEvents(3);
  std::vector<std::int64_t> sequences;
  absl::Status error;
  for (const auto& event : stream) {
    if (!event.ok()) {
      error = event.status();
      break;
    }
    sequences.push_back(event->sequence());
  }
  EXPECT_THAT(sequences, ElementsAre(4, 5));
  EXPECT_EQ(error.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(stream.last_sequence(), 5);
}

}  // namespace
}  // namespace leadflow
