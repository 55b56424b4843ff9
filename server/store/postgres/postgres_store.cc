#include "store/postgres/postgres_store.h"
#include "store/lead_capture_writes.h"

#include <future>
#include <optional>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "store/conversion_writes.h"
#include "store/event_reads.h"
#include "store/idempotency.h"
#include "store/postgres/pg_capture.h"
#include "store/postgres/pg_errors.h"
#include "store/postgres/pg_events.h"
#include "store/postgres/pg_history.h"
#include "store/postgres/pg_idempotency.h"
#include "store/postgres/pg_list.h"
#include "store/postgres/pg_matches.h"
#include "store/postgres/pg_migrations.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_resources.h"
#include "store/postgres/pg_rows.h"
#include "store/record_hooks.h"
#include "store/record_writes.h"
#include "store/reports.h"
#include "store/tables.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

using leadflow::v1::Account;
using leadflow::v1::Contact;
using leadflow::v1::Lead;
using leadflow::v1::Opportunity;

// What a method not yet built on PostgreSQL answers (issue 12 lists them).
absl::Status NotYetOnPostgres(absl::string_view method) {
  return domain::ServerError(
      absl::StatusCode::kUnimplemented,
      absl::StrCat(method, " is not implemented on the PostgreSQL store yet; use SQLite"));
}

// The method under which a table's creates record their request ids (the
// same as SQLite's, so the two stores' idempotency keys mean the same).
std::string CreateMethod(const ResourceTable& table) {
  return absl::StrCat("Create", table.descriptor().name());
}

// The hooks of each resource's writes on PostgreSQL.
using PgHooks = RecordHooks<PgWrite>;

}  // namespace

bool IsPostgresUri(absl::string_view db) {
  return absl::StartsWith(db, "postgresql://") || absl::StartsWith(db, "postgres://");
}

absl::StatusOr<std::unique_ptr<PostgresStore>> PostgresStore::Open(const Options& options) {
  LEADFLOW_ASSIGN_OR_RETURN(std::unique_ptr<PgConnectionPool> pool,
                            PgConnectionPool::Open(options.uri, options.connections));
  LEADFLOW_ASSIGN_OR_RETURN(PgConnectionPool::Lease connection, pool->Acquire());
  LEADFLOW_RETURN_IF_ERROR(MigratePg(*connection));
  LEADFLOW_ASSIGN_OR_RETURN(std::string key, ReadPgPageTokenKey(*connection));
  { PgConnectionPool::Lease returned = std::move(connection); }
  return std::unique_ptr<PostgresStore>(
      new PostgresStore(std::move(pool), PageTokenCodec(std::move(key)), options));
}

PostgresStore::PostgresStore(std::unique_ptr<PgConnectionPool> pool, PageTokenCodec tokens,
                             const Options& options)
    : pool_(std::move(pool)),
      tokens_(std::move(tokens)),
      retention_(options.event_retention),
      watcher_(std::make_unique<PgCommitWatcher>(options.uri, [this] { NotifyCommitted(); })),
      writes_(options.write_threads),
      pruner_([this] { PruneEventsPeriodically(); }) {}

PostgresStore::~PostgresStore() { Shutdown(); }

void PostgresStore::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(pruner_mu_);
    stopping_ = true;
  }
  pruner_wake_.notify_all();
  if (pruner_.joinable()) pruner_.join();
  writes_.Shutdown();
  watcher_.reset();
}

void PostgresStore::PruneEventsPeriodically() {
  // As SqliteStore's: each write removes a bounded number of rows, and a
  // full one is followed at once by the next.
  constexpr int kRowsPerWrite = 10'000;
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
        [this](PgWrite& write) -> absl::StatusOr<std::int64_t> {
          return PrunePgEvents(write, retention_, absl::Now(), kRowsPerWrite);
        },
        [&pruned](absl::StatusOr<std::int64_t> removed) {
          pruned.set_value(removed.ok() ? *removed : 0);
        });
    wait = pruned.get_future().get() >= kRowsPerWrite ? absl::ZeroDuration()
                                                      : retention_.prune_interval;
  }
}

template <typename T>
absl::StatusOr<T> PostgresStore::OnReader(
    absl::FunctionRef<absl::StatusOr<T>(pqxx::transaction_base&)> read) {
  LEADFLOW_ASSIGN_OR_RETURN(PgConnectionPool::Lease connection, pool_->Acquire());
  try {
    pqxx::read_transaction transaction(*connection);
    absl::StatusOr<T> result = read(transaction);
    transaction.commit();
    return result;
  } catch (const std::exception& e) {
    return PgStorageError(e);
  }
}

