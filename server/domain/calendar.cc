#include "domain/calendar.h"

#include "absl/strings/str_format.h"

namespace leadflow::domain {

google::protobuf::Timestamp ToTimestamp(absl::Time time) {
  const std::int64_t micros = absl::ToUnixMicros(time);
  std::int64_t seconds = micros / 1'000'000;
  std::int64_t rest = micros % 1'000'000;
  if (rest < 0) {
    rest += 1'000'000;
    --seconds;
  }
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<std::int32_t>(rest * 1000));
  return timestamp;
}

google::type::Date ToDate(absl::CivilDay day) {
  google::type::Date date;
  date.set_year(static_cast<int>(day.year()));
  date.set_month(day.month());
  date.set_day(day.day());
  return date;
}

std::string DateText(const google::type::Date& date) {
  if (date.year() == 0 && date.month() == 0 && date.day() == 0) return "";
  return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month(), date.day());
}

}  // namespace leadflow::domain
