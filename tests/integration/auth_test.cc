// Who may call what, through the real in-process server with a principals
// file: missing, malformed, wrong and revoked tokens are UNAUTHENTICATED,
// a principal without the scope an RPC declares in the protos is
// PERMISSION_DENIED naming that scope, refused calls change nothing, the
// principal is the actor history records, and health checking stays open.

#include <grpcpp/grpcpp.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "api/principals.h"
#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "leadflow/v1/annotations.pb.h"
#include "support/raw_call.h"
#include "support/status_matchers.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::google::protobuf::MethodDescriptor;
using ::leadflow::testing::CallRaw;
using ::leadflow::testing::Context;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::RpcStatusOf;
using ::testing::HasSubstr;

const std::vector<std::string> kScopes = {
    "leads.read",         "leads.write",         "leads.convert", "accounts.read",
    "accounts.write",     "opportunities.read",  "opportunities.write",
    "events.read",        "admin"};

std::string Hex(const std::string& token) { return absl::BytesToHexString(api::Sha256(token)); }

// One principal of the file: `token` authenticates as `name`.
std::string PrincipalText(const std::string& name, const std::string& token,
                          const std::vector<std::string>& scopes, bool may_act_for_others) {
  std::string text = absl::StrCat("principals {\n  name: \"", name, "\"\n  token_sha256: \"",
                                  Hex(token), "\"\n");
  for (const std::string& scope : scopes) absl::StrAppend(&text, "  scopes: \"", scope, "\"\n");
  if (may_act_for_others) absl::StrAppend(&text, "  may_act_for_others: true\n");
  return text + "}\n";
}

std::vector<std::string> AllScopesBut(const std::string& missing) {
  std::vector<std::string> scopes;
  for (const std::string& scope : kScopes) {
    if (scope != missing) scopes.push_back(scope);
  }
  return scopes;
}

// The principals file of these tests: a reader, a writer, an agent that may
// act for others, a service that may not, and for every scope a principal
// holding all the others ("lacks-<scope>").
std::string PrincipalsFile(bool with_writer = true) {
  std::string text = PrincipalText("services/reader", "reader-token", {"leads.read"}, false);
  if (with_writer) {
    text += PrincipalText("services/writer", "writer-token", {"leads.read", "leads.write"}, false);
  }
  text += PrincipalText("services/agent", "agent-token", kScopes, true);
  text += PrincipalText("services/service", "service-token", kScopes, false);
  for (const std::string& scope : kScopes) {
    text += PrincipalText("services/lacks-" + scope, "lacks-" + scope, AllScopesBut(scope), false);
  }
  return text;
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

std::string ScopeOf(const grpc::Status& status) {
  google::rpc::Status rpc = RpcStatusOf(status);
  for (const auto& detail : rpc.details()) {
    google::rpc::ErrorInfo info;
    if (detail.UnpackTo(&info)) return info.metadata().count("scope") ? info.metadata().at("scope") : "";
  }
  return "";
}

class AuthTest : public ::testing::Test {
 protected:
  AuthTest() : server_(Options(dir_.File("principals.textproto"))) {}

  static api::ServerOptions Options(const std::string& principals_path) {
    WriteFile(principals_path, PrincipalsFile());
    api::ServerOptions options;
    options.principals_path = principals_path;
    return options;
  }

  std::vector<std::pair<std::string, std::string>> Bearer(const std::string& token) {
    return {{"authorization", "Bearer " + token}};
  }

  grpc::Status Call(const MethodDescriptor& method, const std::string& request,
                    std::vector<std::pair<std::string, std::string>> metadata) {
    return CallRaw(server_.address(), method, request, nullptr, metadata);
  }

  int LeadCount() {
    v1::ListLeadsRequest request;
    std::string bytes;
    grpc::Status status = CallRaw(server_.address(), *v1::ListLeadsRequest::descriptor()
                                      ->file()->FindServiceByName("LeadService")
                                      ->FindMethodByName("ListLeads"),
                                  request.SerializeAsString(), &bytes, Bearer("agent-token"));
    EXPECT_TRUE(status.ok()) << status.error_message();
    v1::ListLeadsResponse response;
    response.ParseFromString(bytes);
    return response.leads_size();
  }

  grpc::Status CreateLead(const std::string& token, const std::string& actor = "") {
    v1::CreateLeadRequest request;
    request.mutable_lead()->set_last_name("Guarded");
    request.mutable_lead()->set_company("Auth Ltd");
    auto context = Context();
    if (!token.empty()) context->AddMetadata("authorization", "Bearer " + token);
    if (!actor.empty()) context->AddMetadata("leadflow-actor", actor);
    v1::Lead lead;
    return server_.leads().CreateLead(context.get(), request, &lead);
  }

  testing::TempDir dir_;
  testing::TestServer server_;
};

TEST_F(AuthTest, EveryRpcRefusesCallsWithoutValidCredentialsAndChangesNothing) {
  const std::vector<std::vector<std::pair<std::string, std::string>>> bad_credentials = {
      {},                                           // none
      {{"authorization", "Basic cmVhZGVyOnB3"}},    // not a bearer token
      {{"authorization", "Bearer"}},                // malformed
      {{"authorization", "Bearer not-a-token"}},    // unknown
      {{"authorization", "Bearer reader-token "}},  // almost
  };
  for (const MethodDescriptor* method : testing::AllLeadflowMethods()) {
    for (const auto& metadata : bad_credentials) {
      grpc::Status status = Call(*method, "", metadata);
      EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED) << method->full_name();
      EXPECT_THAT(status, HasReason(v1::CREDENTIALS_INVALID)) << method->full_name();
    }
  }
  EXPECT_EQ(LeadCount(), 0);
}

