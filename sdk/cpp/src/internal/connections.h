#ifndef LEADFLOW_SDK_SRC_INTERNAL_CONNECTIONS_H_
#define LEADFLOW_SDK_SRC_INTERNAL_CONNECTIONS_H_

// The real connections over any stub: the public factories pass the stubs
// of a channel; the SDK's own tests pass gRPC's generated mock stubs.

#include <memory>

#include "absl/status/status.h"
#include "leadflow/account_connection.h"
#include "leadflow/event_connection.h"
#include "leadflow/lead_connection.h"
#include "leadflow/opportunity_connection.h"
#include "leadflow/v1/account_service.grpc.pb.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"

namespace leadflow::internal {

std::shared_ptr<LeadConnection> MakeLeadConnection(
    std::shared_ptr<v1::LeadService::StubInterface> stub, Options options,
    absl::Status setup_error = absl::OkStatus());

std::shared_ptr<AccountConnection> MakeAccountConnection(
    std::shared_ptr<v1::AccountService::StubInterface> stub, Options options,
    absl::Status setup_error = absl::OkStatus());

std::shared_ptr<OpportunityConnection> MakeOpportunityConnection(
    std::shared_ptr<v1::OpportunityService::StubInterface> stub, Options options,
    absl::Status setup_error = absl::OkStatus());

std::shared_ptr<EventConnection> MakeEventConnection(
    std::shared_ptr<v1::EventService::StubInterface> stub, Options options,
    absl::Status setup_error = absl::OkStatus());

}  // namespace leadflow::internal

#endif  // LEADFLOW_SDK_SRC_INTERNAL_CONNECTIONS_H_
