#ifndef LEADFLOW_SDK_TESTING_MOCK_CONNECTIONS_H_
#define LEADFLOW_SDK_TESTING_MOCK_CONNECTIONS_H_

// GoogleMock connections, for unit tests of code that uses the clients
// without a server:
//
//   auto mock = std::make_shared<leadflow::testing::MockLeadConnection>();
//   EXPECT_CALL(*mock, GetLead).WillOnce(Return(lead));
//   leadflow::LeadClient client(mock);
//
// Link leadflow::sdk_testing (it brings GoogleMock).

#include <atomic>
#include <cstdint>
#include <vector>

#include "gmock/gmock.h"
#include "leadflow/account_connection.h"
#include "leadflow/event_connection.h"
#include "leadflow/lead_connection.h"
#include "leadflow/opportunity_connection.h"

namespace leadflow::testing {

// A range that yields `items` in order, as a List call would.
template <typename T>
StreamRange<T> MakeStreamRange(std::vector<absl::StatusOr<T>> items) {
  auto state = std::make_shared<std::pair<std::vector<absl::StatusOr<T>>, std::size_t>>(
      std::move(items), 0);
  return StreamRange<T>([state]() -> absl::variant<absl::Status, T> {
    auto& [all, next] = *state;
    if (next == all.size()) return absl::OkStatus();
    absl::StatusOr<T>& item = all[next++];
    if (!item.ok()) return item.status();
    return *std::move(item);
  });
}

// A watch that yields `items` in order, as WatchEvents would, and then
// ends (or ends with the error among them). Its last_sequence() follows the
// events yielded; Cancel() ends it.
inline EventStream MakeEventStream(std::vector<absl::StatusOr<v1::Event>> items) {
  struct State final : EventStream::Control {
    std::vector<absl::StatusOr<v1::Event>> items;
    std::size_t next = 0;
    std::atomic<std::int64_t> cursor{0};
    std::atomic<bool> cancelled{false};
    std::int64_t last_sequence() const override { return cursor.load(); }
    void Cancel() override { cancelled = true; }
  };
  auto state = std::make_shared<State>();
  state->items = std::move(items);
  StreamRange<v1::Event> events([state]() -> absl::variant<absl::Status, v1::Event> {
    if (state->cancelled || state->next == state->items.size()) return absl::OkStatus();
    absl::StatusOr<v1::Event>& item = state->items[state->next++];
    if (!item.ok()) return item.status();
    state->cursor = item->sequence();
    return *std::move(item);
  });
  return EventStream(std::move(events), state);
}

class MockLeadConnection : public LeadConnection {
 public:
  MOCK_METHOD(absl::StatusOr<v1::Lead>, CreateLead,
              (const v1::CreateLeadRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::BatchCreateLeadsResponse>, BatchCreateLeads,
              (const v1::BatchCreateLeadsRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<LeadImport>, ImportLeads,
              (const v1::ImportLeadsHeader&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::FindDuplicatesResponse>, FindDuplicates,
              (const v1::FindDuplicatesRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Lead>, GetLead, (const v1::GetLeadRequest&, const CallOptions&),
              (override));
  MOCK_METHOD(absl::StatusOr<v1::ListLeadsResponse>, ListLeads,
              (const v1::ListLeadsRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Lead>, UpdateLead,
              (const v1::UpdateLeadRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::Status, DeleteLead, (const v1::DeleteLeadRequest&, const CallOptions&),
              (override));
  MOCK_METHOD(absl::StatusOr<v1::ListLeadStatusesResponse>, ListLeadStatuses,
              (const v1::ListLeadStatusesRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::ConvertLeadResponse>, ConvertLead,
              (const v1::ConvertLeadRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::FindConversionMatchesResponse>, FindConversionMatches,
              (const v1::FindConversionMatchesRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::LeadFunnel>, GetLeadFunnel,
              (const v1::GetLeadFunnelRequest&, const CallOptions&), (override));
};

// The call behind a LeadImport, for MockLeadConnection::ImportLeads:
//
//   auto call = std::make_shared<leadflow::testing::MockLeadImportCall>();
//   EXPECT_CALL(*call, resumed_after_row).WillRepeatedly(Return(500));
//   EXPECT_CALL(*call, Write).WillRepeatedly(Return(true));
//   EXPECT_CALL(*call, Finish).WillOnce(Return(reply));
//   EXPECT_CALL(*mock, ImportLeads).WillOnce(Return(ByMove(leadflow::LeadImport(call))));
//
// A LeadImport destroyed before it was finished calls Cancel().
class MockLeadImportCall : public LeadImport::Call {
 public:
  MOCK_METHOD(std::int64_t, resumed_after_row, (), (const, override));
  MOCK_METHOD(bool, Write, (google::protobuf::RepeatedPtrField<v1::ImportRow>), (override));
  MOCK_METHOD(absl::StatusOr<v1::ImportLeadsResponse>, Finish, (), (override));
  MOCK_METHOD(void, Cancel, (), (override));
};

class MockAccountConnection : public AccountConnection {
 public:
  MOCK_METHOD(absl::StatusOr<v1::Account>, CreateAccount,
              (const v1::CreateAccountRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Account>, GetAccount,
              (const v1::GetAccountRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::ListAccountsResponse>, ListAccounts,
              (const v1::ListAccountsRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Account>, UpdateAccount,
              (const v1::UpdateAccountRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::Status, DeleteAccount, (const v1::DeleteAccountRequest&, const CallOptions&),
              (override));
  MOCK_METHOD(absl::StatusOr<v1::Contact>, CreateContact,
              (const v1::CreateContactRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Contact>, GetContact,
              (const v1::GetContactRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::ListContactsResponse>, ListContacts,
              (const v1::ListContactsRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Contact>, UpdateContact,
              (const v1::UpdateContactRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::Status, DeleteContact, (const v1::DeleteContactRequest&, const CallOptions&),
              (override));
};

class MockOpportunityConnection : public OpportunityConnection {
 public:
  MOCK_METHOD(absl::StatusOr<v1::Opportunity>, CreateOpportunity,
              (const v1::CreateOpportunityRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Opportunity>, GetOpportunity,
              (const v1::GetOpportunityRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::ListOpportunitiesResponse>, ListOpportunities,
              (const v1::ListOpportunitiesRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Opportunity>, UpdateOpportunity,
              (const v1::UpdateOpportunityRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::Status, DeleteOpportunity,
              (const v1::DeleteOpportunityRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::ListOpportunityHistoryResponse>, ListOpportunityHistory,
              (const v1::ListOpportunityHistoryRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::ListOpportunityStagesResponse>, ListOpportunityStages,
              (const v1::ListOpportunityStagesRequest&, const CallOptions&), (override));
  MOCK_METHOD(absl::StatusOr<v1::PipelineSummary>, GetPipelineSummary,
              (const v1::GetPipelineSummaryRequest&, const CallOptions&), (override));
};

class MockEventConnection : public EventConnection {
 public:
  MOCK_METHOD(absl::StatusOr<v1::ListEventsResponse>, ListEvents,
              (const v1::ListEventsRequest&, const CallOptions&), (override));
  MOCK_METHOD(EventStream, WatchEvents, (v1::WatchEventsRequest, const CallOptions&),
              (override));
};

}  // namespace leadflow::testing

#endif  // LEADFLOW_SDK_TESTING_MOCK_CONNECTIONS_H_
