#include "domain/field_checks.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"

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

std::size_t CharacterCount(absl::string_view utf8) {
  // Count every byte that does not continue a multi-byte sequence.
  return std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
}

void CheckMaxLength(absl::string_view field, absl::string_view value,
                    std::size_t max_chars, FieldViolations& violations) {
  std::size_t count = CharacterCount(value);
  if (count > max_chars) {
    violations.Add(std::string(field),
                   absl::StrCat("must be at most ", max_chars,
                                " characters long, got ", count));
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
  auto invalid = [&](absl::string_view why) {
    violations.Add(std::string(field),
                   absl::StrCat("\"", value, "\" is not a valid email address: ",
                                why));
  };
  std::size_t at = value.rfind('@');
  if (at == absl::string_view::npos) return invalid("it has no '@'");
  absl::string_view local = value.substr(0, at);
  absl::string_view domain = value.substr(at + 1);
  if (local.empty() || local.size() > kMaxEmailLocalPart ||
      !std::all_of(local.begin(), local.end(), IsEmailLocalChar) ||
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
  if (money.units() < 0 || money.nanos() < 0) {
    violations.Add(absl::StrCat(field, ".units"), "must not be negative");
  }
  if (money.nanos() > 999'999'999 || money.nanos() < -999'999'999) {
    violations.Add(absl::StrCat(field, ".nanos"),
                   "must be between -999,999,999 and 999,999,999");
  }
  if (money.currency_code().empty()) {
    if (has_amount) {
      violations.Add(absl::StrCat(field, ".currency_code"),
                     "is required when an amount is given");
    }
  } else if (!catalog.IsCurrency(money.currency_code())) {
    violations.Add(absl::StrCat(field, ".currency_code"),
                   absl::StrCat("\"", money.currency_code(),
                                "\" is not a configured currency; allowed: ",
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
  CheckMaxLength(absl::StrCat(field, ".street"), address.street(), kLongText, v);
  CheckMaxLength(absl::StrCat(field, ".city"), address.city(), kShortText, v);
  CheckMaxLength(absl::StrCat(field, ".state"), address.state(), kMediumText, v);
  CheckMaxLength(absl::StrCat(field, ".postal_code"), address.postal_code(),
                 kPostalCodeText, v);
  CheckMaxLength(absl::StrCat(field, ".country"), address.country(), kMediumText, v);
}

void CheckLeadSource(absl::string_view field, absl::string_view value,
                     const Catalog& catalog, FieldViolations& violations) {
  if (value.empty() || catalog.IsLeadSource(value)) return;
  violations.Add(std::string(field),
                 absl::StrCat("\"", value, "\" is not a configured lead source; allowed: ",
                              absl::StrJoin(catalog.lead_sources(), ", ")));
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
