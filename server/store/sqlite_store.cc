#include "store/sqlite_store.h"

#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "store/idempotency.h"
#include "store/migrations.h"
#include "store/sqlite_backup.h"
#include "store/sqlite_conversion.h"
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
// How many referrers a "still in use" error names.
constexpr int kReferrersShown = 5;

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

// The contact's account exists and, when the write moves the contact to
// another account, no opportunity names it as its contact: that
// opportunity's account would no longer match, and every later update of
// the opportunity would be refused.
absl::Status ContactReferencesHold(SqliteConnection& connection, const Contact* old,
                                   const Contact& contact) {
  LEADFLOW_RETURN_IF_ERROR(
      RequireReference(connection, AccountTable(), contact.account(), "contact.account"));
  if (old == nullptr || old->account() == contact.account()) return absl::OkStatus();
  std::vector<std::string> opportunities =
      Referrers(connection, OpportunityTable(), "contact_id",
                ContactTable().IdOf(contact.name()), kReferrersShown);
  if (opportunities.empty()) return absl::OkStatus();
  return domain::FailedPrecondition(
      leadflow::v1::CONTACT_IN_USE, contact.name(),
      absl::StrCat("cannot move to ", contact.account(), " while it is the contact of ",
                   absl::StrJoin(opportunities, ", "),
                   opportunities.size() >= kReferrersShown ? " and perhaps more" : "",
                   " of ", old->account(), "; change their contact first"));
}

// The opportunity's account exists, and its contact (when named) exists
// and works for that account.
absl::Status OpportunityReferencesHold(SqliteConnection& connection, const Opportunity* /*old*/,
                                       const Opportunity& opportunity) {
  LEADFLOW_RETURN_IF_ERROR(RequireReference(connection, AccountTable(), opportunity.account(),
                                            "opportunity.account"));
  if (opportunity.contact().empty()) return absl::OkStatus();
  Contact contact;
  absl::StatusOr<std::int64_t> found = ReadResource(
      connection, ContactTable(), ContactTable().IdOf(opportunity.contact()), contact);
  if (!found.ok()) {
    return domain::InvalidField("opportunity.contact",
                                absl::StrCat(opportunity.contact(), " does not exist"),
                                leadflow::v1::REFERENCE_NOT_FOUND);
  }
  if (contact.account() != opportunity.account()) {
    return domain::InvalidField("opportunity.contact",
                                absl::StrCat(contact.name(), " belongs to ", contact.account(),
                                             ", not to ", opportunity.account()));
  }
  return absl::OkStatus();
}

// Hooks that keep an opportunity's references honest and its history.
WriteHooks<Opportunity> OpportunityHooks(std::string actor) {
  return {OpportunityReferencesHold,
          [actor = std::move(actor)](SqliteConnection& connection, const Opportunity* old,
                                     const Opportunity& written) {
            AppendHistory(connection, old != nullptr ? *old : Opportunity(), written, actor,
                          absl::Now());
          }};
}

// Hooks that keep an account's match keys current.
WriteHooks<Account> AccountHooks() {
  return {nullptr, [](SqliteConnection& connection, const Account*, const Account& written) {
            WriteAccountMatchKeys(connection, written);
          }};
}

// Refuses to delete `name`, a record of `table`, while others still refer
// to it, naming them.
absl::Status CheckUnreferenced(SqliteConnection& connection, leadflow::v1::ErrorReason reason,
                               const ResourceTable& table, const std::string& name,
                               std::initializer_list<std::pair<const ResourceTable*, const char*>>
                                   referrers) {
  const std::string id = table.IdOf(name);
  std::vector<std::string> names;
  for (const auto& [table, column] : referrers) {
    for (std::string& referrer : Referrers(connection, *table, column, id, kReferrersShown)) {
      names.push_back(std::move(referrer));
    }
  }
  if (names.empty()) return absl::OkStatus();
  return domain::FailedPrecondition(
      reason, name,
      absl::StrCat("still referred to by ", absl::StrJoin(names, ", "),
                   names.size() >= kReferrersShown ? " and perhaps more" : "",
                   "; delete or move them first"));
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
                                                        options.writer));
  } catch (const std::exception& e) {
    return domain::ServerError(
        absl::StatusCode::kInternal,
        absl::StrCat("cannot open the database \"", options.path, "\": ", e.what()));
  }
}

