import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from leadflow.v1 import annotations_pb2 as _annotations_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BackupRequest(_message.Message):
    __slots__ = ("destination", "overwrite")
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    destination: str
    overwrite: bool
    def __init__(self, destination: _Optional[str] = ..., overwrite: _Optional[bool] = ...) -> None: ...

class BackupProgress(_message.Message):
    __slots__ = ("pages_copied", "page_count", "result")
    PAGES_COPIED_FIELD_NUMBER: _ClassVar[int]
    PAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    pages_copied: int
    page_count: int
    result: BackupResult
    def __init__(self, pages_copied: _Optional[int] = ..., page_count: _Optional[int] = ..., result: _Optional[_Union[BackupResult, _Mapping]] = ...) -> None: ...

class BackupResult(_message.Message):
    __slots__ = ("destination", "size_bytes", "page_count", "page_size", "schema_version", "snapshot_time", "duration")
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    PAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_VERSION_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    destination: str
    size_bytes: int
    page_count: int
    page_size: int
    schema_version: int
    snapshot_time: _timestamp_pb2.Timestamp
    duration: _duration_pb2.Duration
    def __init__(self, destination: _Optional[str] = ..., size_bytes: _Optional[int] = ..., page_count: _Optional[int] = ..., page_size: _Optional[int] = ..., schema_version: _Optional[int] = ..., snapshot_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...
