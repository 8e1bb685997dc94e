import datetime

from cognito.idp.v1 import enums_pb2 as _enums_pb2
from cognito.idp.v1 import options_pb2 as _options_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AccountRecoverySettingType(_message.Message):
    __slots__ = ("recovery_mechanisms",)
    RECOVERY_MECHANISMS_FIELD_NUMBER: _ClassVar[int]
    recovery_mechanisms: _containers.RepeatedCompositeFieldContainer[RecoveryOptionType]
    def __init__(self, recovery_mechanisms: _Optional[_Iterable[_Union[RecoveryOptionType, _Mapping]]] = ...) -> None: ...

class AccountTakeoverActionType(_message.Message):
    __slots__ = ("notify", "event_action")
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    EVENT_ACTION_FIELD_NUMBER: _ClassVar[int]
    notify: bool
    event_action: _enums_pb2.AccountTakeoverEventActionType
    def __init__(self, notify: _Optional[bool] = ..., event_action: _Optional[_Union[_enums_pb2.AccountTakeoverEventActionType, str]] = ...) -> None: ...

class AccountTakeoverActionsType(_message.Message):
    __slots__ = ("low_action", "medium_action", "high_action")
    LOW_ACTION_FIELD_NUMBER: _ClassVar[int]
    MEDIUM_ACTION_FIELD_NUMBER: _ClassVar[int]
    HIGH_ACTION_FIELD_NUMBER: _ClassVar[int]
    low_action: AccountTakeoverActionType
    medium_action: AccountTakeoverActionType
    high_action: AccountTakeoverActionType
    def __init__(self, low_action: _Optional[_Union[AccountTakeoverActionType, _Mapping]] = ..., medium_action: _Optional[_Union[AccountTakeoverActionType, _Mapping]] = ..., high_action: _Optional[_Union[AccountTakeoverActionType, _Mapping]] = ...) -> None: ...

class AccountTakeoverRiskConfigurationType(_message.Message):
    __slots__ = ("notify_configuration", "actions")
    NOTIFY_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    notify_configuration: NotifyConfigurationType
    actions: AccountTakeoverActionsType
    def __init__(self, notify_configuration: _Optional[_Union[NotifyConfigurationType, _Mapping]] = ..., actions: _Optional[_Union[AccountTakeoverActionsType, _Mapping]] = ...) -> None: ...

class AcrLevelConfigType(_message.Message):
    __slots__ = ("acr_value",)
    ACR_VALUE_FIELD_NUMBER: _ClassVar[int]
    acr_value: str
    def __init__(self, acr_value: _Optional[str] = ...) -> None: ...

class AdminCreateUserConfigType(_message.Message):
    __slots__ = ("allow_admin_create_user_only", "unused_account_validity_days", "invite_message_template")
    ALLOW_ADMIN_CREATE_USER_ONLY_FIELD_NUMBER: _ClassVar[int]
    UNUSED_ACCOUNT_VALIDITY_DAYS_FIELD_NUMBER: _ClassVar[int]
    INVITE_MESSAGE_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    allow_admin_create_user_only: bool
    unused_account_validity_days: int
    invite_message_template: MessageTemplateType
    def __init__(self, allow_admin_create_user_only: _Optional[bool] = ..., unused_account_validity_days: _Optional[int] = ..., invite_message_template: _Optional[_Union[MessageTemplateType, _Mapping]] = ...) -> None: ...

class AdvancedSecurityAdditionalFlowsType(_message.Message):
    __slots__ = ("custom_auth_mode",)
    CUSTOM_AUTH_MODE_FIELD_NUMBER: _ClassVar[int]
    custom_auth_mode: _enums_pb2.AdvancedSecurityEnabledModeType
    def __init__(self, custom_auth_mode: _Optional[_Union[_enums_pb2.AdvancedSecurityEnabledModeType, str]] = ...) -> None: ...

class AnalyticsConfigurationType(_message.Message):
    __slots__ = ("application_id", "application_arn", "role_arn", "external_id", "user_data_shared")
    APPLICATION_ID_FIELD_NUMBER: _ClassVar[int]
    APPLICATION_ARN_FIELD_NUMBER: _ClassVar[int]
    ROLE_ARN_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_DATA_SHARED_FIELD_NUMBER: _ClassVar[int]
    application_id: str
    application_arn: str
    role_arn: str
    external_id: str
    user_data_shared: bool
    def __init__(self, application_id: _Optional[str] = ..., application_arn: _Optional[str] = ..., role_arn: _Optional[str] = ..., external_id: _Optional[str] = ..., user_data_shared: _Optional[bool] = ...) -> None: ...

class AnalyticsMetadataType(_message.Message):
    __slots__ = ("analytics_endpoint_id",)
    ANALYTICS_ENDPOINT_ID_FIELD_NUMBER: _ClassVar[int]
    analytics_endpoint_id: str
    def __init__(self, analytics_endpoint_id: _Optional[str] = ...) -> None: ...

class AssetType(_message.Message):
    __slots__ = ("category", "color_mode", "extension", "bytes", "resource_id")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    COLOR_MODE_FIELD_NUMBER: _ClassVar[int]
    EXTENSION_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    category: _enums_pb2.AssetCategoryType
    color_mode: _enums_pb2.ColorSchemeModeType
    extension: _enums_pb2.AssetExtensionType
    bytes: bytes
    resource_id: str
    def __init__(self, category: _Optional[_Union[_enums_pb2.AssetCategoryType, str]] = ..., color_mode: _Optional[_Union[_enums_pb2.ColorSchemeModeType, str]] = ..., extension: _Optional[_Union[_enums_pb2.AssetExtensionType, str]] = ..., bytes: _Optional[bytes] = ..., resource_id: _Optional[str] = ...) -> None: ...

