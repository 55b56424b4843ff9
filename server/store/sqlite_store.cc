#include "store/sqlite_store.h"
#include "store/lead_capture_writes.h"

#include <future>
#include <optional>
#include <variant>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "store/event_reads.h"
#include "store/idempotency.h"
#include "store/migrations.h"
#include "store/sqlite_backup.h"
#include "store/record_hooks.h"
#include "store/sqlite_conversion.h"
#include "store/sqlite_events.h"
#include "store/sqlite_history.h"
#include "store/sqlite_matches.h"
#include "store/sqlite_reports.h"
#include "store/sqlite_resources.h"
#include "store/storage_error.h"
#include "store/tables.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

using leadflow::v1::Account;
using leadflow::v1::Contact;
using leadflow::v1::Lead;
using leadflow::v1::Opportunity;

constexpr absl::string_view kConvertLeadMethod = "ConvertLead";

std::string ReadPageTokenKey(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT value FROM store_secrets WHERE name = 'page_token_key'");
  if (!query.executeStep()) throw std::runtime_error("the page token key is missing");
  SQLite::Column value = query.getColumn(0);
  return std::string(static_cast<const char*>(value.getBlob()), value.getBytes());
}

// The method under which a table's creates record their request ids.
std::string CreateMethod(const ResourceTable& table) {
  return absl::StrCat("Create", table.descriptor().name());
}

}  // namespace

absl::StatusOr<std::unique_ptr<SqliteStore>> SqliteStore::Open(const Options& options) {
  LEADFLOW_ASSIGN_OR_RETURN(DatabaseLock lock, DatabaseLock::Acquire(options.path));
  try {
    auto writer_connection =
        std::make_unique<SqliteConnection>(options.path, SqliteConnection::Mode::kReadWrite);
    LEADFLOW_RETURN_IF_ERROR(Migrate(writer_connection->db()));
    PageTokenCodec tokens(ReadPageTokenKey(writer_connection->db()));
    auto readers =
        std::make_unique<ReaderPool>(options.path, std::max(1, options.reader_connections));
    return std::unique_ptr<SqliteStore>(new SqliteStore(options.path, std::move(lock),
                                                        std::move(writer_connection),
                                                        std::move(readers), std::move(tokens),
                                                        options));
  } catch (const std::exception& e) {
    return domain::ServerError(
        absl::StatusCode::kInternal,
        absl::StrCat("cannot open the database \"", options.path, "\": ", e.what()));
  }
}

namespace {

// absl::StatusOr<R> for a reader's result R, itself when R is one already.
template <typename R>
struct AsStatusOr {
  using type = absl::StatusOr<R>;
};
template <typename R>
struct AsStatusOr<absl::StatusOr<R>> {
  using type = absl::StatusOr<R>;
};

Writer::Options WithCommitHook(Writer::Options options, std::function<void()> committed) {
  options.committed = std::move(committed);
  return options;
}

}  // namespace

SqliteStore::SqliteStore(std::string path, DatabaseLock lock,
                         std::unique_ptr<SqliteConnection> writer_connection,
                         std::unique_ptr<ReaderPool> readers, PageTokenCodec tokens,
                         const Options& options)
    : lock_(std::move(lock)),
      path_(std::move(path)),
      readers_(std::move(readers)),
      tokens_(std::move(tokens)),
      retention_(options.event_retention),
      writer_(std::move(writer_connection), [this] { readers_->Reload(); },
              WithCommitHook(options.writer, [this] { NotifyCommitted(); })),
      pruner_([this] { PruneEventsPeriodically(); }) {}

SqliteStore::~SqliteStore() { Shutdown(); }

void SqliteStore::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(pruner_mu_);
    stopping_ = true;
  }
  pruner_wake_.notify_all();
  if (pruner_.joinable()) pruner_.join();
  writer_.Shutdown();
}

template <typename Read>
auto SqliteStore::OnReader(Read&& read) {
  using Result = typename AsStatusOr<decltype(read(std::declval<SqliteConnection&>()))>::type;
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    return Result(read(*connection));
  } catch (const std::exception& e) {
    return Result(StorageError(e));
  }
}

absl::StatusOr<BackupSummary> SqliteStore::Backup(const BackupOptions& options,
                                                  BackupProgressCallback progress) {
  return BackupDatabase(path_, options, std::move(progress));
}

