import datetime

from cognito.idp.v1 import options_pb2 as _options_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Channel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANNEL_UNSPECIFIED: _ClassVar[Channel]
    CHANNEL_EMAIL: _ClassVar[Channel]
    CHANNEL_SMS: _ClassVar[Channel]

class MessageKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_KIND_UNSPECIFIED: _ClassVar[MessageKind]
    MESSAGE_KIND_SIGN_UP: _ClassVar[MessageKind]
    MESSAGE_KIND_INVITATION: _ClassVar[MessageKind]
    MESSAGE_KIND_PASSWORD_RESET: _ClassVar[MessageKind]
    MESSAGE_KIND_VERIFICATION: _ClassVar[MessageKind]
    MESSAGE_KIND_MFA: _ClassVar[MessageKind]
CHANNEL_UNSPECIFIED: Channel
CHANNEL_EMAIL: Channel
CHANNEL_SMS: Channel
MESSAGE_KIND_UNSPECIFIED: MessageKind
MESSAGE_KIND_SIGN_UP: MessageKind
MESSAGE_KIND_INVITATION: MessageKind
MESSAGE_KIND_PASSWORD_RESET: MessageKind
MESSAGE_KIND_VERIFICATION: MessageKind
MESSAGE_KIND_MFA: MessageKind

class OutboxMessage(_message.Message):
    __slots__ = ("position", "user_pool_id", "username", "kind", "channel", "destination", "attribute_name", "code", "temporary_password", "text", "subject", "create_time", "expire_time", "redeem_time")
    POSITION_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_NAME_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    TEMPORARY_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    REDEEM_TIME_FIELD_NUMBER: _ClassVar[int]
    position: int
    user_pool_id: str
    username: str
    kind: MessageKind
    channel: Channel
    destination: str
    attribute_name: str
    code: str
    temporary_password: str
    text: str
    subject: str
    create_time: _timestamp_pb2.Timestamp
    expire_time: _timestamp_pb2.Timestamp
    redeem_time: _timestamp_pb2.Timestamp
    def __init__(self, position: _Optional[int] = ..., user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., kind: _Optional[_Union[MessageKind, str]] = ..., channel: _Optional[_Union[Channel, str]] = ..., destination: _Optional[str] = ..., attribute_name: _Optional[str] = ..., code: _Optional[str] = ..., temporary_password: _Optional[str] = ..., text: _Optional[str] = ..., subject: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., redeem_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class OutboxFilter(_message.Message):
    __slots__ = ("user_pool_id", "username", "channel", "kind")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    channel: Channel
    kind: MessageKind
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., channel: _Optional[_Union[Channel, str]] = ..., kind: _Optional[_Union[MessageKind, str]] = ...) -> None: ...

class ListRequest(_message.Message):
    __slots__ = ("filter", "page_size", "page_token")
    FILTER_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    filter: OutboxFilter
    page_size: int
    page_token: str
    def __init__(self, filter: _Optional[_Union[OutboxFilter, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListResponse(_message.Message):
    __slots__ = ("messages", "next_page_token")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[OutboxMessage]
    next_page_token: str
    def __init__(self, messages: _Optional[_Iterable[_Union[OutboxMessage, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class WatchRequest(_message.Message):
    __slots__ = ("filter", "after_position")
    FILTER_FIELD_NUMBER: _ClassVar[int]
    AFTER_POSITION_FIELD_NUMBER: _ClassVar[int]
    filter: OutboxFilter
    after_position: int
    def __init__(self, filter: _Optional[_Union[OutboxFilter, _Mapping]] = ..., after_position: _Optional[int] = ...) -> None: ...

class WatchResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: OutboxMessage
    def __init__(self, message: _Optional[_Union[OutboxMessage, _Mapping]] = ...) -> None: ...
