#include "domain/money.h"

#include <limits>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"

namespace leadflow::domain {

Nanos ToNanos(const google::type::Money& money) {
  return static_cast<Nanos>(money.units()) * kNanosPerUnit + money.nanos();
}

google::type::Money FromNanos(const std::string& currency, Nanos nanos) {
  constexpr Nanos kMaxUnits = std::numeric_limits<std::int64_t>::max();
  Nanos units = nanos / kNanosPerUnit;
  if (units > kMaxUnits) units = kMaxUnits;
  if (units < -kMaxUnits) units = -kMaxUnits;
  google::type::Money money;
  money.set_currency_code(currency);
  money.set_units(static_cast<std::int64_t>(units));
  money.set_nanos(static_cast<std::int32_t>(nanos - units * kNanosPerUnit));
  return money;
}

google::type::Money Weighted(const google::type::Money& amount, int probability) {
  return FromNanos(amount.currency_code(), ToNanos(amount) * probability / 100);
}

std::string MoneyText(const google::type::Money& money) {
  if (money.currency_code().empty() && money.units() == 0 && money.nanos() == 0) return "";
  std::string text = absl::StrCat(money.currency_code(), " ", money.units());
  if (money.nanos() != 0) {
    std::string fraction = absl::StrFormat("%09d", std::abs(money.nanos()));
    absl::string_view digits = fraction;
    while (absl::ConsumeSuffix(&digits, "0")) {
    }
    absl::StrAppend(&text, ".", digits);
  }
  return text;
}

google::type::Money WithDefaultCurrency(google::type::Money money, const Catalog& catalog) {
  if (money.currency_code().empty() && (money.units() != 0 || money.nanos() != 0)) {
    money.set_currency_code(catalog.default_currency());
  }
  return money;
}

}  // namespace leadflow::domain
