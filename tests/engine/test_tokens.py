"""Access-token operations, revocation and refresh against the engine directly."""

from __future__ import annotations

import pytest

from cognito_grpc.engine import errors, signin, tokens
from tests.engine import seed
from tests.engine.seed import admin_auth, claims_of, error_of

REVOKED = ("NotAuthorizedException", "Access Token has been revoked")
NEW = "Brand-N3w-Pass!"


@pytest.fixture
def alice(engine, pool):
    return seed.user(engine, pool["Id"])


def signed_in(cognito, pool, app, username="alice") -> dict:
    return admin_auth(cognito, pool, app, username=username)["AuthenticationResult"]


# --- the access-token check ---------------------------------------------------------------------

def test_get_user_answers_the_users_own_view(engine, cognito, pool, app, alice):
    access = signed_in(cognito, pool, app)["AccessToken"]
    user = cognito.get_user(AccessToken=access)
    user.pop("ResponseMetadata")
    assert user == {"Username": "alice", "UserAttributes": alice["Attributes"]}


def test_the_pools_issuer_configuration_names_the_tokens_issuer(engine, cognito, pool, app,
                                                                 alice):
    """IssuerConfiguration UPDATED: Cognito's newer issuer host in `iss`, and the tokens
    still work; back to ORIGINAL, new tokens carry the classic one and the old still work."""
    def iss_of(result: dict) -> str:
        return claims_of(engine, pool["Id"], result["AccessToken"])["iss"]
    classic = f"https://cognito-idp.us-east-1.amazonaws.com/{pool['Id']}"
    updated = f"https://issuer-cognito-idp.us-east-1.amazonaws.com/{pool['Id']}"
    assert iss_of(signed_in(cognito, pool, app)) == classic
    cognito.update_user_pool(UserPoolId=pool["Id"], IssuerConfiguration={"Type": "UPDATED"})
    assert cognito.describe_user_pool(UserPoolId=pool["Id"])["UserPool"][
        "IssuerConfiguration"] == {"Type": "UPDATED"}
    result = signed_in(cognito, pool, app)
    assert claims_of(engine, pool["Id"], result["AccessToken"])["iss"] == updated
    assert claims_of(engine, pool["Id"], result["IdToken"])["iss"] == updated
    assert cognito.get_user(AccessToken=result["AccessToken"])["Username"] == "alice"
    cognito.update_user_pool(UserPoolId=pool["Id"], IssuerConfiguration={"Type": "ORIGINAL"})
    assert iss_of(signed_in(cognito, pool, app)) == classic
    assert cognito.get_user(AccessToken=result["AccessToken"])["Username"] == "alice"


def test_check_access_token_for_the_interceptor(engine, cognito, pool, app, alice, clock):
    result = signed_in(cognito, pool, app)
    claims = tokens.check_access_token(engine, result["AccessToken"])
    assert claims["username"] == "alice" and claims["token_use"] == "access"
    with pytest.raises(errors.EngineError) as raised:
        tokens.check_access_token(engine, result["IdToken"])
    assert raised.value.message == "Invalid Access Token"


@pytest.mark.parametrize("token", ["garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.e30.x",
                                   "eyJhbGciOiJSUzI1NiJ9.WzFd.x"])
def test_tokens_that_are_not_ours_are_invalid(cognito, token):
    assert error_of(cognito.get_user, AccessToken=token) == ("NotAuthorizedException",
                                                             "Invalid Access Token")


def test_a_token_of_another_pool_or_an_id_token_is_invalid(engine, cognito, pool, app, alice):
    result = signed_in(cognito, pool, app)
    assert error_of(cognito.get_user, AccessToken=result["IdToken"]) == (
        "NotAuthorizedException", "Invalid Access Token")
    # the same claims signed by another pool's key
    other = seed.pool(engine)
    claims = claims_of(engine, pool["Id"], result["AccessToken"])
    forged = engine.keys.sign(other["Id"], claims)
    assert error_of(cognito.get_user, AccessToken=forged) == ("NotAuthorizedException",
                                                              "Invalid Access Token")


def test_an_expired_access_token(engine, cognito, pool, app, alice, clock):
    access = signed_in(cognito, pool, app)["AccessToken"]
    clock.now += 3600
    assert error_of(cognito.get_user, AccessToken=access) == ("NotAuthorizedException",
                                                              "Access Token has expired")


def test_a_disabled_deleted_or_recreated_user(engine, cognito, pool, app, alice):
    access = signed_in(cognito, pool, app)["AccessToken"]
    seed.update_user(engine, pool["Id"], "alice", Enabled=False)
    assert error_of(cognito.get_user, AccessToken=access) == ("NotAuthorizedException",
                                                              "User is disabled.")
    with engine.store.write() as tx:
        tx.execute("DELETE FROM users WHERE pool_id = ?", (pool["Id"],))
    assert error_of(cognito.get_user, AccessToken=access) == REVOKED
    seed.user(engine, pool["Id"])  # the same name, another sub
    assert error_of(cognito.get_user, AccessToken=access) == REVOKED


