#ifndef LEADFLOW_SERVER_STORE_PAGE_TOKEN_H_
#define LEADFLOW_SERVER_STORE_PAGE_TOKEN_H_

// Page tokens (AIP-158) carry the keyset position after a page's last row:
// the values of its sort keys. They are opaque to callers and signed with
// HMAC-SHA256 under a key kept in the database, and they name the query
// they belong to, so that a forged token, a tampered one, or one from a
// different filter or order is refused with INVALID_ARGUMENT rather than
// silently returning the wrong rows.

#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"
#include "store/sql_value.h"

namespace leadflow::store {

class PageTokenCodec {
 public:
  // `key` signs tokens; tokens survive restarts as long as the key does.
  explicit PageTokenCodec(std::string key) : key_(std::move(key)) {}

  // A token for the position `last_keys` in the query described by `query`
  // (the collection, filter and order_by, in any stable encoding).
  std::string Encode(absl::string_view query,
                     const std::vector<SqlValue>& last_keys) const;

  // The position in `token`, or INVALID_ARGUMENT (PAGE_TOKEN_INVALID, field
  // "page_token") when it was not issued by Encode for this same `query`
  // or does not hold `key_count` keys.
  absl::StatusOr<std::vector<SqlValue>> Decode(absl::string_view token,
                                               absl::string_view query,
                                               std::size_t key_count) const;

 private:
  std::string Sign(absl::string_view payload) const;

  std::string key_;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_PAGE_TOKEN_H_
