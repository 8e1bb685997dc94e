"""USER_AUTH, choice-based sign-in, by direct engine calls: SELECT_CHALLENGE lists what the
user can use, PREFERRED_CHALLENGE goes straight to it, and each factor (PASSWORD,
PASSWORD_SRP, EMAIL_OTP from the outbox, WEB_AUTHN through soft-webauthn) signs in; wrong
answers are refused."""

from __future__ import annotations

import json

import pytest
from pycognito.aws_srp import AWSSRP

from tests.engine import seed
from tests.engine.helpers import error_of
from tests.engine.passkey_device import Passkey, from_b64url, to_b64url

RP = "auth.example.com"
ORIGIN = f"https://{RP}"


@pytest.fixture
def setup(engine, cognito, pool):
    cognito.update_user_pool(UserPoolId=pool["Id"], Policies={"SignInPolicy": {
        "AllowedFirstAuthFactors": ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]}})
    cognito.set_user_pool_mfa_config(UserPoolId=pool["Id"], MfaConfiguration="OFF",
                                     WebAuthnConfiguration={"RelyingPartyId": RP})
    app = seed.app_client(engine, pool["Id"],
                          ExplicitAuthFlows=[*seed.ALL_FLOWS, "ALLOW_USER_AUTH"])
    seed.user(engine, pool["Id"])
    return pool["Id"], app["ClientId"]


def _start(cognito, client_id, **parameters):
    return cognito.initiate_auth(ClientId=client_id, AuthFlow="USER_AUTH",
                                 AuthParameters={"USERNAME": "alice", **parameters})


def _respond(cognito, client_id, name, session, **answers):
    return cognito.respond_to_auth_challenge(
        ClientId=client_id, ChallengeName=name, Session=session,
        ChallengeResponses={"USERNAME": "alice", **answers})


def _passkey(cognito, client_id):
    token = cognito.initiate_auth(
        ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": seed.PASSWORD}
    )["AuthenticationResult"]["AccessToken"]
    passkey = Passkey(ORIGIN)
    options = cognito.start_web_authn_registration(AccessToken=token)
    cognito.complete_web_authn_registration(
        AccessToken=token, Credential=passkey.register(options["CredentialCreationOptions"]))
    return passkey


def test_select_challenge_lists_what_the_user_can_use(cognito, setup):
    _, client_id = setup
    first = _start(cognito, client_id)
    assert first["ChallengeName"] == "SELECT_CHALLENGE"
    assert first["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"]
    _passkey(cognito, client_id)
    assert _start(cognito, client_id)["AvailableChallenges"] == [
        "PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "WEB_AUTHN"]


def test_not_allowed_without_allow_user_auth(engine, cognito, pool):
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"])
    code, _ = error_of(lambda: _start(cognito, app["ClientId"]))
    assert code == "InvalidParameterException"


def test_password_chosen_then_given(cognito, setup):
    _, client_id = setup
    first = _start(cognito, client_id)
    code, _ = error_of(lambda: _respond(cognito, client_id, "SELECT_CHALLENGE",
                                        first["Session"], ANSWER="PASSWORD",
                                        PASSWORD="wrong-Passw0rd!"))
    assert code == "NotAuthorizedException"
    first = _start(cognito, client_id)
    result = _respond(cognito, client_id, "SELECT_CHALLENGE", first["Session"],
                      ANSWER="PASSWORD", PASSWORD=seed.PASSWORD)
    assert "AccessToken" in result["AuthenticationResult"]


def test_preferred_password(cognito, setup):
    _, client_id = setup
    result = _start(cognito, client_id, PREFERRED_CHALLENGE="PASSWORD",
                    PASSWORD=seed.PASSWORD)
    assert "AccessToken" in result["AuthenticationResult"]


def test_password_srp_by_choice(cognito, setup):
    pool_id, client_id = setup
    aws = AWSSRP(username="alice", password=seed.PASSWORD, pool_id=pool_id,
                 client_id=client_id, client=cognito)
    first = _start(cognito, client_id)
    verifier = _respond(cognito, client_id, "SELECT_CHALLENGE", first["Session"],
                        ANSWER="PASSWORD_SRP", SRP_A=aws.get_auth_params()["SRP_A"])
    assert verifier["ChallengeName"] == "PASSWORD_VERIFIER"
    answers = aws.process_challenge(verifier["ChallengeParameters"], {"USERNAME": "alice"})
    result = cognito.respond_to_auth_challenge(ClientId=client_id,
                                               ChallengeName="PASSWORD_VERIFIER",
                                               ChallengeResponses=answers)
    assert "AccessToken" in result["AuthenticationResult"]


def test_email_otp_from_the_outbox(engine, cognito, setup):
    pool_id, client_id = setup
    challenge = _start(cognito, client_id, PREFERRED_CHALLENGE="EMAIL_OTP")
    assert challenge["ChallengeName"] == "EMAIL_OTP"
    assert challenge["ChallengeParameters"]["CODE_DELIVERY_DELIVERY_MEDIUM"] == "EMAIL"
    code = seed.outbox(engine, pool_id, "alice")[-1]["Code"]
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    error, _ = error_of(lambda: _respond(cognito, client_id, "EMAIL_OTP",
                                         challenge["Session"], EMAIL_OTP_CODE=wrong))
    assert error == "CodeMismatchException"
    result = _respond(cognito, client_id, "EMAIL_OTP", challenge["Session"],
                      EMAIL_OTP_CODE=code)
    assert "AccessToken" in result["AuthenticationResult"]


def test_web_authn_signs_in_and_a_tampered_assertion_is_refused(cognito, setup):
    _, client_id = setup
    passkey = _passkey(cognito, client_id)
    challenge = _start(cognito, client_id, PREFERRED_CHALLENGE="WEB_AUTHN")
    assert challenge["ChallengeName"] == "WEB_AUTHN"
    options = json.loads(challenge["ChallengeParameters"]["CREDENTIAL_REQUEST_OPTIONS"])
    assert options["rpId"] == RP and len(options["allowCredentials"]) == 1
    assertion = passkey.sign(options)
    tampered = json.loads(json.dumps(assertion))
    signature = bytearray(from_b64url(tampered["response"]["signature"]))
    signature[-1] ^= 1
    tampered["response"]["signature"] = to_b64url(bytes(signature))
    code, _ = error_of(lambda: _respond(cognito, client_id, "WEB_AUTHN", challenge["Session"],
                                        CREDENTIAL=json.dumps(tampered)))
    assert code == "NotAuthorizedException"
    challenge = _start(cognito, client_id, PREFERRED_CHALLENGE="WEB_AUTHN")
    options = json.loads(challenge["ChallengeParameters"]["CREDENTIAL_REQUEST_OPTIONS"])
    result = _respond(cognito, client_id, "WEB_AUTHN", challenge["Session"],
                      CREDENTIAL=json.dumps(passkey.sign(options)))
    assert "AccessToken" in result["AuthenticationResult"]


def test_an_unavailable_choice_is_refused(cognito, setup):
    _, client_id = setup
    first = _start(cognito, client_id)
    code, _ = error_of(lambda: _respond(cognito, client_id, "SELECT_CHALLENGE",
                                        first["Session"], ANSWER="WEB_AUTHN"))
    assert code == "InvalidParameterException"



def test_auth_factors_follow_what_the_user_set_up(cognito, setup):
    pool_id, client_id = setup
    admin = cognito.admin_get_user_auth_factors(UserPoolId=pool_id, Username="alice")
    assert admin == {"Username": "alice", "ConfiguredUserAuthFactors": ["PASSWORD", "EMAIL_OTP"],
                     "ResponseMetadata": admin["ResponseMetadata"]}
    _passkey(cognito, client_id)
    token = _start(cognito, client_id, PREFERRED_CHALLENGE="PASSWORD", PASSWORD=seed.PASSWORD
                   )["AuthenticationResult"]["AccessToken"]
    own = cognito.get_user_auth_factors(AccessToken=token)
    assert own["ConfiguredUserAuthFactors"] == ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]
    code, _ = error_of(lambda: cognito.admin_get_user_auth_factors(UserPoolId=pool_id,
                                                                   Username="nobody"))
    assert code == "UserNotFoundException"


