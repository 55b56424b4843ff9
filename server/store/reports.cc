#include "store/reports.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

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

// Reads the kSumColumns, the next columns of `row`, into Sums. (PostgreSQL's
// sum of BIGINT is NUMERIC; its text reads as an integer all the same.)
Sums ReadSums(RowSource& row) {
  const std::int64_t count = row.Integer();
  const Nanos billions = row.Integer();
  const Nanos units = billions * 1'000'000'000 + row.Integer();
  const Nanos amount = units * domain::kNanosPerUnit + row.Integer();
  return {count, amount, amount * row.Integer()};
}

// A WHERE condition being built, whose parameters are written in `dialect`.
struct Conditions {
  explicit Conditions(const SqlDialect& dialect)
      : dialect(dialect), where{std::string(dialect.true_literal), {}} {}

  // Appends `sql_before`, a parameter holding `value`, then `sql_after`.
  // (One overload per type: GCC 12 warns, wrongly, that a moved SqlValue
  // may be uninitialized.)
  void Add(absl::string_view sql_before, const std::string& value,
           absl::string_view sql_after = "") {
    where.params.emplace_back(value);
    AppendParameter(sql_before, sql_after);
  }
  void Add(absl::string_view sql_before, std::int64_t value, absl::string_view sql_after = "") {
    where.params.emplace_back(value);
    AppendParameter(sql_before, sql_after);
  }

  void AppendParameter(absl::string_view sql_before, absl::string_view sql_after) {
    absl::StrAppend(&where.sql, sql_before, dialect.Parameter(where.params.size()), sql_after);
  }

  const SqlDialect& dialect;
  SqlFragment where;
};

// The WHERE conditions of a summary request (already checked by
// domain::CheckPipelineSummaryRequest), with their parameters.
SqlFragment PipelineConditions(const SqlDialect& dialect,
                               const leadflow::v1::GetPipelineSummaryRequest& request) {
  Conditions conditions(dialect);
  if (!request.owner().empty()) conditions.Add(" AND owner = ", request.owner());
  if (!request.account().empty()) {
    conditions.Add(" AND account_id = ", AccountTable().IdOf(request.account()));
  }
  if (request.has_close_date_start()) {
    conditions.Add(" AND close_date >= ", domain::DateText(request.close_date_start()));
  }
  if (request.has_close_date_end()) {
    // Opportunities without a close date ('') sort first and stay out.
    conditions.Add(" AND close_date <= ", domain::DateText(request.close_date_end()),
                   " AND close_date != ''");
  }
  return std::move(conditions.where);
}

}  // namespace

absl::StatusOr<leadflow::v1::PipelineSummary> QueryPipelineSummary(
    const SqlDialect& dialect, RunQuery run,
    const leadflow::v1::GetPipelineSummaryRequest& request) {
  const SqlFragment where = PipelineConditions(dialect, request);
  leadflow::v1::PipelineSummary summary;

  // Open opportunities, grouped as finely as both views need.
  std::map<std::pair<std::string, std::string>, Sums> by_stage;  // (stage, currency)
  std::map<std::pair<int, std::string>, Sums> by_forecast;        // (category, currency)
  run(absl::StrCat("SELECT stage, forecast_category, amount_currency, ", kSumColumns,
                   " FROM opportunities WHERE is_closed = 0 AND ", where.sql,
                   " GROUP BY stage, forecast_category, amount_currency, probability"),
      where.params, [&](RowSource& row) {
        const std::string stage = row.Text();
        const int category = static_cast<int>(row.Integer());
        const std::string currency = row.Text();
        const Sums sums = ReadSums(row);
        by_stage[{stage, currency}].Add(sums);
        by_forecast[{category, currency}].Add(sums);
      });
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
  run(absl::StrCat("SELECT is_won, amount_currency, ", kSumColumns,
                   " FROM opportunities WHERE is_closed = 1 AND ", where.sql,
                   " GROUP BY is_won, amount_currency, probability"),
      where.params, [&](RowSource& row) {
        const bool is_won = row.Integer() != 0;
        const std::string currency = row.Text();
        by_outcome[{is_won, currency}].Add(ReadSums(row));
      });
  for (const auto& [key, sums] : by_outcome) {  // lost, then won; each by currency
    const bool is_won = key.first;
    *(is_won ? summary.add_won() : summary.add_lost()) = ToAmounts(key.second, sums);
    (is_won ? won : lost) += sums.count;
  }
  summary.set_win_rate(won + lost == 0 ? 0.0 : static_cast<double>(won) / static_cast<double>(won + lost));
  return summary;
}

