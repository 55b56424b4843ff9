#ifndef LEADFLOW_TESTS_SUPPORT_RAW_CALL_H_
#define LEADFLOW_TESTS_SUPPORT_RAW_CALL_H_

// Calls any method by name with raw request bytes, as any client could —
// for tests that go over every RPC, or send bytes no stub would.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "google/protobuf/descriptor.h"

namespace leadflow::testing {

// Every method of the leadflow.v1 services linked into this binary.
std::vector<const google::protobuf::MethodDescriptor*> AllLeadflowMethods();

// "/leadflow.v1.LeadService/CreateLead" for that method.
std::string MethodPath(const google::protobuf::MethodDescriptor& method);

// Sends `request` to `method` on a channel of its own to `address` (so that
// no call inherits connection state an earlier one left), with `metadata`
// added, and a deadline. The reply's bytes go to `response` when it is OK.
grpc::Status CallRaw(const std::string& address, const google::protobuf::MethodDescriptor& method,
                     const std::string& request, std::string* response,
                     const std::vector<std::pair<std::string, std::string>>& metadata = {});

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_RAW_CALL_H_