// For every RPC, a principal holding every scope but the one the proto
// declares is refused, naming exactly that scope; so each handler checks
// its own method's scope, and a wrong declaration would show here.
TEST_F(AuthTest, EveryRpcRequiresTheScopeItsProtoDeclares) {
  for (const MethodDescriptor* method : testing::AllLeadflowMethods()) {
    const std::string& scope = method->options().GetExtension(v1::required_scope);
    ASSERT_THAT(kScopes, ::testing::Contains(scope)) << method->full_name();
    grpc::Status refused = Call(*method, "", Bearer("lacks-" + scope));
    EXPECT_EQ(refused.error_code(), grpc::StatusCode::PERMISSION_DENIED) << method->full_name();
    EXPECT_THAT(refused, HasReason(v1::SCOPE_MISSING)) << method->full_name();
    EXPECT_EQ(ScopeOf(refused), scope) << method->full_name();
    grpc::Status admitted = Call(*method, "", Bearer("agent-token"));
    EXPECT_NE(admitted.error_code(), grpc::StatusCode::UNAUTHENTICATED) << method->full_name();
    EXPECT_NE(admitted.error_code(), grpc::StatusCode::PERMISSION_DENIED) << method->full_name();
  }
  EXPECT_EQ(LeadCount(), 0);  // the admitted calls had empty requests: all refused as invalid
}

TEST_F(AuthTest, AReadOnlyTokenReadsButCannotWrite) {
  grpc::Status status = CreateLead("reader-token");
  EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(ScopeOf(status), "leads.write");
  EXPECT_THAT(status.error_message(), HasSubstr("leads.write"));
  EXPECT_EQ(LeadCount(), 0);
  EXPECT_TRUE(CreateLead("writer-token").ok());

  auto context = Context();
  context->AddMetadata("authorization", "Bearer writer-token");
  v1::ListOpportunitiesResponse opportunities;
  status = server_.opportunities().ListOpportunities(context.get(), {}, &opportunities);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(ScopeOf(status), "opportunities.read");
}

TEST_F(AuthTest, ATokenRemovedFromTheFileIsRefusedAfterAReload) {
  EXPECT_TRUE(CreateLead("writer-token").ok());
  WriteFile(dir_.File("principals.textproto"), PrincipalsFile(/*with_writer=*/false));
  ASSERT_TRUE(server_.server().ReloadPrincipals().ok());
  grpc::Status status = CreateLead("writer-token");
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(LeadCount(), 1);

  // A broken file is refused and the set in force stays.
  WriteFile(dir_.File("principals.textproto"), "principals { name: \"x\" scopes: \"nope\" }");
  EXPECT_FALSE(server_.server().ReloadPrincipals().ok());
  EXPECT_TRUE(CreateLead("agent-token").ok());
}

