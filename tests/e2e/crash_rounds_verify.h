#ifndef LEADFLOW_TESTS_E2E_CRASH_ROUNDS_VERIFY_H_
#define LEADFLOW_TESTS_E2E_CRASH_ROUNDS_VERIFY_H_

// Checks a restarted server against the model of acknowledged writes, and
// settles the calls whose outcome the kill left unknown.

#include <cstdint>
#include <memory>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "e2e/crash_rounds_model.h"

namespace leadflow::crash_rounds {

// What one verification looked at.
struct VerifyReport {
  // Records of the whole model compared with the server (cumulative).
  int64_t leads = 0;
  int64_t conversions = 0;
  int64_t opportunities = 0;
  int64_t accounts = 0;
  int64_t contacts = 0;
  int64_t gets = 0;  // single reads of the records written this round
  // Calls without a reply: how many turned out applied, how many not.
  int64_t unanswered_applied = 0;
  int64_t unanswered_not_applied = 0;
  // Acknowledged CreateLead / ConvertLead requests sent again.
  int64_t restart_retries = 0;
};

// Compares everything in `partitions` with what the server at `channel`
// holds, reporting each mismatch to `findings`; then re-sends the
// unanswered calls and a sample of acknowledged ones with their request ids.
// Leaves the model equal to the server's state. `round` is the round whose
// writes were just made (0 for a check after a clean restart).
VerifyReport Verify(std::shared_ptr<grpc::Channel> channel, int round, uint64_t seed,
                    std::vector<Partition>& partitions, Findings& findings);

}  // namespace leadflow::crash_rounds

#endif  // LEADFLOW_TESTS_E2E_CRASH_ROUNDS_VERIFY_H_
