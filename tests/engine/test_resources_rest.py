"""The remaining pool-owned resources and settings (terms, managed login branding, the hosted
UI's customization, risk and log delivery configuration, session configuration, the signing
certificate): each operation's success and a Cognito error through a real server, each
resource's lifecycle, the semantics directly on the engine, and state across a restart."""

from __future__ import annotations

import base64
import datetime
import json

import botocore.exceptions
import pytest
from cryptography import x509
from joserfc import jwt
from joserfc.jwk import KeySet

from cognito_grpc.engine import Engine
from cognito_grpc.engine.signin import secret_hash
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.engine.helpers import error_of

MISSING_POOL = "us-east-1_missing"
LINKS = {"cognito:default": "https://example.com/terms"}
LOG_CONFIG = [{"LogLevel": "ERROR", "EventSource": "userNotification",
               "CloudWatchLogsConfiguration": {
                   "LogGroupArn": "arn:aws:logs:us-east-1:123456789012:log-group:x"}}]


@pytest.fixture(scope="module")
def served():
    server = ServerProcess()
    client = boto3_compat.client(server.address, region_name="us-east-1")
    yield client
    client.close()
    server.stop()


@pytest.fixture
def world(served):
    pool_id = served.create_user_pool(PoolName="resources")["UserPool"]["Id"]
    client_id = served.create_user_pool_client(UserPoolId=pool_id, ClientName="app",
                                               GenerateSecret=True)["UserPoolClient"]["ClientId"]
    served.create_identity_provider(UserPoolId=pool_id, ProviderName="Google",
                                    ProviderType="Google", ProviderDetails=GOOGLE)
    served.admin_create_user(UserPoolId=pool_id, Username="bob", MessageAction="SUPPRESS")
    served.create_resource_server(UserPoolId=pool_id, Identifier="api", Name="api",
                                  Scopes=[{"ScopeName": "read", "ScopeDescription": "read"}])
    return served, pool_id, client_id


M2M: dict[str, tuple[str, str]] = {}  # pool id -> (client id, secret), made by the test
RESTORE = "the restoration the test made"
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
PATTERN = "https://example.com/clients/*"
GOOGLE = {"client_id": "id", "client_secret": "secret", "authorize_scopes": "openid"}
BOB = {"ProviderName": "Cognito", "ProviderAttributeValue": "bob"}


def _google(value="g-123"):
    return {"ProviderName": "Google", "ProviderAttributeName": "Cognito_Subject",
            "ProviderAttributeValue": value}


def _terms(pool, client, name="terms-of-use"):
    return dict(UserPoolId=pool, ClientId=client, TermsName=name, TermsSource="LINK",
                Enforcement="NONE", Links=LINKS)


