// Creates a lead and reads it back through the installed SDK.
#include <cstdio>

#include "leadflow/leadflow.h"

int main(int argc, char** argv) {
  leadflow::Options options;
  options.target = argc > 1 ? argv[1] : "127.0.0.1:50051";
  leadflow::LeadClient leads(leadflow::MakeLeadConnection(options));

  leadflow::v1::Lead lead;
  lead.set_last_name("Consumer");
  lead.set_company("Downstream Services");
  absl::StatusOr<leadflow::v1::Lead> created = leads.CreateLead(lead);
  if (!created.ok()) {
    std::fprintf(stderr, "%s\n", created.status().ToString().c_str());
    return 1;
  }
  absl::StatusOr<leadflow::v1::Lead> read = leads.GetLead(created->name());
  if (!read.ok()) return 1;
  std::printf("consumer read %s: %s\n", read->name().c_str(), read->status().c_str());

  leadflow::v1::Lead nameless;
  nameless.set_company("Downstream Services");
  absl::Status refused = leads.CreateLead(nameless).status();
  std::printf("consumer refused: %s %s\n", absl::StatusCodeToString(refused.code()).c_str(),
              leadflow::InvalidFields(refused).empty() ? "" : leadflow::InvalidFields(refused)[0].c_str());
  return 0;
}
