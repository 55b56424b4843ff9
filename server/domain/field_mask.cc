#include "domain/field_mask.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "domain/errors.h"
#include "domain/resource_name.h"
#include "google/api/field_behavior.pb.h"
#include "google/protobuf/util/field_mask_util.h"
#include "domain/text.h"

namespace leadflow::domain {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::FieldMask;
using google::protobuf::util::FieldMaskUtil;

bool HasBehavior(const FieldDescriptor& field,
                 std::initializer_list<google::api::FieldBehavior> behaviors) {
  const auto& options = field.options();
  for (int i = 0; i < options.ExtensionSize(google::api::field_behavior); ++i) {
    google::api::FieldBehavior behavior =
        options.GetExtension(google::api::field_behavior, i);
    for (google::api::FieldBehavior wanted : behaviors) {
      if (behavior == wanted) return true;
    }
  }
  return false;
}

bool IsWritable(const FieldDescriptor& field) {
  return !HasBehavior(field, {google::api::OUTPUT_ONLY, google::api::IDENTIFIER,
                              google::api::IMMUTABLE});
}

// Empty when `path` names a writable field of `resource`, else why not.
std::string CheckPath(absl::string_view path, const Descriptor& resource) {
  const Descriptor* message = &resource;
  std::vector<absl::string_view> parts = absl::StrSplit(path, '.');
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const FieldDescriptor* field =
        message == nullptr ? nullptr : message->FindFieldByName(std::string(parts[i]));
    if (field == nullptr) {
      return absl::StrCat(QuoteForError(path), " is not a field of ",
                          resource.name());
    }
    if (!IsWritable(*field)) {
      return absl::StrCat(QuoteForError(path), " is output only and cannot be updated");
    }
    if (i + 1 < parts.size()) {
      if (field->is_repeated() ||
          field->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) {
        return absl::StrCat(QuoteForError(path), " goes through ", QuoteForError(parts[i]),
                            ", which has no sub-fields");
      }
      message = field->message_type();
    }
  }
  return "";
}

}  // namespace

absl::StatusOr<FieldMask> ResolveUpdateMask(const FieldMask& mask,
                                            const Descriptor& resource,
                                            absl::string_view mask_field) {
  const bool everything =
      mask.paths_size() == 0 || (mask.paths_size() == 1 && mask.paths(0) == "*");
  FieldMask resolved;
  if (everything) {
    for (int i = 0; i < resource.field_count(); ++i) {
      const FieldDescriptor& field = *resource.field(i);
      if (IsWritable(field)) resolved.add_paths(field.name());
    }
    return resolved;
  }
  FieldViolations violations;
  for (const std::string& path : mask.paths()) {
    std::string problem = path == "*" ? "\"*\" must be the only path"
                                      : CheckPath(path, resource);
    if (!problem.empty()) {
      violations.Add(std::string(mask_field), std::move(problem));
    } else {
      resolved.add_paths(path);
    }
  }
  if (!violations.empty()) return violations.ToStatus();
  return resolved;
}

absl::StatusOr<UpdateTarget> CheckUpdateRequest(absl::string_view collection,
                                                absl::string_view resource_name,
                                                absl::string_view name_field,
                                                const FieldMask& mask,
                                                const Descriptor& resource) {
  absl::StatusOr<std::string> id = ParseResourceId(collection, resource_name, name_field);
  if (!id.ok()) return id.status();
  absl::StatusOr<FieldMask> resolved = ResolveUpdateMask(mask, resource, "update_mask");
  if (!resolved.ok()) return resolved.status();
  return UpdateTarget{*std::move(id), *std::move(resolved)};
}

void ApplyUpdateMask(const FieldMask& mask,
                     const google::protobuf::Message& patch,
                     google::protobuf::Message& target) {
  FieldMaskUtil::MergeOptions options;
  options.set_replace_message_fields(true);
  options.set_replace_repeated_fields(true);
  FieldMaskUtil::MergeMessageTo(patch, mask, options, &target);
}

void ClearOutputOnlyFields(google::protobuf::Message& message) {
  const Descriptor& descriptor = *message.GetDescriptor();
  for (int i = 0; i < descriptor.field_count(); ++i) {
    const FieldDescriptor& field = *descriptor.field(i);
    if (HasBehavior(field, {google::api::OUTPUT_ONLY, google::api::IDENTIFIER})) {
      message.GetReflection()->ClearField(&message, &field);
    }
  }
}

}  // namespace leadflow::domain
