#ifndef LEADFLOW_SERVER_DOMAIN_MATCHING_H_
#define LEADFLOW_SERVER_DOMAIN_MATCHING_H_

// Match keys for FindConversionMatches: forms of a company name and a web
// address under which two spellings of the same company compare equal.

#include <string>

#include "absl/strings/string_view.h"

namespace leadflow::domain {

// The company name lower-cased, with punctuation and a trailing legal form
// ("Inc.", "Ltd", "GmbH", "LLC", ...) removed and spaces collapsed:
// "ACME, Inc." and "Acme Inc" both give "acme". Empty when nothing is left.
std::string NormalizeCompanyName(absl::string_view name);

// The host of a website, lower-cased, without scheme, port, path or a
// leading "www.": "https://WWW.Acme.com/about" gives "acme.com". Empty when
// there is no host.
std::string WebsiteDomain(absl::string_view website);

// The domain of an email address, lower-cased; empty when there is none.
std::string EmailDomain(absl::string_view email);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_MATCHING_H_
