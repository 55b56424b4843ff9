// Reading Leadflow's errors: the gRPC code and the google.rpc details it puts
// in the grpc-status-details-bin trailer (ErrorInfo with a stable reason,
// BadRequest for INVALID_ARGUMENT, PreconditionFailure for
// FAILED_PRECONDITION, ResourceInfo for NOT_FOUND).

import { Code, ConnectError } from "@connectrpc/connect";
import {
  BadRequestSchema,
  ErrorInfoSchema,
  PreconditionFailureSchema,
  ResourceInfoSchema,
  type BadRequest,
  type ErrorInfo,
  type PreconditionFailure,
  type ResourceInfo,
} from "./gen/google/rpc/error_details_pb.js";
import { ErrorReason } from "./gen/leadflow/v1/error_reason_pb.js";

/** The `google.rpc.ErrorInfo.domain` of Leadflow's errors. */
export const ERROR_DOMAIN = "leadflow.v1";

const CODE_NAMES: Record<Code, string> = {
  [Code.Canceled]: "CANCELLED",
  [Code.Unknown]: "UNKNOWN",
  [Code.InvalidArgument]: "INVALID_ARGUMENT",
  [Code.DeadlineExceeded]: "DEADLINE_EXCEEDED",
  [Code.NotFound]: "NOT_FOUND",
  [Code.AlreadyExists]: "ALREADY_EXISTS",
  [Code.PermissionDenied]: "PERMISSION_DENIED",
  [Code.ResourceExhausted]: "RESOURCE_EXHAUSTED",
  [Code.FailedPrecondition]: "FAILED_PRECONDITION",
  [Code.Aborted]: "ABORTED",
  [Code.OutOfRange]: "OUT_OF_RANGE",
  [Code.Unimplemented]: "UNIMPLEMENTED",
  [Code.Internal]: "INTERNAL",
  [Code.Unavailable]: "UNAVAILABLE",
  [Code.DataLoss]: "DATA_LOSS",
  [Code.Unauthenticated]: "UNAUTHENTICATED",
};

/** The gRPC name of a code, e.g. `"INVALID_ARGUMENT"`. */
export function codeName(code: Code): string {
  return CODE_NAMES[code] ?? `CODE_${code}`;
}

/** The error as a ConnectError (anything else becomes UNKNOWN). */
export function asConnectError(err: unknown): ConnectError {
  return ConnectError.from(err);
}

/** The `google.rpc.ErrorInfo` detail of an error, if it has one. */
export function errorInfo(err: unknown): ErrorInfo | undefined {
  return ConnectError.from(err).findDetails(ErrorInfoSchema)[0];
}

/** The reason of the error's ErrorInfo as a name, e.g. `"FIELD_INVALID"`. */
export function errorReasonName(err: unknown): string | undefined {
  return errorInfo(err)?.reason;
}

/**
 * The reason of the error's ErrorInfo as a `leadflow.v1.ErrorReason`, or
 * `undefined` without ErrorInfo (ERROR_REASON_UNSPECIFIED for a reason this
 * SDK does not know yet).
 */
export function errorReason(err: unknown): ErrorReason | undefined {
  const info = errorInfo(err);
  if (!info) return undefined;
  const value = (ErrorReason as unknown as Record<string, ErrorReason | undefined>)[info.reason];
  return typeof value === "number" ? value : ErrorReason.ERROR_REASON_UNSPECIFIED;
}

/** The `google.rpc.BadRequest` detail (INVALID_ARGUMENT errors). */
export function badRequest(err: unknown): BadRequest | undefined {
  return ConnectError.from(err).findDetails(BadRequestSchema)[0];
}

/** The request fields a BadRequest names, e.g. `["lead.last_name"]`. */
export function invalidFields(err: unknown): string[] {
  return badRequest(err)?.fieldViolations.map((v) => v.field) ?? [];
}

/** The `google.rpc.PreconditionFailure` detail (FAILED_PRECONDITION errors). */
export function preconditionFailure(err: unknown): PreconditionFailure | undefined {
  return ConnectError.from(err).findDetails(PreconditionFailureSchema)[0];
}

/** The `google.rpc.ResourceInfo` detail, naming the resource concerned. */
export function resourceInfo(err: unknown): ResourceInfo | undefined {
  return ConnectError.from(err).findDetails(ResourceInfoSchema)[0];
}
