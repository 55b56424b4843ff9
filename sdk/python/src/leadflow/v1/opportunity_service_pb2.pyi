from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.type import date_pb2 as _date_pb2
from google.type import money_pb2 as _money_pb2
from leadflow.v1 import annotations_pb2 as _annotations_pb2
from leadflow.v1 import opportunity_pb2 as _opportunity_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateOpportunityRequest(_message.Message):
    __slots__ = ("opportunity", "request_id")
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    opportunity: _opportunity_pb2.Opportunity
    request_id: str
    def __init__(self, opportunity: _Optional[_Union[_opportunity_pb2.Opportunity, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class GetOpportunityRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListOpportunitiesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ...) -> None: ...

class ListOpportunitiesResponse(_message.Message):
    __slots__ = ("opportunities", "next_page_token")
    OPPORTUNITIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    opportunities: _containers.RepeatedCompositeFieldContainer[_opportunity_pb2.Opportunity]
    next_page_token: str
    def __init__(self, opportunities: _Optional[_Iterable[_Union[_opportunity_pb2.Opportunity, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateOpportunityRequest(_message.Message):
    __slots__ = ("opportunity", "update_mask")
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    opportunity: _opportunity_pb2.Opportunity
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, opportunity: _Optional[_Union[_opportunity_pb2.Opportunity, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class DeleteOpportunityRequest(_message.Message):
    __slots__ = ("name", "etag")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class ListOpportunityHistoryRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListOpportunityHistoryResponse(_message.Message):
    __slots__ = ("entries", "next_page_token")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[_opportunity_pb2.OpportunityHistoryEntry]
    next_page_token: str
    def __init__(self, entries: _Optional[_Iterable[_Union[_opportunity_pb2.OpportunityHistoryEntry, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListOpportunityStagesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListOpportunityStagesResponse(_message.Message):
    __slots__ = ("stages",)
    STAGES_FIELD_NUMBER: _ClassVar[int]
    stages: _containers.RepeatedCompositeFieldContainer[_opportunity_pb2.OpportunityStage]
    def __init__(self, stages: _Optional[_Iterable[_Union[_opportunity_pb2.OpportunityStage, _Mapping]]] = ...) -> None: ...

class GetPipelineSummaryRequest(_message.Message):
    __slots__ = ("owner", "account", "close_date_start", "close_date_end")
    OWNER_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CLOSE_DATE_START_FIELD_NUMBER: _ClassVar[int]
    CLOSE_DATE_END_FIELD_NUMBER: _ClassVar[int]
    owner: str
    account: str
    close_date_start: _date_pb2.Date
    close_date_end: _date_pb2.Date
    def __init__(self, owner: _Optional[str] = ..., account: _Optional[str] = ..., close_date_start: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., close_date_end: _Optional[_Union[_date_pb2.Date, _Mapping]] = ...) -> None: ...

class PipelineAmounts(_message.Message):
    __slots__ = ("currency_code", "count", "total_amount", "weighted_amount")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    WEIGHTED_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    count: int
    total_amount: _money_pb2.Money
    weighted_amount: _money_pb2.Money
    def __init__(self, currency_code: _Optional[str] = ..., count: _Optional[int] = ..., total_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., weighted_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class PipelineSummary(_message.Message):
    __slots__ = ("stages", "forecast_categories", "won", "lost", "win_rate")
    class StageGroup(_message.Message):
        __slots__ = ("stage", "amounts")
        STAGE_FIELD_NUMBER: _ClassVar[int]
        AMOUNTS_FIELD_NUMBER: _ClassVar[int]
        stage: str
        amounts: PipelineAmounts
        def __init__(self, stage: _Optional[str] = ..., amounts: _Optional[_Union[PipelineAmounts, _Mapping]] = ...) -> None: ...
    class ForecastGroup(_message.Message):
        __slots__ = ("forecast_category", "amounts")
        FORECAST_CATEGORY_FIELD_NUMBER: _ClassVar[int]
        AMOUNTS_FIELD_NUMBER: _ClassVar[int]
        forecast_category: _opportunity_pb2.ForecastCategory
        amounts: PipelineAmounts
        def __init__(self, forecast_category: _Optional[_Union[_opportunity_pb2.ForecastCategory, str]] = ..., amounts: _Optional[_Union[PipelineAmounts, _Mapping]] = ...) -> None: ...
    STAGES_FIELD_NUMBER: _ClassVar[int]
    FORECAST_CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    WON_FIELD_NUMBER: _ClassVar[int]
    LOST_FIELD_NUMBER: _ClassVar[int]
    WIN_RATE_FIELD_NUMBER: _ClassVar[int]
    stages: _containers.RepeatedCompositeFieldContainer[PipelineSummary.StageGroup]
    forecast_categories: _containers.RepeatedCompositeFieldContainer[PipelineSummary.ForecastGroup]
    won: _containers.RepeatedCompositeFieldContainer[PipelineAmounts]
    lost: _containers.RepeatedCompositeFieldContainer[PipelineAmounts]
    win_rate: float
    def __init__(self, stages: _Optional[_Iterable[_Union[PipelineSummary.StageGroup, _Mapping]]] = ..., forecast_categories: _Optional[_Iterable[_Union[PipelineSummary.ForecastGroup, _Mapping]]] = ..., won: _Optional[_Iterable[_Union[PipelineAmounts, _Mapping]]] = ..., lost: _Optional[_Iterable[_Union[PipelineAmounts, _Mapping]]] = ..., win_rate: _Optional[float] = ...) -> None: ...
