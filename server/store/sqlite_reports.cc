#include "store/sqlite_reports.h"

#include <map>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/calendar.h"
#include "domain/errors.h"
#include "domain/field_checks.h"
#include "domain/money.h"
#include "domain/resource_name.h"
#include "google/protobuf/util/time_util.h"
#include "store/row_values.h"
#include "store/tables.h"

namespace leadflow::store {
namespace {

using domain::Nanos;
using leadflow::v1::PipelineAmounts;

// Sums of one group: amounts in nanos, and amount × probability in nanos
// (divided by 100 only at the end, so no rounding accumulates).
struct Sums {
  std::int64_t count = 0;
  Nanos amount = 0;
  Nanos weighted_percent = 0;

  void Add(const Sums& other) {
    count += other.count;
    amount += other.amount;
    weighted_percent += other.weighted_percent;
  }
};

PipelineAmounts ToAmounts(const std::string& currency, const Sums& sums) {
  PipelineAmounts amounts;
  amounts.set_currency_code(currency);
  amounts.set_count(sums.count);
  *amounts.mutable_total_amount() = domain::FromNanos(currency, sums.amount);
  *amounts.mutable_weighted_amount() = domain::FromNanos(currency, sums.weighted_percent / 100);
  return amounts;
}

// The sums the database computes per group. Units are summed in two parts,
// units / 10^9 and units % 10^9: with amounts bounded by
// domain::kMaxMoneyUnits neither part can overflow SQLite's 64-bit sum
// (which fails the query rather than wrap) for billions of rows, and the
// exact total is put together in 128 bits here. Probability is a grouping
// key, not a factor inside SUM, for the same reason.
constexpr absl::string_view kSumColumns =
    "count(*), sum(amount_units / 1000000000), sum(amount_units % 1000000000), "
    "sum(amount_nanos), probability";

// Reads the kSumColumns starting at `first` into Sums.
Sums ReadSums(SQLite::Statement& row, int first) {
  const Nanos billions = row.getColumn(first + 1).getInt64();
  const Nanos units = billions * 1'000'000'000 + row.getColumn(first + 2).getInt64();
  const Nanos amount = units * domain::kNanosPerUnit + row.getColumn(first + 3).getInt64();
  return {row.getColumn(first).getInt64(), amount, amount * row.getColumn(first + 4).getInt()};
}

// The WHERE conditions of a summary request (already checked by
// domain::CheckPipelineSummaryRequest), with their parameters.
SqlFragment PipelineConditions(const leadflow::v1::GetPipelineSummaryRequest& request) {
  SqlFragment where{"1", {}};
  if (!request.owner().empty()) {
    absl::StrAppend(&where.sql, " AND owner = ?");
    where.params.emplace_back(request.owner());
  }
  if (!request.account().empty()) {
    absl::StrAppend(&where.sql, " AND account_id = ?");
    where.params.emplace_back(AccountTable().IdOf(request.account()));
  }
  if (request.has_close_date_start()) {
    absl::StrAppend(&where.sql, " AND close_date >= ?");
    where.params.emplace_back(domain::DateText(request.close_date_start()));
  }
  if (request.has_close_date_end()) {
    // Opportunities without a close date ('') sort first and stay out.
    absl::StrAppend(&where.sql, " AND close_date <= ? AND close_date != ''");
    where.params.emplace_back(domain::DateText(request.close_date_end()));
  }
  return where;
}

}  // namespace

absl::StatusOr<leadflow::v1::PipelineSummary> QueryPipelineSummary(
    SqliteConnection& connection, const leadflow::v1::GetPipelineSummaryRequest& request) {
  const SqlFragment where = PipelineConditions(request);
  leadflow::v1::PipelineSummary summary;

  // Open opportunities, grouped as finely as both views need.
  std::map<std::pair<std::string, std::string>, Sums> by_stage;  // (stage, currency)
  std::map<std::pair<int, std::string>, Sums> by_forecast;        // (category, currency)
  {
    ScopedStatement open = connection.PrepareBound(
        absl::StrCat("SELECT stage, forecast_category, amount_currency, ", kSumColumns,
                     " FROM opportunities WHERE is_closed = 0 AND ", where.sql,
                     " GROUP BY stage, forecast_category, amount_currency, probability"),
        where.params);
    while (open->executeStep()) {
      const Sums sums = ReadSums(*open, 3);
      const std::string currency = open->getColumn(2).getString();
      by_stage[{open->getColumn(0).getString(), currency}].Add(sums);
      by_forecast[{open->getColumn(1).getInt(), currency}].Add(sums);
    }
  }
  // Stages in the order the database saw them would be arbitrary; the
  // caller (api) knows the configured order, here the name order is stable.
  for (const auto& [key, sums] : by_stage) {
    auto* group = summary.add_stages();
    group->set_stage(key.first);
    *group->mutable_amounts() = ToAmounts(key.second, sums);
  }
  for (const auto& [key, sums] : by_forecast) {
    auto* group = summary.add_forecast_categories();
    group->set_forecast_category(static_cast<leadflow::v1::ForecastCategory>(key.first));
    *group->mutable_amounts() = ToAmounts(key.second, sums);
  }

  // Closed opportunities: won and lost per currency.
  std::int64_t won = 0, lost = 0;
  std::map<std::pair<bool, std::string>, Sums> by_outcome;  // (won, currency)
  {
    ScopedStatement closed = connection.PrepareBound(
        absl::StrCat("SELECT is_won, amount_currency, ", kSumColumns,
                     " FROM opportunities WHERE is_closed = 1 AND ", where.sql,
                     " GROUP BY is_won, amount_currency, probability"),
        where.params);
    while (closed->executeStep()) {
      by_outcome[{closed->getColumn(0).getInt() != 0, closed->getColumn(1).getString()}].Add(
          ReadSums(*closed, 2));
    }
  }
  for (const auto& [key, sums] : by_outcome) {  // lost, then won; each by currency
    const bool is_won = key.first;
    *(is_won ? summary.add_won() : summary.add_lost()) = ToAmounts(key.second, sums);
    (is_won ? won : lost) += sums.count;
  }
  summary.set_win_rate(won + lost == 0 ? 0.0 : static_cast<double>(won) / static_cast<double>(won + lost));
  return summary;
}

leadflow::v1::LeadFunnel QueryLeadFunnel(SqliteConnection& connection,
                                         const leadflow::v1::GetLeadFunnelRequest& request) {
  SqlFragment where{"1", {}};
  if (!request.owner().empty()) {
    absl::StrAppend(&where.sql, " AND owner = ?");
    where.params.emplace_back(request.owner());
  }
  if (request.has_create_time_start()) {
    absl::StrAppend(&where.sql, " AND create_time_us >= ?");
    where.params.emplace_back(ToMicros(request.create_time_start()));
  }
  if (request.has_create_time_end()) {
    absl::StrAppend(&where.sql, " AND create_time_us < ?");
    where.params.emplace_back(ToMicros(request.create_time_end()));
  }

  leadflow::v1::LeadFunnel funnel;
  {
    ScopedStatement by_status = connection.PrepareBound(
        absl::StrCat("SELECT status, count(*), sum(converted) FROM leads WHERE ", where.sql,
                     " GROUP BY status ORDER BY status"),
        where.params);
    while (by_status->executeStep()) {
      auto* count = funnel.add_by_status();
      count->set_value(by_status->getColumn(0).getString());
      count->set_count(by_status->getColumn(1).getInt64());
      funnel.set_total(funnel.total() + count->count());
      funnel.set_converted(funnel.converted() + by_status->getColumn(2).getInt64());
    }
  }
  {
    ScopedStatement by_source = connection.PrepareBound(
        absl::StrCat("SELECT lead_source, count(*) AS n FROM leads WHERE ", where.sql,
                     " GROUP BY lead_source ORDER BY n DESC, lead_source"),
        where.params);
    while (by_source->executeStep()) {
      auto* count = funnel.add_by_source();
      count->set_value(by_source->getColumn(0).getString());
      count->set_count(by_source->getColumn(1).getInt64());
    }
  }
  funnel.set_conversion_rate(funnel.total() == 0
                                 ? 0.0
                                 : static_cast<double>(funnel.converted()) / static_cast<double>(funnel.total()));
  if (funnel.converted() > 0) {
    // The median: the middle value, or the mean of the middle two.
    const std::int64_t n = funnel.converted();
    std::vector<SqlValue> params = where.params;
    params.emplace_back(2 - n % 2);
    params.emplace_back((n - 1) / 2);
    ScopedStatement middle = connection.PrepareBound(
        absl::StrCat("SELECT convert_time_us - create_time_us AS waited FROM leads "
                     "WHERE converted = 1 AND ",
                     where.sql, " ORDER BY waited LIMIT ? OFFSET ?"),
        params);
    std::int64_t sum = 0, values = 0;
    while (middle->executeStep()) {
      sum += middle->getColumn(0).getInt64();
      ++values;
    }
    if (values > 0) {
      *funnel.mutable_median_time_to_convert() =
          google::protobuf::util::TimeUtil::MicrosecondsToDuration(sum / values);
    }
  }
  return funnel;
}

}  // namespace leadflow::store
