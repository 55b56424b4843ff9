#include "domain/conversion.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "domain/calendar.h"
#include "domain/errors.h"
#include "domain/field_checks.h"
#include "domain/money.h"
#include "domain/opportunity_rules.h"
#include "domain/resource_name.h"
#include "domain/text.h"
#include "google/protobuf/message.h"
#include "google/protobuf/timestamp.pb.h"

namespace leadflow::domain {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using leadflow::v1::ConvertedRecord;
using leadflow::v1::ConvertLeadRequest;
using leadflow::v1::Lead;
using leadflow::v1::Opportunity;


// A lead field and the field of another record it fills (same type).
struct FieldCopy {
  const char* lead_field;
  const char* target_field;
};

// The mapping documented on LeadService.ConvertLead.
constexpr FieldCopy kLeadToAccount[] = {
    {"company", "display_name"},
    {"website", "website"},
    {"phone", "phone"},
    {"industry", "industry"},
    {"annual_revenue", "annual_revenue"},
    {"number_of_employees", "number_of_employees"},
    {"address", "billing_address"},
    {"lead_source", "account_source"},
};

constexpr FieldCopy kLeadToContact[] = {
    {"salutation", "salutation"},
    {"first_name", "first_name"},
    {"last_name", "last_name"},
    {"title", "title"},
    {"email", "email"},
    {"phone", "phone"},
    {"mobile_phone", "mobile_phone"},
    {"address", "mailing_address"},
    {"lead_source", "lead_source"},
    {"has_opted_out_of_email", "has_opted_out_of_email"},
    {"do_not_call", "do_not_call"},
    {"description", "description"},
};

// Copies each mapped field the lead has into `target` where the target's
// field is empty, or always for `overwrite_field`; adds the target fields
// written to `filled`.
void FillFromLead(const Lead& lead, absl::Span<const FieldCopy> mapping,
                  Message& target, google::protobuf::RepeatedPtrField<std::string>& filled,
                  absl::string_view overwrite_field = "") {
  const auto& from = *lead.GetReflection();
  const auto& to = *target.GetReflection();
  for (const FieldCopy& copy : mapping) {
    const FieldDescriptor* source = lead.GetDescriptor()->FindFieldByName(copy.lead_field);
    const FieldDescriptor* sink = target.GetDescriptor()->FindFieldByName(copy.target_field);
    if (!from.HasField(lead, source)) continue;
    if (to.HasField(target, sink) && sink->name() != overwrite_field) continue;
    switch (source->cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING:
        to.SetString(&target, sink, from.GetString(lead, source));
        break;
      case FieldDescriptor::CPPTYPE_INT32:
        to.SetInt32(&target, sink, from.GetInt32(lead, source));
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        to.SetBool(&target, sink, from.GetBool(lead, source));
        break;
      case FieldDescriptor::CPPTYPE_MESSAGE:
        to.MutableMessage(&target, sink)->CopyFrom(from.GetMessage(lead, source));
        break;
      default:
        continue;  // no other types are mapped
    }
    filled.Add(std::string(sink->name()));
  }
}

// The first `max_chars` characters of `utf8`.
std::string TruncateCharacters(const std::string& utf8, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80 && chars++ == max_chars) {
      return utf8.substr(0, i);
    }
  }
  return utf8;
}

// Records that options `a` and `b` may not be combined, naming both.
void Contradiction(absl::string_view a, absl::string_view b,
                   FieldViolations& violations) {
  std::string why = absl::StrCat("cannot be combined with ", b);
  violations.Add(std::string(a), why);
  violations.Add(std::string(b), absl::StrCat("cannot be combined with ", a));
}

void CheckContradictions(const ConvertLeadRequest& request, FieldViolations& v) {
  const bool has_amount = request.has_opportunity_amount();
  const bool has_close_date = request.has_opportunity_close_date();
  if (request.do_not_create_opportunity()) {
    if (!request.opportunity().empty()) Contradiction("do_not_create_opportunity", "opportunity", v);
    if (!request.opportunity_name().empty()) {
      Contradiction("do_not_create_opportunity", "opportunity_name", v);
    }
    if (has_amount) Contradiction("do_not_create_opportunity", "opportunity_amount", v);
    if (has_close_date) Contradiction("do_not_create_opportunity", "opportunity_close_date", v);
  }
  if (!request.opportunity().empty()) {
    if (!request.opportunity_name().empty()) Contradiction("opportunity_name", "opportunity", v);
    if (has_amount) Contradiction("opportunity_amount", "opportunity", v);
    if (has_close_date) Contradiction("opportunity_close_date", "opportunity", v);
  }
  if (request.overwrite_lead_source() && request.contact().empty()) {
    v.Add("overwrite_lead_source", "needs contact: it overwrites an existing contact's lead source");
    v.Add("contact", "is required with overwrite_lead_source");
  }
}

