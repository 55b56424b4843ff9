#include "load/scenarios.h"

#include <algorithm>
#include <atomic>
#include <optional>
#include <random>

#include "absl/strings/str_cat.h"
#include "load/call.h"
#include "load/lead_maker.h"
#include "util/status_macros.h"

namespace leadflow::bench {
namespace {

namespace v1 = ::leadflow::v1;

constexpr int kPageSize = 50;

// Starts a call whose response the scenario does not need: the slot only
// hears how it ended.
template <typename Response, typename Start, typename Request>
void Send(Start&& start, Request request, SlotDone done) {
  StartCall<Response>(
      std::forward<Start>(start), std::move(request),
      [done = std::move(done)](const grpc::Status& status, Response&) mutable { done(status); });
}

// One random sequence per slot: a slot's calls never overlap, so no lock.
class SlotRandom {
 public:
  void Resize(int slots) {
    while (engines_.size() < static_cast<std::size_t>(slots)) {
      engines_.emplace_back(static_cast<std::uint32_t>(engines_.size() + 1));
    }
  }
  std::uint32_t Next(int slot) { return engines_[static_cast<std::size_t>(slot)](); }

 private:
  std::vector<std::minstd_rand> engines_;
};

class Noop final : public Scenario {
 public:
  explicit Noop(const Stubs& stubs) : Scenario("noop"), stubs_(stubs) {}

  bool Issue(int slot, SlotDone done) override {
    v1::LeadService::Stub& stub = stubs_.lead(slot);
    Send<v1::ListLeadStatusesResponse>(
        [&stub](auto... args) { stub.async()->ListLeadStatuses(args...); },
        v1::ListLeadStatusesRequest(), std::move(done));
    return true;
  }

 private:
  const Stubs& stubs_;
};

class GetLead final : public Scenario {
 public:
  GetLead(const Stubs& stubs, Records& records)
      : Scenario("get_lead"), stubs_(stubs), records_(records) {}

  absl::Status Prepare(const PrepareFor& prepare) override {
    LEADFLOW_ASSIGN_OR_RETURN(sample_, records_.LeadSample());
    random_.Resize(prepare.slots);
    return absl::OkStatus();
  }

  bool Issue(int slot, SlotDone done) override {
    v1::GetLeadRequest request;
    request.set_name((*sample_)[random_.Next(slot) % sample_->size()]);
    v1::LeadService::Stub& stub = stubs_.lead(slot);
    Send<v1::Lead>([&stub](auto... args) { stub.async()->GetLead(args...); }, std::move(request),
                   std::move(done));
    return true;
  }

 private:
  const Stubs& stubs_;
  Records& records_;
  const std::vector<std::string>* sample_ = nullptr;
  SlotRandom random_;
};

// The same ListLeads request again and again.
class ListLeads final : public Scenario {
 public:
  enum class Page { kFirst, kFiltered, kDeep };

  ListLeads(std::string name, Page page, const Stubs& stubs, Records& records,
            std::int64_t deep_depth = 0)
      : Scenario(std::move(name)),
        page_(page),
        stubs_(stubs),
        records_(records),
        deep_depth_(deep_depth) {
    request_.set_page_size(kPageSize);
    if (page == Page::kFiltered) {
      request_.set_filter(absl::StrCat("status = \"", kFilterStatus, "\""));
    }
  }

  absl::Status Prepare(const PrepareFor&) override {
    if (page_ != Page::kDeep) return absl::OkStatus();
    LEADFLOW_ASSIGN_OR_RETURN(const DeepPage deep, records_.Deep(deep_depth_));
    request_.set_page_token(deep.token);
    depth_ = deep.depth;
    return absl::OkStatus();
  }

  std::string Details() const override {
    return page_ == Page::kDeep ? absl::StrCat(" depth=", depth_) : "";
  }

  bool Issue(int slot, SlotDone done) override {
    v1::LeadService::Stub& stub = stubs_.lead(slot);
    Send<v1::ListLeadsResponse>([&stub](auto... args) { stub.async()->ListLeads(args...); },
                                request_, std::move(done));
    return true;
  }

 private:
  const Page page_;
  const Stubs& stubs_;
  Records& records_;
  v1::ListLeadsRequest request_;
  const std::int64_t deep_depth_;
  std::int64_t depth_ = 0;
};

class CreateLead final : public Scenario {
 public:
  CreateLead(const Stubs& stubs, std::int64_t table_size)
      : Scenario("create_lead"), stubs_(stubs), table_size_(table_size), next_(table_size) {}

  bool Issue(int slot, SlotDone done) override {
    v1::CreateLeadRequest request;
    *request.mutable_lead() = MakeLead(next_++, table_size_);
    v1::LeadService::Stub& stub = stubs_.lead(slot);
    Send<v1::Lead>([&stub](auto... args) { stub.async()->CreateLead(args...); }, std::move(request),
                   std::move(done));
    return true;
  }

