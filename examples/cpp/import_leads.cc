// Imports a purchased list from CSV through one ImportLeads stream, then
// prints the lead funnel.
//
//   import_leads LIST.csv [HOST:PORT] [--duplicates=allow|skip|refuse]
//
// HOST:PORT defaults to $LEADFLOW_TARGET, else 127.0.0.1:50051.
// $LEADFLOW_TOKEN is sent as the bearer token; $LEADFLOW_TLS_CA (and
// $LEADFLOW_TLS_CERT, $LEADFLOW_TLS_KEY) switch to TLS: options_from_env.h.
//
// Every lead gets the source "Purchased List", with the file's base name as
// the list and its row number as the row. --duplicates says what to do with
// a row that matches an existing lead or contact (or an earlier row): create
// it anyway (allow), leave it out (skip, the default) or reject it (refuse).
// Rows go to the server 500 to a message; on a terminal, a progress line
// shows the rows sent, rows per second and the time left.
//
// The import's request id is derived from the file (its base name, size and
// a hash of its bytes), so running the same file again resumes it: rows the
// server has already committed are skipped, and a finished import creates
// nothing new. Running it again with another --duplicates is refused
// (REQUEST_ID_REUSED). At the end it prints the server's counts and the
// first rejected rows with their reasons. Exit status: 0, 3 when rows were
// rejected, 1 when the import failed (run it again to resume), 2 for bad
// arguments.
//
// The CSV has a header row naming its columns; known columns are first_name,
// last_name, company, email, title, phone, website, industry, city, country.
// Fields may be quoted ("Smith, Jr."), with "" for a quote inside.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "leadflow/leadflow.h"
#include "options_from_env.h"

namespace {

namespace v1 = leadflow::v1;

constexpr int kRowsPerMessage = 500;
constexpr int kRejectedRowsShown = 10;

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

// The lead of one row; source and list come from the import's header.
v1::Lead LeadFromRow(const std::vector<std::string>& header,
                     const std::vector<std::string>& fields) {
  std::map<std::string, std::string> row;
  for (std::size_t c = 0; c < header.size() && c < fields.size(); ++c) row[header[c]] = fields[c];
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
  return lead;
}

// The size and a 64-bit FNV-1a hash of the file's bytes.
std::optional<std::pair<std::uint64_t, std::uint64_t>> SizeAndHash(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::uint64_t size = 0;
  std::uint64_t hash = 14695981039346656037ull;
  std::vector<char> buffer(1 << 16);
  while (file.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
         file.gcount() > 0) {
    const auto count = static_cast<std::size_t>(file.gcount());
    for (std::size_t i = 0; i < count; ++i) {
      hash = (hash ^ static_cast<unsigned char>(buffer[i])) * 1099511628211ull;
    }
    size += count;
  }
  return std::make_pair(size, hash);
}

// "import:<list>:<size>:<hash>", in the 128 printable ASCII characters a
// request id may have.
std::string ImportRequestId(const std::string& list, std::uint64_t size, std::uint64_t hash) {
  std::string name = list.substr(0, 80);
  for (char& c : name) {
    if (c < 0x21 || c > 0x7e) c = '_';
  }
  return absl::StrFormat("import:%s:%d:%016x", name, size, hash);
}

std::optional<v1::DuplicatePolicy> ParsePolicy(const std::string& name) {
  if (name == "allow") return v1::ALLOW;
  if (name == "skip") return v1::SKIP;
  if (name == "refuse") return v1::REFUSE;
  return std::nullopt;
}

std::string Clock(double seconds) {
  const long long total = std::llround(seconds);
  if (total >= 3600) {
    return absl::StrFormat("%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60);
  }
  return absl::StrFormat("%d:%02d", total / 60, total % 60);
}

// The progress line, on a terminal only, redrawn at most ten times a
// second: rows sent, their rate, and the time left from the share of the
// file's bytes read since the first row was sent.
class Progress {
 public:
  using SteadyClock = std::chrono::steady_clock;

  explicit Progress(std::uint64_t file_size)
      : enabled_(isatty(fileno(stderr)) == 1), size_(file_size) {}

  // The first row to send starts at byte `offset` of the file.
  void Start(std::uint64_t offset) {
    started_ = true;
    start_ = SteadyClock::now();
    start_offset_ = offset;
  }

  // `offset`: bytes of the file read so far.
  void Update(std::int64_t rows_sent, std::uint64_t offset, bool last = false) {
    if (!enabled_) return;
    if (!started_) Start(offset);
    const SteadyClock::time_point now = SteadyClock::now();
    if (!last && now - shown_ < std::chrono::milliseconds(100)) return;
    shown_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    std::string line = absl::StrFormat("sent %d rows", rows_sent);
    if (elapsed > 0.05) {
      absl::StrAppendFormat(&line, "  %.0f rows/s", static_cast<double>(rows_sent) / elapsed);
      const std::uint64_t read = offset - start_offset_;
      if (!last && read > 0 && offset < size_) {
        absl::StrAppend(&line, "  ETA ", Clock(elapsed * static_cast<double>(size_ - offset) /
                                                        static_cast<double>(read)));
      }
    }
    if (last) absl::StrAppend(&line, "  in ", Clock(elapsed));
    // Pad over what a longer previous line left.
    std::fprintf(stderr, "\r%-60s%s", line.c_str(), last ? "\n" : "");
    std::fflush(stderr);
  }

 private:
  const bool enabled_;
  const std::uint64_t size_;
  bool started_ = false;
  SteadyClock::time_point start_;
  SteadyClock::time_point shown_;
  std::uint64_t start_offset_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> arguments;
  v1::DuplicatePolicy policy = v1::SKIP;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (absl::StartsWith(argument, "--duplicates=")) {
      std::optional<v1::DuplicatePolicy> parsed =
          ParsePolicy(argument.substr(std::string("--duplicates=").size()));
      if (!parsed) {
        std::fprintf(stderr, "--duplicates must be allow, skip or refuse\n");
        return 2;
      }
      policy = *parsed;
    } else {
      arguments.push_back(argument);
    }
  }
  if (arguments.empty() || arguments.size() > 2) {
    std::fprintf(stderr, "usage: %s LIST.csv [HOST:PORT] [--duplicates=allow|skip|refuse]\n",
                 argv[0]);
    return 2;
  }
  const std::string path = arguments[0];
  const auto size_and_hash = SizeAndHash(path);
  std::ifstream file(path, std::ios::binary);
  if (!size_and_hash || !file) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 2;
  }
  const auto [file_size, file_hash] = *size_and_hash;
  std::uint64_t offset = 0;  // bytes read so far
  std::string line;
  auto next_line = [&]() {  // the next non-empty line
    while (std::getline(file, line)) {
      offset += line.size() + 1;
      if (!line.empty() && line != "\r") return true;
    }
    return false;
  };
  if (!next_line()) {
    std::fprintf(stderr, "%s has no header row\n", path.c_str());
    return 2;
  }
  const std::vector<std::string> header = SplitCsvLine(line);
  const std::string list = BaseName(path);

