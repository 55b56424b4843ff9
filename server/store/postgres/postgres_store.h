#ifndef LEADFLOW_SERVER_STORE_POSTGRES_POSTGRES_STORE_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_POSTGRES_STORE_H_

// The Store on a PostgreSQL database that several Leadflow servers may
// share (docs/decisions/0010): reads on pooled connections on the caller's
// thread, writes on a few threads of their own (pg_write_queue.h), each in
// a READ COMMITTED transaction that locks the records it decides on
// (pg_write.h, pg_resources.h).
//
// Implemented so far: leads, accounts, contacts and opportunities (Get,
// List, Create, Update, Delete), opportunity history, request ids,
// conversion and its matches, the reports, the change feed's outbox and
// its reads (ReadEvents, ListEvents, LatestEventSequence). Backup returns
// UNIMPLEMENTED, saying so (operators back PostgreSQL up with its own
// tools).

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "store/page_token.h"
#include "store/postgres/pg_commit_watcher.h"
#include "store/postgres/pg_connection_pool.h"
#include "store/postgres/pg_write.h"
#include "store/record_writes.h"
#include "store/postgres/pg_write_queue.h"
#include "store/list_plan.h"
#include "store/resource_table.h"
#include "store/store.h"

namespace leadflow::store {

// Whether `db` (the --db flag) names a PostgreSQL database rather than a
// SQLite file: a libpq URI, postgresql:// or postgres://.
bool IsPostgresUri(absl::string_view db);

class PostgresStore final : public Store {
 public:
  struct Options {
    std::string uri;  // a libpq URI, e.g. postgresql://user@127.0.0.1:5432/leadflow
    // Connections to the database, shared by reads and writes; at least
    // write_threads + the reads expected at once.
    int connections = 8;
    // Writes in flight at once.
    int write_threads = 4;
    // How long the change feed keeps events.
    EventRetention event_retention = {};
  };

  // Connects, migrates the schema as needed and reads the shared secrets.
  // UNAVAILABLE when the database cannot be reached; FAILED_PRECONDITION
  // when its schema comes from a newer Leadflow; INTERNAL otherwise.
  static absl::StatusOr<std::unique_ptr<PostgresStore>> Open(const Options& options);

  ~PostgresStore() override;

  absl::StatusOr<leadflow::v1::Lead> GetLead(absl::string_view id) override;
  absl::StatusOr<Page<leadflow::v1::Lead>> ListLeads(const ListQuery& query) override;
  void CreateLead(leadflow::v1::Lead lead, WriteOrigin origin,
                  Done<leadflow::v1::Lead> done) override;
  void UpdateLead(std::string id, std::string etag, Mutation<leadflow::v1::Lead> mutate,
                  WriteOrigin origin, Done<leadflow::v1::Lead> done) override;
  void DeleteLead(std::string id, std::string etag, DeleteCheck<leadflow::v1::Lead> check,
                  WriteOrigin origin, StatusDone done) override;

  absl::StatusOr<leadflow::v1::Account> GetAccount(absl::string_view id) override;
  absl::StatusOr<Page<leadflow::v1::Account>> ListAccounts(const ListQuery& query) override;
  void CreateAccount(leadflow::v1::Account account, WriteOrigin origin,
                     Done<leadflow::v1::Account> done) override;
  void UpdateAccount(std::string id, std::string etag, Mutation<leadflow::v1::Account> mutate,
                     WriteOrigin origin, Done<leadflow::v1::Account> done) override;
  void DeleteAccount(std::string id, std::string etag, WriteOrigin origin,
                     StatusDone done) override;

  absl::StatusOr<leadflow::v1::Contact> GetContact(absl::string_view id) override;
  absl::StatusOr<Page<leadflow::v1::Contact>> ListContacts(const ListQuery& query) override;
  void CreateContact(leadflow::v1::Contact contact, WriteOrigin origin,
                     Done<leadflow::v1::Contact> done) override;
  void UpdateContact(std::string id, std::string etag, Mutation<leadflow::v1::Contact> mutate,
                     WriteOrigin origin, Done<leadflow::v1::Contact> done) override;
  void DeleteContact(std::string id, std::string etag, WriteOrigin origin,
                     StatusDone done) override;

  absl::StatusOr<leadflow::v1::Opportunity> GetOpportunity(absl::string_view id) override;
  absl::StatusOr<Page<leadflow::v1::Opportunity>> ListOpportunities(
      const ListQuery& query) override;
  void CreateOpportunity(leadflow::v1::Opportunity opportunity, WriteOrigin origin,
                         Done<leadflow::v1::Opportunity> done) override;
  void UpdateOpportunity(std::string id, std::string etag,
                         Mutation<leadflow::v1::Opportunity> mutate, WriteOrigin origin,
                         Done<leadflow::v1::Opportunity> done) override;
  void DeleteOpportunity(std::string id, std::string etag, WriteOrigin origin,
                         StatusDone done) override;
  absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>> ListOpportunityHistory(
      absl::string_view id, std::int32_t page_size, const std::string& page_token) override;

