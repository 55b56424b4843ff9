#ifndef LEADFLOW_SERVER_STORE_SQLITE_CONVERSION_H_
#define LEADFLOW_SERVER_STORE_SQLITE_CONVERSION_H_

// The store's half of lead conversion on SQLite (see conversion_writes.h,
// which these run on a write job's connection).

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "domain/conversion.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/sqlite_connection.h"
#include "store/store.h"

namespace leadflow::store {

// WriteConversion and PreviewConversion (conversion_writes.h) on SQLite,
// compiled once.
absl::StatusOr<leadflow::v1::ConvertLeadResponse> WriteConversion(
    SqliteConnection& connection, const leadflow::v1::ConvertLeadRequest& request,
    ConversionPlanner& plan, const WriteOrigin& origin, absl::Time now);

absl::StatusOr<leadflow::v1::ConvertLeadResponse> PreviewConversion(
    SqliteConnection& connection, const leadflow::v1::ConvertLeadRequest& request,
    ConversionPlanner& plan, absl::Time now);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_CONVERSION_H_