template <typename T>
void SqliteStore::SubmitWrite(absl::AnyInvocable<absl::StatusOr<T>(SqliteConnection&)> apply,
                              Done<T> done) {
  // The job's value travels from apply to finish through this slot; finish
  // runs after apply on the same thread.
  auto result = std::make_shared<std::optional<T>>();
  writer_.Submit(WriteJob{
      /*apply=*/[apply = std::move(apply),
                 result](SqliteConnection& connection) mutable -> absl::Status {
        absl::StatusOr<T> value = apply(connection);
        if (!value.ok()) return value.status();
        *result = *std::move(value);
        return absl::OkStatus();
      },
      /*finish=*/[done = std::move(done), result](absl::Status status) mutable {
        if (status.ok()) {
          std::move(done)(std::move(**result));
        } else {
          std::move(done)(std::move(status));
        }
      },
      /*queued=*/absl::Time(),  // set by Submit
  });
}

template <typename T>
absl::StatusOr<T> SqliteStore::GetResource(const ResourceTable& table, absl::string_view id) {
  return OnReader([&](SqliteConnection& connection) -> absl::StatusOr<T> {
    T resource;
    LEADFLOW_RETURN_IF_ERROR(ReadResource(connection, table, id, resource).status());
    return resource;
  });
}

template <typename T>
absl::StatusOr<Page<T>> SqliteStore::ListResources(const ListSpec& spec, const ListQuery& query) {
  LEADFLOW_ASSIGN_OR_RETURN(ListPlan plan, PlanList(spec, query, tokens_));
  const ResourceTable* table = spec.table;
  return OnReader([&](SqliteConnection& connection) {
    return RunList<T>(connection, plan, tokens_, [table](SQLite::Statement& row) {
      T resource;
      table->Read(row, resource);
      return resource;
    });
  });
}

template <typename T>
void SqliteStore::CreateResource(const ResourceTable& table, T resource, WriteOrigin origin,
                                 const WriteHooks<T>& hooks, Done<T> done) {
  SubmitWrite<T>(
      [&table, &hooks, resource = std::move(resource),
       origin = std::move(origin)](SqliteConnection& connection) mutable -> absl::StatusOr<T> {
        // The fingerprint is of the resource as asked for, before the
        // insert gives it a name and times.
        const T asked = resource;
        return ExecuteOnce<T>(connection, CreateMethod(table), origin.request_id, asked,
                              [&]() -> absl::StatusOr<T> {
                                LEADFLOW_RETURN_IF_ERROR(CreateRecord(
                                    connection, table, hooks, origin, absl::Now(), resource));
                                return resource;
                              });
      },
      std::move(done));
}

template <typename T>
void SqliteStore::UpdateResource(const ResourceTable& table, std::string id, std::string etag,
                                 Mutation<T> mutate, WriteOrigin origin,
                                 const WriteHooks<T>& hooks, Done<T> done) {
  SubmitWrite<T>(
      [&table, &hooks, id = std::move(id), etag = std::move(etag), mutate = std::move(mutate),
       origin = std::move(origin)](SqliteConnection& connection) mutable -> absl::StatusOr<T> {
        T current;
        LEADFLOW_ASSIGN_OR_RETURN(std::int64_t revision,
                                  ReadResourceForWrite(connection, table, id, etag, current));
        LEADFLOW_ASSIGN_OR_RETURN(T updated, mutate(current));
        LEADFLOW_RETURN_IF_ERROR(UpdateRecord(connection, table, hooks, origin, absl::Now(),
                                              current, revision, updated));
        return updated;
      },
      std::move(done));
}

template <typename T>
void SqliteStore::DeleteResource(
    const ResourceTable& table, std::string id, std::string etag,
    absl::AnyInvocable<absl::Status(SqliteConnection&, const T&)> check, WriteOrigin origin,
    StatusDone done) {
  // A delete has no value to return; `true` stands in for "done".
  SubmitWrite<bool>(
      [&table, id = std::move(id), etag = std::move(etag), check = std::move(check),
       origin = std::move(origin)](SqliteConnection& connection) mutable -> absl::StatusOr<bool> {
        T current;
        LEADFLOW_RETURN_IF_ERROR(
            ReadResourceForWrite(connection, table, id, etag, current).status());
        LEADFLOW_RETURN_IF_ERROR(check(connection, current));
        DeleteRecord(connection, table, origin, absl::Now(), current);
        return true;
      },
      [done = std::move(done)](const absl::StatusOr<bool>& result) mutable {
        std::move(done)(result.status());
      });
}

// --- Leads ---

absl::StatusOr<Lead> SqliteStore::GetLead(absl::string_view id) {
  return GetResource<Lead>(LeadTable(), id);
}