 private:
  const Stubs& stubs_;
  const std::int64_t table_size_;
  std::atomic<std::int64_t> next_;  // numbered after the generated leads
};

class UpdateLead final : public Scenario {
 public:
  UpdateLead(const Stubs& stubs, Records& records)
      : Scenario("update_lead"), stubs_(stubs), records_(records) {}

  absl::Status Prepare(const PrepareFor& prepare) override {
    LEADFLOW_ASSIGN_OR_RETURN(owned_, records_.OwnedLeads(prepare.slots));
    return absl::OkStatus();
  }

  bool Issue(int slot, SlotDone done) override {
    v1::Lead& lead = (*owned_)[static_cast<std::size_t>(slot)];
    v1::UpdateLeadRequest request;
    request.mutable_lead()->set_name(lead.name());
    request.mutable_lead()->set_etag(lead.etag());
    request.mutable_lead()->set_description(absl::StrCat("Update ", updates_++));
    request.mutable_update_mask()->add_paths("description");
    v1::LeadService::Stub& stub = stubs_.lead(slot);
    StartCall<v1::Lead>(
        [&stub](auto... args) { stub.async()->UpdateLead(args...); }, std::move(request),
        [&lead, done = std::move(done)](const grpc::Status& status, v1::Lead& updated) mutable {
          if (status.ok()) lead = std::move(updated);  // its new etag
          done(status);
        });
    return true;
  }

 private:
  const Stubs& stubs_;
  Records& records_;
  std::vector<v1::Lead>* owned_ = nullptr;
  std::atomic<std::int64_t> updates_{0};
};

class ConvertLead final : public Scenario {
 public:
  ConvertLead(const Stubs& stubs, Records& records)
      : Scenario("convert_lead"), stubs_(stubs), records_(records) {}

  absl::Status Prepare(const PrepareFor& prepare) override {
    return records_.ReserveUnconverted(
        prepare.slots +
        static_cast<std::int64_t>(static_cast<double>(prepare.max_calls) * prepare.used_up_share));
  }

  bool Issue(int slot, SlotDone done) override {
    std::optional<std::string> name = records_.unconverted().Take();
    if (!name) return false;
    Convert(slot, *std::move(name), std::move(done));
    return true;
  }

  void Convert(int slot, std::string name, SlotDone done) {
    v1::ConvertLeadRequest request;
    request.set_name(std::move(name));
    v1::LeadService::Stub& stub = stubs_.lead(slot);
    Send<v1::ConvertLeadResponse>([&stub](auto... args) { stub.async()->ConvertLead(args...); },
                                  std::move(request), std::move(done));
  }

 private:
  const Stubs& stubs_;
  Records& records_;
};

class AdvanceStage final : public Scenario {
 public:
  AdvanceStage(const Stubs& stubs, Records& records)
      : Scenario("advance_stage"), stubs_(stubs), records_(records) {}

  absl::Status Prepare(const PrepareFor& prepare) override {
    LEADFLOW_ASSIGN_OR_RETURN(stages_, records_.Stages());
    current_.resize(static_cast<std::size_t>(prepare.slots));
    // An opportunity takes one call per open stage to close.
    const auto open = std::count_if(stages_.begin(), stages_.end(),
                                    [](const v1::OpportunityStage& s) { return !s.closed(); });
    return records_.ReserveOpenOpportunities(
        prepare.slots +
        static_cast<std::int64_t>(static_cast<double>(prepare.max_calls) * prepare.used_up_share /
                                  static_cast<double>(std::max<long>(1, open))));
  }

  bool Issue(int slot, SlotDone done) override {
    std::optional<v1::Opportunity>& current = current_[static_cast<std::size_t>(slot)];
    std::string next;
    while (next.empty()) {
      if (!current || current->is_closed()) current = records_.open_opportunities().Take();
      if (!current) return false;
      next = NextStage(current->stage());
      if (next.empty()) current.reset();  // a stage this run does not know: skip it
    }
    v1::UpdateOpportunityRequest request;
    request.mutable_opportunity()->set_name(current->name());
    request.mutable_opportunity()->set_etag(current->etag());
    request.mutable_opportunity()->set_stage(next);
    request.mutable_update_mask()->add_paths("stage");
    v1::OpportunityService::Stub& stub = stubs_.opportunity(slot);
    StartCall<v1::Opportunity>([&stub](auto... args) { stub.async()->UpdateOpportunity(args...); },
                               std::move(request),
                               [&current, done = std::move(done)](
                                   const grpc::Status& status, v1::Opportunity& updated) mutable {
                                 if (status.ok()) {
                                   current = std::move(updated);
                                 } else {
                                   current.reset();  // its etag may be stale now
                                 }
                                 done(status);
                               });
    return true;
  }

