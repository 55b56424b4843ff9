#include "api/access_log.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "domain/text.h"

namespace leadflow::api {
namespace {

// Appends `text` as a JSON string literal. Bytes that are not UTF-8 are
// first written as \xNN (so the line stays valid JSON whatever a peer
// sends), control characters as \u00NN.
void AppendJsonString(std::string& out, absl::string_view text) {
  out.push_back('"');
  // The common case, plain ASCII with nothing to escape, is copied as is.
  const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
  });
  if (plain) {
    out.append(text.data(), text.size());
  } else {
    for (char c : domain::ValidUtf8(text)) {
      const auto byte = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') {
        out.push_back('\\');
        out.push_back(c);
      } else if (byte < 0x20 || byte == 0x7f) {
        absl::StrAppendFormat(&out, "\\u%04x", byte);
      } else {
        out.push_back(c);
      }
    }
  }
  out.push_back('"');
}

void AppendThreeDigits(std::string& out, std::int64_t value) {
  out.push_back(static_cast<char>('0' + value / 100));
  out.push_back(static_cast<char>('0' + value / 10 % 10));
  out.push_back(static_cast<char>('0' + value % 10));
}

// Appends `now` as RFC 3339 UTC with milliseconds. The date and time of day
// change once a second, so each thread formats them once a second: done
// for every line, absl::FormatTime was most of the cost of logging a call.
void AppendTime(std::string& out, absl::Time now) {
  const std::int64_t millis = absl::ToUnixMillis(now);
  const std::int64_t seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000;
  thread_local std::int64_t formatted_second = std::numeric_limits<std::int64_t>::min();
  thread_local std::string formatted;  // "2026-01-02T03:04:05"
  if (seconds != formatted_second) {
    formatted = absl::FormatTime("%Y-%m-%d%ET%H:%M:%S", absl::FromUnixSeconds(seconds),
                                 absl::UTCTimeZone());
    formatted_second = seconds;
  }
  out += formatted;
  out.push_back('.');
  AppendThreeDigits(out, millis - seconds * 1000);
  out.push_back('Z');
}

// "OK", "INVALID_ARGUMENT", ...: the canonical names, made once.
absl::string_view CodeName(grpc::StatusCode code) {
  static const auto* const kNames = [] {
    auto* names = new std::vector<std::string>;
    for (int i = 0; i <= static_cast<int>(grpc::StatusCode::UNAUTHENTICATED); ++i) {
      names->push_back(absl::StatusCodeToString(static_cast<absl::StatusCode>(i)));
    }
    return names;
  }();
  const auto index = static_cast<std::size_t>(code);
  return index < kNames->size() ? absl::string_view((*kNames)[index]) : "UNKNOWN";
}

}  // namespace

absl::StatusOr<AccessLogLevel> ParseAccessLogLevel(absl::string_view text) {
  if (text == "off") return AccessLogLevel::kOff;
  if (text == "errors") return AccessLogLevel::kErrors;
  if (text == "all") return AccessLogLevel::kAll;
  return absl::InvalidArgumentError(
      absl::StrCat("--access_log must be off, errors or all, not \"", text, "\""));
}

std::string AccessLogLine(const CallEnd& end, absl::Time now) {
  const CallRecord& record = end.record;
  std::string line;
  line.reserve(256);
  line += "{\"time\":\"";
  AppendTime(line, now);
  line += "\",\"method\":";
  AppendJsonString(line, record.method);
  absl::StrAppend(&line, ",\"code\":\"", CodeName(end.code), "\",\"duration_ms\":");
  const std::int64_t micros = std::max<std::int64_t>(0, absl::ToInt64Microseconds(end.duration));
  absl::StrAppend(&line, micros / 1000, ".");
  AppendThreeDigits(line, micros % 1000);
  line += ",\"principal\":";
  AppendJsonString(line, record.principal);
  line += ",\"peer\":";
  AppendJsonString(line, record.peer);
  if (!record.request_id.empty()) {
    line += ",\"request_id\":";
    AppendJsonString(line, record.request_id);
  }
  line += "}\n";
  return line;
}

AccessLog::AccessLog(AccessLogLevel level, int fd, std::size_t max_queued_lines)
    : level_(level), fd_(fd), max_queued_lines_(max_queued_lines) {
  if (level_ != AccessLogLevel::kOff) thread_ = std::thread([this] { Run(); });
}

AccessLog::~AccessLog() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void AccessLog::Record(const CallEnd& end) {
  if (level_ == AccessLogLevel::kOff ||
      (level_ == AccessLogLevel::kErrors && end.code == grpc::StatusCode::OK)) {
    return;
  }
  std::string line = AccessLogLine(end, absl::Now());
  bool was_empty = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (queue_.size() >= max_queued_lines_) {
      dropped_.fetch_add(1, std::memory_order_relaxed);
      return;
    }
    was_empty = queue_.empty();
    queue_.push_back(std::move(line));
  }
  // The thread sleeps only on an empty queue, so only the first line of a
  // batch needs to wake it (a wake-up is a system call).
  if (was_empty) wake_.notify_one();
}

void AccessLog::Run() {
  while (true) {
    std::deque<std::string> batch;
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and everything written
      batch.swap(queue_);
    }
    std::string text;
    for (const std::string& line : batch) text += line;
    if (!WriteAll(text)) dropped_.fetch_add(batch.size(), std::memory_order_relaxed);
  }
}

bool AccessLog::WriteAll(absl::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(fd_, text.data(), text.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;  // a closed pipe, a full disk: the batch is lost
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace leadflow::api
