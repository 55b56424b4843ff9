#ifndef LEADFLOW_SERVER_STORE_TABLES_H_
#define LEADFLOW_SERVER_STORE_TABLES_H_

// The tables of Leadflow's resources: their column mappings and what List
// may filter and sort them by.

#include "store/resource_table.h"
#include "store/list_plan.h"

namespace leadflow::store {

const ResourceTable& LeadTable();
const ResourceTable& AccountTable();
const ResourceTable& ContactTable();
const ResourceTable& OpportunityTable();

const ListSpec& LeadListSpec();
const ListSpec& AccountListSpec();
const ListSpec& ContactListSpec();
const ListSpec& OpportunityListSpec();

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_TABLES_H_
