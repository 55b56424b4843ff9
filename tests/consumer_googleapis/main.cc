// Uses googleapis' messages from the service's own library and Leadflow's
// SDK in one program: a lead with an annual revenue (google.type.Money),
// read back, and a refusal whose details (google.rpc.BadRequest) the SDK
// decodes. With two copies linked, protobuf would refuse to register the
// second at start-up; with one, both sides share the same types.
#include <cstdio>

#include "google/protobuf/descriptor.h"
#include "google/rpc/status.pb.h"
#include "google/type/money.pb.h"
#include "leadflow/leadflow.h"

int main(int argc, char** argv) {
  // The service's own use of googleapis, independent of Leadflow.
  google::rpc::Status own;
  own.set_code(5);
  const google::protobuf::FileDescriptor* status_file =
      google::protobuf::DescriptorPool::generated_pool()->FindFileByName("google/rpc/status.proto");
  if (status_file == nullptr || own.GetDescriptor()->file() != status_file) {
    std::fprintf(stderr, "google/rpc/status.proto is not the one registered\n");
    return 1;
  }

  leadflow::Options options;
  options.target = argc > 1 ? argv[1] : "127.0.0.1:50051";
  leadflow::LeadClient leads(leadflow::MakeLeadConnection(options));
  leadflow::v1::Lead lead;
  lead.set_last_name("Twocopies");
  lead.set_company("Cloud Native Inc");
  google::type::Money revenue;
  revenue.set_currency_code("EUR");
  revenue.set_units(1200000);
  *lead.mutable_annual_revenue() = revenue;
  absl::StatusOr<leadflow::v1::Lead> created = leads.CreateLead(lead);
  if (!created.ok()) {
    std::fprintf(stderr, "%s\n", created.status().ToString().c_str());
    return 1;
  }
  absl::StatusOr<leadflow::v1::Lead> read = leads.GetLead(created->name());
  if (!read.ok()) return 1;
  std::printf("read %s revenue=%lld %s\n", read->name().c_str(),
              static_cast<long long>(read->annual_revenue().units()),
              read->annual_revenue().currency_code().c_str());

  leadflow::v1::Lead nameless;
  nameless.set_company("Cloud Native Inc");
  absl::Status refused = leads.CreateLead(nameless).status();
  std::vector<std::string> fields = leadflow::InvalidFields(refused);
  std::printf("refused %s %s\n", absl::StatusCodeToString(refused.code()).c_str(),
              fields.empty() ? "" : fields[0].c_str());
  return 0;
}