absl::StatusOr<Page<Lead>> SqliteStore::ListLeads(const ListQuery& query) {
  return ListResources<Lead>(LeadListSpec(), query);
}

void SqliteStore::CreateLead(Lead lead, WriteOrigin origin, Done<Lead> done) {
  CreateResource<Lead>(LeadTable(), std::move(lead), std::move(origin), LeadHooks(),
                       std::move(done));
}

void SqliteStore::UpdateLead(std::string id, std::string etag, Mutation<Lead> mutate,
                             WriteOrigin origin, Done<Lead> done) {
  UpdateResource<Lead>(LeadTable(), std::move(id), std::move(etag), std::move(mutate),
                       std::move(origin), LeadHooks(), std::move(done));
}

void SqliteStore::DeleteLead(std::string id, std::string etag, DeleteCheck<Lead> check,
                             WriteOrigin origin, StatusDone done) {
  DeleteResource<Lead>(
      LeadTable(), std::move(id), std::move(etag),
      [check = std::move(check)](SqliteConnection&, const Lead& lead) mutable {
        return check(lead);
      },
      std::move(origin), std::move(done));
}

// --- Accounts ---

absl::StatusOr<Account> SqliteStore::GetAccount(absl::string_view id) {
  return GetResource<Account>(AccountTable(), id);
}

absl::StatusOr<Page<Account>> SqliteStore::ListAccounts(const ListQuery& query) {
  return ListResources<Account>(AccountListSpec(), query);
}

void SqliteStore::CreateAccount(Account account, WriteOrigin origin, Done<Account> done) {
  CreateResource<Account>(AccountTable(), std::move(account), std::move(origin), AccountHooks(),
                          std::move(done));
}

void SqliteStore::UpdateAccount(std::string id, std::string etag, Mutation<Account> mutate,
                                WriteOrigin origin, Done<Account> done) {
  UpdateResource<Account>(AccountTable(), std::move(id), std::move(etag), std::move(mutate),
                          std::move(origin), AccountHooks(), std::move(done));
}

void SqliteStore::DeleteAccount(std::string id, std::string etag, WriteOrigin origin,
                                StatusDone done) {
  DeleteResource<Account>(
      AccountTable(), std::move(id), std::move(etag),
      [](SqliteConnection& connection, const Account& account) {
        return CheckAccountUnreferenced(connection, account);
      },
      std::move(origin), std::move(done));
}

// --- Contacts ---

absl::StatusOr<Contact> SqliteStore::GetContact(absl::string_view id) {
  return GetResource<Contact>(ContactTable(), id);
}

absl::StatusOr<Page<Contact>> SqliteStore::ListContacts(const ListQuery& query) {
  return ListResources<Contact>(ContactListSpec(), query);
}

void SqliteStore::CreateContact(Contact contact, WriteOrigin origin, Done<Contact> done) {
  CreateResource<Contact>(ContactTable(), std::move(contact), std::move(origin), ContactHooks(),
                          std::move(done));
}

void SqliteStore::UpdateContact(std::string id, std::string etag, Mutation<Contact> mutate,
                                WriteOrigin origin, Done<Contact> done) {
  UpdateResource<Contact>(ContactTable(), std::move(id), std::move(etag), std::move(mutate),
                          std::move(origin), ContactHooks(), std::move(done));
}

void SqliteStore::DeleteContact(std::string id, std::string etag, WriteOrigin origin,
                                StatusDone done) {
  DeleteResource<Contact>(
      ContactTable(), std::move(id), std::move(etag),
      [](SqliteConnection& connection, const Contact& contact) {
        return CheckContactUnreferenced(connection, contact);
      },
      std::move(origin), std::move(done));
}

// --- Opportunities ---

absl::StatusOr<Opportunity> SqliteStore::GetOpportunity(absl::string_view id) {
  return GetResource<Opportunity>(OpportunityTable(), id);
}

absl::StatusOr<Page<Opportunity>> SqliteStore::ListOpportunities(const ListQuery& query) {
  return ListResources<Opportunity>(OpportunityListSpec(), query);
}

void SqliteStore::CreateOpportunity(Opportunity opportunity, WriteOrigin origin,
                                    Done<Opportunity> done) {
  CreateResource<Opportunity>(OpportunityTable(), std::move(opportunity), std::move(origin),
                              OpportunityHooks(), std::move(done));
}

