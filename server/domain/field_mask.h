#ifndef LEADFLOW_SERVER_DOMAIN_FIELD_MASK_H_
#define LEADFLOW_SERVER_DOMAIN_FIELD_MASK_H_

// Update masks (AIP-134), checked against the resource's descriptor and its
// `google.api.field_behavior` annotations, so every resource gets the same
// rules without a hand-written list of fields.

#include "absl/strings/string_view.h"

#include "absl/status/statusor.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/field_mask.pb.h"
#include "google/protobuf/message.h"

namespace leadflow::domain {

// Resolves the `update_mask` of an Update request on `resource`:
//  - an empty mask or `*` means every writable top-level field;
//  - every path must name a field (nested paths such as `address.city` go
//    through singular message fields);
//  - no path may name an OUTPUT_ONLY, IDENTIFIER or IMMUTABLE field.
// Errors are INVALID_ARGUMENT naming `mask_field` (e.g. "update_mask").
absl::StatusOr<google::protobuf::FieldMask> ResolveUpdateMask(
    const google::protobuf::FieldMask& mask,
    const google::protobuf::Descriptor& resource, absl::string_view mask_field);

// What an Update request changes: which resource, and which fields.
struct UpdateTarget {
  std::string id;
  google::protobuf::FieldMask mask;  // resolved, see ResolveUpdateMask
};

// The checks every Update request shares: `resource_name` (the request
// field `name_field`) names a resource of `collection`, and `mask` resolves
// against `resource` as above.
absl::StatusOr<UpdateTarget> CheckUpdateRequest(
    absl::string_view collection, absl::string_view resource_name,
    absl::string_view name_field, const google::protobuf::FieldMask& mask,
    const google::protobuf::Descriptor& resource);

// Copies the fields in `mask` (resolved as above) from `patch` to `target`:
// a masked message field is replaced whole, a masked field absent from
// `patch` is cleared.
void ApplyUpdateMask(const google::protobuf::FieldMask& mask,
                     const google::protobuf::Message& patch,
                     google::protobuf::Message& target);

// Clears every OUTPUT_ONLY and IDENTIFIER field of `message`: what the
// server ignores in a Create request.
void ClearOutputOnlyFields(google::protobuf::Message& message);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_FIELD_MASK_H_
