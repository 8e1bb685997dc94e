"""User sessions: ListUserSessions, AdminListUserSessions, RevokeUserSession and
AdminRevokeUserSession.

A session is one sign-in's family of refresh tokens (Cognito's "token session"): every token
refreshed or rotated from that sign-in shares its `origin_jti`. Its SessionId (`tkn` and 25
lower-case letters and digits) is derived from the origin, so it needs no column of its own.
It is active while one of its refresh tokens is neither revoked nor expired. Revoking it
revokes that whole family and records the origin as revoked, so its access tokens are
refused too, while the user's other sessions keep working. The engine has no managed login,
so there are no SSO sessions, and RevokeAssociatedSessions=LINKED revokes nothing more.
"""

from __future__ import annotations

import hashlib

from cognito_grpc.engine import errors, records, tokens
from cognito_grpc.engine.ops import handler

PAGE = 125  # Cognito answers up to 125 sessions a page
_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def session_id(origin_jti: str) -> str:
    number = int.from_bytes(hashlib.sha256(origin_jti.encode()).digest(), "big")
    digits = []
    for _ in range(25):
        number, digit = divmod(number, 36)
        digits.append(_ALPHABET[digit])
    return "tkn" + "".join(digits)


def _families(db, ctx, pool_id: str, key: str, user: dict) -> dict[str, dict]:
    """The user's active sessions by SessionId: each with its origin, client, CreateDate and
    LastActiveDate (when its newest refresh token was issued)."""
    rows = db.execute(
        "SELECT origin_jti, client_id, auth_time, expires FROM refresh_tokens "
        "WHERE pool_id = ? AND user_key = ? AND sub = ? AND revoked != ? AND expires > ?",
        (pool_id, key, records.attribute(user, "sub"), tokens.REVOKED_STATE,
         ctx.now)).fetchall()
    clients: dict[str, dict | None] = {}
    found: dict[str, dict] = {}
    for origin, client_id, auth_time, expires in rows:
        if client_id not in clients:
            row = db.execute("SELECT doc FROM clients WHERE id = ?", (client_id,)).fetchone()
            clients[client_id] = records.loads(row[0]) if row else None
        client = clients[client_id]
        if client is None:  # its app client was deleted: its tokens no longer work
            continue
        issued = max(float(auth_time), expires - tokens.validity(client, "RefreshToken"))
        family = found.setdefault(session_id(origin), {
            "Origin": origin, "ClientId": client_id, "CreateDate": float(auth_time),
            "LastActiveDate": float(auth_time), "Expires": expires})
        family["LastActiveDate"] = max(family["LastActiveDate"], issued)
        family["Expires"] = max(family["Expires"], expires)
    return found


def _page(found: dict[str, dict], next_token, current_origin: str | None) -> dict:
    ordered = sorted(found.items(), key=lambda item: (item[1]["CreateDate"], item[0]))
    if next_token is not None:
        ids = [sid for sid, _ in ordered]
        if next_token not in ids:
            raise errors.EngineError("InvalidParameterException", "Invalid NextToken.")
        ordered = ordered[ids.index(next_token) + 1:]
    sessions = []
    for sid, family in ordered[:PAGE]:
        session = {"SessionId": sid, "SessionType": "TOKEN", "ClientId": family["ClientId"],
                   "CreateDate": family["CreateDate"],
                   "LastActiveDate": family["LastActiveDate"]}
        if current_origin is not None:
            session["IsCurrentSession"] = family["Origin"] == current_origin
        sessions.append(session)
    response: dict = {"Sessions": sessions}
    if len(ordered) > PAGE:
        response["NextToken"] = sessions[-1]["SessionId"]
    return response


@handler("ListUserSessions")
def list_user_sessions(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    found = _families(ctx.store.read(), ctx, grant.pool["Id"], grant.user_key, grant.user)
    return _page(found, request.get("NextToken"), str(grant.claims.get("origin_jti")))


@handler("AdminListUserSessions")
def admin_list_user_sessions(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        pool = records.pool(db, request["UserPoolId"])
        key, user = records.find_user(db, pool, request["Username"])
        found = _families(db, ctx, pool["Id"], key, user)
    return _page(found, request.get("NextToken"), None)


def _revoke(tx, ctx, pool_id: str, key: str, user: dict, wanted: str,
            current_origin: str | None = None) -> None:
    family = _families(tx, ctx, pool_id, key, user).get(wanted)
    if family is None:
        raise errors.EngineError("ResourceNotFoundException", "Session not found.")
    if family["Origin"] == current_origin:
        raise errors.EngineError(
            "InvalidParameterException",
            "The session that the access token belongs to cannot be revoked.")
    tx.execute("UPDATE refresh_tokens SET revoked = ? WHERE origin_jti = ? AND pool_id = ?",
               (tokens.REVOKED_STATE, family["Origin"], pool_id))
    tx.execute("INSERT OR IGNORE INTO revoked_origins (origin_jti, expires) VALUES (?, ?)",
               (family["Origin"], family["Expires"] + tokens.MAX_ACCESS_SECONDS))


@handler("RevokeUserSession")
def revoke_user_session(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    with ctx.store.write() as tx:
        _revoke(tx, ctx, grant.pool["Id"], grant.user_key, grant.user, request["SessionId"],
                current_origin=str(grant.claims.get("origin_jti")))
    return {}


@handler("AdminRevokeUserSession")
def admin_revoke_user_session(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        pool = records.pool(tx, request["UserPoolId"])
        key, user = records.find_user(tx, pool, request["Username"])
        _revoke(tx, ctx, pool["Id"], key, user, request["SessionId"])
    return {}
