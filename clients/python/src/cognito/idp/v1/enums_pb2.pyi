from cognito.idp.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class AccountTakeoverEventActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_UNSPECIFIED: _ClassVar[AccountTakeoverEventActionType]
    ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_BLOCK: _ClassVar[AccountTakeoverEventActionType]
    ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_MFA_IF_CONFIGURED: _ClassVar[AccountTakeoverEventActionType]
    ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_MFA_REQUIRED: _ClassVar[AccountTakeoverEventActionType]
    ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_NO_ACTION: _ClassVar[AccountTakeoverEventActionType]

class AdvancedSecurityEnabledModeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ADVANCED_SECURITY_ENABLED_MODE_TYPE_UNSPECIFIED: _ClassVar[AdvancedSecurityEnabledModeType]
    ADVANCED_SECURITY_ENABLED_MODE_TYPE_AUDIT: _ClassVar[AdvancedSecurityEnabledModeType]
    ADVANCED_SECURITY_ENABLED_MODE_TYPE_ENFORCED: _ClassVar[AdvancedSecurityEnabledModeType]

class AdvancedSecurityModeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ADVANCED_SECURITY_MODE_TYPE_UNSPECIFIED: _ClassVar[AdvancedSecurityModeType]
    ADVANCED_SECURITY_MODE_TYPE_OFF: _ClassVar[AdvancedSecurityModeType]
    ADVANCED_SECURITY_MODE_TYPE_AUDIT: _ClassVar[AdvancedSecurityModeType]
    ADVANCED_SECURITY_MODE_TYPE_ENFORCED: _ClassVar[AdvancedSecurityModeType]

class AliasAttributeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ALIAS_ATTRIBUTE_TYPE_UNSPECIFIED: _ClassVar[AliasAttributeType]
    ALIAS_ATTRIBUTE_TYPE_PHONE_NUMBER: _ClassVar[AliasAttributeType]
    ALIAS_ATTRIBUTE_TYPE_EMAIL: _ClassVar[AliasAttributeType]
    ALIAS_ATTRIBUTE_TYPE_PREFERRED_USERNAME: _ClassVar[AliasAttributeType]

class AssetCategoryType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ASSET_CATEGORY_TYPE_UNSPECIFIED: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_FAVICON_ICO: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_FAVICON_SVG: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_EMAIL_GRAPHIC: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_SMS_GRAPHIC: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_AUTH_APP_GRAPHIC: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_PASSWORD_GRAPHIC: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_PASSKEY_GRAPHIC: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_PAGE_HEADER_LOGO: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_PAGE_HEADER_BACKGROUND: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_PAGE_FOOTER_LOGO: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_PAGE_FOOTER_BACKGROUND: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_PAGE_BACKGROUND: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_FORM_BACKGROUND: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_FORM_LOGO: _ClassVar[AssetCategoryType]
    ASSET_CATEGORY_TYPE_IDP_BUTTON_ICON: _ClassVar[AssetCategoryType]

class AssetExtensionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ASSET_EXTENSION_TYPE_UNSPECIFIED: _ClassVar[AssetExtensionType]
    ASSET_EXTENSION_TYPE_ICO: _ClassVar[AssetExtensionType]
    ASSET_EXTENSION_TYPE_JPEG: _ClassVar[AssetExtensionType]
    ASSET_EXTENSION_TYPE_PNG: _ClassVar[AssetExtensionType]
    ASSET_EXTENSION_TYPE_SVG: _ClassVar[AssetExtensionType]
    ASSET_EXTENSION_TYPE_WEBP: _ClassVar[AssetExtensionType]

class AttributeDataType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ATTRIBUTE_DATA_TYPE_UNSPECIFIED: _ClassVar[AttributeDataType]
    ATTRIBUTE_DATA_TYPE_STRING: _ClassVar[AttributeDataType]
    ATTRIBUTE_DATA_TYPE_NUMBER: _ClassVar[AttributeDataType]
    ATTRIBUTE_DATA_TYPE_DATE_TIME: _ClassVar[AttributeDataType]
    ATTRIBUTE_DATA_TYPE_BOOLEAN: _ClassVar[AttributeDataType]

class AuthFactorType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUTH_FACTOR_TYPE_UNSPECIFIED: _ClassVar[AuthFactorType]
    AUTH_FACTOR_TYPE_PASSWORD: _ClassVar[AuthFactorType]
    AUTH_FACTOR_TYPE_EMAIL_OTP: _ClassVar[AuthFactorType]
    AUTH_FACTOR_TYPE_SMS_OTP: _ClassVar[AuthFactorType]
    AUTH_FACTOR_TYPE_WEB_AUTHN: _ClassVar[AuthFactorType]
    AUTH_FACTOR_TYPE_SOFTWARE_TOKEN: _ClassVar[AuthFactorType]

class AuthFlowType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUTH_FLOW_TYPE_UNSPECIFIED: _ClassVar[AuthFlowType]
    AUTH_FLOW_TYPE_USER_SRP_AUTH: _ClassVar[AuthFlowType]
    AUTH_FLOW_TYPE_REFRESH_TOKEN_AUTH: _ClassVar[AuthFlowType]
    AUTH_FLOW_TYPE_REFRESH_TOKEN: _ClassVar[AuthFlowType]
    AUTH_FLOW_TYPE_CUSTOM_AUTH: _ClassVar[AuthFlowType]
    AUTH_FLOW_TYPE_ADMIN_NO_SRP_AUTH: _ClassVar[AuthFlowType]
    AUTH_FLOW_TYPE_USER_PASSWORD_AUTH: _ClassVar[AuthFlowType]
    AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH: _ClassVar[AuthFlowType]
    AUTH_FLOW_TYPE_USER_AUTH: _ClassVar[AuthFlowType]

class CIMDCacheActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CIMD_CACHE_ACTION_TYPE_UNSPECIFIED: _ClassVar[CIMDCacheActionType]
    CIMD_CACHE_ACTION_TYPE_REFRESH: _ClassVar[CIMDCacheActionType]
    CIMD_CACHE_ACTION_TYPE_INVALIDATE: _ClassVar[CIMDCacheActionType]

