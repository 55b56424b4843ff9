#ifndef LEADFLOW_SERVER_STORE_ROW_VALUES_H_
#define LEADFLOW_SERVER_STORE_ROW_VALUES_H_

// Conversions between proto field types and how every table stores them.

#include <cstdint>
#include <string>

#include "absl/time/time.h"
#include "google/protobuf/timestamp.pb.h"

namespace leadflow::store {

// Times are stored as microseconds since the Unix epoch, UTC.
std::int64_t ToMicros(const google::protobuf::Timestamp& timestamp);
std::int64_t ToMicros(absl::Time time);
google::protobuf::Timestamp TimestampFromMicros(std::int64_t micros);

// The etag of a row at `revision`. Every write bumps the revision, so equal
// etags mean an unchanged row.
std::string EtagForRevision(std::int64_t revision);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_ROW_VALUES_H_
