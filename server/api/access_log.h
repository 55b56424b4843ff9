#ifndef LEADFLOW_SERVER_API_ACCESS_LOG_H_
#define LEADFLOW_SERVER_API_ACCESS_LOG_H_

// One JSON line per call, written to a file descriptor (stderr in the
// server) by a thread of its own, so that a slow destination — a full pipe,
// a stalled log collector — never holds up gRPC's threads: calls hand their
// line to a bounded queue and go on; when the queue is full the line is
// dropped and counted instead (leadflow_access_log_dropped_lines_total).
//
// A line carries only: time, method, code, duration_ms, principal, peer
// and request_id (when the request has one). Never a credential, and never
// a field of the request or reply, which may be personal data.

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "api/call_tracker.h"

namespace leadflow::api {

enum class AccessLogLevel { kOff, kErrors, kAll };

// "off", "errors" (calls that ended with a status other than OK) or "all";
// INVALID_ARGUMENT otherwise.
absl::StatusOr<AccessLogLevel> ParseAccessLogLevel(absl::string_view text);

// The line for `end` (with its newline), stamped `now`:
// {"time":"2026-01-02T03:04:05.678Z","method":"/leadflow.v1.LeadService/GetLead",
//  "code":"NOT_FOUND","duration_ms":0.412,"principal":"svc-web","peer":"ipv4:127.0.0.1:5000",
//  "request_id":"..."}
std::string AccessLogLine(const CallEnd& end, absl::Time now);

class AccessLog {
 public:
  // Lines queued at most; at ~250 bytes a line, a few MB.
  static constexpr std::size_t kDefaultMaxQueuedLines = 16384;

  // Writes to `fd`, which must stay open while this lives. A level of
  // kOff starts no thread and logs nothing.
  AccessLog(AccessLogLevel level, int fd, std::size_t max_queued_lines = kDefaultMaxQueuedLines);
  ~AccessLog();  // writes the lines still queued, then stops the thread

  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // The CallTracker observer: formats the line on the call's thread and
  // queues it, or drops it when the queue is full. Never waits for I/O.
  void Record(const CallEnd& end);

  // Lines dropped because the queue was full (or the write failed).
  std::uint64_t dropped() const { return dropped_.load(std::memory_order_relaxed); }

 private:
  void Run();
  // Whether all of `text` was written.
  bool WriteAll(absl::string_view text);

  const AccessLogLevel level_;
  const int fd_;
  const std::size_t max_queued_lines_;
  std::atomic<std::uint64_t> dropped_{0};
  // std::mutex rather than absl::Mutex: TSan sees through it (decision 4).
  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::string> queue_;  // guarded by mu_
  bool stopping_ = false;          // guarded by mu_
  std::thread thread_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_ACCESS_LOG_H_
