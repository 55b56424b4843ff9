#include "domain/field_checks.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "domain/money.h"

namespace leadflow::domain {
namespace {

constexpr std::size_t kMaxRequestIdLength = 128;
constexpr std::size_t kMaxEmailLocalPart = 64;

bool IsDomainLabel(absl::string_view label) {
  if (label.empty() || label.size() > 63) return false;
  if (label.front() == '-' || label.back() == '-') return false;
  return std::all_of(label.begin(), label.end(), [](char c) {
    // Non-ASCII bytes allow internationalised domain names as typed.
    return absl::ascii_isalnum(c) || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

bool IsEmailLocalChar(char c) {
  return absl::ascii_isalnum(c) || static_cast<unsigned char>(c) >= 0x80 ||
         absl::string_view("!#$%&'*+-/=?^_`{|}~.").find(c) !=
             absl::string_view::npos;
}

}  // namespace

void CheckText(absl::string_view field, absl::string_view value, std::size_t max_chars,
               FieldViolations& violations, Lines lines) {
  const std::size_t count = CharacterCount(value);
  if (count > max_chars) {
    violations.Add(std::string(field),
                   absl::StrCat("must be at most ", max_chars, " characters long, got ", count));
  } else if (std::optional<std::string> problem = ForbiddenCharacter(value, lines)) {
    violations.Add(std::string(field), *std::move(problem));
  }
}

void CheckRequired(absl::string_view field, absl::string_view value,
                   FieldViolations& violations) {
  if (absl::StripAsciiWhitespace(value).empty()) {
    violations.Add(std::string(field), "is required");
  }
}

void CheckEmail(absl::string_view field, absl::string_view value,
                FieldViolations& violations) {
  if (value.empty()) return;
  const std::size_t before = violations.size();
  CheckText(field, value, kMediumText, violations);
  if (violations.size() != before) return;  // too long, or a control character
  auto invalid = [&](absl::string_view why) {
    violations.Add(std::string(field),
                   absl::StrCat(QuoteForError(value), " is not a valid email address: ", why));
  };
  std::size_t at = value.rfind('@');
  if (at == absl::string_view::npos) return invalid("it has no '@'");
  absl::string_view local = value.substr(0, at);
  absl::string_view domain = value.substr(at + 1);
  if (local.size() > kMaxEmailLocalPart) {
    return invalid(absl::StrCat("the part before '@' is too long (at most ", kMaxEmailLocalPart,
                                " characters)"));
  }
  if (local.empty() || !std::all_of(local.begin(), local.end(), IsEmailLocalChar) ||
      local.front() == '.' || local.back() == '.' ||
      local.find("..") != absl::string_view::npos) {
    return invalid("the part before '@' is malformed");
  }
  std::vector<absl::string_view> labels = absl::StrSplit(domain, '.');
  if (labels.size() < 2 ||
      !std::all_of(labels.begin(), labels.end(), IsDomainLabel)) {
    return invalid("the domain must look like example.com");
  }
}

void CheckMoney(absl::string_view field, const google::type::Money& money,
                const Catalog& catalog, FieldViolations& violations) {
  const bool has_amount = money.units() != 0 || money.nanos() != 0;
  if (money.units() < 0) {
    violations.Add(absl::StrCat(field, ".units"), "must not be negative");
  } else if (money.units() > kMaxMoneyUnits) {
    violations.Add(absl::StrCat(field, ".units"),
                   absl::StrCat("must be at most ", kMaxMoneyUnits, ", got ", money.units()));
  }
  if (money.nanos() > 999'999'999 || money.nanos() < -999'999'999) {
    violations.Add(absl::StrCat(field, ".nanos"),
                   "must be between -999,999,999 and 999,999,999");
  } else if (money.nanos() < 0) {
    violations.Add(absl::StrCat(field, ".nanos"), "must not be negative");
  }
  if (money.currency_code().empty()) {
    if (has_amount) {
      violations.Add(absl::StrCat(field, ".currency_code"),
                     "is required when an amount is given");
    }
  } else if (!catalog.IsCurrency(money.currency_code())) {
    violations.Add(absl::StrCat(field, ".currency_code"),
                   absl::StrCat(QuoteForError(money.currency_code()),
                                " is not a configured currency; allowed: ",
                                absl::StrJoin(catalog.currencies(), ", ")));
  }
}

void CheckDate(absl::string_view field, const google::type::Date& date,
               FieldViolations& violations) {
  if (date.year() == 0 && date.month() == 0 && date.day() == 0) return;
  absl::CivilDay day(date.year(), date.month(), date.day());
  if (date.year() < 1 || date.year() > 9999 || day.year() != date.year() ||
      day.month() != date.month() || day.day() != date.day()) {
    violations.Add(std::string(field),
                   absl::StrCat(date.year(), "-", date.month(), "-", date.day(),
                                " is not a calendar date"));
  }
}

void CheckPostalAddress(absl::string_view field,
                        const leadflow::v1::PostalAddress& address,
                        FieldViolations& v) {
  CheckText(absl::StrCat(field, ".street"), address.street(), kLongText, v, Lines::kMulti);
  CheckText(absl::StrCat(field, ".city"), address.city(), kShortText, v);
  CheckText(absl::StrCat(field, ".state"), address.state(), kMediumText, v);
  CheckText(absl::StrCat(field, ".postal_code"), address.postal_code(), kPostalCodeText, v);
  CheckText(absl::StrCat(field, ".country"), address.country(), kMediumText, v);
}

void CheckLeadSource(absl::string_view field, absl::string_view value,
                     const Catalog& catalog, FieldViolations& violations) {
  if (value.empty() || catalog.IsLeadSource(value)) return;
  violations.Add(std::string(field),
                 absl::StrCat(QuoteForError(value), " is not a configured lead source; allowed: ",
                              absl::StrJoin(catalog.lead_sources(), ", ")));
}

void CheckTimestamp(absl::string_view field, const google::protobuf::Timestamp& timestamp,
                    FieldViolations& violations) {
  // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the bounds
  // timestamp.proto documents.
  constexpr std::int64_t kMinSeconds = -62'135'596'800;
  constexpr std::int64_t kMaxSeconds = 253'402'300'799;
  if (timestamp.seconds() < kMinSeconds || timestamp.seconds() > kMaxSeconds) {
    violations.Add(std::string(field),
                   absl::StrCat("seconds must be between ", kMinSeconds, " (0001-01-01) and ",
                                kMaxSeconds, " (9999-12-31), got ", timestamp.seconds()));
  }
  if (timestamp.nanos() < 0 || timestamp.nanos() > 999'999'999) {
    violations.Add(std::string(field), absl::StrCat("nanos must be between 0 and 999,999,999, got ",
                                                    timestamp.nanos()));
  }
}

void CheckRequestId(absl::string_view field, absl::string_view request_id,
                    FieldViolations& violations) {
  if (request_id.size() > kMaxRequestIdLength) {
    violations.Add(std::string(field),
                   absl::StrCat("must be at most ", kMaxRequestIdLength,
                                " characters long"));
  } else if (!std::all_of(request_id.begin(), request_id.end(),
                          [](char c) { return c > 0x20 && c < 0x7F; })) {
    violations.Add(std::string(field),
                   "must contain only printable ASCII characters");
  }
}

}  // namespace leadflow::domain