class AttributeType(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class AuthEventType(_message.Message):
    __slots__ = ("event_id", "event_type", "creation_date", "event_response", "event_risk", "challenge_responses", "event_context_data", "event_feedback")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    EVENT_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    EVENT_RISK_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    EVENT_CONTEXT_DATA_FIELD_NUMBER: _ClassVar[int]
    EVENT_FEEDBACK_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    event_type: _enums_pb2.EventType
    creation_date: _timestamp_pb2.Timestamp
    event_response: _enums_pb2.EventResponseType
    event_risk: EventRiskType
    challenge_responses: _containers.RepeatedCompositeFieldContainer[ChallengeResponseType]
    event_context_data: EventContextDataType
    event_feedback: EventFeedbackType
    def __init__(self, event_id: _Optional[str] = ..., event_type: _Optional[_Union[_enums_pb2.EventType, str]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., event_response: _Optional[_Union[_enums_pb2.EventResponseType, str]] = ..., event_risk: _Optional[_Union[EventRiskType, _Mapping]] = ..., challenge_responses: _Optional[_Iterable[_Union[ChallengeResponseType, _Mapping]]] = ..., event_context_data: _Optional[_Union[EventContextDataType, _Mapping]] = ..., event_feedback: _Optional[_Union[EventFeedbackType, _Mapping]] = ...) -> None: ...

class AuthenticationResultType(_message.Message):
    __slots__ = ("access_token", "expires_in", "token_type", "refresh_token", "id_token", "new_device_metadata")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_IN_FIELD_NUMBER: _ClassVar[int]
    TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFRESH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ID_TOKEN_FIELD_NUMBER: _ClassVar[int]
    NEW_DEVICE_METADATA_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    expires_in: int
    token_type: str
    refresh_token: str
    id_token: str
    new_device_metadata: NewDeviceMetadataType
    def __init__(self, access_token: _Optional[str] = ..., expires_in: _Optional[int] = ..., token_type: _Optional[str] = ..., refresh_token: _Optional[str] = ..., id_token: _Optional[str] = ..., new_device_metadata: _Optional[_Union[NewDeviceMetadataType, _Mapping]] = ...) -> None: ...

class CIMDPolicySummaryType(_message.Message):
    __slots__ = ("cimd_policy_id", "client_id", "policy_name", "cache_duration", "creation_date", "last_modified_date")
    CIMD_POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    POLICY_NAME_FIELD_NUMBER: _ClassVar[int]
    CACHE_DURATION_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    cimd_policy_id: str
    client_id: str
    policy_name: str
    cache_duration: int
    creation_date: _timestamp_pb2.Timestamp
    last_modified_date: _timestamp_pb2.Timestamp
    def __init__(self, cimd_policy_id: _Optional[str] = ..., client_id: _Optional[str] = ..., policy_name: _Optional[str] = ..., cache_duration: _Optional[int] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CIMDPolicyType(_message.Message):
    __slots__ = ("user_pool_id", "cimd_policy_id", "client_id", "policy_name", "cache_duration", "url_patterns", "creation_date", "last_modified_date")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CIMD_POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    POLICY_NAME_FIELD_NUMBER: _ClassVar[int]
    CACHE_DURATION_FIELD_NUMBER: _ClassVar[int]
    URL_PATTERNS_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    cimd_policy_id: str
    client_id: str
    policy_name: str
    cache_duration: int
    url_patterns: _containers.RepeatedScalarFieldContainer[str]
    creation_date: _timestamp_pb2.Timestamp
    last_modified_date: _timestamp_pb2.Timestamp
    def __init__(self, user_pool_id: _Optional[str] = ..., cimd_policy_id: _Optional[str] = ..., client_id: _Optional[str] = ..., policy_name: _Optional[str] = ..., cache_duration: _Optional[int] = ..., url_patterns: _Optional[_Iterable[str]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChallengeResponseType(_message.Message):
    __slots__ = ("challenge_name", "challenge_response")
    CHALLENGE_NAME_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    challenge_name: _enums_pb2.ChallengeName
    challenge_response: _enums_pb2.ChallengeResponse
    def __init__(self, challenge_name: _Optional[_Union[_enums_pb2.ChallengeName, str]] = ..., challenge_response: _Optional[_Union[_enums_pb2.ChallengeResponse, str]] = ...) -> None: ...

class ClientAuthenticationResultType(_message.Message):
    __slots__ = ("access_token", "expires_in", "token_type")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_IN_FIELD_NUMBER: _ClassVar[int]
    TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    expires_in: int
    token_type: str
    def __init__(self, access_token: _Optional[str] = ..., expires_in: _Optional[int] = ..., token_type: _Optional[str] = ...) -> None: ...

class ClientMetadataURLType(_message.Message):
    __slots__ = ("url", "cached_date", "expiration_date")
    URL_FIELD_NUMBER: _ClassVar[int]
    CACHED_DATE_FIELD_NUMBER: _ClassVar[int]
    EXPIRATION_DATE_FIELD_NUMBER: _ClassVar[int]
    url: str
    cached_date: _timestamp_pb2.Timestamp
    expiration_date: _timestamp_pb2.Timestamp
    def __init__(self, url: _Optional[str] = ..., cached_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expiration_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ClientSSOSessionConfigType(_message.Message):
    __slots__ = ("max_validity_minutes",)
    MAX_VALIDITY_MINUTES_FIELD_NUMBER: _ClassVar[int]
    max_validity_minutes: int
    def __init__(self, max_validity_minutes: _Optional[int] = ...) -> None: ...

class ClientSecretDescriptorType(_message.Message):
    __slots__ = ("client_secret_id", "client_secret_value", "client_secret_create_date")
    CLIENT_SECRET_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_VALUE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_CREATE_DATE_FIELD_NUMBER: _ClassVar[int]
    client_secret_id: str
    client_secret_value: str
    client_secret_create_date: _timestamp_pb2.Timestamp
    def __init__(self, client_secret_id: _Optional[str] = ..., client_secret_value: _Optional[str] = ..., client_secret_create_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CloudWatchLogsConfigurationType(_message.Message):
    __slots__ = ("log_group_arn",)
    LOG_GROUP_ARN_FIELD_NUMBER: _ClassVar[int]
    log_group_arn: str
    def __init__(self, log_group_arn: _Optional[str] = ...) -> None: ...

class CodeDeliveryDetailsType(_message.Message):
    __slots__ = ("destination", "delivery_medium", "attribute_name")
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    DELIVERY_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_NAME_FIELD_NUMBER: _ClassVar[int]
    destination: str
    delivery_medium: _enums_pb2.DeliveryMediumType
    attribute_name: str
    def __init__(self, destination: _Optional[str] = ..., delivery_medium: _Optional[_Union[_enums_pb2.DeliveryMediumType, str]] = ..., attribute_name: _Optional[str] = ...) -> None: ...

class CompromisedCredentialsActionsType(_message.Message):
    __slots__ = ("event_action",)
    EVENT_ACTION_FIELD_NUMBER: _ClassVar[int]
    event_action: _enums_pb2.CompromisedCredentialsEventActionType
    def __init__(self, event_action: _Optional[_Union[_enums_pb2.CompromisedCredentialsEventActionType, str]] = ...) -> None: ...

class CompromisedCredentialsRiskConfigurationType(_message.Message):
    __slots__ = ("event_filter", "actions")
    EVENT_FILTER_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    event_filter: _containers.RepeatedScalarFieldContainer[_enums_pb2.EventFilterType]
    actions: CompromisedCredentialsActionsType
    def __init__(self, event_filter: _Optional[_Iterable[_Union[_enums_pb2.EventFilterType, str]]] = ..., actions: _Optional[_Union[CompromisedCredentialsActionsType, _Mapping]] = ...) -> None: ...

class ContextDataType(_message.Message):
    __slots__ = ("ip_address", "server_name", "server_path", "http_headers", "encoded_data")
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    SERVER_NAME_FIELD_NUMBER: _ClassVar[int]
    SERVER_PATH_FIELD_NUMBER: _ClassVar[int]
    HTTP_HEADERS_FIELD_NUMBER: _ClassVar[int]
    ENCODED_DATA_FIELD_NUMBER: _ClassVar[int]
    ip_address: str
    server_name: str
    server_path: str
    http_headers: _containers.RepeatedCompositeFieldContainer[HttpHeader]
    encoded_data: str
    def __init__(self, ip_address: _Optional[str] = ..., server_name: _Optional[str] = ..., server_path: _Optional[str] = ..., http_headers: _Optional[_Iterable[_Union[HttpHeader, _Mapping]]] = ..., encoded_data: _Optional[str] = ...) -> None: ...

class CustomDomainConfigType(_message.Message):
    __slots__ = ("certificate_arn", "security_policy")
    CERTIFICATE_ARN_FIELD_NUMBER: _ClassVar[int]
    SECURITY_POLICY_FIELD_NUMBER: _ClassVar[int]
    certificate_arn: str
    security_policy: _enums_pb2.SecurityPolicyType
    def __init__(self, certificate_arn: _Optional[str] = ..., security_policy: _Optional[_Union[_enums_pb2.SecurityPolicyType, str]] = ...) -> None: ...

class CustomEmailLambdaVersionConfigType(_message.Message):
    __slots__ = ("lambda_version", "lambda_arn")
    LAMBDA_VERSION_FIELD_NUMBER: _ClassVar[int]
    LAMBDA_ARN_FIELD_NUMBER: _ClassVar[int]
    lambda_version: _enums_pb2.CustomEmailSenderLambdaVersionType
    lambda_arn: str
    def __init__(self, lambda_version: _Optional[_Union[_enums_pb2.CustomEmailSenderLambdaVersionType, str]] = ..., lambda_arn: _Optional[str] = ...) -> None: ...

class CustomSMSLambdaVersionConfigType(_message.Message):
    __slots__ = ("lambda_version", "lambda_arn")
    LAMBDA_VERSION_FIELD_NUMBER: _ClassVar[int]
    LAMBDA_ARN_FIELD_NUMBER: _ClassVar[int]
    lambda_version: _enums_pb2.CustomSMSSenderLambdaVersionType
    lambda_arn: str
    def __init__(self, lambda_version: _Optional[_Union[_enums_pb2.CustomSMSSenderLambdaVersionType, str]] = ..., lambda_arn: _Optional[str] = ...) -> None: ...

class DcrConfigurationType(_message.Message):
    __slots__ = ("enable_status", "open_dcr_enabled", "authenticated_grant_types", "open_dcr_grant_types", "allowed_scopes")
    ENABLE_STATUS_FIELD_NUMBER: _ClassVar[int]
    OPEN_DCR_ENABLED_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATED_GRANT_TYPES_FIELD_NUMBER: _ClassVar[int]
    OPEN_DCR_GRANT_TYPES_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_SCOPES_FIELD_NUMBER: _ClassVar[int]
    enable_status: _enums_pb2.StatusType
    open_dcr_enabled: bool
    authenticated_grant_types: _containers.RepeatedScalarFieldContainer[_enums_pb2.OAuthFlowType]
    open_dcr_grant_types: _containers.RepeatedScalarFieldContainer[_enums_pb2.OAuthFlowType]
    allowed_scopes: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, enable_status: _Optional[_Union[_enums_pb2.StatusType, str]] = ..., open_dcr_enabled: _Optional[bool] = ..., authenticated_grant_types: _Optional[_Iterable[_Union[_enums_pb2.OAuthFlowType, str]]] = ..., open_dcr_grant_types: _Optional[_Iterable[_Union[_enums_pb2.OAuthFlowType, str]]] = ..., allowed_scopes: _Optional[_Iterable[str]] = ...) -> None: ...

class DeviceConfigurationType(_message.Message):
    __slots__ = ("challenge_required_on_new_device", "device_only_remembered_on_user_prompt")
    CHALLENGE_REQUIRED_ON_NEW_DEVICE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ONLY_REMEMBERED_ON_USER_PROMPT_FIELD_NUMBER: _ClassVar[int]
    challenge_required_on_new_device: bool
    device_only_remembered_on_user_prompt: bool
    def __init__(self, challenge_required_on_new_device: _Optional[bool] = ..., device_only_remembered_on_user_prompt: _Optional[bool] = ...) -> None: ...

class DeviceSecretVerifierConfigType(_message.Message):
    __slots__ = ("password_verifier", "salt")
    PASSWORD_VERIFIER_FIELD_NUMBER: _ClassVar[int]
    SALT_FIELD_NUMBER: _ClassVar[int]
    password_verifier: str
    salt: str
    def __init__(self, password_verifier: _Optional[str] = ..., salt: _Optional[str] = ...) -> None: ...

class DeviceType(_message.Message):
    __slots__ = ("device_key", "device_attributes", "device_create_date", "device_last_modified_date", "device_last_authenticated_date")
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    DEVICE_CREATE_DATE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_LAST_AUTHENTICATED_DATE_FIELD_NUMBER: _ClassVar[int]
    device_key: str
    device_attributes: _containers.RepeatedCompositeFieldContainer[AttributeType]
    device_create_date: _timestamp_pb2.Timestamp
    device_last_modified_date: _timestamp_pb2.Timestamp
    device_last_authenticated_date: _timestamp_pb2.Timestamp
    def __init__(self, device_key: _Optional[str] = ..., device_attributes: _Optional[_Iterable[_Union[AttributeType, _Mapping]]] = ..., device_create_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., device_last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., device_last_authenticated_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DomainDescriptionType(_message.Message):
    __slots__ = ("user_pool_id", "aws_account_id", "domain", "s3_bucket", "cloud_front_distribution", "version", "status", "custom_domain_config", "managed_login_version", "routing")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    AWS_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    S3_BUCKET_FIELD_NUMBER: _ClassVar[int]
    CLOUD_FRONT_DISTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_DOMAIN_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MANAGED_LOGIN_VERSION_FIELD_NUMBER: _ClassVar[int]
    ROUTING_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    aws_account_id: str
    domain: str
    s3_bucket: str
    cloud_front_distribution: str
    version: str
    status: _enums_pb2.DomainStatusType
    custom_domain_config: CustomDomainConfigType
    managed_login_version: int
    routing: RoutingType
    def __init__(self, user_pool_id: _Optional[str] = ..., aws_account_id: _Optional[str] = ..., domain: _Optional[str] = ..., s3_bucket: _Optional[str] = ..., cloud_front_distribution: _Optional[str] = ..., version: _Optional[str] = ..., status: _Optional[_Union[_enums_pb2.DomainStatusType, str]] = ..., custom_domain_config: _Optional[_Union[CustomDomainConfigType, _Mapping]] = ..., managed_login_version: _Optional[int] = ..., routing: _Optional[_Union[RoutingType, _Mapping]] = ...) -> None: ...

class EmailConfigurationType(_message.Message):
    __slots__ = ("source_arn", "reply_to_email_address", "email_sending_account", "configuration_set")
    SOURCE_ARN_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_EMAIL_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    EMAIL_SENDING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    FROM_FIELD_NUMBER: _ClassVar[int]
    CONFIGURATION_SET_FIELD_NUMBER: _ClassVar[int]
    source_arn: str
    reply_to_email_address: str
    email_sending_account: _enums_pb2.EmailSendingAccountType
    configuration_set: str
    def __init__(self, source_arn: _Optional[str] = ..., reply_to_email_address: _Optional[str] = ..., email_sending_account: _Optional[_Union[_enums_pb2.EmailSendingAccountType, str]] = ..., configuration_set: _Optional[str] = ..., **kwargs) -> None: ...

class EmailMfaConfigType(_message.Message):
    __slots__ = ("message", "subject")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    message: str
    subject: str
    def __init__(self, message: _Optional[str] = ..., subject: _Optional[str] = ...) -> None: ...

class EmailMfaSettingsType(_message.Message):
    __slots__ = ("enabled", "preferred_mfa")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_MFA_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    preferred_mfa: bool
    def __init__(self, enabled: _Optional[bool] = ..., preferred_mfa: _Optional[bool] = ...) -> None: ...

class EumsSmsConfigurationType(_message.Message):
    __slots__ = ("caller_arn", "external_id", "origination_identity", "configuration_set_name", "in_entity_id", "in_template_id", "region")
    CALLER_ARN_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    ORIGINATION_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    CONFIGURATION_SET_NAME_FIELD_NUMBER: _ClassVar[int]
    IN_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IN_TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    caller_arn: str
    external_id: str
    origination_identity: str
    configuration_set_name: str
    in_entity_id: str
    in_template_id: str
    region: str
    def __init__(self, caller_arn: _Optional[str] = ..., external_id: _Optional[str] = ..., origination_identity: _Optional[str] = ..., configuration_set_name: _Optional[str] = ..., in_entity_id: _Optional[str] = ..., in_template_id: _Optional[str] = ..., region: _Optional[str] = ...) -> None: ...

class EventContextDataType(_message.Message):
    __slots__ = ("ip_address", "device_name", "timezone", "city", "country")
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    DEVICE_NAME_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    ip_address: str
    device_name: str
    timezone: str
    city: str
    country: str
    def __init__(self, ip_address: _Optional[str] = ..., device_name: _Optional[str] = ..., timezone: _Optional[str] = ..., city: _Optional[str] = ..., country: _Optional[str] = ...) -> None: ...

class EventFeedbackType(_message.Message):
    __slots__ = ("feedback_value", "provider", "feedback_date")
    FEEDBACK_VALUE_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_DATE_FIELD_NUMBER: _ClassVar[int]
    feedback_value: _enums_pb2.FeedbackValueType
    provider: str
    feedback_date: _timestamp_pb2.Timestamp
    def __init__(self, feedback_value: _Optional[_Union[_enums_pb2.FeedbackValueType, str]] = ..., provider: _Optional[str] = ..., feedback_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class EventRiskType(_message.Message):
    __slots__ = ("risk_decision", "risk_level", "compromised_credentials_detected")
    RISK_DECISION_FIELD_NUMBER: _ClassVar[int]
    RISK_LEVEL_FIELD_NUMBER: _ClassVar[int]
    COMPROMISED_CREDENTIALS_DETECTED_FIELD_NUMBER: _ClassVar[int]
    risk_decision: _enums_pb2.RiskDecisionType
    risk_level: _enums_pb2.RiskLevelType
    compromised_credentials_detected: bool
    def __init__(self, risk_decision: _Optional[_Union[_enums_pb2.RiskDecisionType, str]] = ..., risk_level: _Optional[_Union[_enums_pb2.RiskLevelType, str]] = ..., compromised_credentials_detected: _Optional[bool] = ...) -> None: ...

class FailoverType(_message.Message):
    __slots__ = ("secondary_region", "primary_route53_health_check_id")
    SECONDARY_REGION_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_ROUTE53_HEALTH_CHECK_ID_FIELD_NUMBER: _ClassVar[int]
    secondary_region: str
    primary_route53_health_check_id: str
    def __init__(self, secondary_region: _Optional[str] = ..., primary_route53_health_check_id: _Optional[str] = ...) -> None: ...

class FirehoseConfigurationType(_message.Message):
    __slots__ = ("stream_arn",)
    STREAM_ARN_FIELD_NUMBER: _ClassVar[int]
    stream_arn: str
    def __init__(self, stream_arn: _Optional[str] = ...) -> None: ...

class GroupType(_message.Message):
    __slots__ = ("group_name", "user_pool_id", "description", "role_arn", "precedence", "last_modified_date", "creation_date")
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ROLE_ARN_FIELD_NUMBER: _ClassVar[int]
    PRECEDENCE_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    group_name: str
    user_pool_id: str
    description: str
    role_arn: str
    precedence: int
    last_modified_date: _timestamp_pb2.Timestamp
    creation_date: _timestamp_pb2.Timestamp
    def __init__(self, group_name: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., description: _Optional[str] = ..., role_arn: _Optional[str] = ..., precedence: _Optional[int] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class HttpHeader(_message.Message):
    __slots__ = ("header_name", "header_value")
    HEADER_NAME_FIELD_NUMBER: _ClassVar[int]
    HEADER_VALUE_FIELD_NUMBER: _ClassVar[int]
    header_name: str
    header_value: str
    def __init__(self, header_name: _Optional[str] = ..., header_value: _Optional[str] = ...) -> None: ...

class IdentityProviderType(_message.Message):
    __slots__ = ("user_pool_id", "provider_name", "provider_type", "provider_details", "attribute_mapping", "idp_identifiers", "acr_mapping", "last_modified_date", "creation_date")
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
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    provider_name: str
    provider_type: _enums_pb2.IdentityProviderTypeType
    provider_details: _containers.ScalarMap[str, str]
    attribute_mapping: _containers.ScalarMap[str, str]
    idp_identifiers: _containers.RepeatedScalarFieldContainer[str]
    acr_mapping: _containers.ScalarMap[str, str]
    last_modified_date: _timestamp_pb2.Timestamp
    creation_date: _timestamp_pb2.Timestamp
    def __init__(self, user_pool_id: _Optional[str] = ..., provider_name: _Optional[str] = ..., provider_type: _Optional[_Union[_enums_pb2.IdentityProviderTypeType, str]] = ..., provider_details: _Optional[_Mapping[str, str]] = ..., attribute_mapping: _Optional[_Mapping[str, str]] = ..., idp_identifiers: _Optional[_Iterable[str]] = ..., acr_mapping: _Optional[_Mapping[str, str]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InboundFederationLambdaType(_message.Message):
    __slots__ = ("lambda_version", "lambda_arn")
    LAMBDA_VERSION_FIELD_NUMBER: _ClassVar[int]
    LAMBDA_ARN_FIELD_NUMBER: _ClassVar[int]
    lambda_version: _enums_pb2.InboundFederationLambdaVersionType
    lambda_arn: str
    def __init__(self, lambda_version: _Optional[_Union[_enums_pb2.InboundFederationLambdaVersionType, str]] = ..., lambda_arn: _Optional[str] = ...) -> None: ...

class IssuerConfigurationType(_message.Message):
    __slots__ = ("type",)
    TYPE_FIELD_NUMBER: _ClassVar[int]
    type: _enums_pb2.IssuerType
    def __init__(self, type: _Optional[_Union[_enums_pb2.IssuerType, str]] = ...) -> None: ...

class KeyConfigurationType(_message.Message):
    __slots__ = ("key_type", "kms_key_arn")
    KEY_TYPE_FIELD_NUMBER: _ClassVar[int]
    KMS_KEY_ARN_FIELD_NUMBER: _ClassVar[int]
    key_type: _enums_pb2.EncryptionKeyType
    kms_key_arn: str
    def __init__(self, key_type: _Optional[_Union[_enums_pb2.EncryptionKeyType, str]] = ..., kms_key_arn: _Optional[str] = ...) -> None: ...

class LambdaConfigType(_message.Message):
    __slots__ = ("pre_sign_up", "custom_message", "post_confirmation", "pre_authentication", "post_authentication", "define_auth_challenge", "create_auth_challenge", "verify_auth_challenge_response", "pre_token_generation", "user_migration", "pre_token_generation_config", "custom_sms_sender", "custom_email_sender", "kms_key_id", "inbound_federation")
    PRE_SIGN_UP_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    POST_CONFIRMATION_FIELD_NUMBER: _ClassVar[int]
    PRE_AUTHENTICATION_FIELD_NUMBER: _ClassVar[int]
    POST_AUTHENTICATION_FIELD_NUMBER: _ClassVar[int]
    DEFINE_AUTH_CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    CREATE_AUTH_CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    VERIFY_AUTH_CHALLENGE_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    PRE_TOKEN_GENERATION_FIELD_NUMBER: _ClassVar[int]
    USER_MIGRATION_FIELD_NUMBER: _ClassVar[int]
    PRE_TOKEN_GENERATION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_SMS_SENDER_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_EMAIL_SENDER_FIELD_NUMBER: _ClassVar[int]
    KMS_KEY_ID_FIELD_NUMBER: _ClassVar[int]
    INBOUND_FEDERATION_FIELD_NUMBER: _ClassVar[int]
    pre_sign_up: str
    custom_message: str
    post_confirmation: str
    pre_authentication: str
    post_authentication: str
    define_auth_challenge: str
    create_auth_challenge: str
    verify_auth_challenge_response: str
    pre_token_generation: str
    user_migration: str
    pre_token_generation_config: PreTokenGenerationVersionConfigType
    custom_sms_sender: CustomSMSLambdaVersionConfigType
    custom_email_sender: CustomEmailLambdaVersionConfigType
    kms_key_id: str
    inbound_federation: InboundFederationLambdaType
    def __init__(self, pre_sign_up: _Optional[str] = ..., custom_message: _Optional[str] = ..., post_confirmation: _Optional[str] = ..., pre_authentication: _Optional[str] = ..., post_authentication: _Optional[str] = ..., define_auth_challenge: _Optional[str] = ..., create_auth_challenge: _Optional[str] = ..., verify_auth_challenge_response: _Optional[str] = ..., pre_token_generation: _Optional[str] = ..., user_migration: _Optional[str] = ..., pre_token_generation_config: _Optional[_Union[PreTokenGenerationVersionConfigType, _Mapping]] = ..., custom_sms_sender: _Optional[_Union[CustomSMSLambdaVersionConfigType, _Mapping]] = ..., custom_email_sender: _Optional[_Union[CustomEmailLambdaVersionConfigType, _Mapping]] = ..., kms_key_id: _Optional[str] = ..., inbound_federation: _Optional[_Union[InboundFederationLambdaType, _Mapping]] = ...) -> None: ...

class LimitDefinitionType(_message.Message):
    __slots__ = ("limit_class", "attributes")
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    LIMIT_CLASS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    limit_class: _enums_pb2.LimitClass
    attributes: _containers.ScalarMap[str, str]
    def __init__(self, limit_class: _Optional[_Union[_enums_pb2.LimitClass, str]] = ..., attributes: _Optional[_Mapping[str, str]] = ...) -> None: ...

class LimitType(_message.Message):
    __slots__ = ("limit_definition", "provisioned_limit_value", "free_limit_value")
    LIMIT_DEFINITION_FIELD_NUMBER: _ClassVar[int]
    PROVISIONED_LIMIT_VALUE_FIELD_NUMBER: _ClassVar[int]
    FREE_LIMIT_VALUE_FIELD_NUMBER: _ClassVar[int]
    limit_definition: LimitDefinitionType
    provisioned_limit_value: int
    free_limit_value: int
    def __init__(self, limit_definition: _Optional[_Union[LimitDefinitionType, _Mapping]] = ..., provisioned_limit_value: _Optional[int] = ..., free_limit_value: _Optional[int] = ...) -> None: ...

class LogConfigurationType(_message.Message):
    __slots__ = ("log_level", "event_source", "cloud_watch_logs_configuration", "s3_configuration", "firehose_configuration")
    LOG_LEVEL_FIELD_NUMBER: _ClassVar[int]
    EVENT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    CLOUD_WATCH_LOGS_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    S3_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    FIREHOSE_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    log_level: _enums_pb2.LogLevel
    event_source: _enums_pb2.EventSourceName
    cloud_watch_logs_configuration: CloudWatchLogsConfigurationType
    s3_configuration: S3ConfigurationType
    firehose_configuration: FirehoseConfigurationType
    def __init__(self, log_level: _Optional[_Union[_enums_pb2.LogLevel, str]] = ..., event_source: _Optional[_Union[_enums_pb2.EventSourceName, str]] = ..., cloud_watch_logs_configuration: _Optional[_Union[CloudWatchLogsConfigurationType, _Mapping]] = ..., s3_configuration: _Optional[_Union[S3ConfigurationType, _Mapping]] = ..., firehose_configuration: _Optional[_Union[FirehoseConfigurationType, _Mapping]] = ...) -> None: ...

class LogDeliveryConfigurationType(_message.Message):
    __slots__ = ("user_pool_id", "log_configurations")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    LOG_CONFIGURATIONS_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    log_configurations: _containers.RepeatedCompositeFieldContainer[LogConfigurationType]
    def __init__(self, user_pool_id: _Optional[str] = ..., log_configurations: _Optional[_Iterable[_Union[LogConfigurationType, _Mapping]]] = ...) -> None: ...

class MFAOptionType(_message.Message):
    __slots__ = ("delivery_medium", "attribute_name")
    DELIVERY_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_NAME_FIELD_NUMBER: _ClassVar[int]
    delivery_medium: _enums_pb2.DeliveryMediumType
    attribute_name: str
    def __init__(self, delivery_medium: _Optional[_Union[_enums_pb2.DeliveryMediumType, str]] = ..., attribute_name: _Optional[str] = ...) -> None: ...

class ManagedLoginBrandingType(_message.Message):
    __slots__ = ("managed_login_branding_id", "user_pool_id", "use_cognito_provided_values", "settings", "assets", "creation_date", "last_modified_date")
    MANAGED_LOGIN_BRANDING_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    USE_COGNITO_PROVIDED_VALUES_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    managed_login_branding_id: str
    user_pool_id: str
    use_cognito_provided_values: bool
    settings: _struct_pb2.Value
    assets: _containers.RepeatedCompositeFieldContainer[AssetType]
    creation_date: _timestamp_pb2.Timestamp
    last_modified_date: _timestamp_pb2.Timestamp
    def __init__(self, managed_login_branding_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., use_cognito_provided_values: _Optional[bool] = ..., settings: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., assets: _Optional[_Iterable[_Union[AssetType, _Mapping]]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageTemplateType(_message.Message):
    __slots__ = ("sms_message", "email_message", "email_subject")
    SMS_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    sms_message: str
    email_message: str
    email_subject: str
    def __init__(self, sms_message: _Optional[str] = ..., email_message: _Optional[str] = ..., email_subject: _Optional[str] = ...) -> None: ...

class NewDeviceMetadataType(_message.Message):
    __slots__ = ("device_key", "device_group_key")
    DEVICE_KEY_FIELD_NUMBER: _ClassVar[int]
    DEVICE_GROUP_KEY_FIELD_NUMBER: _ClassVar[int]
    device_key: str
    device_group_key: str
    def __init__(self, device_key: _Optional[str] = ..., device_group_key: _Optional[str] = ...) -> None: ...

class NotifyConfigurationType(_message.Message):
    __slots__ = ("reply_to", "source_arn", "block_email", "no_action_email", "mfa_email")
    FROM_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ARN_FIELD_NUMBER: _ClassVar[int]
    BLOCK_EMAIL_FIELD_NUMBER: _ClassVar[int]
    NO_ACTION_EMAIL_FIELD_NUMBER: _ClassVar[int]
    MFA_EMAIL_FIELD_NUMBER: _ClassVar[int]
    reply_to: str
    source_arn: str
    block_email: NotifyEmailType
    no_action_email: NotifyEmailType
    mfa_email: NotifyEmailType
    def __init__(self, reply_to: _Optional[str] = ..., source_arn: _Optional[str] = ..., block_email: _Optional[_Union[NotifyEmailType, _Mapping]] = ..., no_action_email: _Optional[_Union[NotifyEmailType, _Mapping]] = ..., mfa_email: _Optional[_Union[NotifyEmailType, _Mapping]] = ..., **kwargs) -> None: ...

class NotifyEmailType(_message.Message):
    __slots__ = ("subject", "html_body", "text_body")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    HTML_BODY_FIELD_NUMBER: _ClassVar[int]
    TEXT_BODY_FIELD_NUMBER: _ClassVar[int]
    subject: str
    html_body: str
    text_body: str
    def __init__(self, subject: _Optional[str] = ..., html_body: _Optional[str] = ..., text_body: _Optional[str] = ...) -> None: ...

class NumberAttributeConstraintsType(_message.Message):
    __slots__ = ("min_value", "max_value")
    MIN_VALUE_FIELD_NUMBER: _ClassVar[int]
    MAX_VALUE_FIELD_NUMBER: _ClassVar[int]
    min_value: str
    max_value: str
    def __init__(self, min_value: _Optional[str] = ..., max_value: _Optional[str] = ...) -> None: ...

class PasswordPolicyType(_message.Message):
    __slots__ = ("minimum_length", "require_uppercase", "require_lowercase", "require_numbers", "require_symbols", "password_history_size", "temporary_password_validity_days")
    MINIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_UPPERCASE_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_LOWERCASE_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_SYMBOLS_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_HISTORY_SIZE_FIELD_NUMBER: _ClassVar[int]
    TEMPORARY_PASSWORD_VALIDITY_DAYS_FIELD_NUMBER: _ClassVar[int]
    minimum_length: int
    require_uppercase: bool
    require_lowercase: bool
    require_numbers: bool
    require_symbols: bool
    password_history_size: int
    temporary_password_validity_days: int
    def __init__(self, minimum_length: _Optional[int] = ..., require_uppercase: _Optional[bool] = ..., require_lowercase: _Optional[bool] = ..., require_numbers: _Optional[bool] = ..., require_symbols: _Optional[bool] = ..., password_history_size: _Optional[int] = ..., temporary_password_validity_days: _Optional[int] = ...) -> None: ...

class PreTokenGenerationVersionConfigType(_message.Message):
    __slots__ = ("lambda_version", "lambda_arn")
    LAMBDA_VERSION_FIELD_NUMBER: _ClassVar[int]
    LAMBDA_ARN_FIELD_NUMBER: _ClassVar[int]
    lambda_version: _enums_pb2.PreTokenGenerationLambdaVersionType
    lambda_arn: str
    def __init__(self, lambda_version: _Optional[_Union[_enums_pb2.PreTokenGenerationLambdaVersionType, str]] = ..., lambda_arn: _Optional[str] = ...) -> None: ...

class ProviderDescription(_message.Message):
    __slots__ = ("provider_name", "provider_type", "last_modified_date", "creation_date")
    PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_TYPE_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    provider_name: str
    provider_type: _enums_pb2.IdentityProviderTypeType
    last_modified_date: _timestamp_pb2.Timestamp
    creation_date: _timestamp_pb2.Timestamp
    def __init__(self, provider_name: _Optional[str] = ..., provider_type: _Optional[_Union[_enums_pb2.IdentityProviderTypeType, str]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ProviderUserIdentifierType(_message.Message):
    __slots__ = ("provider_name", "provider_attribute_name", "provider_attribute_value")
    PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_ATTRIBUTE_NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_ATTRIBUTE_VALUE_FIELD_NUMBER: _ClassVar[int]
    provider_name: str
    provider_attribute_name: str
    provider_attribute_value: str
    def __init__(self, provider_name: _Optional[str] = ..., provider_attribute_name: _Optional[str] = ..., provider_attribute_value: _Optional[str] = ...) -> None: ...

class RecoveryOptionType(_message.Message):
    __slots__ = ("priority", "name")
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    priority: int
    name: _enums_pb2.RecoveryOptionNameType
    def __init__(self, priority: _Optional[int] = ..., name: _Optional[_Union[_enums_pb2.RecoveryOptionNameType, str]] = ...) -> None: ...

class RefreshTokenRotationType(_message.Message):
    __slots__ = ("feature", "retry_grace_period_seconds")
    FEATURE_FIELD_NUMBER: _ClassVar[int]
    RETRY_GRACE_PERIOD_SECONDS_FIELD_NUMBER: _ClassVar[int]
    feature: _enums_pb2.FeatureType
    retry_grace_period_seconds: int
    def __init__(self, feature: _Optional[_Union[_enums_pb2.FeatureType, str]] = ..., retry_grace_period_seconds: _Optional[int] = ...) -> None: ...

class ResourceServerScopeType(_message.Message):
    __slots__ = ("scope_name", "scope_description")
    SCOPE_NAME_FIELD_NUMBER: _ClassVar[int]
    SCOPE_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    scope_name: str
    scope_description: str
    def __init__(self, scope_name: _Optional[str] = ..., scope_description: _Optional[str] = ...) -> None: ...

class ResourceServerType(_message.Message):
    __slots__ = ("user_pool_id", "identifier", "name", "scopes", "managed_by")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    MANAGED_BY_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    identifier: str
    name: str
    scopes: _containers.RepeatedCompositeFieldContainer[ResourceServerScopeType]
    managed_by: _enums_pb2.ResourceServerManagedByType
    def __init__(self, user_pool_id: _Optional[str] = ..., identifier: _Optional[str] = ..., name: _Optional[str] = ..., scopes: _Optional[_Iterable[_Union[ResourceServerScopeType, _Mapping]]] = ..., managed_by: _Optional[_Union[_enums_pb2.ResourceServerManagedByType, str]] = ...) -> None: ...

class RestorationDescriptionType(_message.Message):
    __slots__ = ("restore_id", "restore_status", "restore_timestamp")
    RESTORE_ID_FIELD_NUMBER: _ClassVar[int]
    RESTORE_STATUS_FIELD_NUMBER: _ClassVar[int]
    RESTORE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    restore_id: str
    restore_status: _enums_pb2.RestoreStatusType
    restore_timestamp: _timestamp_pb2.Timestamp
    def __init__(self, restore_id: _Optional[str] = ..., restore_status: _Optional[_Union[_enums_pb2.RestoreStatusType, str]] = ..., restore_timestamp: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RestorationType(_message.Message):
    __slots__ = ("restore_id", "restore_status", "restore_timestamp", "trigger_timestamp", "restore_preview")
    RESTORE_ID_FIELD_NUMBER: _ClassVar[int]
    RESTORE_STATUS_FIELD_NUMBER: _ClassVar[int]
    RESTORE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    RESTORE_PREVIEW_FIELD_NUMBER: _ClassVar[int]
    restore_id: str
    restore_status: _enums_pb2.RestoreStatusType
    restore_timestamp: _timestamp_pb2.Timestamp
    trigger_timestamp: _timestamp_pb2.Timestamp
    restore_preview: _containers.RepeatedCompositeFieldContainer[RestorePreviewType]
    def __init__(self, restore_id: _Optional[str] = ..., restore_status: _Optional[_Union[_enums_pb2.RestoreStatusType, str]] = ..., restore_timestamp: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., trigger_timestamp: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., restore_preview: _Optional[_Iterable[_Union[RestorePreviewType, _Mapping]]] = ...) -> None: ...

class RestorePreviewType(_message.Message):
    __slots__ = ("entity", "create_count", "update_count", "delete_count")
    ENTITY_FIELD_NUMBER: _ClassVar[int]
    CREATE_COUNT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_COUNT_FIELD_NUMBER: _ClassVar[int]
    DELETE_COUNT_FIELD_NUMBER: _ClassVar[int]
    entity: str
    create_count: int
    update_count: int
    delete_count: int
    def __init__(self, entity: _Optional[str] = ..., create_count: _Optional[int] = ..., update_count: _Optional[int] = ..., delete_count: _Optional[int] = ...) -> None: ...

class RiskConfigurationType(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "compromised_credentials_risk_configuration", "account_takeover_risk_configuration", "risk_exception_configuration", "last_modified_date")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    COMPROMISED_CREDENTIALS_RISK_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_TAKEOVER_RISK_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    RISK_EXCEPTION_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    compromised_credentials_risk_configuration: CompromisedCredentialsRiskConfigurationType
    account_takeover_risk_configuration: AccountTakeoverRiskConfigurationType
    risk_exception_configuration: RiskExceptionConfigurationType
    last_modified_date: _timestamp_pb2.Timestamp
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., compromised_credentials_risk_configuration: _Optional[_Union[CompromisedCredentialsRiskConfigurationType, _Mapping]] = ..., account_takeover_risk_configuration: _Optional[_Union[AccountTakeoverRiskConfigurationType, _Mapping]] = ..., risk_exception_configuration: _Optional[_Union[RiskExceptionConfigurationType, _Mapping]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RiskExceptionConfigurationType(_message.Message):
    __slots__ = ("blocked_ip_range_list", "skipped_ip_range_list")
    BLOCKED_IP_RANGE_LIST_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_IP_RANGE_LIST_FIELD_NUMBER: _ClassVar[int]
    blocked_ip_range_list: _containers.RepeatedScalarFieldContainer[str]
    skipped_ip_range_list: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, blocked_ip_range_list: _Optional[_Iterable[str]] = ..., skipped_ip_range_list: _Optional[_Iterable[str]] = ...) -> None: ...

class RoutingType(_message.Message):
    __slots__ = ("failover",)
    FAILOVER_FIELD_NUMBER: _ClassVar[int]
    failover: FailoverType
    def __init__(self, failover: _Optional[_Union[FailoverType, _Mapping]] = ...) -> None: ...

class S3ConfigurationType(_message.Message):
    __slots__ = ("bucket_arn",)
    BUCKET_ARN_FIELD_NUMBER: _ClassVar[int]
    bucket_arn: str
    def __init__(self, bucket_arn: _Optional[str] = ...) -> None: ...

class SMSMfaSettingsType(_message.Message):
    __slots__ = ("enabled", "preferred_mfa")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_MFA_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    preferred_mfa: bool
    def __init__(self, enabled: _Optional[bool] = ..., preferred_mfa: _Optional[bool] = ...) -> None: ...

class SchemaAttributeType(_message.Message):
    __slots__ = ("name", "attribute_data_type", "developer_only_attribute", "mutable", "required", "number_attribute_constraints", "string_attribute_constraints")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_DATA_TYPE_FIELD_NUMBER: _ClassVar[int]
    DEVELOPER_ONLY_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    MUTABLE_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_FIELD_NUMBER: _ClassVar[int]
    NUMBER_ATTRIBUTE_CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    STRING_ATTRIBUTE_CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    name: str
    attribute_data_type: _enums_pb2.AttributeDataType
    developer_only_attribute: bool
    mutable: bool
    required: bool
    number_attribute_constraints: NumberAttributeConstraintsType
    string_attribute_constraints: StringAttributeConstraintsType
    def __init__(self, name: _Optional[str] = ..., attribute_data_type: _Optional[_Union[_enums_pb2.AttributeDataType, str]] = ..., developer_only_attribute: _Optional[bool] = ..., mutable: _Optional[bool] = ..., required: _Optional[bool] = ..., number_attribute_constraints: _Optional[_Union[NumberAttributeConstraintsType, _Mapping]] = ..., string_attribute_constraints: _Optional[_Union[StringAttributeConstraintsType, _Mapping]] = ...) -> None: ...

class SessionDescriptionType(_message.Message):
    __slots__ = ("session_id", "session_type", "client_id", "create_date", "last_active_date", "device_type", "last_ip_address", "last_location", "origin_session_id", "is_current_session")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_DATE_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVE_DATE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    LAST_IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    LAST_LOCATION_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    IS_CURRENT_SESSION_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    session_type: _enums_pb2.SessionTypeType
    client_id: str
    create_date: _timestamp_pb2.Timestamp
    last_active_date: _timestamp_pb2.Timestamp
    device_type: str
    last_ip_address: str
    last_location: SessionLocationType
    origin_session_id: str
    is_current_session: bool
    def __init__(self, session_id: _Optional[str] = ..., session_type: _Optional[_Union[_enums_pb2.SessionTypeType, str]] = ..., client_id: _Optional[str] = ..., create_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_active_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., device_type: _Optional[str] = ..., last_ip_address: _Optional[str] = ..., last_location: _Optional[_Union[SessionLocationType, _Mapping]] = ..., origin_session_id: _Optional[str] = ..., is_current_session: _Optional[bool] = ...) -> None: ...

class SessionLocationType(_message.Message):
    __slots__ = ("city", "country")
    CITY_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    city: str
    country: str
    def __init__(self, city: _Optional[str] = ..., country: _Optional[str] = ...) -> None: ...

class SignInPolicyType(_message.Message):
    __slots__ = ("allowed_first_auth_factors",)
    ALLOWED_FIRST_AUTH_FACTORS_FIELD_NUMBER: _ClassVar[int]
    allowed_first_auth_factors: _containers.RepeatedScalarFieldContainer[_enums_pb2.AuthFactorType]
    def __init__(self, allowed_first_auth_factors: _Optional[_Iterable[_Union[_enums_pb2.AuthFactorType, str]]] = ...) -> None: ...

class SmsConfigurationType(_message.Message):
    __slots__ = ("sns_caller_arn", "external_id", "sns_region", "eums_sms")
    SNS_CALLER_ARN_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    SNS_REGION_FIELD_NUMBER: _ClassVar[int]
    EUMS_SMS_FIELD_NUMBER: _ClassVar[int]
    sns_caller_arn: str
    external_id: str
    sns_region: str
    eums_sms: EumsSmsConfigurationType
    def __init__(self, sns_caller_arn: _Optional[str] = ..., external_id: _Optional[str] = ..., sns_region: _Optional[str] = ..., eums_sms: _Optional[_Union[EumsSmsConfigurationType, _Mapping]] = ...) -> None: ...

class SmsMfaConfigType(_message.Message):
    __slots__ = ("sms_authentication_message", "sms_configuration")
    SMS_AUTHENTICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SMS_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    sms_authentication_message: str
    sms_configuration: SmsConfigurationType
    def __init__(self, sms_authentication_message: _Optional[str] = ..., sms_configuration: _Optional[_Union[SmsConfigurationType, _Mapping]] = ...) -> None: ...

class SoftwareTokenMfaConfigType(_message.Message):
    __slots__ = ("enabled",)
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    def __init__(self, enabled: _Optional[bool] = ...) -> None: ...

class SoftwareTokenMfaSettingsType(_message.Message):
    __slots__ = ("enabled", "preferred_mfa")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_MFA_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    preferred_mfa: bool
    def __init__(self, enabled: _Optional[bool] = ..., preferred_mfa: _Optional[bool] = ...) -> None: ...

class StringAttributeConstraintsType(_message.Message):
    __slots__ = ("min_length", "max_length")
    MIN_LENGTH_FIELD_NUMBER: _ClassVar[int]
    MAX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    min_length: str
    max_length: str
    def __init__(self, min_length: _Optional[str] = ..., max_length: _Optional[str] = ...) -> None: ...

class TermsDescriptionType(_message.Message):
    __slots__ = ("terms_id", "terms_name", "enforcement", "creation_date", "last_modified_date")
    TERMS_ID_FIELD_NUMBER: _ClassVar[int]
    TERMS_NAME_FIELD_NUMBER: _ClassVar[int]
    ENFORCEMENT_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    terms_id: str
    terms_name: str
    enforcement: _enums_pb2.TermsEnforcementType
    creation_date: _timestamp_pb2.Timestamp
    last_modified_date: _timestamp_pb2.Timestamp
    def __init__(self, terms_id: _Optional[str] = ..., terms_name: _Optional[str] = ..., enforcement: _Optional[_Union[_enums_pb2.TermsEnforcementType, str]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TermsType(_message.Message):
    __slots__ = ("terms_id", "user_pool_id", "client_id", "terms_name", "terms_source", "enforcement", "links", "creation_date", "last_modified_date")
    class LinksEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TERMS_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    TERMS_NAME_FIELD_NUMBER: _ClassVar[int]
    TERMS_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ENFORCEMENT_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    terms_id: str
    user_pool_id: str
    client_id: str
    terms_name: str
    terms_source: _enums_pb2.TermsSourceType
    enforcement: _enums_pb2.TermsEnforcementType
    links: _containers.ScalarMap[str, str]
    creation_date: _timestamp_pb2.Timestamp
    last_modified_date: _timestamp_pb2.Timestamp
    def __init__(self, terms_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., terms_name: _Optional[str] = ..., terms_source: _Optional[_Union[_enums_pb2.TermsSourceType, str]] = ..., enforcement: _Optional[_Union[_enums_pb2.TermsEnforcementType, str]] = ..., links: _Optional[_Mapping[str, str]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TokenValidityUnitsType(_message.Message):
    __slots__ = ("access_token", "id_token", "refresh_token")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ID_TOKEN_FIELD_NUMBER: _ClassVar[int]
    REFRESH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    access_token: _enums_pb2.TimeUnitsType
    id_token: _enums_pb2.TimeUnitsType
    refresh_token: _enums_pb2.TimeUnitsType
    def __init__(self, access_token: _Optional[_Union[_enums_pb2.TimeUnitsType, str]] = ..., id_token: _Optional[_Union[_enums_pb2.TimeUnitsType, str]] = ..., refresh_token: _Optional[_Union[_enums_pb2.TimeUnitsType, str]] = ...) -> None: ...

class UICustomizationType(_message.Message):
    __slots__ = ("user_pool_id", "client_id", "image_url", "css", "css_version", "last_modified_date", "creation_date")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    CSS_FIELD_NUMBER: _ClassVar[int]
    CSS_VERSION_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_id: str
    image_url: str
    css: str
    css_version: str
    last_modified_date: _timestamp_pb2.Timestamp
    creation_date: _timestamp_pb2.Timestamp
    def __init__(self, user_pool_id: _Optional[str] = ..., client_id: _Optional[str] = ..., image_url: _Optional[str] = ..., css: _Optional[str] = ..., css_version: _Optional[str] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class UserAttributeUpdateSettingsType(_message.Message):
    __slots__ = ("attributes_require_verification_before_update",)
    ATTRIBUTES_REQUIRE_VERIFICATION_BEFORE_UPDATE_FIELD_NUMBER: _ClassVar[int]
    attributes_require_verification_before_update: _containers.RepeatedScalarFieldContainer[_enums_pb2.VerifiedAttributeType]
    def __init__(self, attributes_require_verification_before_update: _Optional[_Iterable[_Union[_enums_pb2.VerifiedAttributeType, str]]] = ...) -> None: ...

class UserContextDataType(_message.Message):
    __slots__ = ("ip_address", "encoded_data")
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ENCODED_DATA_FIELD_NUMBER: _ClassVar[int]
    ip_address: str
    encoded_data: str
    def __init__(self, ip_address: _Optional[str] = ..., encoded_data: _Optional[str] = ...) -> None: ...

class UserImportJobType(_message.Message):
    __slots__ = ("job_name", "job_id", "user_pool_id", "pre_signed_url", "creation_date", "start_date", "completion_date", "status", "cloud_watch_logs_role_arn", "imported_users", "skipped_users", "failed_users", "completion_message", "password_hashing_algorithm")
    JOB_NAME_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    PRE_SIGNED_URL_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    START_DATE_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_DATE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CLOUD_WATCH_LOGS_ROLE_ARN_FIELD_NUMBER: _ClassVar[int]
    IMPORTED_USERS_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_USERS_FIELD_NUMBER: _ClassVar[int]
    FAILED_USERS_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_HASHING_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    job_name: str
    job_id: str
    user_pool_id: str
    pre_signed_url: str
    creation_date: _timestamp_pb2.Timestamp
    start_date: _timestamp_pb2.Timestamp
    completion_date: _timestamp_pb2.Timestamp
    status: _enums_pb2.UserImportJobStatusType
    cloud_watch_logs_role_arn: str
    imported_users: int
    skipped_users: int
    failed_users: int
    completion_message: str
    password_hashing_algorithm: _enums_pb2.PasswordHashingAlgorithmType
    def __init__(self, job_name: _Optional[str] = ..., job_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., pre_signed_url: _Optional[str] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., start_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completion_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status: _Optional[_Union[_enums_pb2.UserImportJobStatusType, str]] = ..., cloud_watch_logs_role_arn: _Optional[str] = ..., imported_users: _Optional[int] = ..., skipped_users: _Optional[int] = ..., failed_users: _Optional[int] = ..., completion_message: _Optional[str] = ..., password_hashing_algorithm: _Optional[_Union[_enums_pb2.PasswordHashingAlgorithmType, str]] = ...) -> None: ...

class UserPoolAddOnsType(_message.Message):
    __slots__ = ("advanced_security_mode", "advanced_security_additional_flows")
    ADVANCED_SECURITY_MODE_FIELD_NUMBER: _ClassVar[int]
    ADVANCED_SECURITY_ADDITIONAL_FLOWS_FIELD_NUMBER: _ClassVar[int]
    advanced_security_mode: _enums_pb2.AdvancedSecurityModeType
    advanced_security_additional_flows: AdvancedSecurityAdditionalFlowsType
    def __init__(self, advanced_security_mode: _Optional[_Union[_enums_pb2.AdvancedSecurityModeType, str]] = ..., advanced_security_additional_flows: _Optional[_Union[AdvancedSecurityAdditionalFlowsType, _Mapping]] = ...) -> None: ...

class UserPoolClientDescription(_message.Message):
    __slots__ = ("client_id", "user_pool_id", "client_name")
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    client_id: str
    user_pool_id: str
    client_name: str
    def __init__(self, client_id: _Optional[str] = ..., user_pool_id: _Optional[str] = ..., client_name: _Optional[str] = ...) -> None: ...

class UserPoolClientType(_message.Message):
    __slots__ = ("user_pool_id", "client_name", "client_id", "client_secret", "client_secret_arn", "last_modified_date", "creation_date", "refresh_token_validity", "access_token_validity", "id_token_validity", "token_validity_units", "read_attributes", "write_attributes", "explicit_auth_flows", "supported_identity_providers", "callback_urls", "logout_urls", "default_redirect_uri", "allowed_oauth_flows", "allowed_oauth_scopes", "allowed_oauth_flows_user_pool_client", "analytics_configuration", "prevent_user_existence_errors", "enable_token_revocation", "enable_propagate_additional_user_context_data", "auth_session_validity", "refresh_token_rotation", "client_type")
    USER_POOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_ARN_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
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
    CLIENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    user_pool_id: str
    client_name: str
    client_id: str
    client_secret: str
    client_secret_arn: str
    last_modified_date: _timestamp_pb2.Timestamp
    creation_date: _timestamp_pb2.Timestamp
    refresh_token_validity: int
    access_token_validity: int
    id_token_validity: int
    token_validity_units: TokenValidityUnitsType
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
    analytics_configuration: AnalyticsConfigurationType
    prevent_user_existence_errors: _enums_pb2.PreventUserExistenceErrorTypes
    enable_token_revocation: bool
    enable_propagate_additional_user_context_data: bool
    auth_session_validity: int
    refresh_token_rotation: RefreshTokenRotationType
    client_type: _enums_pb2.ClientTypeType
    def __init__(self, user_pool_id: _Optional[str] = ..., client_name: _Optional[str] = ..., client_id: _Optional[str] = ..., client_secret: _Optional[str] = ..., client_secret_arn: _Optional[str] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., refresh_token_validity: _Optional[int] = ..., access_token_validity: _Optional[int] = ..., id_token_validity: _Optional[int] = ..., token_validity_units: _Optional[_Union[TokenValidityUnitsType, _Mapping]] = ..., read_attributes: _Optional[_Iterable[str]] = ..., write_attributes: _Optional[_Iterable[str]] = ..., explicit_auth_flows: _Optional[_Iterable[_Union[_enums_pb2.ExplicitAuthFlowsType, str]]] = ..., supported_identity_providers: _Optional[_Iterable[str]] = ..., callback_urls: _Optional[_Iterable[str]] = ..., logout_urls: _Optional[_Iterable[str]] = ..., default_redirect_uri: _Optional[str] = ..., allowed_oauth_flows: _Optional[_Iterable[_Union[_enums_pb2.OAuthFlowType, str]]] = ..., allowed_oauth_scopes: _Optional[_Iterable[str]] = ..., allowed_oauth_flows_user_pool_client: _Optional[bool] = ..., analytics_configuration: _Optional[_Union[AnalyticsConfigurationType, _Mapping]] = ..., prevent_user_existence_errors: _Optional[_Union[_enums_pb2.PreventUserExistenceErrorTypes, str]] = ..., enable_token_revocation: _Optional[bool] = ..., enable_propagate_additional_user_context_data: _Optional[bool] = ..., auth_session_validity: _Optional[int] = ..., refresh_token_rotation: _Optional[_Union[RefreshTokenRotationType, _Mapping]] = ..., client_type: _Optional[_Union[_enums_pb2.ClientTypeType, str]] = ...) -> None: ...

class UserPoolDescriptionType(_message.Message):
    __slots__ = ("id", "name", "lambda_config", "status", "last_modified_date", "creation_date", "replica_regions")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    LAMBDA_CONFIG_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    REPLICA_REGIONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    lambda_config: LambdaConfigType
    status: _enums_pb2.StatusType
    last_modified_date: _timestamp_pb2.Timestamp
    creation_date: _timestamp_pb2.Timestamp
    replica_regions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., lambda_config: _Optional[_Union[LambdaConfigType, _Mapping]] = ..., status: _Optional[_Union[_enums_pb2.StatusType, str]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., replica_regions: _Optional[_Iterable[str]] = ...) -> None: ...

class UserPoolPolicyType(_message.Message):
    __slots__ = ("password_policy", "sign_in_policy")
    PASSWORD_POLICY_FIELD_NUMBER: _ClassVar[int]
    SIGN_IN_POLICY_FIELD_NUMBER: _ClassVar[int]
    password_policy: PasswordPolicyType
    sign_in_policy: SignInPolicyType
    def __init__(self, password_policy: _Optional[_Union[PasswordPolicyType, _Mapping]] = ..., sign_in_policy: _Optional[_Union[SignInPolicyType, _Mapping]] = ...) -> None: ...

class UserPoolReplicaType(_message.Message):
    __slots__ = ("region_name", "status", "role", "user_pool_arn")
    REGION_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ARN_FIELD_NUMBER: _ClassVar[int]
    region_name: str
    status: _enums_pb2.ReplicaStatusType
    role: _enums_pb2.ReplicaRoleType
    user_pool_arn: str
    def __init__(self, region_name: _Optional[str] = ..., status: _Optional[_Union[_enums_pb2.ReplicaStatusType, str]] = ..., role: _Optional[_Union[_enums_pb2.ReplicaRoleType, str]] = ..., user_pool_arn: _Optional[str] = ...) -> None: ...

class UserPoolTokenSessionConfigType(_message.Message):
    __slots__ = ("max_per_user",)
    MAX_PER_USER_FIELD_NUMBER: _ClassVar[int]
    max_per_user: int
    def __init__(self, max_per_user: _Optional[int] = ...) -> None: ...

class UserPoolType(_message.Message):
    __slots__ = ("id", "name", "policies", "deletion_protection", "lambda_config", "status", "last_modified_date", "creation_date", "schema_attributes", "auto_verified_attributes", "alias_attributes", "username_attributes", "sms_verification_message", "email_verification_message", "email_verification_subject", "verification_message_template", "sms_authentication_message", "user_attribute_update_settings", "mfa_configuration", "device_configuration", "estimated_number_of_users", "email_configuration", "sms_configuration", "user_pool_tags", "sms_configuration_failure", "email_configuration_failure", "domain", "custom_domain", "admin_create_user_config", "user_pool_add_ons", "dcr_configuration", "username_configuration", "arn", "account_recovery_setting", "user_pool_tier", "key_configuration", "issuer_configuration", "acr_configuration")
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
        value: AcrLevelConfigType
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[AcrLevelConfigType, _Mapping]] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    POLICIES_FIELD_NUMBER: _ClassVar[int]
    DELETION_PROTECTION_FIELD_NUMBER: _ClassVar[int]
    LAMBDA_CONFIG_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    AUTO_VERIFIED_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ALIAS_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    USERNAME_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    SMS_VERIFICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFICATION_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERIFICATION_MESSAGE_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    SMS_AUTHENTICATION_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    USER_ATTRIBUTE_UPDATE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    MFA_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    DEVICE_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_NUMBER_OF_USERS_FIELD_NUMBER: _ClassVar[int]
    EMAIL_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    SMS_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_TAGS_FIELD_NUMBER: _ClassVar[int]
    SMS_CONFIGURATION_FAILURE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_CONFIGURATION_FAILURE_FIELD_NUMBER: _ClassVar[int]
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_DOMAIN_FIELD_NUMBER: _ClassVar[int]
    ADMIN_CREATE_USER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_ADD_ONS_FIELD_NUMBER: _ClassVar[int]
    DCR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    USERNAME_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ARN_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_RECOVERY_SETTING_FIELD_NUMBER: _ClassVar[int]
    USER_POOL_TIER_FIELD_NUMBER: _ClassVar[int]
    KEY_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ISSUER_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    ACR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    policies: UserPoolPolicyType
    deletion_protection: _enums_pb2.DeletionProtectionType
    lambda_config: LambdaConfigType
    status: _enums_pb2.StatusType
    last_modified_date: _timestamp_pb2.Timestamp
    creation_date: _timestamp_pb2.Timestamp
    schema_attributes: _containers.RepeatedCompositeFieldContainer[SchemaAttributeType]
    auto_verified_attributes: _containers.RepeatedScalarFieldContainer[_enums_pb2.VerifiedAttributeType]
    alias_attributes: _containers.RepeatedScalarFieldContainer[_enums_pb2.AliasAttributeType]
    username_attributes: _containers.RepeatedScalarFieldContainer[_enums_pb2.UsernameAttributeType]
    sms_verification_message: str
    email_verification_message: str
    email_verification_subject: str
    verification_message_template: VerificationMessageTemplateType
    sms_authentication_message: str
    user_attribute_update_settings: UserAttributeUpdateSettingsType
    mfa_configuration: _enums_pb2.UserPoolMfaType
    device_configuration: DeviceConfigurationType
    estimated_number_of_users: int
    email_configuration: EmailConfigurationType
    sms_configuration: SmsConfigurationType
    user_pool_tags: _containers.ScalarMap[str, str]
    sms_configuration_failure: str
    email_configuration_failure: str
    domain: str
    custom_domain: str
    admin_create_user_config: AdminCreateUserConfigType
    user_pool_add_ons: UserPoolAddOnsType
    dcr_configuration: DcrConfigurationType
    username_configuration: UsernameConfigurationType
    arn: str
    account_recovery_setting: AccountRecoverySettingType
    user_pool_tier: _enums_pb2.UserPoolTierType
    key_configuration: KeyConfigurationType
    issuer_configuration: IssuerConfigurationType
    acr_configuration: _containers.MessageMap[str, AcrLevelConfigType]
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., policies: _Optional[_Union[UserPoolPolicyType, _Mapping]] = ..., deletion_protection: _Optional[_Union[_enums_pb2.DeletionProtectionType, str]] = ..., lambda_config: _Optional[_Union[LambdaConfigType, _Mapping]] = ..., status: _Optional[_Union[_enums_pb2.StatusType, str]] = ..., last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., creation_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., schema_attributes: _Optional[_Iterable[_Union[SchemaAttributeType, _Mapping]]] = ..., auto_verified_attributes: _Optional[_Iterable[_Union[_enums_pb2.VerifiedAttributeType, str]]] = ..., alias_attributes: _Optional[_Iterable[_Union[_enums_pb2.AliasAttributeType, str]]] = ..., username_attributes: _Optional[_Iterable[_Union[_enums_pb2.UsernameAttributeType, str]]] = ..., sms_verification_message: _Optional[str] = ..., email_verification_message: _Optional[str] = ..., email_verification_subject: _Optional[str] = ..., verification_message_template: _Optional[_Union[VerificationMessageTemplateType, _Mapping]] = ..., sms_authentication_message: _Optional[str] = ..., user_attribute_update_settings: _Optional[_Union[UserAttributeUpdateSettingsType, _Mapping]] = ..., mfa_configuration: _Optional[_Union[_enums_pb2.UserPoolMfaType, str]] = ..., device_configuration: _Optional[_Union[DeviceConfigurationType, _Mapping]] = ..., estimated_number_of_users: _Optional[int] = ..., email_configuration: _Optional[_Union[EmailConfigurationType, _Mapping]] = ..., sms_configuration: _Optional[_Union[SmsConfigurationType, _Mapping]] = ..., user_pool_tags: _Optional[_Mapping[str, str]] = ..., sms_configuration_failure: _Optional[str] = ..., email_configuration_failure: _Optional[str] = ..., domain: _Optional[str] = ..., custom_domain: _Optional[str] = ..., admin_create_user_config: _Optional[_Union[AdminCreateUserConfigType, _Mapping]] = ..., user_pool_add_ons: _Optional[_Union[UserPoolAddOnsType, _Mapping]] = ..., dcr_configuration: _Optional[_Union[DcrConfigurationType, _Mapping]] = ..., username_configuration: _Optional[_Union[UsernameConfigurationType, _Mapping]] = ..., arn: _Optional[str] = ..., account_recovery_setting: _Optional[_Union[AccountRecoverySettingType, _Mapping]] = ..., user_pool_tier: _Optional[_Union[_enums_pb2.UserPoolTierType, str]] = ..., key_configuration: _Optional[_Union[KeyConfigurationType, _Mapping]] = ..., issuer_configuration: _Optional[_Union[IssuerConfigurationType, _Mapping]] = ..., acr_configuration: _Optional[_Mapping[str, AcrLevelConfigType]] = ...) -> None: ...

class UserType(_message.Message):
    __slots__ = ("username", "attributes", "user_create_date", "user_last_modified_date", "enabled", "user_status", "mfa_options")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    USER_CREATE_DATE_FIELD_NUMBER: _ClassVar[int]
    USER_LAST_MODIFIED_DATE_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    USER_STATUS_FIELD_NUMBER: _ClassVar[int]
    MFA_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    username: str
    attributes: _containers.RepeatedCompositeFieldContainer[AttributeType]
    user_create_date: _timestamp_pb2.Timestamp
    user_last_modified_date: _timestamp_pb2.Timestamp
    enabled: bool
    user_status: _enums_pb2.UserStatusType
    mfa_options: _containers.RepeatedCompositeFieldContainer[MFAOptionType]
    def __init__(self, username: _Optional[str] = ..., attributes: _Optional[_Iterable[_Union[AttributeType, _Mapping]]] = ..., user_create_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., user_last_modified_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., enabled: _Optional[bool] = ..., user_status: _Optional[_Union[_enums_pb2.UserStatusType, str]] = ..., mfa_options: _Optional[_Iterable[_Union[MFAOptionType, _Mapping]]] = ...) -> None: ...

class UsernameConfigurationType(_message.Message):
    __slots__ = ("case_sensitive",)
    CASE_SENSITIVE_FIELD_NUMBER: _ClassVar[int]
    case_sensitive: bool
    def __init__(self, case_sensitive: _Optional[bool] = ...) -> None: ...

class VerificationMessageTemplateType(_message.Message):
    __slots__ = ("sms_message", "email_message", "email_subject", "email_message_by_link", "email_subject_by_link", "default_email_option")
    SMS_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    EMAIL_MESSAGE_BY_LINK_FIELD_NUMBER: _ClassVar[int]
    EMAIL_SUBJECT_BY_LINK_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_EMAIL_OPTION_FIELD_NUMBER: _ClassVar[int]
    sms_message: str
    email_message: str
    email_subject: str
    email_message_by_link: str
    email_subject_by_link: str
    default_email_option: _enums_pb2.DefaultEmailOptionType
    def __init__(self, sms_message: _Optional[str] = ..., email_message: _Optional[str] = ..., email_subject: _Optional[str] = ..., email_message_by_link: _Optional[str] = ..., email_subject_by_link: _Optional[str] = ..., default_email_option: _Optional[_Union[_enums_pb2.DefaultEmailOptionType, str]] = ...) -> None: ...

class WebAuthnConfigurationType(_message.Message):
    __slots__ = ("relying_party_id", "user_verification", "factor_configuration")
    RELYING_PARTY_ID_FIELD_NUMBER: _ClassVar[int]
    USER_VERIFICATION_FIELD_NUMBER: _ClassVar[int]
    FACTOR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    relying_party_id: str
    user_verification: _enums_pb2.UserVerificationType
    factor_configuration: _enums_pb2.WebAuthnFactorConfigurationType
    def __init__(self, relying_party_id: _Optional[str] = ..., user_verification: _Optional[_Union[_enums_pb2.UserVerificationType, str]] = ..., factor_configuration: _Optional[_Union[_enums_pb2.WebAuthnFactorConfigurationType, str]] = ...) -> None: ...

class WebAuthnCredentialDescription(_message.Message):
    __slots__ = ("credential_id", "friendly_credential_name", "relying_party_id", "authenticator_attachment", "authenticator_transports", "created_at")
    CREDENTIAL_ID_FIELD_NUMBER: _ClassVar[int]
    FRIENDLY_CREDENTIAL_NAME_FIELD_NUMBER: _ClassVar[int]
    RELYING_PARTY_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATOR_ATTACHMENT_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATOR_TRANSPORTS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    credential_id: str
    friendly_credential_name: str
    relying_party_id: str
    authenticator_attachment: str
    authenticator_transports: _containers.RepeatedScalarFieldContainer[str]
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, credential_id: _Optional[str] = ..., friendly_credential_name: _Optional[str] = ..., relying_party_id: _Optional[str] = ..., authenticator_attachment: _Optional[str] = ..., authenticator_transports: _Optional[_Iterable[str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WebAuthnMfaSettingsType(_message.Message):
    __slots__ = ("enabled",)
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    def __init__(self, enabled: _Optional[bool] = ...) -> None: ...
