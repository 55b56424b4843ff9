#ifndef LEADFLOW_SERVER_STORE_STORE_H_
#define LEADFLOW_SERVER_STORE_STORE_H_

// The narrow interface between the API and storage, implemented by
// SqliteStore and PostgresStore (store/postgres/, decision 0010; all but
// Backup so far), which pass the same contract tests
// (tests/integration/store_contract_test.cc, event_store_test.cc,
// conversion_store_test.cc).
//
// Reads are synchronous and short: callers may run them on gRPC threads.
// Writes are asynchronous: the store queues them on its single writer, which
// commits them in groups, and calls `done` exactly once, on the writer's
// thread, after the write is durable or has failed with nothing written.
// `done` must not block. Rules that decide a write (etag checks aside) are
// passed in as functions and run inside the write's transaction, so a
// decision and the write it allows can never interleave with another write.

#include <cstdint>
#include <functional>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/functional/any_invocable.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "domain/conversion.h"
#include "domain/duplicates.h"
#include "leadflow/config/v1/server_config.pb.h"
#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/event.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/lead_capture.pb.h"
#include "leadflow/v1/lead_service.pb.h"
#include "leadflow/v1/opportunity.pb.h"
#include "leadflow/v1/opportunity_service.pb.h"
#include "store/backup.h"

namespace leadflow::store {

// A List request's paging, filter and order (AIP-132, AIP-158, AIP-160).
struct ListQuery {
  std::int32_t page_size = 0;  // 0 means the default page size
  std::string page_token;
  std::string filter;
  std::string order_by;
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::string next_page_token;  // empty on the last page
};

// Who made a write, and under which request id: recorded in opportunity
// history and in the change feed's events.
struct WriteOrigin {
  std::string actor;
  std::string request_id;  // empty when the call carried none
};

// A read of the change feed (see Store::ReadEvents).
struct EventQuery {
  // Events with a greater sequence; 0 starts with the oldest event kept.
  std::int64_t after_sequence = 0;
  leadflow::v1::EventFilter filter;
  // At most this many events, and at most max_bytes of them (but at least
  // one when any matches).
  int max_events = 100;
  std::size_t max_bytes = std::size_t{1} << 20;
  // Without a resource filter, a read looks at most this many sequence
  // numbers ahead, so a filter matching little costs a bounded scan.
  std::int64_t max_scan = 10'000;
};

struct EventBatch {
  std::vector<leadflow::v1::Event> events;
  // Every event up to this sequence that the filter matches is in `events`
  // (or before the query's start): the next read starts after it.
  std::int64_t checkpoint = 0;
  // The newest event committed when the batch was read.
  std::int64_t latest = 0;
};

// How long the change feed keeps events: an event goes once it is older
// than max_age or more than max_count newer events exist. Pruning runs in
// the background every prune_interval.
struct EventRetention {
  absl::Duration max_age = absl::Hours(24 * 7);
  std::int64_t max_count = 10'000'000;
  absl::Duration prune_interval = absl::Minutes(1);
};

// What a create applies besides the lead's own checks.
struct CaptureRules {
  leadflow::v1::DuplicatePolicy duplicate_policy = leadflow::v1::ALLOW;
  // The rules the policy checks; none means no check (and nothing to
  // report), which is what a plain CreateLead with ALLOW asks for.
  std::vector<leadflow::v1::DuplicateRule> duplicate_rules;
  // The configured assignment rules; nullptr when the request bypasses them.
  const std::vector<leadflow::config::v1::AssignmentRule>* assignment_rules = nullptr;
};

// The outcome of capturing one lead.
struct CapturedLead {
  absl::Status status;  // OK unless refused (the lead then is not created)
  bool created = false;
  leadflow::v1::Lead lead;  // as stored, when created
  leadflow::v1::DuplicateOutcome duplicates;
};

// The store's part of BatchCreateLeads: the leads as the API prepared them.
struct LeadBatch {
  // The request as asked for: its fingerprint guards its request id.
  leadflow::v1::BatchCreateLeadsRequest request;
  // One per lead of the request: the lead to capture, or why it was refused
  // before reaching the store (its fields named `leads[i]`).
  std::vector<absl::StatusOr<leadflow::v1::Lead>> leads;
  CaptureRules rules;
};

// What an import has committed so far (see Store::ImportLeadChunk).
struct ImportProgress {
  std::string fingerprint;  // of its header
  std::int64_t last_row = 0;
};

// One row of an import, prepared.
struct ImportedLead {
  std::int64_t row_number = 0;
  leadflow::v1::Lead lead;
};

// Consecutive rows of an import, committed together.
struct ImportChunk {
  leadflow::v1::ImportLeadsHeader header;
  CaptureRules rules;
  std::vector<ImportedLead> rows;  // in increasing row order
  // The progress the chunk continues from: the last row of the chunk
  // before it, or where the call resumed. A chunk whose import has not got
  // that far (a chunk before it failed) is refused, so recorded progress
  // never passes a row that was not committed.
  std::int64_t after_row = 0;
  // The chunk's last row, counting rows rejected before the store: the
  // import's progress once the chunk commits.
  std::int64_t last_row = 0;
};

// What one chunk did.
struct ImportChunkResult {
  std::int64_t created = 0;
  std::int64_t created_despite_duplicates = 0;
  std::int64_t skipped_duplicates = 0;
  std::int64_t already_imported = 0;
  std::vector<leadflow::v1::RejectedRow> refused;  // refused as duplicates
  std::int64_t last_committed_row = 0;
};

// Called once with the outcome of a write.
template <typename T>
using Done = absl::AnyInvocable<void(absl::StatusOr<T>) &&>;
using StatusDone = absl::AnyInvocable<void(absl::Status) &&>;

// Decides the new state of a resource from its current state, or refuses.
template <typename T>
using Mutation = absl::AnyInvocable<absl::StatusOr<T>(const T&)>;
// Decides whether a resource may be deleted.
template <typename T>
using DeleteCheck = absl::AnyInvocable<absl::Status(const T&)>;

// Plans a conversion from the stored records it starts from, at `now` (the
// write's time, which every record it writes carries).
using ConversionPlanner = absl::AnyInvocable<absl::StatusOr<domain::ConversionOutcome>(
    const domain::ConversionState&, absl::Time now)>;

class Store {
 public:
  virtual ~Store() = default;

