#ifndef LEADFLOW_SERVER_DOMAIN_CALENDAR_H_
#define LEADFLOW_SERVER_DOMAIN_CALENDAR_H_

// Conversions between Abseil's time types and the proto time types.

#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "google/protobuf/timestamp.pb.h"
#include "google/type/date.pb.h"

namespace leadflow::domain {

// `time` as a Timestamp, at microsecond precision (what the store keeps).
google::protobuf::Timestamp ToTimestamp(absl::Time time);

google::type::Date ToDate(absl::CivilDay day);

// "2026-12-31"; "" for an unset date (all zero).
std::string DateText(const google::type::Date& date);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_CALENDAR_H_
