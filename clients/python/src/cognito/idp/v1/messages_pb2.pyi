import datetime

from cognito.idp.v1 import enums_pb2 as _enums_pb2
from cognito.idp.v1 import options_pb2 as _options_pb2
from cognito.idp.v1 import types_pb2 as _types_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AddCustomAttributesRequest(_message.Message):
    __slots__ = ("user_pool_id", "custom_attributes")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    custom_attributes: _containers.RepeatedCompositeFieldContainer[_types_pb2.SchemaAttributeType]
    def __init__(self, user_pool_id: _Optional[str] = ..., custom_attributes: _Optional[_Iterable[_Union[_types_pb2.SchemaAttributeType, _Mapping]]] = ...) -> None: ...

class AddCustomAttributesResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AddUserPoolClientSecretRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "client_secret")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    client_secret: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., client_secret: _Optional[str] = ...) -> None: ...

class AddUserPoolClientSecretResponse(_message.Message):
    __slots__ = ("client_secret_descriptor",)
    CLIENT_SECRET_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    client_secret_descriptor: _types_pb2.ClientSecretDescriptorType
    def __init__(self, client_secret_descriptor: _Optional[_Union[_types_pb2.ClientSecretDescriptorType, _Mapping]] = ...) -> None: ...

class AdminAddUserToGroupRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "group_name")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    group_name: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., group_name: _Optional[str] = ...) -> None: ...

class AdminAddUserToGroupResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminConfirmSignUpRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class AdminConfirmSignUpResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminCreateUserRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "user_attributes", "validation_data", "temporary_password", "force_alias_creation", "message_action", "desired_delivery_mediums", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    VALIDATION_DATA_FIELD_NUMBER: _ClassVar[int]
    TEMPORARY_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    FORCE_ALIAS_CREATION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ACTION_FIELD_NUMBER: _ClassVar[int]
    DESIRED_DELIVERY_MEDIUMS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    user_attributes: _containers.RepeatedCompositeFieldContainer[_types_pb2.AttributeType]
    validation_data: _containers.RepeatedCompositeFieldContainer[_types_pb2.AttributeType]
    temporary_password: str
    force_alias_creation: bool
    message_action: _enums_pb2.MessageActionType
    desired_delivery_mediums: _containers.RepeatedScalarFieldContainer[_enums_pb2.DeliveryMediumType]
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., user_attributes: _Optional[_Iterable[_Union[_types_pb2.AttributeType, _Mapping]]] = ..., validation_data: _Optional[_Iterable[_Union[_types_pb2.AttributeType, _Mapping]]] = ..., temporary_password: _Optional[str] = ..., force_alias_creation: _Optional[bool] = ..., message_action: _Optional[_Union[_enums_pb2.MessageActionType, str]] = ..., desired_delivery_mediums: _Optional[_Iterable[_Union[_enums_pb2.DeliveryMediumType, str]]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class AdminCreateUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _types_pb2.UserType
    def __init__(self, user: _Optional[_Union[_types_pb2.UserType, _Mapping]] = ...) -> None: ...

class AdminDeleteSoftwareTokenRequest(_message.Message):
    __slots__ = ("user_pool_id", "username")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class AdminDeleteSoftwareTokenResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminDeleteUserRequest(_message.Message):
    __slots__ = ("user_pool_id", "username")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class AdminDeleteUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminDeleteUserAttributesRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "user_attribute_names")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTE_NAMES_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    user_attribute_names: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., user_attribute_names: _Optional[_Iterable[str]] = ...) -> None: ...

class AdminDeleteUserAttributesResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminDisableProviderForUserRequest(_message.Message):
    __slots__ = ("user_pool_id", "user")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    user: _types_pb2.ProviderUserIdentifierType
    def __init__(self, user_pool_id: _Optional[str] = ..., user: _Optional[_Union[_types_pb2.ProviderUserIdentifierType, _Mapping]] = ...) -> None: ...

class AdminDisableProviderForUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminDisableUserRequest(_message.Message):
    __slots__ = ("user_pool_id", "username")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class AdminDisableUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminEnableUserRequest(_message.Message):
    __slots__ = ("user_pool_id", "username")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class AdminEnableUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminForgetDeviceRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "device_key")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    device_key: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., device_key: _Optional[str] = ...) -> None: ...

class AdminForgetDeviceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminGetDeviceRequest(_message.Message):
    __slots__ = ("device_key", "user_pool_id", "username")
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    device_key: str
    user_pool_id: str
    username: str
    def __init__(self, device_key: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class AdminGetDeviceResponse(_message.Message):
    __slots__ = ("device",)
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    device: _types_pb2.DeviceType
    def __init__(self, device: _Optional[_Union[_types_pb2.DeviceType, _Mapping]] = ...) -> None: ...

class AdminGetUserRequest(_message.Message):
    __slots__ = ("user_pool_id", "username")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class AdminGetUserResponse(_message.Message):
    __slots__ = ("username", "user_attributes", "user_create_date", "user_last_modified_date", "enabled", "user_status", "mfa_options", "preferred_mfa_setting", "user_mfa_setting_list")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    USER_CREATE_DATE_FIELD_NUMBER: _ClassVar[int]
    USER_LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    USER_STATUS_FIELD_NUMBER: _ClassVar[int]
    MFA_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_MFA_SETTING_FIELD_NUMBER: _ClassVar[int]
    USER_MFA_SETTING_LIST_FIELD_NUMBER: _ClassVar[int]
    username: str
    user_attributes: _containers.RepeatedCompositeFieldContainer[_types_pb2.AttributeType]
    user_create_date: _timestamp_pb2.Timestamp
    user_last_modified_date: _timestamp_pb2.Timestamp
    enabled: bool
    user_status: _enums_pb2.UserStatusType
    mfa_options: _containers.RepeatedCompositeFieldContainer[_types_pb2.MFAOptionType]
    preferred_mfa_setting: str
    user_mfa_setting_list: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, username: _Optional[str] = ..., user_attributes: _Optional[_Iterable[_Union[_types_pb2.AttributeType, _Mapping]]] = ..., user_create_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., user_last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., enabled: _Optional[bool] = ..., user_status: _Optional[_Union[_enums_pb2.UserStatusType, str]] = ..., mfa_options: _Optional[_Iterable[_Union[_types_pb2.MFAOptionType, _Mapping]]] = ..., preferred_mfa_setting: _Optional[str] = ..., user_mfa_setting_list: _Optional[_Iterable[str]] = ...) -> None: ...

class AdminGetUserAuthFactorsRequest(_message.Message):
    __slots__ = ("user_pool_id", "username")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class AdminGetUserAuthFactorsResponse(_message.Message):
    __slots__ = ("username", "preferred_mfa_setting", "user_mfa_setting_list", "configured_user_auth_factors")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_MFA_SETTING_FIELD_NUMBER: _ClassVar[int]
    USER_MFA_SETTING_LIST_FIELD_NUMBER: _ClassVar[int]
    CONFIGURED_USER_AUTH_FACTORS_FIELD_NUMBER: _ClassVar[int]
    username: str
    preferred_mfa_setting: str
    user_mfa_setting_list: _containers.RepeatedScalarFieldContainer[str]
    configured_user_auth_factors: _containers.RepeatedScalarFieldContainer[_enums_pb2.AuthFactorType]
    def __init__(self, username: _Optional[str] = ..., preferred_mfa_setting: _Optional[str] = ..., user_mfa_setting_list: _Optional[_Iterable[str]] = ..., configured_user_auth_factors: _Optional[_Iterable[_Union[_enums_pb2.AuthFactorType, str]]] = ...) -> None: ...

class AdminInitiateAuthRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "auth_flow", "auth_parameters", "client_metadata", "analytics_metadata", "context_data", "session")
    class AuthParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    AUTH_FLOW_FIELD_NUMBER: _ClassVar[int]
    AUTH_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    auth_flow: _enums_pb2.AuthFlowType
    auth_parameters: _containers.ScalarMap[str, str]
    client_metadata: _containers.ScalarMap[str, str]
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    context_data: _types_pb2.ContextDataType
    session: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., auth_flow: _Optional[_Union[_enums_pb2.AuthFlowType, str]] = ..., auth_parameters: _Optional[_Mapping[str, str]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., context_data: _Optional[_Union[_types_pb2.ContextDataType, _Mapping]] = ..., session: _Optional[str] = ...) -> None: ...

class AdminInitiateAuthResponse(_message.Message):
    __slots__ = ("challenge_name", "session", "challenge_parameters", "authentication_result", "available_challenges")
    class ChallengeParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CHALLENGE_NAME_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_RESULT_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_CHALLENGES_FIELD_NUMBER: _ClassVar[int]
    challenge_name: _enums_pb2.ChallengeNameType
    session: str
    challenge_parameters: _containers.ScalarMap[str, str]
    authentication_result: _types_pb2.AuthenticationResultType
    available_challenges: _containers.RepeatedScalarFieldContainer[_enums_pb2.ChallengeNameType]
    def __init__(self, challenge_name: _Optional[_Union[_enums_pb2.ChallengeNameType, str]] = ..., session: _Optional[str] = ..., challenge_parameters: _Optional[_Mapping[str, str]] = ..., authentication_result: _Optional[_Union[_types_pb2.AuthenticationResultType, _Mapping]] = ..., available_challenges: _Optional[_Iterable[_Union[_enums_pb2.ChallengeNameType, str]]] = ...) -> None: ...

class AdminLinkProviderForUserRequest(_message.Message):
    __slots__ = ("user_pool_id", "destination_user", "source_user")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_USER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_USER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    destination_user: _types_pb2.ProviderUserIdentifierType
    source_user: _types_pb2.ProviderUserIdentifierType
    def __init__(self, user_pool_id: _Optional[str] = ..., destination_user: _Optional[_Union[_types_pb2.ProviderUserIdentifierType, _Mapping]] = ..., source_user: _Optional[_Union[_types_pb2.ProviderUserIdentifierType, _Mapping]] = ...) -> None: ...

class AdminLinkProviderForUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminListDevicesRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "limit", "pagination_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    limit: int
    pagination_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., limit: _Optional[int] = ..., pagination_token: _Optional[str] = ...) -> None: ...

class AdminListDevicesResponse(_message.Message):
    __slots__ = ("devices", "pagination_token")
    DEVICES_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    devices: _containers.RepeatedCompositeFieldContainer[_types_pb2.DeviceType]
    pagination_token: str
    def __init__(self, devices: _Optional[_Iterable[_Union[_types_pb2.DeviceType, _Mapping]]] = ..., pagination_token: _Optional[str] = ...) -> None: ...

class AdminListGroupsForUserRequest(_message.Message):
    __slots__ = ("username", "user_pool_id", "limit", "next_token")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    username: str
    user_pool_id: str
    limit: int
    next_token: str
    def __init__(self, username: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., limit: _Optional[int] = ..., next_token: _Optional[str] = ...) -> None: ...

class AdminListGroupsForUserResponse(_message.Message):
    __slots__ = ("groups", "next_token")
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    groups: _containers.RepeatedCompositeFieldContainer[_types_pb2.GroupType]
    next_token: str
    def __init__(self, groups: _Optional[_Iterable[_Union[_types_pb2.GroupType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class AdminListUserAuthEventsRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "max_results", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    max_results: int
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., max_results: _Optional[int] = ..., next_token: _Optional[str] = ...) -> None: ...

class AdminListUserAuthEventsResponse(_message.Message):
    __slots__ = ("auth_events", "next_token")
    AUTH_EVENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    auth_events: _containers.RepeatedCompositeFieldContainer[_types_pb2.AuthEventType]
    next_token: str
    def __init__(self, auth_events: _Optional[_Iterable[_Union[_types_pb2.AuthEventType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class AdminListUserSessionsRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., next_token: _Optional[str] = ...) -> None: ...

class AdminListUserSessionsResponse(_message.Message):
    __slots__ = ("sessions", "next_token")
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    sessions: _containers.RepeatedCompositeFieldContainer[_types_pb2.SessionDescriptionType]
    next_token: str
    def __init__(self, sessions: _Optional[_Iterable[_Union[_types_pb2.SessionDescriptionType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class AdminRemoveUserFromGroupRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "group_name")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    group_name: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., group_name: _Optional[str] = ...) -> None: ...

class AdminRemoveUserFromGroupResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminResetUserPasswordRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class AdminResetUserPasswordResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminRespondToAuthChallengeRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "challenge_name", "challenge_responses", "session", "analytics_metadata", "context_data", "client_metadata")
    class ChallengeResponsesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_NAME_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    challenge_name: _enums_pb2.ChallengeNameType
    challenge_responses: _containers.ScalarMap[str, str]
    session: str
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    context_data: _types_pb2.ContextDataType
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., challenge_name: _Optional[_Union[_enums_pb2.ChallengeNameType, str]] = ..., challenge_responses: _Optional[_Mapping[str, str]] = ..., session: _Optional[str] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., context_data: _Optional[_Union[_types_pb2.ContextDataType, _Mapping]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class AdminRespondToAuthChallengeResponse(_message.Message):
    __slots__ = ("challenge_name", "session", "challenge_parameters", "authentication_result", "available_challenges")
    class ChallengeParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CHALLENGE_NAME_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_RESULT_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_CHALLENGES_FIELD_NUMBER: _ClassVar[int]
    challenge_name: _enums_pb2.ChallengeNameType
    session: str
    challenge_parameters: _containers.ScalarMap[str, str]
    authentication_result: _types_pb2.AuthenticationResultType
    available_challenges: _containers.RepeatedScalarFieldContainer[_enums_pb2.ChallengeNameType]
    def __init__(self, challenge_name: _Optional[_Union[_enums_pb2.ChallengeNameType, str]] = ..., session: _Optional[str] = ..., challenge_parameters: _Optional[_Mapping[str, str]] = ..., authentication_result: _Optional[_Union[_types_pb2.AuthenticationResultType, _Mapping]] = ..., available_challenges: _Optional[_Iterable[_Union[_enums_pb2.ChallengeNameType, str]]] = ...) -> None: ...

class AdminRevokeUserSessionRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "session_id", "revoke_associated_sessions")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    REVOKE_ASSOCIATED_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    session_id: str
    revoke_associated_sessions: _enums_pb2.RevokeAssociatedSessionsType
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., session_id: _Optional[str] = ..., revoke_associated_sessions: _Optional[_Union[_enums_pb2.RevokeAssociatedSessionsType, str]] = ...) -> None: ...

class AdminRevokeUserSessionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminSetUserMFAPreferenceRequest(_message.Message):
    __slots__ = ("sms_mfa_settings", "software_token_mfa_settings", "email_mfa_settings", "web_authn_mfa_settings", "username", "user_pool_id")
    SMS_MFA_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    SOFTWARE_TOKEN_MFA_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    EMAIL_MFA_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    WEB_AUTHN_MFA_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    sms_mfa_settings: _types_pb2.SMSMfaSettingsType
    software_token_mfa_settings: _types_pb2.SoftwareTokenMfaSettingsType
    email_mfa_settings: _types_pb2.EmailMfaSettingsType
    web_authn_mfa_settings: _types_pb2.WebAuthnMfaSettingsType
    username: str
    user_pool_id: str
    def __init__(self, sms_mfa_settings: _Optional[_Union[_types_pb2.SMSMfaSettingsType, _Mapping]] = ..., software_token_mfa_settings: _Optional[_Union[_types_pb2.SoftwareTokenMfaSettingsType, _Mapping]] = ..., email_mfa_settings: _Optional[_Union[_types_pb2.EmailMfaSettingsType, _Mapping]] = ..., web_authn_mfa_settings: _Optional[_Union[_types_pb2.WebAuthnMfaSettingsType, _Mapping]] = ..., username: _Optional[str] = ..., user_pool_id: _Optional[str] = ...) -> None: ...

class AdminSetUserMFAPreferenceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminSetUserPasswordRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "password", "permanent")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    PERMANENT_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    password: str
    permanent: bool
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., password: _Optional[str] = ..., permanent: _Optional[bool] = ...) -> None: ...

class AdminSetUserPasswordResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminSetUserSettingsRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "mfa_options")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    MFA_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    mfa_options: _containers.RepeatedCompositeFieldContainer[_types_pb2.MFAOptionType]
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., mfa_options: _Optional[_Iterable[_Union[_types_pb2.MFAOptionType, _Mapping]]] = ...) -> None: ...

class AdminSetUserSettingsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminUpdateAuthEventFeedbackRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "event_id", "feedback_value")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_VALUE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    event_id: str
    feedback_value: _enums_pb2.FeedbackValueType
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., event_id: _Optional[str] = ..., feedback_value: _Optional[_Union[_enums_pb2.FeedbackValueType, str]] = ...) -> None: ...

class AdminUpdateAuthEventFeedbackResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminUpdateDeviceStatusRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "device_key", "device_remembered_status")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    DEVICE_REMEMBERED_STATUS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    device_key: str
    device_remembered_status: _enums_pb2.DeviceRememberedStatusType
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., device_key: _Optional[str] = ..., device_remembered_status: _Optional[_Union[_enums_pb2.DeviceRememberedStatusType, str]] = ...) -> None: ...

class AdminUpdateDeviceStatusResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminUpdateUserAttributesRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "user_attributes", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    user_attributes: _containers.RepeatedCompositeFieldContainer[_types_pb2.AttributeType]
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., user_attributes: _Optional[_Iterable[_Union[_types_pb2.AttributeType, _Mapping]]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class AdminUpdateUserAttributesResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AdminUserGlobalSignOutRequest(_message.Message):
    __slots__ = ("user_pool_id", "username")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class AdminUserGlobalSignOutResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AssociateSoftwareTokenRequest(_message.Message):
    __slots__ = ("access_token", "session")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    session: str
    def __init__(self, access_token: _Optional[str] = ..., session: _Optional[str] = ...) -> None: ...

class AssociateSoftwareTokenResponse(_message.Message):
    __slots__ = ("secret_code", "session")
    SECRET_CODE_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    secret_code: str
    session: str
    def __init__(self, secret_code: _Optional[str] = ..., session: _Optional[str] = ...) -> None: ...

class CancelPointInTimeRecoveryRequest(_message.Message):
    __slots__ = ("user_pool_id", "restore_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    restore_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., restore_id: _Optional[str] = ...) -> None: ...

class CancelPointInTimeRecoveryResponse(_message.Message):
    __slots__ = ("restoration",)
    RESTORATION_FIELD_NUMBER: _ClassVar[int]
    restoration: _types_pb2.RestorationType
    def __init__(self, restoration: _Optional[_Union[_types_pb2.RestorationType, _Mapping]] = ...) -> None: ...

class ChangePasswordRequest(_message.Message):
    __slots__ = ("previous_password", "proposed_password", "access_token")
    PREVIOUS_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    PROPOSED_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    previous_password: str
    proposed_password: str
    access_token: str
    def __init__(self, previous_password: _Optional[str] = ..., proposed_password: _Optional[str] = ..., access_token: _Optional[str] = ...) -> None: ...

class ChangePasswordResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CompleteWebAuthnRegistrationRequest(_message.Message):
    __slots__ = ("access_token", "credential")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    credential: _struct_pb2.Value
    def __init__(self, access_token: _Optional[str] = ..., credential: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class CompleteWebAuthnRegistrationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConfirmDeviceRequest(_message.Message):
    __slots__ = ("access_token", "device_key", "device_secret_verifier_config", "device_name")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    DEVICE_SECRET_VERIFIER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    DEVICE_NAME_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    device_key: str
    device_secret_verifier_config: _types_pb2.DeviceSecretVerifierConfigType
    device_name: str
    def __init__(self, access_token: _Optional[str] = ..., device_key: _Optional[str] = ..., device_secret_verifier_config: _Optional[_Union[_types_pb2.DeviceSecretVerifierConfigType, _Mapping]] = ..., device_name: _Optional[str] = ...) -> None: ...

class ConfirmDeviceResponse(_message.Message):
    __slots__ = ("user_confirmation_necessary",)
    USER_CONFIRMATION_NECESSARY_FIELD_NUMBER: _ClassVar[int]
    user_confirmation_necessary: bool
    def __init__(self, user_confirmation_necessary: _Optional[bool] = ...) -> None: ...

class ConfirmForgotPasswordRequest(_message.Message):
    __slots__ = ("client_id", "secret_hash", "username", "confirmation_code", "password", "analytics_metadata", "user_context_data", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SECRET_HASH_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    CONFIRMATION_CODE_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    secret_hash: str
    username: str
    confirmation_code: str
    password: str
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    user_context_data: _types_pb2.UserContextDataType
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, client_id: _Optional[str] = ..., secret_hash: _Optional[str] = ..., username: _Optional[str] = ..., confirmation_code: _Optional[str] = ..., password: _Optional[str] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., user_context_data: _Optional[_Union[_types_pb2.UserContextDataType, _Mapping]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ConfirmForgotPasswordResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConfirmSignUpRequest(_message.Message):
    __slots__ = ("client_id", "secret_hash", "username", "confirmation_code", "force_alias_creation", "analytics_metadata", "user_context_data", "client_metadata", "session")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SECRET_HASH_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    CONFIRMATION_CODE_FIELD_NUMBER: _ClassVar[int]
    FORCE_ALIAS_CREATION_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    secret_hash: str
    username: str
    confirmation_code: str
    force_alias_creation: bool
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    user_context_data: _types_pb2.UserContextDataType
    client_metadata: _containers.ScalarMap[str, str]
    session: str
    def __init__(self, client_id: _Optional[str] = ..., secret_hash: _Optional[str] = ..., username: _Optional[str] = ..., confirmation_code: _Optional[str] = ..., force_alias_creation: _Optional[bool] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., user_context_data: _Optional[_Union[_types_pb2.UserContextDataType, _Mapping]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ..., session: _Optional[str] = ...) -> None: ...

class ConfirmSignUpResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: str
    def __init__(self, session: _Optional[str] = ...) -> None: ...

class CreateCIMDPolicyRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "policy_name", "cache_duration", "url_patterns")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    POLICY_NAME_FIELD_NUMBER: _ClassVar[int]
    CACHE_DURATION_FIELD_NUMBER: _ClassVar[int]
    URL_PATTERNS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    policy_name: str
    cache_duration: int
    url_patterns: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., policy_name: _Optional[str] = ..., cache_duration: _Optional[int] = ..., url_patterns: _Optional[_Iterable[str]] = ...) -> None: ...

class CreateCIMDPolicyResponse(_message.Message):
    __slots__ = ("cimd_policy",)
    CIMD_POLICY_FIELD_NUMBER: _ClassVar[int]
    cimd_policy: _types_pb2.CIMDPolicyType
    def __init__(self, cimd_policy: _Optional[_Union[_types_pb2.CIMDPolicyType, _Mapping]] = ...) -> None: ...

class CreateGroupRequest(_message.Message):
    __slots__ = ("group_name", "user_pool_id", "description", "role_arn", "precedence")
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ROLE_ARN_FIELD_NUMBER: _ClassVar[int]
    PRECEDENCE_FIELD_NUMBER: _ClassVar[int]
    group_name: str
    user_pool_id: str
    description: str
    role_arn: str
    precedence: int
    def __init__(self, group_name: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., description: _Optional[str] = ..., role_arn: _Optional[str] = ..., precedence: _Optional[int] = ...) -> None: ...

class CreateGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _types_pb2.GroupType
    def __init__(self, group: _Optional[_Union[_types_pb2.GroupType, _Mapping]] = ...) -> None: ...

class CreateIdentityProviderRequest(_message.Message):
    __slots__ = ("user_pool_id", "provider_name", "provider_type", "provider_details", "attribute_mapping", "idp_identifiers", "acr_mapping")
    class ProviderDetailsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class AttributeMappingEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class AcrMappingEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_TYPE_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_DETAILS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_MAPPING_FIELD_NUMBER: _ClassVar[int]
    IDP_IDENTIFIERS_FIELD_NUMBER: _ClassVar[int]
    ACR_MAPPING_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    provider_name: str
    provider_type: _enums_pb2.IdentityProviderTypeType
    provider_details: _containers.ScalarMap[str, str]
    attribute_mapping: _containers.ScalarMap[str, str]
    idp_identifiers: _containers.RepeatedScalarFieldContainer[str]
    acr_mapping: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., provider_name: _Optional[str] = ..., provider_type: _Optional[_Union[_enums_pb2.IdentityProviderTypeType, str]] = ..., provider_details: _Optional[_Mapping[str, str]] = ..., attribute_mapping: _Optional[_Mapping[str, str]] = ..., idp_identifiers: _Optional[_Iterable[str]] = ..., acr_mapping: _Optional[_Mapping[str, str]] = ...) -> None: ...

class CreateIdentityProviderResponse(_message.Message):
    __slots__ = ("identity_provider",)
    IDENTITY_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    identity_provider: _types_pb2.IdentityProviderType
    def __init__(self, identity_provider: _Optional[_Union[_types_pb2.IdentityProviderType, _Mapping]] = ...) -> None: ...

class CreateManagedLoginBrandingRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "use_cognito_provided_values", "settings", "assets")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    USE_COGNITO_PROVIDED_VALUES_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    use_cognito_provided_values: bool
    settings: _struct_pb2.Value
    assets: _containers.RepeatedCompositeFieldContainer[_types_pb2.AssetType]
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., use_cognito_provided_values: _Optional[bool] = ..., settings: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., assets: _Optional[_Iterable[_Union[_types_pb2.AssetType, _Mapping]]] = ...) -> None: ...

class CreateManagedLoginBrandingResponse(_message.Message):
    __slots__ = ("managed_login_branding",)
    MANAGED_LOGIN_BRANDING_FIELD_NUMBER: _ClassVar[int]
    managed_login_branding: _types_pb2.ManagedLoginBrandingType
    def __init__(self, managed_login_branding: _Optional[_Union[_types_pb2.ManagedLoginBrandingType, _Mapping]] = ...) -> None: ...

class CreateResourceServerRequest(_message.Message):
    __slots__ = ("user_pool_id", "identifier", "name", "scopes")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    identifier: str
    name: str
    scopes: _containers.RepeatedCompositeFieldContainer[_types_pb2.ResourceServerScopeType]
    def __init__(self, user_pool_id: _Optional[str] = ..., identifier: _Optional[str] = ..., name: _Optional[str] = ..., scopes: _Optional[_Iterable[_Union[_types_pb2.ResourceServerScopeType, _Mapping]]] = ...) -> None: ...

class CreateResourceServerResponse(_message.Message):
    __slots__ = ("resource_server",)
    RESOURCE_SERVER_FIELD_NUMBER: _ClassVar[int]
    resource_server: _types_pb2.ResourceServerType
    def __init__(self, resource_server: _Optional[_Union[_types_pb2.ResourceServerType, _Mapping]] = ...) -> None: ...

class CreateTermsRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "terms_name", "terms_source", "enforcement", "links")
    class LinksEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    TERMS_NAME_FIELD_NUMBER: _ClassVar[int]
    TERMS_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ENFORCEMENT_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    terms_name: str
    terms_source: _enums_pb2.TermsSourceType
    enforcement: _enums_pb2.TermsEnforcementType
    links: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., terms_name: _Optional[str] = ..., terms_source: _Optional[_Union[_enums_pb2.TermsSourceType, str]] = ..., enforcement: _Optional[_Union[_enums_pb2.TermsEnforcementType, str]] = ..., links: _Optional[_Mapping[str, str]] = ...) -> None: ...

class CreateTermsResponse(_message.Message):
    __slots__ = ("terms",)
    TERMS_FIELD_NUMBER: _ClassVar[int]
    terms: _types_pb2.TermsType
    def __init__(self, terms: _Optional[_Union[_types_pb2.TermsType, _Mapping]] = ...) -> None: ...

class CreateUserImportJobRequest(_message.Message):
    __slots__ = ("job_name", "user_pool_id", "cloud_watch_logs_role_arn", "password_hashing_algorithm")
    JOB_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLOUD_WATCH_LOGS_ROLE_ARN_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_HASHING_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    job_name: str
    user_pool_id: str
    cloud_watch_logs_role_arn: str
    password_hashing_algorithm: _enums_pb2.PasswordHashingAlgorithmType
    def __init__(self, job_name: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., cloud_watch_logs_role_arn: _Optional[str] = ..., password_hashing_algorithm: _Optional[_Union[_enums_pb2.PasswordHashingAlgorithmType, str]] = ...) -> None: ...

class CreateUserImportJobResponse(_message.Message):
    __slots__ = ("user_import_job",)
    USER_IMPORT_JOB_FIELD_NUMBER: _ClassVar[int]
    user_import_job: _types_pb2.UserImportJobType
    def __init__(self, user_import_job: _Optional[_Union[_types_pb2.UserImportJobType, _Mapping]] = ...) -> None: ...

