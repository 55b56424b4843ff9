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
#include "google/type/date.pb.h"
#include "google/type/money.pb.h"
#include "leadflow/v1/common.pb.h"

namespace leadflow::domain {

// Text limits, in characters, shared by every resource. The proto comments
// state the same numbers field by field.
inline constexpr std::size_t kShortText = 40;     // names, phones, industry
inline constexpr std::size_t kMediumText = 80;    // last name, email, state
inline constexpr std::size_t kTitleText = 128;    // job title
inline constexpr std::size_t kLongText = 255;     // company, website, owner
inline constexpr std::size_t kPostalCodeText = 20;
inline constexpr std::size_t kDescriptionText = 32000;
inline constexpr std::size_t kOpportunityNameText = 120;

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

// An unset date (all zero), or a real calendar date in years 1-9999.
void CheckDate(absl::string_view field, const google::type::Date& date,
               FieldViolations& violations);

// The length limits of every line of a postal address at `field`.
void CheckPostalAddress(absl::string_view field,
                        const leadflow::v1::PostalAddress& address,
                        FieldViolations& violations);

// An empty value, or one of `catalog`'s lead sources.
void CheckLeadSource(absl::string_view field, absl::string_view value,
                     const Catalog& catalog, FieldViolations& violations);

// An empty id, or at most 128 printable ASCII characters (AIP-155).
void CheckRequestId(absl::string_view field, absl::string_view request_id,
                    FieldViolations& violations);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_FIELD_CHECKS_H_
