import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.type import date_pb2 as _date_pb2
from google.type import money_pb2 as _money_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ForecastCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FORECAST_CATEGORY_UNSPECIFIED: _ClassVar[ForecastCategory]
    PIPELINE: _ClassVar[ForecastCategory]
    BEST_CASE: _ClassVar[ForecastCategory]
    COMMIT: _ClassVar[ForecastCategory]
    CLOSED: _ClassVar[ForecastCategory]
    OMITTED: _ClassVar[ForecastCategory]
FORECAST_CATEGORY_UNSPECIFIED: ForecastCategory
PIPELINE: ForecastCategory
BEST_CASE: ForecastCategory
COMMIT: ForecastCategory
CLOSED: ForecastCategory
OMITTED: ForecastCategory

class Opportunity(_message.Message):
    __slots__ = ("name", "account", "contact", "display_name", "owner", "amount", "close_date", "stage", "probability", "forecast_category", "next_step", "lead_source", "type", "description", "loss_reason", "is_closed", "is_won", "expected_revenue", "close_time", "create_time", "update_time", "etag")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CLOSE_DATE_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    PROBABILITY_FIELD_NUMBER: _ClassVar[int]
    FORECAST_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    NEXT_STEP_FIELD_NUMBER: _ClassVar[int]
    LEAD_SOURCE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    LOSS_REASON_FIELD_NUMBER: _ClassVar[int]
    IS_CLOSED_FIELD_NUMBER: _ClassVar[int]
    IS_WON_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_REVENUE_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    name: str
    account: str
    contact: str
    display_name: str
    owner: str
    amount: _money_pb2.Money
    close_date: _date_pb2.Date
    stage: str
    probability: int
    forecast_category: ForecastCategory
    next_step: str
    lead_source: str
    type: str
    description: str
    loss_reason: str
    is_closed: bool
    is_won: bool
    expected_revenue: _money_pb2.Money
    close_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, name: _Optional[str] = ..., account: _Optional[str] = ..., contact: _Optional[str] = ..., display_name: _Optional[str] = ..., owner: _Optional[str] = ..., amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., close_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., stage: _Optional[str] = ..., probability: _Optional[int] = ..., forecast_category: _Optional[_Union[ForecastCategory, str]] = ..., next_step: _Optional[str] = ..., lead_source: _Optional[str] = ..., type: _Optional[str] = ..., description: _Optional[str] = ..., loss_reason: _Optional[str] = ..., is_closed: _Optional[bool] = ..., is_won: _Optional[bool] = ..., expected_revenue: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class OpportunityStage(_message.Message):
    __slots__ = ("name", "probability", "forecast_category", "closed", "won")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PROBABILITY_FIELD_NUMBER: _ClassVar[int]
    FORECAST_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CLOSED_FIELD_NUMBER: _ClassVar[int]
    WON_FIELD_NUMBER: _ClassVar[int]
    name: str
    probability: int
    forecast_category: ForecastCategory
    closed: bool
    won: bool
    def __init__(self, name: _Optional[str] = ..., probability: _Optional[int] = ..., forecast_category: _Optional[_Union[ForecastCategory, str]] = ..., closed: _Optional[bool] = ..., won: _Optional[bool] = ...) -> None: ...

class OpportunityHistoryEntry(_message.Message):
    __slots__ = ("name", "change_time", "actor", "changes")
    NAME_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    name: str
    change_time: _timestamp_pb2.Timestamp
    actor: str
    changes: _containers.RepeatedCompositeFieldContainer[FieldChange]
    def __init__(self, name: _Optional[str] = ..., change_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., actor: _Optional[str] = ..., changes: _Optional[_Iterable[_Union[FieldChange, _Mapping]]] = ...) -> None: ...

class FieldChange(_message.Message):
    __slots__ = ("field", "old_value", "new_value")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    OLD_VALUE_FIELD_NUMBER: _ClassVar[int]
    NEW_VALUE_FIELD_NUMBER: _ClassVar[int]
    field: str
    old_value: str
    new_value: str
    def __init__(self, field: _Optional[str] = ..., old_value: _Optional[str] = ..., new_value: _Optional[str] = ...) -> None: ...
