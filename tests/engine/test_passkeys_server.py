"""Passkeys and USER_AUTH through a real server on loopback, with the boto3-compatible client:
soft-webauthn registers a passkey (StartWebAuthnRegistration -> authenticator ->
CompleteWebAuthnRegistration) and signs in with USER_AUTH / WEB_AUTHN; a tampered assertion
is refused; EMAIL_OTP's code is read from the engine's outbox (its store in the data dir,
read-only, until the outbox has an RPC of its own)."""

from __future__ import annotations

import json
import sqlite3

import botocore.exceptions
import pytest

from cognito_grpc.engine import Engine, store
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.engine import seed
from tests.engine.passkey_device import Passkey, from_b64url, to_b64url

RP = "login.example.org"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("passkey-data")
    engine = Engine(str(data_dir))
    try:
        pool = seed.pool(engine, Policies={"SignInPolicy": {
            "AllowedFirstAuthFactors": ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]}})
        engine.client("us-east-1").set_user_pool_mfa_config(
            UserPoolId=pool["Id"], MfaConfiguration="OFF",
            WebAuthnConfiguration={"RelyingPartyId": RP, "UserVerification": "preferred"})
        app = seed.app_client(engine, pool["Id"],
                              ExplicitAuthFlows=[*seed.ALL_FLOWS, "ALLOW_USER_AUTH"])
        seed.user(engine, pool["Id"])
    finally:
        engine.close()
    server = ServerProcess("--data-dir", str(data_dir))
    try:
        yield server, data_dir, pool["Id"], app["ClientId"]
    finally:
        server.stop()


@pytest.fixture(scope="module")
def compat(seeded):
    client = boto3_compat.client(seeded[0].address, region_name="us-east-1")
    yield client
    client.close()


def _error(call) -> str:
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        call()
    return raised.value.response["Error"]["Code"]


def _user_auth(compat, client_id, **parameters):
    return compat.initiate_auth(ClientId=client_id, AuthFlow="USER_AUTH",
                                AuthParameters={"USERNAME": "alice", **parameters})


def _respond(compat, client_id, name, session, **answers):
    return compat.respond_to_auth_challenge(
        ClientId=client_id, ChallengeName=name, Session=session,
        ChallengeResponses={"USERNAME": "alice", **answers})


def test_passkey_registration_and_sign_in(seeded, compat):
    _, _, _, client_id = seeded
    first = _user_auth(compat, client_id)
    assert first["ChallengeName"] == "SELECT_CHALLENGE"
    assert first["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"]
    access = _respond(compat, client_id, "SELECT_CHALLENGE", first["Session"],
                      ANSWER="PASSWORD", PASSWORD=seed.PASSWORD
                      )["AuthenticationResult"]["AccessToken"]
    passkey = Passkey(f"https://{RP}")
    options = compat.start_web_authn_registration(AccessToken=access)
    assert options["CredentialCreationOptions"]["rp"]["id"] == RP
    compat.complete_web_authn_registration(
        AccessToken=access, Credential=passkey.register(options["CredentialCreationOptions"]))
    listed = compat.list_web_authn_credentials(AccessToken=access)["Credentials"]
    assert [c["RelyingPartyId"] for c in listed] == [RP]
    assert "WEB_AUTHN" in _user_auth(compat, client_id)["AvailableChallenges"]

    challenge = _user_auth(compat, client_id, PREFERRED_CHALLENGE="WEB_AUTHN")
    assert challenge["ChallengeName"] == "WEB_AUTHN"
    request = json.loads(challenge["ChallengeParameters"]["CREDENTIAL_REQUEST_OPTIONS"])
    assertion = passkey.sign(request)
    tampered = json.loads(json.dumps(assertion))
    data = bytearray(from_b64url(tampered["response"]["authenticatorData"]))
    data[33] ^= 0xFF  # the sign count: the signature no longer covers it
    tampered["response"]["authenticatorData"] = to_b64url(bytes(data))
    assert _error(lambda: _respond(compat, client_id, "WEB_AUTHN", challenge["Session"],
                                   CREDENTIAL=json.dumps(tampered))) == "NotAuthorizedException"

    challenge = _user_auth(compat, client_id, PREFERRED_CHALLENGE="WEB_AUTHN")
    request = json.loads(challenge["ChallengeParameters"]["CREDENTIAL_REQUEST_OPTIONS"])
    result = _respond(compat, client_id, "WEB_AUTHN", challenge["Session"],
                      CREDENTIAL=json.dumps(passkey.sign(request)))
    tokens = result["AuthenticationResult"]
    assert compat.get_user(AccessToken=tokens["AccessToken"])["Username"] == "alice"
    factors = compat.get_user_auth_factors(AccessToken=tokens["AccessToken"])
    assert factors["ConfiguredUserAuthFactors"] == ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]


def _last_code(data_dir, pool_id) -> str:
    with sqlite3.connect(f"file:{data_dir / store.FILE_NAME}?mode=ro", uri=True) as db:
        row = db.execute("SELECT doc FROM outbox WHERE pool_id = ? AND username = ? "
                         "ORDER BY seq DESC LIMIT 1", (pool_id, "alice")).fetchone()
    return json.loads(row[0])["Code"]


def test_email_otp_code_from_the_outbox(seeded, compat):
    _, data_dir, pool_id, client_id = seeded
    challenge = _user_auth(compat, client_id, PREFERRED_CHALLENGE="EMAIL_OTP")
    assert challenge["ChallengeName"] == "EMAIL_OTP"
    code = _last_code(data_dir, pool_id)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert _error(lambda: _respond(compat, client_id, "EMAIL_OTP", challenge["Session"],
                                   EMAIL_OTP_CODE=wrong)) == "CodeMismatchException"
    result = _respond(compat, client_id, "EMAIL_OTP", challenge["Session"],
                      EMAIL_OTP_CODE=code)
    assert "AccessToken" in result["AuthenticationResult"]