SqliteStore::SqliteStore(std::string path, DatabaseLock lock,
                         std::unique_ptr<SqliteConnection> writer_connection,
                         std::unique_ptr<ReaderPool> readers, PageTokenCodec tokens,
                         Writer::Options writer_options)
    : lock_(std::move(lock)),
      path_(std::move(path)),
      readers_(std::move(readers)),
      tokens_(std::move(tokens)),
      writer_(std::move(writer_connection), [this] { readers_->Reload(); }, writer_options) {}

SqliteStore::~SqliteStore() { Shutdown(); }

void SqliteStore::Shutdown() { writer_.Shutdown(); }

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
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    T resource;
    LEADFLOW_RETURN_IF_ERROR(ReadResource(*connection, table, id, resource).status());
    return resource;
  } catch (const std::exception& e) {
    return StorageError(e);
  }
}

template <typename T>
absl::StatusOr<Page<T>> SqliteStore::ListResources(const ListSpec& spec, const ListQuery& query) {
  LEADFLOW_ASSIGN_OR_RETURN(ListPlan plan, PlanList(spec, query, tokens_));
  const ResourceTable* table = spec.table;
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    return RunList<T>(*connection, plan, tokens_, [table](SQLite::Statement& row) {
      T resource;
      table->Read(row, resource);
      return resource;
    });
  } catch (const std::exception& e) {
    return StorageError(e);
  }
}

template <typename T>
void SqliteStore::CreateResource(const ResourceTable& table, T resource, std::string request_id,
                                 WriteHooks<T> hooks, Done<T> done) {
  SubmitWrite<T>(
      [&table, resource = std::move(resource), request_id = std::move(request_id),
       hooks = std::move(hooks)](SqliteConnection& connection) mutable -> absl::StatusOr<T> {
        // The fingerprint is of the resource as asked for, before the
        // insert gives it a name and times.
        const T asked = resource;
        return ExecuteOnce<T>(connection, CreateMethod(table), request_id, asked,
                              [&]() -> absl::StatusOr<T> {
                                if (hooks.before) {
                                  LEADFLOW_RETURN_IF_ERROR(
                                      hooks.before(connection, nullptr, resource));
                                }
                                InsertResource(connection, table, resource, absl::Now());
                                if (hooks.after) hooks.after(connection, nullptr, resource);
                                return resource;
                              });
      },
      std::move(done));
}

template <typename T>
void SqliteStore::UpdateResource(const ResourceTable& table, std::string id, std::string etag,
                                 Mutation<T> mutate, WriteHooks<T> hooks, Done<T> done) {
  SubmitWrite<T>(
      [&table, id = std::move(id), etag = std::move(etag), mutate = std::move(mutate),
       hooks = std::move(hooks)](SqliteConnection& connection) mutable -> absl::StatusOr<T> {
        T current;
        LEADFLOW_ASSIGN_OR_RETURN(std::int64_t revision,
                                  ReadResourceForWrite(connection, table, id, etag, current));
        LEADFLOW_ASSIGN_OR_RETURN(T updated, mutate(current));
        // The store, not the mutation, owns identity and bookkeeping.
        updated.set_name(current.name());
        *updated.mutable_create_time() = current.create_time();
        if (hooks.before) LEADFLOW_RETURN_IF_ERROR(hooks.before(connection, &current, updated));
        store::UpdateResource(connection, table, updated, revision + 1, absl::Now());
        if (hooks.after) hooks.after(connection, &current, updated);
        return updated;
      },
      std::move(done));
}

