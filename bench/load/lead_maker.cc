#include "load/lead_maker.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace leadflow::bench {
namespace {

constexpr const char* kFirstNames[] = {"Ada",   "Ben",   "Chloe", "Dev",  "Elena", "Farid", "Grace",
                                       "Hugo",  "Ines",  "Jonas", "Kara", "Liam",  "Mei",   "Noor",
                                       "Oskar", "Priya", "Quinn", "Rosa", "Sven",  "Tomas"};
constexpr const char* kLastNames[] = {
    "Smith",  "Garcia", "Müller", "Rossi",  "Dubois", "Tanaka",   "Okafor",   "Nowak",
    "Silva",  "Khan",   "Larsen", "Novak",  "Ivanov", "Chen",     "Kowalski", "Moreau",
    "Jensen", "Haddad", "Patel",  "Schulz", "Costa",  "Virtanen", "Brown",    "Walsh"};
constexpr const char* kTitles[] = {
    "CEO",        "CTO", "Head of Sales", "Buyer", "Office Manager", "Engineer", "Operations Lead",
    "Procurement"};
constexpr const char* kIndustries[] = {"Manufacturing", "Retail",  "Software", "Healthcare",
                                       "Logistics",     "Finance", "Education"};
constexpr const char* kCities[] = {"Berlin", "Lyon",  "Austin", "Osaka",
                                   "Porto",  "Leeds", "Turin",  "Gdansk"};
constexpr const char* kCountries[] = {"DE", "FR", "US", "JP", "PT", "GB", "IT", "PL"};
// The catalog's built-in sources and ratings (domain/catalog.cc).
constexpr const char* kSources[] = {
    "Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Customer Referral", "Other"};
constexpr const char* kRatings[] = {"Hot", "Warm", "Cold"};
constexpr int kOwners = 25;
constexpr int kLeadsPerCompany = 20;

// A well-mixed 64-bit value of `n` (splitmix64's finalizer).
std::uint64_t Mix(std::uint64_t n) {
  n += 0x9e3779b97f4a7c15ULL;
  n = (n ^ (n >> 30)) * 0xbf58476d1ce4e5b9ULL;
  n = (n ^ (n >> 27)) * 0x94d049bb133111ebULL;
  return n ^ (n >> 31);
}

template <typename T, std::size_t N>
const T& Pick(const T (&values)[N], std::uint64_t bits) {
  return values[bits % N];
}

}  // namespace

leadflow::v1::Lead MakeLead(std::int64_t n, std::int64_t table_size) {
  const std::uint64_t bits = Mix(static_cast<std::uint64_t>(n));
  const std::int64_t companies = std::max<std::int64_t>(1, table_size / kLeadsPerCompany);
  const std::int64_t company = static_cast<std::int64_t>(Mix(bits) % companies);
  leadflow::v1::Lead lead;
  lead.set_first_name(Pick(kFirstNames, bits));
  lead.set_last_name(Pick(kLastNames, bits >> 8));
  lead.set_company(absl::StrFormat("Company %07d", company));
  lead.set_title(Pick(kTitles, bits >> 16));
  lead.set_email(absl::AsciiStrToLower(
      absl::StrCat(lead.first_name(), ".", n, "@company", company, ".example")));
  lead.set_phone(absl::StrFormat("+1 555 %04d", (bits >> 20) % 10000));
  lead.set_website(absl::StrCat("https://company", company, ".example"));
  lead.set_industry(Pick(kIndustries, bits >> 24));
  lead.set_number_of_employees(static_cast<std::int32_t>(10 + (bits >> 28) % 5000));
  lead.mutable_address()->set_city(Pick(kCities, bits >> 32));
  lead.mutable_address()->set_country(Pick(kCountries, bits >> 32));
  lead.set_description(absl::StrCat("Met at the spring trade fair; asked for a quote on ",
                                    1 + (bits >> 36) % 500, " units and a call back."));
  lead.set_lead_source(Pick(kSources, bits >> 40));
  lead.set_rating(Pick(kRatings, bits >> 44));
  lead.set_owner(absl::StrFormat("owner-%02d@leadflow.example", (bits >> 48) % kOwners));
  // 55 % open, 30 % working (kFilterStatus), 15 % closed and not converted.
  const int share = static_cast<int>((bits >> 52) % 100);
  if (share < 55) {
    lead.set_status("Open - Not Contacted");
  } else if (share < 85) {
    lead.set_status(kFilterStatus);
    lead.set_interest_shown(true);
  } else {
    lead.set_status("Closed - Not Converted");
    lead.set_disqualification_reason("No budget this year");
  }
  return lead;
}

}  // namespace leadflow::bench
