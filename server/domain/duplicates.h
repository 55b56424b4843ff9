#ifndef LEADFLOW_SERVER_DOMAIN_DUPLICATES_H_
#define LEADFLOW_SERVER_DOMAIN_DUPLICATES_H_

// Duplicate detection for new leads: the match keys of a person under the
// DuplicateRules, the form in which the store indexes them, and the ranking
// of the records found. Two records match under a rule when they have a key
// of that rule with the same value, so the store needs only an equality
// lookup, never a scan.
//
// Normalisation, so that spellings of one person agree (see DuplicateRule in
// lead_capture.proto for what the API promises):
// - Names and company names are folded first: accented Latin letters become
//   their ASCII base ("Müller" = "Muller", "Straße" = "Strasse") because
//   people and import files type names both ways; case is ignored;
//   apostrophes and quotes are dropped, not spaced, so "O'Brien", "O’Brien"
//   and "OBrien" agree; other punctuation and runs of spaces become one
//   space. Other non-ASCII text is kept byte for byte: folding a script we
//   do not know would merge names that differ. Bytes that are not UTF-8 are
//   kept as they are.
// - A company then goes through NormalizeCompanyName, as accounts' names
//   do, so "ACME, Inc." = "Acme".
// - Emails ignore case and surrounding spaces; an address without exactly
//   one "@" between non-empty parts has no key (it would match junk).
// - Phones compare by their last nine digits, which drop country codes and
//   trunk prefixes ("+44 20 7946 0958" = "020 7946 0958"); fewer than seven
//   digits is an extension or a typo, not a number, and has no key.
// - The domain is the website's host, else the email's domain; it is paired
//   with the company because a shared domain alone (gmail.com) proves
//   nothing.

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/lead_capture.pb.h"
#include "leadflow/v1/lead_service.pb.h"

namespace leadflow::domain {

// One match key: a rule and the normalised value under which two records
// compare equal, plus the candidate's fields that produced it.
struct DuplicateKey {
  leadflow::v1::DuplicateRule rule = leadflow::v1::DUPLICATE_RULE_UNSPECIFIED;
  // e.g. "jo@acme.com", "jo smith|acme", "079460958", "acme.com|acme"
  std::string value;
  // e.g. {"email"}, {"first_name", "last_name", "company"}, {"mobile_phone"},
  // {"website", "company"}
  std::vector<std::string> fields;
};

// The person fields the rules read.
struct PersonFields {
  std::string first_name;
  std::string last_name;
  std::string company;
  std::string email;
  std::string phone;
  std::string mobile_phone;
  std::string website;
};

PersonFields LeadPersonFields(const leadflow::v1::Lead& lead);

// A contact's company is its account's display name, passed in (a contact
// stores only the account's resource name). Contacts have no website.
PersonFields ContactPersonFields(const leadflow::v1::Contact& contact,
                                 absl::string_view account_name);

// The keys of a person under `rules`, in the order of `rules`. A rule listed
// twice counts once; DUPLICATE_RULE_UNSPECIFIED and unknown values are
// ignored. No two keys have the same rule and value: a phone equal to the
// mobile phone gives one key, of field "phone".
std::vector<DuplicateKey> DuplicateKeys(const PersonFields& person,
                                        absl::Span<const leadflow::v1::DuplicateRule> rules);

// The form stored in the database's key index: a one-letter rule prefix,
// ":" and the value, e.g. "e:jo@acme.com", so that one index serves every
// rule and equal values of different rules never meet. (A rule this build
// does not know is prefixed with its number, which no letter prefix equals.)
std::string StoredKey(leadflow::v1::DuplicateRule rule, absl::string_view value);

// The stored forms of `keys`, in order.
std::vector<std::string> StoredKeys(absl::Span<const DuplicateKey> keys);

// The stored keys of a person under every rule: what the store indexes,
// so that a change of the configured rules needs no rebuild.
std::vector<std::string> IndexedKeys(const PersonFields& person);

// Every rule, in the default order: email, name and company, phone, domain
// and company.
absl::Span<const leadflow::v1::DuplicateRule> AllDuplicateRules();

// A rule's contribution to a match's score: email 100, name and company
// 80, phone 60, domain and company 40 (0 for any other value).
int DuplicateRuleWeight(leadflow::v1::DuplicateRule rule);

// One stored record found under one of the candidate's keys.
struct DuplicateHit {
  std::string record;                 // "leads/x" or "contacts/y"
  const DuplicateKey* key = nullptr;  // the candidate's key it was found under
};

// A record and every way it matched.
struct RankedDuplicate {
  std::string record;
  std::vector<leadflow::v1::DuplicateRule> rules;  // strongest first, no repeats
  std::vector<std::string> matched_fields;         // first-seen order, no repeats
  int score = 0;                                   // the sum of `rules`' weights
};

// Groups `hits` by record and scores each (a rule found twice, as through
// both phone numbers, counts once), then sorts by score, highest first, and
// then by record name, so that equal scores come in a stable order; keeps
// at most `limit`. Hits without a key are ignored.
std::vector<RankedDuplicate> RankDuplicates(absl::Span<const DuplicateHit> hits, std::size_t limit);

// What a FindDuplicates call looks for.
struct DuplicateQuery {
  std::vector<leadflow::v1::DuplicateRule> rules;  // no repeats
  std::vector<DuplicateKey> keys;                  // the candidate's, never empty
  std::size_t limit = 0;                           // the most matches to return
};

// The most matches FindDuplicates returns by default, and at most.
inline constexpr std::size_t kDefaultDuplicateMatches = 10;
inline constexpr std::size_t kMaxDuplicateMatches = 100;

// The query of a FindDuplicates request: the request's rules, else
// `configured` (else every rule, so a server configured with none still
// finds duplicates), and max_matches (0 for the default; larger than the
// maximum is cut to it). INVALID_ARGUMENT (FIELD_INVALID) naming each bad
// field: a negative "max_matches", an unspecified or unknown rule in
// "rules", a missing "lead", and a "lead" that gives no key under the rules
// (it could match nothing, which is surely not what the caller meant).
absl::StatusOr<DuplicateQuery> PrepareDuplicateQuery(
    const leadflow::v1::FindDuplicatesRequest& request,
    absl::Span<const leadflow::v1::DuplicateRule> configured);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_DUPLICATES_H_
