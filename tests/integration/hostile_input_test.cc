// Hostile input, sent through real gRPC to the in-process server, against
// every RPC of every leadflow.v1 service.
//
// Proves, for a table of bad requests (oversized and control-character text,
// missing fields, malformed and injected resource names, unknown enum
// numbers, out-of-range money, timestamps and dates, broken and injected
// filters, unknown order_by fields, forged and foreign page tokens, bad page
// sizes, request ids and update masks, stale etags, frozen leads, a contact
// still in use, and bytes that do not parse as the request at all), that the
// server:
//  - answers the documented status code, naming the offending field in the
//    google.rpc.BadRequest detail where the API names one;
//  - keeps the error bounded: a message of at most 1,024 bytes, details of at
//    most 4,096 bytes, quoting at most a short prefix of a hostile value;
//  - changes nothing: every table of the database, read behind the server's
//    back, is the same before and after each case.
// ctest runs it on SQLite and, as postgres.*, on PostgreSQL.
// It also fails when an RPC has no hostile case in the table, so a new RPC
// needs cases before this test passes, and prints how many cases each RPC got.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <future>
#include <iostream>
#include <limits>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "gmock/gmock.h"
#include "google/api/field_behavior.pb.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/descriptor_database.h"
#include "google/protobuf/dynamic_message.h"
#include "google/rpc/error_details.pb.h"
#include "gtest/gtest.h"
#include "leadflow/v1/account_service.grpc.pb.h"
#include "leadflow/v1/admin_service.grpc.pb.h"
#include "leadflow/v1/event_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"
#include "support/raw_call.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::google::protobuf::Descriptor;
using ::leadflow::testing::AllLeadflowMethods;
using ::google::protobuf::FieldDescriptor;
using ::google::protobuf::Message;
using ::google::protobuf::MethodDescriptor;
using ::leadflow::testing::Context;
using ::leadflow::testing::RpcStatusOf;
using ::leadflow::testing::Snapshot;
using ::leadflow::testing::StoreKind;
using ::leadflow::testing::TestServer;
using ::leadflow::testing::ViolatedFields;

// Bounds every error must respect, whatever the input.
constexpr std::size_t kMaxMessageBytes = 1024;
constexpr std::size_t kMaxDetailsBytes = 4096;
// The longest run of a hostile value an error may quote back (the spec asks
// for a short prefix, about 64 characters).
constexpr std::size_t kMaxEchoedChars = 80;

constexpr std::size_t kOversized = 100'000;
constexpr char kAbsentId[] = "00000000000000000000000000";

// Unicode bidirectional override and isolate, in UTF-8.
constexpr char kRightToLeftOverride[] = "\xE2\x80\xAE";  // U+202E
constexpr char kLeftToRightIsolate[] = "\xE2\x81\xA6";   // U+2066

// What a hostile case must get back.
struct Expect {
  grpc::StatusCode code = grpc::StatusCode::INVALID_ARGUMENT;
  // Fields the BadRequest detail must name (each exactly, or a sub-field).
  std::vector<std::string> fields;
  // A field the BadRequest detail must not name.
  std::string not_field;
  // The ErrorInfo reason; empty: any reason, but one must be there.
  std::string reason;
  // The reply may be OK with an empty list instead of INVALID_ARGUMENT
  // naming `fields` (for filters that are harmless as plain values).
  bool ok_or_invalid = false;
  // An OK reply's list must be empty.
  bool ok_with_no_match = false;
  // A hostile value of which the error may quote at most a short prefix.
  std::string must_not_echo;
  // Words the descriptions of the violations of fields[0] must contain, and
  // must not contain.
  std::string description_has;
  std::string description_lacks;
  // The request does not parse: an ErrorInfo is welcome but not required.
  bool malformed = false;
};

struct HostileCase {
  const MethodDescriptor* method;
  std::string label;
  // The request's bytes on the wire; called just before the "before"
  // snapshot, so it may prepare records of its own.
  std::function<std::string()> request;
  Expect expect;
  // More checks of the reply (response is null unless the call was OK).
  std::function<void(const grpc::Status&, const Message* response)> check;
  // Runs after the snapshots were compared.
  std::function<void()> follow_up;
};

std::string Shorten(absl::string_view text, std::size_t max = 200) {
  if (text.size() <= max) return std::string(text);
  return absl::StrCat(text.substr(0, max), "... (", text.size(), " bytes)");
}

// What changed between two snapshots, in a few lines; empty when nothing.
std::string DescribeChange(const Snapshot& before, const Snapshot& after) {
  std::string out;
  for (const auto& [table, rows] : after) {
    auto it = before.find(table);
    std::vector<std::string> old_rows = it == before.end() ? std::vector<std::string>{}
                                                           : it->second;
    if (old_rows == rows) continue;
    std::vector<std::string> added, removed;
    std::set_difference(rows.begin(), rows.end(), old_rows.begin(), old_rows.end(),
                        std::back_inserter(added));
    std::set_difference(old_rows.begin(), old_rows.end(), rows.begin(), rows.end(),
                        std::back_inserter(removed));
    absl::StrAppend(&out, "table ", table, ": ", added.size(), " row(s) added or changed, ",
                    removed.size(), " removed or changed\n");
    for (std::size_t i = 0; i < added.size() && i < 2; ++i) {
      absl::StrAppend(&out, "  now: ", Shorten(added[i]), "\n");
    }
  }
  for (const auto& [table, rows] : before) {
    if (after.count(table) == 0) absl::StrAppend(&out, "table ", table, " disappeared\n");
  }
  return out;
}

// The methods of every leadflow.v1 service linked into this binary (which
// holds the whole server, so every service it registers).

// "LeadService/CreateLead".
std::string ShortName(const MethodDescriptor* method) {
  return absl::StrCat(method->service()->name(), "/", method->name());
}

bool HasBehavior(const FieldDescriptor& field, google::api::FieldBehavior wanted) {
  const auto& options = field.options();
  for (int i = 0; i < options.ExtensionSize(google::api::field_behavior); ++i) {
    if (options.GetExtension(google::api::field_behavior, i) == wanted) return true;
  }
  return false;
}

// A string field of a resource reachable from its top: "address.city".
struct TextPath {
  std::vector<const FieldDescriptor*> fields;
  std::string path() const {
    std::vector<std::string> names;
    for (const FieldDescriptor* f : fields) names.push_back(f->name());
    return absl::StrJoin(names, ".");
  }
  bool multi_line() const {
    const std::string& leaf = fields.back()->name();
    return leaf == "description" || leaf == "street";
  }
};

// Every writable string field of `message`, nested ones included.
void CollectTextPaths(const Descriptor& message, std::vector<const FieldDescriptor*> prefix,
                      std::vector<TextPath>& out) {
  if (prefix.size() > 4) return;
  for (int i = 0; i < message.field_count(); ++i) {
    const FieldDescriptor* field = message.field(i);
    if (field->is_repeated() || HasBehavior(*field, google::api::OUTPUT_ONLY) ||
        HasBehavior(*field, google::api::IDENTIFIER)) {
      continue;
    }
    std::vector<const FieldDescriptor*> path = prefix;
    path.push_back(field);
    if (field->type() == FieldDescriptor::TYPE_STRING) {
      out.push_back({path});
    } else if (field->type() == FieldDescriptor::TYPE_MESSAGE) {
      CollectTextPaths(*field->message_type(), path, out);
    }
  }
}

void SetText(Message& message, const TextPath& path, const std::string& value) {
  Message* at = &message;
  for (std::size_t i = 0; i + 1 < path.fields.size(); ++i) {
    at = at->GetReflection()->MutableMessage(at, path.fields[i]);
  }
  at->GetReflection()->SetString(at, path.fields.back(), value);
}

std::string Varint(std::uint64_t value) {
  std::string out;
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
  return out;
}

std::string LengthDelimited(int number, const std::string& payload) {
  return absl::StrCat(Varint((static_cast<std::uint64_t>(number) << 3) | 2),
                      Varint(payload.size()), payload);
}

// A request of `type` whose first string field (nested if need be) holds
// bytes that are not UTF-8; empty when the type has no string field.
std::string InvalidUtf8Request(const Descriptor& type, int depth = 0) {
  for (int i = 0; i < type.field_count(); ++i) {
    if (type.field(i)->type() == FieldDescriptor::TYPE_STRING) {
      return LengthDelimited(type.field(i)->number(), "bad \xff\xfe utf-8");
    }
  }
  if (depth > 2) return "";
  for (int i = 0; i < type.field_count(); ++i) {
    const FieldDescriptor* field = type.field(i);
    if (field->type() != FieldDescriptor::TYPE_MESSAGE) continue;
    std::string inner = InvalidUtf8Request(*field->message_type(), depth + 1);
    if (!inner.empty()) return LengthDelimited(field->number(), inner);
  }
  return "";
}

std::string Wire(const Message& message) { return message.SerializeAsString(); }

// A string literal's bytes, NULs included.
template <std::size_t N>
std::string Bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

// The list a List response carries: its first repeated field.
int ListSize(const Message& response) {
  const Descriptor* type = response.GetDescriptor();
  for (int i = 0; i < type->field_count(); ++i) {
    if (type->field(i)->is_repeated()) {
      return response.GetReflection()->FieldSize(response, type->field(i));
    }
  }
  return 0;
}

// Every description the BadRequest detail gives `field`, one per line.
std::string DescriptionOf(const google::rpc::Status& status, const std::string& field) {
  std::vector<std::string> descriptions;
  for (const google::protobuf::Any& detail : status.details()) {
    google::rpc::BadRequest bad_request;
    if (!detail.UnpackTo(&bad_request)) continue;
    for (const auto& violation : bad_request.field_violations()) {
      if (violation.field() == field) descriptions.push_back(violation.description());
    }
  }
  return absl::StrJoin(descriptions, "\n");
}

bool NamesField(const std::vector<std::string>& violated, const std::string& field) {
  return std::any_of(violated.begin(), violated.end(), [&](const std::string& v) {
    return v == field || absl::StartsWith(v, absl::StrCat(field, "."));
  });
}

class HostileInputTest : public ::testing::Test {
 protected:
  // Records the cases aim at, made through the API.
  struct World {
    v1::Lead open_lead;            // an open lead
    std::string open_lead_stale_etag;
    v1::Lead converted_lead;       // converted into the three below
    v1::Account converted_account;
    v1::Contact converted_contact;
    v1::Opportunity converted_opportunity;
    v1::Account account;           // holds `contact` and `opportunity`
    std::string account_stale_etag;
    v1::Account other_account;     // nothing refers to it
    std::string other_account_stale_etag;
    v1::Contact contact;           // named by `opportunity`
    std::string contact_stale_etag;
    v1::Contact free_contact;      // nothing refers to it
    std::string free_contact_stale_etag;
    v1::Opportunity opportunity;   // of `account`, with `contact`
    std::string opportunity_stale_etag;
    // next_page_token of each List call, page_size 1.
    std::map<std::string, std::string> tokens;
  };

  void SetUp() override { BuildWorld(); }

  const MethodDescriptor* Method(absl::string_view service, absl::string_view name) {
    const MethodDescriptor* method =
        google::protobuf::DescriptorPool::generated_pool()->FindMethodByName(
            absl::StrCat("leadflow.v1.", service, ".", name));
    if (method == nullptr) ADD_FAILURE() << "no RPC " << service << "/" << name;
    return method;
  }

  grpc::Status CallRaw(const MethodDescriptor* method, const std::string& request,
                       std::string* response) {
    return testing::CallRaw(server_.address(), *method, request, response);
  }

  v1::Lead MustCreateLead(const std::string& last_name, const std::string& company) {
    v1::CreateLeadRequest request;
    request.mutable_lead()->set_last_name(last_name);
    request.mutable_lead()->set_company(company);
    request.mutable_lead()->set_email(absl::StrCat(last_name, "@example.com"));
    v1::Lead lead;
    grpc::Status status = server_.leads().CreateLead(Context().get(), request, &lead);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return lead;
  }

