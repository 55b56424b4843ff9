#include "store/row_values.h"

#include "absl/strings/str_cat.h"
#include "domain/calendar.h"

namespace leadflow::store {

std::int64_t ToMicros(const google::protobuf::Timestamp& timestamp) {
  return timestamp.seconds() * 1'000'000 + timestamp.nanos() / 1'000;
}

std::int64_t ToMicros(absl::Time time) { return absl::ToUnixMicros(time); }

google::protobuf::Timestamp TimestampFromMicros(std::int64_t micros) {
  return domain::ToTimestamp(absl::FromUnixMicros(micros));
}

std::string EtagForRevision(std::int64_t revision) {
  return absl::StrCat(revision);
}

}  // namespace leadflow::store
