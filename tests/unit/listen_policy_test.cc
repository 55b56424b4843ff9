#include "api/listen_policy.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace leadflow::api {
namespace {

using ::testing::HasSubstr;

TEST(IsLoopbackOnlyTest, TellsLoopbackFromEverythingElse) {
  for (const char* listen : {"127.0.0.1:50051", "127.1.2.3:0", "localhost:1", "[::1]:50051"}) {
    EXPECT_TRUE(IsLoopbackOnly(listen)) << listen;
  }
  for (const char* listen : {"0.0.0.0:50051", "[::]:50051", ":50051", "10.0.0.5:1",
                             "192.168.1.2:80", "crm.internal:443", "128.0.0.1:1"}) {
    EXPECT_FALSE(IsLoopbackOnly(listen)) << listen;
  }
}

TEST(CheckListenPolicyTest, BeyondLoopbackNeedsPrincipalsAndTlsOrInsecure) {
  EXPECT_TRUE(CheckListenPolicy("127.0.0.1:1", false, false, false).ok());
  EXPECT_TRUE(CheckListenPolicy("0.0.0.0:1", true, true, false).ok());
  EXPECT_TRUE(CheckListenPolicy("0.0.0.0:1", false, false, true).ok());

  absl::Status status = CheckListenPolicy("0.0.0.0:1", false, false, false);
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(status.message()), HasSubstr("--principals"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("--tls_cert"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("--insecure"));

  status = CheckListenPolicy("0.0.0.0:1", true, false, false);
  EXPECT_THAT(std::string(status.message()), ::testing::Not(HasSubstr("--principals")));
  EXPECT_THAT(std::string(status.message()), HasSubstr("--tls_cert"));
}

}  // namespace
}  // namespace leadflow::api
