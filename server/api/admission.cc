#include "api/admission.h"

#include <optional>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "leadflow/v1/annotations.pb.h"

namespace leadflow::api {
namespace {

constexpr std::size_t kMaxActorLength = 255;

absl::string_view ToView(const grpc::string_ref& ref) { return {ref.data(), ref.size()}; }

// The value of request metadata `key`, if present.
std::optional<absl::string_view> Metadata(const grpc::CallbackServerContext& context,
                                          absl::string_view key) {
  const auto& metadata = context.client_metadata();
  auto it = metadata.find(grpc::string_ref(key.data(), key.size()));
  if (it == metadata.end()) return std::nullopt;
  return ToView(it->second);
}

absl::Status Unauthenticated(absl::string_view message) {
  return domain::Refused(absl::StatusCode::kUnauthenticated, leadflow::v1::CREDENTIALS_INVALID,
                         message);
}

}  // namespace

const absl::flat_hash_set<std::string>& KnownScopes() {
  static const auto* const kScopes = new absl::flat_hash_set<std::string>{
      "leads.read",         "leads.write",         "leads.convert", "accounts.read",
      "accounts.write",     "opportunities.read",  "opportunities.write",
      "events.read",        "admin"};
  return *kScopes;
}

absl::StatusOr<std::unique_ptr<Admission>> Admission::Create(
    CallTracker& tracker, AdmissionLimits limits,
    const std::vector<const google::protobuf::ServiceDescriptor*>& services) {
  absl::flat_hash_map<std::string, std::string> scopes;
  for (const google::protobuf::ServiceDescriptor* service : services) {
    for (int i = 0; i < service->method_count(); ++i) {
      const google::protobuf::MethodDescriptor& method = *service->method(i);
      const std::string& scope = method.options().GetExtension(leadflow::v1::required_scope);
      if (!KnownScopes().contains(scope)) {
        return absl::FailedPreconditionError(
            absl::StrCat(method.full_name(), " declares no known required_scope (\"", scope,
                         "\"); every RPC must declare one in its proto"));
      }
      if (!scopes.emplace(method.name(), scope).second) {
        return absl::FailedPreconditionError(
            absl::StrCat("two services define a method ", method.name()));
      }
    }
  }
  return std::unique_ptr<Admission>(new Admission(tracker, limits, std::move(scopes)));
}

void Admission::SetPrincipals(std::shared_ptr<const Principals> principals) {
  absl::MutexLock lock(&mu_);
  principals_ = std::move(principals);
}

absl::Status Admission::CheckLimits(const CallRecord* record) const {
  if (record != nullptr && record->streaming) {
    if (tracker_.streams() <= limits_.max_streams) return absl::OkStatus();
    return domain::Refused(absl::StatusCode::kResourceExhausted, leadflow::v1::SERVER_BUSY,
                           absl::StrCat("the server is serving its limit of ",
                                        limits_.max_streams,
                                        " streams; retry with backoff, or on another server"));
  }
  // The count includes this call, so the limit admits exactly
  // max_calls_in_flight calls at once.
  if (tracker_.in_flight() > limits_.max_calls_in_flight) {
    return domain::Refused(absl::StatusCode::kResourceExhausted, 
        leadflow::v1::SERVER_BUSY,
        absl::StrCat("the server is serving its limit of ", limits_.max_calls_in_flight,
                     " calls; nothing was done, retry with backoff"));
  }
  if (tracker_.reply_bytes() > limits_.max_reply_bytes_in_flight) {
    return domain::Refused(absl::StatusCode::kResourceExhausted, 
        leadflow::v1::SERVER_BUSY,
        absl::StrCat("the server holds its limit of ", limits_.max_reply_bytes_in_flight >> 20,
                     " MiB of replies not yet received by their clients; nothing was done, "
                     "retry with backoff"));
  }
  return absl::OkStatus();
}

absl::StatusOr<const Principals::Principal*> Admission::Authenticate(
    const grpc::CallbackServerContext& context, const Principals& principals) const {
  if (std::optional<absl::string_view> authorization = Metadata(context, "authorization")) {
    absl::string_view token = *authorization;
    if (!absl::ConsumePrefix(&token, "Bearer ") && !absl::ConsumePrefix(&token, "bearer ")) {
      return Unauthenticated("the authorization header must be \"Bearer <token>\"");
    }
    const Principals::Principal* principal = principals.FindByToken(token);
    if (principal == nullptr) {
      return Unauthenticated("the bearer token is not valid (unknown, or revoked)");
    }
    return principal;
  }
  // Under mutual TLS, a verified client certificate may name the principal.
  std::shared_ptr<const grpc::AuthContext> auth = context.auth_context();
  if (auth != nullptr && auth->IsPeerAuthenticated()) {
    for (const char* property : {"x509_common_name", "x509_subject_alternative_name"}) {
      for (const grpc::string_ref& name : auth->FindPropertyValues(property)) {
        if (const Principals::Principal* principal =
                principals.FindByCertificateName(ToView(name))) {
          return principal;
        }
      }
    }
    return Unauthenticated("the client certificate is not mapped to a principal");
  }
  return Unauthenticated(
      "the call carries no credentials: send \"authorization: Bearer <token>\"");
}

absl::StatusOr<Caller> Admission::Admit(const grpc::CallbackServerContext& context,
                                        absl::string_view method) const {
  CallRecord* record = tracker_.Find(&context);
  auto refuse = [record](Refusal refusal, absl::Status status) {
    if (record != nullptr) record->refusal = refusal;
    return status;
  };
  if (absl::Status limits = CheckLimits(record); !limits.ok()) {
    return refuse(Refusal::kLimit, std::move(limits));
  }
  std::shared_ptr<const Principals> principals;
  {
    absl::MutexLock lock(&mu_);
    principals = principals_;
  }
  Caller caller;
  std::optional<absl::string_view> actor = Metadata(context, kActorMetadata);
  if (actor && actor->size() > kMaxActorLength) {
    return domain::InvalidField(kActorMetadata, "must be at most 255 bytes long");
  }
  if (principals == nullptr) {  // no authentication: the actor header is trusted
    caller.actor = std::string(actor.value_or(""));
    return caller;
  }
  absl::StatusOr<const Principals::Principal*> principal = Authenticate(context, *principals);
  if (!principal.ok()) return refuse(Refusal::kUnauthenticated, principal.status());
  auto scope = scopes_.find(method);
  if (scope == scopes_.end()) {  // a handler not named after its RPC
    return domain::ServerError(absl::StatusCode::kInternal,
                               absl::StrCat("no scope is known for ", method));
  }
  if (!Principals::HasScope(**principal, scope->second)) {
    return refuse(Refusal::kScope, domain::ScopeMissing(method, scope->second));
  }
  caller.principal = (*principal)->name();
  if (record != nullptr) record->principal = caller.principal;
  if (const absl::Duration wait = rates_.Take(caller.principal, absl::Now());
      wait > absl::ZeroDuration()) {
    return refuse(Refusal::kRate, domain::RateLimited(caller.principal, wait));
  }
  if (actor && *actor != caller.principal) {
    if (!(*principal)->may_act_for_others()) {
      return refuse(Refusal::kScope,
                    domain::Refused(absl::StatusCode::kPermissionDenied,
                                    leadflow::v1::ACTOR_NOT_ALLOWED,
                                    absl::StrCat(caller.principal,
                                                 " may not act on behalf of others: leave out "
                                                 "the leadflow-actor header")));
    }
    caller.actor = std::string(*actor);
  } else {
    caller.actor = caller.principal;
  }
  return caller;
}

}  // namespace leadflow::api
