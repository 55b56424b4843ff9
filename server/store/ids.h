#ifndef LEADFLOW_SERVER_STORE_IDS_H_
#define LEADFLOW_SERVER_STORE_IDS_H_

#include <string>

#include "absl/time/time.h"

namespace leadflow::store {

// A new resource id: 26 lower-case Crockford base32 characters, the first 10
// the creation time in milliseconds and the rest 80 random bits (like a
// ULID). Ids sort roughly by creation time, which keeps the primary-key
// index appending at its end, and cannot be guessed from one another.
std::string NewId(absl::Time now);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_IDS_H_
