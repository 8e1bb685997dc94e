"""The last operations the engine took on: AdminDeleteSoftwareToken, GetDerivedToken (token
exchange) and the provisioned limits."""

from __future__ import annotations

import pyotp
import pytest

from cognito_grpc.engine import Engine
from tests.engine import seed
from tests.engine.seed import admin_auth, claims_of, error_of

LIMIT = {"LimitClass": "API_CATEGORY", "Attributes": {"Category": "UserCreation"}}


@pytest.fixture
def alice(engine, pool):
    return seed.user(engine, pool["Id"])


@pytest.fixture
def app(engine, pool):
    return seed.app_client(engine, pool["Id"])


def tokens_of(cognito, pool, app) -> dict:
    return admin_auth(cognito, pool, app)["AuthenticationResult"]


# --- AdminDeleteSoftwareToken -----------------------------------------------------------

def test_a_deleted_software_token_is_no_factor_and_can_be_registered_again(
        engine, cognito, pool, app, alice, clock):
    access = tokens_of(cognito, pool, app)["AccessToken"]
    secret = cognito.associate_software_token(AccessToken=access)["SecretCode"]
    cognito.verify_software_token(AccessToken=access, UserCode=pyotp.TOTP(secret).at(clock.now))
    cognito.admin_set_user_mfa_preference(UserPoolId=pool["Id"], Username="alice",
                                          SoftwareTokenMfaSettings={"Enabled": True,
                                                                    "PreferredMfa": True})
    assert "SOFTWARE_TOKEN_MFA" in cognito.admin_get_user(
        UserPoolId=pool["Id"], Username="alice")["UserMFASettingList"]
    cognito.admin_delete_software_token(UserPoolId=pool["Id"], Username="alice")
    user = cognito.admin_get_user(UserPoolId=pool["Id"], Username="alice")
    assert "UserMFASettingList" not in user and "PreferredMfaSetting" not in user
    assert "AuthenticationResult" in admin_auth(cognito, pool, app)  # no TOTP asked
    assert error_of(lambda: cognito.admin_delete_software_token(
        UserPoolId=pool["Id"], Username="alice"))[0] == "ResourceNotFoundException"
    assert error_of(lambda: cognito.admin_delete_software_token(
        UserPoolId=pool["Id"], Username="nobody"))[0] == "UserNotFoundException"
    again = cognito.associate_software_token(AccessToken=access)["SecretCode"]
    assert again != secret


# --- GetDerivedToken --------------------------------------------------------------------

def test_a_derived_access_token_is_the_users_narrowed_and_revoked_with_its_sign_in(
        engine, cognito, pool, app, alice):
    result = tokens_of(cognito, pool, app)
    subject = claims_of(engine, pool["Id"], result["AccessToken"])
    derived = cognito.get_derived_token(ClientId=app["ClientId"],
                                        SubjectToken=result["AccessToken"],
                                        SubjectTokenType="ACCESS_TOKEN",
                                        Audiences=["https://orders.example.com"])
    assert (derived["IssuedTokenType"], derived["TokenType"]) == ("ACCESS_TOKEN", "Bearer")
    claims = claims_of(engine, pool["Id"], derived["IssuedToken"])
    assert claims["sub"] == subject["sub"] and claims["username"] == "alice"
    assert claims["aud"] == "https://orders.example.com"
    assert claims["scope"] == subject["scope"] and derived["Scopes"] == subject["scope"].split()
    assert claims["jti"] != subject["jti"] and derived["ExpiresIn"] == 3600
    assert cognito.get_user(AccessToken=derived["IssuedToken"])["Username"] == "alice"
    cognito.revoke_token(Token=result["RefreshToken"], ClientId=app["ClientId"])
    assert error_of(lambda: cognito.get_user(AccessToken=derived["IssuedToken"])) == (
        "NotAuthorizedException", "Access Token has been revoked")


def test_an_actor_and_an_id_token(engine, cognito, pool, app, alice):
    result = tokens_of(cognito, pool, app)
    derived = cognito.get_derived_token(ClientId=app["ClientId"], SubjectToken=result["IdToken"],
                                        SubjectTokenType="ID_TOKEN",
                                        ActorToken=result["AccessToken"],
                                        ActorTokenType="ACCESS_TOKEN",
                                        RequestedTokenType="ID_TOKEN")
    assert (derived["IssuedTokenType"], derived["TokenType"]) == ("ID_TOKEN", "N_A")
    claims = claims_of(engine, pool["Id"], derived["IssuedToken"])
    assert claims["token_use"] == "id" and claims["cognito:username"] == "alice"
    assert claims["aud"] == app["ClientId"]
    assert claims["act"] == {"sub": claims["sub"], "client_id": app["ClientId"]}


def test_what_token_exchange_refuses(engine, cognito, pool, app, alice):
    result = tokens_of(cognito, pool, app)

    def derive(**params):
        return error_of(lambda: cognito.get_derived_token(**{
            "ClientId": app["ClientId"], "SubjectToken": result["AccessToken"],
            "SubjectTokenType": "ACCESS_TOKEN", **params}))[0]
    assert derive(Scopes=["admin:everything"]) == "InvalidParameterException"
    assert derive(SubjectTokenType="SAML2") == "InvalidParameterException"
    assert derive(SubjectToken="not.a.token") == "NotAuthorizedException"
    assert derive(SubjectToken=result["IdToken"]) == "NotAuthorizedException"  # not access
    assert derive(ClientId="nosuchclient1234567890abcd") == "ResourceNotFoundException"
    other = seed.pool(engine)
    stranger = seed.app_client(engine, other["Id"])
    assert derive(ClientId=stranger["ClientId"]) == "NotAuthorizedException"
    secretive = seed.app_client(engine, pool["Id"], secret=True)
    assert derive(ClientId=secretive["ClientId"]) == "NotAuthorizedException"
    assert derive(ClientId=secretive["ClientId"],
                  ClientSecret="wrong" * 6) == "NotAuthorizedException"


# --- provisioned limits -----------------------------------------------------------------

def test_provisioned_limits_are_kept_per_region_across_restarts(tmp_path):
    engine = Engine(str(tmp_path))
    cognito = engine.client("us-east-1")
    assert cognito.get_provisioned_limit(LimitDefinition=LIMIT)["Limit"] == {
        "LimitDefinition": LIMIT, "ProvisionedLimitValue": 50, "FreeLimitValue": 50}
    assert cognito.update_provisioned_limit(LimitDefinition=LIMIT, RequestedLimitValue=80)[
        "Limit"]["ProvisionedLimitValue"] == 80
    assert engine.client("eu-west-1").get_provisioned_limit(LimitDefinition=LIMIT)[
        "Limit"]["ProvisionedLimitValue"] == 50
    engine.close()
    again = Engine(str(tmp_path))
    try:
        assert again.client("us-east-1").get_provisioned_limit(LimitDefinition=LIMIT)[
            "Limit"]["ProvisionedLimitValue"] == 80
    finally:
        again.close()


def test_what_the_limits_refuse(cognito):
    def update(value, attributes=LIMIT["Attributes"]):
        return error_of(lambda: cognito.update_provisioned_limit(
            LimitDefinition={"LimitClass": "API_CATEGORY", "Attributes": attributes},
            RequestedLimitValue=value))[0]
    assert update(49) == "InvalidParameterException"
    assert update(501) == "ServiceQuotaExceededException"
    assert update(60, {"Category": "Teleportation"}) == "InvalidParameterException"
    assert update(60, {}) == "InvalidParameterException"
