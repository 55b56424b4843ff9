"""What a failed Leadflow call says about itself.

Every error the server sends carries a ``google.rpc.Status`` in the
``grpc-status-details-bin`` trailer: an ``ErrorInfo`` whose ``reason`` is a
``leadflow.v1.ErrorReason`` name, and, as the error calls for, the fields it
concerns (``BadRequest``), the preconditions that failed
(``PreconditionFailure``), the resource involved (``ResourceInfo``) and how
long to wait (``RetryInfo``)::

    try:
        stub.CreateLead(request)
    except grpc.RpcError as error:
        details = leadflow.errors.details(error)
        if details.reason == "FIELD_INVALID":
            print(details.fields)        # ['lead.last_name']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import grpc
from google.rpc import error_details_pb2, status_pb2

__all__ = ["ErrorDetails", "FieldViolation", "PreconditionViolation", "details"]

_STATUS_TRAILER = "grpc-status-details-bin"


@dataclass(frozen=True)
class FieldViolation:
    """A request field the server refused, and why."""

    field: str
    description: str


@dataclass(frozen=True)
class PreconditionViolation:
    """A state of the system that kept the call from going ahead."""

    type: str
    subject: str
    description: str


@dataclass(frozen=True)
class ErrorDetails:
    """The status of a failed call and every detail the server attached."""

    code: grpc.StatusCode
    message: str
    #: The ``leadflow.v1.ErrorReason`` name (e.g. ``"FIELD_INVALID"``); ""
    #: when the error carries none (one that did not come from Leadflow).
    reason: str = ""
    #: ``ErrorInfo.metadata``, e.g. ``{"oldest_sequence": "42"}``.
    metadata: dict[str, str] = field(default_factory=dict)
    field_violations: list[FieldViolation] = field(default_factory=list)
    precondition_violations: list[PreconditionViolation] = field(default_factory=list)
    resource_type: str = ""
    resource_name: str = ""
    #: Seconds to wait before trying again, when the server said.
    retry_delay: Optional[float] = None

    @property
    def fields(self) -> list[str]:
        """The names of the fields in ``field_violations``, in order."""
        return [violation.field for violation in self.field_violations]


def details(error: grpc.RpcError) -> ErrorDetails:
    """Everything ``error`` (a failed call) says about why it failed."""
    code = error.code() if isinstance(error, grpc.Call) else grpc.StatusCode.UNKNOWN
    message = error.details() if isinstance(error, grpc.Call) else str(error)
    status = _status_of(error)
    if status is None:
        return ErrorDetails(code=code, message=message or "")
    reason = ""
    metadata: dict[str, str] = {}
    field_violations: list[FieldViolation] = []
    preconditions: list[PreconditionViolation] = []
    resource_type = resource_name = ""
    retry_delay: Optional[float] = None
    for detail in status.details:
        # Any.Unpack fills the message only when the detail is of its type,
        # and says whether it was.
        info = error_details_pb2.ErrorInfo()
        bad_request = error_details_pb2.BadRequest()
        failure = error_details_pb2.PreconditionFailure()
        resource = error_details_pb2.ResourceInfo()
        retry = error_details_pb2.RetryInfo()
        if detail.Unpack(info):
            reason, metadata = info.reason, dict(info.metadata)
        elif detail.Unpack(bad_request):
            field_violations += [
                FieldViolation(v.field, v.description) for v in bad_request.field_violations
            ]
        elif detail.Unpack(failure):
            preconditions += [
                PreconditionViolation(v.type, v.subject, v.description) for v in failure.violations
            ]
        elif detail.Unpack(resource):
            resource_type, resource_name = resource.resource_type, resource.resource_name
        elif detail.Unpack(retry):
            retry_delay = retry.retry_delay.ToTimedelta().total_seconds()
    return ErrorDetails(
        code=code,
        message=message or status.message,
        reason=reason,
        metadata=metadata,
        field_violations=field_violations,
        precondition_violations=preconditions,
        resource_type=resource_type,
        resource_name=resource_name,
        retry_delay=retry_delay,
    )


def _status_of(error: grpc.RpcError) -> Optional[status_pb2.Status]:
    if not isinstance(error, grpc.Call):
        return None
    for key, value in error.trailing_metadata() or ():
        if key == _STATUS_TRAILER and isinstance(value, bytes):
            status = status_pb2.Status()
            status.ParseFromString(value)
            return status
    return None
