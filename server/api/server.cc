#include "api/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "api/listen_policy.h"
#include "api/malformed_requests.h"
#include "api/tls_credentials.h"
#include "domain/errors.h"
#include "google/protobuf/descriptor.h"
#include "grpc/health/v1/health.pb.h"
#include "util/status_macros.h"

namespace leadflow::api {

namespace {

// Turns gRPC's reflection service on or off for one server. Linking the
// reflection library registers its plugin with every ServerBuilder of the
// process (a static initializer), so "off" removes it and "on" adds it only
// where it is missing.
class ReflectionOption final : public grpc::ServerBuilderOption {
 public:
  explicit ReflectionOption(bool enabled) : enabled_(enabled) {}

  void UpdateArguments(grpc::ChannelArguments* /*args*/) override {}
  void UpdatePlugins(std::vector<std::unique_ptr<grpc::ServerBuilderPlugin>>* plugins) override {
    const std::string name = grpc::reflection::ProtoServerReflectionPlugin().name();
    auto is_reflection = [&](const auto& plugin) { return plugin->name() == name; };
    plugins->erase(std::remove_if(plugins->begin(), plugins->end(), is_reflection),
                   plugins->end());
    if (enabled_) plugins->push_back(std::make_unique<grpc::reflection::ProtoServerReflectionPlugin>());
  }

 private:
  const bool enabled_;
};

int Milliseconds(absl::Duration duration) {
  return static_cast<int>(std::min<std::int64_t>(absl::ToInt64Milliseconds(duration), INT32_MAX));
}

// Bounds on what one connection or message may cost the server.
void ApplyConnectionLimits(const ServerOptions& options, grpc::ServerBuilder& builder) {
  // gRPC sets SO_REUSEPORT by default, which lets a second server bind the
  // same port and take half the connections (and so half the writes, into
  // its own database). Off, a taken port fails start-up instead.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.AddChannelArgument(GRPC_ARG_MAX_CONCURRENT_STREAMS,
                             std::max(1, options.max_streams_per_connection));
  builder.SetMaxReceiveMessageSize(options.max_receive_message_bytes);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, Milliseconds(options.keepalive_time));
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS,
                             Milliseconds(options.keepalive_timeout));
  builder.AddChannelArgument(GRPC_ARG_MAX_CONNECTION_AGE_MS,
                             Milliseconds(options.max_connection_age));
  builder.AddChannelArgument(GRPC_ARG_MAX_CONNECTION_AGE_GRACE_MS,
                             Milliseconds(options.max_connection_age_grace));
}

}  // namespace