template <typename T>
void SqliteStore::DeleteResource(
    const ResourceTable& table, std::string id, std::string etag,
    absl::AnyInvocable<absl::Status(SqliteConnection&, const T&)> check, StatusDone done) {
  // A delete has no value to return; `true` stands in for "done".
  SubmitWrite<bool>(
      [&table, id = std::move(id), etag = std::move(etag), check = std::move(check)](
          SqliteConnection& connection) mutable -> absl::StatusOr<bool> {
        T current;
        LEADFLOW_RETURN_IF_ERROR(
            ReadResourceForWrite(connection, table, id, etag, current).status());
        LEADFLOW_RETURN_IF_ERROR(check(connection, current));
        DeleteRow(connection, table, id);
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

void SqliteStore::CreateLead(Lead lead, std::string request_id, Done<Lead> done) {
  CreateResource<Lead>(LeadTable(), std::move(lead), std::move(request_id), {}, std::move(done));
}

void SqliteStore::UpdateLead(std::string id, std::string etag, Mutation<Lead> mutate,
                             Done<Lead> done) {
  UpdateResource<Lead>(LeadTable(), std::move(id), std::move(etag), std::move(mutate), {},
                       std::move(done));
}

void SqliteStore::DeleteLead(std::string id, std::string etag, DeleteCheck<Lead> check,
                             StatusDone done) {
  DeleteResource<Lead>(
      LeadTable(), std::move(id), std::move(etag),
      [check = std::move(check)](SqliteConnection&, const Lead& lead) mutable {
        return check(lead);
      },
      std::move(done));
}

// --- Accounts ---

absl::StatusOr<Account> SqliteStore::GetAccount(absl::string_view id) {
  return GetResource<Account>(AccountTable(), id);
}

absl::StatusOr<Page<Account>> SqliteStore::ListAccounts(const ListQuery& query) {
  return ListResources<Account>(AccountListSpec(), query);
}

void SqliteStore::CreateAccount(Account account, std::string request_id, Done<Account> done) {
  CreateResource<Account>(AccountTable(), std::move(account), std::move(request_id),
                          AccountHooks(), std::move(done));
}

void SqliteStore::UpdateAccount(std::string id, std::string etag, Mutation<Account> mutate,
                                Done<Account> done) {
  UpdateResource<Account>(AccountTable(), std::move(id), std::move(etag), std::move(mutate),
                          AccountHooks(), std::move(done));
}

void SqliteStore::DeleteAccount(std::string id, std::string etag, StatusDone done) {
  DeleteResource<Account>(
      AccountTable(), std::move(id), std::move(etag),
      [](SqliteConnection& connection, const Account& account) {
        return CheckUnreferenced(connection, leadflow::v1::ACCOUNT_IN_USE, AccountTable(),
                                 account.name(),
                                 {{&ContactTable(), "account_id"},
                                  {&OpportunityTable(), "account_id"},
                                  {&LeadTable(), "converted_account_id"}});
      },
      std::move(done));
}

// --- Contacts ---

absl::StatusOr<Contact> SqliteStore::GetContact(absl::string_view id) {
  return GetResource<Contact>(ContactTable(), id);
}

absl::StatusOr<Page<Contact>> SqliteStore::ListContacts(const ListQuery& query) {
  return ListResources<Contact>(ContactListSpec(), query);
}

void SqliteStore::CreateContact(Contact contact, std::string request_id, Done<Contact> done) {
  CreateResource<Contact>(ContactTable(), std::move(contact), std::move(request_id),
                          {ContactReferencesHold, nullptr}, std::move(done));
}

void SqliteStore::UpdateContact(std::string id, std::string etag, Mutation<Contact> mutate,
                                Done<Contact> done) {
  UpdateResource<Contact>(ContactTable(), std::move(id), std::move(etag), std::move(mutate),
                          {ContactReferencesHold, nullptr}, std::move(done));
}

void SqliteStore::DeleteContact(std::string id, std::string etag, StatusDone done) {
  DeleteResource<Contact>(
      ContactTable(), std::move(id), std::move(etag),
      [](SqliteConnection& connection, const Contact& contact) {
        return CheckUnreferenced(connection, leadflow::v1::CONTACT_IN_USE, ContactTable(),
                                 contact.name(),
                                 {{&OpportunityTable(), "contact_id"},
                                  {&LeadTable(), "converted_contact_id"}});
      },
      std::move(done));
}

// --- Opportunities ---

absl::StatusOr<Opportunity> SqliteStore::GetOpportunity(absl::string_view id) {
  return GetResource<Opportunity>(OpportunityTable(), id);
}

absl::StatusOr<Page<Opportunity>> SqliteStore::ListOpportunities(const ListQuery& query) {
  return ListResources<Opportunity>(OpportunityListSpec(), query);
}

void SqliteStore::CreateOpportunity(Opportunity opportunity, std::string request_id,
                                    std::string actor, Done<Opportunity> done) {
  CreateResource<Opportunity>(OpportunityTable(), std::move(opportunity), std::move(request_id),
                              OpportunityHooks(std::move(actor)), std::move(done));
}

void SqliteStore::UpdateOpportunity(std::string id, std::string etag,
                                    Mutation<Opportunity> mutate, std::string actor,
                                    Done<Opportunity> done) {
  UpdateResource<Opportunity>(OpportunityTable(), std::move(id), std::move(etag),
                              std::move(mutate), OpportunityHooks(std::move(actor)),
                              std::move(done));
}

void SqliteStore::DeleteOpportunity(std::string id, std::string etag, StatusDone done) {
  DeleteResource<Opportunity>(
      OpportunityTable(), std::move(id), std::move(etag),
      [](SqliteConnection& connection, const Opportunity& opportunity) {
        return CheckUnreferenced(connection, leadflow::v1::OPPORTUNITY_IN_USE, OpportunityTable(),
                                 opportunity.name(),
                                 {{&LeadTable(), "converted_opportunity_id"}});
      },
      std::move(done));
}

absl::StatusOr<Page<leadflow::v1::OpportunityHistoryEntry>> SqliteStore::ListOpportunityHistory(
    absl::string_view id, std::int32_t page_size, const std::string& page_token) {
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    Opportunity opportunity;
    LEADFLOW_RETURN_IF_ERROR(
        ReadResource(*connection, OpportunityTable(), id, opportunity).status());
    return ReadHistory(*connection, tokens_, id, page_size, page_token);
  } catch (const std::exception& e) {
    return StorageError(e);
  }
}

// --- Reports ---

absl::StatusOr<leadflow::v1::PipelineSummary> SqliteStore::GetPipelineSummary(
    const leadflow::v1::GetPipelineSummaryRequest& request) {
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    return QueryPipelineSummary(*connection, request);
  } catch (const std::exception& e) {
    return StorageError(e);
  }
}

absl::StatusOr<leadflow::v1::LeadFunnel> SqliteStore::GetLeadFunnel(
    const leadflow::v1::GetLeadFunnelRequest& request) {
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    return QueryLeadFunnel(*connection, request);
  } catch (const std::exception& e) {
    return StorageError(e);
  }
}

