#include "store/sqlite_conversion.h"

#include "store/conversion_writes.h"
#include "store/sqlite_history.h"
#include "store/sqlite_matches.h"
#include "store/sqlite_resources.h"

namespace leadflow::store {

absl::StatusOr<leadflow::v1::ConvertLeadResponse> WriteConversion(
    SqliteConnection& connection, const leadflow::v1::ConvertLeadRequest& request,
    ConversionPlanner& plan, const WriteOrigin& origin, absl::Time now) {
  return WriteConversion<SqliteConnection>(connection, request, plan, origin, now);
}

absl::StatusOr<leadflow::v1::ConvertLeadResponse> PreviewConversion(
    SqliteConnection& connection, const leadflow::v1::ConvertLeadRequest& request,
    ConversionPlanner& plan, absl::Time now) {
  return PreviewConversion<SqliteConnection>(connection, request, plan, now);
}

}  // namespace leadflow::store
