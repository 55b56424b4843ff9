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
  // A StreamRange yields an error as its last element and reads no further.
  StreamRange<v1::Event> events(
      [error = UnimplementedRpc(rpc)]() -> absl::variant<absl::Status, v1::Event> {
        return error;
      });
  return EventStream(std::move(events), std::make_shared<NoCall>());
}

}  // namespace leadflow::internal