class ChallengeName(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHALLENGE_NAME_UNSPECIFIED: _ClassVar[ChallengeName]
    CHALLENGE_NAME_PASSWORD: _ClassVar[ChallengeName]
    CHALLENGE_NAME_MFA: _ClassVar[ChallengeName]

class ChallengeNameType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHALLENGE_NAME_TYPE_UNSPECIFIED: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_SMS_MFA: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_EMAIL_OTP: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_SOFTWARE_TOKEN_MFA: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_SELECT_MFA_TYPE: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_MFA_SETUP: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_PASSWORD_VERIFIER: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_CUSTOM_CHALLENGE: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_SELECT_CHALLENGE: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_DEVICE_SRP_AUTH: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_DEVICE_PASSWORD_VERIFIER: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_ADMIN_NO_SRP_AUTH: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_NEW_PASSWORD_REQUIRED: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_SMS_OTP: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_PASSWORD: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_WEB_AUTHN: _ClassVar[ChallengeNameType]
    CHALLENGE_NAME_TYPE_PASSWORD_SRP: _ClassVar[ChallengeNameType]

class ChallengeResponse(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHALLENGE_RESPONSE_UNSPECIFIED: _ClassVar[ChallengeResponse]
    CHALLENGE_RESPONSE_SUCCESS: _ClassVar[ChallengeResponse]
    CHALLENGE_RESPONSE_FAILURE: _ClassVar[ChallengeResponse]

class ClientTypeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CLIENT_TYPE_TYPE_UNSPECIFIED: _ClassVar[ClientTypeType]
    CLIENT_TYPE_TYPE_REGULAR: _ClassVar[ClientTypeType]
    CLIENT_TYPE_TYPE_DCR: _ClassVar[ClientTypeType]

class ColorSchemeModeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COLOR_SCHEME_MODE_TYPE_UNSPECIFIED: _ClassVar[ColorSchemeModeType]
    COLOR_SCHEME_MODE_TYPE_LIGHT: _ClassVar[ColorSchemeModeType]
    COLOR_SCHEME_MODE_TYPE_DARK: _ClassVar[ColorSchemeModeType]
    COLOR_SCHEME_MODE_TYPE_DYNAMIC: _ClassVar[ColorSchemeModeType]

class CompromisedCredentialsEventActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMPROMISED_CREDENTIALS_EVENT_ACTION_TYPE_UNSPECIFIED: _ClassVar[CompromisedCredentialsEventActionType]
    COMPROMISED_CREDENTIALS_EVENT_ACTION_TYPE_BLOCK: _ClassVar[CompromisedCredentialsEventActionType]
    COMPROMISED_CREDENTIALS_EVENT_ACTION_TYPE_NO_ACTION: _ClassVar[CompromisedCredentialsEventActionType]

class CustomEmailSenderLambdaVersionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CUSTOM_EMAIL_SENDER_LAMBDA_VERSION_TYPE_UNSPECIFIED: _ClassVar[CustomEmailSenderLambdaVersionType]
    CUSTOM_EMAIL_SENDER_LAMBDA_VERSION_TYPE_V1_0: _ClassVar[CustomEmailSenderLambdaVersionType]

class CustomSMSSenderLambdaVersionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CUSTOM_SMS_SENDER_LAMBDA_VERSION_TYPE_UNSPECIFIED: _ClassVar[CustomSMSSenderLambdaVersionType]
    CUSTOM_SMS_SENDER_LAMBDA_VERSION_TYPE_V1_0: _ClassVar[CustomSMSSenderLambdaVersionType]

class DefaultEmailOptionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEFAULT_EMAIL_OPTION_TYPE_UNSPECIFIED: _ClassVar[DefaultEmailOptionType]
    DEFAULT_EMAIL_OPTION_TYPE_CONFIRM_WITH_LINK: _ClassVar[DefaultEmailOptionType]
    DEFAULT_EMAIL_OPTION_TYPE_CONFIRM_WITH_CODE: _ClassVar[DefaultEmailOptionType]

class DeletionProtectionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DELETION_PROTECTION_TYPE_UNSPECIFIED: _ClassVar[DeletionProtectionType]
    DELETION_PROTECTION_TYPE_ACTIVE: _ClassVar[DeletionProtectionType]
    DELETION_PROTECTION_TYPE_INACTIVE: _ClassVar[DeletionProtectionType]

class DeliveryMediumType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DELIVERY_MEDIUM_TYPE_UNSPECIFIED: _ClassVar[DeliveryMediumType]
    DELIVERY_MEDIUM_TYPE_SMS: _ClassVar[DeliveryMediumType]
    DELIVERY_MEDIUM_TYPE_EMAIL: _ClassVar[DeliveryMediumType]

class DeviceRememberedStatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEVICE_REMEMBERED_STATUS_TYPE_UNSPECIFIED: _ClassVar[DeviceRememberedStatusType]
    DEVICE_REMEMBERED_STATUS_TYPE_REMEMBERED: _ClassVar[DeviceRememberedStatusType]
    DEVICE_REMEMBERED_STATUS_TYPE_NOT_REMEMBERED: _ClassVar[DeviceRememberedStatusType]

class DomainStatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DOMAIN_STATUS_TYPE_UNSPECIFIED: _ClassVar[DomainStatusType]
    DOMAIN_STATUS_TYPE_CREATING: _ClassVar[DomainStatusType]
    DOMAIN_STATUS_TYPE_DELETING: _ClassVar[DomainStatusType]
    DOMAIN_STATUS_TYPE_UPDATING: _ClassVar[DomainStatusType]
    DOMAIN_STATUS_TYPE_ACTIVE: _ClassVar[DomainStatusType]
    DOMAIN_STATUS_TYPE_FAILED: _ClassVar[DomainStatusType]

class EmailSendingAccountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EMAIL_SENDING_ACCOUNT_TYPE_UNSPECIFIED: _ClassVar[EmailSendingAccountType]
    EMAIL_SENDING_ACCOUNT_TYPE_COGNITO_DEFAULT: _ClassVar[EmailSendingAccountType]
    EMAIL_SENDING_ACCOUNT_TYPE_DEVELOPER: _ClassVar[EmailSendingAccountType]

class EncryptionKeyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENCRYPTION_KEY_TYPE_UNSPECIFIED: _ClassVar[EncryptionKeyType]
    ENCRYPTION_KEY_TYPE_AWS_OWNED_KEY: _ClassVar[EncryptionKeyType]
    ENCRYPTION_KEY_TYPE_CUSTOMER_MANAGED_KEY: _ClassVar[EncryptionKeyType]

class EventFilterType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVENT_FILTER_TYPE_UNSPECIFIED: _ClassVar[EventFilterType]
    EVENT_FILTER_TYPE_SIGN_IN: _ClassVar[EventFilterType]
    EVENT_FILTER_TYPE_PASSWORD_CHANGE: _ClassVar[EventFilterType]
    EVENT_FILTER_TYPE_SIGN_UP: _ClassVar[EventFilterType]

class EventResponseType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVENT_RESPONSE_TYPE_UNSPECIFIED: _ClassVar[EventResponseType]
    EVENT_RESPONSE_TYPE_PASS: _ClassVar[EventResponseType]
    EVENT_RESPONSE_TYPE_FAIL: _ClassVar[EventResponseType]
    EVENT_RESPONSE_TYPE_IN_PROGRESS: _ClassVar[EventResponseType]

class EventSourceName(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVENT_SOURCE_NAME_UNSPECIFIED: _ClassVar[EventSourceName]
    EVENT_SOURCE_NAME_USER_NOTIFICATION: _ClassVar[EventSourceName]
    EVENT_SOURCE_NAME_USER_AUTH_EVENTS: _ClassVar[EventSourceName]

class EventType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVENT_TYPE_UNSPECIFIED: _ClassVar[EventType]
    EVENT_TYPE_SIGN_IN: _ClassVar[EventType]
    EVENT_TYPE_SIGN_UP: _ClassVar[EventType]
    EVENT_TYPE_FORGOT_PASSWORD: _ClassVar[EventType]
    EVENT_TYPE_PASSWORD_CHANGE: _ClassVar[EventType]
    EVENT_TYPE_RESEND_CODE: _ClassVar[EventType]

class ExplicitAuthFlowsType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EXPLICIT_AUTH_FLOWS_TYPE_UNSPECIFIED: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ADMIN_NO_SRP_AUTH: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_CUSTOM_AUTH_FLOW_ONLY: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_USER_PASSWORD_AUTH: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_ADMIN_USER_PASSWORD_AUTH: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_CUSTOM_AUTH: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_USER_PASSWORD_AUTH: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_USER_SRP_AUTH: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_REFRESH_TOKEN_AUTH: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_USER_AUTH: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_TOKEN_EXCHANGE_DELEGATION: _ClassVar[ExplicitAuthFlowsType]
    EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_TOKEN_EXCHANGE_IMPERSONATION: _ClassVar[ExplicitAuthFlowsType]

class FeatureType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FEATURE_TYPE_UNSPECIFIED: _ClassVar[FeatureType]
    FEATURE_TYPE_ENABLED: _ClassVar[FeatureType]
    FEATURE_TYPE_DISABLED: _ClassVar[FeatureType]

class FeedbackValueType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FEEDBACK_VALUE_TYPE_UNSPECIFIED: _ClassVar[FeedbackValueType]
    FEEDBACK_VALUE_TYPE_VALID: _ClassVar[FeedbackValueType]
    FEEDBACK_VALUE_TYPE_INVALID: _ClassVar[FeedbackValueType]

class IdentityProviderTypeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IDENTITY_PROVIDER_TYPE_TYPE_UNSPECIFIED: _ClassVar[IdentityProviderTypeType]
    IDENTITY_PROVIDER_TYPE_TYPE_SAML: _ClassVar[IdentityProviderTypeType]
    IDENTITY_PROVIDER_TYPE_TYPE_FACEBOOK: _ClassVar[IdentityProviderTypeType]
    IDENTITY_PROVIDER_TYPE_TYPE_GOOGLE: _ClassVar[IdentityProviderTypeType]
    IDENTITY_PROVIDER_TYPE_TYPE_LOGIN_WITH_AMAZON: _ClassVar[IdentityProviderTypeType]
    IDENTITY_PROVIDER_TYPE_TYPE_SIGN_IN_WITH_APPLE: _ClassVar[IdentityProviderTypeType]
    IDENTITY_PROVIDER_TYPE_TYPE_OIDC: _ClassVar[IdentityProviderTypeType]

class InboundFederationLambdaVersionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INBOUND_FEDERATION_LAMBDA_VERSION_TYPE_UNSPECIFIED: _ClassVar[InboundFederationLambdaVersionType]
    INBOUND_FEDERATION_LAMBDA_VERSION_TYPE_V1_0: _ClassVar[InboundFederationLambdaVersionType]

class IssuedTokenTypeIdentifierType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ISSUED_TOKEN_TYPE_IDENTIFIER_TYPE_UNSPECIFIED: _ClassVar[IssuedTokenTypeIdentifierType]
    ISSUED_TOKEN_TYPE_IDENTIFIER_TYPE_ACCESS_TOKEN: _ClassVar[IssuedTokenTypeIdentifierType]
    ISSUED_TOKEN_TYPE_IDENTIFIER_TYPE_ID_TOKEN: _ClassVar[IssuedTokenTypeIdentifierType]

class IssuerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ISSUER_TYPE_UNSPECIFIED: _ClassVar[IssuerType]
    ISSUER_TYPE_ORIGINAL: _ClassVar[IssuerType]
    ISSUER_TYPE_UPDATED: _ClassVar[IssuerType]

class LimitClass(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LIMIT_CLASS_UNSPECIFIED: _ClassVar[LimitClass]
    LIMIT_CLASS_API_CATEGORY: _ClassVar[LimitClass]

class LogLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LOG_LEVEL_UNSPECIFIED: _ClassVar[LogLevel]
    LOG_LEVEL_ERROR: _ClassVar[LogLevel]
    LOG_LEVEL_INFO: _ClassVar[LogLevel]

class MessageActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_ACTION_TYPE_UNSPECIFIED: _ClassVar[MessageActionType]
    MESSAGE_ACTION_TYPE_RESEND: _ClassVar[MessageActionType]
    MESSAGE_ACTION_TYPE_SUPPRESS: _ClassVar[MessageActionType]

class OAuthFlowType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    O_AUTH_FLOW_TYPE_UNSPECIFIED: _ClassVar[OAuthFlowType]
    O_AUTH_FLOW_TYPE_CODE: _ClassVar[OAuthFlowType]
    O_AUTH_FLOW_TYPE_IMPLICIT: _ClassVar[OAuthFlowType]
    O_AUTH_FLOW_TYPE_CLIENT_CREDENTIALS: _ClassVar[OAuthFlowType]

class OAuthTokenTypeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    O_AUTH_TOKEN_TYPE_TYPE_UNSPECIFIED: _ClassVar[OAuthTokenTypeType]
    O_AUTH_TOKEN_TYPE_TYPE_BEARER: _ClassVar[OAuthTokenTypeType]
    O_AUTH_TOKEN_TYPE_TYPE_N_A: _ClassVar[OAuthTokenTypeType]

class PasswordHashingAlgorithmType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PASSWORD_HASHING_ALGORITHM_TYPE_UNSPECIFIED: _ClassVar[PasswordHashingAlgorithmType]
    PASSWORD_HASHING_ALGORITHM_TYPE_BCRYPT: _ClassVar[PasswordHashingAlgorithmType]
    PASSWORD_HASHING_ALGORITHM_TYPE_SCRYPT: _ClassVar[PasswordHashingAlgorithmType]
    PASSWORD_HASHING_ALGORITHM_TYPE_ARGON2_ID: _ClassVar[PasswordHashingAlgorithmType]
    PASSWORD_HASHING_ALGORITHM_TYPE_PBKDF2_SHA256: _ClassVar[PasswordHashingAlgorithmType]

class PreTokenGenerationLambdaVersionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PRE_TOKEN_GENERATION_LAMBDA_VERSION_TYPE_UNSPECIFIED: _ClassVar[PreTokenGenerationLambdaVersionType]
    PRE_TOKEN_GENERATION_LAMBDA_VERSION_TYPE_V1_0: _ClassVar[PreTokenGenerationLambdaVersionType]
    PRE_TOKEN_GENERATION_LAMBDA_VERSION_TYPE_V2_0: _ClassVar[PreTokenGenerationLambdaVersionType]
    PRE_TOKEN_GENERATION_LAMBDA_VERSION_TYPE_V3_0: _ClassVar[PreTokenGenerationLambdaVersionType]

class PreventUserExistenceErrorTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PREVENT_USER_EXISTENCE_ERROR_TYPES_UNSPECIFIED: _ClassVar[PreventUserExistenceErrorTypes]
    PREVENT_USER_EXISTENCE_ERROR_TYPES_LEGACY: _ClassVar[PreventUserExistenceErrorTypes]
    PREVENT_USER_EXISTENCE_ERROR_TYPES_ENABLED: _ClassVar[PreventUserExistenceErrorTypes]

class RecoveryOptionNameType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RECOVERY_OPTION_NAME_TYPE_UNSPECIFIED: _ClassVar[RecoveryOptionNameType]
    RECOVERY_OPTION_NAME_TYPE_VERIFIED_EMAIL: _ClassVar[RecoveryOptionNameType]
    RECOVERY_OPTION_NAME_TYPE_VERIFIED_PHONE_NUMBER: _ClassVar[RecoveryOptionNameType]
    RECOVERY_OPTION_NAME_TYPE_ADMIN_ONLY: _ClassVar[RecoveryOptionNameType]

class ReplicaRoleType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPLICA_ROLE_TYPE_UNSPECIFIED: _ClassVar[ReplicaRoleType]
    REPLICA_ROLE_TYPE_PRIMARY: _ClassVar[ReplicaRoleType]
    REPLICA_ROLE_TYPE_SECONDARY: _ClassVar[ReplicaRoleType]

class ReplicaStatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPLICA_STATUS_TYPE_UNSPECIFIED: _ClassVar[ReplicaStatusType]
    REPLICA_STATUS_TYPE_CREATING: _ClassVar[ReplicaStatusType]
    REPLICA_STATUS_TYPE_ACTIVE: _ClassVar[ReplicaStatusType]
    REPLICA_STATUS_TYPE_INACTIVE: _ClassVar[ReplicaStatusType]
    REPLICA_STATUS_TYPE_DELETING: _ClassVar[ReplicaStatusType]

class ResourceServerManagedByType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RESOURCE_SERVER_MANAGED_BY_TYPE_UNSPECIFIED: _ClassVar[ResourceServerManagedByType]
    RESOURCE_SERVER_MANAGED_BY_TYPE_COGNITO: _ClassVar[ResourceServerManagedByType]

class RestoreStatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RESTORE_STATUS_TYPE_UNSPECIFIED: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_PREVIEW_GENERATING: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_PREVIEW_GENERATED: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_PREVIEW_CANCELLED: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_PREVIEW_GENERATION_FAILED: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_PREVIEW_EXPIRED: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_RESTORING: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_RESTORE_COMPLETED: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE: _ClassVar[RestoreStatusType]
    RESTORE_STATUS_TYPE_AWS_ABORTED: _ClassVar[RestoreStatusType]

class RevokeAssociatedSessionsType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REVOKE_ASSOCIATED_SESSIONS_TYPE_UNSPECIFIED: _ClassVar[RevokeAssociatedSessionsType]
    REVOKE_ASSOCIATED_SESSIONS_TYPE_NONE: _ClassVar[RevokeAssociatedSessionsType]
    REVOKE_ASSOCIATED_SESSIONS_TYPE_LINKED: _ClassVar[RevokeAssociatedSessionsType]

class RiskDecisionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RISK_DECISION_TYPE_UNSPECIFIED: _ClassVar[RiskDecisionType]
    RISK_DECISION_TYPE_NO_RISK: _ClassVar[RiskDecisionType]
    RISK_DECISION_TYPE_ACCOUNT_TAKEOVER: _ClassVar[RiskDecisionType]
    RISK_DECISION_TYPE_BLOCK: _ClassVar[RiskDecisionType]

class RiskLevelType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RISK_LEVEL_TYPE_UNSPECIFIED: _ClassVar[RiskLevelType]
    RISK_LEVEL_TYPE_LOW: _ClassVar[RiskLevelType]
    RISK_LEVEL_TYPE_MEDIUM: _ClassVar[RiskLevelType]
    RISK_LEVEL_TYPE_HIGH: _ClassVar[RiskLevelType]

class SecurityPolicyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SECURITY_POLICY_TYPE_UNSPECIFIED: _ClassVar[SecurityPolicyType]
    SECURITY_POLICY_TYPE_TLS_V1: _ClassVar[SecurityPolicyType]
    SECURITY_POLICY_TYPE_TLS_V1_2_2021: _ClassVar[SecurityPolicyType]
    SECURITY_POLICY_TYPE_TLS_V1_3_2025: _ClassVar[SecurityPolicyType]

class SessionTypeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SESSION_TYPE_TYPE_UNSPECIFIED: _ClassVar[SessionTypeType]
    SESSION_TYPE_TYPE_TOKEN: _ClassVar[SessionTypeType]
    SESSION_TYPE_TYPE_SSO: _ClassVar[SessionTypeType]

class StatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STATUS_TYPE_UNSPECIFIED: _ClassVar[StatusType]
    STATUS_TYPE_ENABLED: _ClassVar[StatusType]
    STATUS_TYPE_DISABLED: _ClassVar[StatusType]

class TermsEnforcementType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TERMS_ENFORCEMENT_TYPE_UNSPECIFIED: _ClassVar[TermsEnforcementType]
    TERMS_ENFORCEMENT_TYPE_NONE: _ClassVar[TermsEnforcementType]

class TermsSourceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TERMS_SOURCE_TYPE_UNSPECIFIED: _ClassVar[TermsSourceType]
    TERMS_SOURCE_TYPE_LINK: _ClassVar[TermsSourceType]

class TimeUnitsType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TIME_UNITS_TYPE_UNSPECIFIED: _ClassVar[TimeUnitsType]
    TIME_UNITS_TYPE_SECONDS: _ClassVar[TimeUnitsType]
    TIME_UNITS_TYPE_MINUTES: _ClassVar[TimeUnitsType]
    TIME_UNITS_TYPE_HOURS: _ClassVar[TimeUnitsType]
    TIME_UNITS_TYPE_DAYS: _ClassVar[TimeUnitsType]

class TokenTypeIdentifierType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TOKEN_TYPE_IDENTIFIER_TYPE_UNSPECIFIED: _ClassVar[TokenTypeIdentifierType]
    TOKEN_TYPE_IDENTIFIER_TYPE_ACCESS_TOKEN: _ClassVar[TokenTypeIdentifierType]
    TOKEN_TYPE_IDENTIFIER_TYPE_ID_TOKEN: _ClassVar[TokenTypeIdentifierType]
    TOKEN_TYPE_IDENTIFIER_TYPE_SAML2: _ClassVar[TokenTypeIdentifierType]

class UpdateReplicaStatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UPDATE_REPLICA_STATUS_TYPE_UNSPECIFIED: _ClassVar[UpdateReplicaStatusType]
    UPDATE_REPLICA_STATUS_TYPE_ACTIVE: _ClassVar[UpdateReplicaStatusType]
    UPDATE_REPLICA_STATUS_TYPE_INACTIVE: _ClassVar[UpdateReplicaStatusType]

class UserImportJobStatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_IMPORT_JOB_STATUS_TYPE_UNSPECIFIED: _ClassVar[UserImportJobStatusType]
    USER_IMPORT_JOB_STATUS_TYPE_CREATED: _ClassVar[UserImportJobStatusType]
    USER_IMPORT_JOB_STATUS_TYPE_PENDING: _ClassVar[UserImportJobStatusType]
    USER_IMPORT_JOB_STATUS_TYPE_IN_PROGRESS: _ClassVar[UserImportJobStatusType]
    USER_IMPORT_JOB_STATUS_TYPE_STOPPING: _ClassVar[UserImportJobStatusType]
    USER_IMPORT_JOB_STATUS_TYPE_EXPIRED: _ClassVar[UserImportJobStatusType]
    USER_IMPORT_JOB_STATUS_TYPE_STOPPED: _ClassVar[UserImportJobStatusType]
    USER_IMPORT_JOB_STATUS_TYPE_FAILED: _ClassVar[UserImportJobStatusType]
    USER_IMPORT_JOB_STATUS_TYPE_SUCCEEDED: _ClassVar[UserImportJobStatusType]

class UserPoolMfaType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_POOL_MFA_TYPE_UNSPECIFIED: _ClassVar[UserPoolMfaType]
    USER_POOL_MFA_TYPE_OFF: _ClassVar[UserPoolMfaType]
    USER_POOL_MFA_TYPE_ON: _ClassVar[UserPoolMfaType]
    USER_POOL_MFA_TYPE_OPTIONAL: _ClassVar[UserPoolMfaType]

class UserPoolTierType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_POOL_TIER_TYPE_UNSPECIFIED: _ClassVar[UserPoolTierType]
    USER_POOL_TIER_TYPE_LITE: _ClassVar[UserPoolTierType]
    USER_POOL_TIER_TYPE_ESSENTIALS: _ClassVar[UserPoolTierType]
    USER_POOL_TIER_TYPE_PLUS: _ClassVar[UserPoolTierType]

class UserSessionTrackingType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_SESSION_TRACKING_TYPE_UNSPECIFIED: _ClassVar[UserSessionTrackingType]
    USER_SESSION_TRACKING_TYPE_ENABLED: _ClassVar[UserSessionTrackingType]
    USER_SESSION_TRACKING_TYPE_DISABLED: _ClassVar[UserSessionTrackingType]

class UserStatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_STATUS_TYPE_UNSPECIFIED: _ClassVar[UserStatusType]
    USER_STATUS_TYPE_UNCONFIRMED: _ClassVar[UserStatusType]
    USER_STATUS_TYPE_CONFIRMED: _ClassVar[UserStatusType]
    USER_STATUS_TYPE_ARCHIVED: _ClassVar[UserStatusType]
    USER_STATUS_TYPE_COMPROMISED: _ClassVar[UserStatusType]
    USER_STATUS_TYPE_UNKNOWN: _ClassVar[UserStatusType]
    USER_STATUS_TYPE_RESET_REQUIRED: _ClassVar[UserStatusType]
    USER_STATUS_TYPE_FORCE_CHANGE_PASSWORD: _ClassVar[UserStatusType]
    USER_STATUS_TYPE_EXTERNAL_PROVIDER: _ClassVar[UserStatusType]

class UserVerificationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_VERIFICATION_TYPE_UNSPECIFIED: _ClassVar[UserVerificationType]
    USER_VERIFICATION_TYPE_REQUIRED: _ClassVar[UserVerificationType]
    USER_VERIFICATION_TYPE_PREFERRED: _ClassVar[UserVerificationType]

class UsernameAttributeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USERNAME_ATTRIBUTE_TYPE_UNSPECIFIED: _ClassVar[UsernameAttributeType]
    USERNAME_ATTRIBUTE_TYPE_PHONE_NUMBER: _ClassVar[UsernameAttributeType]
    USERNAME_ATTRIBUTE_TYPE_EMAIL: _ClassVar[UsernameAttributeType]

class VerifiedAttributeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VERIFIED_ATTRIBUTE_TYPE_UNSPECIFIED: _ClassVar[VerifiedAttributeType]
    VERIFIED_ATTRIBUTE_TYPE_PHONE_NUMBER: _ClassVar[VerifiedAttributeType]
    VERIFIED_ATTRIBUTE_TYPE_EMAIL: _ClassVar[VerifiedAttributeType]

class VerifySoftwareTokenResponseType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VERIFY_SOFTWARE_TOKEN_RESPONSE_TYPE_UNSPECIFIED: _ClassVar[VerifySoftwareTokenResponseType]
    VERIFY_SOFTWARE_TOKEN_RESPONSE_TYPE_SUCCESS: _ClassVar[VerifySoftwareTokenResponseType]
    VERIFY_SOFTWARE_TOKEN_RESPONSE_TYPE_ERROR: _ClassVar[VerifySoftwareTokenResponseType]

class WebAuthnFactorConfigurationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WEB_AUTHN_FACTOR_CONFIGURATION_TYPE_UNSPECIFIED: _ClassVar[WebAuthnFactorConfigurationType]
    WEB_AUTHN_FACTOR_CONFIGURATION_TYPE_SINGLE_FACTOR: _ClassVar[WebAuthnFactorConfigurationType]
    WEB_AUTHN_FACTOR_CONFIGURATION_TYPE_MULTI_FACTOR_WITH_USER_VERIFICATION: _ClassVar[WebAuthnFactorConfigurationType]
ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_UNSPECIFIED: AccountTakeoverEventActionType
ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_BLOCK: AccountTakeoverEventActionType
ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_MFA_IF_CONFIGURED: AccountTakeoverEventActionType
ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_MFA_REQUIRED: AccountTakeoverEventActionType
ACCOUNT_TAKEOVER_EVENT_ACTION_TYPE_NO_ACTION: AccountTakeoverEventActionType
ADVANCED_SECURITY_ENABLED_MODE_TYPE_UNSPECIFIED: AdvancedSecurityEnabledModeType
ADVANCED_SECURITY_ENABLED_MODE_TYPE_AUDIT: AdvancedSecurityEnabledModeType
ADVANCED_SECURITY_ENABLED_MODE_TYPE_ENFORCED: AdvancedSecurityEnabledModeType
ADVANCED_SECURITY_MODE_TYPE_UNSPECIFIED: AdvancedSecurityModeType
ADVANCED_SECURITY_MODE_TYPE_OFF: AdvancedSecurityModeType
ADVANCED_SECURITY_MODE_TYPE_AUDIT: AdvancedSecurityModeType
ADVANCED_SECURITY_MODE_TYPE_ENFORCED: AdvancedSecurityModeType
ALIAS_ATTRIBUTE_TYPE_UNSPECIFIED: AliasAttributeType
ALIAS_ATTRIBUTE_TYPE_PHONE_NUMBER: AliasAttributeType
ALIAS_ATTRIBUTE_TYPE_EMAIL: AliasAttributeType
ALIAS_ATTRIBUTE_TYPE_PREFERRED_USERNAME: AliasAttributeType
ASSET_CATEGORY_TYPE_UNSPECIFIED: AssetCategoryType
ASSET_CATEGORY_TYPE_FAVICON_ICO: AssetCategoryType
ASSET_CATEGORY_TYPE_FAVICON_SVG: AssetCategoryType
ASSET_CATEGORY_TYPE_EMAIL_GRAPHIC: AssetCategoryType
ASSET_CATEGORY_TYPE_SMS_GRAPHIC: AssetCategoryType
ASSET_CATEGORY_TYPE_AUTH_APP_GRAPHIC: AssetCategoryType
ASSET_CATEGORY_TYPE_PASSWORD_GRAPHIC: AssetCategoryType
ASSET_CATEGORY_TYPE_PASSKEY_GRAPHIC: AssetCategoryType
ASSET_CATEGORY_TYPE_PAGE_HEADER_LOGO: AssetCategoryType
ASSET_CATEGORY_TYPE_PAGE_HEADER_BACKGROUND: AssetCategoryType
ASSET_CATEGORY_TYPE_PAGE_FOOTER_LOGO: AssetCategoryType
ASSET_CATEGORY_TYPE_PAGE_FOOTER_BACKGROUND: AssetCategoryType
ASSET_CATEGORY_TYPE_PAGE_BACKGROUND: AssetCategoryType
ASSET_CATEGORY_TYPE_FORM_BACKGROUND: AssetCategoryType
ASSET_CATEGORY_TYPE_FORM_LOGO: AssetCategoryType
ASSET_CATEGORY_TYPE_IDP_BUTTON_ICON: AssetCategoryType
ASSET_EXTENSION_TYPE_UNSPECIFIED: AssetExtensionType
ASSET_EXTENSION_TYPE_ICO: AssetExtensionType
ASSET_EXTENSION_TYPE_JPEG: AssetExtensionType
ASSET_EXTENSION_TYPE_PNG: AssetExtensionType
ASSET_EXTENSION_TYPE_SVG: AssetExtensionType
ASSET_EXTENSION_TYPE_WEBP: AssetExtensionType
ATTRIBUTE_DATA_TYPE_UNSPECIFIED: AttributeDataType
ATTRIBUTE_DATA_TYPE_STRING: AttributeDataType
ATTRIBUTE_DATA_TYPE_NUMBER: AttributeDataType
ATTRIBUTE_DATA_TYPE_DATE_TIME: AttributeDataType
ATTRIBUTE_DATA_TYPE_BOOLEAN: AttributeDataType
AUTH_FACTOR_TYPE_UNSPECIFIED: AuthFactorType
AUTH_FACTOR_TYPE_PASSWORD: AuthFactorType
AUTH_FACTOR_TYPE_EMAIL_OTP: AuthFactorType
AUTH_FACTOR_TYPE_SMS_OTP: AuthFactorType
AUTH_FACTOR_TYPE_WEB_AUTHN: AuthFactorType
AUTH_FACTOR_TYPE_SOFTWARE_TOKEN: AuthFactorType
AUTH_FLOW_TYPE_UNSPECIFIED: AuthFlowType
AUTH_FLOW_TYPE_USER_SRP_AUTH: AuthFlowType
AUTH_FLOW_TYPE_REFRESH_TOKEN_AUTH: AuthFlowType
AUTH_FLOW_TYPE_REFRESH_TOKEN: AuthFlowType
AUTH_FLOW_TYPE_CUSTOM_AUTH: AuthFlowType
AUTH_FLOW_TYPE_ADMIN_NO_SRP_AUTH: AuthFlowType
AUTH_FLOW_TYPE_USER_PASSWORD_AUTH: AuthFlowType
AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH: AuthFlowType
AUTH_FLOW_TYPE_USER_AUTH: AuthFlowType
CIMD_CACHE_ACTION_TYPE_UNSPECIFIED: CIMDCacheActionType
CIMD_CACHE_ACTION_TYPE_REFRESH: CIMDCacheActionType
CIMD_CACHE_ACTION_TYPE_INVALIDATE: CIMDCacheActionType
CHALLENGE_NAME_UNSPECIFIED: ChallengeName
CHALLENGE_NAME_PASSWORD: ChallengeName
CHALLENGE_NAME_MFA: ChallengeName
CHALLENGE_NAME_TYPE_UNSPECIFIED: ChallengeNameType
CHALLENGE_NAME_TYPE_SMS_MFA: ChallengeNameType
CHALLENGE_NAME_TYPE_EMAIL_OTP: ChallengeNameType
CHALLENGE_NAME_TYPE_SOFTWARE_TOKEN_MFA: ChallengeNameType
CHALLENGE_NAME_TYPE_SELECT_MFA_TYPE: ChallengeNameType
CHALLENGE_NAME_TYPE_MFA_SETUP: ChallengeNameType
CHALLENGE_NAME_TYPE_PASSWORD_VERIFIER: ChallengeNameType
CHALLENGE_NAME_TYPE_CUSTOM_CHALLENGE: ChallengeNameType
CHALLENGE_NAME_TYPE_SELECT_CHALLENGE: ChallengeNameType
CHALLENGE_NAME_TYPE_DEVICE_SRP_AUTH: ChallengeNameType
CHALLENGE_NAME_TYPE_DEVICE_PASSWORD_VERIFIER: ChallengeNameType
CHALLENGE_NAME_TYPE_ADMIN_NO_SRP_AUTH: ChallengeNameType
CHALLENGE_NAME_TYPE_NEW_PASSWORD_REQUIRED: ChallengeNameType
CHALLENGE_NAME_TYPE_SMS_OTP: ChallengeNameType
CHALLENGE_NAME_TYPE_PASSWORD: ChallengeNameType
CHALLENGE_NAME_TYPE_WEB_AUTHN: ChallengeNameType
CHALLENGE_NAME_TYPE_PASSWORD_SRP: ChallengeNameType
CHALLENGE_RESPONSE_UNSPECIFIED: ChallengeResponse
CHALLENGE_RESPONSE_SUCCESS: ChallengeResponse
CHALLENGE_RESPONSE_FAILURE: ChallengeResponse
CLIENT_TYPE_TYPE_UNSPECIFIED: ClientTypeType
CLIENT_TYPE_TYPE_REGULAR: ClientTypeType
CLIENT_TYPE_TYPE_DCR: ClientTypeType
COLOR_SCHEME_MODE_TYPE_UNSPECIFIED: ColorSchemeModeType
COLOR_SCHEME_MODE_TYPE_LIGHT: ColorSchemeModeType
COLOR_SCHEME_MODE_TYPE_DARK: ColorSchemeModeType
COLOR_SCHEME_MODE_TYPE_DYNAMIC: ColorSchemeModeType
COMPROMISED_CREDENTIALS_EVENT_ACTION_TYPE_UNSPECIFIED: CompromisedCredentialsEventActionType
COMPROMISED_CREDENTIALS_EVENT_ACTION_TYPE_BLOCK: CompromisedCredentialsEventActionType
COMPROMISED_CREDENTIALS_EVENT_ACTION_TYPE_NO_ACTION: CompromisedCredentialsEventActionType
CUSTOM_EMAIL_SENDER_LAMBDA_VERSION_TYPE_UNSPECIFIED: CustomEmailSenderLambdaVersionType
CUSTOM_EMAIL_SENDER_LAMBDA_VERSION_TYPE_V1_0: CustomEmailSenderLambdaVersionType
CUSTOM_SMS_SENDER_LAMBDA_VERSION_TYPE_UNSPECIFIED: CustomSMSSenderLambdaVersionType
CUSTOM_SMS_SENDER_LAMBDA_VERSION_TYPE_V1_0: CustomSMSSenderLambdaVersionType
DEFAULT_EMAIL_OPTION_TYPE_UNSPECIFIED: DefaultEmailOptionType
DEFAULT_EMAIL_OPTION_TYPE_CONFIRM_WITH_LINK: DefaultEmailOptionType
DEFAULT_EMAIL_OPTION_TYPE_CONFIRM_WITH_CODE: DefaultEmailOptionType
DELETION_PROTECTION_TYPE_UNSPECIFIED: DeletionProtectionType
DELETION_PROTECTION_TYPE_ACTIVE: DeletionProtectionType
DELETION_PROTECTION_TYPE_INACTIVE: DeletionProtectionType
DELIVERY_MEDIUM_TYPE_UNSPECIFIED: DeliveryMediumType
DELIVERY_MEDIUM_TYPE_SMS: DeliveryMediumType
DELIVERY_MEDIUM_TYPE_EMAIL: DeliveryMediumType
DEVICE_REMEMBERED_STATUS_TYPE_UNSPECIFIED: DeviceRememberedStatusType
DEVICE_REMEMBERED_STATUS_TYPE_REMEMBERED: DeviceRememberedStatusType
DEVICE_REMEMBERED_STATUS_TYPE_NOT_REMEMBERED: DeviceRememberedStatusType
DOMAIN_STATUS_TYPE_UNSPECIFIED: DomainStatusType
DOMAIN_STATUS_TYPE_CREATING: DomainStatusType
DOMAIN_STATUS_TYPE_DELETING: DomainStatusType
DOMAIN_STATUS_TYPE_UPDATING: DomainStatusType
DOMAIN_STATUS_TYPE_ACTIVE: DomainStatusType
DOMAIN_STATUS_TYPE_FAILED: DomainStatusType
EMAIL_SENDING_ACCOUNT_TYPE_UNSPECIFIED: EmailSendingAccountType
EMAIL_SENDING_ACCOUNT_TYPE_COGNITO_DEFAULT: EmailSendingAccountType
EMAIL_SENDING_ACCOUNT_TYPE_DEVELOPER: EmailSendingAccountType
ENCRYPTION_KEY_TYPE_UNSPECIFIED: EncryptionKeyType
ENCRYPTION_KEY_TYPE_AWS_OWNED_KEY: EncryptionKeyType
ENCRYPTION_KEY_TYPE_CUSTOMER_MANAGED_KEY: EncryptionKeyType
EVENT_FILTER_TYPE_UNSPECIFIED: EventFilterType
EVENT_FILTER_TYPE_SIGN_IN: EventFilterType
EVENT_FILTER_TYPE_PASSWORD_CHANGE: EventFilterType
EVENT_FILTER_TYPE_SIGN_UP: EventFilterType
EVENT_RESPONSE_TYPE_UNSPECIFIED: EventResponseType
EVENT_RESPONSE_TYPE_PASS: EventResponseType
EVENT_RESPONSE_TYPE_FAIL: EventResponseType
EVENT_RESPONSE_TYPE_IN_PROGRESS: EventResponseType
EVENT_SOURCE_NAME_UNSPECIFIED: EventSourceName
EVENT_SOURCE_NAME_USER_NOTIFICATION: EventSourceName
EVENT_SOURCE_NAME_USER_AUTH_EVENTS: EventSourceName
EVENT_TYPE_UNSPECIFIED: EventType
EVENT_TYPE_SIGN_IN: EventType
EVENT_TYPE_SIGN_UP: EventType
EVENT_TYPE_FORGOT_PASSWORD: EventType
EVENT_TYPE_PASSWORD_CHANGE: EventType
EVENT_TYPE_RESEND_CODE: EventType
EXPLICIT_AUTH_FLOWS_TYPE_UNSPECIFIED: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ADMIN_NO_SRP_AUTH: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_CUSTOM_AUTH_FLOW_ONLY: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_USER_PASSWORD_AUTH: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_ADMIN_USER_PASSWORD_AUTH: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_CUSTOM_AUTH: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_USER_PASSWORD_AUTH: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_USER_SRP_AUTH: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_REFRESH_TOKEN_AUTH: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_USER_AUTH: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_TOKEN_EXCHANGE_DELEGATION: ExplicitAuthFlowsType
EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_TOKEN_EXCHANGE_IMPERSONATION: ExplicitAuthFlowsType
FEATURE_TYPE_UNSPECIFIED: FeatureType
FEATURE_TYPE_ENABLED: FeatureType
FEATURE_TYPE_DISABLED: FeatureType
FEEDBACK_VALUE_TYPE_UNSPECIFIED: FeedbackValueType
FEEDBACK_VALUE_TYPE_VALID: FeedbackValueType
FEEDBACK_VALUE_TYPE_INVALID: FeedbackValueType
IDENTITY_PROVIDER_TYPE_TYPE_UNSPECIFIED: IdentityProviderTypeType
IDENTITY_PROVIDER_TYPE_TYPE_SAML: IdentityProviderTypeType
IDENTITY_PROVIDER_TYPE_TYPE_FACEBOOK: IdentityProviderTypeType
IDENTITY_PROVIDER_TYPE_TYPE_GOOGLE: IdentityProviderTypeType
IDENTITY_PROVIDER_TYPE_TYPE_LOGIN_WITH_AMAZON: IdentityProviderTypeType
IDENTITY_PROVIDER_TYPE_TYPE_SIGN_IN_WITH_APPLE: IdentityProviderTypeType
IDENTITY_PROVIDER_TYPE_TYPE_OIDC: IdentityProviderTypeType
INBOUND_FEDERATION_LAMBDA_VERSION_TYPE_UNSPECIFIED: InboundFederationLambdaVersionType
INBOUND_FEDERATION_LAMBDA_VERSION_TYPE_V1_0: InboundFederationLambdaVersionType
ISSUED_TOKEN_TYPE_IDENTIFIER_TYPE_UNSPECIFIED: IssuedTokenTypeIdentifierType
ISSUED_TOKEN_TYPE_IDENTIFIER_TYPE_ACCESS_TOKEN: IssuedTokenTypeIdentifierType
ISSUED_TOKEN_TYPE_IDENTIFIER_TYPE_ID_TOKEN: IssuedTokenTypeIdentifierType
ISSUER_TYPE_UNSPECIFIED: IssuerType
ISSUER_TYPE_ORIGINAL: IssuerType
ISSUER_TYPE_UPDATED: IssuerType
LIMIT_CLASS_UNSPECIFIED: LimitClass
LIMIT_CLASS_API_CATEGORY: LimitClass
LOG_LEVEL_UNSPECIFIED: LogLevel
LOG_LEVEL_ERROR: LogLevel
LOG_LEVEL_INFO: LogLevel
MESSAGE_ACTION_TYPE_UNSPECIFIED: MessageActionType
MESSAGE_ACTION_TYPE_RESEND: MessageActionType
MESSAGE_ACTION_TYPE_SUPPRESS: MessageActionType
O_AUTH_FLOW_TYPE_UNSPECIFIED: OAuthFlowType
O_AUTH_FLOW_TYPE_CODE: OAuthFlowType
O_AUTH_FLOW_TYPE_IMPLICIT: OAuthFlowType
O_AUTH_FLOW_TYPE_CLIENT_CREDENTIALS: OAuthFlowType
O_AUTH_TOKEN_TYPE_TYPE_UNSPECIFIED: OAuthTokenTypeType
O_AUTH_TOKEN_TYPE_TYPE_BEARER: OAuthTokenTypeType
O_AUTH_TOKEN_TYPE_TYPE_N_A: OAuthTokenTypeType
PASSWORD_HASHING_ALGORITHM_TYPE_UNSPECIFIED: PasswordHashingAlgorithmType
PASSWORD_HASHING_ALGORITHM_TYPE_BCRYPT: PasswordHashingAlgorithmType
PASSWORD_HASHING_ALGORITHM_TYPE_SCRYPT: PasswordHashingAlgorithmType
PASSWORD_HASHING_ALGORITHM_TYPE_ARGON2_ID: PasswordHashingAlgorithmType
PASSWORD_HASHING_ALGORITHM_TYPE_PBKDF2_SHA256: PasswordHashingAlgorithmType
PRE_TOKEN_GENERATION_LAMBDA_VERSION_TYPE_UNSPECIFIED: PreTokenGenerationLambdaVersionType
PRE_TOKEN_GENERATION_LAMBDA_VERSION_TYPE_V1_0: PreTokenGenerationLambdaVersionType
PRE_TOKEN_GENERATION_LAMBDA_VERSION_TYPE_V2_0: PreTokenGenerationLambdaVersionType
PRE_TOKEN_GENERATION_LAMBDA_VERSION_TYPE_V3_0: PreTokenGenerationLambdaVersionType
PREVENT_USER_EXISTENCE_ERROR_TYPES_UNSPECIFIED: PreventUserExistenceErrorTypes
PREVENT_USER_EXISTENCE_ERROR_TYPES_LEGACY: PreventUserExistenceErrorTypes
PREVENT_USER_EXISTENCE_ERROR_TYPES_ENABLED: PreventUserExistenceErrorTypes
RECOVERY_OPTION_NAME_TYPE_UNSPECIFIED: RecoveryOptionNameType
RECOVERY_OPTION_NAME_TYPE_VERIFIED_EMAIL: RecoveryOptionNameType
RECOVERY_OPTION_NAME_TYPE_VERIFIED_PHONE_NUMBER: RecoveryOptionNameType
RECOVERY_OPTION_NAME_TYPE_ADMIN_ONLY: RecoveryOptionNameType
REPLICA_ROLE_TYPE_UNSPECIFIED: ReplicaRoleType
REPLICA_ROLE_TYPE_PRIMARY: ReplicaRoleType
REPLICA_ROLE_TYPE_SECONDARY: ReplicaRoleType
REPLICA_STATUS_TYPE_UNSPECIFIED: ReplicaStatusType
REPLICA_STATUS_TYPE_CREATING: ReplicaStatusType
REPLICA_STATUS_TYPE_ACTIVE: ReplicaStatusType
REPLICA_STATUS_TYPE_INACTIVE: ReplicaStatusType
REPLICA_STATUS_TYPE_DELETING: ReplicaStatusType
RESOURCE_SERVER_MANAGED_BY_TYPE_UNSPECIFIED: ResourceServerManagedByType
RESOURCE_SERVER_MANAGED_BY_TYPE_COGNITO: ResourceServerManagedByType
RESTORE_STATUS_TYPE_UNSPECIFIED: RestoreStatusType
RESTORE_STATUS_TYPE_PREVIEW_GENERATING: RestoreStatusType
RESTORE_STATUS_TYPE_PREVIEW_GENERATED: RestoreStatusType
RESTORE_STATUS_TYPE_PREVIEW_CANCELLED: RestoreStatusType
RESTORE_STATUS_TYPE_PREVIEW_GENERATION_FAILED: RestoreStatusType
RESTORE_STATUS_TYPE_PREVIEW_EXPIRED: RestoreStatusType
RESTORE_STATUS_TYPE_RESTORING: RestoreStatusType
RESTORE_STATUS_TYPE_RESTORE_COMPLETED: RestoreStatusType
RESTORE_STATUS_TYPE_TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE: RestoreStatusType
RESTORE_STATUS_TYPE_AWS_ABORTED: RestoreStatusType
REVOKE_ASSOCIATED_SESSIONS_TYPE_UNSPECIFIED: RevokeAssociatedSessionsType
REVOKE_ASSOCIATED_SESSIONS_TYPE_NONE: RevokeAssociatedSessionsType
REVOKE_ASSOCIATED_SESSIONS_TYPE_LINKED: RevokeAssociatedSessionsType
RISK_DECISION_TYPE_UNSPECIFIED: RiskDecisionType
RISK_DECISION_TYPE_NO_RISK: RiskDecisionType
RISK_DECISION_TYPE_ACCOUNT_TAKEOVER: RiskDecisionType
RISK_DECISION_TYPE_BLOCK: RiskDecisionType
RISK_LEVEL_TYPE_UNSPECIFIED: RiskLevelType
RISK_LEVEL_TYPE_LOW: RiskLevelType
RISK_LEVEL_TYPE_MEDIUM: RiskLevelType
RISK_LEVEL_TYPE_HIGH: RiskLevelType
SECURITY_POLICY_TYPE_UNSPECIFIED: SecurityPolicyType
SECURITY_POLICY_TYPE_TLS_V1: SecurityPolicyType
SECURITY_POLICY_TYPE_TLS_V1_2_2021: SecurityPolicyType
SECURITY_POLICY_TYPE_TLS_V1_3_2025: SecurityPolicyType
SESSION_TYPE_TYPE_UNSPECIFIED: SessionTypeType
SESSION_TYPE_TYPE_TOKEN: SessionTypeType
SESSION_TYPE_TYPE_SSO: SessionTypeType
STATUS_TYPE_UNSPECIFIED: StatusType
STATUS_TYPE_ENABLED: StatusType
STATUS_TYPE_DISABLED: StatusType
TERMS_ENFORCEMENT_TYPE_UNSPECIFIED: TermsEnforcementType
TERMS_ENFORCEMENT_TYPE_NONE: TermsEnforcementType
TERMS_SOURCE_TYPE_UNSPECIFIED: TermsSourceType
TERMS_SOURCE_TYPE_LINK: TermsSourceType
TIME_UNITS_TYPE_UNSPECIFIED: TimeUnitsType
TIME_UNITS_TYPE_SECONDS: TimeUnitsType
TIME_UNITS_TYPE_MINUTES: TimeUnitsType
TIME_UNITS_TYPE_HOURS: TimeUnitsType
TIME_UNITS_TYPE_DAYS: TimeUnitsType
TOKEN_TYPE_IDENTIFIER_TYPE_UNSPECIFIED: TokenTypeIdentifierType
TOKEN_TYPE_IDENTIFIER_TYPE_ACCESS_TOKEN: TokenTypeIdentifierType
TOKEN_TYPE_IDENTIFIER_TYPE_ID_TOKEN: TokenTypeIdentifierType
TOKEN_TYPE_IDENTIFIER_TYPE_SAML2: TokenTypeIdentifierType
UPDATE_REPLICA_STATUS_TYPE_UNSPECIFIED: UpdateReplicaStatusType
UPDATE_REPLICA_STATUS_TYPE_ACTIVE: UpdateReplicaStatusType
UPDATE_REPLICA_STATUS_TYPE_INACTIVE: UpdateReplicaStatusType
USER_IMPORT_JOB_STATUS_TYPE_UNSPECIFIED: UserImportJobStatusType
USER_IMPORT_JOB_STATUS_TYPE_CREATED: UserImportJobStatusType
USER_IMPORT_JOB_STATUS_TYPE_PENDING: UserImportJobStatusType
USER_IMPORT_JOB_STATUS_TYPE_IN_PROGRESS: UserImportJobStatusType
USER_IMPORT_JOB_STATUS_TYPE_STOPPING: UserImportJobStatusType
USER_IMPORT_JOB_STATUS_TYPE_EXPIRED: UserImportJobStatusType
USER_IMPORT_JOB_STATUS_TYPE_STOPPED: UserImportJobStatusType
USER_IMPORT_JOB_STATUS_TYPE_FAILED: UserImportJobStatusType
USER_IMPORT_JOB_STATUS_TYPE_SUCCEEDED: UserImportJobStatusType
USER_POOL_MFA_TYPE_UNSPECIFIED: UserPoolMfaType
USER_POOL_MFA_TYPE_OFF: UserPoolMfaType
USER_POOL_MFA_TYPE_ON: UserPoolMfaType
USER_POOL_MFA_TYPE_OPTIONAL: UserPoolMfaType
USER_POOL_TIER_TYPE_UNSPECIFIED: UserPoolTierType
USER_POOL_TIER_TYPE_LITE: UserPoolTierType
USER_POOL_TIER_TYPE_ESSENTIALS: UserPoolTierType
USER_POOL_TIER_TYPE_PLUS: UserPoolTierType
USER_SESSION_TRACKING_TYPE_UNSPECIFIED: UserSessionTrackingType
USER_SESSION_TRACKING_TYPE_ENABLED: UserSessionTrackingType
USER_SESSION_TRACKING_TYPE_DISABLED: UserSessionTrackingType
USER_STATUS_TYPE_UNSPECIFIED: UserStatusType
USER_STATUS_TYPE_UNCONFIRMED: UserStatusType
USER_STATUS_TYPE_CONFIRMED: UserStatusType
USER_STATUS_TYPE_ARCHIVED: UserStatusType
USER_STATUS_TYPE_COMPROMISED: UserStatusType
USER_STATUS_TYPE_UNKNOWN: UserStatusType
USER_STATUS_TYPE_RESET_REQUIRED: UserStatusType
USER_STATUS_TYPE_FORCE_CHANGE_PASSWORD: UserStatusType
USER_STATUS_TYPE_EXTERNAL_PROVIDER: UserStatusType
USER_VERIFICATION_TYPE_UNSPECIFIED: UserVerificationType
USER_VERIFICATION_TYPE_REQUIRED: UserVerificationType
USER_VERIFICATION_TYPE_PREFERRED: UserVerificationType
USERNAME_ATTRIBUTE_TYPE_UNSPECIFIED: UsernameAttributeType
USERNAME_ATTRIBUTE_TYPE_PHONE_NUMBER: UsernameAttributeType
USERNAME_ATTRIBUTE_TYPE_EMAIL: UsernameAttributeType
VERIFIED_ATTRIBUTE_TYPE_UNSPECIFIED: VerifiedAttributeType
VERIFIED_ATTRIBUTE_TYPE_PHONE_NUMBER: VerifiedAttributeType
VERIFIED_ATTRIBUTE_TYPE_EMAIL: VerifiedAttributeType
VERIFY_SOFTWARE_TOKEN_RESPONSE_TYPE_UNSPECIFIED: VerifySoftwareTokenResponseType
VERIFY_SOFTWARE_TOKEN_RESPONSE_TYPE_SUCCESS: VerifySoftwareTokenResponseType
VERIFY_SOFTWARE_TOKEN_RESPONSE_TYPE_ERROR: VerifySoftwareTokenResponseType
WEB_AUTHN_FACTOR_CONFIGURATION_TYPE_UNSPECIFIED: WebAuthnFactorConfigurationType
WEB_AUTHN_FACTOR_CONFIGURATION_TYPE_SINGLE_FACTOR: WebAuthnFactorConfigurationType
WEB_AUTHN_FACTOR_CONFIGURATION_TYPE_MULTI_FACTOR_WITH_USER_VERIFICATION: WebAuthnFactorConfigurationType
