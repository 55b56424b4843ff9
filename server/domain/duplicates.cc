#include "domain/duplicates.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/errors.h"
#include "domain/matching.h"
#include "domain/text.h"

namespace leadflow::domain {
namespace {

using leadflow::v1::DuplicateRule;

// ASCII spellings of U+00C0-U+00FF; "" for the two symbols among the
// letters (U+00D7 multiplication sign, U+00F7 division sign), which fold to
// a space like other punctuation.
constexpr const char* kLatin1Letters[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // C0
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0
};

// ASCII spellings of Latin Extended-A, U+0100-U+017F.
constexpr const char* kLatinExtendedA[128] = {
    "a", "a", "a",  "a",  "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // 0100
    "d", "d", "e",  "e",  "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // 0110
    "g", "g", "g",  "g",  "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // 0120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // 0130
    "l", "l", "l",  "n",  "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",  // 0140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // 0150
    "s", "s", "t",  "t",  "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // 0160
    "u", "u", "u",  "u",  "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // 0170
};

// The code point of the well-formed UTF-8 sequence `bytes`.
std::uint32_t CodePoint(absl::string_view bytes) {
  auto byte = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i]));
  };
  switch (bytes.size()) {
    case 1:
      return byte(0);
    case 2:
      return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
      return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
      return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
             (byte(3) & 0x3F);
  }
}

bool IsQuote(std::uint32_t c) {
  return c == '\'' || c == '"' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x201C ||
         c == 0x201D;
}

// Non-ASCII characters that separate words: the Unicode spaces, the
// Latin-1 punctuation and symbols, and the dashes (a name typed as
// "Jean‐Pierre" in a word processor is "Jean-Pierre").
bool IsSeparator(std::uint32_t c) {
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2015) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// How FoldText treats ASCII punctuation other than quotes.
enum class Punctuation {
  kSpace,  // names: a separator
  kKeep,   // company names: left for NormalizeCompanyName ("A.C.M.E.", "&")
};

// See the header: accents and case removed, quotes dropped, spaces collapsed.
std::string FoldText(absl::string_view text, Punctuation punctuation) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  auto append = [&](absl::string_view piece) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(piece.data(), piece.size());
  };
  while (!text.empty()) {
    std::size_t length = Utf8SequenceLength(text);
    if (length == 0) {  // not UTF-8: keep the byte
      append(text.substr(0, 1));
      text.remove_prefix(1);
      continue;
    }
    absl::string_view bytes = text.substr(0, length);
    text.remove_prefix(length);
    std::uint32_t c = CodePoint(bytes);
    if (c < 0x80) {
      char ascii = static_cast<char>(c);
      if (absl::ascii_isalnum(ascii)) {
        char lower = absl::ascii_tolower(ascii);
        append(absl::string_view(&lower, 1));
      } else if (IsQuote(c)) {
        // dropped: "O'Brien" = "OBrien"
      } else if (punctuation == Punctuation::kKeep && absl::ascii_ispunct(ascii)) {
        append(bytes);
      } else {
        pending_space = true;
      }
    } else if (IsQuote(c)) {
      // dropped
    } else if (c >= 0xC0 && c <= 0xFF && kLatin1Letters[c - 0xC0][0] != '\0') {
      append(kLatin1Letters[c - 0xC0]);
    } else if (c >= 0x100 && c <= 0x17F) {
      append(kLatinExtendedA[c - 0x100]);
    } else if (IsSeparator(c)) {
      pending_space = true;
    } else {
      append(bytes);
    }
  }
  return out;
}

std::string FoldName(absl::string_view name) { return FoldText(name, Punctuation::kSpace); }

std::string CompanyValue(absl::string_view company) {
  return NormalizeCompanyName(FoldText(company, Punctuation::kKeep));
}

// The email lower-cased, or "" when it is not an address.
std::string EmailValue(absl::string_view email) {
  std::string value = absl::AsciiStrToLower(absl::StripAsciiWhitespace(email));
  std::size_t at = value.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == value.size() ||
      value.find('@', at + 1) != std::string::npos) {
    return "";
  }
  return value;
}

constexpr std::size_t kMinPhoneDigits = 7;
constexpr std::size_t kPhoneKeyDigits = 9;

std::string PhoneValue(absl::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (absl::ascii_isdigit(c)) digits.push_back(c);
  }
  if (digits.size() < kMinPhoneDigits) return "";
  if (digits.size() > kPhoneKeyDigits) digits.erase(0, digits.size() - kPhoneKeyDigits);
  return digits;
}

bool IsKnownRule(DuplicateRule rule) {
  return rule != leadflow::v1::DUPLICATE_RULE_UNSPECIFIED &&
         leadflow::v1::DuplicateRule_IsValid(rule);
}

