// What authentication and TLS cost: GetLead through real gRPC channels to
// two in-process servers on the same kind of database, one plaintext
// without principals, one with TLS and a principals file (every call
// carries a bearer token, hashed and checked, and its scope checked), in
// the same run, alternating rounds so that both see the same machine.
//
//   build/bench/auth_overhead_bench [--seconds=4] [--rounds=3] [--in_flight=64]
//
// Needs `openssl` on the PATH to make the test certificate.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "api/principals.h"
#include "api/server.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "support/temp_dir.h"

ABSL_FLAG(double, seconds, 4, "length of each measured round");
ABSL_FLAG(int, rounds, 3, "rounds per server, alternating");
ABSL_FLAG(int, in_flight, 64, "calls kept in flight at once, over four channels");

namespace {

using Clock = std::chrono::steady_clock;
constexpr char kToken[] = "bench-token-0123456789";

std::string ReadFile(const std::string& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

// A self-signed certificate for 127.0.0.1 in `dir`, made by the openssl CLI.
void MakeCertificate(const leadflow::testing::TempDir& dir) {
  const std::string command = absl::StrCat(
      "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost "
      "-addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout ",
      dir.File("key.pem"), " -out ", dir.File("cert.pem"), " 2>/dev/null");
  if (std::system(command.c_str()) != 0) {
    std::fprintf(stderr, "auth_overhead_bench: openssl failed\n");
    std::exit(1);
  }
}

std::unique_ptr<leadflow::api::LeadflowServer> StartServer(leadflow::api::ServerOptions options) {
  options.listen = "127.0.0.1:0";
  auto server = leadflow::api::LeadflowServer::Start(std::move(options));
  if (!server.ok()) {
    std::fprintf(stderr, "auth_overhead_bench: %s\n", server.status().ToString().c_str());
    std::exit(1);
  }
  return *std::move(server);
}

struct Target {
  const char* label;
  std::vector<std::unique_ptr<leadflow::v1::LeadService::Stub>> stubs;
  bool with_token;
  std::string lead;
};

void AddMetadata(const Target& target, grpc::ClientContext& context) {
  if (target.with_token) context.AddMetadata("authorization", absl::StrCat("Bearer ", kToken));
}

// Keeps `in_flight` GetLead calls going for `seconds`; returns calls/s.
double Measure(Target& target, int in_flight, double seconds) {
  struct Call {
    grpc::ClientContext context;
    leadflow::v1::GetLeadRequest request;
    leadflow::v1::Lead response;
  };
  std::atomic<long> completed{0}, failed{0};
  std::mutex mu;
  std::condition_variable cv;
  int running = 0;
  const auto deadline = Clock::now() + std::chrono::duration<double>(seconds);
  std::function<void(int)> start = [&](int slot) {
    auto call = std::make_shared<Call>();
    call->request.set_name(target.lead);
    AddMetadata(target, call->context);
    target.stubs[slot % target.stubs.size()]->async()->GetLead(
        &call->context, &call->request, &call->response, [&, call, slot](grpc::Status status) {
          (status.ok() ? completed : failed)++;
          if (Clock::now() < deadline) {
            start(slot);
          } else {
            std::lock_guard<std::mutex> lock(mu);
            if (--running == 0) cv.notify_all();
          }
        });
  };
  const auto begin = Clock::now();
  {
    std::lock_guard<std::mutex> lock(mu);
    running = in_flight;
  }
  for (int slot = 0; slot < in_flight; ++slot) start(slot);
  std::unique_lock<std::mutex> lock(mu);
  cv.wait(lock, [&] { return running == 0; });
  const double elapsed = std::chrono::duration<double>(Clock::now() - begin).count();
  if (failed > 0) std::fprintf(stderr, "%s: %ld calls failed\n", target.label, failed.load());
  return completed / elapsed;
}

std::string CreateLead(Target& target) {
  leadflow::v1::CreateLeadRequest request;
  request.mutable_lead()->set_last_name("Lovelace");
  request.mutable_lead()->set_company("Analytical Engines");
  grpc::ClientContext context;
  AddMetadata(target, context);
  leadflow::v1::Lead lead;
  grpc::Status status = target.stubs[0]->CreateLead(&context, request, &lead);
  if (!status.ok()) {
    std::fprintf(stderr, "%s: CreateLead: %s\n", target.label, status.error_message().c_str());
    std::exit(1);
  }
  return lead.name();
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  leadflow::testing::TempDir dir;
  MakeCertificate(dir);
  std::ofstream(dir.File("principals.textproto"))
      << "principals { name: \"services/bench\" token_sha256: \""
      << absl::BytesToHexString(leadflow::api::Sha256(kToken))
      << "\" scopes: \"leads.read\" scopes: \"leads.write\" }\n";

  leadflow::api::ServerOptions plain;
  plain.db_path = dir.File("plain.db");
  leadflow::api::ServerOptions secured;
  secured.db_path = dir.File("secured.db");
  secured.principals_path = dir.File("principals.textproto");
  secured.principal_rate = 0;  // the limiter is not what this measures
  secured.tls_cert_path = dir.File("cert.pem");
  secured.tls_key_path = dir.File("key.pem");
  auto plain_server = StartServer(plain);
  auto secured_server = StartServer(secured);

  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = ReadFile(dir.File("cert.pem"));
  Target targets[] = {{"plaintext, no authentication", {}, false, ""},
                      {"TLS + bearer token + scope", {}, true, ""}};
  for (int channel = 0; channel < 4; ++channel) {
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);  // one connection per channel
    targets[0].stubs.push_back(leadflow::v1::LeadService::NewStub(grpc::CreateCustomChannel(
        absl::StrCat("127.0.0.1:", plain_server->port()), grpc::InsecureChannelCredentials(),
        args)));
    targets[1].stubs.push_back(leadflow::v1::LeadService::NewStub(grpc::CreateCustomChannel(
        absl::StrCat("127.0.0.1:", secured_server->port()), grpc::SslCredentials(ssl), args)));
  }
  for (Target& target : targets) target.lead = CreateLead(target);

  const int in_flight = absl::GetFlag(FLAGS_in_flight);
  const double seconds = absl::GetFlag(FLAGS_seconds);
  for (Target& target : targets) Measure(target, in_flight, 1.0);  // warm up connections
  double totals[2] = {0, 0};
  for (int round = 0; round < absl::GetFlag(FLAGS_rounds); ++round) {
    for (int t = 0; t < 2; ++t) {
      const double rate = Measure(targets[t], in_flight, seconds);
      totals[t] += rate;
      std::printf("round %d  %-30s %9.0f GetLead/s\n", round + 1, targets[t].label, rate);
    }
  }
  std::printf("GetLead with TLS, token and scope checks: %.0f/s against %.0f/s without: %.1f %%\n",
              totals[1] / absl::GetFlag(FLAGS_rounds), totals[0] / absl::GetFlag(FLAGS_rounds),
              100.0 * totals[1] / totals[0]);
  plain_server->Shutdown(absl::Seconds(1));
  secured_server->Shutdown(absl::Seconds(1));
  return 0;
}
