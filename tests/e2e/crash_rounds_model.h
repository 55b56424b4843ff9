#ifndef LEADFLOW_TESTS_E2E_CRASH_ROUNDS_MODEL_H_
#define LEADFLOW_TESTS_E2E_CRASH_ROUNDS_MODEL_H_

// What the crash-round clients know the server promised: every write it
// acknowledged (an OK reply), with the content that must survive a SIGKILL,
// and the one call per client whose reply never came (it may or may not have
// happened). Each client owns the records it created, so the order of its
// acknowledged writes is the order in which the server applied them.

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "leadflow/v1/account_service.pb.h"
#include "leadflow/v1/lead_service.pb.h"
#include "leadflow/v1/opportunity_service.pb.h"

namespace leadflow::crash_rounds {

// Prefixes of the names the clients give, so that the verifier can tell
// which records conversion made (they must have a converted lead) from the
// ones made directly.
inline constexpr char kLeadLastNamePrefix[] = "L ";       // lead, its contact
inline constexpr char kLeadCompanyPrefix[] = "CrashCo ";  // its account
inline constexpr char kOpportunityPrefix[] = "Opp ";
inline constexpr char kAccountPrefix[] = "Acct ";          // CreateAccount
inline constexpr char kDirectContactPrefix[] = "Direct ";  // CreateContact

// The kinds of write the clients make, for per-kind figures.
enum WriteKind {
  kCreateLead,
  kCreateLeadRetry,  // the same request_id again, right after the reply
  kUpdateLead,
  kConvertLead,
  kConvertLeadRetry,
  kStageChange,
  kCreateAccount,
  kCreateContact,
  kWriteKindCount,
};
const char* WriteKindName(WriteKind kind);

using WriteCounts = std::array<int64_t, kWriteKindCount>;

// The lead fields the clients write and the checks compare.
struct LeadFields {
  std::string last_name;
  std::string company;
  std::string title;
  std::string rating;
  std::string status;
  bool meeting_agreed = false;
  bool converted = false;

  bool operator==(const LeadFields& other) const;
  bool operator!=(const LeadFields& other) const { return !(*this == other); }
};
LeadFields FieldsOf(const leadflow::v1::Lead& lead);
std::string Describe(const LeadFields& fields);

struct LeadRecord {
  std::string name;
  int created_round = 0;
  leadflow::v1::CreateLeadRequest create;  // re-sent after restarts
  LeadFields acked;                        // as of the last acknowledged write
  std::string etag;                        // of that write
  // An update sent after `acked` that got no reply: either state may be
  // what the server kept.
  std::optional<LeadFields> maybe;
  int last_round = 0;  // round of the last acknowledged write
};

struct OpportunityRecord {
  std::string name;
  std::string account;
  std::string stage;  // as of the last acknowledged write
  std::string etag;
  std::optional<std::string> maybe_stage;  // a stage change without reply
  int last_round = 0;
};

struct ConversionRecord {
  leadflow::v1::ConvertLeadRequest request;  // re-sent after restarts
  leadflow::v1::ConvertLeadResponse reply;   // the acknowledged reply
  int round = 0;
};

struct AccountRecord {
  leadflow::v1::CreateAccountRequest request;
  leadflow::v1::Account reply;
  int round = 0;
};

struct ContactRecord {
  leadflow::v1::CreateContactRequest request;
  leadflow::v1::Contact reply;
  int round = 0;
};

// The call of a client that failed without a definite answer. Only the
// fields of its kind are set.
struct Unanswered {
  WriteKind kind = kCreateLead;
  leadflow::v1::CreateLeadRequest create_lead;
  leadflow::v1::ConvertLeadRequest convert_lead;
  leadflow::v1::CreateAccountRequest create_account;
  leadflow::v1::CreateContactRequest create_contact;
};

// Everything one client owns. During the load only its client touches it;
// the verifier reads and updates all partitions while no client runs.
struct Partition {
  std::map<std::string, LeadRecord> leads;  // by name
  std::vector<std::string> open_leads;      // not converted, by name
  std::map<std::string, OpportunityRecord> opportunities;
  std::vector<std::string> open_opportunities;  // not at the last stage
  std::vector<ConversionRecord> conversions;
  std::vector<AccountRecord> accounts;
  std::vector<ContactRecord> contacts;
  // A client stops at its first failed call, so it leaves at most one.
  std::optional<Unanswered> unanswered;
  WriteCounts acked_this_round{};  // acknowledged writes of the current round
};

// Pass/fail bookkeeping of one round, shared by the clients and the
// verifier.
class Findings {
 public:
  void Pass() { Check(true, ""); }
  void Fail(const std::string& message) { Check(false, message); }
  // Counts one check; records `message` when it failed.
  void Check(bool ok, const std::string& message);

  int64_t passed() const;
  int64_t failed() const;
  std::vector<std::string> messages() const;

 private:
  mutable std::mutex mu_;
  int64_t passed_ = 0;
  int64_t failed_ = 0;
  std::vector<std::string> messages_;
};

// The ladder of stages the clients move opportunities up; "" after the last.
std::string NextStage(const std::string& stage);

// Removes `value` from `names` (order does not matter).
void EraseName(std::vector<std::string>& names, const std::string& value);

// The name of the converted status of the built-in lead process.
inline constexpr char kConvertedStatus[] = "Closed - Converted";

// Records an acknowledged CreateLead in `partition`.
void RecordCreatedLead(Partition& partition, const leadflow::v1::CreateLeadRequest& request,
                       const leadflow::v1::Lead& reply, int round);

// Records an acknowledged conversion: the lead is frozen from now on and a
// new opportunity joins the partition's records.
void RecordConversion(Partition& partition, const leadflow::v1::ConvertLeadRequest& request,
                      const leadflow::v1::ConvertLeadResponse& reply, int round);

// What is wrong with an OK ConvertLead reply to `request`: it must name
// the lead, an account, a contact of that account and, unless none was
// asked for, an opportunity of that account, and the lead must link them.
std::vector<std::string> ConversionReplyProblems(const leadflow::v1::ConvertLeadRequest& request,
                                                 const leadflow::v1::ConvertLeadResponse& reply);

}  // namespace leadflow::crash_rounds

#endif  // LEADFLOW_TESTS_E2E_CRASH_ROUNDS_MODEL_H_
