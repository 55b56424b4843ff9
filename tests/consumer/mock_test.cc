// A service's own unit test against the installed mocks (the sdk_testing
// component): its code lists leads through a LeadClient that a
// MockLeadConnection stands behind, with no server.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "leadflow/leadflow.h"
#include "leadflow/testing/mock_connections.h"

namespace {

// The code under test: the companies of every open lead.
std::vector<std::string> OpenCompanies(leadflow::LeadClient& client) {
  std::vector<std::string> companies;
  for (const auto& lead : client.ListLeads()) {
    if (lead.ok()) companies.push_back(lead->company());
  }
  return companies;
}

TEST(ConsumerMockTest, ListsEveryPageTheMockAnswers) {
  auto mock = std::make_shared<leadflow::testing::MockLeadConnection>();
  EXPECT_CALL(*mock, ListLeads)
      .WillOnce([](const leadflow::v1::ListLeadsRequest&, const leadflow::CallOptions&) {
        leadflow::v1::ListLeadsResponse page;
        page.add_leads()->set_company("Initech");
        page.set_next_page_token("2");
        return page;
      })
      .WillOnce([](const leadflow::v1::ListLeadsRequest& request, const leadflow::CallOptions&) {
        EXPECT_EQ(request.page_token(), "2");
        leadflow::v1::ListLeadsResponse page;
        page.add_leads()->set_company("Hooli");
        return page;
      });
  leadflow::LeadClient client(mock);
  EXPECT_THAT(OpenCompanies(client), ::testing::ElementsAre("Initech", "Hooli"));
}

}  // namespace
