#ifndef LEADFLOW_SERVER_DOMAIN_FIELD_CHECKS_H_
#define LEADFLOW_SERVER_DOMAIN_FIELD_CHECKS_H_

// Checks of single field values shared by every resource's rules. Each adds
// a violation for `field` to `violations` instead of returning early, so a
// request learns about all its problems at once.

#include <cstddef>
#include <string>
#include "absl/strings/string_view.h"

#include "domain/catalog.h"
#include "domain/errors.h"
#include "google/type/money.pb.h"

namespace leadflow::domain {

// The number of Unicode characters in `utf8` (protobuf guarantees proto3
// strings are valid UTF-8).
std::size_t CharacterCount(absl::string_view utf8);

// `value` holds at most `max_chars` characters.
void CheckMaxLength(absl::string_view field, absl::string_view value,
                    std::size_t max_chars, FieldViolations& violations);

// `value` is not empty (nor only white space).
void CheckRequired(absl::string_view field, absl::string_view value,
                   FieldViolations& violations);

// An empty value, or an address of the form local@domain.tld.
void CheckEmail(absl::string_view field, absl::string_view value,
                FieldViolations& violations);

// An unset amount, or one that is not negative, whose nanos are in range
// and whose currency is configured.
void CheckMoney(absl::string_view field, const google::type::Money& money,
                const Catalog& catalog, FieldViolations& violations);

// An empty id, or at most 128 printable ASCII characters (AIP-155).
void CheckRequestId(absl::string_view field, absl::string_view request_id,
                    FieldViolations& violations);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_FIELD_CHECKS_H_