template <typename T>
void PostgresStore::SubmitWrite(absl::AnyInvocable<absl::StatusOr<T>(PgWrite&)> apply,
                                Done<T> done) {
  // The task owns both; if the queue refuses it (shut down), it is dropped
  // unrun, so the refusal is delivered through a slot kept outside it.
  auto pending = std::make_shared<std::optional<Done<T>>>(std::move(done));
  const bool queued = writes_.Submit([this, apply = std::move(apply), pending]() mutable {
    std::optional<T> value;
    bool committed_events = false;
    absl::Status status = RunPgWrite(
        *pool_,
        [&](PgWrite& write) -> absl::Status {
          absl::StatusOr<T> result = apply(write);
          if (!result.ok()) return result.status();
          value = *std::move(result);
          return absl::OkStatus();
        },
        committed_events);
    if (committed_events) NotifyCommitted();
    if (status.ok()) {
      std::move(**pending)(*std::move(value));
    } else {
      std::move(**pending)(std::move(status));
    }
  });
  if (!queued) {
    std::move(**pending)(domain::ServerError(absl::StatusCode::kUnavailable,
                                             "the server is shutting down; nothing was written"));
  }
}

template <typename T>
absl::StatusOr<T> PostgresStore::GetResource(const ResourceTable& table, absl::string_view id) {
  return OnReader<T>([&](pqxx::transaction_base& transaction) -> absl::StatusOr<T> {
    T resource;
    LEADFLOW_RETURN_IF_ERROR(ReadResource(transaction, table, id, resource).status());
    return resource;
  });
}

template <typename T>
absl::StatusOr<Page<T>> PostgresStore::ListResources(const ListSpec& spec,
                                                     const ListQuery& query) {
  LEADFLOW_ASSIGN_OR_RETURN(ListPlan plan, PlanList(spec, query, tokens_, PostgresDialect()));
  return OnReader<Page<T>>([&](pqxx::transaction_base& transaction) -> absl::StatusOr<Page<T>> {
    return RunPgList<T>(transaction, plan, *spec.table, tokens_);
  });
}

template <typename T>
void PostgresStore::CreateResource(const ResourceTable& table, T resource, WriteOrigin origin,
                                   const WriteHooks<T, PgWrite>& hooks, Done<T> done) {
  SubmitWrite<T>(
      [&table, &hooks, resource = std::move(resource),
       origin = std::move(origin)](PgWrite& write) -> absl::StatusOr<T> {
        // A retry starts again from the resource as asked for, which is also
        // what the request id's fingerprint is of.
        return ExecuteOnce<T>(write, CreateMethod(table), origin.request_id, resource,
                              [&]() -> absl::StatusOr<T> {
                                T record = resource;
                                LEADFLOW_RETURN_IF_ERROR(CreateRecord(
                                    write, table, hooks, origin, absl::Now(), record));
                                return record;
                              });
      },
      std::move(done));
}

template <typename T>
void PostgresStore::UpdateResource(const ResourceTable& table, std::string id, std::string etag,
                                   Mutation<T> mutate, WriteOrigin origin,
                                   const WriteHooks<T, PgWrite>& hooks, Done<T> done) {
  SubmitWrite<T>(
      [&table, &hooks, id = std::move(id), etag = std::move(etag), mutate = std::move(mutate),
       origin = std::move(origin)](PgWrite& write) mutable -> absl::StatusOr<T> {
        T current;
        LEADFLOW_ASSIGN_OR_RETURN(std::int64_t revision,
                                  ReadResourceForWrite(write, table, id, etag, current));
        LEADFLOW_ASSIGN_OR_RETURN(T updated, mutate(current));
        LEADFLOW_RETURN_IF_ERROR(UpdateRecord(write, table, hooks, origin, absl::Now(),
                                              current, revision, updated));
        return updated;
      },
      std::move(done));
}

