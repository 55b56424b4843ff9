#include "domain/duplicates.h"

#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::domain {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::v1::DuplicateRule;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

constexpr DuplicateRule kEmail = leadflow::v1::DUPLICATE_RULE_EMAIL;
constexpr DuplicateRule kName = leadflow::v1::DUPLICATE_RULE_NAME_AND_COMPANY;
constexpr DuplicateRule kPhone = leadflow::v1::DUPLICATE_RULE_PHONE;
constexpr DuplicateRule kDomain = leadflow::v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY;

// Which rules a pair is expected to match under, as a bit set.
enum Expect : unsigned { kNone = 0, E = 1, N = 2, P = 4, D = 8 };

// Whether `a` and `b` share a key under `rule` alone.
bool MatchesUnder(const PersonFields& a, const PersonFields& b, DuplicateRule rule) {
  std::vector<DuplicateRule> rules = {rule};
  for (const DuplicateKey& x : DuplicateKeys(a, rules)) {
    for (const DuplicateKey& y : DuplicateKeys(b, rules)) {
      if (x.rule == y.rule && x.value == y.value) return true;
    }
  }
  return false;
}

struct PairCase {
  const char* what;
  PersonFields a;
  PersonFields b;
  unsigned expected;  // Expect bits
};

// PersonFields: {first_name, last_name, company, email, phone, mobile_phone, website}
const PairCase kPairs[] = {
    // Case.
    {"case everywhere",
     {"Jo", "Smith", "Acme", "Jo@Acme.COM", "", "", ""},
     {"JO", "SMITH", "ACME", "jo@acme.com", "", "", ""},
     E | N | D},
    // Accents.
    {"Müller = Muller",
     {"Jürgen", "Müller", "Müller GmbH", "", "", "", ""},
     {"Jurgen", "Muller", "Muller", "", "", "", ""},
     N},
    {"José = Jose",
     {"José", "García", "Café Olé", "", "", "", ""},
     {"Jose", "Garcia", "Cafe Ole", "", "", "", ""},
     N},
    {"Łukasz = Lukasz",
     {"Łukasz", "Wałęsa", "Żabka", "", "", "", ""},
     {"Lukasz", "Walesa", "Zabka", "", "", "", ""},
     N},
    {"Straße = Strasse",
     {"Anna", "Straße", "Großmann AG", "", "", "", ""},
     {"anna", "Strasse", "Grossmann", "", "", "", ""},
     N},
    {"Æ, Ø and Œ spelled out",
     {"Søren", "Ærø", "Œuvre", "", "", "", ""},
     {"Soren", "Aero", "oeuvre", "", "", "", ""},
     N},
    // Spacing.
    {"double, leading and trailing spaces",
     {"  Jo ", "Smith  Jones", " Acme   Labs ", "", "", "", ""},
     {"Jo", "Smith Jones", "Acme Labs", "", "", "", ""},
     N},
    {"tabs and a no-break space",
     {"Jo\t", "Smith\xC2\xA0Jones", "Acme\tLabs", "", "", "", ""},
     {"Jo", "Smith Jones", "Acme Labs", "", "", "", ""},
     N},
    // Punctuation and legal forms.
    {"hyphen = space",
     {"Jean-Pierre", "Smith-Jones", "Acme", "", "", "", ""},
     {"Jean Pierre", "Smith Jones", "Acme", "", "", "", ""},
     N},
    {"A.C.M.E. Ltd. = ACME",
     {"Jo", "Smith", "A.C.M.E. Ltd.", "", "", "", ""},
     {"Jo", "Smith", "ACME", "", "", "", ""},
     N},
    {"ACME, Inc. = Acme; website = email domain",
     {"Jo", "Smith", "ACME, Inc.", "", "", "", "https://www.acme.com/x"},
     {"Jo", "Smith", "Acme", "jo@acme.com", "", "", ""},
     N | D},
    {"& = and",
     {"Jo", "Smith", "Smith & Sons Ltd", "", "", "", ""},
     {"Jo", "Smith", "Smith and Sons", "", "", "", ""},
     N},
    // Phones.
    {"+44 = national 0, phone against mobile",
     {"Jo", "Smith", "Acme", "", "+44 20 7946 0958", "", ""},
     {"Al", "Jones", "Globex", "", "", "020 7946 0958", ""},
     P},
    {"+1 (555) = 555.",
     {"Jo", "Smith", "Acme", "", "+1 (555) 123-4567", "", ""},
     {"Al", "Jones", "Globex", "", "555.123.4567", "", ""},
     P},
    {"001 = +1",
     {"", "Smith", "", "", "001 555 123 4567", "", ""},
     {"", "Jones", "", "", "+1-555-123-4567", "", ""},
     P},
    {"7 digits is enough",
     {"", "", "", "", "123-4567", "", ""},
     {"", "", "", "", "123 45 67", "", ""},
     P},
    // Email.
    {"email case and spaces, different companies",
     {"Jo", "Smith", "Acme", "  Jo.Smith@ACME.com ", "", "", ""},
     {"Jo", "Smith", "Globex", "jo.smith@acme.com", "", "", ""},
     E},
    {"same domain and company, different people",
     {"Jo", "Smith", "Acme Corp", "jo@acme.com", "", "", ""},
     {"Al", "Jones", "ACME", "al@acme.com", "", "", ""},
     D},
    // Quotes and apostrophes.
    {"O'Brien = O’Brien",
     {"Conan", "O'Brien", "Acme", "", "", "", ""},
     {"Conan", "O\u2019Brien", "Acme", "", "", "", ""},
     N},
    {"O'Brien = OBrien",
     {"Conan", "O'Brien", "Acme", "", "", "", ""},
     {"conan", "OBrien", "Acme", "", "", "", ""},
     N},
    {"‘O`Brien’ = OBrien",
     {"Conan", "\u2018O`Brien\u2019", "Acme", "", "", "", ""},
     {"conan", "OBrien", "Acme", "", "", "", ""},
     N},
    {"\"Bobby\" = “Bobby”",
     {"\"Bobby\"", "Tables", "xkcd", "", "", "", ""},
     {"\u201CBobby\u201D", "Tables", "xkcd", "", "", "", ""},
     N},
    {"Robert'); DROP TABLE leads;--",
     {"Robert'); DROP TABLE leads;--", "Tables", "xkcd", "", "", "", ""},
     {"Robert DROP TABLE leads", "Tables", "xkcd", "", "", "", ""},
     N},
    // Non-matches.
    {"different last names",
     {"Jo", "Smith", "Acme", "", "", "", ""},
     {"Jo", "Smyth", "Acme", "", "", "", ""},
     kNone},
    {"different first names",
     {"Jo", "Smith", "Acme", "", "", "", ""},
     {"Al", "Smith", "Acme", "", "", "", ""},
     kNone},
    {"different company",
     {"Jo", "Smith", "Acme", "", "", "", "acme.com"},
     {"Jo", "Smith", "Acme Labs", "", "", "", "acme.com"},
     kNone},
    {"6-digit phones",
     {"", "", "", "", "123456", "123-456", ""},
     {"", "", "", "", "123456", "123-456", ""},
     kNone},
    {"different phone numbers",
     {"", "", "", "", "+44 20 7946 0958", "", ""},
     {"", "", "", "", "+44 20 7946 0959", "", ""},
     kNone},
    {"gmail, different companies",
     {"Jo", "Smith", "Acme", "jo@gmail.com", "", "", ""},
     {"Al", "Jones", "Globex", "al@gmail.com", "", "", ""},
     kNone},
    {"empty company",
     {"Jo", "Smith", "", "", "", "", "acme.com"},
     {"Jo", "Smith", "", "", "", "", "acme.com"},
     kNone},
    {"a company of legal form and punctuation only is still a company",
     {"Jo", "Smith", "Inc.", "", "", "", ""},
     {"Jo", "Smith", "inc", "", "", "", ""},
     N},
    {"a company of punctuation only is empty",
     {"Jo", "Smith", "!!!", "", "", "", "acme.com"},
     {"Jo", "Smith", "???", "", "", "", "acme.com"},
     kNone},
    {"no last name", {"Jo", "", "Acme", "", "", "", ""}, {"Jo", "", "Acme", "", "", "", ""}, kNone},
    {"not email addresses",
     {"", "", "Acme", "jo@@acme.com", "", "", ""},
     {"", "", "Acme", "jo@@acme.com", "", "", ""},
     kNone},
    {"different websites, same email domain: the website wins",
     {"Jo", "", "Acme", "jo@acme.com", "", "", "acme.de"},
     {"Al", "", "Acme", "al@acme.com", "", "", "acme.fr"},
     kNone},
    {"other scripts are kept, not folded",
     {"", "Иванов", "Газпром", "", "", "", ""},
     {"", "Иванова", "Газпром", "", "", "", ""},
     kNone},
};

