#include "load/records.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>

#include "absl/strings/str_cat.h"
#include "load/call.h"
#include "load/lead_maker.h"
#include "util/status_macros.h"

namespace leadflow::bench {
namespace {

namespace v1 = ::leadflow::v1;

constexpr int kPageSize = 1000;  // the largest the API serves
// The sample for GetLead: kSamplePoints evenly spread create times, the
// kSamplePerPoint leads from each.
constexpr int kSamplePoints = 50;
constexpr int kSamplePerPoint = 200;

// Runs one blocking call (`call` makes it with the context it is given).
template <typename Call>
absl::Status Blocking(absl::string_view what, Call&& call) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + kCallTimeout);
  const grpc::Status status = call(&context);
  if (status.ok()) return absl::OkStatus();
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      absl::StrCat(what, ": ", status.error_message()));
}

// A filter's timestamp value; the API takes microseconds at most.
std::string TimeLiteral(absl::Time t) {
  const absl::Time micros = absl::FromUnixMicros(absl::ToUnixMicros(t));
  return absl::StrCat("\"", absl::FormatTime(absl::RFC3339_full, micros, absl::UTCTimeZone()),
                      "\"");
}

absl::Time TimeOf(const google::protobuf::Timestamp& t) {
  return absl::FromUnixSeconds(t.seconds()) + absl::Nanoseconds(t.nanos());
}

// The create time of the first lead in `order_by` order.
absl::StatusOr<absl::Time> EdgeCreateTime(v1::LeadService::Stub& stub,
                                          const std::string& order_by) {
  v1::ListLeadsRequest request;
  request.set_page_size(1);
  request.set_order_by(order_by);
  v1::ListLeadsResponse response;
  LEADFLOW_RETURN_IF_ERROR(Blocking("ListLeads", [&](grpc::ClientContext* context) {
    return stub.ListLeads(context, request, &response);
  }));
  if (response.leads().empty()) {
    return absl::FailedPreconditionError("the server has no leads: fill its database first");
  }
  return TimeOf(response.leads(0).create_time());
}

}  // namespace

absl::StatusOr<const std::vector<std::string>*> Records::LeadSample() {
  if (!sample_.empty()) return &sample_;
  v1::LeadService::Stub& stub = stubs_.lead(0);
  LEADFLOW_ASSIGN_OR_RETURN(const absl::Time oldest, EdgeCreateTime(stub, ""));
  LEADFLOW_ASSIGN_OR_RETURN(const absl::Time newest, EdgeCreateTime(stub, "create_time desc"));
  for (int point = 0; point < kSamplePoints; ++point) {
    v1::ListLeadsRequest request;
    request.set_page_size(kSamplePerPoint);
    request.set_filter(absl::StrCat(
        "create_time >= ", TimeLiteral(oldest + (newest - oldest) * point / kSamplePoints)));
    v1::ListLeadsResponse response;
    LEADFLOW_RETURN_IF_ERROR(Blocking("ListLeads", [&](grpc::ClientContext* context) {
      return stub.ListLeads(context, request, &response);
    }));
    for (const v1::Lead& lead : response.leads()) sample_.push_back(lead.name());
  }
  return &sample_;
}

absl::StatusOr<DeepPage> Records::Deep(std::int64_t max_depth) {
  if (deep_) return *deep_;
  v1::LeadService::Stub& stub = stubs_.lead(0);
  v1::LeadFunnel funnel;
  LEADFLOW_RETURN_IF_ERROR(Blocking("GetLeadFunnel", [&](grpc::ClientContext* context) {
    return stub.GetLeadFunnel(context, v1::GetLeadFunnelRequest(), &funnel);
  }));
  const std::int64_t target =
      std::max<std::int64_t>(1, std::min(max_depth, funnel.total() * 9 / 10));
  DeepPage deep;
  while (deep.depth < target) {
    v1::ListLeadsRequest request;
    request.set_page_size(kPageSize);
    request.set_page_token(deep.token);
    v1::ListLeadsResponse response;
    LEADFLOW_RETURN_IF_ERROR(Blocking("ListLeads", [&](grpc::ClientContext* context) {
      return stub.ListLeads(context, request, &response);
    }));
    if (response.next_page_token().empty()) break;  // the last page: keep the one before
    deep.depth += response.leads_size();
    deep.token = response.next_page_token();
  }
  if (deep.token.empty()) {
    return absl::FailedPreconditionError(
        absl::StrCat("the table has too few leads (", funnel.total(), ") for a deep page"));
  }
  deep_ = deep;
  return deep;
}