# (operation, success parameters, error parameters, error code); parameters are functions of
# (pool id, client id, a terms id, a branding id) made by the `made` fixture.
TABLE = [
    ("create_terms", lambda p, c, t, b: _terms(p, c, "privacy-policy"),
     lambda p, c, t, b: _terms(p, c), "TermsExistsException"),
    ("describe_terms", lambda p, c, t, b: dict(UserPoolId=p, TermsId=t),
     lambda p, c, t, b: dict(UserPoolId=p, TermsId="00000000-0000-4000-8000-000000000000"), "ResourceNotFoundException"),
    ("describe_terms_by_client",
     lambda p, c, t, b: dict(UserPoolId=p, ClientId=c, TermsName="terms-of-use"),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId="nope", TermsName="terms-of-use"),
     "ResourceNotFoundException"),
    ("update_terms", lambda p, c, t, b: dict(UserPoolId=p, TermsId=t, Links=LINKS),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL, TermsId=t), "ResourceNotFoundException"),
    ("list_terms", lambda p, c, t, b: dict(UserPoolId=p),
     lambda p, c, t, b: dict(UserPoolId=p, NextToken="forged"), "InvalidParameterException"),
    ("delete_terms", lambda p, c, t, b: dict(UserPoolId=p, TermsId=t),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL, TermsId=t), "ResourceNotFoundException"),
    ("create_managed_login_branding",
     lambda p, c, t, b: dict(UserPoolId=p, ClientId=c, UseCognitoProvidedValues=True),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId=c, UseCognitoProvidedValues=True),
     "ManagedLoginBrandingExistsException"),
    ("describe_managed_login_branding",
     lambda p, c, t, b: dict(UserPoolId=p, ManagedLoginBrandingId=b),
     lambda p, c, t, b: dict(UserPoolId=p,
                             ManagedLoginBrandingId="00000000-0000-4000-8000-000000000000"),
     "ResourceNotFoundException"),
    ("describe_managed_login_branding_by_client", lambda p, c, t, b: dict(UserPoolId=p,
                                                                           ClientId=c),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL, ClientId=c), "ResourceNotFoundException"),
    ("update_managed_login_branding",
     lambda p, c, t, b: dict(UserPoolId=p, ManagedLoginBrandingId=b, Settings={"a": 1}),
     lambda p, c, t, b: dict(UserPoolId=p, ManagedLoginBrandingId=b, Settings={"a": 1},
                             UseCognitoProvidedValues=True), "InvalidParameterException"),
    ("delete_managed_login_branding",
     lambda p, c, t, b: dict(UserPoolId=p, ManagedLoginBrandingId=b),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL, ManagedLoginBrandingId=b),
     "ResourceNotFoundException"),
    ("set_ui_customization", lambda p, c, t, b: dict(UserPoolId=p, CSS=".banner {}"),
     lambda p, c, t, b: dict(UserPoolId=p, ImageFile=b"x" * 200_000),
     "InvalidParameterException"),
    ("get_ui_customization", lambda p, c, t, b: dict(UserPoolId=p, ClientId=c),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId="nope"), "ResourceNotFoundException"),
    ("set_risk_configuration", lambda p, c, t, b: dict(
        UserPoolId=p, ClientId=c,
        CompromisedCredentialsRiskConfiguration={"Actions": {"EventAction": "BLOCK"}}),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId="nope"), "ResourceNotFoundException"),
    ("describe_risk_configuration", lambda p, c, t, b: dict(UserPoolId=p),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL), "ResourceNotFoundException"),
    ("set_log_delivery_configuration",
     lambda p, c, t, b: dict(UserPoolId=p, LogConfigurations=LOG_CONFIG),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL, LogConfigurations=LOG_CONFIG),
     "ResourceNotFoundException"),
    ("get_log_delivery_configuration", lambda p, c, t, b: dict(UserPoolId=p),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL), "ResourceNotFoundException"),
    ("set_user_pool_session_configuration", lambda p, c, t, b: dict(
        UserPoolId=p, UserSessionTracking="ENABLED", TokenSession={"MaxPerUser": 5}),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL, UserSessionTracking="ENABLED",
                             TokenSession={"MaxPerUser": 5}), "ResourceNotFoundException"),
    ("get_user_pool_session_configuration", lambda p, c, t, b: dict(UserPoolId=p),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL), "ResourceNotFoundException"),
    ("set_user_pool_client_session_configuration", lambda p, c, t, b: dict(
        UserPoolId=p, ClientId=c, SSOSession={"MaxValidityMinutes": 60}),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId="nope",
                             SSOSession={"MaxValidityMinutes": 60}),
     "ResourceNotFoundException"),
    ("get_user_pool_client_session_configuration",
     lambda p, c, t, b: dict(UserPoolId=p, ClientId=c),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId="nope"), "ResourceNotFoundException"),
    ("add_user_pool_client_secret", lambda p, c, t, b: dict(UserPoolId=p, ClientId=c),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId="nope"), "ResourceNotFoundException"),
    ("list_user_pool_client_secrets", lambda p, c, t, b: dict(UserPoolId=p, ClientId=c),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL, ClientId=c), "ResourceNotFoundException"),
    ("delete_user_pool_client_secret",
     lambda p, c, t, b: dict(UserPoolId=p, ClientId=c, ClientSecretId=f"{c}--generated"),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId=c, ClientSecretId=f"{c}--unknown"),
     "ResourceNotFoundException"),
    ("admin_link_provider_for_user",
     lambda p, c, t, b: dict(UserPoolId=p, DestinationUser=BOB, SourceUser=_google("new")),
     lambda p, c, t, b: dict(UserPoolId=p, DestinationUser=BOB, SourceUser=_google()),
     "AliasExistsException"),
    ("admin_disable_provider_for_user", lambda p, c, t, b: dict(UserPoolId=p, User=_google()),
     lambda p, c, t, b: dict(UserPoolId=p, User=_google("never")), "UserNotFoundException"),
    ("create_cimd_policy", lambda p, c, t, b: dict(UserPoolId=p, ClientId=c, PolicyName="p",
                                                   URLPatterns=[PATTERN]),
     lambda p, c, t, b: dict(UserPoolId=p, ClientId="nope", PolicyName="p",
                             URLPatterns=[PATTERN]), "ResourceNotFoundException"),
    ("list_cimd_policies", lambda p, c, t, b: dict(UserPoolId=p),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL), "ResourceNotFoundException"),
    ("create_user_pool_replica", lambda p, c, t, b: dict(UserPoolId=p, RegionName="eu-west-1"),
     lambda p, c, t, b: dict(UserPoolId=p, RegionName="us-east-1"), "InvalidParameterException"),
    ("list_user_pool_replicas", lambda p, c, t, b: dict(UserPoolId=p),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL), "ResourceNotFoundException"),
    ("update_user_pool_replica",
     lambda p, c, t, b: dict(UserPoolId=p, RegionName="ap-south-1", Status="INACTIVE"),
     lambda p, c, t, b: dict(UserPoolId=p, RegionName="sa-east-1", Status="INACTIVE"),
     "ResourceNotFoundException"),
    ("delete_user_pool_replica", lambda p, c, t, b: dict(UserPoolId=p, RegionName="ap-south-1"),
     lambda p, c, t, b: dict(UserPoolId=p, RegionName="sa-east-1"), "ResourceNotFoundException"),
    ("initiate_point_in_time_recovery", lambda p, c, t, b: dict(UserPoolId=p, RestoreTimestamp=
        datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(milliseconds=1)),
     lambda p, c, t, b: dict(UserPoolId=p, RestoreTimestamp=datetime.datetime(2030, 1, 1)),
     "InvalidParameterException"),
    ("list_point_in_time_recoveries", lambda p, c, t, b: dict(UserPoolId=p),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL), "ResourceNotFoundException"),
    ("describe_point_in_time_recovery", lambda p, c, t, b: dict(UserPoolId=p, RestoreId=RESTORE),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL, RestoreId=RESTORE),
     "ResourceNotFoundException"),
    ("cancel_point_in_time_recovery", lambda p, c, t, b: dict(UserPoolId=p, RestoreId=RESTORE),
     lambda p, c, t, b: dict(UserPoolId=p, RestoreId=UNKNOWN_ID), "ResourceNotFoundException"),
    ("get_client_token", lambda p, c, t, b: dict(ClientId=M2M[p][0], Secret=M2M[p][1]),
     lambda p, c, t, b: dict(ClientId=M2M[p][0], Secret="w" * 32),
     "NotAuthorizedException"),
    ("get_signing_certificate", lambda p, c, t, b: dict(UserPoolId=p),
     lambda p, c, t, b: dict(UserPoolId=MISSING_POOL), "ResourceNotFoundException"),
]


