#include "domain/reports.h"

#include <algorithm>
#include <tuple>

namespace leadflow::domain {
namespace {

// The position of `name` in `items` (by their name()), or items.size().
template <typename Items>
std::size_t PositionOf(const Items& items, const std::string& name) {
  auto it = std::find_if(items.begin(), items.end(),
                         [&](const auto& item) { return item.name() == name; });
  return static_cast<std::size_t>(it - items.begin());
}

}  // namespace

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
