import datetime

from cognito.idp.v1 import options_pb2 as _options_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TokenUse(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TOKEN_USE_UNSPECIFIED: _ClassVar[TokenUse]
    TOKEN_USE_ACCESS: _ClassVar[TokenUse]
    TOKEN_USE_ID: _ClassVar[TokenUse]

class FailureReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FAILURE_REASON_UNSPECIFIED: _ClassVar[FailureReason]
    FAILURE_REASON_MALFORMED: _ClassVar[FailureReason]
    FAILURE_REASON_UNSUPPORTED_ALGORITHM: _ClassVar[FailureReason]
    FAILURE_REASON_UNTRUSTED_ISSUER: _ClassVar[FailureReason]
    FAILURE_REASON_UNKNOWN_KEY: _ClassVar[FailureReason]
    FAILURE_REASON_JWKS_UNAVAILABLE: _ClassVar[FailureReason]
    FAILURE_REASON_BAD_SIGNATURE: _ClassVar[FailureReason]
    FAILURE_REASON_EXPIRED: _ClassVar[FailureReason]
    FAILURE_REASON_NOT_YET_VALID: _ClassVar[FailureReason]
    FAILURE_REASON_WRONG_TOKEN_USE: _ClassVar[FailureReason]
    FAILURE_REASON_CLIENT_NOT_ALLOWED: _ClassVar[FailureReason]
    FAILURE_REASON_MISSING_GROUP: _ClassVar[FailureReason]
    FAILURE_REASON_MISSING_SCOPE: _ClassVar[FailureReason]
    FAILURE_REASON_INVALID_CLAIM: _ClassVar[FailureReason]
TOKEN_USE_UNSPECIFIED: TokenUse
TOKEN_USE_ACCESS: TokenUse
TOKEN_USE_ID: TokenUse
FAILURE_REASON_UNSPECIFIED: FailureReason
FAILURE_REASON_MALFORMED: FailureReason
FAILURE_REASON_UNSUPPORTED_ALGORITHM: FailureReason
FAILURE_REASON_UNTRUSTED_ISSUER: FailureReason
FAILURE_REASON_UNKNOWN_KEY: FailureReason
FAILURE_REASON_JWKS_UNAVAILABLE: FailureReason
FAILURE_REASON_BAD_SIGNATURE: FailureReason
FAILURE_REASON_EXPIRED: FailureReason
FAILURE_REASON_NOT_YET_VALID: FailureReason
FAILURE_REASON_WRONG_TOKEN_USE: FailureReason
FAILURE_REASON_CLIENT_NOT_ALLOWED: FailureReason
FAILURE_REASON_MISSING_GROUP: FailureReason
FAILURE_REASON_MISSING_SCOPE: FailureReason
FAILURE_REASON_INVALID_CLAIM: FailureReason

class VerifyTokenRequest(_message.Message):
    __slots__ = ("token", "user_pool_id", "client_ids", "token_use", "required_groups", "required_scopes")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_IDS_FIELD_NUMBER: _ClassVar[int]
    TOKEN_USE_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_GROUPS_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_SCOPES_FIELD_NUMBER: _ClassVar[int]
    token: str
    user_pool_id: str
    client_ids: _containers.RepeatedScalarFieldContainer[str]
    token_use: TokenUse
    required_groups: _containers.RepeatedScalarFieldContainer[str]
    required_scopes: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, token: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., client_ids: _Optional[_Iterable[str]] = ..., token_use: _Optional[_Union[TokenUse, str]] = ..., required_groups: _Optional[_Iterable[str]] = ..., required_scopes: _Optional[_Iterable[str]] = ...) -> None: ...

class VerifyTokenResponse(_message.Message):
    __slots__ = ("valid", "failure_reason", "message", "claims", "token_use", "issuer", "subject", "client_id", "username", "groups", "scopes", "expire_time", "issue_time")
    VALID_FIELD_NUMBER: _ClassVar[int]
    FAILURE_REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CLAIMS_FIELD_NUMBER: _ClassVar[int]
    TOKEN_USE_FIELD_NUMBER: _ClassVar[int]
    ISSUER_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    ISSUE_TIME_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    failure_reason: FailureReason
    message: str
    claims: _struct_pb2.Struct
    token_use: TokenUse
    issuer: str
    subject: str
    client_id: str
    username: str
    groups: _containers.RepeatedScalarFieldContainer[str]
    scopes: _containers.RepeatedScalarFieldContainer[str]
    expire_time: _timestamp_pb2.Timestamp
    issue_time: _timestamp_pb2.Timestamp
    def __init__(self, valid: _Optional[bool] = ..., failure_reason: _Optional[_Union[FailureReason, str]] = ..., message: _Optional[str] = ..., claims: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., token_use: _Optional[_Union[TokenUse, str]] = ..., issuer: _Optional[str] = ..., subject: _Optional[str] = ..., client_id: _Optional[str] = ..., username: _Optional[str] = ..., groups: _Optional[_Iterable[str]] = ..., scopes: _Optional[_Iterable[str]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., issue_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
