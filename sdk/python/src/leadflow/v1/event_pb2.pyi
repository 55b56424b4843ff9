import datetime

from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leadflow.v1 import account_pb2 as _account_pb2
from leadflow.v1 import lead_pb2 as _lead_pb2
from leadflow.v1 import lead_service_pb2 as _lead_service_pb2
from leadflow.v1 import opportunity_pb2 as _opportunity_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Event(_message.Message):
    __slots__ = ("sequence", "commit_time", "type", "resource_type", "resource", "actor", "request_id", "changed_fields", "lead", "account", "contact", "opportunity", "conversion")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TYPE_UNSPECIFIED: _ClassVar[Event.Type]
        LEAD_CREATED: _ClassVar[Event.Type]
        LEAD_UPDATED: _ClassVar[Event.Type]
        LEAD_DELETED: _ClassVar[Event.Type]
        LEAD_CONVERTED: _ClassVar[Event.Type]
        ACCOUNT_CREATED: _ClassVar[Event.Type]
        ACCOUNT_UPDATED: _ClassVar[Event.Type]
        ACCOUNT_DELETED: _ClassVar[Event.Type]
        CONTACT_CREATED: _ClassVar[Event.Type]
        CONTACT_UPDATED: _ClassVar[Event.Type]
        CONTACT_DELETED: _ClassVar[Event.Type]
        OPPORTUNITY_CREATED: _ClassVar[Event.Type]
        OPPORTUNITY_UPDATED: _ClassVar[Event.Type]
        OPPORTUNITY_DELETED: _ClassVar[Event.Type]
        OPPORTUNITY_STAGE_CHANGED: _ClassVar[Event.Type]
        OPPORTUNITY_CLOSED_WON: _ClassVar[Event.Type]
        OPPORTUNITY_CLOSED_LOST: _ClassVar[Event.Type]
    TYPE_UNSPECIFIED: Event.Type
    LEAD_CREATED: Event.Type
    LEAD_UPDATED: Event.Type
    LEAD_DELETED: Event.Type
    LEAD_CONVERTED: Event.Type
    ACCOUNT_CREATED: Event.Type
    ACCOUNT_UPDATED: Event.Type
    ACCOUNT_DELETED: Event.Type
    CONTACT_CREATED: Event.Type
    CONTACT_UPDATED: Event.Type
    CONTACT_DELETED: Event.Type
    OPPORTUNITY_CREATED: Event.Type
    OPPORTUNITY_UPDATED: Event.Type
    OPPORTUNITY_DELETED: Event.Type
    OPPORTUNITY_STAGE_CHANGED: Event.Type
    OPPORTUNITY_CLOSED_WON: Event.Type
    OPPORTUNITY_CLOSED_LOST: Event.Type
    class ResourceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        RESOURCE_TYPE_UNSPECIFIED: _ClassVar[Event.ResourceType]
        LEAD: _ClassVar[Event.ResourceType]
        ACCOUNT: _ClassVar[Event.ResourceType]
        CONTACT: _ClassVar[Event.ResourceType]
        OPPORTUNITY: _ClassVar[Event.ResourceType]
    RESOURCE_TYPE_UNSPECIFIED: Event.ResourceType
    LEAD: Event.ResourceType
    ACCOUNT: Event.ResourceType
    CONTACT: Event.ResourceType
    OPPORTUNITY: Event.ResourceType
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    COMMIT_TIME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    LEAD_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_FIELD_NUMBER: _ClassVar[int]
    sequence: int
    commit_time: _timestamp_pb2.Timestamp
    type: Event.Type
    resource_type: Event.ResourceType
    resource: str
    actor: str
    request_id: str
    changed_fields: _field_mask_pb2.FieldMask
    lead: _lead_pb2.Lead
    account: _account_pb2.Account
    contact: _account_pb2.Contact
    opportunity: _opportunity_pb2.Opportunity
    conversion: _lead_service_pb2.ConversionPlan
    def __init__(self, sequence: _Optional[int] = ..., commit_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., type: _Optional[_Union[Event.Type, str]] = ..., resource_type: _Optional[_Union[Event.ResourceType, str]] = ..., resource: _Optional[str] = ..., actor: _Optional[str] = ..., request_id: _Optional[str] = ..., changed_fields: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., lead: _Optional[_Union[_lead_pb2.Lead, _Mapping]] = ..., account: _Optional[_Union[_account_pb2.Account, _Mapping]] = ..., contact: _Optional[_Union[_account_pb2.Contact, _Mapping]] = ..., opportunity: _Optional[_Union[_opportunity_pb2.Opportunity, _Mapping]] = ..., conversion: _Optional[_Union[_lead_service_pb2.ConversionPlan, _Mapping]] = ...) -> None: ...

class EventFilter(_message.Message):
    __slots__ = ("resource_types", "types", "resource")
    RESOURCE_TYPES_FIELD_NUMBER: _ClassVar[int]
    TYPES_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    resource_types: _containers.RepeatedScalarFieldContainer[Event.ResourceType]
    types: _containers.RepeatedScalarFieldContainer[Event.Type]
    resource: str
    def __init__(self, resource_types: _Optional[_Iterable[_Union[Event.ResourceType, str]]] = ..., types: _Optional[_Iterable[_Union[Event.Type, str]]] = ..., resource: _Optional[str] = ...) -> None: ...
