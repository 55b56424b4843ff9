#ifndef LEADFLOW_SERVER_STORE_SQLITE_STORE_H_
#define LEADFLOW_SERVER_STORE_SQLITE_STORE_H_

// The Store on an embedded SQLite file: one writer thread that commits
// writes in groups (see writer.h) and a pool of read-only connections.

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "store/database_lock.h"
#include "store/page_token.h"
#include "store/record_writes.h"
#include "store/reader_pool.h"
#include "store/resource_table.h"
#include "store/sqlite_list.h"
#include "store/store.h"
#include "store/writer.h"

namespace leadflow::store {

class SqliteStore final : public Store {
 public:
  struct Options {
    std::string path;  // created when missing
    int reader_connections = 4;
    // How the writer groups, reports and bounds writes (see writer.h).
    Writer::Options writer = {};
    // How long the change feed keeps events.
    EventRetention event_retention = {};
  };

  // Opens (creating and migrating as needed) the database at `options.path`
  // and holds it for this store alone (see database_lock.h).
  // INVALID_ARGUMENT for a path that is not a file (empty, ":memory:");
  // FAILED_PRECONDITION when another store has the file open, or it comes
  // from a newer Leadflow; INTERNAL when it cannot be opened or written.
  static absl::StatusOr<std::unique_ptr<SqliteStore>> Open(const Options& options);

  ~SqliteStore() override;

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

  // With SQLite's online backup API on a connection of its own (see
  // sqlite_backup.h): neither the writer nor the reader pool waits for it.
  absl::StatusOr<BackupSummary> Backup(const BackupOptions& options,
                                       BackupProgressCallback progress) override;

  void Shutdown() override;

 private:
  SqliteStore(std::string path, DatabaseLock lock,
              std::unique_ptr<SqliteConnection> writer_connection,
              std::unique_ptr<ReaderPool> readers, PageTokenCodec tokens,
              const Options& options);

  // Wakes the commit listener, on the writer's thread after each commit.
  void NotifyCommitted();
  // The pruning thread: every retention interval, queues a job that
  // removes the events the retention no longer keeps.
  void PruneEventsPeriodically();

  // Runs `apply` as a write job whose result is delivered to `done`.
  template <typename T>
  void SubmitWrite(absl::AnyInvocable<absl::StatusOr<T>(SqliteConnection&)> apply, Done<T> done);

  // The generic standard methods, for each resource table.
  template <typename T>
  absl::StatusOr<T> GetResource(const ResourceTable& table, absl::string_view id);
  template <typename T>
  absl::StatusOr<Page<T>> ListResources(const ListSpec& spec, const ListQuery& query);
  template <typename T>
  void CreateResource(const ResourceTable& table, T resource, WriteOrigin origin,
                      const WriteHooks<T>& hooks, Done<T> done);
  template <typename T>
  void UpdateResource(const ResourceTable& table, std::string id, std::string etag,
                      Mutation<T> mutate, WriteOrigin origin, const WriteHooks<T>& hooks,
                      Done<T> done);
  template <typename T>
  void DeleteResource(const ResourceTable& table, std::string id, std::string etag,
                      absl::AnyInvocable<absl::Status(SqliteConnection&, const T&)> check,
                      WriteOrigin origin, StatusDone done);
  // Runs `read` on a reader connection, turning SQLite's exceptions into
  // statuses; returns an absl::StatusOr of what `read` returns.
  template <typename Read>
  auto OnReader(Read&& read);

  DatabaseLock lock_;  // first: released after every connection is closed
  const std::string path_;
  std::unique_ptr<ReaderPool> readers_;
  PageTokenCodec tokens_;
  const EventRetention retention_;
  std::mutex listener_mu_;
  std::function<void()> listener_ ABSL_GUARDED_BY(listener_mu_);
  Writer writer_;
  // The pruning thread's stop signal.
  std::mutex pruner_mu_;
  std::condition_variable pruner_wake_;
  bool stopping_ ABSL_GUARDED_BY(pruner_mu_) = false;
  std::thread pruner_;  // last: started once everything it uses exists
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_STORE_H_
