"""Sign-in flows (InitiateAuth, AdminInitiateAuth) against the engine directly."""

from __future__ import annotations

import botocore.exceptions
import pytest
from pycognito.aws_srp import AWSSRP

from cognito_grpc.engine import signin
from tests.engine import seed
from tests.engine.seed import admin_auth, claims_of, error_of

PASSWORD = seed.PASSWORD


# --- the happy paths -------------------------------------------------------------------------

def test_admin_user_password_auth_gives_cognitos_three_tokens(engine, cognito, pool, app,
                                                              clock):
    seed.user(engine, pool["Id"])
    result = admin_auth(cognito, pool, app)
    assert result["ChallengeParameters"] == {}
    tokens = result["AuthenticationResult"]
    assert tokens["TokenType"] == "Bearer" and tokens["ExpiresIn"] == 3600
    assert tokens["RefreshToken"] and "." not in tokens["RefreshToken"]
    access = claims_of(engine, pool["Id"], tokens["AccessToken"])
    identity = claims_of(engine, pool["Id"], tokens["IdToken"])
    issuer = f"https://cognito-idp.us-east-1.amazonaws.com/{pool['Id']}"
    sub = seed.stored_user(engine, pool["Id"], "alice")["Attributes"][0]["Value"]
    now = int(clock.now)
    assert list(access) == ["sub", "iss", "client_id", "origin_jti", "event_id", "token_use",
                            "scope", "auth_time", "exp", "iat", "jti", "username"]
    assert access["sub"] == sub and access["iss"] == issuer
    assert access["client_id"] == app["ClientId"] and access["token_use"] == "access"
    assert access["scope"] == "aws.cognito.signin.user.admin"
    assert (access["auth_time"], access["iat"], access["exp"]) == (now, now, now + 3600)
    assert access["username"] == "alice"
    assert list(identity) == ["sub", "email_verified", "iss", "cognito:username", "origin_jti",
                              "aud", "event_id", "token_use", "auth_time", "exp", "iat", "jti",
                              "email"]
    assert identity["aud"] == app["ClientId"] and identity["token_use"] == "id"
    assert identity["cognito:username"] == "alice" and identity["email"] == "alice@example.com"
    assert identity["email_verified"] is True
    assert identity["origin_jti"] == access["origin_jti"]
    assert identity["event_id"] == access["event_id"]
    assert identity["jti"] != access["jti"]


def test_groups_and_their_roles_are_claims(engine, cognito, pool, app):
    seed.user(engine, pool["Id"])
    seed.add_to_group(engine, pool["Id"], "alice", "admins", Precedence=2,
                      RoleArn="arn:aws:iam::123456789012:role/admins")
    seed.add_to_group(engine, pool["Id"], "alice", "devs", Precedence=1,
                      RoleArn="arn:aws:iam::123456789012:role/devs")
    tokens = admin_auth(cognito, pool, app)["AuthenticationResult"]
    access = claims_of(engine, pool["Id"], tokens["AccessToken"])
    identity = claims_of(engine, pool["Id"], tokens["IdToken"])
    assert access["cognito:groups"] == identity["cognito:groups"] == ["admins", "devs"]
    assert identity["cognito:preferred_role"] == "arn:aws:iam::123456789012:role/devs"
    assert set(identity["cognito:roles"]) == {"arn:aws:iam::123456789012:role/admins",
                                              "arn:aws:iam::123456789012:role/devs"}
    assert "cognito:roles" not in access


def test_validities_follow_the_app_client(engine, cognito, pool, clock):
    app = seed.app_client(engine, pool["Id"], AccessTokenValidity=2, IdTokenValidity=90,
                          TokenValidityUnits={"AccessToken": "hours", "IdToken": "minutes"})
    seed.user(engine, pool["Id"])
    tokens = admin_auth(cognito, pool, app)["AuthenticationResult"]
    assert tokens["ExpiresIn"] == 7200
    now = int(clock.now)
    assert claims_of(engine, pool["Id"], tokens["AccessToken"])["exp"] == now + 7200
    assert claims_of(engine, pool["Id"], tokens["IdToken"])["exp"] == now + 5400


def test_user_password_auth_through_initiate_auth(engine, cognito, pool, app):
    seed.user(engine, pool["Id"])
    result = cognito.initiate_auth(ClientId=app["ClientId"], AuthFlow="USER_PASSWORD_AUTH",
                                   AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD})
    assert set(result["AuthenticationResult"]) == {"AccessToken", "ExpiresIn", "TokenType",
                                                   "IdToken", "RefreshToken"}