template <typename T>
void PostgresStore::DeleteResource(const ResourceTable& table, std::string id, std::string etag,
                                   DeleteCheckIn<T> check, WriteOrigin origin,
                                   StatusDone done) {
  // A delete has no value to return; `true` stands in for "done".
  SubmitWrite<bool>(
      [&table, id = std::move(id), etag = std::move(etag), check = std::move(check),
       origin = std::move(origin)](PgWrite& write) mutable -> absl::StatusOr<bool> {
        T current;
        LEADFLOW_RETURN_IF_ERROR(ReadResourceForWrite(write, table, id, etag, current).status());
        LEADFLOW_RETURN_IF_ERROR(check(write, current));
        DeleteRecord(write, table, origin, absl::Now(), current);
        return true;
      },
      [done = std::move(done)](const absl::StatusOr<bool>& result) mutable {
        std::move(done)(result.status());
      });
}

// --- Leads ---

absl::StatusOr<Lead> PostgresStore::GetLead(absl::string_view id) {
  return GetResource<Lead>(LeadTable(), id);
}

absl::StatusOr<Page<Lead>> PostgresStore::ListLeads(const ListQuery& query) {
  return ListResources<Lead>(LeadListSpec(), query);
}

void PostgresStore::CreateLead(Lead lead, WriteOrigin origin, Done<Lead> done) {
  CreateResource<Lead>(LeadTable(), std::move(lead), std::move(origin), PgHooks::Lead(),
                       std::move(done));
}

void PostgresStore::UpdateLead(std::string id, std::string etag, Mutation<Lead> mutate,
                               WriteOrigin origin, Done<Lead> done) {
  UpdateResource<Lead>(LeadTable(), std::move(id), std::move(etag), std::move(mutate),
                       std::move(origin), PgHooks::Lead(), std::move(done));
}

void PostgresStore::DeleteLead(std::string id, std::string etag, DeleteCheck<Lead> check,
                               WriteOrigin origin, StatusDone done) {
  DeleteResource<Lead>(
      LeadTable(), std::move(id), std::move(etag),
      [check = std::move(check)](PgWrite&, const Lead& lead) mutable { return check(lead); },
      std::move(origin), std::move(done));
}

// --- Accounts ---

absl::StatusOr<Account> PostgresStore::GetAccount(absl::string_view id) {
  return GetResource<Account>(AccountTable(), id);
}

absl::StatusOr<Page<Account>> PostgresStore::ListAccounts(const ListQuery& query) {
  return ListResources<Account>(AccountListSpec(), query);
}

void PostgresStore::CreateAccount(Account account, WriteOrigin origin, Done<Account> done) {
  CreateResource<Account>(AccountTable(), std::move(account), std::move(origin),
                          PgHooks::Account(), std::move(done));
}

void PostgresStore::UpdateAccount(std::string id, std::string etag, Mutation<Account> mutate,
                                  WriteOrigin origin, Done<Account> done) {
  UpdateResource<Account>(AccountTable(), std::move(id), std::move(etag), std::move(mutate),
                          std::move(origin), PgHooks::Account(), std::move(done));
}

void PostgresStore::DeleteAccount(std::string id, std::string etag, WriteOrigin origin,
                                  StatusDone done) {
  DeleteResource<Account>(
      AccountTable(), std::move(id), std::move(etag),
      [](PgWrite& write, const Account& account) {
        return CheckAccountUnreferenced(write, account);
      },
      std::move(origin), std::move(done));
}

// --- Contacts ---

absl::StatusOr<Contact> PostgresStore::GetContact(absl::string_view id) {
  return GetResource<Contact>(ContactTable(), id);
}

absl::StatusOr<Page<Contact>> PostgresStore::ListContacts(const ListQuery& query) {
  return ListResources<Contact>(ContactListSpec(), query);
}

void PostgresStore::CreateContact(Contact contact, WriteOrigin origin, Done<Contact> done) {
  CreateResource<Contact>(ContactTable(), std::move(contact), std::move(origin),
                          PgHooks::Contact(), std::move(done));
}

void PostgresStore::UpdateContact(std::string id, std::string etag, Mutation<Contact> mutate,
                                  WriteOrigin origin, Done<Contact> done) {
  UpdateResource<Contact>(ContactTable(), std::move(id), std::move(etag), std::move(mutate),
                          std::move(origin), PgHooks::Contact(), std::move(done));
}

void PostgresStore::DeleteContact(std::string id, std::string etag, WriteOrigin origin,
                                  StatusDone done) {
  DeleteResource<Contact>(
      ContactTable(), std::move(id), std::move(etag),
      [](PgWrite& write, const Contact& contact) {
        return CheckContactUnreferenced(write, contact);
      },
      std::move(origin), std::move(done));
}

// --- Opportunities ---

