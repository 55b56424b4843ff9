#ifndef LEADFLOW_SERVER_DOMAIN_RESOURCE_NAME_H_
#define LEADFLOW_SERVER_DOMAIN_RESOURCE_NAME_H_

// Resource names (AIP-122): `{collection}/{id}`, e.g. `leads/01jd...`. Ids
// are assigned by the store and opaque to callers.

#include <string>
#include "absl/strings/string_view.h"

#include "absl/status/statusor.h"
#include "domain/errors.h"

namespace leadflow::domain {

inline constexpr absl::string_view kLeadCollection = "leads";
inline constexpr absl::string_view kAccountCollection = "accounts";
inline constexpr absl::string_view kContactCollection = "contacts";
inline constexpr absl::string_view kOpportunityCollection = "opportunities";

// The resource name of `id` in `collection`.
std::string ResourceName(absl::string_view collection, absl::string_view id);

// The id in `name`, which must be `{collection}/{id}` with an id of 1 to 64
// lower-case letters, digits or '-'. Otherwise INVALID_ARGUMENT naming
// `field` (the request path of `name`, e.g. "lead.name").
absl::StatusOr<std::string> ParseResourceId(absl::string_view collection,
                                            absl::string_view name,
                                            absl::string_view field);

// For request fields that name other resources: records a violation of
// `field` unless `name` is a valid name of `collection`, or empty when the
// field is optional (`required` false).
void CheckResourceName(absl::string_view collection, absl::string_view name,
                       absl::string_view field, bool required, FieldViolations& violations);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_RESOURCE_NAME_H_
