#include "api/rate_limiter.h"

#include <algorithm>

namespace leadflow::api {

absl::Duration RateLimiter::Take(absl::string_view principal, absl::Time now) {
  if (rate_ <= 0) return absl::ZeroDuration();
  absl::MutexLock lock(&mu_);
  auto [it, inserted] = buckets_.try_emplace(principal, Bucket{burst_, now});
  Bucket& bucket = it->second;
  const double elapsed = std::max(0.0, absl::ToDoubleSeconds(now - bucket.updated));
  bucket.tokens = std::min(burst_, bucket.tokens + elapsed * rate_);
  bucket.updated = now;
  if (bucket.tokens >= 1.0) {
    bucket.tokens -= 1.0;
    return absl::ZeroDuration();
  }
  return absl::Seconds((1.0 - bucket.tokens) / rate_);
}

}  // namespace leadflow::api