// --- Conversion ---

void SqliteStore::ConvertLead(leadflow::v1::ConvertLeadRequest request, std::string actor,
                              ConversionPlanner plan,
                              Done<leadflow::v1::ConvertLeadResponse> done) {
  if (request.validate_only()) {
    // A dry run reads committed state on a reader and writes nothing.
    absl::StatusOr<leadflow::v1::ConvertLeadResponse> preview = [&]()
        -> absl::StatusOr<leadflow::v1::ConvertLeadResponse> {
      try {
        ReaderPool::Lease connection = readers_->Acquire();
        LEADFLOW_ASSIGN_OR_RETURN(domain::ConversionState state,
                                  LoadConversionState(*connection, request));
        LEADFLOW_ASSIGN_OR_RETURN(domain::ConversionOutcome outcome, plan(state));
        return PreviewConversion(std::move(outcome));
      } catch (const std::exception& e) {
        return StorageError(e);
      }
    }();
    std::move(done)(std::move(preview));
    return;
  }
  SubmitWrite<leadflow::v1::ConvertLeadResponse>(
      [request = std::move(request), actor = std::move(actor),
       plan = std::move(plan)](SqliteConnection& connection) mutable
      -> absl::StatusOr<leadflow::v1::ConvertLeadResponse> {
        return ExecuteOnce<leadflow::v1::ConvertLeadResponse>(
            connection, kConvertLeadMethod, request.request_id(), request,
            [&]() -> absl::StatusOr<leadflow::v1::ConvertLeadResponse> {
              LEADFLOW_ASSIGN_OR_RETURN(domain::ConversionState state,
                                        LoadConversionState(connection, request));
              LEADFLOW_ASSIGN_OR_RETURN(domain::ConversionOutcome outcome, plan(state));
              return WriteConversion(connection, std::move(outcome), actor, absl::Now());
            });
      },
      std::move(done));
}

absl::StatusOr<leadflow::v1::FindConversionMatchesResponse> SqliteStore::FindConversionMatches(
    absl::string_view id) {
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    Lead lead;
    LEADFLOW_RETURN_IF_ERROR(ReadResource(*connection, LeadTable(), id, lead).status());
    return FindMatches(*connection, lead);
  } catch (const std::exception& e) {
    return StorageError(e);
  }
}

}  // namespace leadflow::store