@pytest.mark.parametrize("operation, good, bad, code", TABLE, ids=[row[0] for row in TABLE])
def test_each_operation_answers_and_refuses_through_the_server(world, operation, good, bad,
                                                               code):
    client, pool_id, client_id = world
    terms_id = client.create_terms(**_terms(pool_id, client_id))["Terms"]["TermsId"]
    branding_id = client.create_managed_login_branding(
        UserPoolId=pool_id, ClientId=client_id,
        UseCognitoProvidedValues=True)["ManagedLoginBranding"]["ManagedLoginBrandingId"]
    if operation == "create_managed_login_branding":  # a second client, for the success
        other = client.create_user_pool_client(UserPoolId=pool_id, ClientName="other")
        other_id = other["UserPoolClient"]["ClientId"]
        good = (lambda p, c, t, b: dict(UserPoolId=p, ClientId=other_id,
                                        UseCognitoProvidedValues=True))
    if operation == "delete_user_pool_client_secret":  # a second secret, to delete
        second = client.add_user_pool_client_secret(UserPoolId=pool_id, ClientId=client_id)
        second_id = second["ClientSecretDescriptor"]["ClientSecretId"]
        good = (lambda p, c, t, b: dict(UserPoolId=p, ClientId=c, ClientSecretId=second_id))
    client.admin_link_provider_for_user(UserPoolId=pool_id, DestinationUser=BOB,
                                        SourceUser=_google())
    client.create_user_pool_replica(UserPoolId=pool_id, RegionName="ap-south-1")
    if "point_in_time" in operation and operation != "initiate_point_in_time_recovery":
        restore_id = client.initiate_point_in_time_recovery(
            UserPoolId=pool_id, RestoreTimestamp=datetime.datetime.now(datetime.timezone.utc)
            - datetime.timedelta(milliseconds=1))["Restoration"]["RestoreId"]
        good, bad = _with_restore_id(good, restore_id), _with_restore_id(bad, restore_id)
    if operation == "get_client_token":
        m2m = client.create_user_pool_client(
            UserPoolId=pool_id, ClientName="m2m", GenerateSecret=True,
            AllowedOAuthFlows=["client_credentials"], AllowedOAuthFlowsUserPoolClient=True,
            AllowedOAuthScopes=["api/read"])["UserPoolClient"]
        M2M[pool_id] = (m2m["ClientId"], m2m["ClientSecret"])
    method = getattr(client, operation)
    ids = (pool_id, client_id, terms_id, branding_id)
    assert method(**good(*ids))["ResponseMetadata"]["HTTPStatusCode"] == 200
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        method(**bad(*ids))
    assert raised.value.response["Error"]["Code"] == code


def _with_restore_id(make, restore_id):
    def made(*ids):
        params = make(*ids)
        if params.get("RestoreId") == RESTORE:
            params["RestoreId"] = restore_id
        return params
    return made


