#include "domain/matching.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace leadflow::domain {
namespace {

// Legal forms dropped from the end of a company name, as single words after
// punctuation is removed.
constexpr absl::string_view kLegalForms[] = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
    "limited", "llc", "llp", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl",
    "spa", "bv", "nv", "oy", "ab", "as", "aps", "kk", "pty", "pte", "lp"};

bool IsLegalForm(absl::string_view word) {
  for (absl::string_view form : kLegalForms) {
    if (word == form) return true;
  }
  return false;
}

}  // namespace

std::string NormalizeCompanyName(absl::string_view name) {
  std::string folded;
  for (char c : name) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(c) || byte >= 0x80) {
      folded.push_back(absl::ascii_tolower(c));
    } else if (c == '&') {
      folded.append(" and ");
    } else if (c != '.' && c != '\'') {
      // "A.C.M.E." and "O'Brien" keep their letters together.
      folded.push_back(' ');
    }
  }
  std::vector<std::string> words = absl::StrSplit(folded, ' ', absl::SkipEmpty());
  // Keep at least one word: a company called "Company" stays "company".
  while (words.size() > 1 && IsLegalForm(words.back())) words.pop_back();
  return absl::StrJoin(words, " ");
}

std::string WebsiteDomain(absl::string_view website) {
  absl::string_view host = absl::StripAsciiWhitespace(website);
  if (std::size_t scheme = host.find("://"); scheme != absl::string_view::npos) {
    host.remove_prefix(scheme + 3);
  }
  host = host.substr(0, host.find_first_of("/?#"));
  if (std::size_t at = host.rfind('@'); at != absl::string_view::npos) {
    host.remove_prefix(at + 1);  // user:password@host
  }
  host = host.substr(0, host.find(':'));
  std::string domain = absl::AsciiStrToLower(host);
  absl::string_view view = domain;
  absl::ConsumeSuffix(&view, ".");
  absl::ConsumePrefix(&view, "www.");
  if (view.find('.') == absl::string_view::npos) return "";
  return std::string(view);
}

std::string EmailDomain(absl::string_view email) {
  std::size_t at = email.rfind('@');
  if (at == absl::string_view::npos) return "";
  return absl::AsciiStrToLower(email.substr(at + 1));
}

}  // namespace leadflow::domain
