#include "store/sqlite_conversion.h"

#include "store/conversion_writes.h"
#include "store/sqlite_history.h"
#include "store/sqlite_matches.h"
#include "store/sqlite_resources.h"

namespace leadflow::store {

absl::StatusOr<domain::ConversionState> LoadConversionState(
    SqliteConnection& connection, const leadflow::v1::ConvertLeadRequest& request) {
  return LoadConversionState<SqliteConnection>(connection, request);
}

absl::StatusOr<leadflow::v1::ConvertLeadResponse> WriteConversion(
    SqliteConnection& connection, const domain::ConversionState& state,
    domain::ConversionOutcome outcome, const WriteOrigin& origin, absl::Time now) {
  return WriteConversion<SqliteConnection>(connection, state, std::move(outcome), origin, now);
}

}  // namespace leadflow::store
