#include "store/row_values.h"

#include "absl/strings/str_cat.h"

namespace leadflow::store {

std::int64_t ToMicros(const google::protobuf::Timestamp& timestamp) {
  return timestamp.seconds() * 1'000'000 + timestamp.nanos() / 1'000;
}

std::int64_t ToMicros(absl::Time time) { return absl::ToUnixMicros(time); }

google::protobuf::Timestamp TimestampFromMicros(std::int64_t micros) {
  google::protobuf::Timestamp timestamp;
  std::int64_t seconds = micros / 1'000'000;
  std::int64_t rest = micros % 1'000'000;
  if (rest < 0) {
    rest += 1'000'000;
    --seconds;
  }
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<std::int32_t>(rest * 1'000));
  return timestamp;
}

std::string EtagForRevision(std::int64_t revision) {
  return absl::StrCat(revision);
}

}  // namespace leadflow::store
