"""MFA of a user: TOTP (AssociateSoftwareToken, VerifySoftwareToken, RFC 6238 with pyotp) and
the MFA preferences (SetUserMFAPreference, AdminSetUserMFAPreference).

A software token is associated either by the signed-in user (AccessToken) or inside an
MFA_SETUP sign-in (Session); then it is verified with a code from it. In a sign-in, the
verification enables TOTP for the user and hands back a session that answers MFA_SETUP.
"""

from __future__ import annotations

import pyotp

from cognito_grpc.engine import errors, records, sessions, tokens
from cognito_grpc.engine.ops import handler, named_user
from cognito_grpc.engine.ops.challenges import totp_matches

# The request member of each method's settings, and its name in UserMFASettingList.
SETTINGS = (("SMSMfaSettings", "SMS_MFA"), ("SoftwareTokenMfaSettings", "SOFTWARE_TOKEN_MFA"),
            ("EmailMfaSettings", "EMAIL_OTP"))


def _one_of(request: dict) -> None:
    if bool(request.get("AccessToken")) == bool(request.get("Session")):
        raise errors.invalid("Exactly one of AccessToken and Session must be given.",
                             ("accessToken", "give it or session, not both"))


def _mfa_setup_session(tx, ctx, value) -> tuple[dict, dict, str, dict, dict]:
    """(session, pool, user key, user, client) of an MFA_SETUP sign-in in progress."""
    pool_id = sessions.pool_of(tx, value)
    if pool_id is None:
        raise errors.not_authorized(sessions.EXPIRED)
    session = sessions.take(tx, ctx, value, pool_id)
    if session["Challenge"] != "MFA_SETUP":
        raise errors.not_authorized(sessions.EXPIRED)
    pool = records.pool(tx, pool_id)
    client = records.app_client(tx, session["ClientId"])
    user_row = tx.execute("SELECT doc FROM users WHERE pool_id = ? AND key = ?",
                          (pool["Id"], session["UserKey"])).fetchone()
    user = records.loads(user_row[0]) if user_row else None
    if user is None or records.attribute(user, "sub") != session["Sub"]:
        raise errors.not_authorized(sessions.EXPIRED)
    return session, pool, session["UserKey"], user, client


@handler("AssociateSoftwareToken")
def associate_software_token(ctx, request: dict) -> dict:
    _one_of(request)
    secret = pyotp.random_base32()
    if request.get("AccessToken"):
        grant = tokens.access(ctx, request["AccessToken"])
        with ctx.store.write() as tx:
            key, user = records.find_user(tx, grant.pool, grant.user["Username"])
            user["SoftwareToken"] = {"Secret": secret, "Verified": False}
            records.save_user(tx, grant.pool, key, user, aliases_changed=False)
        return {"SecretCode": secret}
    with ctx.store.write() as tx:
        session, pool, _, _, client = _mfa_setup_session(tx, ctx, request["Session"])
        session["PendingSecret"] = secret
        value = sessions.open_session(tx, ctx, pool["Id"], client, session)
    return {"SecretCode": secret, "Session": value}