void SqliteStore::UpdateOpportunity(std::string id, std::string etag,
                                    Mutation<Opportunity> mutate, WriteOrigin origin,
                                    Done<Opportunity> done) {
  UpdateResource<Opportunity>(OpportunityTable(), std::move(id), std::move(etag),
                              std::move(mutate), std::move(origin), OpportunityHooks(),
                              std::move(done));
}

void SqliteStore::DeleteOpportunity(std::string id, std::string etag, WriteOrigin origin,
                                    StatusDone done) {
  DeleteResource<Opportunity>(
      OpportunityTable(), std::move(id), std::move(etag),
      [](SqliteConnection& connection, const Opportunity& opportunity) {
        return CheckOpportunityUnreferenced(connection, opportunity);
      },
      std::move(origin), std::move(done));
}

absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>> SqliteStore::ListOpportunityHistory(
    absl::string_view id, std::int32_t page_size, const std::string& page_token) {
  return OnReader([&](SqliteConnection& connection)
                      -> absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>> {
    Opportunity opportunity;
    LEADFLOW_RETURN_IF_ERROR(
        ReadResource(connection, OpportunityTable(), id, opportunity).status());
    return ReadHistory(connection, tokens_, id, page_size, page_token);
  });
}

// --- Reports ---

absl::StatusOr<leadflow::v1::PipelineSummary> SqliteStore::GetPipelineSummary(
    const leadflow::v1::GetPipelineSummaryRequest& request) {
  return OnReader([&](SqliteConnection& connection) {
    return QueryPipelineSummary(connection, request);
  });
}

absl::StatusOr<leadflow::v1::LeadFunnel> SqliteStore::GetLeadFunnel(
    const leadflow::v1::GetLeadFunnelRequest& request) {
  return OnReader(
      [&](SqliteConnection& connection) { return QueryLeadFunnel(connection, request); });
}

// --- Conversion ---

void SqliteStore::ConvertLead(leadflow::v1::ConvertLeadRequest request, std::string actor,
                              ConversionPlanner plan,
                              Done<leadflow::v1::ConvertLeadResponse> done) {
  if (request.validate_only()) {
    // A dry run reads committed state on a reader and writes nothing.
    std::move(done)(OnReader([&](SqliteConnection& connection) {
      return PreviewConversion(connection, request, plan, absl::Now());
    }));
    return;
  }
  WriteOrigin origin{std::move(actor), request.request_id()};
  SubmitWrite<leadflow::v1::ConvertLeadResponse>(
      [request = std::move(request), origin = std::move(origin),
       plan = std::move(plan)](SqliteConnection& connection) mutable
      -> absl::StatusOr<leadflow::v1::ConvertLeadResponse> {
        return ExecuteOnce<leadflow::v1::ConvertLeadResponse>(
            connection, kConvertLeadMethod, request.request_id(), request,
            [&] { return WriteConversion(connection, request, plan, origin, absl::Now()); });
      },
      std::move(done));
}

absl::StatusOr<leadflow::v1::FindConversionMatchesResponse> SqliteStore::FindConversionMatches(
    absl::string_view id) {
  return OnReader([&](SqliteConnection& connection)
                      -> absl::StatusOr<leadflow::v1::FindConversionMatchesResponse> {
    Lead lead;
    LEADFLOW_RETURN_IF_ERROR(ReadResource(connection, LeadTable(), id, lead).status());
    return FindMatches(connection, lead);
  });
}

void SqliteStore::CaptureLead(Lead lead, CaptureRules rules, WriteOrigin origin, Done<Lead> done) {
  SubmitWrite<Lead>(
      [lead = std::move(lead), rules = std::move(rules),
       origin = std::move(origin)](SqliteConnection& connection) {
        return CaptureLeadOnce(connection, lead, rules, origin);
      },
      std::move(done));
}

void SqliteStore::BatchCreateLeads(LeadBatch batch, WriteOrigin origin,
                                   Done<leadflow::v1::BatchCreateLeadsResponse> done) {
  SubmitWrite<leadflow::v1::BatchCreateLeadsResponse>(
      [batch = std::move(batch), origin = std::move(origin)](SqliteConnection& connection) {
        return CaptureBatchOnce(connection, batch, origin);
      },
      std::move(done));
}

absl::StatusOr<std::int64_t> SqliteStore::ImportResumePoint(
    const leadflow::v1::ImportLeadsHeader& header) {
  return OnReader([&](SqliteConnection& connection) {
    return ResumePoint(ReadImportProgress(connection, header.request_id()),
                       RequestFingerprint(header), header.request_id());
  });
}