  leadflow::Options options;
  leadflow_examples::ApplyEnvironment(options);
  if (arguments.size() > 1) options.target = arguments[1];
  options.user_agent_prefix = "import-leads/2.0";
  leadflow::LeadClient leads(leadflow::MakeLeadConnection(options));

  v1::ImportLeadsHeader import_header;
  import_header.set_request_id(ImportRequestId(list, file_size, file_hash));
  import_header.mutable_source()->set_lead_source("Purchased List");
  import_header.mutable_source()->mutable_source_detail()->mutable_purchased_list()->set_list(list);
  import_header.set_duplicate_policy(policy);
  absl::StatusOr<leadflow::LeadImport> import = leads.ImportLeads(import_header);
  if (!import.ok()) {
    std::fprintf(stderr, "ImportLeads failed: %s\n", import.status().ToString().c_str());
    if (leadflow::ErrorReason(import.status()) == v1::REQUEST_ID_REUSED) {
      std::fprintf(stderr, "(%s was imported before with other options)\n", list.c_str());
    }
    return 1;
  }
  const std::int64_t resume_after = import->resumed_after_row();

  // Rows up to the resume point are in already: read past them unsent.
  Progress progress(file_size);
  std::int64_t row_number = 0;
  std::int64_t skipped = 0;
  std::int64_t sent = 0;
  google::protobuf::RepeatedPtrField<v1::ImportRow> rows;
  bool broken = false;
  while (!broken && next_line()) {
    if (++row_number <= resume_after) {
      ++skipped;
      continue;
    }
    if (sent == 0 && rows.empty()) progress.Start(offset - line.size() - 1);
    v1::ImportRow* row = rows.Add();
    row->set_row_number(row_number);
    *row->mutable_lead() = LeadFromRow(header, SplitCsvLine(line));
    if (rows.size() == kRowsPerMessage) {
      sent += rows.size();
      broken = !import->Write(std::move(rows));  // the reason comes from Finish()
      rows.Clear();
      progress.Update(sent, offset);
    }
  }
  if (!broken && !rows.empty()) {
    sent += rows.size();
    import->Write(std::move(rows));
  }
  progress.Update(sent, offset, /*last=*/true);
  absl::StatusOr<v1::ImportLeadsResponse> reply = import->Finish();
  if (!reply.ok()) {
    std::fprintf(stderr, "ImportLeads failed: %s\n", reply.status().ToString().c_str());
    std::fprintf(stderr, "(run it again to resume after the last row the server committed)\n");
    return 1;
  }

  std::printf("imported %s: %lld rows sent", list.c_str(), static_cast<long long>(sent));
  if (skipped > 0) {
    std::printf(", %lld rows skipped (already imported)", static_cast<long long>(skipped));
  }
  std::printf("\n");
  std::printf("  created: %lld\n", static_cast<long long>(reply->created_count()));
  std::printf("  skipped duplicates: %lld\n",
              static_cast<long long>(reply->skipped_duplicate_count()));
  std::printf("  created despite duplicates: %lld\n",
              static_cast<long long>(reply->created_despite_duplicates_count()));
  std::printf("  rejected: %lld\n", static_cast<long long>(reply->rejected_count()));
  // Those this run did not send, and those the server recognised.
  std::printf("  already imported: %lld\n",
              static_cast<long long>(skipped) + static_cast<long long>(reply->already_imported_count()));
  std::printf("  last committed row: %lld\n", static_cast<long long>(reply->last_committed_row()));
  const int shown = std::min(reply->rejected_rows_size(), kRejectedRowsShown);
  for (int i = 0; i < shown; ++i) {
    const v1::RejectedRow& rejected = reply->rejected_rows(i);
    std::printf("  rejected row %lld: %s\n", static_cast<long long>(rejected.row_number()),
                rejected.status().message().c_str());
  }
  if (reply->rejected_count() > shown) {
    std::printf("  ... and %lld more rejected rows\n",
                static_cast<long long>(reply->rejected_count() - shown));
  }

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
  return reply->rejected_count() > 0 ? 3 : 0;
}