absl::StatusOr<Opportunity> PostgresStore::GetOpportunity(absl::string_view id) {
  return GetResource<Opportunity>(OpportunityTable(), id);
}

absl::StatusOr<Page<Opportunity>> PostgresStore::ListOpportunities(const ListQuery& query) {
  return ListResources<Opportunity>(OpportunityListSpec(), query);
}

void PostgresStore::CreateOpportunity(Opportunity opportunity, WriteOrigin origin,
                                      Done<Opportunity> done) {
  CreateResource<Opportunity>(OpportunityTable(), std::move(opportunity), std::move(origin),
                              PgHooks::Opportunity(), std::move(done));
}

void PostgresStore::UpdateOpportunity(std::string id, std::string etag,
                                      Mutation<Opportunity> mutate, WriteOrigin origin,
                                      Done<Opportunity> done) {
  UpdateResource<Opportunity>(OpportunityTable(), std::move(id), std::move(etag),
                              std::move(mutate), std::move(origin), PgHooks::Opportunity(),
                              std::move(done));
}

void PostgresStore::DeleteOpportunity(std::string id, std::string etag, WriteOrigin origin,
                                      StatusDone done) {
  DeleteResource<Opportunity>(
      OpportunityTable(), std::move(id), std::move(etag),
      [](PgWrite& write, const Opportunity& opportunity) {
        return CheckOpportunityUnreferenced(write, opportunity);
      },
      std::move(origin), std::move(done));
}

absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>>
PostgresStore::ListOpportunityHistory(absl::string_view id, std::int32_t page_size,
                                      const std::string& page_token) {
  using HistoryPage = Page<leadflow::v1::OpportunityHistoryEntry>;
  return OnReader<HistoryPage>(
      [&](pqxx::transaction_base& transaction) -> absl::StatusOr<HistoryPage> {
        Opportunity opportunity;
        LEADFLOW_RETURN_IF_ERROR(
            ReadResource(transaction, OpportunityTable(), id, opportunity).status());
        return ReadHistory(transaction, tokens_, id, page_size, page_token);
      });
}

// --- Reports ---

namespace {

// reports.h's RunQuery in `transaction`.
auto QueriesIn(pqxx::transaction_base& transaction) {
  return [&transaction](const std::string& sql, const std::vector<SqlValue>& params,
                        absl::FunctionRef<void(RowSource&)> each_row) {
    for (const pqxx::row& row : Exec(transaction, sql, params)) {
      PgRowSource source(row);
      each_row(source);
    }
  };
}

}  // namespace

absl::StatusOr<leadflow::v1::PipelineSummary> PostgresStore::GetPipelineSummary(
    const leadflow::v1::GetPipelineSummaryRequest& request) {
  using Summary = leadflow::v1::PipelineSummary;
  return OnReader<Summary>([&](pqxx::transaction_base& transaction) {
    return QueryPipelineSummary(PostgresDialect(), QueriesIn(transaction), request);
  });
}

absl::StatusOr<leadflow::v1::LeadFunnel> PostgresStore::GetLeadFunnel(
    const leadflow::v1::GetLeadFunnelRequest& request) {
  using Funnel = leadflow::v1::LeadFunnel;
  return OnReader<Funnel>([&](pqxx::transaction_base& transaction) -> absl::StatusOr<Funnel> {
    return QueryLeadFunnel(PostgresDialect(), QueriesIn(transaction), request,
                           FunnelCounting::kFromLeads);
  });
}

// --- Conversion ---

void PostgresStore::ConvertLead(leadflow::v1::ConvertLeadRequest request, std::string actor,
                                ConversionPlanner plan,
                                Done<leadflow::v1::ConvertLeadResponse> done) {
  using Response = leadflow::v1::ConvertLeadResponse;
  if (request.validate_only()) {
    // A dry run reads committed state and writes (and locks) nothing.
    std::move(done)(OnReader<Response>([&](pqxx::transaction_base& transaction) {
      return PreviewConversion(transaction, request, plan, absl::Now());
    }));
    return;
  }
  WriteOrigin origin{std::move(actor), request.request_id()};
  SubmitWrite<Response>(
      [request = std::move(request), origin = std::move(origin),
       plan = std::move(plan)](PgWrite& write) mutable -> absl::StatusOr<Response> {
        return ExecuteOnce<Response>(write, "ConvertLead", request.request_id(), request, [&] {
          // Locks the lead first: a concurrent conversion of it, on any
          // server, waits here and then finds it converted.
          return WriteConversion(write, request, plan, origin, absl::Now());
        });
      },
      std::move(done));
}

