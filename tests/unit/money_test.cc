#include "domain/money.h"

#include <limits>

#include "gtest/gtest.h"

namespace leadflow::domain {
namespace {

google::type::Money Money(std::int64_t units, std::int32_t nanos, const char* currency = "EUR") {
  google::type::Money money;
  money.set_currency_code(currency);
  money.set_units(units);
  money.set_nanos(nanos);
  return money;
}

TEST(MoneyTest, WeightedIsExactAndRoundsTowardZero) {
  google::type::Money weighted = Weighted(Money(1000, 500'000'000), 10);
  EXPECT_EQ(weighted.units(), 100);
  EXPECT_EQ(weighted.nanos(), 50'000'000);
  EXPECT_EQ(weighted.currency_code(), "EUR");
  // 0.000000001 × 33% is below a nano.
  EXPECT_EQ(Weighted(Money(0, 1), 33).nanos(), 0);
  // Large amounts do not overflow on the way.
  google::type::Money big = Weighted(Money(std::numeric_limits<std::int64_t>::max() / 2, 0), 100);
  EXPECT_EQ(big.units(), std::numeric_limits<std::int64_t>::max() / 2);
}

TEST(MoneyTest, NanosRoundTripAndCarry) {
  Nanos total = ToNanos(Money(1, 600'000'000)) + ToNanos(Money(2, 700'000'000));
  google::type::Money sum = FromNanos("EUR", total);
  EXPECT_EQ(sum.units(), 4);
  EXPECT_EQ(sum.nanos(), 300'000'000);
}

TEST(MoneyTest, TextDropsTrailingZeros) {
  EXPECT_EQ(MoneyText(Money(17000, 0, "GBP")), "GBP 17000");
  EXPECT_EQ(MoneyText(Money(17000, 500'000'000, "GBP")), "GBP 17000.5");
  EXPECT_EQ(MoneyText(Money(0, 1, "GBP")), "GBP 0.000000001");
  EXPECT_EQ(MoneyText(google::type::Money()), "");
}

TEST(MoneyTest, DefaultCurrencyOnlyForAmountsWithout) {
  Catalog catalog = Catalog::Default();
  EXPECT_EQ(WithDefaultCurrency(Money(5, 0, ""), catalog).currency_code(), "USD");
  EXPECT_EQ(WithDefaultCurrency(Money(5, 0, "EUR"), catalog).currency_code(), "EUR");
  EXPECT_EQ(WithDefaultCurrency(google::type::Money(), catalog).currency_code(), "");
}

}  // namespace
}  // namespace leadflow::domain