TEST_F(AuthTest, ThePrincipalIsTheActorUnlessItMayActForOthers) {
  v1::CreateAccountRequest account_request;
  account_request.mutable_account()->set_display_name("Acme");
  v1::Account account;
  auto context = Context();
  context->AddMetadata("authorization", "Bearer service-token");
  ASSERT_TRUE(server_.accounts().CreateAccount(context.get(), account_request, &account).ok());

  auto create = [&](const std::string& token, const std::string& actor, v1::Opportunity* out) {
    v1::CreateOpportunityRequest request;
    request.mutable_opportunity()->set_account(account.name());
    request.mutable_opportunity()->set_display_name("Deal");
    auto call = Context();
    call->AddMetadata("authorization", "Bearer " + token);
    if (!actor.empty()) call->AddMetadata("leadflow-actor", actor);
    return server_.opportunities().CreateOpportunity(call.get(), request, out);
  };
  auto first_actor = [&](const v1::Opportunity& opportunity) {
    v1::ListOpportunityHistoryRequest request;
    request.set_parent(opportunity.name());
    v1::ListOpportunityHistoryResponse history;
    auto call = Context();
    call->AddMetadata("authorization", "Bearer agent-token");
    EXPECT_TRUE(server_.opportunities().ListOpportunityHistory(call.get(), request, &history).ok());
    return history.entries_size() > 0 ? history.entries(0).actor() : "";
  };

  v1::Opportunity by_service, by_agent;
  ASSERT_TRUE(create("service-token", "", &by_service).ok());
  EXPECT_EQ(first_actor(by_service), "services/service");

  grpc::Status refused = create("service-token", "users/ada", &by_agent);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_THAT(refused, HasReason(v1::ACTOR_NOT_ALLOWED));

  ASSERT_TRUE(create("agent-token", "users/ada", &by_agent).ok());
  EXPECT_EQ(first_actor(by_agent), "users/ada");
}

// A principal past its rate is refused at once with a RetryInfo delay;
// another principal is not held up by it.
TEST(AuthRateTest, APrincipalPastItsRateIsToldWhenToRetry) {
  testing::TempDir dir;
  WriteFile(dir.File("principals.textproto"),
            PrincipalText("services/busy", "busy-token", {"leads.read"}, false) +
                PrincipalText("services/calm", "calm-token", {"leads.read"}, false));
  api::ServerOptions options;
  options.principals_path = dir.File("principals.textproto");
  options.principal_rate = 0.5;  // one call every two seconds after the burst
  options.principal_burst = 3;
  testing::TestServer server(options);
  auto list = [&](const std::string& token) {
    auto context = Context();
    context->AddMetadata("authorization", "Bearer " + token);
    v1::ListLeadsResponse response;
    return server.leads().ListLeads(context.get(), {}, &response);
  };
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(list("busy-token").ok()) << i;
  grpc::Status refused = list("busy-token");
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_THAT(refused, HasReason(v1::RATE_LIMITED));
  google::rpc::RetryInfo retry;
  const google::rpc::Status details = RpcStatusOf(refused);
  for (const auto& detail : details.details()) detail.UnpackTo(&retry);
  const double delay = retry.retry_delay().seconds() + retry.retry_delay().nanos() / 1e9;
  EXPECT_GT(delay, 0.5);
  EXPECT_LE(delay, 2.0);
  EXPECT_TRUE(list("calm-token").ok());
}

TEST_F(AuthTest, HealthCheckingNeedsNoCredentials) {
  auto health = grpc::health::v1::Health::NewStub(server_.channel());
  grpc::health::v1::HealthCheckResponse response;
  ASSERT_TRUE(health->Check(Context().get(), {}, &response).ok());
  EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING);
}

}  // namespace
}  // namespace leadflow