# --- revocation ---------------------------------------------------------------------------------

def test_global_sign_out_revokes_every_session_of_the_user_only(engine, cognito, pool, app,
                                                               alice, clock):
    first, second = signed_in(cognito, pool, app), signed_in(cognito, pool, app)
    seed.user(engine, pool["Id"], "bob")
    bob = signed_in(cognito, pool, app, "bob")
    assert cognito.global_sign_out(AccessToken=first["AccessToken"])["ResponseMetadata"]
    for tokens_ in (first, second):
        assert error_of(cognito.get_user, AccessToken=tokens_["AccessToken"]) == REVOKED
        assert error_of(cognito.initiate_auth, ClientId=app["ClientId"],
                        AuthFlow="REFRESH_TOKEN_AUTH",
                        AuthParameters={"REFRESH_TOKEN": tokens_["RefreshToken"]}) == (
            "NotAuthorizedException", "Refresh Token has been revoked")
    assert cognito.get_user(AccessToken=bob["AccessToken"])["Username"] == "bob"
    # signing in again, even within the same second, works
    fresh = signed_in(cognito, pool, app)
    assert cognito.get_user(AccessToken=fresh["AccessToken"])["Username"] == "alice"


def test_admin_user_global_sign_out(engine, cognito, pool, app, alice):
    result = signed_in(cognito, pool, app)
    cognito.admin_user_global_sign_out(UserPoolId=pool["Id"], Username="alice")
    assert error_of(cognito.get_user, AccessToken=result["AccessToken"]) == REVOKED
    assert error_of(cognito.admin_user_global_sign_out, UserPoolId=pool["Id"],
                    Username="ghost") == ("UserNotFoundException", "User does not exist.")


def test_revoke_token_ends_one_sign_in_and_its_refreshed_tokens(engine, cognito, pool, app,
                                                               alice):
    kept, revoked = signed_in(cognito, pool, app), signed_in(cognito, pool, app)
    refreshed = cognito.initiate_auth(
        ClientId=app["ClientId"], AuthFlow="REFRESH_TOKEN_AUTH",
        AuthParameters={"REFRESH_TOKEN": revoked["RefreshToken"]})["AuthenticationResult"]
    cognito.revoke_token(Token=revoked["RefreshToken"], ClientId=app["ClientId"])
    for access in (revoked["AccessToken"], refreshed["AccessToken"]):
        assert error_of(cognito.get_user, AccessToken=access) == REVOKED
    assert error_of(cognito.initiate_auth, ClientId=app["ClientId"],
                    AuthFlow="REFRESH_TOKEN_AUTH",
                    AuthParameters={"REFRESH_TOKEN": revoked["RefreshToken"]}) == (
        "NotAuthorizedException", "Refresh Token has been revoked")
    assert cognito.get_user(AccessToken=kept["AccessToken"])["Username"] == "alice"


def test_revoke_token_refusals(engine, cognito, pool, alice):
    app = seed.app_client(engine, pool["Id"], secret=True)
    result = admin_auth(cognito, pool, app, SECRET_HASH=signin.secret_hash(
        app["ClientSecret"], "alice", app["ClientId"]))["AuthenticationResult"]
    assert error_of(cognito.revoke_token, Token=result["RefreshToken"],
                    ClientId=app["ClientId"])[0] == "UnauthorizedException"
    assert error_of(cognito.revoke_token, Token=result["AccessToken"],
                    ClientId=app["ClientId"], ClientSecret=app["ClientSecret"])[0] == \
        "UnsupportedTokenTypeException"
    closed = seed.app_client(engine, pool["Id"], EnableTokenRevocation=False)
    assert error_of(cognito.revoke_token, Token=result["RefreshToken"],
                    ClientId=closed["ClientId"])[0] == "UnsupportedOperationException"
    # a token this client never had changes nothing
    other = seed.app_client(engine, pool["Id"])
    cognito.revoke_token(Token=result["RefreshToken"], ClientId=other["ClientId"])
    assert cognito.get_user(AccessToken=result["AccessToken"])["Username"] == "alice"


# --- GetTokensFromRefreshToken ------------------------------------------------------------------

def test_get_tokens_from_refresh_token_without_rotation(engine, cognito, pool, app, alice):
    first = signed_in(cognito, pool, app)
    result = cognito.get_tokens_from_refresh_token(RefreshToken=first["RefreshToken"],
                                                   ClientId=app["ClientId"])
    tokens_ = result["AuthenticationResult"]
    assert "RefreshToken" not in tokens_ and tokens_["TokenType"] == "Bearer"
    assert claims_of(engine, pool["Id"], tokens_["AccessToken"])["origin_jti"] == \
        claims_of(engine, pool["Id"], first["AccessToken"])["origin_jti"]