class CreateUserPoolRequest(_message.Message):
    __slots__ = ("pool_name", "policies", "deletion_protection", "lambda_config", "auto_verified_attributes", "alias_attributes", "username_attributes", "sms_verification_message", "email_verification_message", "email_verification_subject", "verification_message_template", "sms_authentication_message", "mfa_configuration", "user_attribute_update_settings", "device_configuration", "email_configuration", "sms_configuration", "user_pool_tags", "admin_create_user_config", "schema", "user_pool_add_ons", "dcr_configuration", "username_configuration", "account_recovery_setting", "user_pool_tier", "key_configuration", "issuer_configuration", "acr_configuration")
    class UserPoolTagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class AcrConfigurationEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _types_pb2.AcrLevelConfigType
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_types_pb2.AcrLevelConfigType, _Mapping]] = ...) -> None: ...
    POOL_NAME_FIELD_NUMBER: _ClassVar[int]
    POLICIES_FIELD_NUMBER: _ClassVar[int]
    DELETION_PROTECTION_FIELD_NUMBER: _ClassVar[int]
    LAMBDA_CONFIG_FIELD_NUMBER: _ClassVar[int]
    AUTO_VERIFIED_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ALIAS_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    USERNAME_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    SMS_VERIFICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFICATION_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERIFICATION_MESSAGE_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    SMS_AUTHENTICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTE_UPDATE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    DEVICE_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    SMS_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_TAGS_FIELD_NUMBER: _ClassVar[int]
    ADMIN_CREATE_USER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ADD_ONS_FIELD_NUMBER: _ClassVar[int]
    DCR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    USERNAME_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_RECOVERY_SETTING_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_TIER_FIELD_NUMBER: _ClassVar[int]
    KEY_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ISSUER_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ACR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    pool_name: str
    policies: _types_pb2.UserPoolPolicyType
    deletion_protection: _enums_pb2.DeletionProtectionType
    lambda_config: _types_pb2.LambdaConfigType
    auto_verified_attributes: _containers.RepeatedScalarFieldContainer[_enums_pb2.VerifiedAttributeType]
    alias_attributes: _containers.RepeatedScalarFieldContainer[_enums_pb2.AliasAttributeType]
    username_attributes: _containers.RepeatedScalarFieldContainer[_enums_pb2.UsernameAttributeType]
    sms_verification_message: str
    email_verification_message: str
    email_verification_subject: str
    verification_message_template: _types_pb2.VerificationMessageTemplateType
    sms_authentication_message: str
    mfa_configuration: _enums_pb2.UserPoolMfaType
    user_attribute_update_settings: _types_pb2.UserAttributeUpdateSettingsType
    device_configuration: _types_pb2.DeviceConfigurationType
    email_configuration: _types_pb2.EmailConfigurationType
    sms_configuration: _types_pb2.SmsConfigurationType
    user_pool_tags: _containers.ScalarMap[str, str]
    admin_create_user_config: _types_pb2.AdminCreateUserConfigType
    schema: _containers.RepeatedCompositeFieldContainer[_types_pb2.SchemaAttributeType]
    user_pool_add_ons: _types_pb2.UserPoolAddOnsType
    dcr_configuration: _types_pb2.DcrConfigurationType
    username_configuration: _types_pb2.UsernameConfigurationType
    account_recovery_setting: _types_pb2.AccountRecoverySettingType
    user_pool_tier: _enums_pb2.UserPoolTierType
    key_configuration: _types_pb2.KeyConfigurationType
    issuer_configuration: _types_pb2.IssuerConfigurationType
    acr_configuration: _containers.MessageMap[str, _types_pb2.AcrLevelConfigType]
    def __init__(self, pool_name: _Optional[str] = ..., policies: _Optional[_Union[_types_pb2.UserPoolPolicyType, _Mapping]] = ..., deletion_protection: _Optional[_Union[_enums_pb2.DeletionProtectionType, str]] = ..., lambda_config: _Optional[_Union[_types_pb2.LambdaConfigType, _Mapping]] = ..., auto_verified_attributes: _Optional[_Iterable[_Union[_enums_pb2.VerifiedAttributeType, str]]] = ..., alias_attributes: _Optional[_Iterable[_Union[_enums_pb2.AliasAttributeType, str]]] = ..., username_attributes: _Optional[_Iterable[_Union[_enums_pb2.UsernameAttributeType, str]]] = ..., sms_verification_message: _Optional[str] = ..., email_verification_message: _Optional[str] = ..., email_verification_subject: _Optional[str] = ..., verification_message_template: _Optional[_Union[_types_pb2.VerificationMessageTemplateType, _Mapping]] = ..., sms_authentication_message: _Optional[str] = ..., mfa_configuration: _Optional[_Union[_enums_pb2.UserPoolMfaType, str]] = ..., user_attribute_update_settings: _Optional[_Union[_types_pb2.UserAttributeUpdateSettingsType, _Mapping]] = ..., device_configuration: _Optional[_Union[_types_pb2.DeviceConfigurationType, _Mapping]] = ..., email_configuration: _Optional[_Union[_types_pb2.EmailConfigurationType, _Mapping]] = ..., sms_configuration: _Optional[_Union[_types_pb2.SmsConfigurationType, _Mapping]] = ..., user_pool_tags: _Optional[_Mapping[str, str]] = ..., admin_create_user_config: _Optional[_Union[_types_pb2.AdminCreateUserConfigType, _Mapping]] = ..., schema: _Optional[_Iterable[_Union[_types_pb2.SchemaAttributeType, _Mapping]]] = ..., user_pool_add_ons: _Optional[_Union[_types_pb2.UserPoolAddOnsType, _Mapping]] = ..., dcr_configuration: _Optional[_Union[_types_pb2.DcrConfigurationType, _Mapping]] = ..., username_configuration: _Optional[_Union[_types_pb2.UsernameConfigurationType, _Mapping]] = ..., account_recovery_setting: _Optional[_Union[_types_pb2.AccountRecoverySettingType, _Mapping]] = ..., user_pool_tier: _Optional[_Union[_enums_pb2.UserPoolTierType, str]] = ..., key_configuration: _Optional[_Union[_types_pb2.KeyConfigurationType, _Mapping]] = ..., issuer_configuration: _Optional[_Union[_types_pb2.IssuerConfigurationType, _Mapping]] = ..., acr_configuration: _Optional[_Mapping[str, _types_pb2.AcrLevelConfigType]] = ...) -> None: ...

class CreateUserPoolResponse(_message.Message):
    __slots__ = ("user_pool",)
    USER_POOL_FIELD_NUMBER: _ClassVar[int]
    user_pool: _types_pb2.UserPoolType
    def __init__(self, user_pool: _Optional[_Union[_types_pb2.UserPoolType, _Mapping]] = ...) -> None: ...

class CreateUserPoolClientRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_name", "generate_secret", "client_secret", "refresh_token_validity", "access_token_validity", "id_token_validity", "token_validity_units", "read_attributes", "write_attributes", "explicit_auth_flows", "supported_identity_providers", "callback_urls", "logout_urls", "default_redirect_uri", "allowed_oauth_flows", "allowed_oauth_scopes", "allowed_oauth_flows_user_pool_client", "analytics_configuration", "prevent_user_existence_errors", "enable_token_revocation", "enable_propagate_additional_user_context_data", "auth_session_validity", "refresh_token_rotation", "publish_secrets_in_aws_secrets_manager")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    GENERATE_SECRET_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    REFRESH_TOKEN_VALIDITY_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_VALIDITY_FIELD_NUMBER: _ClassVar[int]
    ID_TOKEN_VALIDITY_FIELD_NUMBER: _ClassVar[int]
    TOKEN_VALIDITY_UNITS_FIELD_NUMBER: _ClassVar[int]
    READ_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WRITE_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    EXPLICIT_AUTH_FLOWS_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_IDENTITY_PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_URLS_FIELD_NUMBER: _ClassVar[int]
    LOGOUT_URLS_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_REDIRECT_URI_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_OAUTH_FLOWS_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_OAUTH_SCOPES_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    PREVENT_USER_EXISTENCE_ERRORS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_TOKEN_REVOCATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    AUTH_SESSION_VALIDITY_FIELD_NUMBER: _ClassVar[int]
    REFRESH_TOKEN_ROTATION_FIELD_NUMBER: _ClassVar[int]
    PUBLISH_SECRETS_IN_AWS_SECRETS_MANAGER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_name: str
    generate_secret: bool
    client_secret: str
    refresh_token_validity: int
    access_token_validity: int
    id_token_validity: int
    token_validity_units: _types_pb2.TokenValidityUnitsType
    read_attributes: _containers.RepeatedScalarFieldContainer[str]
    write_attributes: _containers.RepeatedScalarFieldContainer[str]
    explicit_auth_flows: _containers.RepeatedScalarFieldContainer[_enums_pb2.ExplicitAuthFlowsType]
    supported_identity_providers: _containers.RepeatedScalarFieldContainer[str]
    callback_urls: _containers.RepeatedScalarFieldContainer[str]
    logout_urls: _containers.RepeatedScalarFieldContainer[str]
    default_redirect_uri: str
    allowed_oauth_flows: _containers.RepeatedScalarFieldContainer[_enums_pb2.OAuthFlowType]
    allowed_oauth_scopes: _containers.RepeatedScalarFieldContainer[str]
    allowed_oauth_flows_user_pool_client: bool
    analytics_configuration: _types_pb2.AnalyticsConfigurationType
    prevent_user_existence_errors: _enums_pb2.PreventUserExistenceErrorTypes
    enable_token_revocation: bool
    enable_propagate_additional_user_context_data: bool
    auth_session_validity: int
    refresh_token_rotation: _types_pb2.RefreshTokenRotationType
    publish_secrets_in_aws_secrets_manager: bool
    def __init__(self, user_pool_id: _Optional[str] = ..., client_name: _Optional[str] = ..., generate_secret: _Optional[bool] = ..., client_secret: _Optional[str] = ..., refresh_token_validity: _Optional[int] = ..., access_token_validity: _Optional[int] = ..., id_token_validity: _Optional[int] = ..., token_validity_units: _Optional[_Union[_types_pb2.TokenValidityUnitsType, _Mapping]] = ..., read_attributes: _Optional[_Iterable[str]] = ..., write_attributes: _Optional[_Iterable[str]] = ..., explicit_auth_flows: _Optional[_Iterable[_Union[_enums_pb2.ExplicitAuthFlowsType, str]]] = ..., supported_identity_providers: _Optional[_Iterable[str]] = ..., callback_urls: _Optional[_Iterable[str]] = ..., logout_urls: _Optional[_Iterable[str]] = ..., default_redirect_uri: _Optional[str] = ..., allowed_oauth_flows: _Optional[_Iterable[_Union[_enums_pb2.OAuthFlowType, str]]] = ..., allowed_oauth_scopes: _Optional[_Iterable[str]] = ..., allowed_oauth_flows_user_pool_client: _Optional[bool] = ..., analytics_configuration: _Optional[_Union[_types_pb2.AnalyticsConfigurationType, _Mapping]] = ..., prevent_user_existence_errors: _Optional[_Union[_enums_pb2.PreventUserExistenceErrorTypes, str]] = ..., enable_token_revocation: _Optional[bool] = ..., enable_propagate_additional_user_context_data: _Optional[bool] = ..., auth_session_validity: _Optional[int] = ..., refresh_token_rotation: _Optional[_Union[_types_pb2.RefreshTokenRotationType, _Mapping]] = ..., publish_secrets_in_aws_secrets_manager: _Optional[bool] = ...) -> None: ...

class CreateUserPoolClientResponse(_message.Message):
    __slots__ = ("user_pool_client",)
    USER_POOL_CLIENT_FIELD_NUMBER: _ClassVar[int]
    user_pool_client: _types_pb2.UserPoolClientType
    def __init__(self, user_pool_client: _Optional[_Union[_types_pb2.UserPoolClientType, _Mapping]] = ...) -> None: ...

class CreateUserPoolDomainRequest(_message.Message):
    __slots__ = ("domain", "user_pool_id", "managed_login_version", "custom_domain_config", "routing")
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MANAGED_LOGIN_VERSION_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_DOMAIN_CONFIG_FIELD_NUMBER: _ClassVar[int]
    ROUTING_FIELD_NUMBER: _ClassVar[int]
    domain: str
    user_pool_id: str
    managed_login_version: int
    custom_domain_config: _types_pb2.CustomDomainConfigType
    routing: _types_pb2.RoutingType
    def __init__(self, domain: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., managed_login_version: _Optional[int] = ..., custom_domain_config: _Optional[_Union[_types_pb2.CustomDomainConfigType, _Mapping]] = ..., routing: _Optional[_Union[_types_pb2.RoutingType, _Mapping]] = ...) -> None: ...

class CreateUserPoolDomainResponse(_message.Message):
    __slots__ = ("managed_login_version", "cloud_front_domain", "routing")
    MANAGED_LOGIN_VERSION_FIELD_NUMBER: _ClassVar[int]
    CLOUD_FRONT_DOMAIN_FIELD_NUMBER: _ClassVar[int]
    ROUTING_FIELD_NUMBER: _ClassVar[int]
    managed_login_version: int
    cloud_front_domain: str
    routing: _types_pb2.RoutingType
    def __init__(self, managed_login_version: _Optional[int] = ..., cloud_front_domain: _Optional[str] = ..., routing: _Optional[_Union[_types_pb2.RoutingType, _Mapping]] = ...) -> None: ...

class CreateUserPoolReplicaRequest(_message.Message):
    __slots__ = ("user_pool_id", "region_name", "user_pool_tags")
    class UserPoolTagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    REGION_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_TAGS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    region_name: str
    user_pool_tags: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., region_name: _Optional[str] = ..., user_pool_tags: _Optional[_Mapping[str, str]] = ...) -> None: ...

class CreateUserPoolReplicaResponse(_message.Message):
    __slots__ = ("user_pool_replica",)
    USER_POOL_REPLICA_FIELD_NUMBER: _ClassVar[int]
    user_pool_replica: _types_pb2.UserPoolReplicaType
    def __init__(self, user_pool_replica: _Optional[_Union[_types_pb2.UserPoolReplicaType, _Mapping]] = ...) -> None: ...

class DeleteCIMDPolicyRequest(_message.Message):
    __slots__ = ("user_pool_id", "cimd_policy_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CIMD_POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    cimd_policy_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., cimd_policy_id: _Optional[str] = ...) -> None: ...

class DeleteCIMDPolicyResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteGroupRequest(_message.Message):
    __slots__ = ("group_name", "user_pool_id")
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    group_name: str
    user_pool_id: str
    def __init__(self, group_name: _Optional[str] = ..., user_pool_id: _Optional[str] = ...) -> None: ...

class DeleteGroupResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteIdentityProviderRequest(_message.Message):
    __slots__ = ("user_pool_id", "provider_name")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    provider_name: str
    def __init__(self, user_pool_id: _Optional[str] = ..., provider_name: _Optional[str] = ...) -> None: ...

class DeleteIdentityProviderResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteManagedLoginBrandingRequest(_message.Message):
    __slots__ = ("managed_login_branding_id", "user_pool_id")
    MANAGED_LOGIN_BRANDING_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    managed_login_branding_id: str
    user_pool_id: str
    def __init__(self, managed_login_branding_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ...) -> None: ...

class DeleteManagedLoginBrandingResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteResourceServerRequest(_message.Message):
    __slots__ = ("user_pool_id", "identifier")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    identifier: str
    def __init__(self, user_pool_id: _Optional[str] = ..., identifier: _Optional[str] = ...) -> None: ...

class DeleteResourceServerResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteTermsRequest(_message.Message):
    __slots__ = ("terms_id", "user_pool_id")
    TERMS_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    terms_id: str
    user_pool_id: str
    def __init__(self, terms_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ...) -> None: ...

class DeleteTermsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteUserRequest(_message.Message):
    __slots__ = ("access_token",)
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    def __init__(self, access_token: _Optional[str] = ...) -> None: ...

class DeleteUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteUserAttributesRequest(_message.Message):
    __slots__ = ("user_attribute_names", "access_token")
    USER_ATTRIBUTE_NAMES_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_attribute_names: _containers.RepeatedScalarFieldContainer[str]
    access_token: str
    def __init__(self, user_attribute_names: _Optional[_Iterable[str]] = ..., access_token: _Optional[str] = ...) -> None: ...

class DeleteUserAttributesResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteUserPoolRequest(_message.Message):
    __slots__ = ("user_pool_id",)
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    def __init__(self, user_pool_id: _Optional[str] = ...) -> None: ...

class DeleteUserPoolResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteUserPoolClientRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ...) -> None: ...

class DeleteUserPoolClientResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteUserPoolClientSecretRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "client_secret_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    client_secret_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., client_secret_id: _Optional[str] = ...) -> None: ...

class DeleteUserPoolClientSecretResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteUserPoolDomainRequest(_message.Message):
    __slots__ = ("domain", "user_pool_id")
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    domain: str
    user_pool_id: str
    def __init__(self, domain: _Optional[str] = ..., user_pool_id: _Optional[str] = ...) -> None: ...

class DeleteUserPoolDomainResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteUserPoolReplicaRequest(_message.Message):
    __slots__ = ("user_pool_id", "region_name")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    REGION_NAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    region_name: str
    def __init__(self, user_pool_id: _Optional[str] = ..., region_name: _Optional[str] = ...) -> None: ...

class DeleteUserPoolReplicaResponse(_message.Message):
    __slots__ = ("user_pool_replica",)
    USER_POOL_REPLICA_FIELD_NUMBER: _ClassVar[int]
    user_pool_replica: _types_pb2.UserPoolReplicaType
    def __init__(self, user_pool_replica: _Optional[_Union[_types_pb2.UserPoolReplicaType, _Mapping]] = ...) -> None: ...

class DeleteWebAuthnCredentialRequest(_message.Message):
    __slots__ = ("access_token", "credential_id")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_ID_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    credential_id: str
    def __init__(self, access_token: _Optional[str] = ..., credential_id: _Optional[str] = ...) -> None: ...

class DeleteWebAuthnCredentialResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DescribeCIMDPolicyRequest(_message.Message):
    __slots__ = ("user_pool_id", "cimd_policy_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CIMD_POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    cimd_policy_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., cimd_policy_id: _Optional[str] = ...) -> None: ...

class DescribeCIMDPolicyResponse(_message.Message):
    __slots__ = ("cimd_policy",)
    CIMD_POLICY_FIELD_NUMBER: _ClassVar[int]
    cimd_policy: _types_pb2.CIMDPolicyType
    def __init__(self, cimd_policy: _Optional[_Union[_types_pb2.CIMDPolicyType, _Mapping]] = ...) -> None: ...

class DescribeIdentityProviderRequest(_message.Message):
    __slots__ = ("user_pool_id", "provider_name")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    provider_name: str
    def __init__(self, user_pool_id: _Optional[str] = ..., provider_name: _Optional[str] = ...) -> None: ...

class DescribeIdentityProviderResponse(_message.Message):
    __slots__ = ("identity_provider",)
    IDENTITY_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    identity_provider: _types_pb2.IdentityProviderType
    def __init__(self, identity_provider: _Optional[_Union[_types_pb2.IdentityProviderType, _Mapping]] = ...) -> None: ...

class DescribeManagedLoginBrandingRequest(_message.Message):
    __slots__ = ("user_pool_id", "managed_login_branding_id", "return_merged_resources")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MANAGED_LOGIN_BRANDING_ID_FIELD_NUMBER: _ClassVar[int]
    RETURN_MERGED_RESOURCES_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    managed_login_branding_id: str
    return_merged_resources: bool
    def __init__(self, user_pool_id: _Optional[str] = ..., managed_login_branding_id: _Optional[str] = ..., return_merged_resources: _Optional[bool] = ...) -> None: ...

class DescribeManagedLoginBrandingResponse(_message.Message):
    __slots__ = ("managed_login_branding",)
    MANAGED_LOGIN_BRANDING_FIELD_NUMBER: _ClassVar[int]
    managed_login_branding: _types_pb2.ManagedLoginBrandingType
    def __init__(self, managed_login_branding: _Optional[_Union[_types_pb2.ManagedLoginBrandingType, _Mapping]] = ...) -> None: ...

class DescribeManagedLoginBrandingByClientRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "return_merged_resources")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    RETURN_MERGED_RESOURCES_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    return_merged_resources: bool
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., return_merged_resources: _Optional[bool] = ...) -> None: ...

class DescribeManagedLoginBrandingByClientResponse(_message.Message):
    __slots__ = ("managed_login_branding",)
    MANAGED_LOGIN_BRANDING_FIELD_NUMBER: _ClassVar[int]
    managed_login_branding: _types_pb2.ManagedLoginBrandingType
    def __init__(self, managed_login_branding: _Optional[_Union[_types_pb2.ManagedLoginBrandingType, _Mapping]] = ...) -> None: ...

class DescribePointInTimeRecoveryRequest(_message.Message):
    __slots__ = ("user_pool_id", "restore_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    restore_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., restore_id: _Optional[str] = ...) -> None: ...

class DescribePointInTimeRecoveryResponse(_message.Message):
    __slots__ = ("restoration",)
    RESTORATION_FIELD_NUMBER: _ClassVar[int]
    restoration: _types_pb2.RestorationType
    def __init__(self, restoration: _Optional[_Union[_types_pb2.RestorationType, _Mapping]] = ...) -> None: ...

class DescribeResourceServerRequest(_message.Message):
    __slots__ = ("user_pool_id", "identifier")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    identifier: str
    def __init__(self, user_pool_id: _Optional[str] = ..., identifier: _Optional[str] = ...) -> None: ...

class DescribeResourceServerResponse(_message.Message):
    __slots__ = ("resource_server",)
    RESOURCE_SERVER_FIELD_NUMBER: _ClassVar[int]
    resource_server: _types_pb2.ResourceServerType
    def __init__(self, resource_server: _Optional[_Union[_types_pb2.ResourceServerType, _Mapping]] = ...) -> None: ...

class DescribeRiskConfigurationRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ...) -> None: ...

class DescribeRiskConfigurationResponse(_message.Message):
    __slots__ = ("risk_configuration",)
    RISK_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    risk_configuration: _types_pb2.RiskConfigurationType
    def __init__(self, risk_configuration: _Optional[_Union[_types_pb2.RiskConfigurationType, _Mapping]] = ...) -> None: ...

class DescribeTermsRequest(_message.Message):
    __slots__ = ("terms_id", "user_pool_id")
    TERMS_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    terms_id: str
    user_pool_id: str
    def __init__(self, terms_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ...) -> None: ...

class DescribeTermsResponse(_message.Message):
    __slots__ = ("terms",)
    TERMS_FIELD_NUMBER: _ClassVar[int]
    terms: _types_pb2.TermsType
    def __init__(self, terms: _Optional[_Union[_types_pb2.TermsType, _Mapping]] = ...) -> None: ...

class DescribeTermsByClientRequest(_message.Message):
    __slots__ = ("client_id", "user_pool_id", "terms_name")
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    TERMS_NAME_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    user_pool_id: str
    terms_name: str
    def __init__(self, client_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., terms_name: _Optional[str] = ...) -> None: ...

class DescribeTermsByClientResponse(_message.Message):
    __slots__ = ("terms",)
    TERMS_FIELD_NUMBER: _ClassVar[int]
    terms: _types_pb2.TermsType
    def __init__(self, terms: _Optional[_Union[_types_pb2.TermsType, _Mapping]] = ...) -> None: ...

class DescribeUserImportJobRequest(_message.Message):
    __slots__ = ("user_pool_id", "job_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    job_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., job_id: _Optional[str] = ...) -> None: ...

class DescribeUserImportJobResponse(_message.Message):
    __slots__ = ("user_import_job",)
    USER_IMPORT_JOB_FIELD_NUMBER: _ClassVar[int]
    user_import_job: _types_pb2.UserImportJobType
    def __init__(self, user_import_job: _Optional[_Union[_types_pb2.UserImportJobType, _Mapping]] = ...) -> None: ...

class DescribeUserPoolRequest(_message.Message):
    __slots__ = ("user_pool_id",)
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    def __init__(self, user_pool_id: _Optional[str] = ...) -> None: ...

class DescribeUserPoolResponse(_message.Message):
    __slots__ = ("user_pool",)
    USER_POOL_FIELD_NUMBER: _ClassVar[int]
    user_pool: _types_pb2.UserPoolType
    def __init__(self, user_pool: _Optional[_Union[_types_pb2.UserPoolType, _Mapping]] = ...) -> None: ...

class DescribeUserPoolClientRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ...) -> None: ...

class DescribeUserPoolClientResponse(_message.Message):
    __slots__ = ("user_pool_client",)
    USER_POOL_CLIENT_FIELD_NUMBER: _ClassVar[int]
    user_pool_client: _types_pb2.UserPoolClientType
    def __init__(self, user_pool_client: _Optional[_Union[_types_pb2.UserPoolClientType, _Mapping]] = ...) -> None: ...

class DescribeUserPoolDomainRequest(_message.Message):
    __slots__ = ("domain",)
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    domain: str
    def __init__(self, domain: _Optional[str] = ...) -> None: ...

class DescribeUserPoolDomainResponse(_message.Message):
    __slots__ = ("domain_description",)
    DOMAIN_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    domain_description: _types_pb2.DomainDescriptionType
    def __init__(self, domain_description: _Optional[_Union[_types_pb2.DomainDescriptionType, _Mapping]] = ...) -> None: ...

class ForgetDeviceRequest(_message.Message):
    __slots__ = ("access_token", "device_key")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    device_key: str
    def __init__(self, access_token: _Optional[str] = ..., device_key: _Optional[str] = ...) -> None: ...

class ForgetDeviceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ForgotPasswordRequest(_message.Message):
    __slots__ = ("client_id", "secret_hash", "user_context_data", "username", "analytics_metadata", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SECRET_HASH_FIELD_NUMBER: _ClassVar[int]
    USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    secret_hash: str
    user_context_data: _types_pb2.UserContextDataType
    username: str
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, client_id: _Optional[str] = ..., secret_hash: _Optional[str] = ..., user_context_data: _Optional[_Union[_types_pb2.UserContextDataType, _Mapping]] = ..., username: _Optional[str] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ForgotPasswordResponse(_message.Message):
    __slots__ = ("code_delivery_details",)
    CODE_DELIVERY_DETAILS_FIELD_NUMBER: _ClassVar[int]
    code_delivery_details: _types_pb2.CodeDeliveryDetailsType
    def __init__(self, code_delivery_details: _Optional[_Union[_types_pb2.CodeDeliveryDetailsType, _Mapping]] = ...) -> None: ...

class GetCSVHeaderRequest(_message.Message):
    __slots__ = ("user_pool_id",)
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    def __init__(self, user_pool_id: _Optional[str] = ...) -> None: ...

class GetCSVHeaderResponse(_message.Message):
    __slots__ = ("user_pool_id", "csv_header")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CSV_HEADER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    csv_header: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_pool_id: _Optional[str] = ..., csv_header: _Optional[_Iterable[str]] = ...) -> None: ...

class GetClientTokenRequest(_message.Message):
    __slots__ = ("client_id", "secret", "scopes", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    secret: str
    scopes: _containers.RepeatedScalarFieldContainer[str]
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, client_id: _Optional[str] = ..., secret: _Optional[str] = ..., scopes: _Optional[_Iterable[str]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class GetClientTokenResponse(_message.Message):
    __slots__ = ("client_authentication_result",)
    CLIENT_AUTHENTICATION_RESULT_FIELD_NUMBER: _ClassVar[int]
    client_authentication_result: _types_pb2.ClientAuthenticationResultType
    def __init__(self, client_authentication_result: _Optional[_Union[_types_pb2.ClientAuthenticationResultType, _Mapping]] = ...) -> None: ...

class GetDerivedTokenRequest(_message.Message):
    __slots__ = ("client_id", "client_secret", "subject_token", "subject_token_type", "subject_token_provider_name", "actor_token", "actor_token_type", "actor_token_provider_name", "scopes", "audiences", "resources", "requested_token_type")
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_TOKEN_PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    ACTOR_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ACTOR_TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_TOKEN_PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    AUDIENCES_FIELD_NUMBER: _ClassVar[int]
    RESOURCES_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    client_secret: str
    subject_token: str
    subject_token_type: _enums_pb2.TokenTypeIdentifierType
    subject_token_provider_name: str
    actor_token: str
    actor_token_type: _enums_pb2.TokenTypeIdentifierType
    actor_token_provider_name: str
    scopes: _containers.RepeatedScalarFieldContainer[str]
    audiences: _containers.RepeatedScalarFieldContainer[str]
    resources: _containers.RepeatedScalarFieldContainer[str]
    requested_token_type: _enums_pb2.IssuedTokenTypeIdentifierType
    def __init__(self, client_id: _Optional[str] = ..., client_secret: _Optional[str] = ..., subject_token: _Optional[str] = ..., subject_token_type: _Optional[_Union[_enums_pb2.TokenTypeIdentifierType, str]] = ..., subject_token_provider_name: _Optional[str] = ..., actor_token: _Optional[str] = ..., actor_token_type: _Optional[_Union[_enums_pb2.TokenTypeIdentifierType, str]] = ..., actor_token_provider_name: _Optional[str] = ..., scopes: _Optional[_Iterable[str]] = ..., audiences: _Optional[_Iterable[str]] = ..., resources: _Optional[_Iterable[str]] = ..., requested_token_type: _Optional[_Union[_enums_pb2.IssuedTokenTypeIdentifierType, str]] = ...) -> None: ...

class GetDerivedTokenResponse(_message.Message):
    __slots__ = ("issued_token", "issued_token_type", "token_type", "expires_in", "scopes")
    ISSUED_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ISSUED_TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_IN_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    issued_token: str
    issued_token_type: _enums_pb2.IssuedTokenTypeIdentifierType
    token_type: _enums_pb2.OAuthTokenTypeType
    expires_in: int
    scopes: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, issued_token: _Optional[str] = ..., issued_token_type: _Optional[_Union[_enums_pb2.IssuedTokenTypeIdentifierType, str]] = ..., token_type: _Optional[_Union[_enums_pb2.OAuthTokenTypeType, str]] = ..., expires_in: _Optional[int] = ..., scopes: _Optional[_Iterable[str]] = ...) -> None: ...

class GetDeviceRequest(_message.Message):
    __slots__ = ("device_key", "access_token")
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    device_key: str
    access_token: str
    def __init__(self, device_key: _Optional[str] = ..., access_token: _Optional[str] = ...) -> None: ...

class GetDeviceResponse(_message.Message):
    __slots__ = ("device",)
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    device: _types_pb2.DeviceType
    def __init__(self, device: _Optional[_Union[_types_pb2.DeviceType, _Mapping]] = ...) -> None: ...

class GetGroupRequest(_message.Message):
    __slots__ = ("group_name", "user_pool_id")
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    group_name: str
    user_pool_id: str
    def __init__(self, group_name: _Optional[str] = ..., user_pool_id: _Optional[str] = ...) -> None: ...

class GetGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _types_pb2.GroupType
    def __init__(self, group: _Optional[_Union[_types_pb2.GroupType, _Mapping]] = ...) -> None: ...

class GetIdentityProviderByIdentifierRequest(_message.Message):
    __slots__ = ("user_pool_id", "idp_identifier")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    IDP_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    idp_identifier: str
    def __init__(self, user_pool_id: _Optional[str] = ..., idp_identifier: _Optional[str] = ...) -> None: ...

class GetIdentityProviderByIdentifierResponse(_message.Message):
    __slots__ = ("identity_provider",)
    IDENTITY_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    identity_provider: _types_pb2.IdentityProviderType
    def __init__(self, identity_provider: _Optional[_Union[_types_pb2.IdentityProviderType, _Mapping]] = ...) -> None: ...

class GetLogDeliveryConfigurationRequest(_message.Message):
    __slots__ = ("user_pool_id",)
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    def __init__(self, user_pool_id: _Optional[str] = ...) -> None: ...

class GetLogDeliveryConfigurationResponse(_message.Message):
    __slots__ = ("log_delivery_configuration",)
    LOG_DELIVERY_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    log_delivery_configuration: _types_pb2.LogDeliveryConfigurationType
    def __init__(self, log_delivery_configuration: _Optional[_Union[_types_pb2.LogDeliveryConfigurationType, _Mapping]] = ...) -> None: ...

class GetProvisionedLimitRequest(_message.Message):
    __slots__ = ("limit_definition",)
    LIMIT_DEFINITION_FIELD_NUMBER: _ClassVar[int]
    limit_definition: _types_pb2.LimitDefinitionType
    def __init__(self, limit_definition: _Optional[_Union[_types_pb2.LimitDefinitionType, _Mapping]] = ...) -> None: ...

class GetProvisionedLimitResponse(_message.Message):
    __slots__ = ("limit",)
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    limit: _types_pb2.LimitType
    def __init__(self, limit: _Optional[_Union[_types_pb2.LimitType, _Mapping]] = ...) -> None: ...

class GetSigningCertificateRequest(_message.Message):
    __slots__ = ("user_pool_id",)
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    def __init__(self, user_pool_id: _Optional[str] = ...) -> None: ...

class GetSigningCertificateResponse(_message.Message):
    __slots__ = ("certificate",)
    CERTIFICATE_FIELD_NUMBER: _ClassVar[int]
    certificate: str
    def __init__(self, certificate: _Optional[str] = ...) -> None: ...

class GetTokensFromRefreshTokenRequest(_message.Message):
    __slots__ = ("refresh_token", "client_id", "client_secret", "device_key", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    REFRESH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    refresh_token: str
    client_id: str
    client_secret: str
    device_key: str
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, refresh_token: _Optional[str] = ..., client_id: _Optional[str] = ..., client_secret: _Optional[str] = ..., device_key: _Optional[str] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class GetTokensFromRefreshTokenResponse(_message.Message):
    __slots__ = ("authentication_result",)
    AUTHENTICATION_RESULT_FIELD_NUMBER: _ClassVar[int]
    authentication_result: _types_pb2.AuthenticationResultType
    def __init__(self, authentication_result: _Optional[_Union[_types_pb2.AuthenticationResultType, _Mapping]] = ...) -> None: ...

class GetUICustomizationRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ...) -> None: ...

class GetUICustomizationResponse(_message.Message):
    __slots__ = ("ui_customization",)
    UI_CUSTOMIZATION_FIELD_NUMBER: _ClassVar[int]
    ui_customization: _types_pb2.UICustomizationType
    def __init__(self, ui_customization: _Optional[_Union[_types_pb2.UICustomizationType, _Mapping]] = ...) -> None: ...

class GetUserRequest(_message.Message):
    __slots__ = ("access_token",)
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    def __init__(self, access_token: _Optional[str] = ...) -> None: ...

class GetUserResponse(_message.Message):
    __slots__ = ("username", "user_attributes", "mfa_options", "preferred_mfa_setting", "user_mfa_setting_list")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    MFA_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_MFA_SETTING_FIELD_NUMBER: _ClassVar[int]
    USER_MFA_SETTING_LIST_FIELD_NUMBER: _ClassVar[int]
    username: str
    user_attributes: _containers.RepeatedCompositeFieldContainer[_types_pb2.AttributeType]
    mfa_options: _containers.RepeatedCompositeFieldContainer[_types_pb2.MFAOptionType]
    preferred_mfa_setting: str
    user_mfa_setting_list: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, username: _Optional[str] = ..., user_attributes: _Optional[_Iterable[_Union[_types_pb2.AttributeType, _Mapping]]] = ..., mfa_options: _Optional[_Iterable[_Union[_types_pb2.MFAOptionType, _Mapping]]] = ..., preferred_mfa_setting: _Optional[str] = ..., user_mfa_setting_list: _Optional[_Iterable[str]] = ...) -> None: ...

