// The access log's lines, and that a stalled destination drops lines
// instead of holding up the calls that log them.

#include "api/access_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <string>
#include <thread>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace leadflow::api {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

absl::Time At() {
  return absl::FromCivil(absl::CivilSecond(2026, 1, 2, 3, 4, 5), absl::UTCTimeZone()) +
         absl::Milliseconds(678);
}

CallRecord Record() {
  CallRecord record;
  record.method = "/leadflow.v1.LeadService/CreateLead";
  record.peer = "ipv4:127.0.0.1:5000";
  record.principal = "svc-web";
  record.request_id = "2f1d0c6e";
  return record;
}

TEST(AccessLogLineTest, HasExactlyTheListedFields) {
  const CallRecord record = Record();
  EXPECT_EQ(AccessLogLine(CallEnd{record, grpc::StatusCode::NOT_FOUND, absl::Microseconds(1234)},
                          At()),
            "{\"time\":\"2026-01-02T03:04:05.678Z\","
            "\"method\":\"/leadflow.v1.LeadService/CreateLead\",\"code\":\"NOT_FOUND\","
            "\"duration_ms\":1.234,\"principal\":\"svc-web\",\"peer\":\"ipv4:127.0.0.1:5000\","
            "\"request_id\":\"2f1d0c6e\"}\n");
}

TEST(AccessLogLineTest, LeavesOutAnEmptyRequestId) {
  CallRecord record = Record();
  record.request_id.clear();
  record.principal.clear();
  const std::string line =
      AccessLogLine(CallEnd{record, grpc::StatusCode::OK, absl::ZeroDuration()}, At());
  EXPECT_THAT(line, Not(HasSubstr("request_id")));
  EXPECT_THAT(line, HasSubstr("\"code\":\"OK\",\"duration_ms\":0.000,\"principal\":\"\","));
}

TEST(AccessLogLineTest, EscapesWhatAClientControls) {
  CallRecord record = Record();
  record.request_id = std::string("a\"b\\c\nd\x01\xff\0", 10);  // ends in NUL
  const std::string line =
      AccessLogLine(CallEnd{record, grpc::StatusCode::OK, absl::ZeroDuration()}, At());
  // One line, valid JSON: quotes and backslashes escaped, control characters
  // as \u00NN, a byte that is not UTF-8 spelled out.
  EXPECT_THAT(line, HasSubstr("\"request_id\":\"a\\\"b\\\\c\\u000ad\\u0001\\\\xff\\u0000\"}\n"));
  EXPECT_EQ(line.find('\n'), line.size() - 1);
}

TEST(AccessLogTest, ParsesLevels) {
  EXPECT_EQ(*ParseAccessLogLevel("off"), AccessLogLevel::kOff);
  EXPECT_EQ(*ParseAccessLogLevel("errors"), AccessLogLevel::kErrors);
  EXPECT_EQ(*ParseAccessLogLevel("all"), AccessLogLevel::kAll);
  EXPECT_FALSE(ParseAccessLogLevel("verbose").ok());
}

// Reads `fd` to its end.
std::string ReadAll(int fd) {
  std::string text;
  char buffer[65536];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof(buffer))) > 0) text.append(buffer, n);
  return text;
}

TEST(AccessLogTest, ErrorsLevelWritesOnlyCallsThatFailed) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const CallRecord record = Record();
  {
    AccessLog log(AccessLogLevel::kErrors, fds[1]);
    log.Record(CallEnd{record, grpc::StatusCode::OK, absl::Milliseconds(1)});
    log.Record(CallEnd{record, grpc::StatusCode::INVALID_ARGUMENT, absl::Milliseconds(1)});
  }  // written by now
  ::close(fds[1]);
  const std::string text = ReadAll(fds[0]);
  ::close(fds[0]);
  EXPECT_THAT(text, HasSubstr("\"code\":\"INVALID_ARGUMENT\""));
  EXPECT_THAT(text, Not(HasSubstr("\"code\":\"OK\"")));
}

TEST(AccessLogTest, AStalledDestinationDropsLinesInsteadOfBlocking) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  // Fill the pipe, so that the log's first write blocks until it is read.
  ASSERT_EQ(::fcntl(fds[1], F_SETFL, O_NONBLOCK), 0);
  const std::string filler(4096, 'x');
  std::size_t filled = 0;
  for (ssize_t n; (n = ::write(fds[1], filler.data(), filler.size())) > 0;) filled += n;
  ASSERT_EQ(::fcntl(fds[1], F_SETFL, 0), 0);

  const CallRecord record = Record();
  constexpr int kCalls = 100;
  auto log = std::make_unique<AccessLog>(AccessLogLevel::kAll, fds[1], /*max_queued_lines=*/4);
  // Returns at once although nothing can be written: only the batch being
  // written (up to 4 lines) and the 4 queued after it are kept.
  for (int i = 0; i < kCalls; ++i) {
    log->Record(CallEnd{record, grpc::StatusCode::OK, absl::Milliseconds(1)});
  }
  const std::uint64_t dropped = log->dropped();
  EXPECT_GE(dropped, static_cast<std::uint64_t>(kCalls - 8));

  std::string text;
  std::thread reader([&] { text = ReadAll(fds[0]); });
  log.reset();  // writes what it kept
  ::close(fds[1]);
  reader.join();
  EXPECT_EQ(text.substr(0, filled), std::string(filled, 'x'));
  const auto lines = static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n'));
  EXPECT_EQ(lines + dropped, static_cast<std::uint64_t>(kCalls));
  ::close(fds[0]);
}

}  // namespace
}  // namespace leadflow::api