TEST(DuplicateKeysTest, MatchesAndNonMatches) {
  const struct {
    DuplicateRule rule;
    unsigned bit;
  } kRules[] = {{kEmail, E}, {kName, N}, {kPhone, P}, {kDomain, D}};
  for (const PairCase& c : kPairs) {
    for (const auto& r : kRules) {
      const bool expected = (c.expected & r.bit) != 0;
      EXPECT_EQ(MatchesUnder(c.a, c.b, r.rule), expected)
          << c.what << ": " << leadflow::v1::DuplicateRule_Name(r.rule)
          << (expected ? " should match" : " should not match");
      // Matching is symmetric.
      EXPECT_EQ(MatchesUnder(c.b, c.a, r.rule), expected)
          << c.what << " (reversed): " << leadflow::v1::DuplicateRule_Name(r.rule);
    }
  }
}

TEST(DuplicateKeysTest, GivesTheDocumentedValuesAndFields) {
  PersonFields jo{"Jo",
                  "Smith",
                  "Acme, Inc.",
                  " Jo@Acme.com ",
                  "+44 20 7946 0958",
                  "+44 7700 900123",
                  "https://www.acme.com/about"};
  std::vector<DuplicateKey> keys = DuplicateKeys(jo, AllDuplicateRules());
  ASSERT_THAT(keys, SizeIs(5));
  EXPECT_EQ(keys[0].rule, kEmail);
  EXPECT_EQ(keys[0].value, "jo@acme.com");
  EXPECT_THAT(keys[0].fields, ElementsAre("email"));
  EXPECT_EQ(keys[1].rule, kName);
  EXPECT_EQ(keys[1].value, "jo smith|acme");
  EXPECT_THAT(keys[1].fields, ElementsAre("first_name", "last_name", "company"));
  EXPECT_EQ(keys[2].rule, kPhone);
  EXPECT_EQ(keys[2].value, "079460958");
  EXPECT_THAT(keys[2].fields, ElementsAre("phone"));
  EXPECT_EQ(keys[3].rule, kPhone);
  EXPECT_EQ(keys[3].value, "700900123");
  EXPECT_THAT(keys[3].fields, ElementsAre("mobile_phone"));
  EXPECT_EQ(keys[4].rule, kDomain);
  EXPECT_EQ(keys[4].value, "acme.com|acme");
  EXPECT_THAT(keys[4].fields, ElementsAre("website", "company"));
}