def test_a_recovery_is_previewed_cancelled_and_never_applied(world):
    client, pool_id, _ = world
    now = datetime.datetime.now(datetime.timezone.utc)
    made = client.initiate_point_in_time_recovery(
        UserPoolId=pool_id, RestoreTimestamp=now - datetime.timedelta(milliseconds=1))
    restore_id = made["Restoration"]["RestoreId"]
    assert made["Restoration"]["RestoreStatus"] == "PREVIEW_GENERATED"
    for call, code in [
        (lambda: client.initiate_point_in_time_recovery(
            UserPoolId=pool_id, RestoreTimestamp=now - datetime.timedelta(milliseconds=1)),
         "LimitExceededException"),
        (lambda: client.start_point_in_time_recovery(UserPoolId=pool_id, RestoreId=restore_id),
         "OperationNotEnabledException")]:
        with pytest.raises(botocore.exceptions.ClientError) as raised:
            call()
        assert raised.value.response["Error"]["Code"] == code
    client.cancel_point_in_time_recovery(UserPoolId=pool_id, RestoreId=restore_id)
    listed = client.list_point_in_time_recoveries(UserPoolId=pool_id)["Restorations"]
    assert [(r["RestoreId"], r["RestoreStatus"]) for r in listed] == [
        (restore_id, "PREVIEW_CANCELLED")]
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        client.start_point_in_time_recovery(UserPoolId=pool_id, RestoreId=restore_id)
    assert raised.value.response["Error"]["Code"] == "InvalidParameterException"


def test_terms_lifecycle_through_the_server(world):
    client, pool_id, _ = world
    made = []
    for i in range(3):
        app = client.create_user_pool_client(UserPoolId=pool_id, ClientName=f"a{i}")
        made.append(client.create_terms(**_terms(pool_id, app["UserPoolClient"]["ClientId"]))[
            "Terms"])
    read = client.describe_terms(UserPoolId=pool_id, TermsId=made[0]["TermsId"])["Terms"]
    assert read["Links"] == LINKS and read["TermsName"] == "terms-of-use"
    updated = client.update_terms(UserPoolId=pool_id, TermsId=made[0]["TermsId"],
                                  Links={"cognito:default": "https://example.com/v2"})["Terms"]
    assert updated["Links"] == {"cognito:default": "https://example.com/v2"}
    assert updated["ClientId"] == read["ClientId"] and updated["TermsSource"] == "LINK"
    first = client.list_terms(UserPoolId=pool_id, MaxResults=2)
    second = client.list_terms(UserPoolId=pool_id, MaxResults=2, NextToken=first["NextToken"])
    listed = [t["TermsId"] for t in first["Terms"] + second["Terms"]]
    assert sorted(listed) == sorted(t["TermsId"] for t in made) and "NextToken" not in second
    assert set(first["Terms"][0]) <= {"TermsId", "TermsName", "Enforcement", "CreationDate",
                                      "LastModifiedDate"}
    client.delete_terms(UserPoolId=pool_id, TermsId=made[0]["TermsId"])
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        client.describe_terms(UserPoolId=pool_id, TermsId=made[0]["TermsId"])
    assert raised.value.response["Error"]["Code"] == "ResourceNotFoundException"
    # The name is free again for that client once its terms are deleted.
    client.create_terms(**_terms(pool_id, read["ClientId"]))


