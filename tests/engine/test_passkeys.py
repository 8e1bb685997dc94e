"""Passkeys: registration (StartWebAuthnRegistration -> soft-webauthn ->
CompleteWebAuthnRegistration), listing and deletion, by direct engine calls. Attestation is
checked by py_webauthn: a tampered or foreign credential is refused."""

from __future__ import annotations

import pytest

from tests.engine import seed
from tests.engine.helpers import error_of
from tests.engine.passkey_device import Passkey

RP = "auth.example.com"
ORIGIN = f"https://{RP}"


def _passkey_pool(cognito, pool_id, **webauthn):
    cognito.update_user_pool(UserPoolId=pool_id, Policies={"SignInPolicy": {
        "AllowedFirstAuthFactors": ["PASSWORD", "WEB_AUTHN", "EMAIL_OTP"]}})
    cognito.set_user_pool_mfa_config(UserPoolId=pool_id, MfaConfiguration="OFF",
                                     WebAuthnConfiguration={"RelyingPartyId": RP, **webauthn})


@pytest.fixture
def signed_in(engine, cognito, pool):
    _passkey_pool(cognito, pool["Id"])
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"])
    result = cognito.admin_initiate_auth(
        UserPoolId=pool["Id"], ClientId=app["ClientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": seed.PASSWORD})
    return result["AuthenticationResult"]["AccessToken"], app


def _register(cognito, token, passkey=None):
    passkey = passkey or Passkey(ORIGIN)
    options = cognito.start_web_authn_registration(AccessToken=token)
    cognito.complete_web_authn_registration(
        AccessToken=token, Credential=passkey.register(options["CredentialCreationOptions"]))
    return passkey


def test_registration_options_name_the_relying_party_and_user(cognito, signed_in):
    options = cognito.start_web_authn_registration(AccessToken=signed_in[0])[
        "CredentialCreationOptions"]
    assert options["rp"]["id"] == RP
    assert options["user"]["name"] == "alice"
    assert options["authenticatorSelection"]["userVerification"] == "preferred"
    assert options["authenticatorSelection"]["residentKey"] == "required"
    assert {"type": "public-key", "alg": -7} in options["pubKeyCredParams"]
    assert len(options["challenge"]) >= 22


def test_register_list_delete(cognito, signed_in):
    token = signed_in[0]
    _register(cognito, token)
    listed = cognito.list_web_authn_credentials(AccessToken=token)["Credentials"]
    assert len(listed) == 1
    assert listed[0]["RelyingPartyId"] == RP
    assert listed[0]["AuthenticatorAttachment"] == "platform"
    assert listed[0]["AuthenticatorTransports"] == ["internal"]
    cognito.delete_web_authn_credential(AccessToken=token,
                                        CredentialId=listed[0]["CredentialId"])
    assert cognito.list_web_authn_credentials(AccessToken=token)["Credentials"] == []
    code, _ = error_of(lambda: cognito.delete_web_authn_credential(
        AccessToken=token, CredentialId=listed[0]["CredentialId"]))
    assert code == "ResourceNotFoundException"


def test_list_pages(cognito, signed_in):
    token = signed_in[0]
    for _ in range(3):
        _register(cognito, token)
    first = cognito.list_web_authn_credentials(AccessToken=token, MaxResults=2)
    assert len(first["Credentials"]) == 2
    rest = cognito.list_web_authn_credentials(AccessToken=token, MaxResults=2,
                                              NextToken=first["NextToken"])
    assert len(rest["Credentials"]) == 1 and "NextToken" not in rest
    ids = [c["CredentialId"] for c in first["Credentials"] + rest["Credentials"]]
    assert len(set(ids)) == 3


def test_tampered_attestation_is_refused(cognito, signed_in):
    token = signed_in[0]
    options = cognito.start_web_authn_registration(AccessToken=token)
    credential = Passkey(ORIGIN).register(options["CredentialCreationOptions"])
    other = cognito.start_web_authn_registration(AccessToken=token)  # a new challenge
    assert other["CredentialCreationOptions"]["challenge"] != \
        options["CredentialCreationOptions"]["challenge"]
    code, _ = error_of(lambda: cognito.complete_web_authn_registration(
        AccessToken=token, Credential=credential))
    assert code == "WebAuthnChallengeNotFoundException"
    assert cognito.list_web_authn_credentials(AccessToken=token)["Credentials"] == []


def test_foreign_origin_is_refused(cognito, signed_in):
    token = signed_in[0]
    options = cognito.start_web_authn_registration(AccessToken=token)
    credential = Passkey("https://evil.example.net").register(
        options["CredentialCreationOptions"])
    code, _ = error_of(lambda: cognito.complete_web_authn_registration(
        AccessToken=token, Credential=credential))
    assert code == "WebAuthnOriginNotAllowedException"


def test_required_user_verification_refuses_a_presence_only_key(cognito, pool, signed_in):
    cognito.set_user_pool_mfa_config(UserPoolId=pool["Id"], MfaConfiguration="OFF",
                                     WebAuthnConfiguration={"RelyingPartyId": RP,
                                                            "UserVerification": "required"})
    token = signed_in[0]
    options = cognito.start_web_authn_registration(AccessToken=token)
    credential = Passkey(ORIGIN).register(options["CredentialCreationOptions"])
    code, _ = error_of(lambda: cognito.complete_web_authn_registration(
        AccessToken=token, Credential=credential))
    assert code == "InvalidParameterException"


def test_complete_without_start(cognito, signed_in):
    code, _ = error_of(lambda: cognito.complete_web_authn_registration(
        AccessToken=signed_in[0], Credential={"id": "x"}))
    assert code == "WebAuthnChallengeNotFoundException"


def test_not_enabled_and_no_relying_party(engine, cognito, pool):
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"])
    token = cognito.admin_initiate_auth(
        UserPoolId=pool["Id"], ClientId=app["ClientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": seed.PASSWORD}
    )["AuthenticationResult"]["AccessToken"]
    code, _ = error_of(lambda: cognito.start_web_authn_registration(AccessToken=token))
    assert code == "WebAuthnNotEnabledException"
    cognito.update_user_pool(UserPoolId=pool["Id"], Policies={"SignInPolicy": {
        "AllowedFirstAuthFactors": ["PASSWORD", "WEB_AUTHN"]}})
    code, _ = error_of(lambda: cognito.start_web_authn_registration(AccessToken=token))
    assert code == "WebAuthnConfigurationMissingException"
    cognito.create_user_pool_domain(UserPoolId=pool["Id"], Domain="passkeys-test")
    options = cognito.start_web_authn_registration(AccessToken=token)
    assert options["CredentialCreationOptions"]["rp"]["id"] == \
        "passkeys-test.auth.us-east-1.amazoncognito.com"
