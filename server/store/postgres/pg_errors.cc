#include "store/postgres/pg_errors.h"

#include <string>

#include <pqxx/pqxx>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"

namespace leadflow::store {

absl::Status PgStorageError(const std::exception& e) {
  if (dynamic_cast<const pqxx::broken_connection*>(&e) != nullptr ||
      dynamic_cast<const pqxx::in_doubt_error*>(&e) != nullptr) {
    return domain::ServerError(absl::StatusCode::kUnavailable,
                               absl::StrCat("the database is unreachable: ", e.what()));
  }
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
    const std::string& state = sql->sqlstate();
    // Class 57: operator intervention (shutdown, cancel); 08: connection.
    if (absl::StartsWith(state, "57") || absl::StartsWith(state, "08")) {
      return domain::ServerError(absl::StatusCode::kUnavailable,
                                 absl::StrCat("the database is unavailable: ", e.what()));
    }
    if (state == "53100") {  // disk_full
      return domain::Refused(absl::StatusCode::kResourceExhausted, leadflow::v1::STORAGE_FULL,
                             "the database's disk is full; nothing was written");
    }
  }
  return domain::ServerError(absl::StatusCode::kInternal,
                             absl::StrCat("storage error: ", e.what()));
}

bool IsRetryable(const std::exception& e) {
  return dynamic_cast<const pqxx::serialization_failure*>(&e) != nullptr ||
         dynamic_cast<const pqxx::deadlock_detected*>(&e) != nullptr ||
         dynamic_cast<const pqxx::unique_violation*>(&e) != nullptr;
}

}  // namespace leadflow::store
