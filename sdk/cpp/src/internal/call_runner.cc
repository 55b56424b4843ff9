#include "internal/call_runner.h"

#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>

#include "absl/random/random.h"
#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "google/rpc/status.pb.h"

namespace leadflow::internal {
namespace {

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream file(path);
  if (!file) return absl::InvalidArgumentError(absl::StrCat("cannot read ", path));
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

absl::BitGen& Random() {
  thread_local absl::BitGen random;
  return random;
}

}  // namespace

absl::Status FromGrpcStatus(const grpc::Status& status) {
  if (status.ok()) return absl::OkStatus();
  // grpc::StatusCode and absl::StatusCode share the canonical numbering.
  absl::Status result(static_cast<absl::StatusCode>(status.error_code()), status.error_message());
  google::rpc::Status details;
  if (!status.error_details().empty() && details.ParseFromString(status.error_details())) {
    for (const google::protobuf::Any& detail : details.details()) {
      result.SetPayload(detail.type_url(), absl::Cord(detail.value()));
    }
  }
  return result;
}

absl::Duration BackoffDelay(const BackoffPolicy& backoff, int attempt) {
  absl::Duration delay = backoff.initial_delay * std::pow(backoff.multiplier, attempt - 1);
  delay = std::min(delay, backoff.maximum_delay);
  const double seconds = absl::ToDoubleSeconds(delay);
  return absl::Seconds(absl::Uniform(Random(), seconds / 2, seconds));
}

void CallRunner::Prepare(grpc::ClientContext& context, const CallOptions& call) const {
  const absl::Duration timeout = call.timeout.value_or(options_.timeout);
  context.set_deadline(absl::ToChronoTime(absl::Now() + timeout));
  AddMetadata(context, call);
}

void CallRunner::AddMetadata(grpc::ClientContext& context, const CallOptions& call) const {
  if (!options_.bearer_token.empty()) {
    context.AddMetadata("authorization", absl::StrCat("Bearer ", options_.bearer_token));
  }
  const std::string& actor = call.actor ? *call.actor : options_.actor;
  if (!actor.empty()) context.AddMetadata("leadflow-actor", actor);
}

absl::Status CallRunner::Run(Idempotency idempotency, const CallOptions& call,
                             absl::FunctionRef<grpc::Status(grpc::ClientContext&)> attempt) const {
  if (!setup_error_.ok()) return setup_error_;
  const RetryPolicy& retry = call.retry ? *call.retry : options_.retry;
  const absl::Time start = absl::Now();
  for (int tries = 1;; ++tries) {
    grpc::ClientContext context;
    Prepare(context, call);
    absl::Status status = FromGrpcStatus(attempt(context));
    const bool retryable = status.code() == absl::StatusCode::kUnavailable &&
                           idempotency == Idempotency::kIdempotent;
    if (!retryable || tries >= retry.max_attempts) return status;
    const absl::Duration delay = BackoffDelay(options_.backoff, tries);
    if (absl::Now() + delay - start > retry.max_elapsed) return status;
    absl::SleepFor(delay);
  }
}

std::shared_ptr<grpc::Channel> MakeChannel(const Options& options, absl::Status* error) {
  grpc::ChannelArguments arguments;
  if (!options.user_agent_prefix.empty()) arguments.SetUserAgentPrefix(options.user_agent_prefix);
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  const ChannelCredentials& wanted = options.credentials;
  if (wanted.kind != ChannelCredentials::Kind::kInsecure) {
    grpc::SslCredentialsOptions ssl;
    auto load = [&](const std::string& path, std::string* out) {
      if (path.empty() || !error->ok()) return;
      absl::StatusOr<std::string> text = ReadFile(path);
      if (text.ok()) {
        *out = *std::move(text);
      } else {
        *error = text.status();
      }
    };
    load(wanted.root_certificates_file, &ssl.pem_root_certs);
    if (wanted.kind == ChannelCredentials::Kind::kMutualTls) {
      load(wanted.certificate_chain_file, &ssl.pem_cert_chain);
      load(wanted.private_key_file, &ssl.pem_private_key);
    }
    if (error->ok()) credentials = grpc::SslCredentials(ssl);
  }
  return grpc::CreateCustomChannel(options.target, credentials, arguments);
}

std::string NewRequestId() {
  absl::BitGen& random = Random();
  const std::uint64_t high = absl::Uniform<std::uint64_t>(random);
  const std::uint64_t low = absl::Uniform<std::uint64_t>(random);
  // Version 4 (random), variant 1 (RFC 4122).
  return absl::StrFormat("%08x-%04x-4%03x-%04x-%012x", high >> 32, (high >> 16) & 0xFFFF,
                         high & 0x0FFF, (low >> 48 & 0x3FFF) | 0x8000, low & 0xFFFFFFFFFFFF);
}

}  // namespace leadflow::internal
