"""Sign-in through a real server on loopback: pycognito's SRP and pyotp through the
boto3-compatible client, raw stubs for the rest, and VerifyToken accepting what the engine
issued. The pool, the app client and the users are seeded in a data dir first."""

from __future__ import annotations

import botocore.exceptions
import grpc
import pyotp
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc
from cognito.tokens.v1 import token_verifier_pb2, token_verifier_pb2_grpc
from pycognito.aws_srp import AWSSRP

from cognito_grpc.engine import Engine
from cognito_grpc_client import boto3_compat, error_info
from tests.conftest import ServerProcess
from tests.engine import seed


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("auth-data")
    engine = Engine(str(data_dir))
    try:
        pool = seed.pool(engine)
        app = seed.app_client(engine, pool["Id"])
        seed.user(engine, pool["Id"])
        seed.user(engine, pool["Id"], "tina")
        engine.client("us-east-1").set_user_pool_mfa_config(
            UserPoolId=pool["Id"], MfaConfiguration="OPTIONAL",
            SoftwareTokenMfaConfiguration={"Enabled": True})
    finally:
        engine.close()
    server = ServerProcess("--data-dir", str(data_dir), "--jwt-client-ids", app["ClientId"])
    try:
        yield server, pool["Id"], app["ClientId"]
    finally:
        server.stop()


@pytest.fixture(scope="module")
def compat(seeded):
    client = boto3_compat.client(seeded[0].address, region_name="us-east-1")
    yield client
    client.close()


@pytest.fixture(scope="module")
def channel(seeded):
    with grpc.insecure_channel(seeded[0].address) as channel:
        yield channel


def test_pycognito_srp_signs_in_through_the_server_and_a_wrong_password_is_refused(seeded,
                                                                                    compat):
    _, pool_id, client_id = seeded
    srp = AWSSRP(username="alice", password=seed.PASSWORD, pool_id=pool_id,
                 client_id=client_id, client=compat)
    tokens = srp.authenticate_user()["AuthenticationResult"]
    assert compat.get_user(AccessToken=tokens["AccessToken"])["Username"] == "alice"
    wrong = AWSSRP(username="alice", password="Wr0ng-Horse!", pool_id=pool_id,
                   client_id=client_id, client=compat)
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        wrong.authenticate_user()
    assert raised.value.response["Error"]["Code"] == "NotAuthorizedException"
    assert raised.value.response["Error"]["Message"] == "Incorrect username or password."


def test_totp_enrolment_and_sign_in_through_the_server(seeded, compat):
    _, pool_id, client_id = seeded
    auth = dict(UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                AuthParameters={"USERNAME": "tina", "PASSWORD": seed.PASSWORD})
    access = compat.admin_initiate_auth(**auth)["AuthenticationResult"]["AccessToken"]
    totp = pyotp.TOTP(compat.associate_software_token(AccessToken=access)["SecretCode"])
    assert compat.verify_software_token(AccessToken=access, UserCode=totp.now())["Status"] == \
        "SUCCESS"
    compat.set_user_mfa_preference(AccessToken=access, SoftwareTokenMfaSettings={
        "Enabled": True, "PreferredMfa": True})
    challenge = compat.admin_initiate_auth(**auth)
    assert challenge["ChallengeName"] == "SOFTWARE_TOKEN_MFA"
    respond = dict(ClientId=client_id, ChallengeName="SOFTWARE_TOKEN_MFA",
                   Session=challenge["Session"])
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        compat.respond_to_auth_challenge(**respond, ChallengeResponses={
            "USERNAME": "tina", "SOFTWARE_TOKEN_MFA_CODE": "12345x"})
    assert raised.value.response["Error"]["Code"] == "CodeMismatchException"
    result = compat.respond_to_auth_challenge(**respond, ChallengeResponses={
        "USERNAME": "tina", "SOFTWARE_TOKEN_MFA_CODE": totp.now()})
    assert compat.get_user(AccessToken=result["AuthenticationResult"]["AccessToken"])[
        "PreferredMfaSetting"] == "SOFTWARE_TOKEN_MFA"


def test_raw_stubs_sign_in_revoke_and_verify(seeded, channel):
    _, pool_id, client_id = seeded
    stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
    response = stub.AdminInitiateAuth(messages_pb2.AdminInitiateAuthRequest(
        user_pool_id=pool_id, client_id=client_id,
        auth_flow="AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH",
        auth_parameters={"USERNAME": "alice", "PASSWORD": seed.PASSWORD}), timeout=10)
    result = response.authentication_result
    assert result.token_type == "Bearer" and result.expires_in == 3600

    verifier = token_verifier_pb2_grpc.TokenVerifierServiceStub(channel)
    verified = verifier.VerifyToken(token_verifier_pb2.VerifyTokenRequest(
        token=result.access_token, user_pool_id=pool_id), timeout=10)
    assert verified.valid, verified.message
    assert verified.claims["username"] == "alice"

    stub.RevokeToken(messages_pb2.RevokeTokenRequest(token=result.refresh_token,
                                                     client_id=client_id), timeout=10)
    with pytest.raises(grpc.RpcError) as raised:
        stub.GetUser(messages_pb2.GetUserRequest(access_token=result.access_token), timeout=10)
    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert raised.value.details() == "Access Token has been revoked"
    assert error_info(raised.value).reason == "NOT_AUTHORIZED"


def test_missing_auth_parameters_are_invalid_argument_through_the_server(seeded, channel):
    _, pool_id, client_id = seeded
    stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
    with pytest.raises(grpc.RpcError) as raised:
        stub.AdminInitiateAuth(messages_pb2.AdminInitiateAuthRequest(
            user_pool_id=pool_id, client_id=client_id,
            auth_flow="AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH"), timeout=10)
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details() == "Missing required parameter USERNAME"


def test_a_user_created_with_a_temporary_password_sent_nowhere_signs_in_only_once_set(
        seeded, compat):
    """AdminCreateUser with MessageAction SUPPRESS and no TemporaryPassword: Cognito makes up
    a password and shows it to no one. The user has a password (the PASSWORD factor), no
    password signs in, by either flow, until an administrator sets one."""
    _, pool_id, client_id = seeded
    compat.admin_create_user(UserPoolId=pool_id, Username="quiet", MessageAction="SUPPRESS")
    user = compat.admin_get_user(UserPoolId=pool_id, Username="quiet")
    assert user["UserStatus"] == "FORCE_CHANGE_PASSWORD"
    factors = compat.admin_get_user_auth_factors(UserPoolId=pool_id, Username="quiet")
    assert "PASSWORD" in factors.get("ConfiguredUserAuthFactors", [])
    for password in (seed.PASSWORD, ""):
        with pytest.raises(botocore.exceptions.ClientError) as raised:
            AWSSRP(username="quiet", password=password, pool_id=pool_id, client_id=client_id,
                   client=compat).authenticate_user()
        assert raised.value.response["Error"]["Code"] == "NotAuthorizedException"
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        compat.admin_initiate_auth(UserPoolId=pool_id, ClientId=client_id,
                                   AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                                   AuthParameters={"USERNAME": "quiet", "PASSWORD": seed.PASSWORD})
    assert raised.value.response["Error"]["Message"] == "Incorrect username or password."
    compat.admin_set_user_password(UserPoolId=pool_id, Username="quiet",
                                   Password=seed.PASSWORD, Permanent=True)
    tokens = AWSSRP(username="quiet", password=seed.PASSWORD, pool_id=pool_id,
                    client_id=client_id, client=compat).authenticate_user()
    assert tokens["AuthenticationResult"]["AccessToken"]
