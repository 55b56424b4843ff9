#include "store/page_token.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "absl/strings/escaping.h"
#include "support/status_matchers.h"

namespace leadflow::store {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;

const std::vector<SqlValue> kKeys = {std::int64_t{1764169200000000}, std::string("01abc")};

TEST(PageTokenTest, RoundTripsKeysForTheSameQuery) {
  PageTokenCodec codec("secret-key");
  std::string token = codec.Encode("leads\nstatus = x\n", kKeys);
  absl::StatusOr<std::vector<SqlValue>> keys = codec.Decode(token, "leads\nstatus = x\n", 2);
  ASSERT_TRUE(keys.ok()) << keys.status();
  EXPECT_EQ(*keys, kKeys);
}

TEST(PageTokenTest, RefusesATokenOfAnotherQuery) {
  PageTokenCodec codec("secret-key");
  std::string token = codec.Encode("leads\nstatus = x\n", kKeys);
  absl::Status status = codec.Decode(token, "leads\nstatus = y\n", 2).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status, HasReason(v1::PAGE_TOKEN_INVALID));
  EXPECT_THAT(status, HasFieldViolation("page_token"));
}

TEST(PageTokenTest, RefusesATokenSignedWithAnotherKey) {
  std::string token = PageTokenCodec("other-database").Encode("q", kKeys);
  EXPECT_THAT(PageTokenCodec("secret-key").Decode(token, "q", 2).status(),
              HasReason(v1::PAGE_TOKEN_INVALID));
}

TEST(PageTokenTest, RefusesTamperedAndGarbageTokens) {
  PageTokenCodec codec("secret-key");
  std::string raw;
  ASSERT_TRUE(absl::WebSafeBase64Unescape(codec.Encode("q", kKeys), &raw));
  raw[12] ^= 1;  // flip a bit of the keys
  EXPECT_THAT(codec.Decode(absl::WebSafeBase64Escape(raw), "q", 2).status(),
              HasReason(v1::PAGE_TOKEN_INVALID));
  for (const char* garbage : {"x", "!!!not base64!!!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
    EXPECT_THAT(codec.Decode(garbage, "q", 2).status(), HasReason(v1::PAGE_TOKEN_INVALID))
        << garbage;
  }
}

}  // namespace
}  // namespace leadflow::store