 private:
  // The stage after `stage` in process order; empty after the last or for
  // an unknown one.
  std::string NextStage(const std::string& stage) const {
    for (std::size_t i = 0; i + 1 < stages_.size(); ++i) {
      if (stages_[i].name() == stage) return stages_[i + 1].name();
    }
    return "";
  }

  const Stubs& stubs_;
  Records& records_;
  std::vector<v1::OpportunityStage> stages_;
  std::vector<std::optional<v1::Opportunity>> current_;  // per slot
};

class Mixed final : public Scenario {
 public:
  Mixed(const Stubs& stubs, Records& records, std::int64_t table_size)
      : Scenario("mixed"),
        records_(records),
        get_(stubs, records),
        first_("list_leads_first", ListLeads::Page::kFirst, stubs, records),
        filtered_("list_leads_filter", ListLeads::Page::kFiltered, stubs, records),
        create_(stubs, table_size),
        update_(stubs, records),
        convert_(stubs, records) {}

  absl::Status Prepare(const PrepareFor& prepare) override {
    random_.Resize(prepare.slots);
    for (Scenario* part : {static_cast<Scenario*>(&get_), static_cast<Scenario*>(&first_),
                           static_cast<Scenario*>(&filtered_), static_cast<Scenario*>(&create_),
                           static_cast<Scenario*>(&update_)}) {
      LEADFLOW_RETURN_IF_ERROR(part->Prepare(prepare));
    }
    // Conversions are 4 % of calls: no more than that share of noop's.
    PrepareFor conversions = prepare;
    conversions.used_up_share = kConvert / 100.0;
    return convert_.Prepare(conversions);
  }

  bool Issue(int slot, SlotDone done) override {
    const std::uint32_t draw = random_.Next(slot) % 100;
    if (draw < kGet) return get_.Issue(slot, std::move(done));
    if (draw < kGet + kFirst) return first_.Issue(slot, std::move(done));
    if (draw < kGet + kFirst + kFiltered) return filtered_.Issue(slot, std::move(done));
    if (draw < kGet + kFirst + kFiltered + kUpdate) return update_.Issue(slot, std::move(done));
    if (draw < kGet + kFirst + kFiltered + kUpdate + kConvert) {
      if (std::optional<std::string> name = records_.unconverted().Take()) {
        convert_.Convert(slot, *std::move(name), std::move(done));
        return true;
      }
      // Out of leads to convert: a create instead, still a write.
    }
    return create_.Issue(slot, std::move(done));
  }

 private:
  // Percentages of calls; creates take the rest (8 %).
  static constexpr std::uint32_t kGet = 60, kFirst = 10, kFiltered = 10, kUpdate = 8, kConvert = 4;

  Records& records_;
  GetLead get_;
  ListLeads first_, filtered_;
  CreateLead create_;
  UpdateLead update_;
  ConvertLead convert_;
  SlotRandom random_;
};

}  // namespace

std::vector<std::string> ScenarioNames() {
  return {"noop",        "get_lead",    "list_leads_first", "list_leads_filter", "list_leads_deep",
          "create_lead", "update_lead", "convert_lead",     "advance_stage",     "mixed"};
}

absl::StatusOr<std::unique_ptr<Scenario>> MakeScenario(const std::string& name, const Stubs& stubs,
                                                       Records& records, std::int64_t table_size,
                                                       std::int64_t deep_depth) {
  if (name == "noop") return std::make_unique<Noop>(stubs);
  if (name == "get_lead") return std::make_unique<GetLead>(stubs, records);
  if (name == "list_leads_first") {
    return std::make_unique<ListLeads>(name, ListLeads::Page::kFirst, stubs, records);
  }
  if (name == "list_leads_filter") {
    return std::make_unique<ListLeads>(name, ListLeads::Page::kFiltered, stubs, records);
  }
  if (name == "list_leads_deep") {
    return std::make_unique<ListLeads>(name, ListLeads::Page::kDeep, stubs, records, deep_depth);
  }
  if (name == "create_lead") return std::make_unique<CreateLead>(stubs, table_size);
  if (name == "update_lead") return std::make_unique<UpdateLead>(stubs, records);
  if (name == "convert_lead") return std::make_unique<ConvertLead>(stubs, records);
  if (name == "advance_stage") return std::make_unique<AdvanceStage>(stubs, records);
  if (name == "mixed") return std::make_unique<Mixed>(stubs, records, table_size);
  return absl::NotFoundError(absl::StrCat("no scenario \"", name, "\""));
}

}  // namespace leadflow::bench
