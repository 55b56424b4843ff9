#include "api/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "api/malformed_requests.h"
#include "domain/errors.h"
#include "grpc/health/v1/health.pb.h"

namespace leadflow::api {

absl::StatusOr<std::unique_ptr<LeadflowServer>> LeadflowServer::Start(
    ServerOptions options) {
  std::unique_ptr<LeadflowServer> server(new LeadflowServer(std::move(options)));
  absl::StatusOr<std::unique_ptr<store::SqliteStore>> store =
      store::SqliteStore::Open({server->options_.db_path});
  if (!store.ok()) return store.status();
  server->store_ = *std::move(store);
  server->admission_ = std::make_unique<Admission>(
      server->calls_, std::max(1, server->options_.max_calls_in_flight),
      server->options_.max_reply_bytes_in_flight);
  const Admission& admission = *server->admission_;
  server->lead_service_ =
      std::make_unique<LeadService>(server->options_.catalog, *server->store_, admission);
  server->account_service_ =
      std::make_unique<AccountService>(server->options_.catalog, *server->store_, admission);
  server->opportunity_service_ =
      std::make_unique<OpportunityService>(server->options_.catalog, *server->store_, admission);

  grpc::EnableDefaultHealthCheckService(true);
  // Links health.proto's descriptors in, so reflection can describe the
  // health service (see protos/grpc/health/v1/health.proto).
  grpc::health::v1::HealthCheckRequest::descriptor();
  // Debian links with --as-needed, so the plugin registers only when called.
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  QuietClientParseErrors();
  grpc::ServerBuilder builder;
  // gRPC sets SO_REUSEPORT by default, which lets a second server bind the
  // same port and take half the connections (and so half the writes, into
  // its own database). Off, a taken port fails start-up instead.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.AddChannelArgument(GRPC_ARG_MAX_CONCURRENT_STREAMS,
                             std::max(1, server->options_.max_streams_per_connection));
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
  interceptors.push_back(server->calls_.MakeInterceptorFactory());
  interceptors.push_back(MakeMalformedRequestInterceptorFactory());
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  builder.AddListeningPort(server->options_.listen,
                           grpc::InsecureServerCredentials(), &server->port_);
  builder.RegisterService(server->lead_service_.get());
  builder.RegisterService(server->account_service_.get());
  builder.RegisterService(server->opportunity_service_.get());
  server->server_ = builder.BuildAndStart();
  if (server->server_ == nullptr || server->port_ == 0) {
    server->store_->Shutdown();
    return domain::ServerError(
        absl::StatusCode::kUnavailable,
        absl::StrCat("cannot listen on ", server->options_.listen,
                     " (address in use, or not a host:port?)"));
  }
  server->server_->GetHealthCheckService()->SetServingStatus(true);
  server->memory_trimmer_ = std::make_unique<IdleMemoryTrimmer>(server->calls_);
  return server;
}

LeadflowServer::~LeadflowServer() { Shutdown(absl::ZeroDuration()); }

void LeadflowServer::Shutdown(absl::Duration grace) {
  if (shut_down_) return;
  shut_down_ = true;
  if (server_ != nullptr) {
    server_->GetHealthCheckService()->SetServingStatus(false);
    server_->Shutdown(absl::ToChronoTime(absl::Now() + grace));
  }
  // After the server: writes of calls that finished in the grace period are
  // still committed before the store closes.
  if (store_ != nullptr) store_->Shutdown();
}

}  // namespace leadflow::api
