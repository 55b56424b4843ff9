#include "domain/reports.h"

#include <algorithm>
#include <tuple>

#include "domain/field_checks.h"
#include "domain/resource_name.h"
#include "google/protobuf/util/time_util.h"

namespace leadflow::domain {
namespace {

bool IsAfter(const google::type::Date& a, const google::type::Date& b) {
  return std::make_tuple(a.year(), a.month(), a.day()) >
         std::make_tuple(b.year(), b.month(), b.day());
}

// The position of `name` in `items` (by their name()), or items.size().
template <typename Items>
std::size_t PositionOf(const Items& items, const std::string& name) {
  auto it = std::find_if(items.begin(), items.end(),
                         [&](const auto& item) { return item.name() == name; });
  return static_cast<std::size_t>(it - items.begin());
}

}  // namespace

absl::Status CheckPipelineSummaryRequest(const leadflow::v1::GetPipelineSummaryRequest& request) {
  FieldViolations v;
  CheckText("owner", request.owner(), kLongText, v);
  CheckResourceName(kAccountCollection, request.account(), "account", /*required=*/false, v);
  CheckDate("close_date_start", request.close_date_start(), v);
  CheckDate("close_date_end", request.close_date_end(), v);
  if (v.empty() && request.has_close_date_start() && request.has_close_date_end() &&
      IsAfter(request.close_date_start(), request.close_date_end())) {
    v.Add("close_date_start", "must not be after close_date_end");
  }
  return v.ToStatus();
}

absl::Status CheckLeadFunnelRequest(const leadflow::v1::GetLeadFunnelRequest& request) {
  FieldViolations v;
  CheckText("owner", request.owner(), kLongText, v);
  CheckTimestamp("create_time_start", request.create_time_start(), v);
  CheckTimestamp("create_time_end", request.create_time_end(), v);
  if (v.empty() && request.has_create_time_start() && request.has_create_time_end() &&
      request.create_time_start() > request.create_time_end()) {
    v.Add("create_time_start", "must not be after create_time_end");
  }
  return v.ToStatus();
}

void OrderByStageProcess(leadflow::v1::PipelineSummary& summary, const Catalog& catalog) {
  const auto& stages = catalog.opportunity_stages();
  std::sort(summary.mutable_stages()->begin(), summary.mutable_stages()->end(),
            [&](const auto& a, const auto& b) {
              return std::tuple(PositionOf(stages, a.stage()), a.stage(),
                                a.amounts().currency_code()) <
                     std::tuple(PositionOf(stages, b.stage()), b.stage(),
                                b.amounts().currency_code());
            });
}

void OrderByStatusProcess(leadflow::v1::LeadFunnel& funnel, const Catalog& catalog) {
  const auto& statuses = catalog.lead_statuses();
  std::sort(funnel.mutable_by_status()->begin(), funnel.mutable_by_status()->end(),
            [&](const auto& a, const auto& b) {
              return std::tuple(PositionOf(statuses, a.value()), a.value()) <
                     std::tuple(PositionOf(statuses, b.value()), b.value());
            });
}

}  // namespace leadflow::domain