  // --- Leads ---

  // The lead with this id; NOT_FOUND otherwise.
  virtual absl::StatusOr<leadflow::v1::Lead> GetLead(absl::string_view id) = 0;

  // One page of leads. INVALID_ARGUMENT for a bad page size, filter,
  // order_by or page token.
  virtual absl::StatusOr<Page<leadflow::v1::Lead>> ListLeads(const ListQuery& query) = 0;

  // Every write below that changes a record appends its change-feed event
  // (domain/events.h) in the same transaction, naming `origin`.

  // Stores `lead` (already validated) under a new id, with create/update
  // times and an etag. With a non-empty `origin.request_id`, a second call
  // with the same id returns the first call's lead and writes nothing; with
  // a different lead it fails with INVALID_ARGUMENT (REQUEST_ID_REUSED).
  virtual void CreateLead(leadflow::v1::Lead lead, WriteOrigin origin,
                          Done<leadflow::v1::Lead> done) = 0;

  // Replaces lead `id` with `mutate(current)`. NOT_FOUND when missing;
  // ABORTED when `etag` is non-empty and not current; `mutate`'s error as is.
  virtual void UpdateLead(std::string id, std::string etag,
                          Mutation<leadflow::v1::Lead> mutate, WriteOrigin origin,
                          Done<leadflow::v1::Lead> done) = 0;

  // Deletes lead `id` if `check(current)` allows. NOT_FOUND / ABORTED as for
  // UpdateLead.
  virtual void DeleteLead(std::string id, std::string etag,
                          DeleteCheck<leadflow::v1::Lead> check, WriteOrigin origin,
                          StatusDone done) = 0;

  // --- Accounts and contacts: as for leads. ---

  virtual absl::StatusOr<leadflow::v1::Account> GetAccount(absl::string_view id) = 0;
  virtual absl::StatusOr<Page<leadflow::v1::Account>> ListAccounts(const ListQuery& query) = 0;
  virtual void CreateAccount(leadflow::v1::Account account, WriteOrigin origin,
                             Done<leadflow::v1::Account> done) = 0;
  virtual void UpdateAccount(std::string id, std::string etag,
                             Mutation<leadflow::v1::Account> mutate, WriteOrigin origin,
                             Done<leadflow::v1::Account> done) = 0;
  // FAILED_PRECONDITION (ACCOUNT_IN_USE) while contacts, opportunities or
  // converted leads refer to the account.
  virtual void DeleteAccount(std::string id, std::string etag, WriteOrigin origin,
                             StatusDone done) = 0;

