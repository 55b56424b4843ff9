#ifndef LEADFLOW_SDK_LEADFLOW_H_
#define LEADFLOW_SDK_LEADFLOW_H_

// Everything a program needs to call Leadflow: the clients (leads,
// accounts, opportunities, and the change feed), their options, the ranges
// and the error details.

#include "leadflow/account_client.h"
#include "leadflow/error_details.h"
#include "leadflow/event_client.h"
#include "leadflow/lead_client.h"
#include "leadflow/opportunity_client.h"
#include "leadflow/options.h"
#include "leadflow/read_modify_write.h"
#include "leadflow/stream_range.h"

#endif  // LEADFLOW_SDK_LEADFLOW_H_