  // A new open lead, for cases that could convert or change theirs.
  std::string FreshLead() {
    ++fresh_leads_;
    return MustCreateLead(absl::StrCat("Fresh", fresh_leads_),
                          absl::StrCat("Fresh Co ", fresh_leads_))
        .name();
  }

  void BuildWorld() {
    World& w = world_;
    // The open lead, updated once so that its first etag is stale.
    w.open_lead = MustCreateLead("Openshaw", "Open Industries");
    w.open_lead_stale_etag = w.open_lead.etag();
    {
      v1::UpdateLeadRequest request;
      *request.mutable_lead() = w.open_lead;
      request.mutable_lead()->set_rating("Warm");
      request.mutable_update_mask()->add_paths("rating");
      ASSERT_TRUE(server_.leads().UpdateLead(Context().get(), request, &w.open_lead).ok());
    }
    // A converted lead with its account, contact and opportunity.
    w.converted_lead = MustCreateLead("Convertson", "Converted Corp");
    {
      v1::ConvertLeadRequest request;
      request.set_name(w.converted_lead.name());
      request.set_opportunity_name("Converted Corp - first deal");
      v1::ConvertLeadResponse response;
      grpc::Status status = server_.leads().ConvertLead(Context().get(), request, &response);
      ASSERT_TRUE(status.ok()) << status.error_message();
      w.converted_lead = response.lead();
      w.converted_account = response.account();
      w.converted_contact = response.contact();
      w.converted_opportunity = response.opportunity();
    }
    auto create_account = [&](const std::string& display_name, v1::Account* account,
                              std::string* stale_etag) {
      v1::CreateAccountRequest request;
      request.mutable_account()->set_display_name(display_name);
      ASSERT_TRUE(server_.accounts().CreateAccount(Context().get(), request, account).ok());
      *stale_etag = account->etag();
      v1::UpdateAccountRequest update;
      *update.mutable_account() = *account;
      update.mutable_account()->set_industry("Manufacturing");
      update.mutable_update_mask()->add_paths("industry");
      ASSERT_TRUE(server_.accounts().UpdateAccount(Context().get(), update, account).ok());
    };
    create_account("Acme Holdings", &w.account, &w.account_stale_etag);
    create_account("Globex Unrelated", &w.other_account, &w.other_account_stale_etag);
    auto create_contact = [&](const std::string& last_name, v1::Contact* contact,
                              std::string* stale_etag) {
      v1::CreateContactRequest request;
      request.mutable_contact()->set_account(w.account.name());
      request.mutable_contact()->set_last_name(last_name);
      ASSERT_TRUE(server_.accounts().CreateContact(Context().get(), request, contact).ok());
      *stale_etag = contact->etag();
      v1::UpdateContactRequest update;
      *update.mutable_contact() = *contact;
      update.mutable_contact()->set_title("Buyer");
      update.mutable_update_mask()->add_paths("title");
      ASSERT_TRUE(server_.accounts().UpdateContact(Context().get(), update, contact).ok());
    };
    create_contact("Coyote", &w.contact, &w.contact_stale_etag);
    create_contact("Runner", &w.free_contact, &w.free_contact_stale_etag);
    {
      v1::CreateOpportunityRequest request;
      v1::Opportunity* opportunity = request.mutable_opportunity();
      opportunity->set_account(w.account.name());
      opportunity->set_contact(w.contact.name());
      opportunity->set_display_name("Acme - anvils");
      opportunity->mutable_amount()->set_currency_code("USD");
      opportunity->mutable_amount()->set_units(5000);
      grpc::Status status = server_.opportunities().CreateOpportunity(Context().get(), request,
                                                                      &w.opportunity);
      ASSERT_TRUE(status.ok()) << status.error_message();
      w.opportunity_stale_etag = w.opportunity.etag();
      // A second history entry, so its history has pages.
      v1::UpdateOpportunityRequest update;
      *update.mutable_opportunity() = w.opportunity;
      update.mutable_opportunity()->mutable_amount()->set_units(6000);
      update.mutable_update_mask()->add_paths("amount");
      status = server_.opportunities().UpdateOpportunity(Context().get(), update, &w.opportunity);
      ASSERT_TRUE(status.ok()) << status.error_message();
    }
    // A first page's token of every List call.
    {
      v1::ListLeadsRequest request;
      request.set_page_size(1);
      v1::ListLeadsResponse response;
      ASSERT_TRUE(server_.leads().ListLeads(Context().get(), request, &response).ok());
      w.tokens["ListLeads"] = response.next_page_token();
    }
    {
      v1::ListAccountsRequest request;
      request.set_page_size(1);
      v1::ListAccountsResponse response;
      ASSERT_TRUE(server_.accounts().ListAccounts(Context().get(), request, &response).ok());
      w.tokens["ListAccounts"] = response.next_page_token();
    }
    {
      v1::ListContactsRequest request;
      request.set_page_size(1);
      v1::ListContactsResponse response;
      ASSERT_TRUE(server_.accounts().ListContacts(Context().get(), request, &response).ok());
      w.tokens["ListContacts"] = response.next_page_token();
    }
    {
      v1::ListOpportunitiesRequest request;
      request.set_page_size(1);
      v1::ListOpportunitiesResponse response;
      ASSERT_TRUE(
          server_.opportunities().ListOpportunities(Context().get(), request, &response).ok());
      w.tokens["ListOpportunities"] = response.next_page_token();
    }
    {
      v1::ListOpportunityHistoryRequest request;
      request.set_parent(w.opportunity.name());
      request.set_page_size(1);
      v1::ListOpportunityHistoryResponse response;
      ASSERT_TRUE(server_.opportunities()
                      .ListOpportunityHistory(Context().get(), request, &response)
                      .ok());
      w.tokens["ListOpportunityHistory"] = response.next_page_token();
    }
    for (const auto& [list, token] : w.tokens) {
      ASSERT_FALSE(token.empty()) << list << " gave no second page";
    }
  }

  void Add(const MethodDescriptor* method, std::string label,
           std::function<std::string()> request, Expect expect,
           std::function<void(const grpc::Status&, const Message*)> check = nullptr,
           std::function<void()> follow_up = nullptr) {
    if (method == nullptr) return;
    cases_.push_back({method, std::move(label), std::move(request), std::move(expect),
                      std::move(check), std::move(follow_up)});
  }

  static Expect Invalid(std::vector<std::string> fields, std::string reason = "") {
    Expect expect;
    expect.fields = std::move(fields);
    expect.reason = std::move(reason);
    return expect;
  }

  static Expect Code(grpc::StatusCode code, std::string reason = "") {
    Expect expect;
    expect.code = code;
    expect.reason = std::move(reason);
    return expect;
  }

  static Expect NotEchoing(Expect expect, std::string value) {
    expect.must_not_echo = std::move(value);
    return expect;
  }

  // --- Families of cases -------------------------------------------------

