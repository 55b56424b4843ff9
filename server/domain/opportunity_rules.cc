#include "domain/opportunity_rules.h"

#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "domain/calendar.h"
#include "domain/errors.h"
#include "domain/field_checks.h"
#include "domain/money.h"
#include "domain/resource_name.h"
#include "google/protobuf/timestamp.pb.h"
#include "domain/text.h"

namespace leadflow::domain {
namespace {

using leadflow::v1::FieldChange;
using leadflow::v1::Opportunity;
using leadflow::v1::OpportunityStage;

constexpr std::size_t kTypeText = 40;

bool InMask(const google::protobuf::FieldMask& mask, absl::string_view path) {
  return std::find(mask.paths().begin(), mask.paths().end(), path) != mask.paths().end();
}

// Every rule on the writable fields; `stage` is the configured stage of
// `opportunity`, or nullptr (already reported).
void Validate(const Opportunity& opportunity, const Catalog& catalog,
              const OpportunityStage* stage, FieldViolations& v) {
  CheckResourceName(kAccountCollection, opportunity.account(), "opportunity.account",
                    /*required=*/true, v);
  CheckResourceName(kContactCollection, opportunity.contact(), "opportunity.contact",
                    /*required=*/false, v);
  CheckRequired("opportunity.display_name", opportunity.display_name(), v);
  CheckText("opportunity.display_name", opportunity.display_name(), kOpportunityNameText, v);
  CheckText("opportunity.owner", opportunity.owner(), kLongText, v);
  CheckMoney("opportunity.amount", opportunity.amount(), catalog, v);
  CheckDate("opportunity.close_date", opportunity.close_date(), v);
  if (!v1::ForecastCategory_IsValid(opportunity.forecast_category())) {
    // Proto3 enums are open: an unknown number parses, and would be stored.
    v.Add("opportunity.forecast_category",
          absl::StrCat(opportunity.forecast_category(), " is not a ForecastCategory value"));
  }
  if (opportunity.probability() < 0 || opportunity.probability() > 100) {
    v.Add("opportunity.probability",
          absl::StrCat("must be 0-100, got ", opportunity.probability()));
  }
  CheckText("opportunity.next_step", opportunity.next_step(), kLongText, v);
  CheckLeadSource("opportunity.lead_source", opportunity.lead_source(), catalog, v);
  CheckText("opportunity.type", opportunity.type(), kTypeText, v);
  CheckText("opportunity.description", opportunity.description(), kDescriptionText, v, Lines::kMulti);
  CheckText("opportunity.loss_reason", opportunity.loss_reason(), kLongText, v);
  if (stage != nullptr && stage->closed() && !stage->won() && catalog.require_loss_reason() &&
      opportunity.loss_reason().empty()) {
    v.Add("opportunity.loss_reason",
          absl::StrCat("is required to move to the lost stage \"", stage->name(), "\""));
  }
}

// The configured stage of `opportunity`, or nullptr after recording why not.
const OpportunityStage* CheckStage(const Opportunity& opportunity, const Catalog& catalog,
                                   FieldViolations& v) {
  const OpportunityStage* stage = catalog.FindStage(opportunity.stage());
  if (stage == nullptr) {
    std::vector<std::string> names;
    for (const auto& s : catalog.opportunity_stages()) names.push_back(s.name());
    v.Add("opportunity.stage", absl::StrCat(QuoteForError(opportunity.stage()),
                                            " is not a configured stage; allowed: ",
                                            absl::StrJoin(names, ", ")));
  }
  return stage;
}

// A new opportunity's stage (the first open one when none is given) and
// its probability (the stage's when 0). Returns the stage, or nullptr when
// it is not configured.
const OpportunityStage* DefaultFromStage(Opportunity& opportunity, const Catalog& catalog) {
  if (opportunity.stage().empty()) opportunity.set_stage(catalog.first_open_stage().name());
  const OpportunityStage* stage = catalog.FindStage(opportunity.stage());
  if (stage != nullptr && opportunity.probability() == 0) {
    opportunity.set_probability(stage->probability());
  }
  return stage;
}

// Sets what follows from the stage and amount. `was_closed` tells whether
// the opportunity was closed before this write.
void Derive(Opportunity& opportunity, const OpportunityStage& stage, bool was_closed,
            absl::Time now) {
  if (opportunity.forecast_category() == v1::FORECAST_CATEGORY_UNSPECIFIED) {
    opportunity.set_forecast_category(stage.forecast_category());
  }
  opportunity.set_is_closed(stage.closed());
  opportunity.set_is_won(stage.closed() && stage.won());
  if (stage.closed() && !was_closed) {
    *opportunity.mutable_close_time() = ToTimestamp(now);
  } else if (!stage.closed()) {
    opportunity.clear_close_time();
  }
  if (opportunity.has_amount()) {
    *opportunity.mutable_expected_revenue() =
        Weighted(opportunity.amount(), opportunity.probability());
  } else {
    opportunity.clear_expected_revenue();
  }
}

absl::StatusOr<Opportunity> Finish(Opportunity opportunity, const Catalog& catalog,
                                   bool was_closed, absl::Time now, absl::string_view request_id) {
  FieldViolations v;
  CheckRequestId("request_id", request_id, v);
  if (opportunity.has_amount()) {
    *opportunity.mutable_amount() = WithDefaultCurrency(opportunity.amount(), catalog);
  }
  const OpportunityStage* stage = CheckStage(opportunity, catalog, v);
  Validate(opportunity, catalog, stage, v);
  if (!v.empty()) return v.ToStatus();
  Derive(opportunity, *stage, was_closed, now);
  return opportunity;
}

}  // namespace

absl::StatusOr<Opportunity> PrepareNewOpportunity(const v1::CreateOpportunityRequest& request,
                                                  const Catalog& catalog, absl::Time now) {
  Opportunity opportunity = request.opportunity();
  ClearOutputOnlyFields(opportunity);
  DefaultFromStage(opportunity, catalog);
  return Finish(std::move(opportunity), catalog, /*was_closed=*/false, now,
                request.request_id());
}

void DeriveNewOpportunity(Opportunity& opportunity, const Catalog& catalog, absl::Time now) {
  const OpportunityStage* stage = DefaultFromStage(opportunity, catalog);
  if (stage != nullptr) Derive(opportunity, *stage, /*was_closed=*/false, now);
}

absl::StatusOr<UpdateTarget> CheckOpportunityUpdateRequest(
    const v1::UpdateOpportunityRequest& request) {
  return CheckUpdateRequest(kOpportunityCollection, request.opportunity().name(),
                            "opportunity.name", request.update_mask(),
                            *Opportunity::descriptor());
}

absl::StatusOr<Opportunity> ApplyOpportunityUpdate(const Opportunity& current,
                                                   const Opportunity& patch,
                                                   const google::protobuf::FieldMask& mask,
                                                   const Catalog& catalog, absl::Time now) {
  Opportunity updated = current;
  ApplyUpdateMask(mask, patch, updated);
  if (updated.stage() != current.stage()) {
    if (const OpportunityStage* stage = catalog.FindStage(updated.stage()); stage != nullptr) {
      if (!InMask(mask, "probability")) updated.set_probability(stage->probability());
      if (!InMask(mask, "forecast_category")) {
        updated.set_forecast_category(stage->forecast_category());
      }
    }
  }
  return Finish(std::move(updated), catalog, current.is_closed(), now, "");
}

std::vector<FieldChange> TrackedChanges(const Opportunity& before, const Opportunity& after) {
  std::vector<FieldChange> changes;
  auto track = [&](const char* field, std::string old_value, std::string new_value) {
    if (old_value == new_value) return;
    FieldChange& change = changes.emplace_back();
    change.set_field(field);
    change.set_old_value(std::move(old_value));
    change.set_new_value(std::move(new_value));
  };
  auto probability = [](const Opportunity& o) {
    return o.stage().empty() ? std::string() : absl::StrCat(o.probability());
  };
  auto forecast = [](const Opportunity& o) {
    return o.forecast_category() == v1::FORECAST_CATEGORY_UNSPECIFIED
               ? std::string()
               : v1::ForecastCategory_Name(o.forecast_category());
  };
  track("stage", before.stage(), after.stage());
  track("amount", MoneyText(before.amount()), MoneyText(after.amount()));
  track("probability", probability(before), probability(after));
  track("forecast_category", forecast(before), forecast(after));
  track("close_date", DateText(before.close_date()), DateText(after.close_date()));
  return changes;
}

}  // namespace leadflow::domain
