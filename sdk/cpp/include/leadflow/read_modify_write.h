#ifndef LEADFLOW_SDK_READ_MODIFY_WRITE_H_
#define LEADFLOW_SDK_READ_MODIFY_WRITE_H_

// Optimistic concurrency done right: read a resource, change it, write it
// back conditioned on the etag that was read; when someone else wrote in
// between (ABORTED), read again and redo the change, a bounded number of
// times. Used by the clients' ReadModifyWrite* methods.

#include <functional>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace leadflow {

// How many times ReadModifyWrite tries before giving up with ABORTED.
inline constexpr int kDefaultReadModifyWriteAttempts = 5;

// Runs read → modify → write until write succeeds, fails with anything but
// ABORTED, or `max_attempts` reads have been made. `modify` changes the
// resource in place and may refuse (its error is returned as is); it may
// run more than once, so it must not have other side effects.
template <typename T>
absl::StatusOr<T> ReadModifyWrite(const std::function<absl::StatusOr<T>()>& read,
                                  const std::function<absl::Status(T&)>& modify,
                                  const std::function<absl::StatusOr<T>(const T&)>& write,
                                  int max_attempts = kDefaultReadModifyWriteAttempts) {
  absl::Status last = absl::AbortedError("no attempt was made");
  for (int attempt = 0; attempt < max_attempts; ++attempt) {
    absl::StatusOr<T> current = read();
    if (!current.ok()) return current.status();
    absl::Status modified = modify(*current);
    if (!modified.ok()) return modified;
    absl::StatusOr<T> written = write(*current);
    if (written.ok() || written.status().code() != absl::StatusCode::kAborted) return written;
    last = written.status();
  }
  return last;
}

}  // namespace leadflow

#endif  // LEADFLOW_SDK_READ_MODIFY_WRITE_H_