  // Names of the wrong shape, injected or too long, and a well-formed absent
  // one, in the request field `field` (set by `build`).
  void AddNameCases(const MethodDescriptor* method, absl::string_view collection,
                    absl::string_view other_collection, const std::string& field,
                    std::function<std::string(const std::string&)> build,
                    grpc::StatusCode absent_code = grpc::StatusCode::NOT_FOUND,
                    std::string absent_reason = "RESOURCE_NOT_FOUND",
                    bool required = true) {
    const std::string prefix = absl::StrCat(collection, "/");
    auto add = [&](std::string label, std::string name, Expect expect) {
      Add(method, absl::StrCat(field, ": ", label),
          [build, name] { return build(name); }, std::move(expect));
    };
    if (required) add("empty", "", Invalid({field}));
    add("another collection", absl::StrCat(other_collection, "/x"), Invalid({field}));
    add("path traversal", absl::StrCat(prefix, "../../etc"), Invalid({field}));
    const std::string long_name = absl::StrCat(prefix, std::string(10'000, 'x'));
    add("10,000-character id", long_name, NotEchoing(Invalid({field}), long_name));
    add("SQL injection", absl::StrCat(prefix, "1' OR '1'='1"), Invalid({field}));
    add("NUL in id", absl::StrCat(prefix, std::string("ab\0cd", 5)), Invalid({field}));
    add("bidi override in id", absl::StrCat(prefix, kRightToLeftOverride, "abc"),
        Invalid({field}));
    if (absent_code != grpc::StatusCode::OK) {
      Expect absent = Code(absent_code, absent_reason);
      if (absent_code == grpc::StatusCode::INVALID_ARGUMENT) absent.fields = {field};
      add("well-formed but absent", absl::StrCat(prefix, kAbsentId), absent);
    }
  }

  // Every writable text field of a resource, too long or holding control
  // characters, in a create or update request. `build(resource, mask_path)`
  // wraps the resource into the request.
  template <typename Resource>
  void AddTextCases(const MethodDescriptor* method, const std::string& resource_field,
                    const Resource& base,
                    std::function<std::string(const Resource&, const std::string&)> build,
                    bool every_control_variant) {
    std::vector<TextPath> paths;
    CollectTextPaths(*Resource::descriptor(), {}, paths);
    const std::vector<std::pair<std::string, std::string>> controls = {
        {"NUL", std::string("\0", 1)},
        {"C0 control \\x01", "Smith\x01"},
        {"ANSI escape", "\x1b[31mRed"},
        {"U+202E right-to-left override", absl::StrCat("Evil", kRightToLeftOverride, "gnp.exe")},
        {"U+2066 left-to-right isolate", absl::StrCat("Iso", kLeftToRightIsolate, "late")},
    };
    const std::set<std::string> names = {"last_name", "first_name", "company", "display_name"};
    std::size_t rotation = 0;
    for (const TextPath& path : paths) {
      const std::string field = absl::StrCat(resource_field, ".", path.path());
      const std::string mask = path.fields.front()->name();
      const std::string huge(kOversized, 'x');
      Resource oversized = base;
      SetText(oversized, path, huge);
      Add(method, absl::StrCat(field, ": 100,000 characters"),
          [build, oversized, mask] { return build(oversized, mask); },
          NotEchoing(Invalid({field}), huge));
      if (path.multi_line()) {
        for (const std::string& bad :
             {Bytes("line one\nline two\x01"), Bytes("tab\tthen \x1b[2J"), Bytes("cr\rnul\0x")}) {
          Resource hostile = base;
          SetText(hostile, path, bad);
          Add(method, absl::StrCat(field, ": control character besides \\n \\r \\t"),
              [build, hostile, mask] { return build(hostile, mask); }, Invalid({field}));
        }
        continue;
      }
      const bool all = every_control_variant && names.count(path.fields.back()->name()) > 0;
      for (std::size_t i = 0; i < controls.size(); ++i) {
        if (!all && i != rotation % controls.size()) continue;
        Resource hostile = base;
        SetText(hostile, path, controls[i].second);
        Add(method, absl::StrCat(field, ": ", controls[i].first),
            [build, hostile, mask] { return build(hostile, mask); }, Invalid({field}));
      }
      if (!all) ++rotation;
    }
  }

  // Money out of range or in an unknown currency, at `field`.
  void AddMoneyCases(const MethodDescriptor* method, const std::string& field,
                     std::function<std::string(const google::type::Money&)> build) {
    auto money = [](std::int64_t units, std::int32_t nanos, const std::string& currency) {
      google::type::Money m;
      m.set_currency_code(currency);
      m.set_units(units);
      m.set_nanos(nanos);
      return m;
    };
    struct MoneyCase {
      const char* label;
      google::type::Money money;
      std::string field;
      std::string not_field;
    };
    const std::vector<MoneyCase> cases = {
        {"units 5e18", money(5'000'000'000'000'000'000, 0, "USD"), ".units", ""},
        {"units one above the maximum", money(1'000'000'000'000, 0, "USD"), ".units", ""},
        {"units -1", money(-1, 0, "USD"), ".units", ""},
        {"units 1, nanos -5", money(1, -5, "USD"), ".nanos", ".units"},
        {"nanos 1,000,000,000", money(0, 1'000'000'000, "USD"), ".nanos", ""},
        {"unknown currency", money(10, 0, "XQZ"), ".currency_code", ""},
        {"currency with NUL", money(10, 0, Bytes("US\0D")), ".currency_code", ""},
    };
    for (const MoneyCase& c : cases) {
      Expect expect = Invalid({absl::StrCat(field, c.field)});
      if (!c.not_field.empty()) expect.not_field = absl::StrCat(field, c.not_field);
      if (c.field == ".units") expect.not_field = absl::StrCat(field, ".nanos");
      google::type::Money m = c.money;
      Add(method, absl::StrCat(field, ": ", c.label), [build, m] { return build(m); }, expect);
    }
  }

  // request_id too long or not printable ASCII.
  void AddRequestIdCases(const MethodDescriptor* method,
                         std::function<std::string(const std::string&)> build,
                         const std::string& field = "request_id") {
    const std::vector<std::pair<std::string, std::string>> ids = {
        {"129 characters", std::string(129, 'r')},
        {"10,000 characters", std::string(10'000, 'r')},
        {"C0 control", "req\x01uest"},
        {"newline", "req\nuest"},
        {"DEL", "req\x7fuest"},
        {"non-ASCII", "r\xC3\xA9quest"},
    };
    for (const auto& [label, id] : ids) {
      Expect expect = Invalid({field});
      if (id.size() > 1000) expect.must_not_echo = id;
      Add(
          method, absl::StrCat(field, ": ", label), [build, id = id] { return build(id); }, expect);
    }
  }

  // Update masks naming unknown or output-only fields.
  void AddMaskCases(const MethodDescriptor* method, std::vector<std::string> output_only,
                    std::function<std::string(const std::vector<std::string>&)> build) {
    std::vector<std::pair<std::string, std::vector<std::string>>> masks = {
        {"unknown field", {"password"}},
        {"unknown nested field", {"address.planet"}},
        {"SQL in path", {"last_name = 'x'; DROP TABLE leads"}},
        {"10,000-character path", {std::string(10'000, 'p')}},
        {"* with another path", {"*", "owner"}},
    };
    for (const std::string& path : output_only) {
      masks.push_back({absl::StrCat("output-only ", path), {path}});
    }
    for (const auto& [label, paths] : masks) {
      Expect expect = Invalid({"update_mask"});
      if (paths[0].size() > 1000) expect.must_not_echo = paths[0];
      Add(method, absl::StrCat("update_mask: ", label),
          [build, paths = paths] { return build(paths); }, expect);
    }
  }

  // Filters and order_by of a List call; `text_field` is one of its
  // filterable text fields.
  void AddQueryCases(const MethodDescriptor* method, const std::string& text_field,
                     std::function<std::string(const std::string& filter,
                                               const std::string& order_by)> build) {
    auto filter = [&](std::string label, std::string value, Expect expect) {
      Add(method, absl::StrCat("filter: ", label),
          [build, value] { return build(value, ""); }, std::move(expect));
    };
    filter("unbalanced parenthesis", absl::StrCat("(", text_field, " = x"),
           Invalid({"filter"}, "FILTER_INVALID"));
    filter("dangling operator", absl::StrCat(text_field, " = "),
           Invalid({"filter"}, "FILTER_INVALID"));
    filter("unterminated string", absl::StrCat(text_field, " = \"abc"),
           Invalid({"filter"}, "FILTER_INVALID"));
    filter("unknown field", "password = hunter2", Invalid({"filter"}, "FILTER_INVALID"));
    // PostgreSQL's client library would cut the value short at the NUL.
    filter("NUL inside a quoted value", absl::StrCat(text_field, std::string(" = \"x\0y\"", 8)),
           Invalid({"filter"}, "FILTER_INVALID"));
    filter("SQL function as field", "sqlite_version() = 1", Invalid({"filter"}, "FILTER_INVALID"));
    {
      Expect expect = Code(grpc::StatusCode::OK);
      expect.ok_with_no_match = true;
      filter("quoted injection matches nothing",
             absl::StrCat(text_field, " = \"x' OR 1=1 --\""), expect);
      filter("single-quoted injection matches nothing",
             absl::StrCat(text_field, " = 'x\\' OR \\'1\\'=\\'1'"), expect);
    }
    {
      Expect expect = Invalid({"filter"});
      expect.ok_or_invalid = true;
      filter("statement injection", absl::StrCat(text_field, " = x; DROP TABLE leads"), expect);
      filter("comment injection", absl::StrCat(text_field, " = x -- ' OR 1=1"), expect);
    }
    const std::string long_literal =
        absl::StrCat(text_field, " = \"", std::string(10'000 - text_field.size() - 5, 'f'), "\"");
    filter("10,000 characters", long_literal, NotEchoing(Invalid({"filter"}), long_literal));
    std::string many_terms;
    while (many_terms.size() < 10'000) {
      absl::StrAppend(&many_terms, many_terms.empty() ? "" : " OR ", text_field, " = a");
    }
    filter("10,000 characters of OR terms", many_terms,
           NotEchoing(Invalid({"filter"}), many_terms));
    deep_filters_.push_back([this, method, build] {
      const std::string nested = absl::StrCat(std::string(4'998, '('), "x", std::string(4'998, ')'));
      // Only parentheses: no run of the value is recognisable, so no echo check.
      Add(method, "filter: 10,000 characters of nested parentheses",
          [build, nested] { return build(nested, ""); }, Invalid({"filter"}));
    });

    auto order = [&](std::string label, std::string value) {
      Expect expect = Invalid({"order_by"}, "ORDER_BY_INVALID");
      if (value.size() > 1000) expect.must_not_echo = value;
      Add(method, absl::StrCat("order_by: ", label),
          [build, value] { return build("", value); }, expect);
    };
    order("unknown field", "password");
    order("unknown direction", "create_time sideways");
    order("injection", "create_time; DROP TABLE leads");
    order("subquery", "(SELECT 1)");
    order("10,000 characters", std::string(10'000, 'o'));
  }

  // Page tokens and sizes of a List call. `foreign` is a token another List
  // call issued.
  void AddPagingCases(const MethodDescriptor* method, const std::string& foreign,
                      std::function<std::string(std::int32_t page_size,
                                                const std::string& page_token)> build) {
    auto token = [&](std::string label, std::string value) {
      Expect expect = Invalid({"page_token"}, "PAGE_TOKEN_INVALID");
      if (value.size() > 1000) expect.must_not_echo = value;
      Add(method, absl::StrCat("page_token: ", label),
          [build, value] { return build(0, value); }, expect);
    };
    token("garbage", "not a token!!");
    token("NUL and controls", Bytes("\0\x01\x1b[31m"));
    // Shaped like a real one: version byte, query hash, an id key, a MAC.
    std::string forged("\x01", 1);
    absl::StrAppend(&forged, std::string(8, 'q'), "s", std::string(7, '\0'),
                    std::string(1, '\x1a'), std::string(26, '0'), std::string(16, '\0'));
    token("forged", absl::WebSafeBase64Escape(forged));
    token("base64 of JSON", absl::Base64Escape(R"({"offset": 0, "last_id": "0"})"));
    token("from another List call", foreign);
    token("10,000 characters", std::string(10'000, 't'));
    {
      Expect expect = Code(grpc::StatusCode::OK);
      Add(method, "page_size: 0 (the default page)", [build] { return build(0, ""); }, expect,
          [](const grpc::Status&, const Message* response) {
            if (response != nullptr) {
              EXPECT_LE(ListSize(*response), 50);
            }
          });
      Add(method, "page_size: 1e9 (lowered to 1000)",
          [build] { return build(1'000'000'000, ""); }, expect,
          [](const grpc::Status&, const Message* response) {
            if (response != nullptr) {
              EXPECT_LE(ListSize(*response), 1000);
            }
          });
    }
    Add(method, "page_size: -1", [build] { return build(-1, ""); }, Invalid({"page_size"}));
    Add(method, "page_size: INT32_MIN",
        [build] { return build(std::numeric_limits<std::int32_t>::min(), ""); },
        Invalid({"page_size"}));
  }

  // Bytes that are no message of the method's request type.
  void AddUnparseableCases(const MethodDescriptor* method) {
    Expect expect;
    expect.malformed = true;
    const std::string utf8 = InvalidUtf8Request(*method->input_type());
    if (!utf8.empty()) {
      Add(method, "unparseable: string field with invalid UTF-8",
          [utf8] { return utf8; }, expect);
    }
    std::mt19937 random(20260131);
    std::string garbage("\x07", 1);  // field 0, wire type 7: never valid
    for (int i = 0; i < 63; ++i) garbage.push_back(static_cast<char>(random() & 0xFF));
    Add(method, "unparseable: random garbage", [garbage] { return garbage; }, expect);
    Add(method, "unparseable: length beyond the end",
        [] { return std::string("\x0a\xff\xff\x03" "abc"); }, expect);
    Add(method, "unparseable: 5,000 unterminated groups",
        [] { return std::string(5'000, '\x0b'); }, expect);
  }

  // --- The table ---------------------------------------------------------

  void BuildTable() {
    const World& w = world_;
    BuildLeadCases(w);
    BuildAccountCases(w);
    BuildContactCases(w);
    BuildOpportunityCases(w);
    BuildAdminCases();
    BuildEventCases(w);
    BuildCaptureCases(w);
    // Last, so that a server that falls over on them has answered the rest.
    for (auto& add : deep_filters_) add();
    for (const MethodDescriptor* method : AllLeadflowMethods()) AddUnparseableCases(method);
  }

  // The bulk creates and the duplicate check: a refused batch or import
  // writes nothing (not even an import's progress), and a duplicate refused
  // under REFUSE is not created.
  void BuildCaptureCases(const World& w) {
    const MethodDescriptor* create = Method("LeadService", "CreateLead");
    const MethodDescriptor* batch = Method("LeadService", "BatchCreateLeads");
    const MethodDescriptor* import = Method("LeadService", "ImportLeads");
    const MethodDescriptor* find = Method("LeadService", "FindDuplicates");

    v1::Lead fresh;
    fresh.set_last_name("Newcomb");
    fresh.set_company("Newcomb Labs");
    v1::Lead twin = w.open_lead;  // the open lead again, under another case
    twin.clear_name();
    twin.set_last_name(absl::AsciiStrToUpper(twin.last_name()));

    // CreateLead's duplicate policy.
    {
      v1::CreateLeadRequest request = WithLead(twin);
      request.set_duplicate_policy(v1::REFUSE);
      Add(create, "duplicate_policy REFUSE: a duplicate of an open lead", Fixed(request),
          Code(grpc::StatusCode::ALREADY_EXISTS, "DUPLICATE_FOUND"));
      request.set_duplicate_policy(v1::SKIP);
      Add(create, "duplicate_policy SKIP: a duplicate of an open lead", Fixed(request),
          Code(grpc::StatusCode::ALREADY_EXISTS, "DUPLICATE_FOUND"));
      request = WithLead(fresh);
      request.set_duplicate_policy(static_cast<v1::DuplicatePolicy>(99));
      Add(create, "duplicate_policy: unknown number 99", Fixed(request),
          Invalid({"duplicate_policy"}));
    }

    // BatchCreateLeads.
    auto batch_of = [](std::vector<v1::Lead> leads, bool all_or_none) {
      v1::BatchCreateLeadsRequest request;
      for (v1::Lead& lead : leads) *request.add_leads() = std::move(lead);
      request.set_all_or_none(all_or_none);
      return request;
    };
    Add(batch, "leads: none", Fixed(v1::BatchCreateLeadsRequest()), Invalid({"leads"}));
    Add(batch, "leads: 1,001", Fixed(batch_of(std::vector<v1::Lead>(1001, fresh), false)),
        Invalid({"leads"}));
    {
      v1::Lead nameless = fresh;
      nameless.clear_last_name();
      Add(batch, "all_or_none: the second lead has no last name",
          Fixed(batch_of({fresh, nameless}, true)), Invalid({"leads[1].last_name"}));
      v1::Lead huge = fresh;
      const std::string long_company(kOversized, 'c');
      huge.set_company(long_company);
      Add(batch, "all_or_none: leads[0].company of 100,000 characters",
          Fixed(batch_of({huge}, true)), NotEchoing(Invalid({"leads[0].company"}), long_company));
      v1::BatchCreateLeadsRequest refusing = batch_of({fresh, twin}, true);
      refusing.set_duplicate_policy(v1::REFUSE);
      Add(batch, "all_or_none: the second lead is a refused duplicate", Fixed(refusing),
          Code(grpc::StatusCode::ALREADY_EXISTS, "DUPLICATE_FOUND"));
      v1::BatchCreateLeadsRequest unknown = batch_of({fresh}, false);
      unknown.set_duplicate_policy(static_cast<v1::DuplicatePolicy>(-4));
      Add(batch, "duplicate_policy: unknown number -4", Fixed(unknown),
          Invalid({"duplicate_policy"}));
    }
    AddRequestIdCases(batch, [batch_of, fresh](const std::string& id) {
      v1::BatchCreateLeadsRequest request = batch_of({fresh}, false);
      request.set_request_id(id);
      return Wire(request);
    });

    // ImportLeads, one message each (header and rows), as a client that
    // sends its whole import at once would.
    v1::ImportLeadsRequest first;
    first.mutable_header()->set_request_id("hostile-import");
    first.mutable_header()->mutable_source()->set_lead_source("Purchased List");
    v1::ImportRow& row = *first.add_rows();
    row.set_row_number(1);
    *row.mutable_lead() = fresh;
    {
      v1::ImportLeadsRequest headless = first;
      headless.clear_header();
      Add(import, "header: absent", Fixed(headless), Invalid({"header"}));
      v1::ImportLeadsRequest anonymous = first;
      anonymous.mutable_header()->clear_request_id();
      Add(import, "header.request_id: absent", Fixed(anonymous), Invalid({"header.request_id"}));
      v1::ImportLeadsRequest unknown = first;
      unknown.mutable_header()->set_duplicate_policy(static_cast<v1::DuplicatePolicy>(7));
      Add(import, "header.duplicate_policy: unknown number 7", Fixed(unknown),
          Invalid({"header.duplicate_policy"}));
      v1::ImportLeadsRequest sourceless = first;
      sourceless.mutable_header()->mutable_source()->set_lead_source("Carrier Pigeon");
      Add(import, "header.source.lead_source: not configured", Fixed(sourceless),
          Invalid({"header.source.lead_source"}));
      v1::ImportLeadsRequest backwards = first;
      v1::ImportRow& earlier = *backwards.add_rows();
      earlier.set_row_number(1);
      *earlier.mutable_lead() = fresh;
      Add(import, "rows: row numbers do not increase", Fixed(backwards),
          Invalid({"rows[1].row_number"}));
      v1::ImportLeadsRequest unnumbered = first;
      unnumbered.mutable_rows(0)->set_row_number(0);
      Add(import, "rows: row number 0", Fixed(unnumbered), Invalid({"rows[0].row_number"}));
      // The same request id as an import already made with another source.
      v1::ImportLeadsRequest reused = first;
      reused.mutable_header()->set_request_id("hostile-import-reused");
      Add(
          import, "header.request_id: reused for another import",
          [this, reused] {
            v1::ImportLeadsRequest original = reused;
            original.mutable_header()->mutable_source()->set_lead_source("Web");
            std::string reply;
            EXPECT_TRUE(CallRaw(Method("LeadService", "ImportLeads"), Wire(original), &reply).ok());
            return Wire(reused);
          },
          Invalid({"header.request_id"}, "REQUEST_ID_REUSED"));
    }
    AddRequestIdCases(
        import,
        [first](const std::string& id) {
          v1::ImportLeadsRequest request = first;
          request.mutable_header()->set_request_id(id);
          return Wire(request);
        },
        "header.request_id");

    // FindDuplicates reads only.
    auto finding = [](v1::Lead lead, std::vector<int> rules, std::int32_t max_matches) {
      v1::FindDuplicatesRequest request;
      *request.mutable_lead() = std::move(lead);
      for (int rule : rules) request.add_rules(static_cast<v1::DuplicateRule>(rule));
      request.set_max_matches(max_matches);
      return request;
    };
    Add(find, "lead: absent", Fixed(v1::FindDuplicatesRequest()), Invalid({"lead"}));
    Add(find, "lead: nothing to match on", Fixed(finding(v1::Lead(), {}, 0)), Invalid({"lead"}));
    Add(find, "max_matches: -1", Fixed(finding(fresh, {}, -1)), Invalid({"max_matches"}));
    Add(find, "max_matches: INT32_MIN",
        Fixed(finding(fresh, {}, std::numeric_limits<std::int32_t>::min())),
        Invalid({"max_matches"}));
    Add(find, "rules: DUPLICATE_RULE_UNSPECIFIED", Fixed(finding(fresh, {0}, 0)),
        Invalid({"rules"}));
    Add(find, "rules: unknown number 99", Fixed(finding(fresh, {99}, 0)), Invalid({"rules"}));
    {
      // Quotes and SQL in a name match nothing and break nothing.
      v1::Lead injected = fresh;
      injected.set_last_name("Robert'); DROP TABLE leads;--");
      injected.set_company("' OR '1'='1");
      Expect expect = Code(grpc::StatusCode::OK);
      expect.ok_with_no_match = true;
      Add(find, "lead: SQL in the name and company", Fixed(finding(injected, {}, 0)), expect);
      v1::Lead huge = fresh;
      huge.set_email(absl::StrCat(std::string(kOversized, 'e'), "@example.com"));
      Expect long_email = Code(grpc::StatusCode::OK);
      long_email.ok_with_no_match = true;
      Add(find, "lead.email: 100,000 characters", Fixed(finding(huge, {1}, 0)), long_email);
    }
  }

  // AdminService.Backup writes a file, never into the database: a bad
  // destination is refused before anything is written anywhere.
  void BuildAdminCases() {
    const MethodDescriptor* backup = Method("AdminService", "Backup");
    auto to = [](std::string destination) {
      return [destination] {
        v1::BackupRequest request;
        request.set_destination(destination);
        return Wire(request);
      };
    };
    Add(backup, "destination: empty", to(""), Invalid({"destination"}));
    Add(backup, "destination: relative", to("backup.db"), Invalid({"destination"}));
    Add(backup, "destination: the live database", to(server_.db_path()),
        Invalid({"destination"}));
    const std::string long_path = "/tmp/" + std::string(100'000, 'b');
    Add(backup, "destination: 100,000 characters", to(long_path),
        NotEchoing(Code(grpc::StatusCode::INVALID_ARGUMENT), long_path));
    // PostgreSQL databases are backed up with its own tools (decision 0010).
    Add(backup, "destination: in a missing directory",
        to("/nonexistent-leadflow-dir/backup.db"),
        server_.store_kind() == StoreKind::kSqlite
            ? Code(grpc::StatusCode::FAILED_PRECONDITION, "BACKUP_DESTINATION_UNUSABLE")
            : Code(grpc::StatusCode::UNIMPLEMENTED));
  }

  // EventService reads the change feed: a bad cursor or filter is refused,
  // and reading writes nothing (not even an event).
  void BuildEventCases(const World& w) {
    const MethodDescriptor* list = Method("EventService", "ListEvents");
    const MethodDescriptor* watch = Method("EventService", "WatchEvents");
    using Filter = std::function<void(v1::EventFilter&)>;
    auto listing = [](std::int64_t after, Filter filter) {
      return [after, filter] {
        v1::ListEventsRequest request;
        request.set_after_sequence(after);
        if (filter) filter(*request.mutable_filter());
        return Wire(request);
      };
    };
    auto watching = [](std::int64_t after, Filter filter) {
      return [after, filter] {
        v1::WatchEventsRequest request;
        request.set_after_sequence(after);
        if (filter) filter(*request.mutable_filter());
        return Wire(request);
      };
    };
    const std::string long_name = "leads/" + std::string(kOversized, 'x');
    const std::vector<std::tuple<std::string, Filter, std::string>> bad_filters = {
        {"filter.types: unknown number 999", [](v1::EventFilter& f) { f.add_types(static_cast<v1::Event::Type>(999)); },
         "filter.types"},
        {"filter.types: TYPE_UNSPECIFIED",
         [](v1::EventFilter& f) { f.add_types(v1::Event::TYPE_UNSPECIFIED); }, "filter.types"},
        {"filter.resource_types: unknown number -3",
         [](v1::EventFilter& f) { f.add_resource_types(static_cast<v1::Event::ResourceType>(-3)); }, "filter.resource_types"},
        {"filter.resource: another collection",
         [](v1::EventFilter& f) { f.set_resource("users/1"); }, "filter.resource"},
        {"filter.resource: path traversal",
         [](v1::EventFilter& f) { f.set_resource("leads/../accounts"); }, "filter.resource"},
        {"filter.resource: injection",
         [](v1::EventFilter& f) { f.set_resource("leads/1' OR '1'='1"); }, "filter.resource"},
        {"filter.resource: 100,000 characters",
         [long_name](v1::EventFilter& f) { f.set_resource(long_name); }, "filter.resource"},
    };
    for (const auto& [label, filter, field] : bad_filters) {
      Expect expect = Invalid({field});
      if (label.find("100,000") != std::string::npos) expect.must_not_echo = long_name;
      Add(list, label, listing(0, filter), expect);
      Add(watch, label, watching(0, filter), expect);
    }
    for (const auto& [method, build] :
         {std::pair{list, std::function<std::function<std::string()>(std::int64_t)>(
                              [listing](std::int64_t after) { return listing(after, nullptr); })},
          std::pair{watch, std::function<std::function<std::string()>(std::int64_t)>(
                               [watching](std::int64_t after) {
                                 return watching(after, nullptr);
                               })}}) {
      Add(method, "after_sequence: -1", build(-1), Invalid({"after_sequence"}));
      Add(method, "after_sequence: INT64_MIN", build(std::numeric_limits<std::int64_t>::min()),
          Invalid({"after_sequence"}));
      Add(method, "after_sequence: beyond the newest event",
          build(std::numeric_limits<std::int64_t>::max()),
          Code(grpc::StatusCode::OUT_OF_RANGE, "CURSOR_AHEAD"));
    }
    auto heartbeat = [](std::int64_t seconds, std::int32_t nanos) {
      return [seconds, nanos] {
        v1::WatchEventsRequest request;
        request.mutable_heartbeat_interval()->set_seconds(seconds);
        request.mutable_heartbeat_interval()->set_nanos(nanos);
        return Wire(request);
      };
    };
    Add(watch, "heartbeat_interval: 0.5 s", heartbeat(0, 500'000'000),
        Invalid({"heartbeat_interval"}));
    Add(watch, "heartbeat_interval: 2 h", heartbeat(7200, 0), Invalid({"heartbeat_interval"}));
    Add(watch, "heartbeat_interval: negative", heartbeat(-5, 0), Invalid({"heartbeat_interval"}));
    Add(watch, "heartbeat_interval: INT64_MAX seconds",
        heartbeat(std::numeric_limits<std::int64_t>::max(), 0), Invalid({"heartbeat_interval"}));
    Add(watch, "start_at_latest with after_sequence",
        [] {
          v1::WatchEventsRequest request;
          request.set_start_at_latest(true);
          request.set_after_sequence(1);
          return Wire(request);
        },
        Invalid({"start_at_latest"}));
    AddPagingCases(list, w.tokens.at("ListLeads"),
                   [](std::int32_t page_size, const std::string& page_token) {
                     v1::ListEventsRequest request;
                     request.set_page_size(page_size);
                     request.set_page_token(page_token);
                     return Wire(request);
                   });
  }

  void BuildLeadCases(const World& w) {
    const MethodDescriptor* create = Method("LeadService", "CreateLead");
    const MethodDescriptor* get = Method("LeadService", "GetLead");
    const MethodDescriptor* list = Method("LeadService", "ListLeads");
    const MethodDescriptor* update = Method("LeadService", "UpdateLead");
    const MethodDescriptor* remove = Method("LeadService", "DeleteLead");
    const MethodDescriptor* convert = Method("LeadService", "ConvertLead");
    const MethodDescriptor* matches = Method("LeadService", "FindConversionMatches");
    const MethodDescriptor* funnel = Method("LeadService", "GetLeadFunnel");
    const MethodDescriptor* statuses = Method("LeadService", "ListLeadStatuses");
    (void)statuses;  // takes no input: only unparseable cases

    v1::Lead valid;
    valid.set_last_name("Hostile");
    valid.set_company("Hostile Inc");

    // CreateLead.
    auto create_with = [](const v1::Lead& lead, const std::string&) {
      v1::CreateLeadRequest request;
      *request.mutable_lead() = lead;
      return Wire(request);
    };
    AddTextCases<v1::Lead>(create, "lead", valid, create_with, true);
    for (const auto& [label, value] : std::vector<std::pair<std::string, std::string>>{
             {"empty", ""}, {"blank", "   "}, {"NUL only", std::string("\0", 1)}}) {
      v1::Lead lead = valid;
      lead.set_last_name(value);
      Add(create, absl::StrCat("lead.last_name: ", label), Fixed(WithLead(lead)),
          Invalid({"lead.last_name"}, "FIELD_INVALID"));
      lead = valid;
      lead.set_company(value);
      Add(create, absl::StrCat("lead.company: ", label), Fixed(WithLead(lead)),
          Invalid({"lead.company"}, "FIELD_INVALID"));
    }
    Add(create, "lead: absent", Fixed(v1::CreateLeadRequest()),
        Invalid({"lead.last_name", "lead.company"}));
    {
      v1::Lead lead = valid;
      lead.set_email(absl::StrCat(std::string(188, 'e'), "@example.com"));
      Expect expect = Invalid({"lead.email"});
      expect.description_has = "long";
      expect.description_lacks = "malformed";
      Add(create, "lead.email: 200 characters", Fixed(WithLead(lead)), expect);
    }
    {
      v1::Lead lead = valid;
      lead.set_number_of_employees(-1);
      Add(create, "lead.number_of_employees: -1", Fixed(WithLead(lead)),
          Invalid({"lead.number_of_employees"}));
      lead = valid;
      lead.mutable_source_detail()->mutable_purchased_list()->set_row(-1);
      Add(create, "lead.source_detail.purchased_list.row: -1", Fixed(WithLead(lead)),
          Invalid({"lead.source_detail.purchased_list.row"}));
      lead = valid;
      lead.set_status("Closed - Converted");
      Add(create, "lead.status: a converted status", Fixed(WithLead(lead)),
          Invalid({"lead.status"}, "CONVERTED_STATUS_NOT_SETTABLE"));
    }
    AddMoneyCases(create, "lead.annual_revenue", [valid](const google::type::Money& money) {
      v1::Lead lead = valid;
      *lead.mutable_annual_revenue() = money;
      return Wire(WithLead(lead));
    });
    AddRequestIdCases(create, [valid](const std::string& id) {
      v1::CreateLeadRequest request = WithLead(valid);
      request.set_request_id(id);
      return Wire(request);
    });

    // GetLead, DeleteLead, FindConversionMatches: names.
    AddNameCases(get, "leads", "accounts", "name", [](const std::string& name) {
      v1::GetLeadRequest request;
      request.set_name(name);
      return Wire(request);
    });
    AddNameCases(remove, "leads", "accounts", "name", [](const std::string& name) {
      v1::DeleteLeadRequest request;
      request.set_name(name);
      return Wire(request);
    });
    AddNameCases(matches, "leads", "contacts", "name", [](const std::string& name) {
      v1::FindConversionMatchesRequest request;
      request.set_name(name);
      return Wire(request);
    });
    {
      v1::DeleteLeadRequest request;
      request.set_name(w.open_lead.name());
      request.set_etag(w.open_lead_stale_etag);
      Add(remove, "stale etag", Fixed(request), Code(grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
      request.set_name(w.converted_lead.name());
      request.set_etag("");
      Add(remove, "a converted lead", Fixed(request),
          Code(grpc::StatusCode::FAILED_PRECONDITION, "LEAD_CONVERTED"));
    }

    // ListLeads.
    AddQueryCases(list, "last_name", [](const std::string& filter, const std::string& order_by) {
      v1::ListLeadsRequest request;
      request.set_filter(filter);
      request.set_order_by(order_by);
      return Wire(request);
    });
    AddPagingCases(list, w.tokens.at("ListAccounts"),
                   [](std::int32_t page_size, const std::string& token) {
                     v1::ListLeadsRequest request;
                     request.set_page_size(page_size);
                     request.set_page_token(token);
                     return Wire(request);
                   });
    {
      v1::ListLeadsRequest request;
      request.set_page_token(w.tokens.at("ListLeads"));
      request.set_order_by("last_name");
      Add(list, "page_token: of the same call with another order_by", Fixed(request),
          Invalid({"page_token"}, "PAGE_TOKEN_INVALID"));
      request.set_order_by("");
      request.set_filter("company = \"Open Industries\"");
      Add(list, "page_token: of the same call with another filter", Fixed(request),
          Invalid({"page_token"}, "PAGE_TOKEN_INVALID"));
    }

    // UpdateLead.
    v1::Lead patch;
    patch.set_name(w.open_lead.name());
    patch.set_last_name("Openshaw");
    patch.set_company("Open Industries");
    auto update_with = [](const v1::Lead& lead, const std::string& path) {
      v1::UpdateLeadRequest request;
      *request.mutable_lead() = lead;
      request.mutable_update_mask()->add_paths(path);
      return Wire(request);
    };
    AddTextCases<v1::Lead>(update, "lead", patch, update_with, false);
    AddNameCases(update, "leads", "accounts", "lead.name", [](const std::string& name) {
      v1::UpdateLeadRequest request;
      request.mutable_lead()->set_name(name);
      request.mutable_lead()->set_rating("Hot");
      request.mutable_update_mask()->add_paths("rating");
      return Wire(request);
    });
    for (const char* path : {"last_name", "company"}) {
      v1::Lead lead = patch;
      SetText(lead, {{v1::Lead::descriptor()->FindFieldByName(path)}}, "");
      Add(update, absl::StrCat("lead.", path, ": emptied"), Fixed(WithMask(lead, {path})),
          Invalid({absl::StrCat("lead.", path)}));
      SetText(lead, {{v1::Lead::descriptor()->FindFieldByName(path)}}, std::string("\0", 1));
      Add(update, absl::StrCat("lead.", path, ": NUL only"), Fixed(WithMask(lead, {path})),
          Invalid({absl::StrCat("lead.", path)}));
    }
    AddMaskCases(update, {"converted", "create_time", "etag", "convert_time"},
                 [patch](const std::vector<std::string>& paths) {
                   return Wire(WithMask(patch, paths));
                 });
    AddMoneyCases(update, "lead.annual_revenue", [patch](const google::type::Money& money) {
      v1::Lead lead = patch;
      *lead.mutable_annual_revenue() = money;
      return Wire(WithMask(lead, {"annual_revenue"}));
    });
    {
      v1::Lead lead = patch;
      lead.set_email(absl::StrCat(std::string(188, 'e'), "@example.com"));
      Expect expect = Invalid({"lead.email"});
      expect.description_has = "long";
      expect.description_lacks = "malformed";
      Add(update, "lead.email: 200 characters", Fixed(WithMask(lead, {"email"})), expect);
      lead = patch;
      lead.set_etag(w.open_lead_stale_etag);
      lead.set_rating("Hot");
      Add(update, "stale etag", Fixed(WithMask(lead, {"rating"})),
          Code(grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
      lead = patch;
      lead.set_status("Closed - Converted");
      Add(update, "lead.status: a converted status", Fixed(WithMask(lead, {"status"})),
          Invalid({"lead.status"}, "CONVERTED_STATUS_NOT_SETTABLE"));
      lead = patch;
      lead.set_name(w.converted_lead.name());
      lead.set_rating("Hot");
      Add(update, "a converted lead", Fixed(WithMask(lead, {"rating"})),
          Code(grpc::StatusCode::FAILED_PRECONDITION, "LEAD_CONVERTED"));
    }

    // ConvertLead: every case on a fresh lead, so that a conversion that
    // should have been refused cannot spoil the next case.
    auto fresh = [this](std::function<void(v1::ConvertLeadRequest&)> edit) {
      return [this, edit] {
        v1::ConvertLeadRequest request;
        request.set_name(FreshLead());
        edit(request);
        return Wire(request);
      };
    };
    AddNameCases(convert, "leads", "opportunities", "name", [](const std::string& name) {
      v1::ConvertLeadRequest request;
      request.set_name(name);
      return Wire(request);
    });
    struct Reference {
      const char* field;
      const char* collection;
      const char* other;
    };
    for (const Reference& r : std::vector<Reference>{{"account", "accounts", "leads"},
                                                     {"contact", "contacts", "accounts"},
                                                     {"opportunity", "opportunities", "contacts"}}) {
      const FieldDescriptor* field = v1::ConvertLeadRequest::descriptor()->FindFieldByName(r.field);
      AddNameCases(
          convert, r.collection, r.other, r.field,
          [this, field](const std::string& name) {
            v1::ConvertLeadRequest request;
            request.set_name(FreshLead());
            request.GetReflection()->SetString(&request, field, name);
            return Wire(request);
          },
          grpc::StatusCode::INVALID_ARGUMENT, "REFERENCE_NOT_FOUND", /*required=*/false);
    }
    {
      const std::string huge(kOversized, 'x');
      for (const char* field : {"opportunity_name", "converted_status", "owner"}) {
        const FieldDescriptor* descriptor =
            v1::ConvertLeadRequest::descriptor()->FindFieldByName(field);
        Add(convert, absl::StrCat(field, ": 100,000 characters"),
            fresh([descriptor, huge](v1::ConvertLeadRequest& request) {
              request.GetReflection()->SetString(&request, descriptor, huge);
            }),
            NotEchoing(Invalid({field}), huge));
      }
      Add(convert, "opportunity_name: NUL",
          fresh([](v1::ConvertLeadRequest& r) { r.set_opportunity_name(std::string("a\0b", 3)); }),
          Invalid({"opportunity_name"}));
      Add(convert, "opportunity_name: ANSI escape",
          fresh([](v1::ConvertLeadRequest& r) { r.set_opportunity_name("\x1b[31mDeal"); }),
          Invalid({"opportunity_name"}));
      Add(convert, "opportunity_name: U+202E",
          fresh([](v1::ConvertLeadRequest& r) {
            r.set_opportunity_name(absl::StrCat("Deal", kRightToLeftOverride, "fdp.exe"));
          }),
          Invalid({"opportunity_name"}));
      Add(convert, "opportunity_close_date: month 13",
          fresh([](v1::ConvertLeadRequest& r) {
            r.mutable_opportunity_close_date()->set_year(2026);
            r.mutable_opportunity_close_date()->set_month(13);
            r.mutable_opportunity_close_date()->set_day(1);
          }),
          Invalid({"opportunity_close_date"}));
      Add(convert, "opportunity_name with do_not_create_opportunity",
          fresh([](v1::ConvertLeadRequest& r) {
            r.set_opportunity_name("Both");
            r.set_do_not_create_opportunity(true);
          }),
          Invalid({"opportunity_name", "do_not_create_opportunity"}));
      Add(convert, "converted_status: not a converted status",
          fresh([](v1::ConvertLeadRequest& r) { r.set_converted_status("Working - Contacted"); }),
          Invalid({"converted_status"}));
    }
    AddMoneyCases(convert, "opportunity_amount", [this](const google::type::Money& money) {
      v1::ConvertLeadRequest request;
      request.set_name(FreshLead());
      *request.mutable_opportunity_amount() = money;
      return Wire(request);
    });
    AddRequestIdCases(convert, [this](const std::string& id) {
      v1::ConvertLeadRequest request;
      request.set_name(FreshLead());
      request.set_request_id(id);
      return Wire(request);
    });
    {
      v1::ConvertLeadRequest request;
      request.set_name(w.converted_lead.name());
      Add(convert, "a converted lead", Fixed(request),
          Code(grpc::StatusCode::FAILED_PRECONDITION, "LEAD_CONVERTED"));
      request.set_request_id("a-fresh-id-for-a-second-conversion");
      Add(convert, "a converted lead, with a new request_id", Fixed(request),
          Code(grpc::StatusCode::FAILED_PRECONDITION, "LEAD_CONVERTED"));
    }

    // GetLeadFunnel.
    auto time_case = [&](std::string label, const char* field, std::int64_t seconds,
                         std::int32_t nanos) {
      v1::GetLeadFunnelRequest request;
      google::protobuf::Timestamp* time = std::string(field) == "create_time_start"
                                              ? request.mutable_create_time_start()
                                              : request.mutable_create_time_end();
      time->set_seconds(seconds);
      time->set_nanos(nanos);
      Add(funnel, absl::StrCat(field, ": ", label), Fixed(request), Invalid({field}));
    };
    time_case("seconds 1e13", "create_time_start", 10'000'000'000'000, 0);
    time_case("seconds -9.2e12", "create_time_start", -9'200'000'000'000, 0);
    time_case("nanos -1", "create_time_start", 1'700'000'000, -1);
    time_case("nanos 1,000,000,000", "create_time_start", 1'700'000'000, 1'000'000'000);
    time_case("seconds 1e13", "create_time_end", 10'000'000'000'000, 0);
    time_case("seconds INT64_MIN", "create_time_end", std::numeric_limits<std::int64_t>::min(), 0);
    time_case("nanos -1", "create_time_end", 1'700'000'000, -1);
    time_case("nanos 1,000,000,000", "create_time_end", 1'700'000'000, 1'000'000'000);
    {
      v1::GetLeadFunnelRequest request;
      request.mutable_create_time_start()->set_seconds(1'800'000'000);
      request.mutable_create_time_end()->set_seconds(1'700'000'000);
      Add(funnel, "start after end", Fixed(request), Code(grpc::StatusCode::INVALID_ARGUMENT));
      v1::GetLeadFunnelRequest owner;
      owner.set_owner(std::string(kOversized, 'x'));
      Add(funnel, "owner: 100,000 characters", Fixed(owner),
          NotEchoing(Invalid({"owner"}), owner.owner()));
    }
  }

  void BuildAccountCases(const World& w) {
    const MethodDescriptor* create = Method("AccountService", "CreateAccount");
    const MethodDescriptor* get = Method("AccountService", "GetAccount");
    const MethodDescriptor* list = Method("AccountService", "ListAccounts");
    const MethodDescriptor* update = Method("AccountService", "UpdateAccount");
    const MethodDescriptor* remove = Method("AccountService", "DeleteAccount");

    v1::Account valid;
    valid.set_display_name("Hostile Holdings");
    AddTextCases<v1::Account>(
        create, "account", valid,
        [](const v1::Account& account, const std::string&) {
          v1::CreateAccountRequest request;
          *request.mutable_account() = account;
          return Wire(request);
        },
        true);
    for (const auto& [label, value] : std::vector<std::pair<std::string, std::string>>{
             {"empty", ""}, {"blank", " \t "}, {"NUL only", std::string("\0", 1)}}) {
      v1::CreateAccountRequest request;
      request.mutable_account()->set_display_name(value);
      Add(create, absl::StrCat("account.display_name: ", label), Fixed(request),
          Invalid({"account.display_name"}, "FIELD_INVALID"));
    }
    AddMoneyCases(create, "account.annual_revenue", [valid](const google::type::Money& money) {
      v1::CreateAccountRequest request;
      *request.mutable_account() = valid;
      *request.mutable_account()->mutable_annual_revenue() = money;
      return Wire(request);
    });
    {
      v1::CreateAccountRequest request;
      *request.mutable_account() = valid;
      request.mutable_account()->set_number_of_employees(std::numeric_limits<std::int32_t>::min());
      Add(create, "account.number_of_employees: INT32_MIN", Fixed(request),
          Invalid({"account.number_of_employees"}));
    }
    AddRequestIdCases(create, [valid](const std::string& id) {
      v1::CreateAccountRequest request;
      *request.mutable_account() = valid;
      request.set_request_id(id);
      return Wire(request);
    });

    AddNameCases(get, "accounts", "leads", "name", [](const std::string& name) {
      v1::GetAccountRequest request;
      request.set_name(name);
      return Wire(request);
    });
    AddNameCases(remove, "accounts", "contacts", "name", [](const std::string& name) {
      v1::DeleteAccountRequest request;
      request.set_name(name);
      return Wire(request);
    });
    {
      v1::DeleteAccountRequest request;
      request.set_name(w.other_account.name());
      request.set_etag(w.other_account_stale_etag);
      Add(remove, "stale etag", Fixed(request), Code(grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
      request.set_name(w.account.name());
      request.set_etag("");
      Add(remove, "an account in use", Fixed(request),
          Code(grpc::StatusCode::FAILED_PRECONDITION, "ACCOUNT_IN_USE"));
    }

    AddQueryCases(list, "display_name",
                  [](const std::string& filter, const std::string& order_by) {
                    v1::ListAccountsRequest request;
                    request.set_filter(filter);
                    request.set_order_by(order_by);
                    return Wire(request);
                  });
    AddPagingCases(list, w.tokens.at("ListLeads"),
                   [](std::int32_t page_size, const std::string& token) {
                     v1::ListAccountsRequest request;
                     request.set_page_size(page_size);
                     request.set_page_token(token);
                     return Wire(request);
                   });

    v1::Account patch;
    patch.set_name(w.other_account.name());
    patch.set_display_name("Globex Unrelated");
    auto update_with = [](const v1::Account& account, const std::vector<std::string>& paths) {
      v1::UpdateAccountRequest request;
      *request.mutable_account() = account;
      for (const std::string& path : paths) request.mutable_update_mask()->add_paths(path);
      return Wire(request);
    };
    AddTextCases<v1::Account>(
        update, "account", patch,
        [update_with](const v1::Account& account, const std::string& path) {
          return update_with(account, {path});
        },
        false);
    AddNameCases(update, "accounts", "leads", "account.name",
                 [update_with](const std::string& name) {
                   v1::Account account;
                   account.set_name(name);
                   account.set_industry("Retail");
                   return update_with(account, {"industry"});
                 });
    {
      v1::Account account = patch;
      account.set_display_name("");
      Add(update, "account.display_name: emptied", Fixed(update_with(account, {"display_name"})),
          Invalid({"account.display_name"}));
      account = patch;
      account.set_etag(w.other_account_stale_etag);
      account.set_industry("Retail");
      Add(update, "stale etag", Fixed(update_with(account, {"industry"})),
          Code(grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
    }
    AddMaskCases(update, {"create_time", "update_time", "etag"},
                 [patch, update_with](const std::vector<std::string>& paths) {
                   return update_with(patch, paths);
                 });
    AddMoneyCases(update, "account.annual_revenue",
                  [patch, update_with](const google::type::Money& money) {
                    v1::Account account = patch;
                    *account.mutable_annual_revenue() = money;
                    return update_with(account, {"annual_revenue"});
                  });
  }

  void BuildContactCases(const World& w) {
    const MethodDescriptor* create = Method("AccountService", "CreateContact");
    const MethodDescriptor* get = Method("AccountService", "GetContact");
    const MethodDescriptor* list = Method("AccountService", "ListContacts");
    const MethodDescriptor* update = Method("AccountService", "UpdateContact");
    const MethodDescriptor* remove = Method("AccountService", "DeleteContact");

    v1::Contact valid;
    valid.set_account(w.account.name());
    valid.set_last_name("Hostile");
    auto create_with = [](const v1::Contact& contact) {
      v1::CreateContactRequest request;
      *request.mutable_contact() = contact;
      return Wire(request);
    };
    AddTextCases<v1::Contact>(
        create, "contact", valid,
        [create_with](const v1::Contact& contact, const std::string&) {
          return create_with(contact);
        },
        true);
    for (const auto& [label, value] : std::vector<std::pair<std::string, std::string>>{
             {"empty", ""}, {"blank", "   "}, {"NUL only", std::string("\0", 1)}}) {
      v1::Contact contact = valid;
      contact.set_last_name(value);
      Add(create, absl::StrCat("contact.last_name: ", label), Fixed(create_with(contact)),
          Invalid({"contact.last_name"}, "FIELD_INVALID"));
    }
    AddNameCases(
        create, "accounts", "leads", "contact.account",
        [valid, create_with](const std::string& name) {
          v1::Contact contact = valid;
          contact.set_account(name);
          return create_with(contact);
        },
        grpc::StatusCode::INVALID_ARGUMENT, "REFERENCE_NOT_FOUND");
    {
      v1::Contact contact = valid;
      contact.set_email(absl::StrCat(std::string(188, 'e'), "@example.com"));
      Expect expect = Invalid({"contact.email"});
      expect.description_has = "long";
      expect.description_lacks = "malformed";
      Add(create, "contact.email: 200 characters", Fixed(create_with(contact)), expect);
    }
    AddRequestIdCases(create, [valid](const std::string& id) {
      v1::CreateContactRequest request;
      *request.mutable_contact() = valid;
      request.set_request_id(id);
      return Wire(request);
    });

    AddNameCases(get, "contacts", "accounts", "name", [](const std::string& name) {
      v1::GetContactRequest request;
      request.set_name(name);
      return Wire(request);
    });
    AddNameCases(remove, "contacts", "leads", "name", [](const std::string& name) {
      v1::DeleteContactRequest request;
      request.set_name(name);
      return Wire(request);
    });
    {
      v1::DeleteContactRequest request;
      request.set_name(w.free_contact.name());
      request.set_etag(w.free_contact_stale_etag);
      Add(remove, "stale etag", Fixed(request), Code(grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
      request.set_name(w.contact.name());
      request.set_etag("");
      Add(remove, "a contact in use", Fixed(request),
          Code(grpc::StatusCode::FAILED_PRECONDITION, "CONTACT_IN_USE"));
    }

    AddQueryCases(list, "last_name", [](const std::string& filter, const std::string& order_by) {
      v1::ListContactsRequest request;
      request.set_filter(filter);
      request.set_order_by(order_by);
      return Wire(request);
    });
    {
      Expect expect = Invalid({"filter"});
      expect.ok_or_invalid = true;
      v1::ListContactsRequest request;
      request.set_filter("account = \"accounts/../../etc\"");
      Add(list, "filter: account by path traversal", Fixed(request), expect);
      request.set_filter("account = \"accounts/1' OR '1'='1\"");
      Add(list, "filter: account by SQL injection", Fixed(request), expect);
    }
    AddPagingCases(list, w.tokens.at("ListOpportunities"),
                   [](std::int32_t page_size, const std::string& token) {
                     v1::ListContactsRequest request;
                     request.set_page_size(page_size);
                     request.set_page_token(token);
                     return Wire(request);
                   });

    v1::Contact patch;
    patch.set_name(w.free_contact.name());
    patch.set_account(w.account.name());
    patch.set_last_name("Runner");
    auto update_with = [](const v1::Contact& contact, const std::vector<std::string>& paths) {
      v1::UpdateContactRequest request;
      *request.mutable_contact() = contact;
      for (const std::string& path : paths) request.mutable_update_mask()->add_paths(path);
      return Wire(request);
    };
    AddTextCases<v1::Contact>(
        update, "contact", patch,
        [update_with](const v1::Contact& contact, const std::string& path) {
          return update_with(contact, {path});
        },
        false);
    AddNameCases(update, "contacts", "accounts", "contact.name",
                 [update_with](const std::string& name) {
                   v1::Contact contact;
                   contact.set_name(name);
                   contact.set_title("CFO");
                   return update_with(contact, {"title"});
                 });
    AddNameCases(
        update, "accounts", "contacts", "contact.account",
        [patch, update_with](const std::string& name) {
          v1::Contact contact = patch;
          contact.set_account(name);
          return update_with(contact, {"account"});
        },
        grpc::StatusCode::INVALID_ARGUMENT, "REFERENCE_NOT_FOUND");
    {
      v1::Contact contact = patch;
      contact.set_last_name("");
      Add(update, "contact.last_name: emptied", Fixed(update_with(contact, {"last_name"})),
          Invalid({"contact.last_name"}));
      contact = patch;
      contact.set_etag(w.free_contact_stale_etag);
      contact.set_title("CFO");
      Add(update, "stale etag", Fixed(update_with(contact, {"title"})),
          Code(grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
      contact = patch;
      contact.set_email(absl::StrCat(std::string(188, 'e'), "@example.com"));
      Expect expect = Invalid({"contact.email"});
      expect.description_has = "long";
      expect.description_lacks = "malformed";
      Add(update, "contact.email: 200 characters", Fixed(update_with(contact, {"email"})),
          expect);
    }
    AddMaskCases(update, {"create_time", "etag"},
                 [patch, update_with](const std::vector<std::string>& paths) {
                   return update_with(patch, paths);
                 });
    // Moving a contact that an opportunity names to another account would
    // leave the opportunity with a contact of another account. On records of
    // its own, so that a server that moves the contact spoils no other case.
    {
      auto opportunity = std::make_shared<std::string>();
      Add(
          update, "contact.account: moving a contact an opportunity names",
          [this, opportunity, update_with] {
            v1::Contact contact;
            v1::Opportunity created;
            MakeContactInUse(&contact, &created);
            *opportunity = created.name();
            v1::Contact moved;
            moved.set_name(contact.name());
            moved.set_account(world_.other_account.name());
            return update_with(moved, {"account"});
          },
          Code(grpc::StatusCode::FAILED_PRECONDITION, "CONTACT_IN_USE"),
          [opportunity](const grpc::Status& status, const Message*) {
            if (status.ok()) return;
            google::rpc::Status rpc = RpcStatusOf(status);
            bool named = absl::StrContains(status.error_message(), *opportunity);
            for (const google::protobuf::Any& detail : rpc.details()) {
              google::rpc::PreconditionFailure failure;
              if (!detail.UnpackTo(&failure)) continue;
              for (const auto& violation : failure.violations()) {
                named = named || absl::StrContains(violation.subject(), *opportunity) ||
                        absl::StrContains(violation.description(), *opportunity);
              }
            }
            EXPECT_TRUE(named) << "the refusal does not name " << *opportunity << ": "
                               << Shorten(status.error_message());
          },
          [this, opportunity] {
            // The opportunity still validates against its contact's account.
            v1::GetOpportunityRequest get;
            get.set_name(*opportunity);
            v1::Opportunity current;
            ASSERT_TRUE(
                server_.opportunities().GetOpportunity(Context().get(), get, &current).ok());
            v1::UpdateOpportunityRequest request;
            *request.mutable_opportunity() = current;
            request.mutable_opportunity()->set_next_step("Call back after the move");
            request.mutable_update_mask()->add_paths("next_step");
            v1::Opportunity updated;
            grpc::Status status =
                server_.opportunities().UpdateOpportunity(Context().get(), request, &updated);
            EXPECT_TRUE(status.ok()) << "the opportunity is no longer updatable: "
                                     << status.error_code() << " "
                                     << Shorten(status.error_message());
          });
    }
  }

  // A new account with a contact that a new opportunity names.
  void MakeContactInUse(v1::Contact* contact, v1::Opportunity* opportunity) {
    v1::CreateAccountRequest account_request;
    account_request.mutable_account()->set_display_name("Initrode");
    v1::Account account;
    ASSERT_TRUE(server_.accounts().CreateAccount(Context().get(), account_request, &account).ok());
    v1::CreateContactRequest contact_request;
    contact_request.mutable_contact()->set_account(account.name());
    contact_request.mutable_contact()->set_last_name("Portwood");
    ASSERT_TRUE(server_.accounts().CreateContact(Context().get(), contact_request, contact).ok());
    v1::CreateOpportunityRequest opportunity_request;
    opportunity_request.mutable_opportunity()->set_account(account.name());
    opportunity_request.mutable_opportunity()->set_contact(contact->name());
    opportunity_request.mutable_opportunity()->set_display_name("Initrode - staplers");
    ASSERT_TRUE(server_.opportunities()
                    .CreateOpportunity(Context().get(), opportunity_request, opportunity)
                    .ok());
  }

  void BuildOpportunityCases(const World& w) {
    const MethodDescriptor* create = Method("OpportunityService", "CreateOpportunity");
    const MethodDescriptor* get = Method("OpportunityService", "GetOpportunity");
    const MethodDescriptor* list = Method("OpportunityService", "ListOpportunities");
    const MethodDescriptor* update = Method("OpportunityService", "UpdateOpportunity");
    const MethodDescriptor* remove = Method("OpportunityService", "DeleteOpportunity");
    const MethodDescriptor* history = Method("OpportunityService", "ListOpportunityHistory");
    const MethodDescriptor* summary = Method("OpportunityService", "GetPipelineSummary");

    v1::Opportunity valid;
    valid.set_account(w.account.name());
    valid.set_display_name("Hostile deal");
    auto create_with = [](const v1::Opportunity& opportunity) {
      v1::CreateOpportunityRequest request;
      *request.mutable_opportunity() = opportunity;
      return Wire(request);
    };
    AddTextCases<v1::Opportunity>(
        create, "opportunity", valid,
        [create_with](const v1::Opportunity& opportunity, const std::string&) {
          return create_with(opportunity);
        },
        true);
    for (const auto& [label, value] : std::vector<std::pair<std::string, std::string>>{
             {"empty", ""}, {"blank", "   "}, {"NUL only", std::string("\0", 1)}}) {
      v1::Opportunity opportunity = valid;
      opportunity.set_display_name(value);
      Add(create, absl::StrCat("opportunity.display_name: ", label),
          Fixed(create_with(opportunity)), Invalid({"opportunity.display_name"}, "FIELD_INVALID"));
    }
    AddNameCases(
        create, "accounts", "leads", "opportunity.account",
        [valid, create_with](const std::string& name) {
          v1::Opportunity opportunity = valid;
          opportunity.set_account(name);
          return create_with(opportunity);
        },
        grpc::StatusCode::INVALID_ARGUMENT, "REFERENCE_NOT_FOUND");
    AddNameCases(
        create, "contacts", "accounts", "opportunity.contact",
        [valid, create_with](const std::string& name) {
          v1::Opportunity opportunity = valid;
          opportunity.set_contact(name);
          return create_with(opportunity);
        },
        grpc::StatusCode::INVALID_ARGUMENT, "REFERENCE_NOT_FOUND", /*required=*/false);
    auto enum_cases = [&](const MethodDescriptor* method, const v1::Opportunity& base,
                          std::function<std::string(const v1::Opportunity&)> build) {
      const FieldDescriptor* forecast =
          v1::Opportunity::descriptor()->FindFieldByName("forecast_category");
      for (int number : {99, -1, std::numeric_limits<std::int32_t>::max()}) {
        v1::Opportunity opportunity = base;
        opportunity.GetReflection()->SetEnumValue(&opportunity, forecast, number);
        Add(method, absl::StrCat("opportunity.forecast_category: ", number),
            Fixed(build(opportunity)), Invalid({"opportunity.forecast_category"}));
      }
      for (int probability : {-1, 101, std::numeric_limits<std::int32_t>::max()}) {
        v1::Opportunity opportunity = base;
        opportunity.set_probability(probability);
        Add(method, absl::StrCat("opportunity.probability: ", probability),
            Fixed(build(opportunity)), Invalid({"opportunity.probability"}));
      }
      for (const auto& [label, date] : std::vector<std::pair<std::string, std::vector<int>>>{
               {"month 13", {2026, 13, 1}}, {"February 30", {2026, 2, 30}},
               {"year 10000", {10000, 1, 1}}, {"day -1", {2026, 1, -1}}}) {
        v1::Opportunity opportunity = base;
        opportunity.mutable_close_date()->set_year(date[0]);
        opportunity.mutable_close_date()->set_month(date[1]);
        opportunity.mutable_close_date()->set_day(date[2]);
        Add(method, absl::StrCat("opportunity.close_date: ", label), Fixed(build(opportunity)),
            Invalid({"opportunity.close_date"}));
      }
    };
    enum_cases(create, valid, create_with);
    {
      v1::Opportunity opportunity = valid;
      opportunity.set_contact(w.converted_contact.name());  // of another account
      Add(create, "opportunity.contact: of another account", Fixed(create_with(opportunity)),
          Invalid({"opportunity.contact"}));
    }
    AddMoneyCases(create, "opportunity.amount",
                  [valid, create_with](const google::type::Money& money) {
                    v1::Opportunity opportunity = valid;
                    *opportunity.mutable_amount() = money;
                    return create_with(opportunity);
                  });
    AddRequestIdCases(create, [valid](const std::string& id) {
      v1::CreateOpportunityRequest request;
      *request.mutable_opportunity() = valid;
      request.set_request_id(id);
      return Wire(request);
    });

    AddNameCases(get, "opportunities", "accounts", "name", [](const std::string& name) {
      v1::GetOpportunityRequest request;
      request.set_name(name);
      return Wire(request);
    });
    AddNameCases(remove, "opportunities", "leads", "name", [](const std::string& name) {
      v1::DeleteOpportunityRequest request;
      request.set_name(name);
      return Wire(request);
    });
    {
      v1::DeleteOpportunityRequest request;
      request.set_name(w.opportunity.name());
      request.set_etag(w.opportunity_stale_etag);
      Add(remove, "stale etag", Fixed(request), Code(grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
      request.set_name(w.converted_opportunity.name());
      request.set_etag("");
      Add(remove, "an opportunity a converted lead names", Fixed(request),
          Code(grpc::StatusCode::FAILED_PRECONDITION, "OPPORTUNITY_IN_USE"));
    }
    AddNameCases(history, "opportunities", "accounts", "parent", [](const std::string& name) {
      v1::ListOpportunityHistoryRequest request;
      request.set_parent(name);
      return Wire(request);
    });
    AddPagingCases(history, w.tokens.at("ListLeads"),
                   [parent = w.opportunity.name()](std::int32_t page_size,
                                                   const std::string& token) {
                     v1::ListOpportunityHistoryRequest request;
                     request.set_parent(parent);
                     request.set_page_size(page_size);
                     request.set_page_token(token);
                     return Wire(request);
                   });
    {
      v1::ListOpportunityHistoryRequest request;
      request.set_parent(w.converted_opportunity.name());
      request.set_page_token(w.tokens.at("ListOpportunityHistory"));
      Add(history, "page_token: of another opportunity's history", Fixed(request),
          Invalid({"page_token"}, "PAGE_TOKEN_INVALID"));
    }

    AddQueryCases(list, "stage", [](const std::string& filter, const std::string& order_by) {
      v1::ListOpportunitiesRequest request;
      request.set_filter(filter);
      request.set_order_by(order_by);
      return Wire(request);
    });
    {
      v1::ListOpportunitiesRequest request;
      request.set_filter("forecast_category = 99");
      Add(list, "filter: unknown forecast category number", Fixed(request),
          Invalid({"filter"}, "FILTER_INVALID"));
      request.set_filter("amount >= 99999999999999999999999999");
      Expect expect = Invalid({"filter"});
      expect.ok_or_invalid = true;
      Add(list, "filter: amount beyond int64", Fixed(request), expect);
    }
    AddPagingCases(list, w.tokens.at("ListContacts"),
                   [](std::int32_t page_size, const std::string& token) {
                     v1::ListOpportunitiesRequest request;
                     request.set_page_size(page_size);
                     request.set_page_token(token);
                     return Wire(request);
                   });

    v1::Opportunity patch;
    patch.set_name(w.opportunity.name());
    patch.set_account(w.account.name());
    patch.set_contact(w.contact.name());
    patch.set_display_name("Acme - anvils");
    auto update_with = [](const v1::Opportunity& opportunity,
                          const std::vector<std::string>& paths) {
      v1::UpdateOpportunityRequest request;
      *request.mutable_opportunity() = opportunity;
      for (const std::string& path : paths) request.mutable_update_mask()->add_paths(path);
      return Wire(request);
    };
    AddTextCases<v1::Opportunity>(
        update, "opportunity", patch,
        [update_with](const v1::Opportunity& opportunity, const std::string& path) {
          return update_with(opportunity, {path});
        },
        false);
    AddNameCases(update, "opportunities", "accounts", "opportunity.name",
                 [update_with](const std::string& name) {
                   v1::Opportunity opportunity;
                   opportunity.set_name(name);
                   opportunity.set_next_step("Call");
                   return update_with(opportunity, {"next_step"});
                 });
    enum_cases(update, patch, [update_with](const v1::Opportunity& opportunity) {
      return update_with(opportunity, {"forecast_category", "probability", "close_date"});
    });
    {
      v1::Opportunity opportunity = patch;
      opportunity.set_display_name("");
      Add(update, "opportunity.display_name: emptied",
          Fixed(update_with(opportunity, {"display_name"})),
          Invalid({"opportunity.display_name"}));
      opportunity = patch;
      opportunity.set_etag(w.opportunity_stale_etag);
      opportunity.set_next_step("Call");
      Add(update, "stale etag", Fixed(update_with(opportunity, {"next_step"})),
          Code(grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
      opportunity = patch;
      opportunity.set_stage("Closed Won; DROP TABLE opportunities");
      Add(update, "opportunity.stage: unknown", Fixed(update_with(opportunity, {"stage"})),
          Invalid({"opportunity.stage"}));
    }
    AddMaskCases(update, {"is_closed", "is_won", "expected_revenue", "close_time", "etag"},
                 [patch, update_with](const std::vector<std::string>& paths) {
                   return update_with(patch, paths);
                 });
    AddMoneyCases(update, "opportunity.amount",
                  [patch, update_with](const google::type::Money& money) {
                    v1::Opportunity opportunity = patch;
                    *opportunity.mutable_amount() = money;
                    return update_with(opportunity, {"amount"});
                  });

    // GetPipelineSummary.
    auto date_case = [&](std::string label, const char* field, std::vector<int> date) {
      v1::GetPipelineSummaryRequest request;
      google::type::Date* d = std::string(field) == "close_date_start"
                                  ? request.mutable_close_date_start()
                                  : request.mutable_close_date_end();
      d->set_year(date[0]);
      d->set_month(date[1]);
      d->set_day(date[2]);
      Add(summary, absl::StrCat(field, ": ", label), Fixed(request), Invalid({field}));
    };
    date_case("month 13", "close_date_start", {2026, 13, 1});
    date_case("day 32", "close_date_start", {2026, 1, 32});
    date_case("month 13", "close_date_end", {2026, 13, 1});
    date_case("year -1", "close_date_end", {-1, 1, 1});
    {
      v1::GetPipelineSummaryRequest request;
      *request.mutable_close_date_start() = MakeDate(2026, 12, 31);
      *request.mutable_close_date_end() = MakeDate(2026, 1, 1);
      Add(summary, "start after end", Fixed(request), Code(grpc::StatusCode::INVALID_ARGUMENT));
      v1::GetPipelineSummaryRequest owner;
      owner.set_owner(std::string(kOversized, 'x'));
      Add(summary, "owner: 100,000 characters", Fixed(owner),
          NotEchoing(Invalid({"owner"}), owner.owner()));
    }
    AddNameCases(
        summary, "accounts", "leads", "account",
        [](const std::string& name) {
          v1::GetPipelineSummaryRequest request;
          request.set_account(name);
          return Wire(request);
        },
        grpc::StatusCode::OK, "", /*required=*/false);
  }

  static google::type::Date MakeDate(int year, int month, int day) {
    google::type::Date date;
    date.set_year(year);
    date.set_month(month);
    date.set_day(day);
    return date;
  }

  static v1::CreateLeadRequest WithLead(const v1::Lead& lead) {
    v1::CreateLeadRequest request;
    *request.mutable_lead() = lead;
    return request;
  }

  static v1::UpdateLeadRequest WithMask(const v1::Lead& lead,
                                        const std::vector<std::string>& paths) {
    v1::UpdateLeadRequest request;
    *request.mutable_lead() = lead;
    for (const std::string& path : paths) request.mutable_update_mask()->add_paths(path);
    return request;
  }

  static std::function<std::string()> Fixed(std::string bytes) {
    return [bytes = std::move(bytes)] { return bytes; };
  }
  template <typename Request>
  static std::function<std::string()> Fixed(const Request& request) {
    return [bytes = Wire(request)] { return bytes; };
  }

  // --- Running -----------------------------------------------------------

  void CheckReply(const HostileCase& c, const grpc::Status& status, const Message* response) {
    const Expect& expect = c.expect;
    const std::string& message = status.error_message();
    const std::string& details = status.error_details();
    if (!status.ok()) {
      EXPECT_LE(message.size(), kMaxMessageBytes)
          << "unbounded message: " << Shorten(message);
      EXPECT_LE(details.size(), kMaxDetailsBytes)
          << "unbounded grpc-status-details-bin, " << details.size() << " bytes";
      if (!expect.must_not_echo.empty()) {
        const std::string run = expect.must_not_echo.substr(0, kMaxEchoedChars + 1);
        EXPECT_FALSE(absl::StrContains(message, run))
            << "the message quotes more than " << kMaxEchoedChars
            << " characters of the value";
        EXPECT_FALSE(absl::StrContains(details, run))
            << "the details quote more than " << kMaxEchoedChars << " characters of the value";
      }
    }
    if (expect.malformed) {
      EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
          << "got " << status.error_code() << " \"" << Shorten(message) << "\"";
      EXPECT_FALSE(message.empty()) << "a refusal must say why";
      return;
    }
    if (expect.ok_or_invalid && status.ok()) {
      if (response != nullptr) {
        EXPECT_EQ(ListSize(*response), 0) << "the filter matched";
      }
      return;
    }
    if (status.error_code() != expect.code) {
      ADD_FAILURE() << "expected code " << expect.code << ", got " << status.error_code()
                    << " \"" << Shorten(message) << "\"";
      return;
    }
    if (status.ok()) {
      if (expect.ok_with_no_match && response != nullptr) {
        EXPECT_EQ(ListSize(*response), 0) << "the filter matched";
      }
      return;
    }
    google::rpc::Status rpc = RpcStatusOf(status);
    const std::string reason = testing::ReasonOf(rpc);
    EXPECT_FALSE(reason.empty()) << "no ErrorInfo reason: \"" << Shorten(message) << "\"";
    if (!expect.reason.empty()) {
      EXPECT_EQ(reason, expect.reason) << Shorten(message);
    }
    const std::vector<std::string> violated = ViolatedFields(rpc);
    for (const std::string& field : expect.fields) {
      EXPECT_TRUE(NamesField(violated, field))
          << "BadRequest does not name " << field << "; it names ["
          << absl::StrJoin(violated, ", ") << "]; message \"" << Shorten(message) << "\"";
    }
    if (!expect.not_field.empty()) {
      EXPECT_FALSE(std::find(violated.begin(), violated.end(), expect.not_field) !=
                   violated.end())
          << "BadRequest names " << expect.not_field << ": \"" << Shorten(message) << "\"";
    }
    if (!expect.fields.empty() &&
        (!expect.description_has.empty() || !expect.description_lacks.empty())) {
      const std::string description = DescriptionOf(rpc, expect.fields[0]);
      if (!expect.description_has.empty()) {
        EXPECT_TRUE(absl::StrContains(description, expect.description_has))
            << "description of " << expect.fields[0] << ": \"" << description << "\"";
      }
      if (!expect.description_lacks.empty()) {
        EXPECT_FALSE(absl::StrContains(description, expect.description_lacks))
            << "description of " << expect.fields[0] << ": \"" << description << "\"";
      }
    }
  }

  static int FailureCount() {
    return ::testing::UnitTest::GetInstance()->current_test_info()->result()->total_part_count();
  }

  void RunCase(const HostileCase& c) {
    SCOPED_TRACE(absl::StrCat(ShortName(c.method), " / ", c.label));
    const int failures_before = FailureCount();
    const std::string request = c.request();
    const Snapshot before = server_.database().ReadSnapshot();
    std::string response_bytes;
    const grpc::Status status = CallRaw(c.method, request, &response_bytes);
    std::unique_ptr<Message> response;
    if (status.ok()) {
      response.reset(google::protobuf::MessageFactory::generated_factory()
                         ->GetPrototype(c.method->output_type())
                         ->New());
      EXPECT_TRUE(response->ParseFromString(response_bytes)) << "unparseable reply";
    }
    CheckReply(c, status, response.get());
    if (c.check) c.check(status, response.get());
    const Snapshot after = server_.database().ReadSnapshot();
    const std::string change = DescribeChange(before, after);
    EXPECT_TRUE(change.empty()) << "the request changed the database (reply "
                                << status.error_code() << " \""
                                << Shorten(status.error_message()) << "\"):\n"
                                << change;
    if (c.follow_up) c.follow_up();
    if (FailureCount() > failures_before) {
      std::string message = Shorten(status.error_message(), 100);
      absl::StrReplaceAll({{"\n", " "}}, &message);
      failed_cases_.push_back(absl::StrCat(ShortName(c.method), " / ", c.label, ": got ",
                                           status.error_code(), " \"", message, "\"",
                                           change.empty() ? "" : " and changed the database"));
    }
  }

  TestServer server_;
  World world_;
  std::vector<HostileCase> cases_;
  std::vector<std::function<void()>> deep_filters_;
  // One line per case that failed, for the closing summary.
  std::vector<std::string> failed_cases_;
  int fresh_leads_ = 0;
};

TEST_F(HostileInputTest, EveryRpcRefusesHostileInputBoundedlyAndChangesNothing) {
  BuildTable();

  // Every RPC of every leadflow.v1 service has cases: a new RPC fails here
  // until it gets some.
  const std::vector<const MethodDescriptor*> methods = AllLeadflowMethods();
  std::map<std::string, int> per_rpc;
  for (const MethodDescriptor* method : methods) per_rpc[ShortName(method)] = 0;
  for (const char* service : {"LeadService", "AccountService", "OpportunityService"}) {
    EXPECT_TRUE(std::any_of(methods.begin(), methods.end(),
                            [&](const MethodDescriptor* m) {
                              return m->service()->name() == service;
                            }))
        << "service " << service << " was not found among the descriptors";
  }
  for (const HostileCase& c : cases_) ++per_rpc[ShortName(c.method)];
  // Cases of other kinds than unparseable bytes, which every RPC gets.
  std::map<std::string, int> specific;
  for (const HostileCase& c : cases_) {
    if (!c.expect.malformed) ++specific[ShortName(c.method)];
  }
  for (const MethodDescriptor* method : methods) {
    const bool takes_input = method->input_type()->field_count() > 0;
    EXPECT_GT(takes_input ? specific[ShortName(method)] : per_rpc[ShortName(method)], 0)
        << ShortName(method) << " has no hostile cases in the table";
  }

  for (const HostileCase& c : cases_) RunCase(c);

  for (const std::string& line : failed_cases_) std::cout << "[ FAILED CASE ] " << line << "\n";
  std::vector<std::string> counts;
  for (const auto& [rpc, count] : per_rpc) counts.push_back(absl::StrCat(rpc, "=", count));
  std::cout << "[ SUMMARY  ] hostile cases per RPC (" << cases_.size() << " in all, "
            << per_rpc.size() << " RPCs, " << failed_cases_.size()
            << " failed): " << absl::StrJoin(counts, ", ") << std::endl;
}

}  // namespace
}  // namespace leadflow
