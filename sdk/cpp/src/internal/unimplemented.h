#ifndef LEADFLOW_SDK_SRC_INTERNAL_UNIMPLEMENTED_H_
#define LEADFLOW_SDK_SRC_INTERNAL_UNIMPLEMENTED_H_

// What the Connection base classes answer for a call their subclass does
// not override: a fake made for one test, or a connection written against
// an older SDK that lacks a newer RPC, fails that call alone, clearly.

#include "absl/status/status.h"
#include "leadflow/event_stream.h"

namespace leadflow::internal {

// UNIMPLEMENTED, naming the connection method `rpc`.
absl::Status UnimplementedRpc(const char* rpc);

// A watch that ends at once with UnimplementedRpc(rpc).
EventStream UnimplementedEventStream(const char* rpc);

}  // namespace leadflow::internal

#endif  // LEADFLOW_SDK_SRC_INTERNAL_UNIMPLEMENTED_H_