namespace {

constexpr std::int64_t kMicrosPerDay = 86'400'000'000;

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0 && a < 0) ? 1 : 0);
}
std::int64_t CeilDiv(std::int64_t a, std::int64_t b) { return -FloorDiv(-a, b); }

// Leads counted per status (how many, how many converted) and per source.
struct FunnelCounts {
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_status;
  std::map<std::string, std::int64_t> by_source;
};

// The create-time bounds of a funnel request, in microseconds.
std::optional<std::int64_t> StartOf(const leadflow::v1::GetLeadFunnelRequest& request) {
  if (!request.has_create_time_start()) return std::nullopt;
  return ToMicros(request.create_time_start());
}
std::optional<std::int64_t> EndOf(const leadflow::v1::GetLeadFunnelRequest& request) {
  if (!request.has_create_time_end()) return std::nullopt;
  return ToMicros(request.create_time_end());
}

// The conditions on an owner (when not empty) and on `column` in [start,
// end) (each bound when present).
Conditions OwnerAndRange(const SqlDialect& dialect, const std::string& owner,
                         absl::string_view column, std::optional<std::int64_t> start,
                         std::optional<std::int64_t> end) {
  Conditions conditions(dialect);
  if (!owner.empty()) conditions.Add(" AND owner = ", owner);
  if (start) conditions.Add(absl::StrCat(" AND ", column, " >= "), *start);
  if (end) conditions.Add(absl::StrCat(" AND ", column, " < "), *end);
  return conditions;
}

// Adds the leads of `owner` created in [start, end), read from the leads.
void CountLeads(const SqlDialect& dialect, RunQuery run, const std::string& owner,
                std::optional<std::int64_t> start, std::optional<std::int64_t> end,
                FunnelCounts& counts) {
  const SqlFragment where = OwnerAndRange(dialect, owner, "create_time_us", start, end).where;
  run(absl::StrCat("SELECT status, count(*), sum(converted) FROM leads WHERE ", where.sql,
                   " GROUP BY status"),
      where.params, [&](RowSource& row) {
        auto& [leads, converted] = counts.by_status[row.Text()];
        leads += row.Integer();
        converted += row.Integer();
      });
  run(absl::StrCat("SELECT lead_source, count(*) FROM leads WHERE ", where.sql,
                   " GROUP BY lead_source"),
      where.params, [&](RowSource& row) {
        std::int64_t& leads = counts.by_source[row.Text()];
        leads += row.Integer();
      });
}

// Adds the leads of `owner` created on the UTC days [first_day, end_day),
// read from SQLite's per-day counts (lead_funnel_days, migrations.cc).
void CountDays(const SqlDialect& dialect, RunQuery run, const std::string& owner,
               std::optional<std::int64_t> first_day, std::optional<std::int64_t> end_day,
               FunnelCounts& counts) {
  const SqlFragment where = OwnerAndRange(dialect, owner, "day", first_day, end_day).where;
  run(absl::StrCat("SELECT status, lead_source, sum(leads), sum(converted) "
                   "FROM lead_funnel_days WHERE ",
                   where.sql, " GROUP BY status, lead_source"),
      where.params, [&](RowSource& row) {
        auto& [leads, converted] = counts.by_status[row.Text()];
        std::int64_t& by_source = counts.by_source[row.Text()];
        const std::int64_t n = row.Integer();
        leads += n;
        converted += row.Integer();
        by_source += n;
      });
}

