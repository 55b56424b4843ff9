#include "store/sqlite_store.h"

#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "domain/resource_name.h"
#include "store/idempotency.h"
#include "store/ids.h"
#include "store/migrations.h"
#include "store/row_values.h"
#include "store/sqlite_lead_rows.h"
#include "store/sqlite_list.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

using leadflow::v1::Lead;

constexpr absl::string_view kLeadType = "leadflow.v1.Lead";
constexpr absl::string_view kCreateLeadMethod = "CreateLead";

const ListSpec& LeadListSpec() {
  static const ListSpec* const kSpec = new ListSpec{
      /*collection=*/domain::kLeadCollection,
      /*table=*/"leads",
      /*select_columns=*/LeadSelectColumns(),
      /*id_column=*/"id",
      /*filter_fields=*/LeadFilterFields(),
      /*sort_fields=*/LeadSortFields(),
      /*default_order=*/"create_time",
  };
  return *kSpec;
}

absl::Status StorageError(const std::exception& e) {
  return domain::ServerError(absl::StatusCode::kInternal,
                             absl::StrCat("storage error: ", e.what()));
}

// The lead `id` with its revision, read on `connection`; NOT_FOUND if none.
struct StoredLead {
  Lead lead;
  std::int64_t revision = 0;
};

absl::StatusOr<StoredLead> ReadLead(SqliteConnection& connection,
                                    absl::string_view id) {
  ScopedStatement query = connection.PrepareBound(
      absl::StrCat("SELECT ", LeadSelectColumns(), " FROM leads WHERE id = ?"),
      {std::string(id)});
  if (!query->executeStep()) {
    return domain::NotFound(kLeadType,
                            domain::ResourceName(domain::kLeadCollection, id));
  }
  StoredLead stored;
  stored.lead = ReadLeadRow(*query);
  stored.revision = query->getColumn(LeadColumnCount()).getInt64();
  return stored;
}

// Reads lead `id` for a write and checks `etag` against it.
absl::StatusOr<StoredLead> ReadLeadForWrite(SqliteConnection& connection,
                                            absl::string_view id,
                                            absl::string_view etag) {
  LEADFLOW_ASSIGN_OR_RETURN(StoredLead stored, ReadLead(connection, id));
  if (!etag.empty() && etag != stored.lead.etag()) {
    return domain::EtagMismatch(stored.lead.name());
  }
  return stored;
}

std::string ReadPageTokenKey(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT value FROM store_secrets WHERE name = 'page_token_key'");
  if (!query.executeStep()) throw std::runtime_error("the page token key is missing");
  SQLite::Column value = query.getColumn(0);
  return std::string(static_cast<const char*>(value.getBlob()), value.getBytes());
}

}  // namespace

absl::StatusOr<std::unique_ptr<SqliteStore>> SqliteStore::Open(
    const Options& options) {
  try {
    auto writer_connection = std::make_unique<SqliteConnection>(
        options.path, SqliteConnection::Mode::kReadWrite);
    LEADFLOW_RETURN_IF_ERROR(Migrate(writer_connection->db()));
    PageTokenCodec tokens(ReadPageTokenKey(writer_connection->db()));
    auto readers = std::make_unique<ReaderPool>(options.path,
                                                std::max(1, options.reader_connections));
    return std::unique_ptr<SqliteStore>(new SqliteStore(
        std::move(writer_connection), std::move(readers), std::move(tokens)));
  } catch (const std::exception& e) {
    return domain::ServerError(
        absl::StatusCode::kInternal,
        absl::StrCat("cannot open the database \"", options.path, "\": ", e.what()));
  }
}

SqliteStore::SqliteStore(std::unique_ptr<SqliteConnection> writer_connection,
                         std::unique_ptr<ReaderPool> readers,
                         PageTokenCodec tokens)
    : readers_(std::move(readers)),
      tokens_(std::move(tokens)),
      writer_(std::move(writer_connection)) {}

SqliteStore::~SqliteStore() { Shutdown(); }

void SqliteStore::Shutdown() { writer_.Shutdown(); }

template <typename T>
void SqliteStore::SubmitWrite(
    absl::AnyInvocable<absl::StatusOr<T>(SqliteConnection&)> apply, Done<T> done) {
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
  });
}

