from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class ErrorReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ERROR_REASON_UNSPECIFIED: _ClassVar[ErrorReason]
    FIELD_INVALID: _ClassVar[ErrorReason]
    FILTER_INVALID: _ClassVar[ErrorReason]
    ORDER_BY_INVALID: _ClassVar[ErrorReason]
    PAGE_TOKEN_INVALID: _ClassVar[ErrorReason]
    RESOURCE_NOT_FOUND: _ClassVar[ErrorReason]
    ETAG_MISMATCH: _ClassVar[ErrorReason]
    LEAD_CONVERTED: _ClassVar[ErrorReason]
    CONVERTED_STATUS_NOT_SETTABLE: _ClassVar[ErrorReason]
    REQUEST_ID_REUSED: _ClassVar[ErrorReason]
    INTERNAL_ERROR: _ClassVar[ErrorReason]
    SERVICE_UNAVAILABLE: _ClassVar[ErrorReason]
    REFERENCE_NOT_FOUND: _ClassVar[ErrorReason]
    ACCOUNT_IN_USE: _ClassVar[ErrorReason]
    CONTACT_IN_USE: _ClassVar[ErrorReason]
    OPPORTUNITY_CLOSED: _ClassVar[ErrorReason]
    OPPORTUNITY_IN_USE: _ClassVar[ErrorReason]
    STORAGE_FULL: _ClassVar[ErrorReason]
    SERVER_BUSY: _ClassVar[ErrorReason]
    REQUEST_MALFORMED: _ClassVar[ErrorReason]
    CREDENTIALS_INVALID: _ClassVar[ErrorReason]
    SCOPE_MISSING: _ClassVar[ErrorReason]
    ACTOR_NOT_ALLOWED: _ClassVar[ErrorReason]
    BACKUP_DESTINATION_UNUSABLE: _ClassVar[ErrorReason]
    RATE_LIMITED: _ClassVar[ErrorReason]
    CURSOR_EXPIRED: _ClassVar[ErrorReason]
    CURSOR_AHEAD: _ClassVar[ErrorReason]
    CONSUMER_TOO_SLOW: _ClassVar[ErrorReason]
    DUPLICATE_FOUND: _ClassVar[ErrorReason]
ERROR_REASON_UNSPECIFIED: ErrorReason
FIELD_INVALID: ErrorReason
FILTER_INVALID: ErrorReason
ORDER_BY_INVALID: ErrorReason
PAGE_TOKEN_INVALID: ErrorReason
RESOURCE_NOT_FOUND: ErrorReason
ETAG_MISMATCH: ErrorReason
LEAD_CONVERTED: ErrorReason
CONVERTED_STATUS_NOT_SETTABLE: ErrorReason
REQUEST_ID_REUSED: ErrorReason
INTERNAL_ERROR: ErrorReason
SERVICE_UNAVAILABLE: ErrorReason
REFERENCE_NOT_FOUND: ErrorReason
ACCOUNT_IN_USE: ErrorReason
CONTACT_IN_USE: ErrorReason
OPPORTUNITY_CLOSED: ErrorReason
OPPORTUNITY_IN_USE: ErrorReason
STORAGE_FULL: ErrorReason
SERVER_BUSY: ErrorReason
REQUEST_MALFORMED: ErrorReason
CREDENTIALS_INVALID: ErrorReason
SCOPE_MISSING: ErrorReason
ACTOR_NOT_ALLOWED: ErrorReason
BACKUP_DESTINATION_UNUSABLE: ErrorReason
RATE_LIMITED: ErrorReason
CURSOR_EXPIRED: ErrorReason
CURSOR_AHEAD: ErrorReason
CONSUMER_TOO_SLOW: ErrorReason
DUPLICATE_FOUND: ErrorReason
