import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.rpc import status_pb2 as _status_pb2
from google.type import date_pb2 as _date_pb2
from google.type import money_pb2 as _money_pb2
from leadflow.v1 import account_pb2 as _account_pb2
from leadflow.v1 import annotations_pb2 as _annotations_pb2
from leadflow.v1 import lead_pb2 as _lead_pb2
from leadflow.v1 import lead_capture_pb2 as _lead_capture_pb2
from leadflow.v1 import opportunity_pb2 as _opportunity_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateLeadRequest(_message.Message):
    __slots__ = ("lead", "request_id", "duplicate_policy", "bypass_assignment_rules")
    LEAD_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_POLICY_FIELD_NUMBER: _ClassVar[int]
    BYPASS_ASSIGNMENT_RULES_FIELD_NUMBER: _ClassVar[int]
    lead: _lead_pb2.Lead
    request_id: str
    duplicate_policy: _lead_capture_pb2.DuplicatePolicy
    bypass_assignment_rules: bool
    def __init__(self, lead: _Optional[_Union[_lead_pb2.Lead, _Mapping]] = ..., request_id: _Optional[str] = ..., duplicate_policy: _Optional[_Union[_lead_capture_pb2.DuplicatePolicy, str]] = ..., bypass_assignment_rules: _Optional[bool] = ...) -> None: ...

class BatchCreateLeadsRequest(_message.Message):
    __slots__ = ("leads", "all_or_none", "request_id", "duplicate_policy", "bypass_assignment_rules")
    LEADS_FIELD_NUMBER: _ClassVar[int]
    ALL_OR_NONE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_POLICY_FIELD_NUMBER: _ClassVar[int]
    BYPASS_ASSIGNMENT_RULES_FIELD_NUMBER: _ClassVar[int]
    leads: _containers.RepeatedCompositeFieldContainer[_lead_pb2.Lead]
    all_or_none: bool
    request_id: str
    duplicate_policy: _lead_capture_pb2.DuplicatePolicy
    bypass_assignment_rules: bool
    def __init__(self, leads: _Optional[_Iterable[_Union[_lead_pb2.Lead, _Mapping]]] = ..., all_or_none: _Optional[bool] = ..., request_id: _Optional[str] = ..., duplicate_policy: _Optional[_Union[_lead_capture_pb2.DuplicatePolicy, str]] = ..., bypass_assignment_rules: _Optional[bool] = ...) -> None: ...

class BatchCreateLeadsResponse(_message.Message):
    __slots__ = ("results", "created_count", "skipped_count", "failed_count")
    class Result(_message.Message):
        __slots__ = ("lead", "status", "duplicates")
        LEAD_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        DUPLICATES_FIELD_NUMBER: _ClassVar[int]
        lead: _lead_pb2.Lead
        status: _status_pb2.Status
        duplicates: _lead_capture_pb2.DuplicateOutcome
        def __init__(self, lead: _Optional[_Union[_lead_pb2.Lead, _Mapping]] = ..., status: _Optional[_Union[_status_pb2.Status, _Mapping]] = ..., duplicates: _Optional[_Union[_lead_capture_pb2.DuplicateOutcome, _Mapping]] = ...) -> None: ...
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    CREATED_COUNT_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_COUNT_FIELD_NUMBER: _ClassVar[int]
    FAILED_COUNT_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[BatchCreateLeadsResponse.Result]
    created_count: int
    skipped_count: int
    failed_count: int
    def __init__(self, results: _Optional[_Iterable[_Union[BatchCreateLeadsResponse.Result, _Mapping]]] = ..., created_count: _Optional[int] = ..., skipped_count: _Optional[int] = ..., failed_count: _Optional[int] = ...) -> None: ...

