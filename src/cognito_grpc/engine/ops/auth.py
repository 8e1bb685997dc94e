"""Sign-in flows: InitiateAuth and AdminInitiateAuth.

Each flow is allowed only when the app client's ExplicitAuthFlows allow it, takes the
AuthParameters it needs (a missing one is named), and checks SECRET_HASH whenever the client
has a secret. The first factor is a password, an SRP-6a proof (USER_SRP_AUTH, answered in
RespondToAuthChallenge PASSWORD_VERIFIER) or a refresh token; what follows it is
signin.next_step's.
"""

from __future__ import annotations

import base64
import secrets

from cognito_grpc.engine import choice, errors, passwords, records, sessions, signin, srp, tokens
from cognito_grpc.engine.ops import handler

ADMIN_FLOWS = frozenset({"ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH", "USER_SRP_AUTH",
                         "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "CUSTOM_AUTH", "USER_AUTH"})
PUBLIC_FLOWS = frozenset({"USER_PASSWORD_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH",
                          "REFRESH_TOKEN", "CUSTOM_AUTH", "USER_AUTH"})
SECRET_BLOCK_BYTES = 64


@handler("InitiateAuth")
def initiate_auth(ctx, request: dict) -> dict:
    db = ctx.store.read()
    client = records.app_client(db, request["ClientId"])
    pool = records.pool(db, client["UserPoolId"])
    return _initiate(ctx, pool, client, request, PUBLIC_FLOWS)


@handler("AdminInitiateAuth")
def admin_initiate_auth(ctx, request: dict) -> dict:
    db = ctx.store.read()
    pool = records.pool(db, request["UserPoolId"])
    client = records.app_client(db, request["ClientId"], pool["Id"])
    return _initiate(ctx, pool, client, request, ADMIN_FLOWS)


def _initiate(ctx, pool: dict, client: dict, request: dict, flows: frozenset) -> dict:
    flow = request["AuthFlow"]
    if flow not in flows:
        raise errors.invalid("Initiate Auth method not supported.")
    signin.require_flow(client, flow)
    parameters = request.get("AuthParameters") or {}
    if flow in ("REFRESH_TOKEN_AUTH", "REFRESH_TOKEN"):
        return _refresh(ctx, pool, client, parameters)
    if flow == "CUSTOM_AUTH":
        raise errors.invalid("Custom auth lambda trigger is not configured for the user pool.")
    if flow == "USER_AUTH":
        return choice.start(ctx, pool, client, parameters)
    username = signin.required(parameters, "USERNAME")
    device = signin.device_of(parameters, signin.ip_of(request))
    if flow == "USER_SRP_AUTH":
        return _srp_start(ctx, pool, client, parameters, username, device)
    return _password(ctx, pool, client, parameters, username, device)


def _password(ctx, pool: dict, client: dict, parameters: dict, username: str,
              device: dict | None) -> dict:
    password = signin.required(parameters, "PASSWORD")
    signin.check_secret_hash(client, parameters.get("SECRET_HASH"), username)
    key, user = signin.find(ctx.store.read(), pool, client, username)
    signin.check_can_sign_in(user)
    signin.check_not_locked(ctx, user)
    if not passwords.matches(pool, user, password):
        with ctx.store.write() as tx:
            refusal = signin.wrong_password(tx, ctx, pool, key)
        raise refusal
    if "FailedSignIns" in user:
        with ctx.store.write() as tx:
            signin.right_password(tx, pool, key, user)
    signin.check_after_password(ctx, user)
    return signin.next_step(ctx, pool, client, key, user, device=device)


def _srp_start(ctx, pool: dict, client: dict, parameters: dict, username: str,
               device: dict | None) -> dict:
    srp_a = signin.required(parameters, "SRP_A")
    signin.check_secret_hash(client, parameters.get("SECRET_HASH"), username)
    if srp.valid_public(srp_a) is None:
        raise errors.invalid("SRP_A is not a valid SRP-6a public value.",
                             ("authParameters.SRP_A", "must be hex, and not 0 modulo N"))
    key, user = signin.find(ctx.store.read(), pool, client, username)
    signin.check_can_sign_in(user)
    signin.check_not_locked(ctx, user)
    verifier = (user.get("Password") or {}).get("Srp")
    if not verifier:  # a password set without its SRP verifier: no proof can match
        raise errors.not_authorized()
    b, big_b = srp.server_challenge(verifier)
    # PASSWORD_VERIFIER carries no Session: the secret block names the session instead.
    secret_block = base64.b64encode(secrets.token_bytes(SECRET_BLOCK_BYTES)).decode()
    doc = signin.session_doc(client, key, user, "PASSWORD_VERIFIER", (), int(ctx.now))
    doc["Srp"] = {"A": srp_a, "b": b, "B": big_b}
    if device is not None:
        doc["Device"] = device
    with ctx.store.write() as tx:
        sessions.open_session(tx, ctx, pool["Id"], client, doc, value=secret_block)
    return {"ChallengeName": "PASSWORD_VERIFIER",
            "ChallengeParameters": {"SALT": verifier["Salt"], "SECRET_BLOCK": secret_block,
                                    "SRP_B": big_b, "USERNAME": user["Username"],
                                    "USER_ID_FOR_SRP": user["Username"]}}


def _refresh(ctx, pool: dict, client: dict, parameters: dict) -> dict:
    token = signin.required(parameters, "REFRESH_TOKEN")
    result = refreshed(ctx, client, token, rotate=False,
                       secret_hash=(parameters.get("SECRET_HASH"), True))
    return {"ChallengeParameters": {}, "AuthenticationResult": result}


def refreshed(ctx, client: dict, token: str, rotate: bool, secret_hash=None) -> dict:
    """New access and ID tokens for a refresh token of this client (and, with rotation, a
    new refresh token, the old one lasting its grace period)."""
    db = ctx.store.read()
    refresh = tokens.find_refresh(db, token)
    if refresh is None or refresh.client_id != client["ClientId"]:
        raise errors.not_authorized("Invalid Refresh Token")
    if refresh.revoked == tokens.REVOKED_STATE:
        raise errors.not_authorized("Refresh Token has been revoked")
    if refresh.expires <= ctx.now:
        if refresh.revoked == tokens.ROTATED_STATE:
            raise errors.EngineError("RefreshTokenReuseException",
                                     "Refresh token has already been used.")
        raise errors.not_authorized("Refresh Token has expired")
    pool = records.pool(db, refresh.pool_id)
    row = db.execute("SELECT doc FROM users WHERE pool_id = ? AND key = ?",
                     (refresh.pool_id, refresh.user_key)).fetchone()
    user = records.loads(row[0]) if row else None
    if user is None or records.attribute(user, "sub") != refresh.sub:
        raise errors.not_authorized("Invalid Refresh Token")
    if secret_hash is not None:
        signin.check_secret_hash(client, secret_hash[0], user["Username"], refresh.sub)
    if not user.get("Enabled", True):
        raise errors.not_authorized("User is disabled.")
    sign_in = tokens.SignIn(pool, client, refresh.user_key, user, refresh.origin_jti,
                            refresh.auth_time)
    result = tokens.mint(ctx, sign_in, tokens.groups_of(db, pool["Id"], refresh.user_key))
    rotation = client.get("RefreshTokenRotation") or {}
    if rotate and rotation.get("Feature") == "ENABLED":
        grace = int(rotation.get("RetryGracePeriodSeconds") or 0)
        with ctx.store.write() as tx:
            tokens.rotate(tx, ctx, refresh, grace)
            result["RefreshToken"] = tokens.store_refresh_token(tx, ctx, sign_in)
    return result
