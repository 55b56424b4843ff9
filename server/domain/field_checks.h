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
#include "domain/text.h"
#include "google/protobuf/timestamp.pb.h"
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

// `value` holds at most `max_chars` characters, none of them one that
// ForbiddenCharacter (text.h) refuses; line breaks only in Lines::kMulti.
void CheckText(absl::string_view field, absl::string_view value, std::size_t max_chars,
               FieldViolations& violations, Lines lines = Lines::kSingle);

// `value` is not empty (nor only white space). Pair it with CheckText,
// which refuses the control characters that would otherwise pass.
void CheckRequired(absl::string_view field, absl::string_view value,
                   FieldViolations& violations);

// An empty value, or an address of the form local@domain.tld of at most
// kMediumText characters.
void CheckEmail(absl::string_view field, absl::string_view value,
                FieldViolations& violations);

// An unset amount, or one that is not negative, at most kMaxMoneyUnits
// (money.h), whose nanos are in range and whose currency is configured.
void CheckMoney(absl::string_view field, const google::type::Money& money,
                const Catalog& catalog, FieldViolations& violations);

// An unset date (all zero), or a real calendar date in years 1-9999.
void CheckDate(absl::string_view field, const google::type::Date& date,
               FieldViolations& violations);

// The text rules of every line of a postal address at `field`.
void CheckPostalAddress(absl::string_view field,
                        const leadflow::v1::PostalAddress& address,
                        FieldViolations& violations);

// An empty value, or one of `catalog`'s lead sources.
void CheckLeadSource(absl::string_view field, absl::string_view value,
                     const Catalog& catalog, FieldViolations& violations);

// An unset timestamp, or one within google.protobuf.Timestamp's range
// (0001-01-01 to 9999-12-31, nanos 0-999,999,999).
void CheckTimestamp(absl::string_view field, const google::protobuf::Timestamp& timestamp,
                    FieldViolations& violations);

// An empty id, or at most 128 printable ASCII characters (AIP-155).
void CheckRequestId(absl::string_view field, absl::string_view request_id,
                    FieldViolations& violations);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_FIELD_CHECKS_H_
