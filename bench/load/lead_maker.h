#ifndef LEADFLOW_BENCH_LOAD_LEAD_MAKER_H_
#define LEADFLOW_BENCH_LOAD_LEAD_MAKER_H_

// The leads the data generator writes and create_lead sends: plausible,
// varied field values derived from a number, so that a table of a million
// of them has realistic index fan-out (about 20 leads per company, 25
// owners, the catalog's statuses and sources in skewed shares) and
// realistic row sizes, and a run is reproducible.

#include <cstdint>

#include "leadflow/v1/lead.pb.h"

namespace leadflow::bench {

// The status the filter scenarios select: about 30 % of generated leads.
inline constexpr char kFilterStatus[] = "Working - Contacted";

// Lead number `n` of a table of about `table_size` leads (which sets how
// many companies there are). Its status is never a converted one, so it
// can be created, and later converted, like any lead sent to the API.
leadflow::v1::Lead MakeLead(std::int64_t n, std::int64_t table_size);

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_LOAD_LEAD_MAKER_H_
