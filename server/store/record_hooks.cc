#include "store/record_hooks.h"

#include "store/sqlite_capture.h"
#include "store/sqlite_history.h"
#include "store/sqlite_matches.h"
#include "store/sqlite_resources.h"

namespace leadflow::store {

const WriteHooks<leadflow::v1::Lead>& LeadHooks() {
  return RecordHooks<SqliteConnection>::Lead();
}

const WriteHooks<leadflow::v1::Account>& AccountHooks() {
  return RecordHooks<SqliteConnection>::Account();
}

const WriteHooks<leadflow::v1::Contact>& ContactHooks() {
  return RecordHooks<SqliteConnection>::Contact();
}

const WriteHooks<leadflow::v1::Opportunity>& OpportunityHooks() {
  return RecordHooks<SqliteConnection>::Opportunity();
}

}  // namespace leadflow::store
