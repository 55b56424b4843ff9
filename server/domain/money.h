#ifndef LEADFLOW_SERVER_DOMAIN_MONEY_H_
#define LEADFLOW_SERVER_DOMAIN_MONEY_H_

// Exact arithmetic on google.type.Money (units + nanos, never floating
// point), for expected revenue, pipeline totals and history text.

#include <cstdint>
#include <string>

#include "domain/catalog.h"
#include "google/type/money.pb.h"

namespace leadflow::domain {

// A whole amount in nanos; 128 bits hold any sum of int64 units.
using Nanos = __int128;

inline constexpr std::int64_t kNanosPerUnit = 1'000'000'000;

// The largest amount, in units, that any stored money value may have:
// just under a trillion. It keeps every aggregate exact and representable:
// the database sums units in two parts that cannot overflow (see
// sqlite_reports.cc), and a total fits Money's int64 units for up to
// 9 million opportunities at this maximum.
inline constexpr std::int64_t kMaxMoneyUnits = 999'999'999'999;

Nanos ToNanos(const google::type::Money& money);

// `nanos` of `currency` as Money (units and nanos of the same sign).
// Amounts beyond int64 units are clamped to the largest representable.
google::type::Money FromNanos(const std::string& currency, Nanos nanos);

// `amount` × `probability` / 100, rounded toward zero to the nano.
google::type::Money Weighted(const google::type::Money& amount, int probability);

// "USD 17000" or "USD 17000.5"; "" for an unset amount.
std::string MoneyText(const google::type::Money& money);

// `money` with the catalog's default currency when it has an amount but no
// currency.
google::type::Money WithDefaultCurrency(google::type::Money money, const Catalog& catalog);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_MONEY_H_
