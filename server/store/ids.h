#ifndef LEADFLOW_SERVER_STORE_IDS_H_
#define LEADFLOW_SERVER_STORE_IDS_H_

#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "store/resource_table.h"

namespace leadflow::store {

// A new resource id: 26 lower-case Crockford base32 characters, the first 10
// the creation time in milliseconds and the rest 80 random bits (like a
// ULID). Ids sort roughly by creation time, which keeps the primary-key
// index appending at its end, and cannot be guessed from one another.
std::string NewId(absl::Time now);

// The id a new record of `table` is stored under: the one its `name`
// reserves (a conversion names the records it creates before it writes
// them, see ReserveNewNames), else a new one. Throws std::logic_error for a
// name outside `table`'s collection: that is a bug, not a request.
std::string IdForNewRecord(const ResourceTable& table, absl::string_view name, absl::Time now);

// A new name in `table`'s collection.
std::string NewName(const ResourceTable& table, absl::Time now);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_IDS_H_