  virtual absl::StatusOr<leadflow::v1::Contact> GetContact(absl::string_view id) = 0;
  virtual absl::StatusOr<Page<leadflow::v1::Contact>> ListContacts(const ListQuery& query) = 0;
  // INVALID_ARGUMENT (REFERENCE_NOT_FOUND, "contact.account") when the
  // contact's account does not exist; likewise on update.
  virtual void CreateContact(leadflow::v1::Contact contact, WriteOrigin origin,
                             Done<leadflow::v1::Contact> done) = 0;
  virtual void UpdateContact(std::string id, std::string etag,
                             Mutation<leadflow::v1::Contact> mutate, WriteOrigin origin,
                             Done<leadflow::v1::Contact> done) = 0;
  // FAILED_PRECONDITION (CONTACT_IN_USE) while opportunities or converted
  // leads refer to the contact.
  virtual void DeleteContact(std::string id, std::string etag, WriteOrigin origin,
                             StatusDone done) = 0;

  // --- Opportunities: as for leads, and every write that changes a
  // tracked field (stage, amount, probability, forecast category, close
  // date) appends a history entry made by `origin.actor`, in the same
  // transaction.

  virtual absl::StatusOr<leadflow::v1::Opportunity> GetOpportunity(absl::string_view id) = 0;
  virtual absl::StatusOr<Page<leadflow::v1::Opportunity>> ListOpportunities(
      const ListQuery& query) = 0;
  // INVALID_ARGUMENT when the account or contact does not exist
  // (REFERENCE_NOT_FOUND) or the contact belongs to another account; likewise
  // on update.
  virtual void CreateOpportunity(leadflow::v1::Opportunity opportunity, WriteOrigin origin,
                                 Done<leadflow::v1::Opportunity> done) = 0;
  virtual void UpdateOpportunity(std::string id, std::string etag,
                                 Mutation<leadflow::v1::Opportunity> mutate, WriteOrigin origin,
                                 Done<leadflow::v1::Opportunity> done) = 0;
  // FAILED_PRECONDITION (OPPORTUNITY_IN_USE) while a converted lead refers
  // to the opportunity. Its history goes with it.
  virtual void DeleteOpportunity(std::string id, std::string etag, WriteOrigin origin,
                                 StatusDone done) = 0;

  // The history of opportunity `id`, oldest first; NOT_FOUND when it does
  // not exist. `page_size` and `page_token` as in ListQuery.
  virtual absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>> ListOpportunityHistory(
      absl::string_view id, std::int32_t page_size, const std::string& page_token) = 0;

  // --- Reports, aggregated in the database ---

  virtual absl::StatusOr<leadflow::v1::PipelineSummary> GetPipelineSummary(
      const leadflow::v1::GetPipelineSummaryRequest& request) = 0;
  // Counts per status are in no particular order.
  virtual absl::StatusOr<leadflow::v1::LeadFunnel> GetLeadFunnel(
      const leadflow::v1::GetLeadFunnelRequest& request) = 0;

  // --- Conversion ---

  // Converts the lead `request.name` in one transaction: loads the lead and
  // the records the request names (NOT_FOUND for the lead; INVALID_ARGUMENT,
  // REFERENCE_NOT_FOUND, for a named record that does not exist), reserves
  // names for the records to create, asks `plan` what to do, and writes
  // exactly that, all of it or nothing. With
  // `request.request_id` a retry returns the first response unchanged. With
  // `request.validate_only` nothing is written or recorded and `done` is
  // called before ConvertLead returns. Each record goes through the same
  // write path as its own Create or Update call (checks, match keys,
  // history, events), the lead last: its event is the LEAD_CONVERTED one,
  // naming the other records. History and events name `actor`.
  virtual void ConvertLead(leadflow::v1::ConvertLeadRequest request, std::string actor,
                           ConversionPlanner plan,
                           Done<leadflow::v1::ConvertLeadResponse> done) = 0;

  // Accounts and contacts that look like lead `id` (see
  // LeadService.FindConversionMatches). NOT_FOUND for a missing lead.
  virtual absl::StatusOr<leadflow::v1::FindConversionMatchesResponse> FindConversionMatches(
      absl::string_view id) = 0;

  // --- Lead capture ---

  // Creates `lead` (already validated) as CreateLead does, after applying
  // `rules` in the same transaction: the duplicate policy (SKIP and REFUSE
  // create nothing and fail with ALREADY_EXISTS, DUPLICATE_FOUND) and the
  // assignment rules (an owner for a lead without one).
  virtual void CaptureLead(leadflow::v1::Lead lead, CaptureRules rules, WriteOrigin origin,
                           Done<leadflow::v1::Lead> done) = 0;