absl::StatusOr<leadflow::v1::FindConversionMatchesResponse>
PostgresStore::FindConversionMatches(absl::string_view id) {
  using Response = leadflow::v1::FindConversionMatchesResponse;
  return OnReader<Response>(
      [&](pqxx::transaction_base& transaction) -> absl::StatusOr<Response> {
        Lead lead;
        LEADFLOW_RETURN_IF_ERROR(ReadResource(transaction, LeadTable(), id, lead).status());
        return FindMatches(transaction, lead);
      });
}

void PostgresStore::CaptureLead(Lead lead, CaptureRules rules, WriteOrigin origin,
                                Done<Lead> done) {
  SubmitWrite<Lead>(
      [lead = std::move(lead), rules = std::move(rules), origin = std::move(origin)](
          PgWrite& connection) { return CaptureLeadOnce(connection, lead, rules, origin); },
      std::move(done));
}

void PostgresStore::BatchCreateLeads(LeadBatch batch, WriteOrigin origin,
                                     Done<leadflow::v1::BatchCreateLeadsResponse> done) {
  SubmitWrite<leadflow::v1::BatchCreateLeadsResponse>(
      [batch = std::move(batch), origin = std::move(origin)](PgWrite& connection) {
        return CaptureBatchOnce(connection, batch, origin);
      },
      std::move(done));
}

absl::StatusOr<std::int64_t> PostgresStore::ImportResumePoint(
    const leadflow::v1::ImportLeadsHeader& header) {
  return OnReader<std::int64_t>(
      [&](pqxx::transaction_base& transaction) -> absl::StatusOr<std::int64_t> {
        return ResumePoint(ReadImportProgress(transaction, header.request_id()),
                           RequestFingerprint(header), header.request_id());
      });
}

void PostgresStore::ImportLeadChunk(ImportChunk chunk, WriteOrigin origin,
                                    Done<ImportChunkResult> done) {
  SubmitWrite<ImportChunkResult>(
      [chunk = std::move(chunk), origin = std::move(origin)](PgWrite& connection) {
        return ImportRows(connection, chunk, origin, absl::Now());
      },
      std::move(done));
}

absl::StatusOr<std::vector<leadflow::v1::DuplicateMatch>> PostgresStore::FindDuplicates(
    const std::vector<domain::DuplicateKey>& keys, std::size_t limit) {
  using Matches = std::vector<leadflow::v1::DuplicateMatch>;
  return OnReader<Matches>([&](pqxx::transaction_base& transaction) -> absl::StatusOr<Matches> {
    PgRead read{transaction};
    return FindDuplicateMatches(read, keys, limit);
  });
}

// --- Not yet on PostgreSQL: Backup. It says so rather than pretending. ---

absl::StatusOr<BackupSummary> PostgresStore::Backup(const BackupOptions&,
                                                    BackupProgressCallback) {
  return NotYetOnPostgres("Backup (use pg_dump or the database's own backups)");
}

// --- Change feed ---

absl::StatusOr<EventBatch> PostgresStore::ReadEvents(const EventQuery& query) {
  LEADFLOW_ASSIGN_OR_RETURN(PgConnectionPool::Lease connection, pool_->Acquire());
  try {
    return ReadPgEvents(*connection, query);
  } catch (const std::exception& e) {
    return PgStorageError(e);
  }
}

absl::StatusOr<Page<leadflow::v1::Event>> PostgresStore::ListEvents(
    std::int64_t after_sequence, const leadflow::v1::EventFilter& filter,
    std::int32_t page_size, const std::string& page_token) {
  return ListEventPage(tokens_, after_sequence, filter, page_size, page_token,
                       [this](const EventQuery& query) { return ReadEvents(query); });
}

absl::StatusOr<std::int64_t> PostgresStore::LatestEventSequence() {
  return OnReader<std::int64_t>(
      [](pqxx::transaction_base& transaction) -> absl::StatusOr<std::int64_t> {
        return LatestPgEventSequence(transaction);
      });
}

void PostgresStore::SetCommitListener(std::function<void()> listener) {
  std::lock_guard<std::mutex> lock(listener_mu_);
  listener_ = std::move(listener);
}

void PostgresStore::NotifyCommitted() {
  std::lock_guard<std::mutex> lock(listener_mu_);
  if (listener_) listener_();
}

}  // namespace leadflow::store
