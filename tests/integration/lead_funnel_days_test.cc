// The funnel SQLite answers from its per-day counts (lead_funnel_days, kept
// by triggers) is the funnel counted from the leads themselves: for every
// owner and time range, whole days or not, and after leads change status,
// convert, move to another owner or are deleted.

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "google/protobuf/util/time_util.h"
#include "gtest/gtest.h"
#include "store/migrations.h"
#include "store/record_hooks.h"
#include "store/sqlite_connection.h"
#include "store/sqlite_reports.h"
#include "store/tables.h"
#include "support/temp_dir.h"

namespace leadflow::store {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::google::protobuf::util::TimeUtil;
using ::leadflow::v1::GetLeadFunnelRequest;
using ::leadflow::v1::Lead;
using ::leadflow::v1::LeadFunnel;

const absl::Time kDay0 = absl::FromUnixSeconds(1'780'000'000 / 86'400 * 86'400);  // a UTC midnight

class LeadFunnelDaysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    connection_ = std::make_unique<SqliteConnection>(dir_.File("leads.db"),
                                                     SqliteConnection::Mode::kReadWrite);
    ASSERT_TRUE(Migrate(connection_->db()).ok());
    // 4 days of leads, one every 3 hours, from two owners and three sources.
    const std::vector<std::string> statuses = {"Open - Not Contacted", "Working - Contacted"};
    const std::vector<std::string> sources = {"Web", "Partner Referral", ""};
    for (int i = 0; i < 32; ++i) {
      Lead lead;
      lead.set_last_name(absl::StrCat("Lead ", i));
      lead.set_company("Acme");
      lead.set_owner(i % 2 == 0 ? "users/kim" : "users/lee");
      lead.set_status(statuses[i % statuses.size()]);
      lead.set_lead_source(sources[i % sources.size()]);
      ASSERT_TRUE(CreateRecord(*connection_, LeadTable(), LeadHooks(), {"tests", ""},
                               kDay0 + absl::Hours(3 * i), lead)
                      .ok());
      leads_.push_back(lead.name());
    }
  }

  LeadFunnel ByDays(const GetLeadFunnelRequest& request) {
    return QueryLeadFunnel(*connection_, request, FunnelCounting::kFromDailyCounts);
  }
  LeadFunnel ByLeads(const GetLeadFunnelRequest& request) {
    return QueryLeadFunnel(*connection_, request, FunnelCounting::kFromLeads);
  }

  // Every request shape: no filter, an owner, ranges on and off midnight,
  // within one day, open at either end, empty.
  std::vector<GetLeadFunnelRequest> Requests() const {
    std::vector<GetLeadFunnelRequest> requests;
    const std::vector<std::pair<absl::Duration, absl::Duration>> ranges = {
        {absl::Hours(0), absl::Hours(48)},  {absl::Hours(5), absl::Hours(77)},
        {absl::Hours(1), absl::Hours(20)},  {absl::Hours(24), absl::Hours(24)},
        {absl::Hours(50), absl::Hours(30)}, {absl::Hours(-30), absl::Hours(200)}};
    for (const std::string owner : {"", "users/kim", "users/nobody"}) {
      GetLeadFunnelRequest all;
      all.set_owner(owner);
      requests.push_back(all);
      for (const auto& [start, end] : ranges) {
        GetLeadFunnelRequest request = all;
        *request.mutable_create_time_start() =
            TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(kDay0 + start));
        *request.mutable_create_time_end() =
            TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(kDay0 + end));
        requests.push_back(request);
        GetLeadFunnelRequest from = all;
        *from.mutable_create_time_start() = request.create_time_start();
        requests.push_back(from);
        GetLeadFunnelRequest until = all;
        *until.mutable_create_time_end() = request.create_time_end();
        requests.push_back(until);
      }
    }
    return requests;
  }

  void ExpectBothCountsAgree() {
    for (const GetLeadFunnelRequest& request : Requests()) {
      const LeadFunnel by_days = ByDays(request);
      const LeadFunnel by_leads = ByLeads(request);
      EXPECT_TRUE(MessageDifferencer::Equals(by_days, by_leads))
          << request.ShortDebugString() << "\nby days: " << by_days.ShortDebugString()
          << "\nby leads: " << by_leads.ShortDebugString();
    }
  }

  void Exec(const std::string& sql) { connection_->db().exec(sql); }

  testing::TempDir dir_;
  std::unique_ptr<SqliteConnection> connection_;
  std::vector<std::string> leads_;
};

TEST_F(LeadFunnelDaysTest, CountsEveryLeadOnce) {
  const LeadFunnel funnel = ByDays({});
  EXPECT_EQ(funnel.total(), 32);
  ASSERT_EQ(funnel.by_status_size(), 2);
  EXPECT_EQ(funnel.by_status(0).count(), 16);
  EXPECT_EQ(funnel.by_source(0).count(), 11);  // "" and "Web" have 11, the referrals 10

  GetLeadFunnelRequest morning;  // 05:00 to 20:00 of the first day: 06:00 to 18:00
  *morning.mutable_create_time_start() =
      TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(kDay0 + absl::Hours(5)));
  *morning.mutable_create_time_end() =
      TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(kDay0 + absl::Hours(20)));
  EXPECT_EQ(ByDays(morning).total(), 5);
}

TEST_F(LeadFunnelDaysTest, AgreesWithCountingTheLeadsForEveryOwnerAndRange) {
  ExpectBothCountsAgree();
}

TEST_F(LeadFunnelDaysTest, FollowsStatusChangesConversionsOwnersAndDeletes) {
  const auto id = [&](int i) { return LeadTable().IdOf(leads_[i]); };
  Exec(absl::StrCat("UPDATE leads SET status = 'Closed - Not Converted' WHERE id = '", id(0), "'"));
  Exec(absl::StrCat("UPDATE leads SET owner = 'users/kim' WHERE id = '", id(1), "'"));
  Exec(absl::StrCat("UPDATE leads SET lead_source = 'Trade Show' WHERE id = '", id(2), "'"));
  for (int i : {3, 9, 17}) {
    Exec(absl::StrCat("UPDATE leads SET status = 'Closed - Converted', converted = 1, ",
                      "convert_time_us = create_time_us + ", (i + 1) * 3'600'000'000LL,
                      " WHERE id = '", id(i), "'"));
  }
  Exec(absl::StrCat("UPDATE leads SET first_name = 'Ada' WHERE id = '", id(4), "'"));
  Exec(absl::StrCat("DELETE FROM leads WHERE id IN ('", id(5), "', '", id(6), "')"));

  const LeadFunnel funnel = ByDays({});
  EXPECT_EQ(funnel.total(), 30);
  EXPECT_EQ(funnel.converted(), 3);
  EXPECT_EQ(funnel.median_time_to_convert().seconds(), 10 * 3600);  // 4 h, 10 h, 18 h
  ExpectBothCountsAgree();
}

}  // namespace
}  // namespace leadflow::store
