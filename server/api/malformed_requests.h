#ifndef LEADFLOW_SERVER_API_MALFORMED_REQUESTS_H_
#define LEADFLOW_SERVER_API_MALFORMED_REQUESTS_H_

// Requests whose bytes do not parse as the method's request message — a
// string field holding invalid UTF-8, or no protobuf at all. gRPC 1.51
// answers them with UNIMPLEMENTED and an empty message before any handler
// runs, as if the method did not exist, and protobuf logs a line for each.
// A client deserves INVALID_ARGUMENT with the reason REQUEST_MALFORMED, and
// the server's log should not be a channel a client can flood.

#include <memory>

#include <grpcpp/support/server_interceptor.h>

namespace leadflow::api {

// An interceptor factory for grpc::ServerBuilder whose interceptors notice a
// request that failed to parse and replace gRPC's UNIMPLEMENTED reply with
// INVALID_ARGUMENT (REQUEST_MALFORMED) naming the method.
std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
MakeMalformedRequestInterceptorFactory();

// Keeps protobuf's complaint about invalid UTF-8 in a parsed message out of
// the log (the client is told instead); every other protobuf log line is
// still written to stderr. Process-wide; idempotent.
void QuietClientParseErrors();

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_MALFORMED_REQUESTS_H_
