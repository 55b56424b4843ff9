#include "api/actor.h"

#include "domain/errors.h"

namespace leadflow::api {

absl::StatusOr<std::string> ActorOf(const grpc::CallbackServerContext& context) {
  constexpr std::size_t kMaxActor = 255;
  const auto& metadata = context.client_metadata();
  auto it = metadata.find(kActorMetadata);
  if (it == metadata.end()) return std::string();
  if (it->second.size() > kMaxActor) {
    return domain::InvalidField(kActorMetadata, "must be at most 255 bytes long");
  }
  return std::string(it->second.data(), it->second.size());
}

}  // namespace leadflow::api