// The converted status named, or the only one configured.
std::string ResolveConvertedStatus(const ConvertLeadRequest& request, const Catalog& catalog,
                                   FieldViolations& v) {
  std::vector<std::string> converted;
  for (const auto& status : catalog.lead_statuses()) {
    if (status.converted()) converted.push_back(status.name());
  }
  if (request.converted_status().empty()) {
    if (converted.size() == 1) return converted.front();
    v.Add("converted_status",
          absl::StrCat("is required: several converted statuses are configured (",
                       absl::StrJoin(converted, ", "), ")"));
    return "";
  }
  const auto* status = catalog.FindLeadStatus(request.converted_status());
  if (status == nullptr || !status->converted()) {
    v.Add("converted_status",
          absl::StrCat(QuoteForError(request.converted_status()),
                       " is not a converted status; allowed: ", absl::StrJoin(converted, ", ")));
  }
  return request.converted_status();
}

// Refuses a linked contact or opportunity of another account than the one
// the lead attaches to, naming it and the field that chose the account.
absl::Status CheckBelongsToAccount(const ConvertLeadRequest& request,
                                   const ConversionState& state,
                                   const std::string& account) {
  const std::string chooser = !request.account().empty() ? "account"
                              : state.contact            ? "contact"
                                                         : "opportunity";
  FieldViolations v;
  auto check = [&](const std::string& field, const std::string& name,
                   const std::string& its_account) {
    if (its_account == account) return;
    v.Add(field, absl::StrCat(name, " belongs to ", its_account, ", not to ", account));
    if (field != chooser) v.Add(chooser, absl::StrCat("attaches the lead to ", account));
  };
  if (state.contact) check("contact", state.contact->name(), state.contact->account());
  if (state.opportunity) {
    check("opportunity", state.opportunity->name(), state.opportunity->account());
  }
  return v.ToStatus();
}

// The opportunity a conversion creates, before it is named and linked: the
// lead's and the request's fields, its stage and what follows from it
// derived as for any new opportunity; lists in `plan` the fields the lead
// filled.
Opportunity NewOpportunity(const ConvertLeadRequest& request, const Lead& lead,
                           const std::string& owner, bool owner_from_lead, const Catalog& catalog,
                           absl::Time now, ConvertedRecord& plan) {
  Opportunity opportunity;
  if (request.opportunity_name().empty()) {
    opportunity.set_display_name(TruncateCharacters(lead.company(), kOpportunityNameText));
    plan.add_filled_fields("display_name");
  } else {
    opportunity.set_display_name(request.opportunity_name());
  }
  opportunity.set_owner(owner);
  if (owner_from_lead && !owner.empty()) plan.add_filled_fields("owner");
  if (!lead.lead_source().empty()) {
    opportunity.set_lead_source(lead.lead_source());
    plan.add_filled_fields("lead_source");
  }
  if (request.has_opportunity_amount()) {
    *opportunity.mutable_amount() = WithDefaultCurrency(request.opportunity_amount(), catalog);
  }
  *opportunity.mutable_close_date() =
      request.has_opportunity_close_date()
          ? request.opportunity_close_date()
          : LastDayOfFiscalQuarter(ToDate(absl::ToCivilDay(now, absl::UTCTimeZone())),
                                   catalog.fiscal_year_start_month());
  DeriveNewOpportunity(opportunity, catalog, now);
  return opportunity;
}

}  // namespace

absl::StatusOr<std::string> CheckConvertRequest(const ConvertLeadRequest& request,
                                                const Catalog& catalog) {
  FieldViolations v;
  CheckResourceName(kLeadCollection, request.name(), "name", /*required=*/true, v);
  CheckResourceName(kAccountCollection, request.account(), "account", /*required=*/false, v);
  CheckResourceName(kContactCollection, request.contact(), "contact", /*required=*/false, v);
  CheckResourceName(kOpportunityCollection, request.opportunity(), "opportunity",
                    /*required=*/false, v);
  CheckContradictions(request, v);
  std::string status = ResolveConvertedStatus(request, catalog, v);
  CheckText("opportunity_name", request.opportunity_name(), kOpportunityNameText, v);
  CheckMoney("opportunity_amount", WithDefaultCurrency(request.opportunity_amount(), catalog),
             catalog, v);
  CheckDate("opportunity_close_date", request.opportunity_close_date(), v);
  CheckText("owner", request.owner(), kLongText, v);
  CheckRequestId("request_id", request.request_id(), v);
  if (!v.empty()) return v.ToStatus();
  return status;
}

std::string TargetAccountName(const ConvertLeadRequest& request,
                              const ConversionState& state) {
  if (!request.account().empty()) return request.account();
  if (state.contact) return state.contact->account();
  if (state.opportunity) return state.opportunity->account();
  return "";
}

