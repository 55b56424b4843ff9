#include "domain/matching.h"

#include "gtest/gtest.h"

namespace leadflow::domain {
namespace {

TEST(NormalizeCompanyNameTest, IgnoresCasePunctuationAndLegalForms) {
  EXPECT_EQ(NormalizeCompanyName("ACME, Inc."), "acme");
  EXPECT_EQ(NormalizeCompanyName("Acme Inc"), "acme");
  EXPECT_EQ(NormalizeCompanyName("  acme   corp  "), "acme");
  EXPECT_EQ(NormalizeCompanyName("Müller GmbH"), NormalizeCompanyName("Müller"));
  EXPECT_EQ(NormalizeCompanyName("A.C.M.E. Ltd."), "acme");
  EXPECT_EQ(NormalizeCompanyName("Smith & Sons Ltd"), "smith and sons");
  EXPECT_EQ(NormalizeCompanyName("Company"), "company");
  EXPECT_NE(NormalizeCompanyName("Acme Labs"), NormalizeCompanyName("Acme"));
  EXPECT_EQ(NormalizeCompanyName("!!!"), "");
}

TEST(WebsiteDomainTest, ReducesAUrlToItsHost) {
  EXPECT_EQ(WebsiteDomain("https://WWW.Acme.com/about?x=1"), "acme.com");
  EXPECT_EQ(WebsiteDomain("acme.com"), "acme.com");
  EXPECT_EQ(WebsiteDomain("http://shop.acme.co.uk:8080/"), "shop.acme.co.uk");
  EXPECT_EQ(WebsiteDomain("www.acme.com."), "acme.com");
  EXPECT_EQ(WebsiteDomain("localhost"), "");
  EXPECT_EQ(WebsiteDomain(""), "");
}

TEST(EmailDomainTest, TakesThePartAfterTheLastAt) {
  EXPECT_EQ(EmailDomain("Ada@Engines.Example"), "engines.example");
  EXPECT_EQ(EmailDomain("no-at-sign"), "");
}

}  // namespace
}  // namespace leadflow::domain