def test_managed_login_branding_lifecycle_through_the_server(world):
    client, pool_id, client_id = world
    made = client.create_managed_login_branding(
        UserPoolId=pool_id, ClientId=client_id, Settings={"components": {"pageBackground": 1}},
        Assets=[{"Category": "FAVICON_ICO", "ColorMode": "LIGHT", "Extension": "ICO",
                 "Bytes": b"\x00\x01icon"}])["ManagedLoginBranding"]
    branding_id = made["ManagedLoginBrandingId"]
    read = client.describe_managed_login_branding_by_client(
        UserPoolId=pool_id, ClientId=client_id)["ManagedLoginBranding"]
    assert read["ManagedLoginBrandingId"] == branding_id
    assert read["Assets"][0]["Bytes"] == b"\x00\x01icon"
    assert read["Settings"] == {"components": {"pageBackground": 1}}
    reset = client.update_managed_login_branding(
        UserPoolId=pool_id, ManagedLoginBrandingId=branding_id,
        UseCognitoProvidedValues=True)["ManagedLoginBranding"]
    assert reset["UseCognitoProvidedValues"] is True and reset["Assets"] == []
    client.delete_managed_login_branding(UserPoolId=pool_id, ManagedLoginBrandingId=branding_id)
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        client.describe_managed_login_branding(UserPoolId=pool_id,
                                               ManagedLoginBrandingId=branding_id)
    assert raised.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_cimd_policy_lifecycle_through_the_server(world):
    client, pool_id, client_id = world
    made = [client.create_cimd_policy(UserPoolId=pool_id, ClientId=client_id,
                                      PolicyName=f"p{i}", URLPatterns=[PATTERN])["CIMDPolicy"]
            for i in range(3)]
    policy_id = made[0]["CIMDPolicyId"]
    read = client.describe_cimd_policy(UserPoolId=pool_id, CIMDPolicyId=policy_id)["CIMDPolicy"]
    assert read["URLPatterns"] == [PATTERN] and read["CacheDuration"] == 86400
    updated = client.update_cimd_policy(UserPoolId=pool_id, CIMDPolicyId=policy_id,
                                        ClientId=client_id, CacheDuration=172800,
                                        URLPatterns=["https://example.org/apps/*"])["CIMDPolicy"]
    assert updated["CacheDuration"] == 172800 and updated["PolicyName"] == "p0"
    first = client.list_cimd_policies(UserPoolId=pool_id, MaxResults=2)
    rest = client.list_cimd_policies(UserPoolId=pool_id, MaxResults=2,
                                     NextToken=first["NextToken"])
    assert sorted(p["CIMDPolicyId"] for p in first["CIMDPolicies"] + rest["CIMDPolicies"]) == \
        sorted(p["CIMDPolicyId"] for p in made)
    assert "URLPatterns" not in first["CIMDPolicies"][0]
    assert client.list_client_metadata_urls(UserPoolId=pool_id, CIMDPolicyId=policy_id)[
        "ClientMetadataURLs"] == []
    client.delete_cimd_policy(UserPoolId=pool_id, CIMDPolicyId=policy_id)
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        client.describe_cimd_policy(UserPoolId=pool_id, CIMDPolicyId=policy_id)
    assert raised.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_replicas_list_the_pool_as_primary_through_the_server(world):
    client, pool_id, _ = world
    made = client.create_user_pool_replica(UserPoolId=pool_id, RegionName="eu-west-1")
    assert made["UserPoolReplica"]["Role"] == "SECONDARY"
    assert made["UserPoolReplica"]["UserPoolArn"].startswith("arn:aws:cognito-idp:eu-west-1:")
    listed = client.list_user_pool_replicas(UserPoolId=pool_id)["UserPoolReplicas"]
    assert [(r["RegionName"], r["Role"]) for r in listed] == [("us-east-1", "PRIMARY"),
                                                             ("eu-west-1", "SECONDARY")]
    assert client.update_user_pool_replica(UserPoolId=pool_id, RegionName="eu-west-1",
                                           Status="INACTIVE")["UserPoolReplica"]["Status"] == \
        "INACTIVE"
    assert client.delete_user_pool_replica(UserPoolId=pool_id, RegionName="eu-west-1")[
        "UserPoolReplica"]["Status"] == "DELETING"
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        client.delete_user_pool_replica(UserPoolId=pool_id, RegionName="eu-west-1")
    assert raised.value.response["Error"]["Code"] == "ResourceNotFoundException"


# --- semantics, directly on the engine --------------------------------------------------------

@pytest.fixture(scope="module")
def cognito():
    engine = Engine()
    yield engine.client("us-east-1")
    engine.close()


@pytest.fixture
def ids(cognito):
    pool_id = cognito.create_user_pool(PoolName="r")["UserPool"]["Id"]
    client_id = cognito.create_user_pool_client(UserPoolId=pool_id,
                                                ClientName="c")["UserPoolClient"]["ClientId"]
    return pool_id, client_id


def test_a_client_shows_the_pools_ui_customization_until_it_has_its_own(cognito, ids):
    pool_id, client_id = ids
    empty = cognito.get_ui_customization(UserPoolId=pool_id)["UICustomization"]
    assert empty == {"UserPoolId": pool_id, "ClientId": "ALL"}
    cognito.set_ui_customization(UserPoolId=pool_id, CSS=".banner {}", ImageFile=b"\x89PNG")
    inherited = cognito.get_ui_customization(UserPoolId=pool_id,
                                             ClientId=client_id)["UICustomization"]
    assert inherited["ClientId"] == "ALL" and inherited["CSS"] == ".banner {}"
    assert inherited["ImageUrl"].endswith("/assets/images/image.jpg") and inherited["CSSVersion"]
    cognito.set_ui_customization(UserPoolId=pool_id, ClientId=client_id, CSS=".own {}")
    own = cognito.get_ui_customization(UserPoolId=pool_id, ClientId=client_id)["UICustomization"]
    assert own["ClientId"] == client_id and own["CSS"] == ".own {}" and "ImageUrl" not in own


def test_risk_configuration_falls_back_to_the_pools(cognito, ids):
    pool_id, client_id = ids
    assert cognito.describe_risk_configuration(UserPoolId=pool_id)["RiskConfiguration"] == {
        "UserPoolId": pool_id}
    cognito.set_risk_configuration(UserPoolId=pool_id, RiskExceptionConfiguration={
        "BlockedIPRangeList": ["10.0.0.0/8"]})
    for_client = cognito.describe_risk_configuration(UserPoolId=pool_id, ClientId=client_id)
    assert for_client["RiskConfiguration"]["RiskExceptionConfiguration"] == {
        "BlockedIPRangeList": ["10.0.0.0/8"]}
    # Set replaces the configuration whole.
    cognito.set_risk_configuration(UserPoolId=pool_id, CompromisedCredentialsRiskConfiguration={
        "Actions": {"EventAction": "BLOCK"}})
    again = cognito.describe_risk_configuration(UserPoolId=pool_id)["RiskConfiguration"]
    assert "RiskExceptionConfiguration" not in again