class GetUserAttributeVerificationCodeRequest(_message.Message):
    __slots__ = ("access_token", "attribute_name", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_NAME_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    attribute_name: str
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, access_token: _Optional[str] = ..., attribute_name: _Optional[str] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class GetUserAttributeVerificationCodeResponse(_message.Message):
    __slots__ = ("code_delivery_details",)
    CODE_DELIVERY_DETAILS_FIELD_NUMBER: _ClassVar[int]
    code_delivery_details: _types_pb2.CodeDeliveryDetailsType
    def __init__(self, code_delivery_details: _Optional[_Union[_types_pb2.CodeDeliveryDetailsType, _Mapping]] = ...) -> None: ...

class GetUserAuthFactorsRequest(_message.Message):
    __slots__ = ("access_token",)
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    def __init__(self, access_token: _Optional[str] = ...) -> None: ...

class GetUserAuthFactorsResponse(_message.Message):
    __slots__ = ("username", "preferred_mfa_setting", "user_mfa_setting_list", "configured_user_auth_factors")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_MFA_SETTING_FIELD_NUMBER: _ClassVar[int]
    USER_MFA_SETTING_LIST_FIELD_NUMBER: _ClassVar[int]
    CONFIGURED_USER_AUTH_FACTORS_FIELD_NUMBER: _ClassVar[int]
    username: str
    preferred_mfa_setting: str
    user_mfa_setting_list: _containers.RepeatedScalarFieldContainer[str]
    configured_user_auth_factors: _containers.RepeatedScalarFieldContainer[_enums_pb2.AuthFactorType]
    def __init__(self, username: _Optional[str] = ..., preferred_mfa_setting: _Optional[str] = ..., user_mfa_setting_list: _Optional[_Iterable[str]] = ..., configured_user_auth_factors: _Optional[_Iterable[_Union[_enums_pb2.AuthFactorType, str]]] = ...) -> None: ...

class GetUserPoolClientSessionConfigurationRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ...) -> None: ...

class GetUserPoolClientSessionConfigurationResponse(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "sso_session")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SSO_SESSION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    sso_session: _types_pb2.ClientSSOSessionConfigType
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., sso_session: _Optional[_Union[_types_pb2.ClientSSOSessionConfigType, _Mapping]] = ...) -> None: ...

class GetUserPoolMfaConfigRequest(_message.Message):
    __slots__ = ("user_pool_id",)
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    def __init__(self, user_pool_id: _Optional[str] = ...) -> None: ...

class GetUserPoolMfaConfigResponse(_message.Message):
    __slots__ = ("sms_mfa_configuration", "software_token_mfa_configuration", "email_mfa_configuration", "mfa_configuration", "web_authn_configuration")
    SMS_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    SOFTWARE_TOKEN_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    WEB_AUTHN_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    sms_mfa_configuration: _types_pb2.SmsMfaConfigType
    software_token_mfa_configuration: _types_pb2.SoftwareTokenMfaConfigType
    email_mfa_configuration: _types_pb2.EmailMfaConfigType
    mfa_configuration: _enums_pb2.UserPoolMfaType
    web_authn_configuration: _types_pb2.WebAuthnConfigurationType
    def __init__(self, sms_mfa_configuration: _Optional[_Union[_types_pb2.SmsMfaConfigType, _Mapping]] = ..., software_token_mfa_configuration: _Optional[_Union[_types_pb2.SoftwareTokenMfaConfigType, _Mapping]] = ..., email_mfa_configuration: _Optional[_Union[_types_pb2.EmailMfaConfigType, _Mapping]] = ..., mfa_configuration: _Optional[_Union[_enums_pb2.UserPoolMfaType, str]] = ..., web_authn_configuration: _Optional[_Union[_types_pb2.WebAuthnConfigurationType, _Mapping]] = ...) -> None: ...

class GetUserPoolSessionConfigurationRequest(_message.Message):
    __slots__ = ("user_pool_id",)
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    def __init__(self, user_pool_id: _Optional[str] = ...) -> None: ...

class GetUserPoolSessionConfigurationResponse(_message.Message):
    __slots__ = ("user_pool_id", "user_session_tracking", "token_session")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_SESSION_TRACKING_FIELD_NUMBER: _ClassVar[int]
    TOKEN_SESSION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    user_session_tracking: _enums_pb2.UserSessionTrackingType
    token_session: _types_pb2.UserPoolTokenSessionConfigType
    def __init__(self, user_pool_id: _Optional[str] = ..., user_session_tracking: _Optional[_Union[_enums_pb2.UserSessionTrackingType, str]] = ..., token_session: _Optional[_Union[_types_pb2.UserPoolTokenSessionConfigType, _Mapping]] = ...) -> None: ...

class GlobalSignOutRequest(_message.Message):
    __slots__ = ("access_token",)
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    def __init__(self, access_token: _Optional[str] = ...) -> None: ...

class GlobalSignOutResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class InitiateAuthRequest(_message.Message):
    __slots__ = ("auth_flow", "auth_parameters", "client_metadata", "client_id", "analytics_metadata", "user_context_data", "session")
    class AuthParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    AUTH_FLOW_FIELD_NUMBER: _ClassVar[int]
    AUTH_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    auth_flow: _enums_pb2.AuthFlowType
    auth_parameters: _containers.ScalarMap[str, str]
    client_metadata: _containers.ScalarMap[str, str]
    client_id: str
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    user_context_data: _types_pb2.UserContextDataType
    session: str
    def __init__(self, auth_flow: _Optional[_Union[_enums_pb2.AuthFlowType, str]] = ..., auth_parameters: _Optional[_Mapping[str, str]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ..., client_id: _Optional[str] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., user_context_data: _Optional[_Union[_types_pb2.UserContextDataType, _Mapping]] = ..., session: _Optional[str] = ...) -> None: ...

class InitiateAuthResponse(_message.Message):
    __slots__ = ("challenge_name", "session", "challenge_parameters", "authentication_result", "available_challenges")
    class ChallengeParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CHALLENGE_NAME_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_RESULT_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_CHALLENGES_FIELD_NUMBER: _ClassVar[int]
    challenge_name: _enums_pb2.ChallengeNameType
    session: str
    challenge_parameters: _containers.ScalarMap[str, str]
    authentication_result: _types_pb2.AuthenticationResultType
    available_challenges: _containers.RepeatedScalarFieldContainer[_enums_pb2.ChallengeNameType]
    def __init__(self, challenge_name: _Optional[_Union[_enums_pb2.ChallengeNameType, str]] = ..., session: _Optional[str] = ..., challenge_parameters: _Optional[_Mapping[str, str]] = ..., authentication_result: _Optional[_Union[_types_pb2.AuthenticationResultType, _Mapping]] = ..., available_challenges: _Optional[_Iterable[_Union[_enums_pb2.ChallengeNameType, str]]] = ...) -> None: ...

class InitiatePointInTimeRecoveryRequest(_message.Message):
    __slots__ = ("user_pool_id", "restore_timestamp")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    RESTORE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    restore_timestamp: _timestamp_pb2.Timestamp
    def __init__(self, user_pool_id: _Optional[str] = ..., restore_timestamp: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InitiatePointInTimeRecoveryResponse(_message.Message):
    __slots__ = ("restoration",)
    RESTORATION_FIELD_NUMBER: _ClassVar[int]
    restoration: _types_pb2.RestorationType
    def __init__(self, restoration: _Optional[_Union[_types_pb2.RestorationType, _Mapping]] = ...) -> None: ...

class ListCIMDPoliciesRequest(_message.Message):
    __slots__ = ("user_pool_id", "next_token", "max_results")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    next_token: str
    max_results: int
    def __init__(self, user_pool_id: _Optional[str] = ..., next_token: _Optional[str] = ..., max_results: _Optional[int] = ...) -> None: ...

class ListCIMDPoliciesResponse(_message.Message):
    __slots__ = ("next_token", "cimd_policies")
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CIMD_POLICIES_FIELD_NUMBER: _ClassVar[int]
    next_token: str
    cimd_policies: _containers.RepeatedCompositeFieldContainer[_types_pb2.CIMDPolicySummaryType]
    def __init__(self, next_token: _Optional[str] = ..., cimd_policies: _Optional[_Iterable[_Union[_types_pb2.CIMDPolicySummaryType, _Mapping]]] = ...) -> None: ...

class ListClientMetadataURLsRequest(_message.Message):
    __slots__ = ("user_pool_id", "cimd_policy_id", "next_token", "max_results")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CIMD_POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    cimd_policy_id: str
    next_token: str
    max_results: int
    def __init__(self, user_pool_id: _Optional[str] = ..., cimd_policy_id: _Optional[str] = ..., next_token: _Optional[str] = ..., max_results: _Optional[int] = ...) -> None: ...

class ListClientMetadataURLsResponse(_message.Message):
    __slots__ = ("next_token", "client_metadata_urls")
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_URLS_FIELD_NUMBER: _ClassVar[int]
    next_token: str
    client_metadata_urls: _containers.RepeatedCompositeFieldContainer[_types_pb2.ClientMetadataURLType]
    def __init__(self, next_token: _Optional[str] = ..., client_metadata_urls: _Optional[_Iterable[_Union[_types_pb2.ClientMetadataURLType, _Mapping]]] = ...) -> None: ...

class ListDevicesRequest(_message.Message):
    __slots__ = ("access_token", "limit", "pagination_token")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    limit: int
    pagination_token: str
    def __init__(self, access_token: _Optional[str] = ..., limit: _Optional[int] = ..., pagination_token: _Optional[str] = ...) -> None: ...

class ListDevicesResponse(_message.Message):
    __slots__ = ("devices", "pagination_token")
    DEVICES_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    devices: _containers.RepeatedCompositeFieldContainer[_types_pb2.DeviceType]
    pagination_token: str
    def __init__(self, devices: _Optional[_Iterable[_Union[_types_pb2.DeviceType, _Mapping]]] = ..., pagination_token: _Optional[str] = ...) -> None: ...

class ListGroupsRequest(_message.Message):
    __slots__ = ("user_pool_id", "limit", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    limit: int
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., limit: _Optional[int] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListGroupsResponse(_message.Message):
    __slots__ = ("groups", "next_token")
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    groups: _containers.RepeatedCompositeFieldContainer[_types_pb2.GroupType]
    next_token: str
    def __init__(self, groups: _Optional[_Iterable[_Union[_types_pb2.GroupType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListIdentityProvidersRequest(_message.Message):
    __slots__ = ("user_pool_id", "max_results", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    max_results: int
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., max_results: _Optional[int] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListIdentityProvidersResponse(_message.Message):
    __slots__ = ("providers", "next_token")
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    providers: _containers.RepeatedCompositeFieldContainer[_types_pb2.ProviderDescription]
    next_token: str
    def __init__(self, providers: _Optional[_Iterable[_Union[_types_pb2.ProviderDescription, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListPointInTimeRecoveriesRequest(_message.Message):
    __slots__ = ("user_pool_id", "next_token", "max_results")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    next_token: str
    max_results: int
    def __init__(self, user_pool_id: _Optional[str] = ..., next_token: _Optional[str] = ..., max_results: _Optional[int] = ...) -> None: ...

class ListPointInTimeRecoveriesResponse(_message.Message):
    __slots__ = ("restorations", "next_token")
    RESTORATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    restorations: _containers.RepeatedCompositeFieldContainer[_types_pb2.RestorationDescriptionType]
    next_token: str
    def __init__(self, restorations: _Optional[_Iterable[_Union[_types_pb2.RestorationDescriptionType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListResourceServersRequest(_message.Message):
    __slots__ = ("user_pool_id", "max_results", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    max_results: int
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., max_results: _Optional[int] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListResourceServersResponse(_message.Message):
    __slots__ = ("resource_servers", "next_token")
    RESOURCE_SERVERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    resource_servers: _containers.RepeatedCompositeFieldContainer[_types_pb2.ResourceServerType]
    next_token: str
    def __init__(self, resource_servers: _Optional[_Iterable[_Union[_types_pb2.ResourceServerType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListTagsForResourceRequest(_message.Message):
    __slots__ = ("resource_arn",)
    RESOURCE_ARN_FIELD_NUMBER: _ClassVar[int]
    resource_arn: str
    def __init__(self, resource_arn: _Optional[str] = ...) -> None: ...

class ListTagsForResourceResponse(_message.Message):
    __slots__ = ("tags",)
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TAGS_FIELD_NUMBER: _ClassVar[int]
    tags: _containers.ScalarMap[str, str]
    def __init__(self, tags: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ListTermsRequest(_message.Message):
    __slots__ = ("user_pool_id", "max_results", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    max_results: int
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., max_results: _Optional[int] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListTermsResponse(_message.Message):
    __slots__ = ("terms", "next_token")
    TERMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    terms: _containers.RepeatedCompositeFieldContainer[_types_pb2.TermsDescriptionType]
    next_token: str
    def __init__(self, terms: _Optional[_Iterable[_Union[_types_pb2.TermsDescriptionType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUserImportJobsRequest(_message.Message):
    __slots__ = ("user_pool_id", "max_results", "pagination_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    max_results: int
    pagination_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., max_results: _Optional[int] = ..., pagination_token: _Optional[str] = ...) -> None: ...

class ListUserImportJobsResponse(_message.Message):
    __slots__ = ("user_import_jobs", "pagination_token")
    USER_IMPORT_JOBS_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_import_jobs: _containers.RepeatedCompositeFieldContainer[_types_pb2.UserImportJobType]
    pagination_token: str
    def __init__(self, user_import_jobs: _Optional[_Iterable[_Union[_types_pb2.UserImportJobType, _Mapping]]] = ..., pagination_token: _Optional[str] = ...) -> None: ...

class ListUserPoolClientSecretsRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUserPoolClientSecretsResponse(_message.Message):
    __slots__ = ("client_secrets", "next_token")
    CLIENT_SECRETS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    client_secrets: _containers.RepeatedCompositeFieldContainer[_types_pb2.ClientSecretDescriptorType]
    next_token: str
    def __init__(self, client_secrets: _Optional[_Iterable[_Union[_types_pb2.ClientSecretDescriptorType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUserPoolClientsRequest(_message.Message):
    __slots__ = ("user_pool_id", "max_results", "next_token", "client_type")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CLIENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    max_results: int
    next_token: str
    client_type: _enums_pb2.ClientTypeType
    def __init__(self, user_pool_id: _Optional[str] = ..., max_results: _Optional[int] = ..., next_token: _Optional[str] = ..., client_type: _Optional[_Union[_enums_pb2.ClientTypeType, str]] = ...) -> None: ...

class ListUserPoolClientsResponse(_message.Message):
    __slots__ = ("user_pool_clients", "next_token")
    USER_POOL_CLIENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_clients: _containers.RepeatedCompositeFieldContainer[_types_pb2.UserPoolClientDescription]
    next_token: str
    def __init__(self, user_pool_clients: _Optional[_Iterable[_Union[_types_pb2.UserPoolClientDescription, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUserPoolReplicasRequest(_message.Message):
    __slots__ = ("user_pool_id", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUserPoolReplicasResponse(_message.Message):
    __slots__ = ("user_pool_replicas", "next_token")
    USER_POOL_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_replicas: _containers.RepeatedCompositeFieldContainer[_types_pb2.UserPoolReplicaType]
    next_token: str
    def __init__(self, user_pool_replicas: _Optional[_Iterable[_Union[_types_pb2.UserPoolReplicaType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUserPoolsRequest(_message.Message):
    __slots__ = ("next_token", "max_results")
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    next_token: str
    max_results: int
    def __init__(self, next_token: _Optional[str] = ..., max_results: _Optional[int] = ...) -> None: ...

class ListUserPoolsResponse(_message.Message):
    __slots__ = ("user_pools", "next_token")
    USER_POOLS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pools: _containers.RepeatedCompositeFieldContainer[_types_pb2.UserPoolDescriptionType]
    next_token: str
    def __init__(self, user_pools: _Optional[_Iterable[_Union[_types_pb2.UserPoolDescriptionType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUserSessionsRequest(_message.Message):
    __slots__ = ("access_token", "next_token")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    next_token: str
    def __init__(self, access_token: _Optional[str] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUserSessionsResponse(_message.Message):
    __slots__ = ("sessions", "next_token")
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    sessions: _containers.RepeatedCompositeFieldContainer[_types_pb2.SessionDescriptionType]
    next_token: str
    def __init__(self, sessions: _Optional[_Iterable[_Union[_types_pb2.SessionDescriptionType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUsersRequest(_message.Message):
    __slots__ = ("user_pool_id", "attributes_to_get", "limit", "pagination_token", "filter")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_TO_GET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    attributes_to_get: _containers.RepeatedScalarFieldContainer[str]
    limit: int
    pagination_token: str
    filter: str
    def __init__(self, user_pool_id: _Optional[str] = ..., attributes_to_get: _Optional[_Iterable[str]] = ..., limit: _Optional[int] = ..., pagination_token: _Optional[str] = ..., filter: _Optional[str] = ...) -> None: ...

class ListUsersResponse(_message.Message):
    __slots__ = ("users", "pagination_token")
    USERS_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_types_pb2.UserType]
    pagination_token: str
    def __init__(self, users: _Optional[_Iterable[_Union[_types_pb2.UserType, _Mapping]]] = ..., pagination_token: _Optional[str] = ...) -> None: ...

class ListUsersInGroupRequest(_message.Message):
    __slots__ = ("user_pool_id", "group_name", "limit", "next_token")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    group_name: str
    limit: int
    next_token: str
    def __init__(self, user_pool_id: _Optional[str] = ..., group_name: _Optional[str] = ..., limit: _Optional[int] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListUsersInGroupResponse(_message.Message):
    __slots__ = ("users", "next_token")
    USERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_types_pb2.UserType]
    next_token: str
    def __init__(self, users: _Optional[_Iterable[_Union[_types_pb2.UserType, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ListWebAuthnCredentialsRequest(_message.Message):
    __slots__ = ("access_token", "next_token", "max_results")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MAX_RESULTS_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    next_token: str
    max_results: int
    def __init__(self, access_token: _Optional[str] = ..., next_token: _Optional[str] = ..., max_results: _Optional[int] = ...) -> None: ...

class ListWebAuthnCredentialsResponse(_message.Message):
    __slots__ = ("credentials", "next_token")
    CREDENTIALS_FIELD_NUMBER: _ClassVar[int]
    NEXT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    credentials: _containers.RepeatedCompositeFieldContainer[_types_pb2.WebAuthnCredentialDescription]
    next_token: str
    def __init__(self, credentials: _Optional[_Iterable[_Union[_types_pb2.WebAuthnCredentialDescription, _Mapping]]] = ..., next_token: _Optional[str] = ...) -> None: ...

class ResendConfirmationCodeRequest(_message.Message):
    __slots__ = ("client_id", "secret_hash", "user_context_data", "username", "analytics_metadata", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SECRET_HASH_FIELD_NUMBER: _ClassVar[int]
    USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    secret_hash: str
    user_context_data: _types_pb2.UserContextDataType
    username: str
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, client_id: _Optional[str] = ..., secret_hash: _Optional[str] = ..., user_context_data: _Optional[_Union[_types_pb2.UserContextDataType, _Mapping]] = ..., username: _Optional[str] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ResendConfirmationCodeResponse(_message.Message):
    __slots__ = ("code_delivery_details",)
    CODE_DELIVERY_DETAILS_FIELD_NUMBER: _ClassVar[int]
    code_delivery_details: _types_pb2.CodeDeliveryDetailsType
    def __init__(self, code_delivery_details: _Optional[_Union[_types_pb2.CodeDeliveryDetailsType, _Mapping]] = ...) -> None: ...

class RespondToAuthChallengeRequest(_message.Message):
    __slots__ = ("client_id", "challenge_name", "session", "challenge_responses", "analytics_metadata", "user_context_data", "client_metadata")
    class ChallengeResponsesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_NAME_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    challenge_name: _enums_pb2.ChallengeNameType
    session: str
    challenge_responses: _containers.ScalarMap[str, str]
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    user_context_data: _types_pb2.UserContextDataType
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, client_id: _Optional[str] = ..., challenge_name: _Optional[_Union[_enums_pb2.ChallengeNameType, str]] = ..., session: _Optional[str] = ..., challenge_responses: _Optional[_Mapping[str, str]] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., user_context_data: _Optional[_Union[_types_pb2.UserContextDataType, _Mapping]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class RespondToAuthChallengeResponse(_message.Message):
    __slots__ = ("challenge_name", "session", "challenge_parameters", "authentication_result", "available_challenges")
    class ChallengeParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CHALLENGE_NAME_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_RESULT_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_CHALLENGES_FIELD_NUMBER: _ClassVar[int]
    challenge_name: _enums_pb2.ChallengeNameType
    session: str
    challenge_parameters: _containers.ScalarMap[str, str]
    authentication_result: _types_pb2.AuthenticationResultType
    available_challenges: _containers.RepeatedScalarFieldContainer[_enums_pb2.ChallengeNameType]
    def __init__(self, challenge_name: _Optional[_Union[_enums_pb2.ChallengeNameType, str]] = ..., session: _Optional[str] = ..., challenge_parameters: _Optional[_Mapping[str, str]] = ..., authentication_result: _Optional[_Union[_types_pb2.AuthenticationResultType, _Mapping]] = ..., available_challenges: _Optional[_Iterable[_Union[_enums_pb2.ChallengeNameType, str]]] = ...) -> None: ...

class RevokeTokenRequest(_message.Message):
    __slots__ = ("token", "client_id", "client_secret", "revoke_associated_sessions")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    REVOKE_ASSOCIATED_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    token: str
    client_id: str
    client_secret: str
    revoke_associated_sessions: _enums_pb2.RevokeAssociatedSessionsType
    def __init__(self, token: _Optional[str] = ..., client_id: _Optional[str] = ..., client_secret: _Optional[str] = ..., revoke_associated_sessions: _Optional[_Union[_enums_pb2.RevokeAssociatedSessionsType, str]] = ...) -> None: ...

class RevokeTokenResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RevokeUserSessionRequest(_message.Message):
    __slots__ = ("access_token", "session_id", "revoke_associated_sessions")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    REVOKE_ASSOCIATED_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    session_id: str
    revoke_associated_sessions: _enums_pb2.RevokeAssociatedSessionsType
    def __init__(self, access_token: _Optional[str] = ..., session_id: _Optional[str] = ..., revoke_associated_sessions: _Optional[_Union[_enums_pb2.RevokeAssociatedSessionsType, str]] = ...) -> None: ...

class RevokeUserSessionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SetLogDeliveryConfigurationRequest(_message.Message):
    __slots__ = ("user_pool_id", "log_configurations")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    LOG_CONFIGURATIONS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    log_configurations: _containers.RepeatedCompositeFieldContainer[_types_pb2.LogConfigurationType]
    def __init__(self, user_pool_id: _Optional[str] = ..., log_configurations: _Optional[_Iterable[_Union[_types_pb2.LogConfigurationType, _Mapping]]] = ...) -> None: ...

class SetLogDeliveryConfigurationResponse(_message.Message):
    __slots__ = ("log_delivery_configuration",)
    LOG_DELIVERY_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    log_delivery_configuration: _types_pb2.LogDeliveryConfigurationType
    def __init__(self, log_delivery_configuration: _Optional[_Union[_types_pb2.LogDeliveryConfigurationType, _Mapping]] = ...) -> None: ...

class SetRiskConfigurationRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "compromised_credentials_risk_configuration", "account_takeover_risk_configuration", "risk_exception_configuration")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    COMPROMISED_CREDENTIALS_RISK_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_TAKEOVER_RISK_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    RISK_EXCEPTION_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    compromised_credentials_risk_configuration: _types_pb2.CompromisedCredentialsRiskConfigurationType
    account_takeover_risk_configuration: _types_pb2.AccountTakeoverRiskConfigurationType
    risk_exception_configuration: _types_pb2.RiskExceptionConfigurationType
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., compromised_credentials_risk_configuration: _Optional[_Union[_types_pb2.CompromisedCredentialsRiskConfigurationType, _Mapping]] = ..., account_takeover_risk_configuration: _Optional[_Union[_types_pb2.AccountTakeoverRiskConfigurationType, _Mapping]] = ..., risk_exception_configuration: _Optional[_Union[_types_pb2.RiskExceptionConfigurationType, _Mapping]] = ...) -> None: ...

class SetRiskConfigurationResponse(_message.Message):
    __slots__ = ("risk_configuration",)
    RISK_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    risk_configuration: _types_pb2.RiskConfigurationType
    def __init__(self, risk_configuration: _Optional[_Union[_types_pb2.RiskConfigurationType, _Mapping]] = ...) -> None: ...

class SetUICustomizationRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "css", "image_file")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CSS_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    css: str
    image_file: bytes
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., css: _Optional[str] = ..., image_file: _Optional[bytes] = ...) -> None: ...

class SetUICustomizationResponse(_message.Message):
    __slots__ = ("ui_customization",)
    UI_CUSTOMIZATION_FIELD_NUMBER: _ClassVar[int]
    ui_customization: _types_pb2.UICustomizationType
    def __init__(self, ui_customization: _Optional[_Union[_types_pb2.UICustomizationType, _Mapping]] = ...) -> None: ...

class SetUserMFAPreferenceRequest(_message.Message):
    __slots__ = ("sms_mfa_settings", "software_token_mfa_settings", "email_mfa_settings", "web_authn_mfa_settings", "access_token")
    SMS_MFA_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    SOFTWARE_TOKEN_MFA_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    EMAIL_MFA_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    WEB_AUTHN_MFA_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    sms_mfa_settings: _types_pb2.SMSMfaSettingsType
    software_token_mfa_settings: _types_pb2.SoftwareTokenMfaSettingsType
    email_mfa_settings: _types_pb2.EmailMfaSettingsType
    web_authn_mfa_settings: _types_pb2.WebAuthnMfaSettingsType
    access_token: str
    def __init__(self, sms_mfa_settings: _Optional[_Union[_types_pb2.SMSMfaSettingsType, _Mapping]] = ..., software_token_mfa_settings: _Optional[_Union[_types_pb2.SoftwareTokenMfaSettingsType, _Mapping]] = ..., email_mfa_settings: _Optional[_Union[_types_pb2.EmailMfaSettingsType, _Mapping]] = ..., web_authn_mfa_settings: _Optional[_Union[_types_pb2.WebAuthnMfaSettingsType, _Mapping]] = ..., access_token: _Optional[str] = ...) -> None: ...

class SetUserMFAPreferenceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SetUserPoolClientSessionConfigurationRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "sso_session")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SSO_SESSION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    sso_session: _types_pb2.ClientSSOSessionConfigType
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., sso_session: _Optional[_Union[_types_pb2.ClientSSOSessionConfigType, _Mapping]] = ...) -> None: ...

class SetUserPoolClientSessionConfigurationResponse(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "sso_session")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SSO_SESSION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    sso_session: _types_pb2.ClientSSOSessionConfigType
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., sso_session: _Optional[_Union[_types_pb2.ClientSSOSessionConfigType, _Mapping]] = ...) -> None: ...

class SetUserPoolMfaConfigRequest(_message.Message):
    __slots__ = ("user_pool_id", "sms_mfa_configuration", "software_token_mfa_configuration", "email_mfa_configuration", "mfa_configuration", "web_authn_configuration")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    SMS_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    SOFTWARE_TOKEN_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    WEB_AUTHN_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    sms_mfa_configuration: _types_pb2.SmsMfaConfigType
    software_token_mfa_configuration: _types_pb2.SoftwareTokenMfaConfigType
    email_mfa_configuration: _types_pb2.EmailMfaConfigType
    mfa_configuration: _enums_pb2.UserPoolMfaType
    web_authn_configuration: _types_pb2.WebAuthnConfigurationType
    def __init__(self, user_pool_id: _Optional[str] = ..., sms_mfa_configuration: _Optional[_Union[_types_pb2.SmsMfaConfigType, _Mapping]] = ..., software_token_mfa_configuration: _Optional[_Union[_types_pb2.SoftwareTokenMfaConfigType, _Mapping]] = ..., email_mfa_configuration: _Optional[_Union[_types_pb2.EmailMfaConfigType, _Mapping]] = ..., mfa_configuration: _Optional[_Union[_enums_pb2.UserPoolMfaType, str]] = ..., web_authn_configuration: _Optional[_Union[_types_pb2.WebAuthnConfigurationType, _Mapping]] = ...) -> None: ...

class SetUserPoolMfaConfigResponse(_message.Message):
    __slots__ = ("sms_mfa_configuration", "software_token_mfa_configuration", "email_mfa_configuration", "mfa_configuration", "web_authn_configuration")
    SMS_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    SOFTWARE_TOKEN_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    WEB_AUTHN_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    sms_mfa_configuration: _types_pb2.SmsMfaConfigType
    software_token_mfa_configuration: _types_pb2.SoftwareTokenMfaConfigType
    email_mfa_configuration: _types_pb2.EmailMfaConfigType
    mfa_configuration: _enums_pb2.UserPoolMfaType
    web_authn_configuration: _types_pb2.WebAuthnConfigurationType
    def __init__(self, sms_mfa_configuration: _Optional[_Union[_types_pb2.SmsMfaConfigType, _Mapping]] = ..., software_token_mfa_configuration: _Optional[_Union[_types_pb2.SoftwareTokenMfaConfigType, _Mapping]] = ..., email_mfa_configuration: _Optional[_Union[_types_pb2.EmailMfaConfigType, _Mapping]] = ..., mfa_configuration: _Optional[_Union[_enums_pb2.UserPoolMfaType, str]] = ..., web_authn_configuration: _Optional[_Union[_types_pb2.WebAuthnConfigurationType, _Mapping]] = ...) -> None: ...

class SetUserPoolSessionConfigurationRequest(_message.Message):
    __slots__ = ("user_pool_id", "user_session_tracking", "token_session")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_SESSION_TRACKING_FIELD_NUMBER: _ClassVar[int]
    TOKEN_SESSION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    user_session_tracking: _enums_pb2.UserSessionTrackingType
    token_session: _types_pb2.UserPoolTokenSessionConfigType
    def __init__(self, user_pool_id: _Optional[str] = ..., user_session_tracking: _Optional[_Union[_enums_pb2.UserSessionTrackingType, str]] = ..., token_session: _Optional[_Union[_types_pb2.UserPoolTokenSessionConfigType, _Mapping]] = ...) -> None: ...

class SetUserPoolSessionConfigurationResponse(_message.Message):
    __slots__ = ("user_pool_id", "user_session_tracking", "token_session")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_SESSION_TRACKING_FIELD_NUMBER: _ClassVar[int]
    TOKEN_SESSION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    user_session_tracking: _enums_pb2.UserSessionTrackingType
    token_session: _types_pb2.UserPoolTokenSessionConfigType
    def __init__(self, user_pool_id: _Optional[str] = ..., user_session_tracking: _Optional[_Union[_enums_pb2.UserSessionTrackingType, str]] = ..., token_session: _Optional[_Union[_types_pb2.UserPoolTokenSessionConfigType, _Mapping]] = ...) -> None: ...

class SetUserSettingsRequest(_message.Message):
    __slots__ = ("access_token", "mfa_options")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MFA_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    mfa_options: _containers.RepeatedCompositeFieldContainer[_types_pb2.MFAOptionType]
    def __init__(self, access_token: _Optional[str] = ..., mfa_options: _Optional[_Iterable[_Union[_types_pb2.MFAOptionType, _Mapping]]] = ...) -> None: ...

class SetUserSettingsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SignUpRequest(_message.Message):
    __slots__ = ("client_id", "secret_hash", "username", "password", "user_attributes", "validation_data", "analytics_metadata", "user_context_data", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    SECRET_HASH_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    VALIDATION_DATA_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    secret_hash: str
    username: str
    password: str
    user_attributes: _containers.RepeatedCompositeFieldContainer[_types_pb2.AttributeType]
    validation_data: _containers.RepeatedCompositeFieldContainer[_types_pb2.AttributeType]
    analytics_metadata: _types_pb2.AnalyticsMetadataType
    user_context_data: _types_pb2.UserContextDataType
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, client_id: _Optional[str] = ..., secret_hash: _Optional[str] = ..., username: _Optional[str] = ..., password: _Optional[str] = ..., user_attributes: _Optional[_Iterable[_Union[_types_pb2.AttributeType, _Mapping]]] = ..., validation_data: _Optional[_Iterable[_Union[_types_pb2.AttributeType, _Mapping]]] = ..., analytics_metadata: _Optional[_Union[_types_pb2.AnalyticsMetadataType, _Mapping]] = ..., user_context_data: _Optional[_Union[_types_pb2.UserContextDataType, _Mapping]] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class SignUpResponse(_message.Message):
    __slots__ = ("user_confirmed", "code_delivery_details", "user_sub", "session")
    USER_CONFIRMED_FIELD_NUMBER: _ClassVar[int]
    CODE_DELIVERY_DETAILS_FIELD_NUMBER: _ClassVar[int]
    USER_SUB_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    user_confirmed: bool
    code_delivery_details: _types_pb2.CodeDeliveryDetailsType
    user_sub: str
    session: str
    def __init__(self, user_confirmed: _Optional[bool] = ..., code_delivery_details: _Optional[_Union[_types_pb2.CodeDeliveryDetailsType, _Mapping]] = ..., user_sub: _Optional[str] = ..., session: _Optional[str] = ...) -> None: ...

class StartPointInTimeRecoveryRequest(_message.Message):
    __slots__ = ("user_pool_id", "restore_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    restore_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., restore_id: _Optional[str] = ...) -> None: ...

class StartPointInTimeRecoveryResponse(_message.Message):
    __slots__ = ("restoration",)
    RESTORATION_FIELD_NUMBER: _ClassVar[int]
    restoration: _types_pb2.RestorationType
    def __init__(self, restoration: _Optional[_Union[_types_pb2.RestorationType, _Mapping]] = ...) -> None: ...

class StartUserImportJobRequest(_message.Message):
    __slots__ = ("user_pool_id", "job_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    job_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., job_id: _Optional[str] = ...) -> None: ...

class StartUserImportJobResponse(_message.Message):
    __slots__ = ("user_import_job",)
    USER_IMPORT_JOB_FIELD_NUMBER: _ClassVar[int]
    user_import_job: _types_pb2.UserImportJobType
    def __init__(self, user_import_job: _Optional[_Union[_types_pb2.UserImportJobType, _Mapping]] = ...) -> None: ...

class StartWebAuthnRegistrationRequest(_message.Message):
    __slots__ = ("access_token",)
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    def __init__(self, access_token: _Optional[str] = ...) -> None: ...

class StartWebAuthnRegistrationResponse(_message.Message):
    __slots__ = ("credential_creation_options",)
    CREDENTIAL_CREATION_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    credential_creation_options: _struct_pb2.Value
    def __init__(self, credential_creation_options: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class StopUserImportJobRequest(_message.Message):
    __slots__ = ("user_pool_id", "job_id")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    job_id: str
    def __init__(self, user_pool_id: _Optional[str] = ..., job_id: _Optional[str] = ...) -> None: ...

class StopUserImportJobResponse(_message.Message):
    __slots__ = ("user_import_job",)
    USER_IMPORT_JOB_FIELD_NUMBER: _ClassVar[int]
    user_import_job: _types_pb2.UserImportJobType
    def __init__(self, user_import_job: _Optional[_Union[_types_pb2.UserImportJobType, _Mapping]] = ...) -> None: ...

class TagResourceRequest(_message.Message):
    __slots__ = ("resource_arn", "tags")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    RESOURCE_ARN_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    resource_arn: str
    tags: _containers.ScalarMap[str, str]
    def __init__(self, resource_arn: _Optional[str] = ..., tags: _Optional[_Mapping[str, str]] = ...) -> None: ...

class TagResourceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UntagResourceRequest(_message.Message):
    __slots__ = ("resource_arn", "tag_keys")
    RESOURCE_ARN_FIELD_NUMBER: _ClassVar[int]
    TAG_KEYS_FIELD_NUMBER: _ClassVar[int]
    resource_arn: str
    tag_keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, resource_arn: _Optional[str] = ..., tag_keys: _Optional[_Iterable[str]] = ...) -> None: ...

class UntagResourceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateAuthEventFeedbackRequest(_message.Message):
    __slots__ = ("user_pool_id", "username", "event_id", "feedback_token", "feedback_value")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_VALUE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    username: str
    event_id: str
    feedback_token: str
    feedback_value: _enums_pb2.FeedbackValueType
    def __init__(self, user_pool_id: _Optional[str] = ..., username: _Optional[str] = ..., event_id: _Optional[str] = ..., feedback_token: _Optional[str] = ..., feedback_value: _Optional[_Union[_enums_pb2.FeedbackValueType, str]] = ...) -> None: ...

class UpdateAuthEventFeedbackResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateCIMDPolicyRequest(_message.Message):
    __slots__ = ("user_pool_id", "cimd_policy_id", "client_id", "policy_name", "cache_duration", "url_patterns")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CIMD_POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    POLICY_NAME_FIELD_NUMBER: _ClassVar[int]
    CACHE_DURATION_FIELD_NUMBER: _ClassVar[int]
    URL_PATTERNS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    cimd_policy_id: str
    client_id: str
    policy_name: str
    cache_duration: int
    url_patterns: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_pool_id: _Optional[str] = ..., cimd_policy_id: _Optional[str] = ..., client_id: _Optional[str] = ..., policy_name: _Optional[str] = ..., cache_duration: _Optional[int] = ..., url_patterns: _Optional[_Iterable[str]] = ...) -> None: ...

class UpdateCIMDPolicyResponse(_message.Message):
    __slots__ = ("cimd_policy",)
    CIMD_POLICY_FIELD_NUMBER: _ClassVar[int]
    cimd_policy: _types_pb2.CIMDPolicyType
    def __init__(self, cimd_policy: _Optional[_Union[_types_pb2.CIMDPolicyType, _Mapping]] = ...) -> None: ...

class UpdateClientMetadataURLStateRequest(_message.Message):
    __slots__ = ("user_pool_id", "cimd_policy_id", "url", "action")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CIMD_POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    cimd_policy_id: str
    url: str
    action: _enums_pb2.CIMDCacheActionType
    def __init__(self, user_pool_id: _Optional[str] = ..., cimd_policy_id: _Optional[str] = ..., url: _Optional[str] = ..., action: _Optional[_Union[_enums_pb2.CIMDCacheActionType, str]] = ...) -> None: ...

class UpdateClientMetadataURLStateResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateDeviceStatusRequest(_message.Message):
    __slots__ = ("access_token", "device_key", "device_remembered_status")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    DEVICE_REMEMBERED_STATUS_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    device_key: str
    device_remembered_status: _enums_pb2.DeviceRememberedStatusType
    def __init__(self, access_token: _Optional[str] = ..., device_key: _Optional[str] = ..., device_remembered_status: _Optional[_Union[_enums_pb2.DeviceRememberedStatusType, str]] = ...) -> None: ...

class UpdateDeviceStatusResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateGroupRequest(_message.Message):
    __slots__ = ("group_name", "user_pool_id", "description", "role_arn", "precedence")
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ROLE_ARN_FIELD_NUMBER: _ClassVar[int]
    PRECEDENCE_FIELD_NUMBER: _ClassVar[int]
    group_name: str
    user_pool_id: str
    description: str
    role_arn: str
    precedence: int
    def __init__(self, group_name: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., description: _Optional[str] = ..., role_arn: _Optional[str] = ..., precedence: _Optional[int] = ...) -> None: ...

class UpdateGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _types_pb2.GroupType
    def __init__(self, group: _Optional[_Union[_types_pb2.GroupType, _Mapping]] = ...) -> None: ...

class UpdateIdentityProviderRequest(_message.Message):
    __slots__ = ("user_pool_id", "provider_name", "provider_details", "attribute_mapping", "idp_identifiers", "acr_mapping")
    class ProviderDetailsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class AttributeMappingEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class AcrMappingEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_DETAILS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_MAPPING_FIELD_NUMBER: _ClassVar[int]
    IDP_IDENTIFIERS_FIELD_NUMBER: _ClassVar[int]
    ACR_MAPPING_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    provider_name: str
    provider_details: _containers.ScalarMap[str, str]
    attribute_mapping: _containers.ScalarMap[str, str]
    idp_identifiers: _containers.RepeatedScalarFieldContainer[str]
    acr_mapping: _containers.ScalarMap[str, str]
    def __init__(self, user_pool_id: _Optional[str] = ..., provider_name: _Optional[str] = ..., provider_details: _Optional[_Mapping[str, str]] = ..., attribute_mapping: _Optional[_Mapping[str, str]] = ..., idp_identifiers: _Optional[_Iterable[str]] = ..., acr_mapping: _Optional[_Mapping[str, str]] = ...) -> None: ...

class UpdateIdentityProviderResponse(_message.Message):
    __slots__ = ("identity_provider",)
    IDENTITY_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    identity_provider: _types_pb2.IdentityProviderType
    def __init__(self, identity_provider: _Optional[_Union[_types_pb2.IdentityProviderType, _Mapping]] = ...) -> None: ...

class UpdateManagedLoginBrandingRequest(_message.Message):
    __slots__ = ("user_pool_id", "managed_login_branding_id", "use_cognito_provided_values", "settings", "assets")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MANAGED_LOGIN_BRANDING_ID_FIELD_NUMBER: _ClassVar[int]
    USE_COGNITO_PROVIDED_VALUES_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    managed_login_branding_id: str
    use_cognito_provided_values: bool
    settings: _struct_pb2.Value
    assets: _containers.RepeatedCompositeFieldContainer[_types_pb2.AssetType]
    def __init__(self, user_pool_id: _Optional[str] = ..., managed_login_branding_id: _Optional[str] = ..., use_cognito_provided_values: _Optional[bool] = ..., settings: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., assets: _Optional[_Iterable[_Union[_types_pb2.AssetType, _Mapping]]] = ...) -> None: ...

class UpdateManagedLoginBrandingResponse(_message.Message):
    __slots__ = ("managed_login_branding",)
    MANAGED_LOGIN_BRANDING_FIELD_NUMBER: _ClassVar[int]
    managed_login_branding: _types_pb2.ManagedLoginBrandingType
    def __init__(self, managed_login_branding: _Optional[_Union[_types_pb2.ManagedLoginBrandingType, _Mapping]] = ...) -> None: ...

class UpdateProvisionedLimitRequest(_message.Message):
    __slots__ = ("limit_definition", "requested_limit_value")
    LIMIT_DEFINITION_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_LIMIT_VALUE_FIELD_NUMBER: _ClassVar[int]
    limit_definition: _types_pb2.LimitDefinitionType
    requested_limit_value: int
    def __init__(self, limit_definition: _Optional[_Union[_types_pb2.LimitDefinitionType, _Mapping]] = ..., requested_limit_value: _Optional[int] = ...) -> None: ...

class UpdateProvisionedLimitResponse(_message.Message):
    __slots__ = ("limit",)
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    limit: _types_pb2.LimitType
    def __init__(self, limit: _Optional[_Union[_types_pb2.LimitType, _Mapping]] = ...) -> None: ...

class UpdateResourceServerRequest(_message.Message):
    __slots__ = ("user_pool_id", "identifier", "name", "scopes")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    identifier: str
    name: str
    scopes: _containers.RepeatedCompositeFieldContainer[_types_pb2.ResourceServerScopeType]
    def __init__(self, user_pool_id: _Optional[str] = ..., identifier: _Optional[str] = ..., name: _Optional[str] = ..., scopes: _Optional[_Iterable[_Union[_types_pb2.ResourceServerScopeType, _Mapping]]] = ...) -> None: ...

class UpdateResourceServerResponse(_message.Message):
    __slots__ = ("resource_server",)
    RESOURCE_SERVER_FIELD_NUMBER: _ClassVar[int]
    resource_server: _types_pb2.ResourceServerType
    def __init__(self, resource_server: _Optional[_Union[_types_pb2.ResourceServerType, _Mapping]] = ...) -> None: ...

class UpdateTermsRequest(_message.Message):
    __slots__ = ("terms_id", "user_pool_id", "terms_name", "terms_source", "enforcement", "links")
    class LinksEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TERMS_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    TERMS_NAME_FIELD_NUMBER: _ClassVar[int]
    TERMS_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ENFORCEMENT_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    terms_id: str
    user_pool_id: str
    terms_name: str
    terms_source: _enums_pb2.TermsSourceType
    enforcement: _enums_pb2.TermsEnforcementType
    links: _containers.ScalarMap[str, str]
    def __init__(self, terms_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., terms_name: _Optional[str] = ..., terms_source: _Optional[_Union[_enums_pb2.TermsSourceType, str]] = ..., enforcement: _Optional[_Union[_enums_pb2.TermsEnforcementType, str]] = ..., links: _Optional[_Mapping[str, str]] = ...) -> None: ...

class UpdateTermsResponse(_message.Message):
    __slots__ = ("terms",)
    TERMS_FIELD_NUMBER: _ClassVar[int]
    terms: _types_pb2.TermsType
    def __init__(self, terms: _Optional[_Union[_types_pb2.TermsType, _Mapping]] = ...) -> None: ...

class UpdateUserAttributesRequest(_message.Message):
    __slots__ = ("user_attributes", "access_token", "client_metadata")
    class ClientMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CLIENT_METADATA_FIELD_NUMBER: _ClassVar[int]
    user_attributes: _containers.RepeatedCompositeFieldContainer[_types_pb2.AttributeType]
    access_token: str
    client_metadata: _containers.ScalarMap[str, str]
    def __init__(self, user_attributes: _Optional[_Iterable[_Union[_types_pb2.AttributeType, _Mapping]]] = ..., access_token: _Optional[str] = ..., client_metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class UpdateUserAttributesResponse(_message.Message):
    __slots__ = ("code_delivery_details_list",)
    CODE_DELIVERY_DETAILS_LIST_FIELD_NUMBER: _ClassVar[int]
    code_delivery_details_list: _containers.RepeatedCompositeFieldContainer[_types_pb2.CodeDeliveryDetailsType]
    def __init__(self, code_delivery_details_list: _Optional[_Iterable[_Union[_types_pb2.CodeDeliveryDetailsType, _Mapping]]] = ...) -> None: ...

class UpdateUserPoolRequest(_message.Message):
    __slots__ = ("user_pool_id", "policies", "deletion_protection", "lambda_config", "auto_verified_attributes", "sms_verification_message", "email_verification_message", "email_verification_subject", "verification_message_template", "sms_authentication_message", "user_attribute_update_settings", "mfa_configuration", "device_configuration", "email_configuration", "sms_configuration", "user_pool_tags", "admin_create_user_config", "user_pool_add_ons", "dcr_configuration", "account_recovery_setting", "pool_name", "user_pool_tier", "key_configuration", "issuer_configuration", "acr_configuration")
    class UserPoolTagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class AcrConfigurationEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _types_pb2.AcrLevelConfigType
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_types_pb2.AcrLevelConfigType, _Mapping]] = ...) -> None: ...
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    POLICIES_FIELD_NUMBER: _ClassVar[int]
    DELETION_PROTECTION_FIELD_NUMBER: _ClassVar[int]
    LAMBDA_CONFIG_FIELD_NUMBER: _ClassVar[int]
    AUTO_VERIFIED_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    SMS_VERIFICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFICATION_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERIFICATION_MESSAGE_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    SMS_AUTHENTICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTE_UPDATE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    DEVICE_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    SMS_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_TAGS_FIELD_NUMBER: _ClassVar[int]
    ADMIN_CREATE_USER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ADD_ONS_FIELD_NUMBER: _ClassVar[int]
    DCR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_RECOVERY_SETTING_FIELD_NUMBER: _ClassVar[int]
    POOL_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_TIER_FIELD_NUMBER: _ClassVar[int]
    KEY_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ISSUER_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ACR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    policies: _types_pb2.UserPoolPolicyType
    deletion_protection: _enums_pb2.DeletionProtectionType
    lambda_config: _types_pb2.LambdaConfigType
    auto_verified_attributes: _containers.RepeatedScalarFieldContainer[_enums_pb2.VerifiedAttributeType]
    sms_verification_message: str
    email_verification_message: str
    email_verification_subject: str
    verification_message_template: _types_pb2.VerificationMessageTemplateType
    sms_authentication_message: str
    user_attribute_update_settings: _types_pb2.UserAttributeUpdateSettingsType
    mfa_configuration: _enums_pb2.UserPoolMfaType
    device_configuration: _types_pb2.DeviceConfigurationType
    email_configuration: _types_pb2.EmailConfigurationType
    sms_configuration: _types_pb2.SmsConfigurationType
    user_pool_tags: _containers.ScalarMap[str, str]
    admin_create_user_config: _types_pb2.AdminCreateUserConfigType
    user_pool_add_ons: _types_pb2.UserPoolAddOnsType
    dcr_configuration: _types_pb2.DcrConfigurationType
    account_recovery_setting: _types_pb2.AccountRecoverySettingType
    pool_name: str
    user_pool_tier: _enums_pb2.UserPoolTierType
    key_configuration: _types_pb2.KeyConfigurationType
    issuer_configuration: _types_pb2.IssuerConfigurationType
    acr_configuration: _containers.MessageMap[str, _types_pb2.AcrLevelConfigType]
    def __init__(self, user_pool_id: _Optional[str] = ..., policies: _Optional[_Union[_types_pb2.UserPoolPolicyType, _Mapping]] = ..., deletion_protection: _Optional[_Union[_enums_pb2.DeletionProtectionType, str]] = ..., lambda_config: _Optional[_Union[_types_pb2.LambdaConfigType, _Mapping]] = ..., auto_verified_attributes: _Optional[_Iterable[_Union[_enums_pb2.VerifiedAttributeType, str]]] = ..., sms_verification_message: _Optional[str] = ..., email_verification_message: _Optional[str] = ..., email_verification_subject: _Optional[str] = ..., verification_message_template: _Optional[_Union[_types_pb2.VerificationMessageTemplateType, _Mapping]] = ..., sms_authentication_message: _Optional[str] = ..., user_attribute_update_settings: _Optional[_Union[_types_pb2.UserAttributeUpdateSettingsType, _Mapping]] = ..., mfa_configuration: _Optional[_Union[_enums_pb2.UserPoolMfaType, str]] = ..., device_configuration: _Optional[_Union[_types_pb2.DeviceConfigurationType, _Mapping]] = ..., email_configuration: _Optional[_Union[_types_pb2.EmailConfigurationType, _Mapping]] = ..., sms_configuration: _Optional[_Union[_types_pb2.SmsConfigurationType, _Mapping]] = ..., user_pool_tags: _Optional[_Mapping[str, str]] = ..., admin_create_user_config: _Optional[_Union[_types_pb2.AdminCreateUserConfigType, _Mapping]] = ..., user_pool_add_ons: _Optional[_Union[_types_pb2.UserPoolAddOnsType, _Mapping]] = ..., dcr_configuration: _Optional[_Union[_types_pb2.DcrConfigurationType, _Mapping]] = ..., account_recovery_setting: _Optional[_Union[_types_pb2.AccountRecoverySettingType, _Mapping]] = ..., pool_name: _Optional[str] = ..., user_pool_tier: _Optional[_Union[_enums_pb2.UserPoolTierType, str]] = ..., key_configuration: _Optional[_Union[_types_pb2.KeyConfigurationType, _Mapping]] = ..., issuer_configuration: _Optional[_Union[_types_pb2.IssuerConfigurationType, _Mapping]] = ..., acr_configuration: _Optional[_Mapping[str, _types_pb2.AcrLevelConfigType]] = ...) -> None: ...

class UpdateUserPoolResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateUserPoolClientRequest(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "client_name", "refresh_token_validity", "access_token_validity", "id_token_validity", "token_validity_units", "read_attributes", "write_attributes", "explicit_auth_flows", "supported_identity_providers", "callback_urls", "logout_urls", "default_redirect_uri", "allowed_oauth_flows", "allowed_oauth_scopes", "allowed_oauth_flows_user_pool_client", "analytics_configuration", "prevent_user_existence_errors", "enable_token_revocation", "enable_propagate_additional_user_context_data", "auth_session_validity", "refresh_token_rotation", "publish_secrets_in_aws_secrets_manager")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    REFRESH_TOKEN_VALIDITY_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_VALIDITY_FIELD_NUMBER: _ClassVar[int]
    ID_TOKEN_VALIDITY_FIELD_NUMBER: _ClassVar[int]
    TOKEN_VALIDITY_UNITS_FIELD_NUMBER: _ClassVar[int]
    READ_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WRITE_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    EXPLICIT_AUTH_FLOWS_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_IDENTITY_PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_URLS_FIELD_NUMBER: _ClassVar[int]
    LOGOUT_URLS_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_REDIRECT_URI_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_OAUTH_FLOWS_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_OAUTH_SCOPES_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    PREVENT_USER_EXISTENCE_ERRORS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_TOKEN_REVOCATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    AUTH_SESSION_VALIDITY_FIELD_NUMBER: _ClassVar[int]
    REFRESH_TOKEN_ROTATION_FIELD_NUMBER: _ClassVar[int]
    PUBLISH_SECRETS_IN_AWS_SECRETS_MANAGER_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    client_name: str
    refresh_token_validity: int
    access_token_validity: int
    id_token_validity: int
    token_validity_units: _types_pb2.TokenValidityUnitsType
    read_attributes: _containers.RepeatedScalarFieldContainer[str]
    write_attributes: _containers.RepeatedScalarFieldContainer[str]
    explicit_auth_flows: _containers.RepeatedScalarFieldContainer[_enums_pb2.ExplicitAuthFlowsType]
    supported_identity_providers: _containers.RepeatedScalarFieldContainer[str]
    callback_urls: _containers.RepeatedScalarFieldContainer[str]
    logout_urls: _containers.RepeatedScalarFieldContainer[str]
    default_redirect_uri: str
    allowed_oauth_flows: _containers.RepeatedScalarFieldContainer[_enums_pb2.OAuthFlowType]
    allowed_oauth_scopes: _containers.RepeatedScalarFieldContainer[str]
    allowed_oauth_flows_user_pool_client: bool
    analytics_configuration: _types_pb2.AnalyticsConfigurationType
    prevent_user_existence_errors: _enums_pb2.PreventUserExistenceErrorTypes
    enable_token_revocation: bool
    enable_propagate_additional_user_context_data: bool
    auth_session_validity: int
    refresh_token_rotation: _types_pb2.RefreshTokenRotationType
    publish_secrets_in_aws_secrets_manager: bool
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., client_name: _Optional[str] = ..., refresh_token_validity: _Optional[int] = ..., access_token_validity: _Optional[int] = ..., id_token_validity: _Optional[int] = ..., token_validity_units: _Optional[_Union[_types_pb2.TokenValidityUnitsType, _Mapping]] = ..., read_attributes: _Optional[_Iterable[str]] = ..., write_attributes: _Optional[_Iterable[str]] = ..., explicit_auth_flows: _Optional[_Iterable[_Union[_enums_pb2.ExplicitAuthFlowsType, str]]] = ..., supported_identity_providers: _Optional[_Iterable[str]] = ..., callback_urls: _Optional[_Iterable[str]] = ..., logout_urls: _Optional[_Iterable[str]] = ..., default_redirect_uri: _Optional[str] = ..., allowed_oauth_flows: _Optional[_Iterable[_Union[_enums_pb2.OAuthFlowType, str]]] = ..., allowed_oauth_scopes: _Optional[_Iterable[str]] = ..., allowed_oauth_flows_user_pool_client: _Optional[bool] = ..., analytics_configuration: _Optional[_Union[_types_pb2.AnalyticsConfigurationType, _Mapping]] = ..., prevent_user_existence_errors: _Optional[_Union[_enums_pb2.PreventUserExistenceErrorTypes, str]] = ..., enable_token_revocation: _Optional[bool] = ..., enable_propagate_additional_user_context_data: _Optional[bool] = ..., auth_session_validity: _Optional[int] = ..., refresh_token_rotation: _Optional[_Union[_types_pb2.RefreshTokenRotationType, _Mapping]] = ..., publish_secrets_in_aws_secrets_manager: _Optional[bool] = ...) -> None: ...

class UpdateUserPoolClientResponse(_message.Message):
    __slots__ = ("user_pool_client",)
    USER_POOL_CLIENT_FIELD_NUMBER: _ClassVar[int]
    user_pool_client: _types_pb2.UserPoolClientType
    def __init__(self, user_pool_client: _Optional[_Union[_types_pb2.UserPoolClientType, _Mapping]] = ...) -> None: ...

class UpdateUserPoolDomainRequest(_message.Message):
    __slots__ = ("domain", "user_pool_id", "managed_login_version", "custom_domain_config", "routing")
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    MANAGED_LOGIN_VERSION_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_DOMAIN_CONFIG_FIELD_NUMBER: _ClassVar[int]
    ROUTING_FIELD_NUMBER: _ClassVar[int]
    domain: str
    user_pool_id: str
    managed_login_version: int
    custom_domain_config: _types_pb2.CustomDomainConfigType
    routing: _types_pb2.RoutingType
    def __init__(self, domain: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., managed_login_version: _Optional[int] = ..., custom_domain_config: _Optional[_Union[_types_pb2.CustomDomainConfigType, _Mapping]] = ..., routing: _Optional[_Union[_types_pb2.RoutingType, _Mapping]] = ...) -> None: ...

class UpdateUserPoolDomainResponse(_message.Message):
    __slots__ = ("managed_login_version", "cloud_front_domain", "routing")
    MANAGED_LOGIN_VERSION_FIELD_NUMBER: _ClassVar[int]
    CLOUD_FRONT_DOMAIN_FIELD_NUMBER: _ClassVar[int]
    ROUTING_FIELD_NUMBER: _ClassVar[int]
    managed_login_version: int
    cloud_front_domain: str
    routing: _types_pb2.RoutingType
    def __init__(self, managed_login_version: _Optional[int] = ..., cloud_front_domain: _Optional[str] = ..., routing: _Optional[_Union[_types_pb2.RoutingType, _Mapping]] = ...) -> None: ...

class UpdateUserPoolReplicaRequest(_message.Message):
    __slots__ = ("user_pool_id", "region_name", "status")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    REGION_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    region_name: str
    status: _enums_pb2.UpdateReplicaStatusType
    def __init__(self, user_pool_id: _Optional[str] = ..., region_name: _Optional[str] = ..., status: _Optional[_Union[_enums_pb2.UpdateReplicaStatusType, str]] = ...) -> None: ...

class UpdateUserPoolReplicaResponse(_message.Message):
    __slots__ = ("user_pool_replica",)
    USER_POOL_REPLICA_FIELD_NUMBER: _ClassVar[int]
    user_pool_replica: _types_pb2.UserPoolReplicaType
    def __init__(self, user_pool_replica: _Optional[_Union[_types_pb2.UserPoolReplicaType, _Mapping]] = ...) -> None: ...

class VerifySoftwareTokenRequest(_message.Message):
    __slots__ = ("access_token", "session", "user_code", "friendly_device_name")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    USER_CODE_FIELD_NUMBER: _ClassVar[int]
    FRIENDLY_DEVICE_NAME_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    session: str
    user_code: str
    friendly_device_name: str
    def __init__(self, access_token: _Optional[str] = ..., session: _Optional[str] = ..., user_code: _Optional[str] = ..., friendly_device_name: _Optional[str] = ...) -> None: ...

class VerifySoftwareTokenResponse(_message.Message):
    __slots__ = ("status", "session")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    status: _enums_pb2.VerifySoftwareTokenResponseType
    session: str
    def __init__(self, status: _Optional[_Union[_enums_pb2.VerifySoftwareTokenResponseType, str]] = ..., session: _Optional[str] = ...) -> None: ...

class VerifyUserAttributeRequest(_message.Message):
    __slots__ = ("access_token", "attribute_name", "code")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_NAME_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    attribute_name: str
    code: str
    def __init__(self, access_token: _Optional[str] = ..., attribute_name: _Optional[str] = ..., code: _Optional[str] = ...) -> None: ...

class VerifyUserAttributeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