TEST(DuplicateKeysTest, FallsBackToTheEmailDomain) {
  PersonFields jo{"", "Smith", "Acme", "jo@Acme.com", "", "", ""};
  std::vector<DuplicateRule> rules = {kDomain};
  std::vector<DuplicateKey> keys = DuplicateKeys(jo, rules);
  ASSERT_THAT(keys, SizeIs(1));
  EXPECT_EQ(keys[0].value, "acme.com|acme");
  EXPECT_THAT(keys[0].fields, ElementsAre("email", "company"));
}

TEST(DuplicateKeysTest, NameWithoutFirstNameHasNoLeadingSpace) {
  PersonFields smith{"  ", "Smith", "Acme", "", "", "", ""};
  std::vector<DuplicateRule> rules = {kName};
  std::vector<DuplicateKey> keys = DuplicateKeys(smith, rules);
  ASSERT_THAT(keys, SizeIs(1));
  EXPECT_EQ(keys[0].value, "smith|acme");
}

TEST(DuplicateKeysTest, EqualPhonesGiveOneKey) {
  PersonFields jo{"", "", "", "", "020 7946 0958", "+44 (0)20 7946-0958", ""};
  std::vector<DuplicateRule> rules = {kPhone};
  std::vector<DuplicateKey> keys = DuplicateKeys(jo, rules);
  ASSERT_THAT(keys, SizeIs(1));
  EXPECT_EQ(keys[0].value, "079460958");
  EXPECT_THAT(keys[0].fields, ElementsAre("phone"));
}

