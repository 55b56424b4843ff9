#ifndef LEADFLOW_SERVER_SERVER_FLAGS_H_
#define LEADFLOW_SERVER_SERVER_FLAGS_H_

// The flags of `leadflow-server` (see --help) and the ServerOptions they
// make.

#include "absl/flags/declare.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "api/server.h"

ABSL_DECLARE_FLAG(absl::Duration, shutdown_grace);

namespace leadflow {

// The options the flags ask for, with the catalog loaded from --config.
// INVALID_ARGUMENT or NOT_FOUND for a config file that cannot be used.
absl::StatusOr<api::ServerOptions> ServerOptionsFromFlags();

}  // namespace leadflow

#endif  // LEADFLOW_SERVER_SERVER_FLAGS_H_