absl::StatusOr<ConversionOutcome> PlanConversion(const ConvertLeadRequest& request,
                                                 const std::string& converted_status,
                                                 const ConversionState& state,
                                                 const Catalog& catalog, absl::Time now) {
  const Lead& lead = state.lead;
  if (lead.converted()) {
    return FailedPrecondition(
        leadflow::v1::LEAD_CONVERTED, lead.name(),
        absl::StrCat("the lead was already converted (into ", lead.converted_account(),
                     ") and cannot be converted again"));
  }
  if (state.opportunity && state.opportunity->is_closed()) {
    return FailedPrecondition(
        leadflow::v1::OPPORTUNITY_CLOSED, state.opportunity->name(),
        absl::StrCat("the opportunity is closed (", state.opportunity->stage(),
                     "); reopen it or let conversion create a new one"));
  }
  // The store loaded the account the request attaches to, if any.
  const std::string account_name = state.account ? state.account->name() : "";
  if (absl::Status status = CheckBelongsToAccount(request, state, account_name); !status.ok()) {
    return status;
  }
  ConversionOutcome out;
  const bool owner_from_lead = request.owner().empty();
  const std::string& owner = owner_from_lead ? lead.owner() : request.owner();

  // The account: linked (fill empty fields) or created from the lead.
  ConvertedRecord& account_plan = *out.plan.mutable_account();
  if (state.account) {
    out.account = *state.account;
    account_plan.set_action(ConvertedRecord::LINK);
  } else {
    out.account.set_name(state.new_names.account);
    account_plan.set_action(ConvertedRecord::CREATE);
  }
  account_plan.set_name(out.account.name());
  FillFromLead(lead, kLeadToAccount, out.account, *account_plan.mutable_filled_fields());

  // The contact: linked or created, at that account.
  ConvertedRecord& contact_plan = *out.plan.mutable_contact();
  if (state.contact) {
    out.contact = *state.contact;
    contact_plan.set_action(ConvertedRecord::LINK);
  } else {
    out.contact.set_name(state.new_names.contact);
    out.contact.set_account(out.account.name());
    contact_plan.set_action(ConvertedRecord::CREATE);
  }
  contact_plan.set_name(out.contact.name());
  FillFromLead(lead, kLeadToContact, out.contact, *contact_plan.mutable_filled_fields(),
               request.overwrite_lead_source() ? "lead_source" : "");

  // Owners: every created record gets the owner; a linked one only when it
  // has none.
  for (auto [record, plan] : {std::pair<Message*, ConvertedRecord*>{&out.account, &account_plan},
                              std::pair<Message*, ConvertedRecord*>{&out.contact, &contact_plan}}) {
    const FieldDescriptor* field = record->GetDescriptor()->FindFieldByName("owner");
    if (owner.empty() || record->GetReflection()->HasField(*record, field)) continue;
    record->GetReflection()->SetString(record, field, owner);
    if (owner_from_lead) plan->add_filled_fields("owner");
  }

  // The opportunity: linked, none, or created in the first open stage.
  ConvertedRecord& opportunity_plan = *out.plan.mutable_opportunity();
  if (state.opportunity) {
    out.opportunity = *state.opportunity;
    opportunity_plan.set_action(ConvertedRecord::LINK);
  } else if (request.do_not_create_opportunity()) {
    opportunity_plan.set_action(ConvertedRecord::NONE);
  } else {
    out.opportunity =
        NewOpportunity(request, lead, owner, owner_from_lead, catalog, now, opportunity_plan);
    out.opportunity->set_name(state.new_names.opportunity);
    out.opportunity->set_account(out.account.name());
    out.opportunity->set_contact(out.contact.name());
    opportunity_plan.set_action(ConvertedRecord::CREATE);
  }
  if (out.opportunity) opportunity_plan.set_name(out.opportunity->name());

  // The lead: converted, frozen, pointing at what it became.
  out.lead = lead;
  out.lead.set_status(converted_status);
  out.lead.clear_disqualification_reason();
  out.lead.set_converted(true);
  out.lead.set_converted_account(out.account.name());
  out.lead.set_converted_contact(out.contact.name());
  out.lead.set_converted_opportunity(out.opportunity ? out.opportunity->name() : "");
  *out.lead.mutable_convert_time() = ToTimestamp(now);
  return out;
}

google::type::Date LastDayOfFiscalQuarter(const google::type::Date& today,
                                          int fiscal_year_start_month) {
  // Months counted from year 0, so that quarter arithmetic never wraps.
  const int month_index = today.year() * 12 + (today.month() - 1);
  const int months_into_fiscal_year = ((today.month() - fiscal_year_start_month) % 12 + 12) % 12;
  const int quarter_end_index = month_index - months_into_fiscal_year % 3 + 2;
  // The day before the first day of the month after the quarter.
  absl::CivilDay next_month_start(quarter_end_index / 12, quarter_end_index % 12 + 2, 1);
  return ToDate(next_month_start - 1);
}

}  // namespace leadflow::domain