def test_session_configuration_defaults_and_updates(cognito, ids):
    pool_id, client_id = ids
    assert _plain(cognito.get_user_pool_session_configuration(UserPoolId=pool_id)) == {
        "UserPoolId": pool_id, "UserSessionTracking": "DISABLED"}
    cognito.set_user_pool_session_configuration(UserPoolId=pool_id, UserSessionTracking="ENABLED",
                                                TokenSession={"MaxPerUser": 3})
    assert _plain(cognito.get_user_pool_session_configuration(UserPoolId=pool_id)) == {
        "UserPoolId": pool_id, "UserSessionTracking": "ENABLED", "TokenSession": {"MaxPerUser": 3}}
    cognito.set_user_pool_client_session_configuration(UserPoolId=pool_id, ClientId=client_id,
                                                       SSOSession={"MaxValidityMinutes": 90})
    assert _plain(cognito.get_user_pool_client_session_configuration(
        UserPoolId=pool_id, ClientId=client_id))["SSOSession"] == {"MaxValidityMinutes": 90}


def _plain(response: dict) -> dict:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def test_the_signing_certificate_carries_the_pools_token_key(cognito, ids):
    pool_id, _ = ids
    text = cognito.get_signing_certificate(UserPoolId=pool_id)["Certificate"]
    assert cognito.get_signing_certificate(UserPoolId=pool_id)["Certificate"] == text
    certificate = x509.load_der_x509_certificate(base64.b64decode(text))
    numbers = certificate.public_key().public_numbers()
    jwk = {key["kid"]: key for key in cognito._engine.jwks(pool_id)["keys"]}
    (key,) = jwk.values()
    modulus = int.from_bytes(base64.urlsafe_b64decode(key["n"] + "=="), "big")
    assert numbers.n == modulus
    assert pool_id in certificate.subject.rfc4514_string()


def test_terms_and_branding_belong_to_a_client_of_the_pool(cognito, ids):
    pool_id, _ = ids
    assert error_of(lambda: cognito.create_terms(**_terms(pool_id, "nope"))) == (
        "ResourceNotFoundException", "User pool client nope does not exist.")
    assert error_of(lambda: cognito.create_managed_login_branding(
        UserPoolId=pool_id, ClientId="nope"))[0] == "ResourceNotFoundException"


def test_a_rotated_secret_signs_in_until_deleted_and_the_last_one_stays(cognito):
    pool_id = cognito.create_user_pool(PoolName="rotate")["UserPool"]["Id"]
    made = cognito.create_user_pool_client(
        UserPoolId=pool_id, ClientName="c", GenerateSecret=True,
        ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
    client_id, first = made["UserPoolClient"]["ClientId"], made["UserPoolClient"]["ClientSecret"]
    cognito.admin_create_user(UserPoolId=pool_id, Username="bob", MessageAction="SUPPRESS")
    cognito.admin_set_user_password(UserPoolId=pool_id, Username="bob", Password="Passw0rd!x",
                                    Permanent=True)

    def sign_in(secret):
        return cognito.admin_initiate_auth(
            UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": "bob", "PASSWORD": "Passw0rd!x",
                            "SECRET_HASH": secret_hash(secret, "bob", client_id)})

    (original,) = cognito.list_user_pool_client_secrets(UserPoolId=pool_id,
                                                        ClientId=client_id)["ClientSecrets"]
    assert "ClientSecretValue" not in original
    added = cognito.add_user_pool_client_secret(UserPoolId=pool_id,
                                                ClientId=client_id)["ClientSecretDescriptor"]
    second = added["ClientSecretValue"]
    assert "AuthenticationResult" in sign_in(first) and "AuthenticationResult" in sign_in(second)
    assert error_of(lambda: cognito.add_user_pool_client_secret(
        UserPoolId=pool_id, ClientId=client_id))[0] == "LimitExceededException"
    cognito.delete_user_pool_client_secret(UserPoolId=pool_id, ClientId=client_id,
                                           ClientSecretId=original["ClientSecretId"])
    assert error_of(lambda: sign_in(first))[0] == "NotAuthorizedException"
    described = cognito.describe_user_pool_client(UserPoolId=pool_id,
                                                  ClientId=client_id)["UserPoolClient"]
    assert described["ClientSecret"] == second and "ClientSecrets" not in described
    assert error_of(lambda: cognito.delete_user_pool_client_secret(
        UserPoolId=pool_id, ClientId=client_id,
        ClientSecretId=added["ClientSecretId"]))[0] == "InvalidParameterException"
    # A secret the caller chose is not answered back.
    chosen = cognito.add_user_pool_client_secret(UserPoolId=pool_id, ClientId=client_id,
                                                 ClientSecret="a" * 32)["ClientSecretDescriptor"]
    assert "ClientSecretValue" not in chosen
    assert "AuthenticationResult" in sign_in("a" * 32)