def test_legacy_admin_no_srp_auth(engine, cognito, pool):
    app = seed.app_client(engine, pool["Id"], ExplicitAuthFlows=["ADMIN_NO_SRP_AUTH"])
    seed.user(engine, pool["Id"])
    result = cognito.admin_initiate_auth(
        UserPoolId=pool["Id"], ClientId=app["ClientId"], AuthFlow="ADMIN_NO_SRP_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD})
    assert "AccessToken" in result["AuthenticationResult"]
    # the legacy switch also allows the new flow's name, and a legacy client still refreshes
    tokens = admin_auth(cognito, pool, app)["AuthenticationResult"]
    refreshed = cognito.initiate_auth(ClientId=app["ClientId"], AuthFlow="REFRESH_TOKEN_AUTH",
                                      AuthParameters={"REFRESH_TOKEN": tokens["RefreshToken"]})
    assert "AccessToken" in refreshed["AuthenticationResult"]


def test_sign_in_by_a_verified_email_alias(engine, cognito):
    pool = seed.pool(engine, AliasAttributes=["email"])
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"])
    tokens = admin_auth(cognito, pool, app, username="alice@example.com")
    access = claims_of(engine, pool["Id"], tokens["AuthenticationResult"]["AccessToken"])
    assert access["username"] == "alice"


# --- what the client allows ------------------------------------------------------------------

@pytest.mark.parametrize("flow,switch", [
    ("ADMIN_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"),
    ("USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH"),
    ("USER_SRP_AUTH", "ALLOW_USER_SRP_AUTH"),
    ("REFRESH_TOKEN_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
])
def test_a_flow_the_client_does_not_allow_is_refused(engine, cognito, pool, flow, switch):
    others = [f for f in seed.ALL_FLOWS if f != switch]
    app = seed.app_client(engine, pool["Id"], ExplicitAuthFlows=others)
    call = cognito.admin_initiate_auth if flow.startswith("ADMIN") else cognito.initiate_auth
    params = {"ClientId": app["ClientId"], "AuthFlow": flow,
              "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}
    if flow.startswith("ADMIN"):
        params["UserPoolId"] = pool["Id"]
    assert error_of(call, **params) == ("InvalidParameterException",
                                        f"{flow} flow not enabled for this client")


def test_a_client_without_flows_gets_cognitos_defaults(engine, cognito, pool):
    app = seed.app_client(engine, pool["Id"], ExplicitAuthFlows=None)
    seed.user(engine, pool["Id"])
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app) == (
        "InvalidParameterException", "ADMIN_USER_PASSWORD_AUTH flow not enabled for this client")
    srp = AWSSRP(username="alice", password=PASSWORD, pool_id=pool["Id"],
                 client_id=app["ClientId"], client=cognito)
    assert "AccessToken" in srp.authenticate_user()["AuthenticationResult"]


def test_each_api_takes_only_its_own_flows(engine, cognito, pool, app):
    assert error_of(cognito.initiate_auth, ClientId=app["ClientId"],
                    AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                    AuthParameters={"USERNAME": "a", "PASSWORD": "b"}) == (
        "InvalidParameterException", "Initiate Auth method not supported.")
    assert error_of(cognito.admin_initiate_auth, UserPoolId=pool["Id"],
                    ClientId=app["ClientId"], AuthFlow="USER_PASSWORD_AUTH",
                    AuthParameters={"USERNAME": "a", "PASSWORD": "b"}) == (
        "InvalidParameterException", "Initiate Auth method not supported.")


def test_custom_auth_without_a_trigger(engine, cognito, pool):
    app = seed.app_client(engine, pool["Id"], ExplicitAuthFlows=["ALLOW_CUSTOM_AUTH"])
    assert error_of(cognito.initiate_auth, ClientId=app["ClientId"], AuthFlow="CUSTOM_AUTH",
                    AuthParameters={"USERNAME": "alice"}) == (
        "InvalidParameterException",
        "Custom auth lambda trigger is not configured for the user pool.")


def test_unknown_client_and_a_client_of_another_pool(engine, cognito, pool):
    other = seed.pool(engine)
    app = seed.app_client(engine, other["Id"])
    assert error_of(cognito.admin_initiate_auth, UserPoolId=pool["Id"],
                    ClientId=app["ClientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                    AuthParameters={"USERNAME": "a", "PASSWORD": "b"}) == (
        "ResourceNotFoundException", f"User pool client {app['ClientId']} does not exist.")
    assert error_of(cognito.initiate_auth, ClientId="nosuchclient",
                    AuthFlow="USER_PASSWORD_AUTH",
                    AuthParameters={"USERNAME": "a", "PASSWORD": "b"})[0] == \
        "ResourceNotFoundException"


# --- the parameters each flow needs -----------------------------------------------------------

@pytest.mark.parametrize("flow,given,missing", [
    ("ADMIN_USER_PASSWORD_AUTH", {}, "USERNAME"),
    ("ADMIN_USER_PASSWORD_AUTH", {"USERNAME": "alice"}, "PASSWORD"),
    ("ADMIN_USER_PASSWORD_AUTH", {"USERNAME": "", "PASSWORD": "x"}, "USERNAME"),
    ("USER_SRP_AUTH", {"USERNAME": "alice"}, "SRP_A"),
    ("REFRESH_TOKEN_AUTH", {"USERNAME": "alice"}, "REFRESH_TOKEN"),
    ("REFRESH_TOKEN", {}, "REFRESH_TOKEN"),
])
def test_a_missing_auth_parameter_is_named(cognito, pool, app, flow, given, missing):
    assert error_of(cognito.admin_initiate_auth, UserPoolId=pool["Id"],
                    ClientId=app["ClientId"], AuthFlow=flow, AuthParameters=given) == (
        "InvalidParameterException", f"Missing required parameter {missing}")


def test_no_auth_parameters_at_all(cognito, pool, app):
    assert error_of(cognito.admin_initiate_auth, UserPoolId=pool["Id"],
                    ClientId=app["ClientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH") == (
        "InvalidParameterException", "Missing required parameter USERNAME")


# --- SECRET_HASH ---------------------------------------------------------------------------------

def test_secret_hash_is_required_and_checked_when_the_client_has_a_secret(engine, cognito,
                                                                         pool):
    app = seed.app_client(engine, pool["Id"], secret=True)
    seed.user(engine, pool["Id"])
    cid = app["ClientId"]
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app) == (
        "NotAuthorizedException", f"Client {cid} is configured for secret but secret was not "
                                  "received")
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app,
                    SECRET_HASH=signin.secret_hash(app["ClientSecret"], "bob", cid)) == (
        "NotAuthorizedException", f"Unable to verify secret hash for client {cid}")
    right = signin.secret_hash(app["ClientSecret"], "alice", cid)
    tokens = admin_auth(cognito, pool, app, SECRET_HASH=right)["AuthenticationResult"]
    # refreshing needs it too, computed with the username or the sub
    sub = seed.stored_user(engine, pool["Id"], "alice")["Attributes"][0]["Value"]
    for name in ("alice", sub):
        refreshed = cognito.initiate_auth(
            ClientId=cid, AuthFlow="REFRESH_TOKEN_AUTH",
            AuthParameters={"REFRESH_TOKEN": tokens["RefreshToken"],
                            "SECRET_HASH": signin.secret_hash(app["ClientSecret"], name, cid)})
        assert "AccessToken" in refreshed["AuthenticationResult"]
    assert error_of(cognito.initiate_auth, ClientId=cid, AuthFlow="REFRESH_TOKEN_AUTH",
                    AuthParameters={"REFRESH_TOKEN": tokens["RefreshToken"]})[0] == \
        "NotAuthorizedException"


# --- who may not sign in ----------------------------------------------------------------------

def test_wrong_password(engine, cognito, pool, app):
    seed.user(engine, pool["Id"])
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app, password="Wr0ng-pass!") \
        == ("NotAuthorizedException", "Incorrect username or password.")


def test_unknown_user_depends_on_prevent_user_existence_errors(engine, cognito, pool):
    legacy = seed.app_client(engine, pool["Id"], PreventUserExistenceErrors="LEGACY")
    prevented = seed.app_client(engine, pool["Id"], PreventUserExistenceErrors="ENABLED")
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=legacy, username="ghost") == (
        "UserNotFoundException", "User does not exist.")
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=prevented, username="ghost") \
        == ("NotAuthorizedException", "Incorrect username or password.")