  absl::StatusOr<leadflow::v1::PipelineSummary> GetPipelineSummary(
      const leadflow::v1::GetPipelineSummaryRequest& request) override;
  absl::StatusOr<leadflow::v1::LeadFunnel> GetLeadFunnel(
      const leadflow::v1::GetLeadFunnelRequest& request) override;

  void ConvertLead(leadflow::v1::ConvertLeadRequest request, std::string actor,
                   ConversionPlanner plan,
                   Done<leadflow::v1::ConvertLeadResponse> done) override;
  void CaptureLead(leadflow::v1::Lead lead, CaptureRules rules, WriteOrigin origin,
                   Done<leadflow::v1::Lead> done) override;
  void BatchCreateLeads(LeadBatch batch, WriteOrigin origin,
                        Done<leadflow::v1::BatchCreateLeadsResponse> done) override;
  absl::StatusOr<std::int64_t> ImportResumePoint(
      const leadflow::v1::ImportLeadsHeader& header) override;
  void ImportLeadChunk(ImportChunk chunk, WriteOrigin origin,
                       Done<ImportChunkResult> done) override;
  absl::StatusOr<std::vector<leadflow::v1::DuplicateMatch>> FindDuplicates(
      const std::vector<domain::DuplicateKey>& keys, std::size_t limit) override;
  absl::StatusOr<leadflow::v1::FindConversionMatchesResponse> FindConversionMatches(
      absl::string_view id) override;

  absl::StatusOr<EventBatch> ReadEvents(const EventQuery& query) override;
  absl::StatusOr<Page<leadflow::v1::Event>> ListEvents(std::int64_t after_sequence,
                                                       const leadflow::v1::EventFilter& filter,
                                                       std::int32_t page_size,
                                                       const std::string& page_token) override;
  absl::StatusOr<std::int64_t> LatestEventSequence() override;
  void SetCommitListener(std::function<void()> listener) override;

  absl::StatusOr<BackupSummary> Backup(const BackupOptions& options,
                                       BackupProgressCallback progress) override;

  // Whether the commit watcher's connection is up.
  bool Reachable() override { return watcher_->connected(); }

  void Shutdown() override;

 private:
  PostgresStore(std::unique_ptr<PgConnectionPool> pool, PageTokenCodec tokens,
                const Options& options);

  // Runs `apply` as a write on a write thread and delivers its value to
  // `done`; UNAVAILABLE once shut down.
  template <typename T>
  void SubmitWrite(absl::AnyInvocable<absl::StatusOr<T>(PgWrite&)> apply, Done<T> done);
  // Runs `read` in a read-only transaction on a pooled connection.
  template <typename T>
  absl::StatusOr<T> OnReader(
      absl::FunctionRef<absl::StatusOr<T>(pqxx::transaction_base&)> read);

  template <typename T>
  absl::StatusOr<T> GetResource(const ResourceTable& table, absl::string_view id);
  template <typename T>
  absl::StatusOr<Page<T>> ListResources(const ListSpec& spec, const ListQuery& query);
  template <typename T>
  void CreateResource(const ResourceTable& table, T resource, WriteOrigin origin,
                      const WriteHooks<T, PgWrite>& hooks, Done<T> done);
  template <typename T>
  void UpdateResource(const ResourceTable& table, std::string id, std::string etag,
                      Mutation<T> mutate, WriteOrigin origin,
                      const WriteHooks<T, PgWrite>& hooks, Done<T> done);
  // Decides, inside the delete's write, whether the record may go.
  template <typename T>
  using DeleteCheckIn = absl::AnyInvocable<absl::Status(PgWrite&, const T&)>;
  template <typename T>
  void DeleteResource(const ResourceTable& table, std::string id, std::string etag,
                      DeleteCheckIn<T> check, WriteOrigin origin, StatusDone done);

  // Wakes the commit listener after a write that appended events.
  void NotifyCommitted();
  // The pruning thread: every retention interval, a write that removes the
  // events the retention no longer keeps (the SQLite store's loop).
  void PruneEventsPeriodically();

  std::unique_ptr<PgConnectionPool> pool_;
  PageTokenCodec tokens_;
  std::mutex listener_mu_;
  std::function<void()> listener_ ABSL_GUARDED_BY(listener_mu_);
  const EventRetention retention_;
  // Wakes the listener for the commits of every server.
  std::unique_ptr<PgCommitWatcher> watcher_;
  PgWriteQueue writes_;  // its threads use everything above
  // The pruning thread's stop signal.
  std::mutex pruner_mu_;
  std::condition_variable pruner_wake_;
  bool stopping_ ABSL_GUARDED_BY(pruner_mu_) = false;
  std::thread pruner_;  // last: started once everything it uses exists
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_POSTGRES_STORE_H_
