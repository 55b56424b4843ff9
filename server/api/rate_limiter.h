#ifndef LEADFLOW_SERVER_API_RATE_LIMITER_H_
#define LEADFLOW_SERVER_API_RATE_LIMITER_H_

// A token bucket per principal: each may make `rate` calls a second on
// average and `burst` at once, so one busy client cannot take the server
// from the others. Principals come from the principals file, so the
// buckets are bounded by its size.

#include <algorithm>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace leadflow::api {

class RateLimiter {
 public:
  // `rate` calls per second, at most `burst` at once; a rate of 0 or less
  // admits every call.
  RateLimiter(double rate, double burst) : rate_(rate), burst_(std::max(1.0, burst)) {}

  // Zero when `principal` may make a call at `now` (which uses its token);
  // otherwise how long until it may.
  absl::Duration Take(absl::string_view principal, absl::Time now);

 private:
  struct Bucket {
    double tokens;
    absl::Time updated;
  };

  const double rate_;
  const double burst_;
  absl::Mutex mu_;
  absl::flat_hash_map<std::string, Bucket> buckets_ ABSL_GUARDED_BY(mu_);
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_RATE_LIMITER_H_