void SqliteStore::ImportLeadChunk(ImportChunk chunk, WriteOrigin origin,
                                  Done<ImportChunkResult> done) {
  // The chunk goes to the writer as several small jobs, queued together so
  // that they still commit in one group. Each job runs under a savepoint,
  // and SQLite keeps an in-memory journal of every page a savepoint's
  // statements change; releasing a statement inside it walks that journal
  // from its start, so a job's cost grows with the square of its rows (a
  // 500-row job spent half its time there). Parts run in order on the one
  // writer, and each part continues from the one before (after_row), so a
  // failed part stops the rest.
  struct Pending {
    std::size_t parts_left = 0;
    ImportChunkResult total;
    absl::Status status;
    Done<ImportChunkResult> done;
  };
  std::vector<ImportChunk> parts = SplitImportChunk(std::move(chunk), kImportRowsPerJob);
  auto pending = std::make_shared<Pending>();
  pending->parts_left = parts.size();
  pending->done = std::move(done);
  for (ImportChunk& part : parts) {
    SubmitWrite<ImportChunkResult>(
        [part = std::move(part), origin](SqliteConnection& connection) {
          return ImportRows(connection, part, origin, absl::Now());
        },
        // Parts finish one after another on the writer's thread.
        [pending](absl::StatusOr<ImportChunkResult> result) {
          if (!result.ok()) {
            if (pending->status.ok()) pending->status = result.status();
          } else {
            AddImportResult(*result, pending->total);
          }
          if (--pending->parts_left > 0) return;
          if (pending->status.ok()) {
            std::move(pending->done)(std::move(pending->total));
          } else {
            std::move(pending->done)(pending->status);
          }
        });
  }
}

absl::StatusOr<std::vector<leadflow::v1::DuplicateMatch>> SqliteStore::FindDuplicates(
    const std::vector<domain::DuplicateKey>& keys, std::size_t limit) {
  return OnReader([&](SqliteConnection& connection)
                      -> absl::StatusOr<std::vector<leadflow::v1::DuplicateMatch>> {
    return FindDuplicateMatches(connection, keys, limit);
  });
}

// --- Change feed ---

absl::StatusOr<EventBatch> SqliteStore::ReadEvents(const EventQuery& query) {
  return OnReader(
      [&](SqliteConnection& connection) { return store::ReadEvents(connection, query); });
}

absl::StatusOr<Page<leadflow::v1::Event>> SqliteStore::ListEvents(
    std::int64_t after_sequence, const leadflow::v1::EventFilter& filter,
    std::int32_t page_size, const std::string& page_token) {
  return ListEventPage(tokens_, after_sequence, filter, page_size, page_token,
                       [this](const EventQuery& query) { return ReadEvents(query); });
}

absl::StatusOr<std::int64_t> SqliteStore::LatestEventSequence() {
  return OnReader([](SqliteConnection& connection) -> absl::StatusOr<std::int64_t> {
    return store::LatestEventSequence(connection);
  });
}

void SqliteStore::SetCommitListener(std::function<void()> listener) {
  std::lock_guard<std::mutex> lock(listener_mu_);
  listener_ = std::move(listener);
}

void SqliteStore::NotifyCommitted() {
  std::lock_guard<std::mutex> lock(listener_mu_);
  if (listener_) listener_();
}

void SqliteStore::PruneEventsPeriodically() {
  // Each job removes a bounded number of rows, so that pruning a large
  // backlog never holds the writer for long; a full job is followed at once
  // by the next.
  constexpr int kRowsPerJob = 10'000;
  absl::Duration wait = retention_.prune_interval;
  while (true) {
    {
      std::unique_lock<std::mutex> lock(pruner_mu_);
      // Clamped: an "infinite" interval would overflow the clock.
      if (pruner_wake_.wait_for(lock, absl::ToChronoNanoseconds(std::min(wait, absl::Hours(24))),
                                [this] { return stopping_; })) {
        return;
      }
    }
    std::promise<std::int64_t> pruned;
    SubmitWrite<std::int64_t>(
        [this](SqliteConnection& connection) -> absl::StatusOr<std::int64_t> {
          return PruneEvents(connection, retention_, absl::Now(), kRowsPerJob);
        },
        [&pruned](absl::StatusOr<std::int64_t> removed) {
          pruned.set_value(removed.ok() ? *removed : 0);
        });
    wait = pruned.get_future().get() >= kRowsPerJob ? absl::ZeroDuration()
                                                    : retention_.prune_interval;
  }
}

}  // namespace leadflow::store
