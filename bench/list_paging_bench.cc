// Measures what a page of ListLeads costs deep into a large result, against
// the first page, through the real SqliteStore. For contrast it times the
// same pages fetched with OFFSET, which Leadflow does not use.
//
//   build/bench/list_paging_bench [--leads=10000] [--page_size=50] [--repeats=200]
//
// Prints one line per measured page and the ratios, all from one run.

#include <chrono>
#include <cstdio>
#include <future>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "store/sqlite_store.h"
#include "support/temp_dir.h"

ABSL_FLAG(int, leads, 10'000, "leads to create");
ABSL_FLAG(int, page_size, 50, "leads per page");
ABSL_FLAG(int, repeats, 200, "times each page is fetched; the median is reported");

namespace {

using Clock = std::chrono::steady_clock;
using leadflow::store::ListQuery;
using leadflow::store::SqliteStore;

double MedianMicros(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  return samples[samples.size() / 2];
}

template <typename F>
double TimeMedian(int repeats, F&& f) {
  std::vector<double> samples;
  for (int i = 0; i < repeats; ++i) {
    auto start = Clock::now();
    f();
    samples.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
  }
  return MedianMicros(std::move(samples));
}

void CreateLeads(SqliteStore& store, int count) {
  std::vector<std::promise<void>> done(count);
  for (int i = 0; i < count; ++i) {
    leadflow::v1::Lead lead;
    lead.set_last_name(absl::StrCat("Last", i));
    lead.set_company(absl::StrCat("Company ", i % 101));
    lead.set_status("Open - Not Contacted");
    store.CreateLead(std::move(lead), {}, [&done, i](absl::StatusOr<leadflow::v1::Lead> r) {
      if (!r.ok()) std::fprintf(stderr, "create failed: %s\n", r.status().ToString().c_str());
      done[i].set_value();
    });
  }
  for (auto& d : done) d.get_future().wait();
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const int leads = absl::GetFlag(FLAGS_leads);
  const int page_size = absl::GetFlag(FLAGS_page_size);
  const int repeats = absl::GetFlag(FLAGS_repeats);
  const int last_page = leads / page_size;

  leadflow::testing::TempDir dir;
  const std::string path = dir.File("bench.db");
  auto store = SqliteStore::Open({path});
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  auto start = Clock::now();
  CreateLeads(**store, leads);
  std::printf("created %d leads in %.2f s\n", leads,
              std::chrono::duration<double>(Clock::now() - start).count());

  // Walk to each page once to collect the tokens that start them.
  std::vector<std::string> tokens = {""};
  ListQuery query{page_size, "", "", ""};
  while (true) {
    auto page = (*store)->ListLeads(query);
    if (!page.ok() || page->next_page_token.empty()) break;
    tokens.push_back(page->next_page_token);
    query.page_token = page->next_page_token;
  }
  std::printf("%zu pages of %d\n", tokens.size(), page_size);

  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  auto keyset = [&](int page) {
    return TimeMedian(repeats, [&] {
      auto result = (*store)->ListLeads({page_size, tokens[page - 1], "", ""});
      if (!result.ok() || static_cast<int>(result->items.size()) != page_size) std::abort();
    });
  };
  auto offset = [&](int page) {
    SQLite::Statement statement(
        raw, "SELECT * FROM leads ORDER BY create_time_us, id LIMIT ? OFFSET ?");
    return TimeMedian(repeats, [&] {
      statement.reset();
      statement.bind(1, page_size);
      statement.bind(2, (page - 1) * page_size);
      int rows = 0;
      while (statement.executeStep()) ++rows;
      if (rows != page_size) std::abort();
    });
  };

  const int middle = std::max(1, last_page / 2);
  double k1 = keyset(1), km = keyset(middle), kl = keyset(last_page);
  double o1 = offset(1), om = offset(middle), ol = offset(last_page);
  std::printf("keyset (ListLeads)  page 1: %8.1f us  page %d: %8.1f us  page %d: %8.1f us\n",
              k1, middle, km, last_page, kl);
  std::printf("OFFSET (raw SQL)    page 1: %8.1f us  page %d: %8.1f us  page %d: %8.1f us\n",
              o1, middle, om, last_page, ol);
  std::printf("ratio last/first: keyset %.2f, OFFSET %.2f\n", kl / k1, ol / o1);
  return 0;
}
