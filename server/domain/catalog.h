#ifndef LEADFLOW_SERVER_DOMAIN_CATALOG_H_
#define LEADFLOW_SERVER_DOMAIN_CATALOG_H_

// The configured value lists that the rules check against: lead statuses,
// lead sources, ratings, currencies and opportunity stages, plus the
// duplicate rules and lead assignment rules that creates apply. Built once
// at start-up from the built-in Salesforce defaults and the optional
// --config overrides, then immutable and shared by every request.

#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"
#include "leadflow/config/v1/server_config.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/lead_capture.pb.h"
#include "leadflow/v1/opportunity.pb.h"

namespace leadflow::domain {

class Catalog {
 public:
  // The defaults with every non-empty list of `overrides` replacing its
  // default whole. Refuses (INVALID_ARGUMENT, naming the list) a status list
  // without exactly one default status, with a default that is closed,
  // without a converted status, with a converted status that is not closed,
  // a stage list without an open, a closed won and a closed lost stage, a
  // stage probability outside 0-100, a won stage that is not closed, a
  // fiscal year start month outside 1-12, a default currency not in the
  // currency list, any list with empty or duplicate entries, a duplicate
  // rule that is UNSPECIFIED or unknown, or an assignment rule whose name is
  // blank, over 80 characters or another rule's, that has no owners, a
  // blank owner, an owner over 255 characters or listed twice, a negative
  // daily cap, or a blank entry in a criteria list.
  static absl::StatusOr<Catalog> Create(
      const leadflow::config::v1::ServerConfig& overrides);

  // The built-in defaults (Salesforce's, plus "Customer Referral").
  static Catalog Default();

  // Statuses in process order.
  const std::vector<leadflow::v1::LeadStatus>& lead_statuses() const {
    return lists_.lead_statuses;
  }
  // The status with this exact name, or nullptr.
  const leadflow::v1::LeadStatus* FindLeadStatus(absl::string_view name) const;
  // The status new leads get when created without one.
  const leadflow::v1::LeadStatus& default_lead_status() const;

  const std::vector<std::string>& lead_sources() const { return lists_.lead_sources; }
  const std::vector<std::string>& ratings() const { return lists_.ratings; }
  const std::vector<std::string>& currencies() const { return lists_.currencies; }

  // Stages in process order.
  const std::vector<leadflow::v1::OpportunityStage>& opportunity_stages() const {
    return lists_.opportunity_stages;
  }
  // The stage with this exact name, or nullptr.
  const leadflow::v1::OpportunityStage* FindStage(absl::string_view name) const;
  // The first stage that is not closed: where new opportunities start.
  const leadflow::v1::OpportunityStage& first_open_stage() const;

  // The fiscal year's first month, 1-12.
  int fiscal_year_start_month() const { return lists_.fiscal_year_start_month; }

  // The currency of money given without one.
  const std::string& default_currency() const { return lists_.default_currency; }

  // Whether moving an opportunity to a lost stage needs a loss reason.
  bool require_loss_reason() const { return lists_.require_loss_reason; }

  // The duplicate rules FindDuplicates and creates apply, each once; by
  // default all four, in enum order.
  const std::vector<leadflow::v1::DuplicateRule>& duplicate_rules() const {
    return lists_.duplicate_rules;
  }

  // The lead assignment rules, in the order they are tried; none by default.
  const std::vector<leadflow::config::v1::AssignmentRule>& assignment_rules() const {
    return lists_.assignment_rules;
  }

  bool IsLeadSource(absl::string_view value) const;
  bool IsRating(absl::string_view value) const;
  bool IsCurrency(absl::string_view value) const;

 private:
  struct Lists {
    std::vector<leadflow::v1::LeadStatus> lead_statuses;
    std::vector<std::string> lead_sources;
    std::vector<std::string> ratings;
    std::vector<std::string> currencies;
    std::vector<leadflow::v1::OpportunityStage> opportunity_stages;
    int fiscal_year_start_month = 1;
    std::string default_currency = "USD";
    bool require_loss_reason = false;
    std::vector<leadflow::v1::DuplicateRule> duplicate_rules;
    std::vector<leadflow::config::v1::AssignmentRule> assignment_rules;
  };
  explicit Catalog(Lists lists) : lists_(std::move(lists)) {}

  Lists lists_;
};

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_CATALOG_H_