absl::StatusOr<std::unique_ptr<LeadflowServer>> LeadflowServer::Start(
    ServerOptions options) {
  std::unique_ptr<LeadflowServer> server(new LeadflowServer(std::move(options)));
  const ServerOptions& o = server->options_;
  const bool tls = !o.tls_cert_path.empty() || !o.tls_key_path.empty();
  LEADFLOW_RETURN_IF_ERROR(
      CheckListenPolicy(o.listen, !o.principals_path.empty(), tls, o.insecure));
  if (!o.tls_client_ca_path.empty() && !tls) {
    return absl::InvalidArgumentError("--tls_client_ca needs --tls_cert and --tls_key");
  }
  std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
  if (tls) {
    LEADFLOW_ASSIGN_OR_RETURN(
        TlsCredentials tls_credentials,
        MakeTlsCredentials(o.tls_cert_path, o.tls_key_path, o.tls_client_ca_path));
    credentials = std::move(tls_credentials.credentials);
    server->certificates_ = std::move(tls_credentials.provider);
  }
  const google::protobuf::DescriptorPool& pool = *google::protobuf::DescriptorPool::generated_pool();
  // The services served, as admission and the metrics know them.
  const std::vector<const google::protobuf::ServiceDescriptor*> services = {
      pool.FindServiceByName(v1::LeadService::service_full_name()),
      pool.FindServiceByName(v1::AccountService::service_full_name()),
      pool.FindServiceByName(v1::OpportunityService::service_full_name()),
      pool.FindServiceByName(v1::AdminService::service_full_name()),
      pool.FindServiceByName(v1::EventService::service_full_name())};
  LEADFLOW_ASSIGN_OR_RETURN(
      server->admission_,
      Admission::Create(server->calls_,
                        {std::max(1, o.max_calls_in_flight), std::max(1, o.max_streams),
                         o.max_reply_bytes_in_flight, o.principal_rate, o.principal_burst},
                        services));
  LEADFLOW_RETURN_IF_ERROR(server->ReloadPrincipals());

  // Metrics and the access log (observability.h), before the store, whose
  // writer reports to them, and before any call.
  server->observability_ =
      std::make_unique<Observability>(server->calls_, services, o.db_path, o.access_log);
  LEADFLOW_RETURN_IF_ERROR(server->observability_->ServeMetrics(o.metrics_listen, o.insecure));
  if (store::IsPostgresUri(o.db_path)) {
    store::PostgresStore::Options store_options;
    store_options.uri = o.db_path;
    store_options.connections = o.db_connections;
    store_options.event_retention = o.event_retention;
    LEADFLOW_ASSIGN_OR_RETURN(server->store_, store::PostgresStore::Open(store_options));
  } else {
    store::SqliteStore::Options store_options{o.db_path};
    store_options.writer.stats = server->observability_->writer_stats();
    store_options.writer.max_queue_wait = o.max_call_duration;
    store_options.event_retention = o.event_retention;
    LEADFLOW_ASSIGN_OR_RETURN(server->store_, store::SqliteStore::Open(store_options));
  }
  const Admission& admission = *server->admission_;
  server->lead_service_ = std::make_unique<LeadService>(o.catalog, *server->store_, admission);
  server->account_service_ =
      std::make_unique<AccountService>(o.catalog, *server->store_, admission);
  server->opportunity_service_ =
      std::make_unique<OpportunityService>(o.catalog, *server->store_, admission);
  server->admin_service_ = std::make_unique<AdminService>(*server->store_, admission);
  server->event_hub_ = std::make_unique<EventHub>(*server->store_, EventHub::Options{});
  server->store_->SetCommitListener([hub = server->event_hub_.get()] { hub->Notify(); });
  server->observability_->WatchFeed(server->event_hub_.get());
  server->event_service_ = std::make_unique<EventService>(
      *server->store_, *server->event_hub_, admission,
      WatchReactor::Options{o.watch_send_timeout});

  grpc::EnableDefaultHealthCheckService(true);
  // Links health.proto's descriptors in, so reflection can describe the
  // health service (see protos/grpc/health/v1/health.proto).
  grpc::health::v1::HealthCheckRequest::descriptor();
  QuietClientParseErrors();
  grpc::ServerBuilder builder;
  ApplyConnectionLimits(o, builder);
  builder.SetOption(
      std::make_unique<ReflectionOption>(o.reflection.value_or(IsLoopbackOnly(o.listen))));
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
  interceptors.push_back(server->calls_.MakeInterceptorFactory());
  interceptors.push_back(MakeMalformedRequestInterceptorFactory());
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  builder.AddListeningPort(o.listen, credentials, &server->port_);
  builder.RegisterService(server->lead_service_.get());
  builder.RegisterService(server->account_service_.get());
  builder.RegisterService(server->opportunity_service_.get());
  builder.RegisterService(server->admin_service_.get());
  builder.RegisterService(server->event_service_.get());
  server->server_ = builder.BuildAndStart();
  if (server->server_ == nullptr || server->port_ == 0) {
    server->store_->Shutdown();
    return domain::ServerError(
        absl::StatusCode::kUnavailable,
        absl::StrCat("cannot listen on ", o.listen, " (address in use, or not a host:port?)"));
  }
  server->server_->GetHealthCheckService()->SetServingStatus(true);
  server->store_health_ = std::make_unique<StoreHealth>(
      *server->store_, *server->server_->GetHealthCheckService());
  server->memory_trimmer_ = std::make_unique<IdleMemoryTrimmer>(server->calls_);
  return server;
}

absl::Status LeadflowServer::ReloadPrincipals() {
  if (options_.principals_path.empty()) return absl::OkStatus();
  LEADFLOW_ASSIGN_OR_RETURN(std::shared_ptr<const Principals> principals,
                            Principals::Load(options_.principals_path, KnownScopes()));
  admission_->SetPrincipals(std::move(principals));
  return absl::OkStatus();
}

LeadflowServer::~LeadflowServer() { Shutdown(absl::ZeroDuration()); }

void LeadflowServer::Shutdown(absl::Duration grace) {
  if (shut_down_) return;
  shut_down_ = true;
  store_health_.reset();  // so that nothing sets SERVING again
  if (server_ != nullptr) server_->GetHealthCheckService()->SetServingStatus(false);
  // Watches never end by themselves: end them first (UNAVAILABLE, with
  // where to resume), so that they do not hold up the grace period.
  if (event_hub_ != nullptr) event_hub_->Shutdown();
  if (server_ != nullptr) server_->Shutdown(absl::ToChronoTime(absl::Now() + grace));
  if (store_ != nullptr) store_->SetCommitListener(nullptr);
  // After the server: writes of calls that finished in the grace period are
  // still committed before the store closes.
  if (store_ != nullptr) store_->Shutdown();
}

}  // namespace leadflow::api