absl::StatusOr<Lead> SqliteStore::GetLead(absl::string_view id) {
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    LEADFLOW_ASSIGN_OR_RETURN(StoredLead stored, ReadLead(*connection, id));
    return std::move(stored.lead);
  } catch (const std::exception& e) {
    return StorageError(e);
  }
}

absl::StatusOr<Page<Lead>> SqliteStore::ListLeads(const ListQuery& query) {
  LEADFLOW_ASSIGN_OR_RETURN(ListPlan plan, PlanList(LeadListSpec(), query, tokens_));
  try {
    ReaderPool::Lease connection = readers_->Acquire();
    return RunList<Lead>(*connection, plan, tokens_, ReadLeadRow);
  } catch (const std::exception& e) {
    return StorageError(e);
  }
}

void SqliteStore::CreateLead(Lead lead, std::string request_id,
                             Done<Lead> done) {
  SubmitWrite<Lead>(
      [lead = std::move(lead), request_id = std::move(request_id)](
          SqliteConnection& connection) mutable -> absl::StatusOr<Lead> {
        std::string fingerprint;
        if (!request_id.empty()) {
          fingerprint = RequestFingerprint(lead);
          LEADFLOW_ASSIGN_OR_RETURN(
              std::optional<std::string> recorded,
              FindRecordedResponse(connection, kCreateLeadMethod, request_id,
                                   fingerprint));
          if (recorded.has_value()) {
            Lead first;
            first.ParseFromString(*recorded);
            return first;
          }
        }
        const absl::Time now = absl::Now();
        const std::string id = NewId(now);
        *lead.mutable_create_time() = TimestampFromMicros(ToMicros(now));
        *lead.mutable_update_time() = lead.create_time();
        ScopedStatement insert = connection.Prepare(LeadInsertSql());
        insert->bind(1, id);
        BindLeadColumns(*insert, 2, lead, /*revision=*/1);
        insert->exec();
        LEADFLOW_ASSIGN_OR_RETURN(StoredLead created, ReadLead(connection, id));
        if (!request_id.empty()) {
          RecordResponse(connection, kCreateLeadMethod, request_id, fingerprint,
                         created.lead);
        }
        return std::move(created.lead);
      },
      std::move(done));
}

void SqliteStore::UpdateLead(std::string id, std::string etag,
                             LeadMutation mutate, Done<Lead> done) {
  SubmitWrite<Lead>(
      [id = std::move(id), etag = std::move(etag), mutate = std::move(mutate)](
          SqliteConnection& connection) mutable -> absl::StatusOr<Lead> {
        LEADFLOW_ASSIGN_OR_RETURN(StoredLead current,
                                  ReadLeadForWrite(connection, id, etag));
        LEADFLOW_ASSIGN_OR_RETURN(Lead updated, mutate(current.lead));
        // The store, not the mutation, owns identity and bookkeeping.
        *updated.mutable_create_time() = current.lead.create_time();
        *updated.mutable_update_time() = TimestampFromMicros(ToMicros(absl::Now()));
        ScopedStatement update = connection.Prepare(LeadUpdateSql());
        BindLeadColumns(*update, 1, updated, current.revision + 1);
        update->bind(LeadColumnCount() + 1, id);
        update->exec();
        LEADFLOW_ASSIGN_OR_RETURN(StoredLead stored, ReadLead(connection, id));
        return std::move(stored.lead);
      },
      std::move(done));
}

void SqliteStore::DeleteLead(std::string id, std::string etag, LeadCheck check,
                             StatusDone done) {
  // A delete has no value to return; `true` stands in for "done".
  SubmitWrite<bool>(
      [id = std::move(id), etag = std::move(etag), check = std::move(check)](
          SqliteConnection& connection) mutable -> absl::StatusOr<bool> {
        LEADFLOW_ASSIGN_OR_RETURN(StoredLead current,
                                  ReadLeadForWrite(connection, id, etag));
        LEADFLOW_RETURN_IF_ERROR(check(current.lead));
        ScopedStatement erase = connection.PrepareBound(
            "DELETE FROM leads WHERE id = ?", {id});
        erase->exec();
        return true;
      },
      [done = std::move(done)](absl::StatusOr<bool> result) mutable {
        std::move(done)(result.status());
      });
}

}  // namespace leadflow::store