class ImportLeadsHeader(_message.Message):
    __slots__ = ("request_id", "source", "duplicate_policy", "bypass_assignment_rules")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_POLICY_FIELD_NUMBER: _ClassVar[int]
    BYPASS_ASSIGNMENT_RULES_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    source: _lead_capture_pb2.ImportSource
    duplicate_policy: _lead_capture_pb2.DuplicatePolicy
    bypass_assignment_rules: bool
    def __init__(self, request_id: _Optional[str] = ..., source: _Optional[_Union[_lead_capture_pb2.ImportSource, _Mapping]] = ..., duplicate_policy: _Optional[_Union[_lead_capture_pb2.DuplicatePolicy, str]] = ..., bypass_assignment_rules: _Optional[bool] = ...) -> None: ...

class ImportLeadsRequest(_message.Message):
    __slots__ = ("header", "rows")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    header: ImportLeadsHeader
    rows: _containers.RepeatedCompositeFieldContainer[_lead_capture_pb2.ImportRow]
    def __init__(self, header: _Optional[_Union[ImportLeadsHeader, _Mapping]] = ..., rows: _Optional[_Iterable[_Union[_lead_capture_pb2.ImportRow, _Mapping]]] = ...) -> None: ...

class ImportLeadsResponse(_message.Message):
    __slots__ = ("rows_received", "created_count", "skipped_duplicate_count", "created_despite_duplicates_count", "rejected_count", "already_imported_count", "rejected_rows", "last_committed_row", "resumed_after_row")
    ROWS_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    CREATED_COUNT_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_DUPLICATE_COUNT_FIELD_NUMBER: _ClassVar[int]
    CREATED_DESPITE_DUPLICATES_COUNT_FIELD_NUMBER: _ClassVar[int]
    REJECTED_COUNT_FIELD_NUMBER: _ClassVar[int]
    ALREADY_IMPORTED_COUNT_FIELD_NUMBER: _ClassVar[int]
    REJECTED_ROWS_FIELD_NUMBER: _ClassVar[int]
    LAST_COMMITTED_ROW_FIELD_NUMBER: _ClassVar[int]
    RESUMED_AFTER_ROW_FIELD_NUMBER: _ClassVar[int]
    rows_received: int
    created_count: int
    skipped_duplicate_count: int
    created_despite_duplicates_count: int
    rejected_count: int
    already_imported_count: int
    rejected_rows: _containers.RepeatedCompositeFieldContainer[_lead_capture_pb2.RejectedRow]
    last_committed_row: int
    resumed_after_row: int
    def __init__(self, rows_received: _Optional[int] = ..., created_count: _Optional[int] = ..., skipped_duplicate_count: _Optional[int] = ..., created_despite_duplicates_count: _Optional[int] = ..., rejected_count: _Optional[int] = ..., already_imported_count: _Optional[int] = ..., rejected_rows: _Optional[_Iterable[_Union[_lead_capture_pb2.RejectedRow, _Mapping]]] = ..., last_committed_row: _Optional[int] = ..., resumed_after_row: _Optional[int] = ...) -> None: ...

class FindDuplicatesRequest(_message.Message):
    __slots__ = ("lead", "rules", "max_matches")
    LEAD_FIELD_NUMBER: _ClassVar[int]
    RULES_FIELD_NUMBER: _ClassVar[int]
    MAX_MATCHES_FIELD_NUMBER: _ClassVar[int]
    lead: _lead_pb2.Lead
    rules: _containers.RepeatedScalarFieldContainer[_lead_capture_pb2.DuplicateRule]
    max_matches: int
    def __init__(self, lead: _Optional[_Union[_lead_pb2.Lead, _Mapping]] = ..., rules: _Optional[_Iterable[_Union[_lead_capture_pb2.DuplicateRule, str]]] = ..., max_matches: _Optional[int] = ...) -> None: ...

class FindDuplicatesResponse(_message.Message):
    __slots__ = ("matches",)
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    matches: _containers.RepeatedCompositeFieldContainer[_lead_capture_pb2.DuplicateMatch]
    def __init__(self, matches: _Optional[_Iterable[_Union[_lead_capture_pb2.DuplicateMatch, _Mapping]]] = ...) -> None: ...

class GetLeadRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListLeadsRequest(_message.Message):
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

class ListLeadsResponse(_message.Message):
    __slots__ = ("leads", "next_page_token")
    LEADS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    leads: _containers.RepeatedCompositeFieldContainer[_lead_pb2.Lead]
    next_page_token: str
    def __init__(self, leads: _Optional[_Iterable[_Union[_lead_pb2.Lead, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateLeadRequest(_message.Message):
    __slots__ = ("lead", "update_mask")
    LEAD_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    lead: _lead_pb2.Lead
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, lead: _Optional[_Union[_lead_pb2.Lead, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class DeleteLeadRequest(_message.Message):
    __slots__ = ("name", "etag")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class ListLeadStatusesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListLeadStatusesResponse(_message.Message):
    __slots__ = ("statuses",)
    STATUSES_FIELD_NUMBER: _ClassVar[int]
    statuses: _containers.RepeatedCompositeFieldContainer[_lead_pb2.LeadStatus]
    def __init__(self, statuses: _Optional[_Iterable[_Union[_lead_pb2.LeadStatus, _Mapping]]] = ...) -> None: ...

class ConvertLeadRequest(_message.Message):
    __slots__ = ("name", "converted_status", "account", "contact", "opportunity", "do_not_create_opportunity", "opportunity_name", "opportunity_amount", "opportunity_close_date", "owner", "overwrite_lead_source", "request_id", "validate_only")
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_STATUS_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    DO_NOT_CREATE_OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_NAME_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_CLOSE_DATE_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_LEAD_SOURCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_ONLY_FIELD_NUMBER: _ClassVar[int]
    name: str
    converted_status: str
    account: str
    contact: str
    opportunity: str
    do_not_create_opportunity: bool
    opportunity_name: str
    opportunity_amount: _money_pb2.Money
    opportunity_close_date: _date_pb2.Date
    owner: str
    overwrite_lead_source: bool
    request_id: str
    validate_only: bool
    def __init__(self, name: _Optional[str] = ..., converted_status: _Optional[str] = ..., account: _Optional[str] = ..., contact: _Optional[str] = ..., opportunity: _Optional[str] = ..., do_not_create_opportunity: _Optional[bool] = ..., opportunity_name: _Optional[str] = ..., opportunity_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., opportunity_close_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., owner: _Optional[str] = ..., overwrite_lead_source: _Optional[bool] = ..., request_id: _Optional[str] = ..., validate_only: _Optional[bool] = ...) -> None: ...

class ConvertedRecord(_message.Message):
    __slots__ = ("action", "name", "filled_fields")
    class Action(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ACTION_UNSPECIFIED: _ClassVar[ConvertedRecord.Action]
        CREATE: _ClassVar[ConvertedRecord.Action]
        LINK: _ClassVar[ConvertedRecord.Action]
        NONE: _ClassVar[ConvertedRecord.Action]
    ACTION_UNSPECIFIED: ConvertedRecord.Action
    CREATE: ConvertedRecord.Action
    LINK: ConvertedRecord.Action
    NONE: ConvertedRecord.Action
    ACTION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    FILLED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    action: ConvertedRecord.Action
    name: str
    filled_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, action: _Optional[_Union[ConvertedRecord.Action, str]] = ..., name: _Optional[str] = ..., filled_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class ConversionPlan(_message.Message):
    __slots__ = ("account", "contact", "opportunity")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    account: ConvertedRecord
    contact: ConvertedRecord
    opportunity: ConvertedRecord
    def __init__(self, account: _Optional[_Union[ConvertedRecord, _Mapping]] = ..., contact: _Optional[_Union[ConvertedRecord, _Mapping]] = ..., opportunity: _Optional[_Union[ConvertedRecord, _Mapping]] = ...) -> None: ...

class ConvertLeadResponse(_message.Message):
    __slots__ = ("lead", "account", "contact", "opportunity", "plan")
    LEAD_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    PLAN_FIELD_NUMBER: _ClassVar[int]
    lead: _lead_pb2.Lead
    account: _account_pb2.Account
    contact: _account_pb2.Contact
    opportunity: _opportunity_pb2.Opportunity
    plan: ConversionPlan
    def __init__(self, lead: _Optional[_Union[_lead_pb2.Lead, _Mapping]] = ..., account: _Optional[_Union[_account_pb2.Account, _Mapping]] = ..., contact: _Optional[_Union[_account_pb2.Contact, _Mapping]] = ..., opportunity: _Optional[_Union[_opportunity_pb2.Opportunity, _Mapping]] = ..., plan: _Optional[_Union[ConversionPlan, _Mapping]] = ...) -> None: ...

class FindConversionMatchesRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class FindConversionMatchesResponse(_message.Message):
    __slots__ = ("accounts", "contacts")
    class AccountMatch(_message.Message):
        __slots__ = ("account", "name_matches", "domain_matches")
        ACCOUNT_FIELD_NUMBER: _ClassVar[int]
        NAME_MATCHES_FIELD_NUMBER: _ClassVar[int]
        DOMAIN_MATCHES_FIELD_NUMBER: _ClassVar[int]
        account: _account_pb2.Account
        name_matches: bool
        domain_matches: bool
        def __init__(self, account: _Optional[_Union[_account_pb2.Account, _Mapping]] = ..., name_matches: _Optional[bool] = ..., domain_matches: _Optional[bool] = ...) -> None: ...
    ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    accounts: _containers.RepeatedCompositeFieldContainer[FindConversionMatchesResponse.AccountMatch]
    contacts: _containers.RepeatedCompositeFieldContainer[_account_pb2.Contact]
    def __init__(self, accounts: _Optional[_Iterable[_Union[FindConversionMatchesResponse.AccountMatch, _Mapping]]] = ..., contacts: _Optional[_Iterable[_Union[_account_pb2.Contact, _Mapping]]] = ...) -> None: ...

class GetLeadFunnelRequest(_message.Message):
    __slots__ = ("owner", "create_time_start", "create_time_end")
    OWNER_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_START_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_END_FIELD_NUMBER: _ClassVar[int]
    owner: str
    create_time_start: _timestamp_pb2.Timestamp
    create_time_end: _timestamp_pb2.Timestamp
    def __init__(self, owner: _Optional[str] = ..., create_time_start: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time_end: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class LeadFunnel(_message.Message):
    __slots__ = ("total", "by_status", "by_source", "converted", "conversion_rate", "median_time_to_convert")
    class Count(_message.Message):
        __slots__ = ("value", "count")
        VALUE_FIELD_NUMBER: _ClassVar[int]
        COUNT_FIELD_NUMBER: _ClassVar[int]
        value: str
        count: int
        def __init__(self, value: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    BY_STATUS_FIELD_NUMBER: _ClassVar[int]
    BY_SOURCE_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_RATE_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_TIME_TO_CONVERT_FIELD_NUMBER: _ClassVar[int]
    total: int
    by_status: _containers.RepeatedCompositeFieldContainer[LeadFunnel.Count]
    by_source: _containers.RepeatedCompositeFieldContainer[LeadFunnel.Count]
    converted: int
    conversion_rate: float
    median_time_to_convert: _duration_pb2.Duration
    def __init__(self, total: _Optional[int] = ..., by_status: _Optional[_Iterable[_Union[LeadFunnel.Count, _Mapping]]] = ..., by_source: _Optional[_Iterable[_Union[LeadFunnel.Count, _Mapping]]] = ..., converted: _Optional[int] = ..., conversion_rate: _Optional[float] = ..., median_time_to_convert: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...