TEST(DuplicateKeysTest, UsesEachRuleOnceInTheOrderGivenAndIgnoresUnspecified) {
  PersonFields jo{"Jo", "Smith", "Acme", "jo@acme.com", "020 7946 0958", "", ""};
  std::vector<DuplicateRule> rules = {kPhone,
                                      leadflow::v1::DUPLICATE_RULE_UNSPECIFIED,
                                      static_cast<DuplicateRule>(42),
                                      kEmail,
                                      kPhone,
                                      kEmail};
  std::vector<DuplicateKey> keys = DuplicateKeys(jo, rules);
  ASSERT_THAT(keys, SizeIs(2));
  EXPECT_EQ(keys[0].rule, kPhone);
  EXPECT_EQ(keys[1].rule, kEmail);
  EXPECT_THAT(DuplicateKeys(jo, {}), SizeIs(0));
}

TEST(DuplicateKeysTest, InvalidUtf8IsKeptAsBytes) {
  // Lone lead bytes, a stray continuation byte, an overlong form, a Latin-1
  // byte, a truncated sequence and a surrogate: none may crash or be read past.
  const std::string bad[] = {"\xC3",      "M\xC3",        "\x80Smith",   "\xC0\xAF",
                             "M\xFCller", "\xF0\x9F\x98", "\xED\xA0\x80"};
  std::vector<DuplicateRule> rules = {kName};
  for (const std::string& text : bad) {
    PersonFields person{text, text, text, "", "", "", ""};
    std::vector<DuplicateKey> keys = DuplicateKeys(person, rules);
    ASSERT_THAT(keys, SizeIs(1)) << ::testing::PrintToString(text);
    EXPECT_THAT(keys[0].value, HasSubstr("|"));
  }
  // Latin-1 "Müller" is not UTF-8 "Müller": no guessing at encodings.
  EXPECT_FALSE(MatchesUnder({"", "M\xFCller", "Acme", "", "", "", ""},
                            {"", "M\xC3\xBCller", "Acme", "", "", "", ""}, kName));
}

TEST(PersonFieldsTest, ReadsLeadsAndContacts) {
  leadflow::v1::Lead lead;
  lead.set_first_name("Jo");
  lead.set_last_name("Smith");
  lead.set_company("Acme");
  lead.set_email("jo@acme.com");
  lead.set_phone("1");
  lead.set_mobile_phone("2");
  lead.set_website("acme.com");
  PersonFields from_lead = LeadPersonFields(lead);
  EXPECT_EQ(from_lead.first_name, "Jo");
  EXPECT_EQ(from_lead.last_name, "Smith");
  EXPECT_EQ(from_lead.company, "Acme");
  EXPECT_EQ(from_lead.email, "jo@acme.com");
  EXPECT_EQ(from_lead.phone, "1");
  EXPECT_EQ(from_lead.mobile_phone, "2");
  EXPECT_EQ(from_lead.website, "acme.com");

  leadflow::v1::Contact contact;
  contact.set_account("accounts/a1");
  contact.set_first_name("Jo");
  contact.set_last_name("Smith");
  contact.set_email("jo@acme.com");
  contact.set_phone("1");
  contact.set_mobile_phone("2");
  PersonFields from_contact = ContactPersonFields(contact, "Acme Inc.");
  EXPECT_EQ(from_contact.first_name, "Jo");
  EXPECT_EQ(from_contact.last_name, "Smith");
  EXPECT_EQ(from_contact.company, "Acme Inc.");
  EXPECT_EQ(from_contact.email, "jo@acme.com");
  EXPECT_EQ(from_contact.phone, "1");
  EXPECT_EQ(from_contact.mobile_phone, "2");
  EXPECT_EQ(from_contact.website, "");

  // A lead and the contact it became match under every rule they can.
  std::vector<DuplicateRule> rules = {kEmail, kName, kDomain};
  for (DuplicateRule rule : rules) {
    EXPECT_TRUE(MatchesUnder(from_lead, from_contact, rule))
        << leadflow::v1::DuplicateRule_Name(rule);
  }
}