@pytest.mark.parametrize("changes,expected", [
    ({"Enabled": False}, ("NotAuthorizedException", "User is disabled.")),
    ({"UserStatus": "UNCONFIRMED"}, ("UserNotConfirmedException", "User is not confirmed.")),
    ({"UserStatus": "RESET_REQUIRED"}, ("PasswordResetRequiredException",
                                        "Password reset required for the user")),
])
def test_users_who_may_not_sign_in(engine, cognito, pool, app, changes, expected):
    seed.user(engine, pool["Id"])
    seed.update_user(engine, pool["Id"], "alice", **changes)
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app) == expected


def test_an_unconfirmed_user_with_a_wrong_password_hears_about_the_password(engine, cognito,
                                                                           pool, app):
    seed.user(engine, pool["Id"], status="UNCONFIRMED")
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app, password="Wr0ng-pass!") \
        == ("NotAuthorizedException", "Incorrect username or password.")


def test_a_temporary_password_asks_for_a_new_one(engine, cognito, clock):
    pool = seed.pool(engine, Schema=[{"Name": "name", "Required": True}])
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD")
    result = admin_auth(cognito, pool, app)
    assert result["ChallengeName"] == "NEW_PASSWORD_REQUIRED"
    assert len(result["Session"]) >= 20
    assert result["ChallengeParameters"] == {
        "USER_ID_FOR_SRP": "alice", "requiredAttributes": '["userAttributes.name"]',
        "userAttributes": '{"email":"alice@example.com","email_verified":"true"}'}
    assert "AuthenticationResult" not in result