def test_sms_otp_through_admin_initiate_auth(engine, cognito, pool):
    cognito.update_user_pool(UserPoolId=pool["Id"], Policies={"SignInPolicy": {
        "AllowedFirstAuthFactors": ["PASSWORD", "SMS_OTP"]}})
    app = seed.app_client(engine, pool["Id"],
                          ExplicitAuthFlows=[*seed.ALL_FLOWS, "ALLOW_USER_AUTH"])
    seed.user(engine, pool["Id"], attributes={"phone_number": "+15555550123",
                                              "phone_number_verified": "true"})
    first = cognito.admin_initiate_auth(UserPoolId=pool["Id"], ClientId=app["ClientId"],
                                        AuthFlow="USER_AUTH",
                                        AuthParameters={"USERNAME": "alice"})
    assert first["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP", "SMS_OTP"]
    challenge = cognito.admin_respond_to_auth_challenge(
        UserPoolId=pool["Id"], ClientId=app["ClientId"], ChallengeName="SELECT_CHALLENGE",
        Session=first["Session"], ChallengeResponses={"USERNAME": "alice", "ANSWER": "SMS_OTP"})
    assert challenge["ChallengeName"] == "SMS_OTP"
    assert challenge["ChallengeParameters"] == {"CODE_DELIVERY_DELIVERY_MEDIUM": "SMS",
                                                "CODE_DELIVERY_DESTINATION": "+*******0123"}
    sent = seed.outbox(engine, pool["Id"], "alice")[-1]
    assert sent["Destination"]["DeliveryMedium"] == "SMS"
    result = cognito.admin_respond_to_auth_challenge(
        UserPoolId=pool["Id"], ClientId=app["ClientId"], ChallengeName="SMS_OTP",
        Session=challenge["Session"],
        ChallengeResponses={"USERNAME": "alice", "SMS_OTP_CODE": sent["Code"]})
    assert "AccessToken" in result["AuthenticationResult"]


def test_a_wrong_preferred_password_is_counted(engine, cognito, setup):
    pool_id, client_id = setup
    code, message = error_of(lambda: _start(cognito, client_id, PREFERRED_CHALLENGE="PASSWORD",
                                            PASSWORD="Wr0ng-Horse!"))
    assert (code, message) == ("NotAuthorizedException", "Incorrect username or password.")
    assert seed.stored_user(engine, pool_id, "alice")["FailedSignIns"]["Count"] == 1
