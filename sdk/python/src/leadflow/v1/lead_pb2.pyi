import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.type import money_pb2 as _money_pb2
from leadflow.v1 import common_pb2 as _common_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Lead(_message.Message):
    __slots__ = ("name", "salutation", "first_name", "last_name", "company", "title", "email", "phone", "mobile_phone", "website", "industry", "annual_revenue", "number_of_employees", "address", "description", "lead_source", "source_detail", "rating", "owner", "status", "disqualification_reason", "interest_shown", "meeting_agreed", "price_agreed", "has_opted_out_of_email", "do_not_call", "converted", "converted_account", "converted_contact", "converted_opportunity", "convert_time", "create_time", "update_time", "etag", "assignment_rule")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SALUTATION_FIELD_NUMBER: _ClassVar[int]
    FIRST_NAME_FIELD_NUMBER: _ClassVar[int]
    LAST_NAME_FIELD_NUMBER: _ClassVar[int]
    COMPANY_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    MOBILE_PHONE_FIELD_NUMBER: _ClassVar[int]
    WEBSITE_FIELD_NUMBER: _ClassVar[int]
    INDUSTRY_FIELD_NUMBER: _ClassVar[int]
    ANNUAL_REVENUE_FIELD_NUMBER: _ClassVar[int]
    NUMBER_OF_EMPLOYEES_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    LEAD_SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_DETAIL_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DISQUALIFICATION_REASON_FIELD_NUMBER: _ClassVar[int]
    INTEREST_SHOWN_FIELD_NUMBER: _ClassVar[int]
    MEETING_AGREED_FIELD_NUMBER: _ClassVar[int]
    PRICE_AGREED_FIELD_NUMBER: _ClassVar[int]
    HAS_OPTED_OUT_OF_EMAIL_FIELD_NUMBER: _ClassVar[int]
    DO_NOT_CALL_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_CONTACT_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    CONVERT_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    ASSIGNMENT_RULE_FIELD_NUMBER: _ClassVar[int]
    name: str
    salutation: str
    first_name: str
    last_name: str
    company: str
    title: str
    email: str
    phone: str
    mobile_phone: str
    website: str
    industry: str
    annual_revenue: _money_pb2.Money
    number_of_employees: int
    address: _common_pb2.PostalAddress
    description: str
    lead_source: str
    source_detail: LeadSourceDetail
    rating: str
    owner: str
    status: str
    disqualification_reason: str
    interest_shown: bool
    meeting_agreed: bool
    price_agreed: bool
    has_opted_out_of_email: bool
    do_not_call: bool
    converted: bool
    converted_account: str
    converted_contact: str
    converted_opportunity: str
    convert_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    assignment_rule: str
    def __init__(self, name: _Optional[str] = ..., salutation: _Optional[str] = ..., first_name: _Optional[str] = ..., last_name: _Optional[str] = ..., company: _Optional[str] = ..., title: _Optional[str] = ..., email: _Optional[str] = ..., phone: _Optional[str] = ..., mobile_phone: _Optional[str] = ..., website: _Optional[str] = ..., industry: _Optional[str] = ..., annual_revenue: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., number_of_employees: _Optional[int] = ..., address: _Optional[_Union[_common_pb2.PostalAddress, _Mapping]] = ..., description: _Optional[str] = ..., lead_source: _Optional[str] = ..., source_detail: _Optional[_Union[LeadSourceDetail, _Mapping]] = ..., rating: _Optional[str] = ..., owner: _Optional[str] = ..., status: _Optional[str] = ..., disqualification_reason: _Optional[str] = ..., interest_shown: _Optional[bool] = ..., meeting_agreed: _Optional[bool] = ..., price_agreed: _Optional[bool] = ..., has_opted_out_of_email: _Optional[bool] = ..., do_not_call: _Optional[bool] = ..., converted: _Optional[bool] = ..., converted_account: _Optional[str] = ..., converted_contact: _Optional[str] = ..., converted_opportunity: _Optional[str] = ..., convert_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ..., assignment_rule: _Optional[str] = ...) -> None: ...

class LeadSourceDetail(_message.Message):
    __slots__ = ("purchased_list", "web_form", "customer_referral", "partner_referral", "trade_show")
    class PurchasedList(_message.Message):
        __slots__ = ("list", "row", "vendor")
        LIST_FIELD_NUMBER: _ClassVar[int]
        ROW_FIELD_NUMBER: _ClassVar[int]
        VENDOR_FIELD_NUMBER: _ClassVar[int]
        list: str
        row: int
        vendor: str
        def __init__(self, list: _Optional[str] = ..., row: _Optional[int] = ..., vendor: _Optional[str] = ...) -> None: ...
    class TradeShow(_message.Message):
        __slots__ = ("event", "row")
        EVENT_FIELD_NUMBER: _ClassVar[int]
        ROW_FIELD_NUMBER: _ClassVar[int]
        event: str
        row: int
        def __init__(self, event: _Optional[str] = ..., row: _Optional[int] = ...) -> None: ...
    class WebForm(_message.Message):
        __slots__ = ("form", "submission")
        FORM_FIELD_NUMBER: _ClassVar[int]
        SUBMISSION_FIELD_NUMBER: _ClassVar[int]
        form: str
        submission: str
        def __init__(self, form: _Optional[str] = ..., submission: _Optional[str] = ...) -> None: ...
    class CustomerReferral(_message.Message):
        __slots__ = ("referring_contact",)
        REFERRING_CONTACT_FIELD_NUMBER: _ClassVar[int]
        referring_contact: str
        def __init__(self, referring_contact: _Optional[str] = ...) -> None: ...
    class PartnerReferral(_message.Message):
        __slots__ = ("partner",)
        PARTNER_FIELD_NUMBER: _ClassVar[int]
        partner: str
        def __init__(self, partner: _Optional[str] = ...) -> None: ...
    PURCHASED_LIST_FIELD_NUMBER: _ClassVar[int]
    WEB_FORM_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_REFERRAL_FIELD_NUMBER: _ClassVar[int]
    PARTNER_REFERRAL_FIELD_NUMBER: _ClassVar[int]
    TRADE_SHOW_FIELD_NUMBER: _ClassVar[int]
    purchased_list: LeadSourceDetail.PurchasedList
    web_form: LeadSourceDetail.WebForm
    customer_referral: LeadSourceDetail.CustomerReferral
    partner_referral: LeadSourceDetail.PartnerReferral
    trade_show: LeadSourceDetail.TradeShow
    def __init__(self, purchased_list: _Optional[_Union[LeadSourceDetail.PurchasedList, _Mapping]] = ..., web_form: _Optional[_Union[LeadSourceDetail.WebForm, _Mapping]] = ..., customer_referral: _Optional[_Union[LeadSourceDetail.CustomerReferral, _Mapping]] = ..., partner_referral: _Optional[_Union[LeadSourceDetail.PartnerReferral, _Mapping]] = ..., trade_show: _Optional[_Union[LeadSourceDetail.TradeShow, _Mapping]] = ...) -> None: ...

class LeadStatus(_message.Message):
    __slots__ = ("name", "default", "closed", "converted")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_FIELD_NUMBER: _ClassVar[int]
    CLOSED_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    name: str
    default: bool
    closed: bool
    converted: bool
    def __init__(self, name: _Optional[str] = ..., default: _Optional[bool] = ..., closed: _Optional[bool] = ..., converted: _Optional[bool] = ...) -> None: ...
