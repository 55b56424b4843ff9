#ifndef LEADFLOW_SERVER_STORE_SQLITE_CONVERSION_H_
#define LEADFLOW_SERVER_STORE_SQLITE_CONVERSION_H_

// The store's half of lead conversion on SQLite (see conversion_writes.h,
// which these run on a write job's connection).

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "domain/conversion.h"
#include "leadflow/v1/lead_service.pb.h"
#include "store/sqlite_connection.h"
#include "store/conversion_writes.h"
#include "store/store.h"

namespace leadflow::store {

// The lead and the records `request` names. NOT_FOUND when the lead does
// not exist; INVALID_ARGUMENT (REFERENCE_NOT_FOUND) naming the field of a
// named account, contact or opportunity that does not exist.
absl::StatusOr<domain::ConversionState> LoadConversionState(
    SqliteConnection& connection, const leadflow::v1::ConvertLeadRequest& request);

// Creates or updates the records of `outcome` (planned from `state`), links
// them to each other and to the converted lead, and returns the reply with
// every record as stored. Each record goes through the write path of its
// own calls (record_writes.h), the lead last, so its LEAD_CONVERTED event
// follows the events of the records it names.
absl::StatusOr<leadflow::v1::ConvertLeadResponse> WriteConversion(
    SqliteConnection& connection, const domain::ConversionState& state,
    domain::ConversionOutcome outcome, const WriteOrigin& origin, absl::Time now);


}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_CONVERSION_H_
