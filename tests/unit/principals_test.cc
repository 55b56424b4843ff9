#include "api/principals.h"

#include <fstream>
#include <string>

#include "absl/strings/escaping.h"
#include "api/admission.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/temp_dir.h"

namespace leadflow::api {
namespace {

using ::testing::HasSubstr;

constexpr char kAbcHash[] = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

absl::StatusOr<std::shared_ptr<const Principals>> LoadText(const std::string& text) {
  testing::TempDir dir;
  std::ofstream(dir.File("p.textproto")) << text;
  return Principals::Load(dir.File("p.textproto"), KnownScopes());
}

TEST(Sha256Test, MatchesTheStandardTestVector) {
  EXPECT_EQ(absl::BytesToHexString(Sha256("abc")), kAbcHash);
}

TEST(PrincipalsTest, FindsThePrincipalOfATokenByItsHash) {
  auto principals = LoadText(absl::StrCat(
      "principals { name: \"services/a\" token_sha256: \"", kAbcHash,
      "\" scopes: \"leads.read\" }\n"
      "principals { name: \"services/b\" client_certificate_name: \"b.internal\" }\n"));
  ASSERT_TRUE(principals.ok()) << principals.status();
  ASSERT_NE((*principals)->FindByToken("abc"), nullptr);
  EXPECT_EQ((*principals)->FindByToken("abc")->name(), "services/a");
  EXPECT_EQ((*principals)->FindByToken("abd"), nullptr);
  EXPECT_EQ((*principals)->FindByToken(""), nullptr);
  EXPECT_EQ((*principals)->FindByCertificateName("b.internal")->name(), "services/b");
  EXPECT_TRUE(Principals::HasScope(*(*principals)->FindByToken("abc"), "leads.read"));
  EXPECT_FALSE(Principals::HasScope(*(*principals)->FindByToken("abc"), "leads.write"));
}

TEST(PrincipalsTest, RefusesAFileThatBreaksARule) {
  const std::string token = absl::StrCat("token_sha256: \"", kAbcHash, "\"");
  for (const auto& [text, why] : std::vector<std::pair<std::string, std::string>>{
           {"principals { " + token + " }", "has no name"},
           {"principals { name: \"a\" token_sha256: \"abc\" }", "64 lowercase hex"},
           {"principals { name: \"a\" token_sha256: \"" + std::string(64, 'A') + "\" }",
            "64 lowercase hex"},
           {"principals { name: \"a\" }", "neither a token_sha256"},
           {"principals { name: \"a\" " + token + " scopes: \"leads.delete\" }", "unknown scope"},
           {"principals { name: \"a\" " + token + " } principals { name: \"a\" " +
                "client_certificate_name: \"x\" }",
            "repeats the name"},
           {"principals { name: \"a\" " + token + " } principals { name: \"b\" " + token + " }",
            "repeats a token_sha256"},
           {"principals { name: ", "line 1"},
       }) {
    absl::Status status = LoadText(text).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << text;
    EXPECT_THAT(std::string(status.message()), HasSubstr(why)) << text;
  }
}

}  // namespace
}  // namespace leadflow::api
