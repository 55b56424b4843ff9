// Times GetPipelineSummary and GetLeadFunnel over many records through the
// real SqliteStore (the aggregation runs in SQLite).
//
//   build/bench/pipeline_summary_bench [--opportunities=100000] [--leads=100000]
//
// Prints the median and worst of --repeats runs of each report.

#include <chrono>
#include <cstdio>
#include <future>
#include <random>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/catalog.h"
#include "domain/opportunity_rules.h"
#include "store/sqlite_store.h"
#include "support/temp_dir.h"

ABSL_FLAG(int, opportunities, 100'000, "opportunities to create");
ABSL_FLAG(int, leads, 100'000, "leads to create (0 skips the funnel)");
ABSL_FLAG(int, repeats, 20, "runs of each report");
ABSL_FLAG(std::string, db, "", "database file to fill and keep (default: a temporary one)");

namespace {

using Clock = std::chrono::steady_clock;
using leadflow::store::SqliteStore;

// Waits for every write submitted through `submit(i, done)`.
template <typename T, typename Submit>
void SubmitAll(int count, Submit submit) {
  std::vector<std::promise<void>> done(count);
  for (int i = 0; i < count; ++i) {
    submit(i, [&done, i](absl::StatusOr<T> result) {
      if (!result.ok()) {
        std::fprintf(stderr, "write failed: %s\n", result.status().ToString().c_str());
        std::abort();
      }
      done[i].set_value();
    });
  }
  for (auto& d : done) d.get_future().wait();
}

template <typename F>
void Time(const char* what, int repeats, F&& run) {
  std::vector<double> ms;
  for (int i = 0; i < repeats; ++i) {
    auto start = Clock::now();
    run();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%-40s median %8.1f ms   worst %8.1f ms\n", what, ms[ms.size() / 2], ms.back());
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const int opportunities = absl::GetFlag(FLAGS_opportunities);
  const int leads = absl::GetFlag(FLAGS_leads);
  const int repeats = absl::GetFlag(FLAGS_repeats);
  const leadflow::domain::Catalog catalog = leadflow::domain::Catalog::Default();

  leadflow::testing::TempDir dir;
  const std::string path =
      absl::GetFlag(FLAGS_db).empty() ? dir.File("bench.db") : absl::GetFlag(FLAGS_db);
  auto opened = SqliteStore::Open({path});
  if (!opened.ok()) return 1;
  SqliteStore& store = **opened;

  auto start = Clock::now();
  constexpr int kAccounts = 200;
  std::vector<std::string> accounts(kAccounts);
  SubmitAll<leadflow::v1::Account>(kAccounts, [&](int i, auto done) {
    leadflow::v1::Account account;
    account.set_display_name(absl::StrCat("Account ", i));
    store.CreateAccount(account, {}, [&accounts, i, done = std::move(done)](auto result) mutable {
      if (result.ok()) accounts[i] = result->name();
      done(std::move(result));
    });
  });
  std::mt19937 random(42);
  const auto& stages = catalog.opportunity_stages();
  const char* currencies[] = {"USD", "EUR", "GBP"};
  SubmitAll<leadflow::v1::Opportunity>(opportunities, [&](int i, auto done) {
    leadflow::v1::CreateOpportunityRequest request;
    auto& o = *request.mutable_opportunity();
    o.set_account(accounts[random() % kAccounts]);
    o.set_display_name(absl::StrCat("Deal ", i));
    o.set_owner(absl::StrCat("users/", random() % 50));
    o.set_stage(stages[random() % stages.size()].name());
    o.mutable_amount()->set_currency_code(currencies[random() % 3]);
    o.mutable_amount()->set_units(1000 + random() % 1'000'000);
    o.mutable_close_date()->set_year(2026 + random() % 2);
    o.mutable_close_date()->set_month(1 + random() % 12);
    o.mutable_close_date()->set_day(1 + random() % 28);
    auto prepared = leadflow::domain::PrepareNewOpportunity(request, catalog, absl::Now());
    store.CreateOpportunity(*prepared, {"bench", ""}, std::move(done));
  });
  std::printf("created %d opportunities in %.1f s\n", opportunities,
              std::chrono::duration<double>(Clock::now() - start).count());

  Time("GetPipelineSummary (all)", repeats, [&] {
    if (!store.GetPipelineSummary({}).ok()) std::abort();
  });
  leadflow::v1::GetPipelineSummaryRequest narrowed;
  narrowed.set_owner("users/7");
  narrowed.mutable_close_date_start()->set_year(2026);
  narrowed.mutable_close_date_start()->set_month(7);
  narrowed.mutable_close_date_start()->set_day(1);
  Time("GetPipelineSummary (owner, from a date)", repeats, [&] {
    if (!store.GetPipelineSummary(narrowed).ok()) std::abort();
  });

  if (leads > 0) {
    start = Clock::now();
    const auto& statuses = catalog.lead_statuses();
    const auto& sources = catalog.lead_sources();
    SubmitAll<leadflow::v1::Lead>(leads, [&](int i, auto done) {
      leadflow::v1::Lead lead;
      lead.set_last_name(absl::StrCat("Lead ", i));
      lead.set_company("Co");
      lead.set_status(statuses[random() % 2].name());  // open statuses
      lead.set_lead_source(sources[random() % sources.size()]);
      store.CreateLead(lead, {}, std::move(done));
    });
    std::printf("created %d leads in %.1f s\n", leads,
                std::chrono::duration<double>(Clock::now() - start).count());
    Time("GetLeadFunnel (all)", repeats, [&] {
      if (!store.GetLeadFunnel({}).ok()) std::abort();
    });
  }
  return 0;
}