def test_a_public_client_has_no_secret_to_rotate(cognito, ids):
    pool_id, client_id = ids
    assert error_of(lambda: cognito.add_user_pool_client_secret(
        UserPoolId=pool_id, ClientId=client_id))[0] == "InvalidParameterException"


def test_a_linked_identity_shows_in_the_users_identities_until_disabled(cognito, ids):
    pool_id, _ = ids
    cognito.create_identity_provider(UserPoolId=pool_id, ProviderName="Google",
                                     ProviderType="Google", ProviderDetails=GOOGLE)
    for name in ("bob", "ann"):
        cognito.admin_create_user(UserPoolId=pool_id, Username=name, MessageAction="SUPPRESS")
    cognito.admin_link_provider_for_user(UserPoolId=pool_id, DestinationUser=BOB,
                                         SourceUser=_google())

    def identities(username):
        user = cognito.admin_get_user(UserPoolId=pool_id, Username=username)
        values = [a["Value"] for a in user["UserAttributes"] if a["Name"] == "identities"]
        return json.loads(values[0]) if values else []

    (linked,) = identities("bob")
    assert {k: v for k, v in linked.items() if k != "dateCreated"} == {
        "userId": "g-123", "providerName": "Google", "providerType": "Google",
        "issuer": None, "primary": False}
    # One identity, one user.
    assert error_of(lambda: cognito.admin_link_provider_for_user(
        UserPoolId=pool_id, DestinationUser={**BOB, "ProviderAttributeValue": "ann"},
        SourceUser=_google()))[0] == "AliasExistsException"
    assert error_of(lambda: cognito.admin_link_provider_for_user(
        UserPoolId=pool_id, DestinationUser=BOB,
        SourceUser={**_google(), "ProviderName": "Nope"}))[0] == "ResourceNotFoundException"
    cognito.admin_disable_provider_for_user(UserPoolId=pool_id, User=_google())
    assert identities("bob") == []
    # Unlinked, the identity may go to another user; a deleted user's link does not hold it.
    cognito.admin_link_provider_for_user(
        UserPoolId=pool_id, DestinationUser={**BOB, "ProviderAttributeValue": "ann"},
        SourceUser=_google())
    cognito.admin_delete_user(UserPoolId=pool_id, Username="ann")
    cognito.admin_link_provider_for_user(UserPoolId=pool_id, DestinationUser=BOB,
                                         SourceUser=_google())
    assert [i["userId"] for i in identities("bob")] == ["g-123"]