TEST(StoredKeyTest, PrefixesTheRuleSoThatRulesNeverMeet) {
  EXPECT_EQ(StoredKey(kEmail, "jo@acme.com"), "e:jo@acme.com");
  std::set<std::string> stored;
  const std::string values[] = {"", "x", "e:x", "n:x", "079460958", "acme.com|acme"};
  std::vector<DuplicateRule> rules(AllDuplicateRules().begin(), AllDuplicateRules().end());
  rules.push_back(static_cast<DuplicateRule>(42));
  for (DuplicateRule rule : rules) {
    for (const std::string& value : values) stored.insert(StoredKey(rule, value));
  }
  EXPECT_THAT(stored, SizeIs(rules.size() * std::size(values)));
}

TEST(DuplicateRulesTest, AllRulesInDefaultOrderWithWeights) {
  EXPECT_THAT(AllDuplicateRules(), ElementsAre(kEmail, kName, kPhone, kDomain));
  EXPECT_EQ(DuplicateRuleWeight(kEmail), 100);
  EXPECT_EQ(DuplicateRuleWeight(kName), 80);
  EXPECT_EQ(DuplicateRuleWeight(kPhone), 60);
  EXPECT_EQ(DuplicateRuleWeight(kDomain), 40);
  EXPECT_EQ(DuplicateRuleWeight(leadflow::v1::DUPLICATE_RULE_UNSPECIFIED), 0);
}

class RankDuplicatesTest : public ::testing::Test {
 protected:
  const DuplicateKey email_{kEmail, "jo@acme.com", {"email"}};
  const DuplicateKey name_{kName, "jo smith|acme", {"first_name", "last_name", "company"}};
  const DuplicateKey phone_{kPhone, "079460958", {"phone"}};
  const DuplicateKey mobile_{kPhone, "700900123", {"mobile_phone"}};
  const DuplicateKey domain_{kDomain, "acme.com|acme", {"website", "company"}};
  const std::vector<DuplicateHit> hits_ = {
      {"leads/d", &phone_}, {"leads/a", &phone_},   {"leads/b", &phone_},
      {"leads/a", &email_}, {"contacts/c", &name_}, {"leads/d", &mobile_},
      {"leads/a", &email_}, {"leads/x", nullptr},   {"contacts/c", &domain_},
  };
};

TEST_F(RankDuplicatesTest, MergesScoresAndSorts) {
  std::vector<RankedDuplicate> ranked = RankDuplicates(hits_, 10);
  ASSERT_THAT(ranked, SizeIs(4));
  EXPECT_EQ(ranked[0].record, "leads/a");
  EXPECT_EQ(ranked[0].score, 160);
  EXPECT_THAT(ranked[0].rules, ElementsAre(kEmail, kPhone));  // strongest first
  EXPECT_THAT(ranked[0].matched_fields, ElementsAre("phone", "email"));

  EXPECT_EQ(ranked[1].record, "contacts/c");
  EXPECT_EQ(ranked[1].score, 120);
  EXPECT_THAT(ranked[1].rules, ElementsAre(kName, kDomain));
  EXPECT_THAT(ranked[1].matched_fields,
              ElementsAre("first_name", "last_name", "company", "website"));

  // Equal scores by record name; a rule found through two keys counts once.
  EXPECT_EQ(ranked[2].record, "leads/b");
  EXPECT_EQ(ranked[2].score, 60);
  EXPECT_EQ(ranked[3].record, "leads/d");
  EXPECT_EQ(ranked[3].score, 60);
  EXPECT_THAT(ranked[3].rules, ElementsAre(kPhone));
  EXPECT_THAT(ranked[3].matched_fields, ElementsAre("phone", "mobile_phone"));
}

TEST_F(RankDuplicatesTest, KeepsAtMostTheLimit) {
  std::vector<RankedDuplicate> ranked = RankDuplicates(hits_, 3);
  ASSERT_THAT(ranked, SizeIs(3));
  EXPECT_EQ(ranked[0].record, "leads/a");
  EXPECT_EQ(ranked[1].record, "contacts/c");
  EXPECT_EQ(ranked[2].record, "leads/b");
  EXPECT_THAT(RankDuplicates(hits_, 0), SizeIs(0));
  EXPECT_THAT(RankDuplicates({}, 10), SizeIs(0));
}

leadflow::v1::FindDuplicatesRequest RequestFor(const std::string& email) {
  leadflow::v1::FindDuplicatesRequest request;
  request.mutable_lead()->set_email(email);
  return request;
}