// Counts the leads `request` asks about: the whole days of its time range
// from the per-day counts, the partial days at its ends from the leads.
// Create times are after 1970, as the days of lead_funnel_days assume.
void CountByDays(const SqlDialect& dialect, RunQuery run,
                 const leadflow::v1::GetLeadFunnelRequest& request, FunnelCounts& counts) {
  const std::optional<std::int64_t> start = StartOf(request), end = EndOf(request);
  std::optional<std::int64_t> first_day, end_day;
  if (start) first_day = CeilDiv(*start, kMicrosPerDay);
  if (end) end_day = FloorDiv(*end, kMicrosPerDay);
  if (first_day && end_day && *first_day >= *end_day) {
    CountLeads(dialect, run, request.owner(), start, end, counts);  // no whole day
    return;
  }
  CountDays(dialect, run, request.owner(), first_day, end_day, counts);
  if (start && *start < *first_day * kMicrosPerDay) {
    CountLeads(dialect, run, request.owner(), start, *first_day * kMicrosPerDay, counts);
  }
  if (end && *end_day * kMicrosPerDay < *end) {
    CountLeads(dialect, run, request.owner(), *end_day * kMicrosPerDay, end, counts);
  }
}

}  // namespace

leadflow::v1::LeadFunnel QueryLeadFunnel(const SqlDialect& dialect, RunQuery run,
                                         const leadflow::v1::GetLeadFunnelRequest& request,
                                         FunnelCounting counting) {
  FunnelCounts counts;
  if (counting == FunnelCounting::kFromDailyCounts) {
    CountByDays(dialect, run, request, counts);
  } else {
    CountLeads(dialect, run, request.owner(), StartOf(request), EndOf(request), counts);
  }

  leadflow::v1::LeadFunnel funnel;
  // The per-day counts keep a row whose leads all moved on, at zero.
  for (const auto& [status, numbers] : counts.by_status) {
    if (numbers.first == 0) continue;
    auto* count = funnel.add_by_status();
    count->set_value(status);
    count->set_count(numbers.first);
    funnel.set_total(funnel.total() + numbers.first);
    funnel.set_converted(funnel.converted() + numbers.second);
  }
  std::vector<std::pair<std::string, std::int64_t>> sources;
  for (const auto& [source, leads] : counts.by_source) {
    if (leads != 0) sources.emplace_back(source, leads);
  }
  // Most leads first; equal counts in the order of their sources.
  std::stable_sort(sources.begin(), sources.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [source, leads] : sources) {
    auto* count = funnel.add_by_source();
    count->set_value(source);
    count->set_count(leads);
  }
  funnel.set_conversion_rate(funnel.total() == 0 ? 0.0
                                                 : static_cast<double>(funnel.converted()) /
                                                       static_cast<double>(funnel.total()));
  if (funnel.converted() > 0) {
    // The median: the middle value, or the mean of the middle two, read
    // from the partial index of converted leads by time to convert.
    const std::int64_t n = funnel.converted();
    Conditions middle =
        OwnerAndRange(dialect, request.owner(), "create_time_us", StartOf(request), EndOf(request));
    middle.Add(" ORDER BY time_to_convert_us LIMIT ", std::int64_t{2 - n % 2});
    middle.Add(" OFFSET ", std::int64_t{(n - 1) / 2});
    std::int64_t sum = 0, values = 0;
    run(absl::StrCat("SELECT time_to_convert_us FROM leads WHERE converted = 1 AND ",
                     middle.where.sql),
        middle.where.params, [&](RowSource& row) {
          sum += row.Integer();
          ++values;
        });
    if (values > 0) {
      *funnel.mutable_median_time_to_convert() =
          google::protobuf::util::TimeUtil::MicrosecondsToDuration(sum / values);
    }
  }
  return funnel;
}

}  // namespace leadflow::store