@handler("VerifySoftwareToken")
def verify_software_token(ctx, request: dict) -> dict:
    _one_of(request)
    code = request["UserCode"]
    friendly = request.get("FriendlyDeviceName")
    if request.get("AccessToken"):
        grant = tokens.access(ctx, request["AccessToken"])
        with ctx.store.write() as tx:
            key, user = records.find_user(tx, grant.pool, grant.user["Username"])
            token = user.get("SoftwareToken") or {}
            if not token.get("Secret"):
                raise errors.EngineError("SoftwareTokenMFANotFoundException",
                                         "Software Token MFA has not been associated with "
                                         "this user.")
            _check(token["Secret"], code, ctx.now)
            _verified(user, token, friendly)
            records.save_user(tx, grant.pool, key, user, aliases_changed=False)
        return {"Status": "SUCCESS"}
    with ctx.store.write() as tx:
        session, pool, key, user, client = _mfa_setup_session(tx, ctx, request["Session"])
        secret = session.get("PendingSecret")
        if not secret:
            raise errors.EngineError("SoftwareTokenMFANotFoundException",
                                     "Software Token MFA has not been associated with this "
                                     "session: call AssociateSoftwareToken with it first.")
        _check(secret, code, ctx.now)
        token = {"Secret": secret}
        _verified(user, token, friendly)
        _enable(user, "SOFTWARE_TOKEN_MFA", preferred=True)
        user["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, pool, key, user, aliases_changed=False)
        session.pop("PendingSecret")
        session["SoftwareTokenVerified"] = True
        value = sessions.open_session(tx, ctx, pool["Id"], client, session)
    return {"Status": "SUCCESS", "Session": value}


def _check(secret: str, code: str, now: float) -> None:
    if not totp_matches(secret, code, now):
        raise errors.EngineError("EnableSoftwareTokenMFAException",
                                 "Code mismatch and fail enable Software Token MFA")


def _verified(user: dict, token: dict, friendly: str | None) -> None:
    token["Verified"] = True
    if friendly:
        token["FriendlyDeviceName"] = friendly
    user["SoftwareToken"] = token


def _enable(user: dict, method: str, preferred: bool | None) -> None:
    methods = [m for m in user.get("UserMFASettingList") or () if m != method]
    methods.append(method)
    user["UserMFASettingList"] = methods
    if preferred:
        user["PreferredMfaSetting"] = method
    elif preferred is False and user.get("PreferredMfaSetting") == method:
        user.pop("PreferredMfaSetting")


def _disable(user: dict, method: str) -> None:
    methods = [m for m in user.get("UserMFASettingList") or () if m != method]
    if methods:
        user["UserMFASettingList"] = methods
    else:
        user.pop("UserMFASettingList", None)
    if user.get("PreferredMfaSetting") == method:
        user.pop("PreferredMfaSetting")


def _set_preference(ctx, tx, pool: dict, key: str, user: dict, request: dict) -> None:
    for member, method in SETTINGS:
        settings = request.get(member)
        if settings is None:
            continue
        enabled, preferred = settings.get("Enabled"), settings.get("PreferredMfa")
        if enabled or preferred:
            if method == "SOFTWARE_TOKEN_MFA" and not (user.get("SoftwareToken") or {}).get(
                    "Verified"):
                raise errors.invalid("User has not verified software token mfa")
            destination = {"SMS_MFA": "phone_number", "EMAIL_OTP": "email"}.get(method)
            if destination and not records.attribute(user, destination):
                raise errors.invalid(f"User does not have delivery config set to turn on "
                                     f"{method}")
            _enable(user, method, bool(preferred))
        elif enabled is False:
            _disable(user, method)
        elif preferred is False and user.get("PreferredMfaSetting") == method:
            user.pop("PreferredMfaSetting")
    user["UserLastModifiedDate"] = ctx.now
    records.save_user(tx, pool, key, user, aliases_changed=False)


@handler("SetUserMFAPreference")
@handler("AdminSetUserMFAPreference")
def set_user_mfa_preference(ctx, request: dict) -> dict:
    with named_user(ctx, request) as (tx, pool, key, user):
        _set_preference(ctx, tx, pool, key, user, request)
    return {}


@handler("AdminDeleteSoftwareToken")
def admin_delete_software_token(ctx, request: dict) -> dict:
    """The user's TOTP factor is gone: no more SOFTWARE_TOKEN_MFA, and AssociateSoftwareToken
    may register a new one (a lost phone)."""
    with ctx.store.write() as tx:
        pool = records.pool(tx, request["UserPoolId"])
        key, user = records.find_user(tx, pool, request["Username"])
        if not user.get("SoftwareToken"):
            raise errors.not_found("The user has no software token (TOTP) MFA to delete.")
        user.pop("SoftwareToken")
        _disable(user, "SOFTWARE_TOKEN_MFA")
        user["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, pool, key, user, aliases_changed=False)
    return {}
