// @leadflow/client: the TypeScript client of the Leadflow API (leadflow.v1).
//
// The generated messages and services (src/gen, written by generate.sh) are
// re-exported here together with the few protobuf-es and Connect helpers a
// caller needs, so a service depends on this package alone.

export * from "./client.js";
export * from "./errors.js";
export * from "./helpers.js";

export * from "./gen/leadflow/v1/account_pb.js";
export * from "./gen/leadflow/v1/account_service_pb.js";
export * from "./gen/leadflow/v1/common_pb.js";
export * from "./gen/leadflow/v1/error_reason_pb.js";
export * from "./gen/leadflow/v1/event_pb.js";
export * from "./gen/leadflow/v1/event_service_pb.js";
export * from "./gen/leadflow/v1/lead_capture_pb.js";
export * from "./gen/leadflow/v1/lead_pb.js";
export * from "./gen/leadflow/v1/lead_service_pb.js";
export * from "./gen/leadflow/v1/opportunity_pb.js";
export * from "./gen/leadflow/v1/opportunity_service_pb.js";

// google.rpc error details and status, google.type values. google.type.Date
// is exported as GoogleDate so it does not shadow the global Date.
export * from "./gen/google/rpc/error_details_pb.js";
export { StatusSchema, type Status } from "./gen/google/rpc/status_pb.js";
export { MoneySchema, type Money } from "./gen/google/type/money_pb.js";
export { DateSchema as GoogleDateSchema, type Date as GoogleDate } from "./gen/google/type/date_pb.js";

// What callers use from protobuf-es and Connect, re-exported so that the
// caller's copy is the one this SDK was built with.
export {
  clone,
  create,
  equals,
  fromBinary,
  fromJson,
  toBinary,
  toJson,
  protoInt64,
  type MessageInitShape,
} from "@bufbuild/protobuf";
export {
  FieldMaskSchema,
  TimestampSchema,
  timestampDate,
  timestampFromDate,
  type FieldMask,
  type Timestamp,
} from "@bufbuild/protobuf/wkt";
export {
  Code,
  ConnectError,
  createClient,
  type CallOptions,
  type Client,
  type Interceptor,
  type Transport,
} from "@connectrpc/connect";
