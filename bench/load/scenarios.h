#ifndef LEADFLOW_BENCH_LOAD_SCENARIOS_H_
#define LEADFLOW_BENCH_LOAD_SCENARIOS_H_

// The scenarios: for each, what it readies before its run and which call
// each slot issues next (see driver.h).
//
//   noop               ListLeadStatuses: the server's per-call floor, and
//                      the denominator of every other scenario's ratio
//   get_lead           GetLead of a lead drawn from a sample spread over
//                      the whole table
//   list_leads_first   ListLeads, first page of 50, no filter
//   list_leads_filter  ListLeads, first page of 50 with a status filter
//   list_leads_deep    ListLeads, a page of 50 half-way into the table,
//                      requested again and again with the same token
//   create_lead        CreateLead of a new lead
//   update_lead        UpdateLead of the slot's own lead with its current
//                      etag (so no update ever conflicts)
//   convert_lead       ConvertLead of an unconverted lead, a different one
//                      each call (new account, contact and opportunity)
//   advance_stage      UpdateOpportunity moving the slot's opportunity to
//                      the next stage; at a closed stage the slot takes the
//                      next open opportunity
//   mixed              80 % reads (60 get_lead, 10 list_leads_first,
//                      10 list_leads_filter), 20 % writes (8 create_lead,
//                      8 update_lead, 4 convert_lead), drawn per call

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "load/driver.h"
#include "load/records.h"

namespace leadflow::bench {

// What a scenario readies for: how many slots, and at most how many calls
// the run can make (noop's rate over the run's length: no call is cheaper).
struct PrepareFor {
  int slots = 0;
  std::int64_t max_calls = 0;
  // The share of max_calls to ready records for, in scenarios whose calls
  // use records up: a bound on their ratio to noop, far above what SQLite
  // writes reach. A run that uses them all up reports exhausted slots.
  double used_up_share = 0.35;
};

class Scenario : public Workload {
 public:
  explicit Scenario(std::string name) : name_(std::move(name)) {}
  const std::string& name() const { return name_; }

  // Readies what its calls use. Not measured.
  virtual absl::Status Prepare(const PrepareFor&) { return absl::OkStatus(); }
  // More " key=value" pairs for its line.
  virtual std::string Details() const { return ""; }

 private:
  std::string name_;
};

// Every scenario, in the order a full run takes them: noop first, the
// reads before the writes change the table.
std::vector<std::string> ScenarioNames();

// NOT_FOUND for an unknown name. `table_size`: about how many leads the
// table has (for the companies of new leads); `deep_depth`: how deep
// list_leads_deep's page lies (at most; less when the table is smaller).
absl::StatusOr<std::unique_ptr<Scenario>> MakeScenario(const std::string& name, const Stubs& stubs,
                                                       Records& records, std::int64_t table_size,
                                                       std::int64_t deep_depth);

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_LOAD_SCENARIOS_H_
