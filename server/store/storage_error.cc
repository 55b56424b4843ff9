#include "store/storage_error.h"

#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include "absl/strings/str_cat.h"
#include "domain/errors.h"

namespace leadflow::store {

absl::Status StorageError(const std::exception& e) {
  const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e);
  switch (sqlite == nullptr ? SQLITE_ERROR : sqlite->getErrorCode() & 0xFF) {
    case SQLITE_FULL:
      return domain::Refused(absl::StatusCode::kResourceExhausted, 
          leadflow::v1::STORAGE_FULL,
          "the disk holding the database is full; nothing was written. Reads still work; "
          "writes resume once an operator frees space");
    case SQLITE_READONLY:
      return domain::ServerError(absl::StatusCode::kUnavailable,
                                 "the database has become read-only; nothing was written");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return domain::ServerError(absl::StatusCode::kUnavailable,
                                 "the database is busy; nothing was written, retry shortly");
    default:
      return domain::ServerError(absl::StatusCode::kInternal,
                                 absl::StrCat("storage error: ", e.what()));
  }
}

}  // namespace leadflow::store