def test_an_expired_temporary_password(engine, cognito, pool, app, clock):
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD",
              TemporaryPasswordExpires=clock.now - 1)
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app) == (
        "NotAuthorizedException",
        "Temporary password has expired and must be reset by an administrator.")


# --- refresh -------------------------------------------------------------------------------------

def test_refresh_keeps_the_sign_in_and_gives_no_new_refresh_token(engine, cognito, pool, app,
                                                                  clock):
    seed.user(engine, pool["Id"])
    first = admin_auth(cognito, pool, app)["AuthenticationResult"]
    clock.now += 600
    for flow in ("REFRESH_TOKEN_AUTH", "REFRESH_TOKEN"):
        result = cognito.admin_initiate_auth(
            UserPoolId=pool["Id"], ClientId=app["ClientId"], AuthFlow=flow,
            AuthParameters={"REFRESH_TOKEN": first["RefreshToken"]})
        assert result["ChallengeParameters"] == {}
        tokens = result["AuthenticationResult"]
        assert "RefreshToken" not in tokens
        old = claims_of(engine, pool["Id"], first["AccessToken"])
        new = claims_of(engine, pool["Id"], tokens["AccessToken"])
        assert new["origin_jti"] == old["origin_jti"] and new["auth_time"] == old["auth_time"]
        assert new["iat"] == old["iat"] + 600 and new["jti"] != old["jti"]


def test_refresh_token_refusals(engine, cognito, pool, app, clock):
    seed.user(engine, pool["Id"])
    tokens = admin_auth(cognito, pool, app)["AuthenticationResult"]
    other = seed.app_client(engine, pool["Id"])

    def refresh(client, token=tokens["RefreshToken"]):
        return error_of(cognito.initiate_auth, ClientId=client["ClientId"],
                        AuthFlow="REFRESH_TOKEN_AUTH", AuthParameters={"REFRESH_TOKEN": token})
    assert refresh(app, "not-a-token") == ("NotAuthorizedException", "Invalid Refresh Token")
    assert refresh(other) == ("NotAuthorizedException", "Invalid Refresh Token")
    seed.update_user(engine, pool["Id"], "alice", Enabled=False)
    assert refresh(app) == ("NotAuthorizedException", "User is disabled.")
    seed.update_user(engine, pool["Id"], "alice", Enabled=True)
    clock.now += 30 * 86400 + 1
    assert refresh(app) == ("NotAuthorizedException", "Refresh Token has expired")


# --- SRP ------------------------------------------------------------------------------------------

def test_srp_with_pycognito_signs_in_and_a_wrong_password_is_refused(engine, cognito, pool,
                                                                      app):
    seed.user(engine, pool["Id"])
    good = AWSSRP(username="alice", password=PASSWORD, pool_id=pool["Id"],
                  client_id=app["ClientId"], client=cognito)
    tokens = good.authenticate_user()["AuthenticationResult"]
    assert claims_of(engine, pool["Id"], tokens["AccessToken"])["username"] == "alice"
    bad = AWSSRP(username="alice", password="Wr0ng-Horse!", pool_id=pool["Id"],
                 client_id=app["ClientId"], client=cognito)
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        bad.authenticate_user()
    assert raised.value.response["Error"] == {"Code": "NotAuthorizedException",
                                              "Message": "Incorrect username or password."}


def test_srp_with_a_client_secret_and_an_alias(engine, cognito):
    pool = seed.pool(engine, AliasAttributes=["email"])
    app = seed.app_client(engine, pool["Id"], secret=True)
    seed.user(engine, pool["Id"])
    srp = AWSSRP(username="alice@example.com", password=PASSWORD, pool_id=pool["Id"],
                 client_id=app["ClientId"], client_secret=app["ClientSecret"], client=cognito)
    tokens = srp.authenticate_user()["AuthenticationResult"]
    assert claims_of(engine, pool["Id"], tokens["AccessToken"])["username"] == "alice"