def test_get_tokens_from_refresh_token_rotates_when_the_client_asks(engine, cognito, pool,
                                                                   alice, clock):
    app = seed.app_client(engine, pool["Id"], secret=True, RefreshTokenRotation={
        "Feature": "ENABLED", "RetryGracePeriodSeconds": 10})
    first = admin_auth(cognito, pool, app, SECRET_HASH=signin.secret_hash(
        app["ClientSecret"], "alice", app["ClientId"]))["AuthenticationResult"]
    call = dict(ClientId=app["ClientId"], ClientSecret=app["ClientSecret"])
    assert error_of(cognito.get_tokens_from_refresh_token, RefreshToken=first["RefreshToken"],
                    ClientId=app["ClientId"])[0] == "NotAuthorizedException"
    second = cognito.get_tokens_from_refresh_token(RefreshToken=first["RefreshToken"],
                                                   **call)["AuthenticationResult"]
    assert second["RefreshToken"] != first["RefreshToken"]
    # within the grace period the old one still works; after it, it is a reuse
    assert cognito.get_tokens_from_refresh_token(RefreshToken=first["RefreshToken"], **call)
    clock.now += 11
    assert error_of(cognito.get_tokens_from_refresh_token, RefreshToken=first["RefreshToken"],
                    **call)[0] == "RefreshTokenReuseException"
    third = cognito.get_tokens_from_refresh_token(RefreshToken=second["RefreshToken"],
                                                  **call)["AuthenticationResult"]
    assert cognito.get_user(AccessToken=third["AccessToken"])["Username"] == "alice"


# --- the user's own account ---------------------------------------------------------------------

def test_update_and_delete_user_attributes(engine, cognito, pool, app, alice):
    access = signed_in(cognito, pool, app)["AccessToken"]
    cognito.update_user_attributes(AccessToken=access, UserAttributes=[
        {"Name": "name", "Value": "Al"}, {"Name": "email", "Value": "al@example.org"}])
    attributes = {a["Name"]: a["Value"]
                  for a in cognito.get_user(AccessToken=access)["UserAttributes"]}
    assert attributes["name"] == "Al" and attributes["email"] == "al@example.org"
    assert attributes["email_verified"] == "false"
    assert error_of(cognito.update_user_attributes, AccessToken=access,
                    UserAttributes=[{"Name": "sub", "Value": "x"}])[0] == \
        "InvalidParameterException"
    assert error_of(cognito.update_user_attributes, AccessToken=access,
                    UserAttributes=[{"Name": "custom:nope", "Value": "x"}])[1] == \
        "custom:nope: Attribute does not exist in the schema."
    assert error_of(cognito.update_user_attributes, AccessToken=access,
                    UserAttributes=[{"Name": "name"}])[0] == "InvalidParameterException"
    cognito.delete_user_attributes(AccessToken=access, UserAttributeNames=["email", "name"])
    names = {a["Name"] for a in cognito.get_user(AccessToken=access)["UserAttributes"]}
    assert names == {"sub"}


def test_change_password(engine, cognito, pool, app, alice):
    access = signed_in(cognito, pool, app)["AccessToken"]
    assert error_of(cognito.change_password, AccessToken=access,
                    PreviousPassword="Wr0ng-Horse!", ProposedPassword=NEW) == (
        "NotAuthorizedException", "Incorrect username or password.")
    assert error_of(cognito.change_password, AccessToken=access,
                    PreviousPassword=seed.PASSWORD, ProposedPassword="weakweak")[0] == \
        "InvalidPasswordException"
    cognito.change_password(AccessToken=access, PreviousPassword=seed.PASSWORD,
                            ProposedPassword=NEW)
    assert admin_auth(cognito, pool, app, password=NEW)["AuthenticationResult"]
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app)[0] == \
        "NotAuthorizedException"


def test_delete_user(engine, cognito, pool, app, alice):
    result = signed_in(cognito, pool, app)
    cognito.delete_user(AccessToken=result["AccessToken"])
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app) == (
        "UserNotFoundException", "User does not exist.")
    assert error_of(cognito.get_user, AccessToken=result["AccessToken"]) == REVOKED
    assert error_of(cognito.initiate_auth, ClientId=app["ClientId"],
                    AuthFlow="REFRESH_TOKEN_AUTH",
                    AuthParameters={"REFRESH_TOKEN": result["RefreshToken"]})[0] == \
        "NotAuthorizedException"


def test_tokens_signed_at_once_each_carry_their_own_claims(engine, pool):
    """sign_all signs on the calling thread and on signer threads: each token still verifies,
    in the order its claims were given."""
    claims = [{"sub": "x", "n": number} for number in range(5)]
    signed = engine.keys.sign_all(pool["Id"], *claims)
    assert [engine.keys.verify(pool["Id"], token) for token in signed] == claims
