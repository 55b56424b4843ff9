// Imports a purchased list: one lead per CSV row, with a progress line, then
// prints the lead funnel. Each row's request id is derived from the list
// name and row number, so running the same import twice creates nothing new.
//
//   import_leads LIST.csv [HOST:PORT]     (default $LEADFLOW_TARGET, else 127.0.0.1:50051)
//
// $LEADFLOW_TOKEN is sent as the bearer token; $LEADFLOW_TLS_CA (and
// $LEADFLOW_TLS_CERT, $LEADFLOW_TLS_KEY) switch to TLS: options_from_env.h.
//
// The CSV has a header row naming its columns; known columns are first_name,
// last_name, company, email, title, phone, website, industry, city, country.
// Fields may be quoted ("Smith, Jr."), with "" for a quote inside.

#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "leadflow/leadflow.h"
#include "options_from_env.h"

namespace {

namespace v1 = leadflow::v1;

// Splits one CSV line (RFC 4180, without line breaks inside fields).
std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

std::string BaseName(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

v1::Lead LeadFromRow(const std::map<std::string, std::string>& row, const std::string& list,
                     int row_number) {
  auto get = [&](const char* column) {
    auto it = row.find(column);
    return it == row.end() ? std::string() : it->second;
  };
  v1::Lead lead;
  lead.set_first_name(get("first_name"));
  lead.set_last_name(get("last_name"));
  lead.set_company(get("company"));
  lead.set_email(get("email"));
  lead.set_title(get("title"));
  lead.set_phone(get("phone"));
  lead.set_website(get("website"));
  lead.set_industry(get("industry"));
  lead.mutable_address()->set_city(get("city"));
  lead.mutable_address()->set_country(get("country"));
  lead.set_lead_source("Purchased List");
  lead.mutable_source_detail()->mutable_purchased_list()->set_list(list);
  lead.mutable_source_detail()->mutable_purchased_list()->set_row(row_number);
  return lead;
}

void ShowProgress(int done, int total) {
  constexpr int kWidth = 30;
  const int filled = total == 0 ? kWidth : done * kWidth / total;
  std::fprintf(stderr, "\r[%s%s] %d/%d", std::string(filled, '#').c_str(),
               std::string(kWidth - filled, ' ').c_str(), done, total);
  if (done == total) std::fprintf(stderr, "\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s LIST.csv [HOST:PORT]\n", argv[0]);
    return 2;
  }
  std::ifstream file(argv[1]);
  if (!file) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  std::vector<std::string> lines;
  for (std::string line; std::getline(file, line);) {
    if (!line.empty() && line != "\r") lines.push_back(line);
  }
  if (lines.empty()) {
    std::fprintf(stderr, "%s has no header row\n", argv[1]);
    return 2;
  }
  const std::vector<std::string> header = SplitCsvLine(lines.front());
  const std::string list = BaseName(argv[1]);

  leadflow::Options options;
  leadflow_examples::ApplyEnvironment(options);
  if (argc > 2) options.target = argv[2];
  options.user_agent_prefix = "import-leads/1.0";
  leadflow::LeadClient leads(leadflow::MakeLeadConnection(options));

  const int total = static_cast<int>(lines.size()) - 1;
  int imported = 0;
  std::vector<std::string> failures;
  for (int i = 1; i <= total; ++i) {
    std::vector<std::string> fields = SplitCsvLine(lines[i]);
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < header.size() && c < fields.size(); ++c) row[header[c]] = fields[c];
    v1::CreateLeadRequest request;
    *request.mutable_lead() = LeadFromRow(row, list, i);
    request.set_request_id(absl::StrCat("import:", list, ":", i));
    absl::StatusOr<v1::Lead> lead = leads.CreateLead(std::move(request));
    if (lead.ok()) {
      ++imported;
    } else {
      failures.push_back(absl::StrCat("row ", i, ": ", lead.status().message()));
    }
    ShowProgress(i, total);
  }
  std::printf("imported %d of %d rows from %s\n", imported, total, list.c_str());
  for (const std::string& failure : failures) std::printf("  skipped %s\n", failure.c_str());

  absl::StatusOr<v1::LeadFunnel> funnel = leads.GetLeadFunnel();
  if (!funnel.ok()) {
    std::fprintf(stderr, "GetLeadFunnel failed: %s\n", funnel.status().ToString().c_str());
    return 1;
  }
  std::printf("funnel: %lld leads, %lld converted (%.0f%%)\n",
              static_cast<long long>(funnel->total()),
              static_cast<long long>(funnel->converted()), funnel->conversion_rate() * 100);
  for (const auto& status : funnel->by_status()) {
    std::printf("  status %-24s %lld\n", status.value().c_str(),
                static_cast<long long>(status.count()));
  }
  for (const auto& source : funnel->by_source()) {
    std::printf("  source %-24s %lld\n", source.value().empty() ? "(none)" : source.value().c_str(),
                static_cast<long long>(source.count()));
  }
  return failures.empty() ? 0 : 3;
}
