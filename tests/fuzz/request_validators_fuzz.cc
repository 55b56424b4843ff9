// Fuzzes the request validators of server/domain: the rules every Create,
// Update and ConvertLead request passes through before anything is stored,
// the change-feed event an accepted update would be recorded as, and the
// checks of the change feed's requests.
//
// The first input byte picks the request type (its low seven bits modulo
// kTypes) and,
// with its top bit, whether the stored record an update or conversion starts
// from is closed (a converted lead, a won opportunity). The rest is parsed
// as that request's wire format; bytes that do not parse are skipped. The
// validators must never crash, and every refusal must be INVALID_ARGUMENT
// or FAILED_PRECONDITION, as the API documents.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "domain/account_rules.h"
#include "domain/catalog.h"
#include "domain/conversion.h"
#include "domain/events.h"
#include "domain/lead_rules.h"
#include "domain/opportunity_rules.h"
#include "leadflow/v1/account_service.pb.h"
#include "leadflow/v1/event_service.pb.h"
#include "leadflow/v1/lead_service.pb.h"
#include "leadflow/v1/opportunity_service.pb.h"

namespace {

namespace domain = leadflow::domain;
namespace v1 = leadflow::v1;

constexpr int kTypes = 11;

const domain::Catalog& TheCatalog() {
  static const domain::Catalog catalog = domain::Catalog::Default();
  return catalog;
}

absl::Time Now() { return absl::FromUnixSeconds(1767225600); }  // 2026-01-01

void Check(const absl::Status& status, const char* what) {
  if (status.ok() || status.code() == absl::StatusCode::kInvalidArgument ||
      status.code() == absl::StatusCode::kFailedPrecondition) {
    return;
  }
  std::fprintf(stderr, "request_validators_fuzz: %s returned %s\n", what,
               status.ToString().c_str());
  std::abort();
}

// Stored records, as the store would pass them in.
v1::Lead StoredLead(bool converted) {
  v1::Lead lead;
  lead.set_name("leads/01jfuzzlead");
  lead.set_last_name("Lovelace");
  lead.set_company("Analytical Engines");
  lead.set_email("ada@engines.example");
  lead.set_lead_source("Web");
  lead.set_status(converted ? "Closed - Converted" : "Working - Contacted");
  lead.set_meeting_agreed(true);
  lead.set_etag("W/\"1\"");
  if (converted) {
    lead.set_converted(true);
    lead.set_converted_account("accounts/01jfuzzaccount");
    lead.set_converted_contact("contacts/01jfuzzcontact");
  }
  return lead;
}

v1::Opportunity StoredOpportunity(bool closed) {
  v1::Opportunity opportunity;
  opportunity.set_name("opportunities/01jfuzzopp");
  opportunity.set_account("accounts/01jfuzzaccount");
  opportunity.set_display_name("Difference Engine No. 2");
  opportunity.set_stage(closed ? "Closed Won" : "Prospecting");
  opportunity.set_probability(closed ? 100 : 10);
  opportunity.set_forecast_category(closed ? v1::CLOSED : v1::PIPELINE);
  opportunity.set_is_closed(closed);
  opportunity.set_is_won(closed);
  opportunity.mutable_amount()->set_currency_code("USD");
  opportunity.mutable_amount()->set_units(17000);
  return opportunity;
}

v1::Account StoredAccount(const std::string& name) {
  v1::Account account;
  account.set_name(name);
  account.set_display_name("Analytical Engines Ltd.");
  return account;
}

v1::Contact StoredContact(const std::string& name, const std::string& account) {
  v1::Contact contact;
  contact.set_name(name);
  contact.set_account(account);
  contact.set_last_name("Lovelace");
  return contact;
}

template <typename Request>
bool Parse(Request& request, const std::uint8_t* data, std::size_t size) {
  return request.ParseFromArray(data, static_cast<int>(size));
}

void Convert(const v1::ConvertLeadRequest& request, bool closed) {
  absl::StatusOr<std::string> status = domain::CheckConvertRequest(request, TheCatalog());
  Check(status.status(), "CheckConvertRequest");
  if (!status.ok()) return;
  domain::ConversionState state;
  state.lead = StoredLead(closed);
  if (!request.account().empty()) state.account = StoredAccount(request.account());
  if (!request.contact().empty()) {
    // Half the time the contact belongs elsewhere, which must be refused.
    state.contact =
        StoredContact(request.contact(), closed ? "accounts/01jelsewhere" : request.account());
  }
  if (!request.opportunity().empty()) {
    v1::Opportunity opportunity = StoredOpportunity(closed);
    opportunity.set_name(request.opportunity());
    if (!request.account().empty()) opportunity.set_account(request.account());
    state.opportunity = opportunity;
  }
  Check(domain::PlanConversion(request, *status, state, TheCatalog(), Now()).status(),
        "PlanConversion");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int type = (data[0] & 0x7F) % kTypes;
  const bool closed = (data[0] & 0x80) != 0;
  ++data;
  --size;
  const domain::Catalog& catalog = TheCatalog();

  switch (type) {
    case 0: {
      v1::CreateLeadRequest request;
      if (!Parse(request, data, size)) return -1;
      Check(domain::PrepareNewLead(request, catalog).status(), "PrepareNewLead");
      break;
    }
    case 1: {
      v1::UpdateLeadRequest request;
      if (!Parse(request, data, size)) return -1;
      absl::StatusOr<domain::UpdateTarget> target = domain::CheckLeadUpdateRequest(request);
      Check(target.status(), "CheckLeadUpdateRequest");
      if (!target.ok()) break;
      const v1::Lead current = StoredLead(closed);
      absl::StatusOr<v1::Lead> updated =
          domain::ApplyLeadUpdate(current, request.lead(), target->mask, catalog);
      Check(updated.status(), "ApplyLeadUpdate");
      if (updated.ok()) (void)domain::DescribeChange(&current, &*updated);
      break;
    }
    case 2: {
      v1::CreateOpportunityRequest request;
      if (!Parse(request, data, size)) return -1;
      absl::StatusOr<v1::Opportunity> created =
          domain::PrepareNewOpportunity(request, catalog, Now());
      Check(created.status(), "PrepareNewOpportunity");
      if (created.ok()) (void)domain::TrackedChanges(v1::Opportunity(), *created);
      break;
    }
    case 3: {
      v1::UpdateOpportunityRequest request;
      if (!Parse(request, data, size)) return -1;
      absl::StatusOr<domain::UpdateTarget> target = domain::CheckOpportunityUpdateRequest(request);
      Check(target.status(), "CheckOpportunityUpdateRequest");
      if (!target.ok()) break;
      const v1::Opportunity current = StoredOpportunity(closed);
      absl::StatusOr<v1::Opportunity> updated = domain::ApplyOpportunityUpdate(
          current, request.opportunity(), target->mask, catalog, Now());
      Check(updated.status(), "ApplyOpportunityUpdate");
      if (updated.ok()) {
        (void)domain::TrackedChanges(current, *updated);
        (void)domain::DescribeChange(&current, &*updated);
      }
      break;
    }
    case 4: {
      v1::ConvertLeadRequest request;
      if (!Parse(request, data, size)) return -1;
      Convert(request, closed);
      break;
    }
    case 5: {
      v1::CreateAccountRequest request;
      if (!Parse(request, data, size)) return -1;
      Check(domain::PrepareNewAccount(request, catalog).status(), "PrepareNewAccount");
      break;
    }
    case 6: {
      v1::CreateContactRequest request;
      if (!Parse(request, data, size)) return -1;
      Check(domain::PrepareNewContact(request, catalog).status(), "PrepareNewContact");
      break;
    }
    case 7: {
      v1::UpdateAccountRequest request;
      if (!Parse(request, data, size)) return -1;
      absl::StatusOr<domain::UpdateTarget> target = domain::CheckAccountUpdateRequest(request);
      Check(target.status(), "CheckAccountUpdateRequest");
      if (!target.ok()) break;
      Check(domain::ApplyAccountUpdate(StoredAccount("accounts/01jfuzzaccount"), request.account(),
                                       target->mask, catalog)
                .status(),
            "ApplyAccountUpdate");
      break;
    }
    case 9: {
      v1::ListEventsRequest request;
      if (!Parse(request, data, size)) return -1;
      Check(domain::CheckListEventsRequest(request), "CheckListEventsRequest");
      break;
    }
    case 10: {
      v1::WatchEventsRequest request;
      if (!Parse(request, data, size)) return -1;
      absl::StatusOr<domain::WatchPlan> plan = domain::CheckWatchEventsRequest(request);
      Check(plan.status(), "CheckWatchEventsRequest");
      if (plan.ok() && (plan->heartbeat_interval < domain::kMinHeartbeatInterval ||
                        plan->heartbeat_interval > domain::kMaxHeartbeatInterval)) {
        std::fprintf(stderr, "request_validators_fuzz: a heartbeat out of bounds passed\n");
        std::abort();
      }
      break;
    }
    default: {
      v1::UpdateContactRequest request;
      if (!Parse(request, data, size)) return -1;
      absl::StatusOr<domain::UpdateTarget> target = domain::CheckContactUpdateRequest(request);
      Check(target.status(), "CheckContactUpdateRequest");
      if (!target.ok()) break;
      Check(domain::ApplyContactUpdate(
                StoredContact("contacts/01jfuzzcontact", "accounts/01jfuzzaccount"),
                request.contact(), target->mask, catalog)
                .status(),
            "ApplyContactUpdate");
      break;
    }
  }
  return 0;
}
