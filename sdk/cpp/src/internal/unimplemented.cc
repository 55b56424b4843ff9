#include "internal/unimplemented.h"

#include <memory>

#include "absl/strings/str_cat.h"

namespace leadflow::internal {

absl::Status UnimplementedRpc(const char* rpc) {
  return absl::UnimplementedError(
      absl::StrCat(rpc, " is not implemented by this connection (the default of the base class)"));
}

EventStream UnimplementedEventStream(const char* rpc) {
  // Nothing to cancel and no cursor to report: the stream never started.
  struct NoCall final : EventStream::Control {
    std::int64_t last_sequence() const override { return 0; }
    void Cancel() override {}
  };
  absl::Status error = UnimplementedRpc(rpc);
  bool ended = false;
  StreamRange<v1::Event> events([error, ended]() mutable -> absl::variant<absl::Status, v1::Event> {
    if (ended) return absl::OkStatus();
    ended = true;
    return error;
  });
  return EventStream(std::move(events), std::make_shared<NoCall>());
}

}  // namespace leadflow::internal
