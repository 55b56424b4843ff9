#include "load/fill.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/catalog.h"
#include "domain/conversion.h"
#include "domain/lead_rules.h"
#include "load/lead_maker.h"
#include "store/database_lock.h"
#include "store/migrations.h"
#include "store/record_hooks.h"
#include "store/sqlite_connection.h"
#include "store/sqlite_conversion.h"
#include "store/sqlite_events.h"
#include "store/tables.h"
#include "util/status_macros.h"

// How: every record goes through the store's own write path on one
// connection, inside large transactions, instead of hand-written INSERTs:
// a lead is checked and completed by domain::PrepareNewLead and written by
// store::CreateRecord (the row mapping of ResourceTable, ids from NewId,
// etag revision 1, its change-feed event); a conversion is planned by
// domain::PlanConversion and written by store::WriteConversion (account
// with match keys, contact, opportunity with its first history entry, the
// lead linked to them), exactly as a ConvertLead call does. So the rows
// cannot drift from what the server writes when the schema or the rules
// change. What differs is only what makes it fast: thousands of records
// per transaction instead of one group commit per few hundred, no sync to
// disk and no journal until the end (10 % faster than the WAL, whose every
// page is written twice). So a fill that fails leaves a file to delete,
// not to serve: it is simply run again.
//
// The change feed: each record's event is appended as the server would,
// then, every kPruneEvery leads, the store's own PruneEvents applies
// the server's default retention (7 days) to them. Since every generated
// write lies further in the past than that, the events table ends up empty
// with the feed's sequence and pruned_through at the number of writes: the
// state a server that made these writes would reach once its pruner ran,
// and nothing for the server to prune in the background during a bench.

namespace leadflow::bench {
namespace {

using leadflow::v1::Lead;

const store::WriteOrigin kOrigin{"fill_db", ""};

// Pruning this often lets the next leads' events reuse the pages the
// previous ones freed, so the file does not keep a batch's worth of them.
constexpr std::int64_t kPruneEvery = 1000;

std::int64_t CountLeads(store::SqliteConnection& connection) {
  return connection.db().execAndGet("SELECT count(*) FROM leads").getInt64();
}

absl::Status WriteLead(store::SqliteConnection& connection, const domain::Catalog& catalog,
                       std::int64_t n, std::int64_t table_size, absl::Time created, Lead& lead) {
  leadflow::v1::CreateLeadRequest request;
  *request.mutable_lead() = MakeLead(n, table_size);
  LEADFLOW_ASSIGN_OR_RETURN(lead, domain::PrepareNewLead(request, catalog));
  return store::CreateRecord(connection, store::LeadTable(), store::LeadHooks(), kOrigin, created,
                             lead);
}

absl::Status ConvertLead(store::SqliteConnection& connection, const domain::Catalog& catalog,
                         const Lead& lead, absl::Time when) {
  leadflow::v1::ConvertLeadRequest request;
  request.set_name(lead.name());
  request.mutable_opportunity_amount()->set_currency_code("USD");
  request.mutable_opportunity_amount()->set_units(1000 + lead.number_of_employees() * 10);
  LEADFLOW_ASSIGN_OR_RETURN(const std::string status,
                            domain::CheckConvertRequest(request, catalog));
  store::ConversionPlanner plan = [&](const domain::ConversionState& state, absl::Time now) {
    return domain::PlanConversion(request, status, state, catalog, now);
  };
  return store::WriteConversion(connection, request, plan, kOrigin, when).status();
}

}  // namespace

absl::StatusOr<FillSummary> FillDatabase(const FillOptions& options) {
  const store::EventRetention retention;  // the server's default
  if (options.newest_age <= retention.max_age + absl::Hours(24)) {
    return absl::InvalidArgumentError(
        "the newest lead must be older than the event retention plus a day");
  }
  if (options.leads < 0 || options.batch <= 0 || options.converted_share < 0 ||
      options.converted_share > 1) {
    return absl::InvalidArgumentError("leads >= 0, batch > 0 and 0 <= converted_share <= 1");
  }
  const auto start = std::chrono::steady_clock::now();
  LEADFLOW_ASSIGN_OR_RETURN(store::DatabaseLock lock, store::DatabaseLock::Acquire(options.path));
  FillSummary summary;
  try {
    store::SqliteConnection connection(options.path, store::SqliteConnection::Mode::kReadWrite);
    LEADFLOW_RETURN_IF_ERROR(store::Migrate(connection.db()));
    if (const std::int64_t existing = CountLeads(connection); existing > 0) {
      return absl::FailedPreconditionError(
          absl::StrCat(options.path, " has ", existing, " leads already; fill a new file"));
    }
    connection.db().exec("PRAGMA synchronous = OFF");
    connection.db().exec("PRAGMA journal_mode = OFF");
    connection.db().exec("PRAGMA cache_size = -262144");  // 256 MiB: the indexes stay cached

    const domain::Catalog catalog = domain::Catalog::Default();
    const std::int64_t convert_every =
        options.converted_share > 0
            ? std::max<std::int64_t>(1, std::llround(1 / options.converted_share))
            : std::numeric_limits<std::int64_t>::max();
    const absl::Time newest = absl::Now() - options.newest_age;
    const absl::Duration step =
        options.leads > 1 ? options.span / (options.leads - 1) : absl::ZeroDuration();
    const absl::Time oldest = newest - step * (options.leads > 0 ? options.leads - 1 : 0);
    for (std::int64_t first = 0; first < options.leads; first += options.batch) {
      const std::int64_t end = std::min(options.leads, first + options.batch);
      SQLite::Transaction transaction(connection.db());
      for (std::int64_t n = first; n < end; ++n) {
        const absl::Time created = oldest + step * n;
        Lead lead;
        LEADFLOW_RETURN_IF_ERROR(WriteLead(connection, catalog, n, options.leads, created, lead));
        if (n % convert_every == convert_every - 1) {
          // Converted a day after it came in, like a lead followed up at once.
          LEADFLOW_RETURN_IF_ERROR(
              ConvertLead(connection, catalog, lead, created + absl::Hours(24)));
          ++summary.converted;
        }
        if (n % kPruneEvery == kPruneEvery - 1 || n == end - 1) {
          store::PruneEvents(connection, retention, absl::Now(), std::numeric_limits<int>::max());
        }
      }
      transaction.commit();
      summary.leads = end;
      if (options.progress) options.progress(end);
    }
    connection.db().exec("PRAGMA journal_mode = WAL");
    connection.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    connection.db().exec("PRAGMA synchronous = FULL");
  } catch (const std::exception& e) {
    return absl::InternalError(
        absl::StrCat(e.what(), "; delete ", options.path, " and fill it again"));
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  summary.file_bytes = static_cast<std::int64_t>(std::filesystem::file_size(options.path));
  return summary;
}

}  // namespace leadflow::bench