// `rules` without repeats and without unspecified or unknown values.
std::vector<DuplicateRule> DistinctKnownRules(absl::Span<const DuplicateRule> rules) {
  std::vector<DuplicateRule> distinct;
  for (DuplicateRule rule : rules) {
    if (IsKnownRule(rule) && std::find(distinct.begin(), distinct.end(), rule) == distinct.end()) {
      distinct.push_back(rule);
    }
  }
  return distinct;
}

void AddKey(DuplicateRule rule, std::string value, std::vector<std::string> fields,
            std::vector<DuplicateKey>& keys) {
  if (value.empty()) return;
  for (const DuplicateKey& key : keys) {
    if (key.rule == rule && key.value == value) return;
  }
  keys.push_back(DuplicateKey{rule, std::move(value), std::move(fields)});
}

// What a candidate needs to give a key under `rules`, for the error.
std::string KeyRequirements(absl::Span<const DuplicateRule> rules) {
  std::vector<std::string> needs;
  for (DuplicateRule rule : rules) {
    switch (rule) {
      case leadflow::v1::DUPLICATE_RULE_EMAIL:
        needs.emplace_back("an email");
        break;
      case leadflow::v1::DUPLICATE_RULE_NAME_AND_COMPANY:
        needs.emplace_back("a last name and company");
        break;
      case leadflow::v1::DUPLICATE_RULE_PHONE:
        needs.emplace_back("a phone of at least 7 digits");
        break;
      case leadflow::v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY:
        needs.emplace_back("a company with a website or email domain");
        break;
      default:
        break;
    }
  }
  if (needs.size() <= 1) return absl::StrJoin(needs, "");
  std::string last = std::move(needs.back());
  needs.pop_back();
  return absl::StrCat(absl::StrJoin(needs, ", "), " or ", last);
}

}  // namespace

PersonFields LeadPersonFields(const leadflow::v1::Lead& lead) {
  PersonFields person;
  person.first_name = lead.first_name();
  person.last_name = lead.last_name();
  person.company = lead.company();
  person.email = lead.email();
  person.phone = lead.phone();
  person.mobile_phone = lead.mobile_phone();
  person.website = lead.website();
  return person;
}

PersonFields ContactPersonFields(const leadflow::v1::Contact& contact,
                                 absl::string_view account_name) {
  PersonFields person;
  person.first_name = contact.first_name();
  person.last_name = contact.last_name();
  person.company = std::string(account_name);
  person.email = contact.email();
  person.phone = contact.phone();
  person.mobile_phone = contact.mobile_phone();
  return person;
}

std::vector<DuplicateKey> DuplicateKeys(const PersonFields& person,
                                        absl::Span<const DuplicateRule> rules) {
  std::vector<DuplicateKey> keys;
  for (DuplicateRule rule : DistinctKnownRules(rules)) {
    switch (rule) {
      case leadflow::v1::DUPLICATE_RULE_EMAIL:
        AddKey(rule, EmailValue(person.email), {"email"}, keys);
        break;
      case leadflow::v1::DUPLICATE_RULE_NAME_AND_COMPANY: {
        std::string last = FoldName(person.last_name);
        std::string company = CompanyValue(person.company);
        if (last.empty() || company.empty()) break;
        std::string first = FoldName(person.first_name);
        std::string name = first.empty() ? last : absl::StrCat(first, " ", last);
        AddKey(rule, absl::StrCat(name, "|", company), {"first_name", "last_name", "company"},
               keys);
        break;
      }
      case leadflow::v1::DUPLICATE_RULE_PHONE:
        AddKey(rule, PhoneValue(person.phone), {"phone"}, keys);
        AddKey(rule, PhoneValue(person.mobile_phone), {"mobile_phone"}, keys);
        break;
      case leadflow::v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY: {
        std::string company = CompanyValue(person.company);
        if (company.empty()) break;
        std::string domain = WebsiteDomain(person.website);
        std::vector<std::string> fields = {"website", "company"};
        if (domain.empty()) {
          std::string email = EmailValue(person.email);
          if (!email.empty()) domain = EmailDomain(email);
          fields = {"email", "company"};
        }
        if (domain.empty()) break;
        AddKey(rule, absl::StrCat(domain, "|", company), std::move(fields), keys);
        break;
      }
      default:
        break;
    }
  }
  return keys;
}

std::string StoredKey(DuplicateRule rule, absl::string_view value) {
  switch (rule) {
    case leadflow::v1::DUPLICATE_RULE_EMAIL:
      return absl::StrCat("e:", value);
    case leadflow::v1::DUPLICATE_RULE_NAME_AND_COMPANY:
      return absl::StrCat("n:", value);
    case leadflow::v1::DUPLICATE_RULE_PHONE:
      return absl::StrCat("p:", value);
    case leadflow::v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY:
      return absl::StrCat("d:", value);
    default:
      return absl::StrCat(static_cast<int>(rule), ":", value);
  }
}

