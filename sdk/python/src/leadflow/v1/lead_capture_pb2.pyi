from google.rpc import status_pb2 as _status_pb2
from leadflow.v1 import account_pb2 as _account_pb2
from leadflow.v1 import lead_pb2 as _lead_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DuplicateRule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DUPLICATE_RULE_UNSPECIFIED: _ClassVar[DuplicateRule]
    DUPLICATE_RULE_EMAIL: _ClassVar[DuplicateRule]
    DUPLICATE_RULE_NAME_AND_COMPANY: _ClassVar[DuplicateRule]
    DUPLICATE_RULE_PHONE: _ClassVar[DuplicateRule]
    DUPLICATE_RULE_DOMAIN_AND_COMPANY: _ClassVar[DuplicateRule]

class DuplicatePolicy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DUPLICATE_POLICY_UNSPECIFIED: _ClassVar[DuplicatePolicy]
    ALLOW: _ClassVar[DuplicatePolicy]
    SKIP: _ClassVar[DuplicatePolicy]
    REFUSE: _ClassVar[DuplicatePolicy]
DUPLICATE_RULE_UNSPECIFIED: DuplicateRule
DUPLICATE_RULE_EMAIL: DuplicateRule
DUPLICATE_RULE_NAME_AND_COMPANY: DuplicateRule
DUPLICATE_RULE_PHONE: DuplicateRule
DUPLICATE_RULE_DOMAIN_AND_COMPANY: DuplicateRule
DUPLICATE_POLICY_UNSPECIFIED: DuplicatePolicy
ALLOW: DuplicatePolicy
SKIP: DuplicatePolicy
REFUSE: DuplicatePolicy

class DuplicateMatch(_message.Message):
    __slots__ = ("lead", "contact", "rules", "matched_fields", "score")
    LEAD_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    RULES_FIELD_NUMBER: _ClassVar[int]
    MATCHED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    lead: _lead_pb2.Lead
    contact: _account_pb2.Contact
    rules: _containers.RepeatedScalarFieldContainer[DuplicateRule]
    matched_fields: _containers.RepeatedScalarFieldContainer[str]
    score: int
    def __init__(self, lead: _Optional[_Union[_lead_pb2.Lead, _Mapping]] = ..., contact: _Optional[_Union[_account_pb2.Contact, _Mapping]] = ..., rules: _Optional[_Iterable[_Union[DuplicateRule, str]]] = ..., matched_fields: _Optional[_Iterable[str]] = ..., score: _Optional[int] = ...) -> None: ...

class DuplicateOutcome(_message.Message):
    __slots__ = ("action", "matches")
    class Action(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ACTION_UNSPECIFIED: _ClassVar[DuplicateOutcome.Action]
        CREATED: _ClassVar[DuplicateOutcome.Action]
        CREATED_DESPITE_DUPLICATES: _ClassVar[DuplicateOutcome.Action]
        SKIPPED: _ClassVar[DuplicateOutcome.Action]
        REFUSED: _ClassVar[DuplicateOutcome.Action]
    ACTION_UNSPECIFIED: DuplicateOutcome.Action
    CREATED: DuplicateOutcome.Action
    CREATED_DESPITE_DUPLICATES: DuplicateOutcome.Action
    SKIPPED: DuplicateOutcome.Action
    REFUSED: DuplicateOutcome.Action
    ACTION_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    action: DuplicateOutcome.Action
    matches: _containers.RepeatedCompositeFieldContainer[DuplicateMatch]
    def __init__(self, action: _Optional[_Union[DuplicateOutcome.Action, str]] = ..., matches: _Optional[_Iterable[_Union[DuplicateMatch, _Mapping]]] = ...) -> None: ...

class ImportSource(_message.Message):
    __slots__ = ("lead_source", "source_detail")
    LEAD_SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_DETAIL_FIELD_NUMBER: _ClassVar[int]
    lead_source: str
    source_detail: _lead_pb2.LeadSourceDetail
    def __init__(self, lead_source: _Optional[str] = ..., source_detail: _Optional[_Union[_lead_pb2.LeadSourceDetail, _Mapping]] = ...) -> None: ...

class ImportRow(_message.Message):
    __slots__ = ("row_number", "lead")
    ROW_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LEAD_FIELD_NUMBER: _ClassVar[int]
    row_number: int
    lead: _lead_pb2.Lead
    def __init__(self, row_number: _Optional[int] = ..., lead: _Optional[_Union[_lead_pb2.Lead, _Mapping]] = ...) -> None: ...

class RejectedRow(_message.Message):
    __slots__ = ("row_number", "status")
    ROW_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    row_number: int
    status: _status_pb2.Status
    def __init__(self, row_number: _Optional[int] = ..., status: _Optional[_Union[_status_pb2.Status, _Mapping]] = ...) -> None: ...