TEST(PrepareDuplicateQueryTest, DefaultsToConfiguredRulesAndTenMatches) {
  std::vector<DuplicateRule> configured = {kEmail, kPhone};
  absl::StatusOr<DuplicateQuery> query =
      PrepareDuplicateQuery(RequestFor("jo@acme.com"), configured);
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_THAT(query->rules, ElementsAre(kEmail, kPhone));
  EXPECT_EQ(query->limit, 10u);
  ASSERT_THAT(query->keys, SizeIs(1));
  EXPECT_EQ(query->keys[0].value, "jo@acme.com");

  query = PrepareDuplicateQuery(RequestFor("jo@acme.com"), {});
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_THAT(query->rules, ElementsAre(kEmail, kName, kPhone, kDomain));
}

TEST(PrepareDuplicateQueryTest, RequestRulesAndLimitWin) {
  leadflow::v1::FindDuplicatesRequest request = RequestFor("jo@acme.com");
  request.mutable_lead()->set_company("Acme");
  request.add_rules(kDomain);
  request.add_rules(kDomain);
  request.set_max_matches(3);
  std::vector<DuplicateRule> configured = {kEmail};
  absl::StatusOr<DuplicateQuery> query = PrepareDuplicateQuery(request, configured);
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_THAT(query->rules, ElementsAre(kDomain));
  EXPECT_EQ(query->limit, 3u);
  ASSERT_THAT(query->keys, SizeIs(1));
  EXPECT_EQ(query->keys[0].value, "acme.com|acme");

  request.set_max_matches(1000);
  query = PrepareDuplicateQuery(request, configured);
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->limit, 100u);
}

TEST(PrepareDuplicateQueryTest, RefusesNegativeMaxMatches) {
  leadflow::v1::FindDuplicatesRequest request = RequestFor("jo@acme.com");
  request.set_max_matches(-1);
  absl::Status status = PrepareDuplicateQuery(request, AllDuplicateRules()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasReason(leadflow::v1::FIELD_INVALID));
  EXPECT_THAT(status, HasFieldViolation("max_matches"));
}

TEST(PrepareDuplicateQueryTest, RefusesUnspecifiedAndUnknownRules) {
  for (int rule : {0, 42}) {
    leadflow::v1::FindDuplicatesRequest request = RequestFor("jo@acme.com");
    request.add_rules(kEmail);
    request.mutable_rules()->Add(rule);
    absl::Status status = PrepareDuplicateQuery(request, AllDuplicateRules()).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << rule;
    EXPECT_THAT(status, HasFieldViolation("rules")) << rule;
  }
}

TEST(PrepareDuplicateQueryTest, RefusesAMissingLead) {
  leadflow::v1::FindDuplicatesRequest request;
  absl::Status status = PrepareDuplicateQuery(request, AllDuplicateRules()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasFieldViolation("lead"));
}

TEST(PrepareDuplicateQueryTest, NamesEveryBadField) {
  leadflow::v1::FindDuplicatesRequest request;
  request.set_max_matches(-5);
  request.add_rules(leadflow::v1::DUPLICATE_RULE_UNSPECIFIED);
  absl::Status status = PrepareDuplicateQuery(request, AllDuplicateRules()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasFieldViolation("max_matches"));
  EXPECT_THAT(status, HasFieldViolation("rules"));
  EXPECT_THAT(status, HasFieldViolation("lead"));
}

TEST(PrepareDuplicateQueryTest, RefusesALeadWithNothingToMatchOn) {
  leadflow::v1::FindDuplicatesRequest request;
  request.mutable_lead()->set_first_name("Jo");
  request.mutable_lead()->set_last_name("Smith");
  request.mutable_lead()->set_phone("12345");
  absl::Status status = PrepareDuplicateQuery(request, AllDuplicateRules()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasReason(leadflow::v1::FIELD_INVALID));
  EXPECT_THAT(status, HasFieldViolation("lead"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("an email"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("a last name and company"));

  // An email is nothing to match on when only the phone rule applies.
  request = RequestFor("jo@acme.com");
  request.add_rules(kPhone);
  status = PrepareDuplicateQuery(request, AllDuplicateRules()).status();
  EXPECT_THAT(status, HasFieldViolation("lead"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("phone"));
}

}  // namespace
}  // namespace leadflow::domain