def test_srp_challenge_parameters_and_single_use(engine, cognito, pool, app):
    seed.user(engine, pool["Id"])
    srp = AWSSRP(username="alice", password=PASSWORD, pool_id=pool["Id"],
                 client_id=app["ClientId"], client=cognito)
    parameters = srp.get_auth_params()
    challenge = cognito.initiate_auth(ClientId=app["ClientId"], AuthFlow="USER_SRP_AUTH",
                                      AuthParameters=parameters)
    assert challenge["ChallengeName"] == "PASSWORD_VERIFIER" and "Session" not in challenge
    assert set(challenge["ChallengeParameters"]) == {"SALT", "SECRET_BLOCK", "SRP_B",
                                                     "USERNAME", "USER_ID_FOR_SRP"}
    answers = srp.process_challenge(challenge["ChallengeParameters"], parameters)
    respond = dict(ClientId=app["ClientId"], ChallengeName="PASSWORD_VERIFIER",
                   ChallengeResponses=answers)
    assert "AccessToken" in cognito.respond_to_auth_challenge(**respond)["AuthenticationResult"]
    assert error_of(cognito.respond_to_auth_challenge, **respond) == (
        "NotAuthorizedException", "Invalid session for the user, session is expired.")


def test_srp_refuses_a_public_value_of_zero(engine, cognito, pool, app):
    seed.user(engine, pool["Id"])
    code, _ = error_of(cognito.initiate_auth, ClientId=app["ClientId"],
                       AuthFlow="USER_SRP_AUTH",
                       AuthParameters={"USERNAME": "alice", "SRP_A": "0"})
    assert code == "InvalidParameterException"


def test_srp_for_a_temporary_password_then_asks_for_a_new_one(engine, cognito, pool, app):
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD")
    srp = AWSSRP(username="alice", password=PASSWORD, pool_id=pool["Id"],
                 client_id=app["ClientId"], client=cognito)
    tokens = srp.set_new_password_challenge("Brand-N3w-Pass!")
    assert "AccessToken" in tokens["AuthenticationResult"]
    assert seed.stored_user(engine, pool["Id"], "alice")["UserStatus"] == "CONFIRMED"
    again = AWSSRP(username="alice", password="Brand-N3w-Pass!", pool_id=pool["Id"],
                   client_id=app["ClientId"], client=cognito)
    assert "AccessToken" in again.authenticate_user()["AuthenticationResult"]


# --- lock-out ---------------------------------------------------------------------------------

def test_repeated_wrong_passwords_lock_the_user_out_for_a_doubling_while(engine, cognito, pool,
                                                                         app, clock):
    seed.user(engine, pool["Id"])
    wrong = dict(cognito=cognito, pool=pool, app=app, password="Wr0ng-Horse!")
    for _ in range(5):
        assert error_of(admin_auth, **wrong) == ("NotAuthorizedException",
                                                 "Incorrect username or password.")
    # locked for 1 s: even the right password is refused meanwhile
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app) == (
        "NotAuthorizedException", "Password attempts exceeded")
    clock.now += 1
    assert error_of(admin_auth, **wrong) == ("NotAuthorizedException",
                                             "Password attempts exceeded")
    clock.now += 1  # the lock is now 2 s
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app)[1] == \
        "Password attempts exceeded"
    clock.now += 1
    assert "AccessToken" in admin_auth(cognito, pool, app)["AuthenticationResult"]
    assert "FailedSignIns" not in seed.stored_user(engine, pool["Id"], "alice")
    # the count starts again from zero
    assert error_of(admin_auth, **wrong)[1] == "Incorrect username or password."


def test_wrong_srp_proofs_count_towards_the_lock_out(engine, cognito, pool, app):
    seed.user(engine, pool["Id"])
    for _ in range(5):
        bad = AWSSRP(username="alice", password="Wr0ng-Horse!", pool_id=pool["Id"],
                     client_id=app["ClientId"], client=cognito)
        with pytest.raises(botocore.exceptions.ClientError):
            bad.authenticate_user()
    good = AWSSRP(username="alice", password=PASSWORD, pool_id=pool["Id"],
                  client_id=app["ClientId"], client=cognito)
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        good.authenticate_user()
    assert raised.value.response["Error"]["Message"] == "Password attempts exceeded"