std::vector<std::string> StoredKeys(absl::Span<const DuplicateKey> keys) {
  std::vector<std::string> stored;
  stored.reserve(keys.size());
  for (const DuplicateKey& key : keys) stored.push_back(StoredKey(key.rule, key.value));
  return stored;
}

std::vector<std::string> IndexedKeys(const PersonFields& person) {
  return StoredKeys(DuplicateKeys(person, AllDuplicateRules()));
}

absl::Span<const DuplicateRule> AllDuplicateRules() {
  static constexpr DuplicateRule kAll[] = {
      leadflow::v1::DUPLICATE_RULE_EMAIL, leadflow::v1::DUPLICATE_RULE_NAME_AND_COMPANY,
      leadflow::v1::DUPLICATE_RULE_PHONE, leadflow::v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY};
  return kAll;
}

int DuplicateRuleWeight(DuplicateRule rule) {
  switch (rule) {
    case leadflow::v1::DUPLICATE_RULE_EMAIL:
      return 100;
    case leadflow::v1::DUPLICATE_RULE_NAME_AND_COMPANY:
      return 80;
    case leadflow::v1::DUPLICATE_RULE_PHONE:
      return 60;
    case leadflow::v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY:
      return 40;
    default:
      return 0;
  }
}

std::vector<RankedDuplicate> RankDuplicates(absl::Span<const DuplicateHit> hits,
                                            std::size_t limit) {
  std::vector<RankedDuplicate> ranked;
  for (const DuplicateHit& hit : hits) {
    if (hit.key == nullptr) continue;
    auto it = std::find_if(ranked.begin(), ranked.end(),
                           [&](const RankedDuplicate& r) { return r.record == hit.record; });
    if (it == ranked.end()) {
      ranked.push_back(RankedDuplicate{hit.record, {}, {}, 0});
      it = std::prev(ranked.end());
    }
    if (std::find(it->rules.begin(), it->rules.end(), hit.key->rule) == it->rules.end()) {
      it->rules.push_back(hit.key->rule);
      it->score += DuplicateRuleWeight(hit.key->rule);
    }
    for (const std::string& field : hit.key->fields) {
      if (std::find(it->matched_fields.begin(), it->matched_fields.end(), field) ==
          it->matched_fields.end()) {
        it->matched_fields.push_back(field);
      }
    }
  }
  for (RankedDuplicate& r : ranked) {
    // Weights are distinct, so this is a total order on the known rules.
    std::stable_sort(r.rules.begin(), r.rules.end(), [](DuplicateRule a, DuplicateRule b) {
      return DuplicateRuleWeight(a) > DuplicateRuleWeight(b);
    });
  }
  std::sort(ranked.begin(), ranked.end(), [](const RankedDuplicate& a, const RankedDuplicate& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.record < b.record;
  });
  if (ranked.size() > limit) ranked.resize(limit);
  return ranked;
}

absl::StatusOr<DuplicateQuery> PrepareDuplicateQuery(
    const leadflow::v1::FindDuplicatesRequest& request,
    absl::Span<const DuplicateRule> configured) {
  FieldViolations v;
  DuplicateQuery query;
  if (request.max_matches() < 0) {
    v.Add("max_matches", "must not be negative");
  } else if (request.max_matches() == 0) {
    query.limit = kDefaultDuplicateMatches;
  } else {
    query.limit = std::min(static_cast<std::size_t>(request.max_matches()), kMaxDuplicateMatches);
  }
  for (int rule : request.rules()) {
    if (!IsKnownRule(static_cast<DuplicateRule>(rule))) {
      v.Add("rules", rule == leadflow::v1::DUPLICATE_RULE_UNSPECIFIED
                         ? std::string("DUPLICATE_RULE_UNSPECIFIED is not a rule")
                         : absl::StrCat(rule, " is not a known duplicate rule"));
    }
  }
  if (!request.has_lead()) v.Add("lead", "is required");
  if (!v.empty()) return v.ToStatus();

  std::vector<DuplicateRule> requested;
  for (int rule : request.rules()) requested.push_back(static_cast<DuplicateRule>(rule));
  query.rules = DistinctKnownRules(requested);
  if (query.rules.empty()) query.rules = DistinctKnownRules(configured);
  if (query.rules.empty()) query.rules = DistinctKnownRules(AllDuplicateRules());

  query.keys = DuplicateKeys(LeadPersonFields(request.lead()), query.rules);
  if (query.keys.empty()) {
    return InvalidField("lead", absl::StrCat("has nothing to match on under the rules applied: "
                                             "it needs ",
                                             KeyRequirements(query.rules)));
  }
  return query;
}

}  // namespace leadflow::domain