  // Captures the leads of `batch` in request order, each as CaptureLead
  // would, in one write. A lead refused before the store or as a duplicate
  // gets its status in its result; with `all_or_none` the first such lead
  // fails the whole write instead. With a request id a retry returns the
  // first response (REQUEST_ID_REUSED for another request).
  virtual void BatchCreateLeads(LeadBatch batch, WriteOrigin origin,
                                Done<leadflow::v1::BatchCreateLeadsResponse> done) = 0;

  // Where the import `header.request_id` resumes: the last row an earlier
  // call committed, 0 for a new import. INVALID_ARGUMENT (REQUEST_ID_REUSED,
  // "header.request_id") when that import had another header.
  virtual absl::StatusOr<std::int64_t> ImportResumePoint(
      const leadflow::v1::ImportLeadsHeader& header) = 0;

  // Captures the rows of `chunk`, as CaptureLead would, and records the
  // chunk's last row as the import's progress in the same transaction. Rows
  // the import had already committed are counted, not created again.
  // Errors as ImportResumePoint, and ABORTED when the import's progress is
  // short of `chunk.after_row`.
  virtual void ImportLeadChunk(ImportChunk chunk, WriteOrigin origin,
                               Done<ImportChunkResult> done) = 0;

  // Leads (not converted) and contacts that a candidate with `keys` would
  // duplicate (see LeadService.FindDuplicates), best first, at most `limit`.
  virtual absl::StatusOr<std::vector<leadflow::v1::DuplicateMatch>> FindDuplicates(
      const std::vector<domain::DuplicateKey>& keys, std::size_t limit) = 0;

  // --- Change feed ---

  // Committed events after `query.after_sequence` that `query.filter`
  // matches, oldest first, within the query's bounds. OUT_OF_RANGE with
  // CURSOR_EXPIRED (metadata "oldest_sequence") when events after a
  // non-zero `after_sequence` were already pruned, and with CURSOR_AHEAD
  // (metadata "latest_sequence") when it is beyond the newest event.
  virtual absl::StatusOr<EventBatch> ReadEvents(const EventQuery& query) = 0;

  // The same, as a List page: `page_size` and `page_token` as in ListQuery.
  virtual absl::StatusOr<Page<leadflow::v1::Event>> ListEvents(
      std::int64_t after_sequence, const leadflow::v1::EventFilter& filter,
      std::int32_t page_size, const std::string& page_token) = 0;

  // The sequence of the newest committed event; 0 before the first.
  virtual absl::StatusOr<std::int64_t> LatestEventSequence() = 0;

  // Has `listener` called after every commit that may have appended events
  // (on the writer's thread: it must not block). It is a wake-up, not a
  // delivery: listeners read what was committed with ReadEvents. Replaces
  // the previous listener; an empty one removes it.
  virtual void SetCommitListener(std::function<void()> listener) = 0;

  // --- Operations ---

  // Writes a consistent copy of the whole database to
  // `options.destination` while reads and writes go on: the copy holds
  // every write acknowledged before the call and is a snapshot of one
  // instant (BackupSummary::snapshot_time). Blocks for the length of the
  // copy (seconds per GB), so call it on a thread of its own; `progress`
  // (may be empty) runs on that thread after each step and may stop the
  // backup by returning false (CANCELLED). Errors: INVALID_ARGUMENT
  // (FIELD_INVALID, field "destination") for an empty path or one naming
  // the live database or its files; FAILED_PRECONDITION
  // (BACKUP_DESTINATION_UNUSABLE) when the directory is missing or a file
  // is there without `options.overwrite`; RESOURCE_EXHAUSTED (STORAGE_FULL)
  // when the destination's disk fills. Nothing is left at the destination
  // on error.
  virtual absl::StatusOr<BackupSummary> Backup(const BackupOptions& options,
                                               BackupProgressCallback progress) = 0;

  // Whether the database can be reached, cheaply (no query of its own):
  // the server reports NOT_SERVING on its health service while it cannot.
  // An embedded database always can.
  virtual bool Reachable() { return true; }

  // Refuses new writes (UNAVAILABLE), finishes the queued ones, and returns
  // when they are all done. Reads keep working.
  virtual void Shutdown() = 0;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_STORE_H_
