#ifndef LEADFLOW_SERVER_DOMAIN_ASSIGNMENT_H_
#define LEADFLOW_SERVER_DOMAIN_ASSIGNMENT_H_

// Lead assignment rules (ServerConfig.assignment_rules): whether a rule
// applies to a new lead, and which of its owners gets the lead. Pure: the
// store keeps each rule's round-robin cursor and per-day counts and calls
// these inside the create's transaction, so picks and counts stay in step.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "absl/time/time.h"
#include "leadflow/config/v1/server_config.pb.h"
#include "leadflow/v1/lead.pb.h"

namespace leadflow::domain {

// Whether `rule`'s criteria match `lead`: each non-empty list must contain
// the lead's lead_source / address.country / industry / rating. Values are
// compared trimmed and ASCII-case-insensitively ("web " = "Web"), since
// forms and imports spell them loosely. A lead whose field is empty does
// not match a non-empty list; a rule without criteria matches every lead.
bool AssignmentRuleMatches(const leadflow::config::v1::AssignmentRule& rule,
                           const leadflow::v1::Lead& lead);

// An owner chosen by PickAssignee.
struct AssignmentPick {
  std::string owner;
  // Where the rule's next pick starts: the index after the picked owner,
  // wrapped to 0 after the last one (so always in [0, owners size)).
  std::int64_t next_cursor = 0;
};

// The owner a round-robin rule picks: starting at owners[cursor % size],
// the first owner whose count today is below daily_cap (any owner, when
// daily_cap is 0; `assigned_today`, how many leads this rule gave that owner
// today, is then not called). A one-owner rule is the size-1 case. nullopt
// when every owner is at the cap, so the caller tries the next rule.
// Turns rather than "fewest leads today" keep a pick to one cursor read and
// write, and stay fair: a capped owner's turns go to the next ones. A cursor
// past the end (owners removed from the config since) or negative is taken
// modulo the size.
std::optional<AssignmentPick> PickAssignee(
    const leadflow::config::v1::AssignmentRule& rule, std::int64_t cursor,
    const std::function<std::int64_t(const std::string& owner)>& assigned_today);

// The UTC day of `now` as "YYYY-MM-DD": the day that daily caps count in.
// UTC rather than a user's zone, because one rule serves owners anywhere.
std::string AssignmentDay(absl::Time now);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_ASSIGNMENT_H_