def test_sign_in_events_through_the_server(served):
    client = served
    pool_id = client.create_user_pool(PoolName="events", UserPoolAddOns={
        "AdvancedSecurityMode": "AUDIT"})["UserPool"]["Id"]
    app = client.create_user_pool_client(UserPoolId=pool_id, ClientName="c", ExplicitAuthFlows=[
        "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]
    client.admin_create_user(UserPoolId=pool_id, Username="bob", MessageAction="SUPPRESS")
    client.admin_set_user_password(UserPoolId=pool_id, Username="bob", Password="Passw0rd!x",
                                   Permanent=True)
    for password in ("Passw0rd!x", "wrong-one", "Passw0rd!x"):
        try:
            client.admin_initiate_auth(UserPoolId=pool_id, ClientId=app["ClientId"],
                                       AuthFlow="ADMIN_USER_PASSWORD_AUTH", AuthParameters={
                                           "USERNAME": "bob", "PASSWORD": password})
        except botocore.exceptions.ClientError as error:
            assert error.response["Error"]["Code"] == "NotAuthorizedException"
    first = client.admin_list_user_auth_events(UserPoolId=pool_id, Username="bob", MaxResults=2)
    rest = client.admin_list_user_auth_events(UserPoolId=pool_id, Username="bob", MaxResults=2,
                                              NextToken=first["NextToken"])
    events = first["AuthEvents"] + rest["AuthEvents"]
    assert [e["EventResponse"] for e in events] == ["Pass", "Fail", "Pass"]  # newest first
    assert {e["EventType"] for e in events} == {"SignIn"} and "NextToken" not in rest
    client.admin_update_auth_event_feedback(UserPoolId=pool_id, Username="bob",
                                            EventId=events[1]["EventId"], FeedbackValue="Invalid")
    again = client.admin_list_user_auth_events(UserPoolId=pool_id, Username="bob")["AuthEvents"]
    assert again[1]["EventFeedback"]["FeedbackValue"] == "Invalid"
    assert again[1]["EventFeedback"]["Provider"] == "Admin"
    for call, code in [
        (lambda: client.admin_update_auth_event_feedback(
            UserPoolId=pool_id, Username="bob", EventId="nope", FeedbackValue="Valid"),
         "ResourceNotFoundException"),
        (lambda: client.update_auth_event_feedback(
            UserPoolId=pool_id, Username="bob", EventId=events[0]["EventId"],
            FeedbackToken="guessed", FeedbackValue="Valid"), "NotAuthorizedException"),
        (lambda: client.admin_list_user_auth_events(UserPoolId=pool_id, Username="ann"),
         "UserNotFoundException")]:
        with pytest.raises(botocore.exceptions.ClientError) as raised:
            call()
        assert raised.value.response["Error"]["Code"] == code


def test_a_pool_without_threat_protection_keeps_no_events(cognito, ids):
    pool_id, _ = ids
    cognito.admin_create_user(UserPoolId=pool_id, Username="bob", MessageAction="SUPPRESS")
    assert error_of(lambda: cognito.admin_list_user_auth_events(
        UserPoolId=pool_id, Username="bob")) == (
        "UserPoolAddOnNotEnabledException",
        "Advanced security features are not enabled for this user pool.")


def test_a_client_token_is_a_signed_m2m_access_token_for_the_clients_scopes(cognito, ids):
    pool_id, public_id = ids
    for name in ("read", "write"):
        cognito.create_resource_server(UserPoolId=pool_id, Identifier=f"api-{name}", Name=name,
                                       Scopes=[{"ScopeName": name, "ScopeDescription": name}])
    made = cognito.create_user_pool_client(
        UserPoolId=pool_id, ClientName="m2m", GenerateSecret=True,
        AllowedOAuthFlows=["client_credentials"], AllowedOAuthFlowsUserPoolClient=True,
        AllowedOAuthScopes=["api-read/read", "api-write/write"])["UserPoolClient"]
    client_id, secret = made["ClientId"], made["ClientSecret"]
    result = cognito.get_client_token(ClientId=client_id, Secret=secret,
                                      Scopes=["api-read/read"])["ClientAuthenticationResult"]
    assert result["TokenType"] == "Bearer" and result["ExpiresIn"] == 3600
    keys = KeySet.import_key_set(cognito._engine.jwks(pool_id))
    claims = jwt.decode(result["AccessToken"], keys).claims
    assert claims["client_id"] == claims["sub"] == client_id and "username" not in claims
    assert claims["scope"] == "api-read/read" and claims["token_use"] == "access"
    assert claims["iss"] == f"https://cognito-idp.us-east-1.amazonaws.com/{pool_id}"
    every = cognito.get_client_token(ClientId=client_id, Secret=secret)
    assert jwt.decode(every["ClientAuthenticationResult"]["AccessToken"], keys).claims[
        "scope"] == "api-read/read api-write/write"
    # An M2M token names no user: it is no credential for a user's own operations.
    assert error_of(lambda: cognito.get_user(AccessToken=result["AccessToken"]))[0] == \
        "NotAuthorizedException"
    assert error_of(lambda: cognito.get_client_token(
        ClientId=client_id, Secret=secret, Scopes=["openid"]))[0] == "InvalidParameterException"
    assert error_of(lambda: cognito.get_client_token(
        ClientId=public_id, Secret="n" * 32))[0] == "NotAuthorizedException"


def test_state_survives_a_restart_with_a_data_dir(tmp_path):
    server = ServerProcess("--data-dir", str(tmp_path))
    client = boto3_compat.client(server.address, region_name="us-east-1")
    try:
        pool_id = client.create_user_pool(PoolName="kept")["UserPool"]["Id"]
        client_id = client.create_user_pool_client(
            UserPoolId=pool_id, ClientName="c")["UserPoolClient"]["ClientId"]
        terms_id = client.create_terms(**_terms(pool_id, client_id))["Terms"]["TermsId"]
        client.set_log_delivery_configuration(UserPoolId=pool_id, LogConfigurations=LOG_CONFIG)
        certificate = client.get_signing_certificate(UserPoolId=pool_id)["Certificate"]
    finally:
        client.close()
        server.stop()
    server = ServerProcess("--data-dir", str(tmp_path))
    client = boto3_compat.client(server.address, region_name="us-east-1")
    try:
        assert client.describe_terms(UserPoolId=pool_id, TermsId=terms_id)["Terms"][
            "Links"] == LINKS
        assert client.get_log_delivery_configuration(UserPoolId=pool_id)[
            "LogDeliveryConfiguration"]["LogConfigurations"] == LOG_CONFIG
        assert client.get_signing_certificate(UserPoolId=pool_id)["Certificate"] == certificate
    finally:
        client.close()
        server.stop()