absl::Status Records::ReserveUnconverted(std::int64_t count) {
  v1::LeadService::Stub& stub = stubs_.lead(0);
  const std::string filter =
      absl::StrCat("converted = false AND create_time < ", TimeLiteral(cutoff_));
  return unconverted_.Refill(count, [&](const std::string& token) -> absl::StatusOr<std::string> {
    v1::ListLeadsRequest request;
    request.set_page_size(kPageSize);
    request.set_page_token(token);
    request.set_filter(filter);
    v1::ListLeadsResponse response;
    LEADFLOW_RETURN_IF_ERROR(Blocking("ListLeads", [&](grpc::ClientContext* context) {
      return stub.ListLeads(context, request, &response);
    }));
    for (const v1::Lead& lead : response.leads()) unconverted_.Add(lead.name());
    return response.next_page_token();
  });
}

absl::Status Records::ReserveOpenOpportunities(std::int64_t count) {
  v1::OpportunityService::Stub& stub = stubs_.opportunity(0);
  return open_opportunities_.Refill(
      count, [&](const std::string& token) -> absl::StatusOr<std::string> {
        v1::ListOpportunitiesRequest request;
        request.set_page_size(kPageSize);
        request.set_page_token(token);
        request.set_filter("is_closed = false");
        v1::ListOpportunitiesResponse response;
        LEADFLOW_RETURN_IF_ERROR(Blocking("ListOpportunities", [&](grpc::ClientContext* context) {
          return stub.ListOpportunities(context, request, &response);
        }));
        for (const v1::Opportunity& opportunity : response.opportunities()) {
          open_opportunities_.Add(opportunity);
        }
        return response.next_page_token();
      });
}

absl::StatusOr<std::vector<v1::OpportunityStage>> Records::Stages() {
  v1::ListOpportunityStagesResponse response;
  LEADFLOW_RETURN_IF_ERROR(Blocking("ListOpportunityStages", [&](grpc::ClientContext* context) {
    return stubs_.opportunity(0).ListOpportunityStages(context, v1::ListOpportunityStagesRequest(),
                                                       &response);
  }));
  return std::vector<v1::OpportunityStage>(response.stages().begin(), response.stages().end());
}

absl::StatusOr<std::vector<v1::Lead>*> Records::OwnedLeads(int slots) {
  if (owned_.size() >= static_cast<std::size_t>(slots)) return &owned_;
  // All at once, as a burst of calls in flight, rather than one by one.
  const int missing = slots - static_cast<int>(owned_.size());
  owned_.resize(static_cast<std::size_t>(slots));
  std::mutex mu;
  std::condition_variable done;
  int pending = missing;
  absl::Status failure;
  for (int slot = slots - missing; slot < slots; ++slot) {
    v1::CreateLeadRequest request;
    *request.mutable_lead() = MakeLead(slot, slots);
    request.mutable_lead()->set_description(absl::StrCat("Updated by slot ", slot));
    v1::LeadService::Stub& stub = stubs_.lead(slot);
    StartCall<v1::Lead>(
        [&stub](auto... args) { stub.async()->CreateLead(args...); }, std::move(request),
        [&, slot](const grpc::Status& status, v1::Lead& lead) {
          std::lock_guard<std::mutex> lock(mu);
          if (status.ok()) {
            owned_[static_cast<std::size_t>(slot)] = std::move(lead);
          } else if (failure.ok()) {
            failure = absl::UnavailableError(absl::StrCat("CreateLead: ", status.error_message()));
          }
          if (--pending == 0) done.notify_all();
        });
  }
  std::unique_lock<std::mutex> lock(mu);
  done.wait(lock, [&] { return pending == 0; });
  if (!failure.ok()) {
    owned_.clear();
    return failure;
  }
  return &owned_;
}

}  // namespace leadflow::bench
