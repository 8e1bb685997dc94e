"""The tokens the engine issues, and the access-token check every token-authorized call makes.

- Access and ID tokens are RS256 JWTs signed with the pool's key (keys.KeyRing), with the
  claims Cognito puts in them, in Cognito's order. Their lifetimes are the app client's
  (AccessTokenValidity, IdTokenValidity, TokenValidityUnits).
- Refresh tokens are opaque random strings. The store keeps only their SHA-256 digest, with
  the user, the client, the expiry and the `origin_jti` of the sign-in they come from: every
  access token refreshed from one sign-in shares that origin.
- Revocation is by origin: RevokeToken and sign-out revoke refresh tokens and record their
  origins in `revoked_origins`, so every access token of those sign-ins is refused. Global
  sign-out also stamps the user's SignedOutAt.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid

from joserfc import jws

from cognito_grpc.engine import errors, records

SCOPE = "aws.cognito.signin.user.admin"
UNITS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
# (member, unit member, default value, default unit) as Cognito defaults an app client.
_VALIDITY = {
    "AccessToken": ("AccessTokenValidity", 60, "minutes"),
    "IdToken": ("IdTokenValidity", 60, "minutes"),
    "RefreshToken": ("RefreshTokenValidity", 30, "days"),
}
_DEFAULT_UNIT = {"AccessToken": "hours", "IdToken": "hours", "RefreshToken": "days"}
MAX_ACCESS_SECONDS = 86400  # the longest an access token may live (1 day)
BOOLEAN_ATTRIBUTES = frozenset({"email_verified", "phone_number_verified"})
REFRESH_TOKEN_BYTES = 96

REVOKED = "Access Token has been revoked"
EXPIRED = "Access Token has expired"
INVALID = "Invalid Access Token"


def issuer(pool_id: str, pool_doc: dict | None = None) -> str:
    """The pool's `iss`: IssuerConfiguration UPDATED is Cognito's newer issuer host."""
    region = pool_id.split("_", 1)[0]
    updated = ((pool_doc or {}).get("IssuerConfiguration") or {}).get("Type") == "UPDATED"
    host = "issuer-cognito-idp" if updated else "cognito-idp"
    return f"https://{host}.{region}.amazonaws.com/{pool_id}"


def validity(client_doc: dict, token: str) -> int:
    """Seconds a token of this kind lives, as the app client says."""
    member, default, default_unit = _VALIDITY[token]
    value = client_doc.get(member)
    if value is None:
        return default * UNITS[default_unit]
    unit = (client_doc.get("TokenValidityUnits") or {}).get(token) or _DEFAULT_UNIT[token]
    return int(value) * UNITS.get(unit, UNITS[_DEFAULT_UNIT[token]])


def digest(refresh_token: str) -> str:
    return hashlib.sha256(refresh_token.encode()).hexdigest()


# --- minting -------------------------------------------------------------------------------

@dataclasses.dataclass
class SignIn:
    """Who signed in, through which client, and the sign-in the tokens belong to."""

    pool: dict
    client: dict
    user_key: str
    user: dict
    origin_jti: str
    auth_time: int


def groups_of(db, pool_id: str, key: str) -> list[dict]:
    rows = db.execute(
        "SELECT g.doc FROM members m JOIN groups g ON g.pool_id = m.pool_id AND "
        "g.name = m.group_name WHERE m.pool_id = ? AND m.user_key = ? ORDER BY m.group_name",
        (pool_id, key)).fetchall()
    return [records.loads(row[0]) for row in rows]


def _id_attributes(user: dict, client: dict) -> dict:
    readable = client.get("ReadAttributes")
    wanted = set(readable) if readable else None
    claims = {}
    for entry in user.get("Attributes", ()):
        name, value = entry["Name"], entry.get("Value", "")
        if name == "sub" or (wanted is not None and name not in wanted):
            continue
        if name in BOOLEAN_ATTRIBUTES:
            claims[name] = value == "true"
        elif name == "updated_at" and value.isdigit():
            claims[name] = int(value)
        else:
            claims[name] = value
    return claims


def _group_claims(groups: list[dict]) -> tuple[list[str], list[str], str | None]:
    names = [g["GroupName"] for g in groups]
    roles = [g["RoleArn"] for g in groups if g.get("RoleArn")]
    ranked = sorted((g for g in groups if g.get("RoleArn")),
                    key=lambda g: (g.get("Precedence") is None, g.get("Precedence") or 0))
    return names, roles, ranked[0]["RoleArn"] if ranked else None


def mint(ctx, sign_in: SignIn, groups: list[dict]) -> dict:
    """The AuthenticationResult's access and ID tokens (no refresh token) for one sign-in."""
    pool_id = sign_in.pool["Id"]
    client_id = sign_in.client["ClientId"]
    user = sign_in.user
    sub = records.attribute(user, "sub")
    iat = int(ctx.now)
    event_id = str(uuid.uuid4())
    access_seconds = validity(sign_in.client, "AccessToken")
    names, roles, preferred = _group_claims(groups)
    access = {"sub": sub}
    if names:
        access["cognito:groups"] = names
    access.update({"iss": issuer(pool_id, sign_in.pool), "client_id": client_id,
                   "origin_jti": sign_in.origin_jti, "event_id": event_id,
                   "token_use": "access", "scope": SCOPE, "auth_time": sign_in.auth_time,
                   "exp": iat + access_seconds, "iat": iat, "jti": str(uuid.uuid4()),
                   "username": user["Username"]})
    identity = {"sub": sub}
    if names:
        identity["cognito:groups"] = names
    if preferred:
        identity["cognito:preferred_role"] = preferred
        identity["cognito:roles"] = roles
    attributes = _id_attributes(user, sign_in.client)
    if "email_verified" in attributes:
        identity["email_verified"] = attributes.pop("email_verified")
    identity.update({"iss": issuer(pool_id, sign_in.pool),
                     "cognito:username": user["Username"],
                     "origin_jti": sign_in.origin_jti, "aud": client_id, "event_id": event_id,
                     "token_use": "id", "auth_time": sign_in.auth_time,
                     "exp": iat + validity(sign_in.client, "IdToken"), "iat": iat,
                     "jti": str(uuid.uuid4())})
    identity.update(attributes)
    access_token, id_token = ctx.keys.sign_all(pool_id, access, identity)
    return {"AccessToken": access_token, "ExpiresIn": access_seconds, "TokenType": "Bearer",
            "IdToken": id_token}


def store_refresh_token(tx, ctx, sign_in: SignIn) -> str:
    token = records.new_opaque(REFRESH_TOKEN_BYTES)
    tx.execute(
        "INSERT INTO refresh_tokens (digest, pool_id, user_key, client_id, origin_jti, expires, "
        "auth_time, sub) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (digest(token), sign_in.pool["Id"], sign_in.user_key, sign_in.client["ClientId"],
         sign_in.origin_jti, ctx.now + validity(sign_in.client, "RefreshToken"),
         sign_in.auth_time, records.attribute(sign_in.user, "sub")))
    return token


def new_sign_in(ctx, pool: dict, client: dict, key: str, user: dict) -> SignIn:
    return SignIn(pool, client, key, user, str(uuid.uuid4()), int(ctx.now))


def minted(ctx, sign_in: SignIn, db) -> dict:
    """A fresh sign-in's access and ID tokens, with the user's groups as `db` has them; the
    caller stores the refresh token (store_refresh_token)."""
    return mint(ctx, sign_in, groups_of(db, sign_in.pool["Id"], sign_in.user_key))


# --- refresh tokens ------------------------------------------------------------------------

LIVE_STATE, REVOKED_STATE, ROTATED_STATE = 0, 1, 2  # refresh_tokens.revoked


@dataclasses.dataclass
class Refresh:
    digest: str
    pool_id: str
    user_key: str
    client_id: str
    origin_jti: str
    expires: float
    revoked: int
    auth_time: int
    sub: str


def find_refresh(db, token: str) -> Refresh | None:
    row = db.execute(
        "SELECT digest, pool_id, user_key, client_id, origin_jti, expires, revoked, auth_time, "
        "sub FROM refresh_tokens WHERE digest = ?", (digest(token),)).fetchone()
    return Refresh(*row[:7], int(row[7]), row[8]) if row else None


def rotate(tx, ctx, refresh: Refresh, grace_seconds: int) -> None:
    """The refresh token was exchanged for a new one: it lasts `grace_seconds` more, after
    which using it again is a reuse."""
    tx.execute("UPDATE refresh_tokens SET revoked = ?, expires = min(expires, ?) "
               "WHERE digest = ? AND revoked = ?",
               (ROTATED_STATE, ctx.now + grace_seconds, refresh.digest, LIVE_STATE))


def revoke_refresh(tx, refresh: Refresh) -> None:
    tx.execute("UPDATE refresh_tokens SET revoked = ? WHERE digest = ?",
               (REVOKED_STATE, refresh.digest))
    tx.execute("INSERT OR IGNORE INTO revoked_origins (origin_jti, expires) VALUES (?, ?)",
               (refresh.origin_jti, refresh.expires + MAX_ACCESS_SECONDS))


def sign_out_everywhere(tx, ctx, pool_doc: dict, key: str, user: dict) -> None:
    """Global sign-out: every refresh token of the user, and every access token of theirs."""
    pool_id = pool_doc["Id"]
    tx.execute(
        "INSERT OR IGNORE INTO revoked_origins (origin_jti, expires) SELECT origin_jti, "
        "expires + ? FROM refresh_tokens WHERE pool_id = ? AND user_key = ? AND revoked != ?",
        (MAX_ACCESS_SECONDS, pool_id, key, REVOKED_STATE))
    tx.execute("UPDATE refresh_tokens SET revoked = ? WHERE pool_id = ? AND user_key = ?",
               (REVOKED_STATE, pool_id, key))
    user["SignedOutAt"] = ctx.now
    records.save_user(tx, pool_doc, key, user, aliases_changed=False)


# --- the access-token check --------------------------------------------------------------

@dataclasses.dataclass
class Access:
    """A valid access token's claims, and the pool and user it speaks for."""

    claims: dict
    pool: dict
    user_key: str
    user: dict


def _unverified_claims(token) -> dict:
    if not isinstance(token, str):
        raise errors.not_authorized(INVALID)
    try:
        claims = json.loads(jws.extract_compact(token.encode()).payload)
    except Exception:  # noqa: BLE001 - anything that is not a compact JWS with JSON claims
        raise errors.not_authorized(INVALID) from None
    if not isinstance(claims, dict):
        raise errors.not_authorized(INVALID)
    return claims


_UPDATED = {"IssuerConfiguration": {"Type": "UPDATED"}}


def _pool_of(claims: dict) -> str:
    iss = claims.get("iss")
    if not isinstance(iss, str) or "/" not in iss:
        raise errors.not_authorized(INVALID)
    pool_id = iss.rsplit("/", 1)[1]
    # either host: a pool whose IssuerConfiguration changed keeps its tokens good
    if iss not in (issuer(pool_id), issuer(pool_id, _UPDATED)):
        raise errors.not_authorized(INVALID)
    return pool_id


def access(ctx, token) -> Access:
    """The checks Cognito makes of an AccessToken, each refusal its NotAuthorizedException:
    signature (the pool's key), token_use, expiry, revocation (of its sign-in, or a global
    sign-out since), and a user who still exists and is enabled."""
    pool_id = _pool_of(_unverified_claims(token))
    claims = ctx.keys.verify(pool_id, token)
    if claims is None or claims.get("token_use") != "access" or \
            not isinstance(claims.get("username"), str):
        raise errors.not_authorized(INVALID)
    exp = claims.get("exp")
    if not isinstance(exp, (int, float)) or exp <= ctx.now:
        raise errors.not_authorized(EXPIRED)
    with ctx.store.snapshot() as db:
        if db.execute("SELECT 1 FROM revoked_origins WHERE origin_jti = ?",
                      (str(claims.get("origin_jti")),)).fetchone():
            raise errors.not_authorized(REVOKED)
        try:
            pool_doc = records.pool(db, pool_id)
        except errors.EngineError:
            raise errors.not_authorized(INVALID) from None
        key = records.user_key(pool_doc, claims["username"])
        row = db.execute("SELECT doc FROM users WHERE pool_id = ? AND key = ?",
                         (pool_id, key)).fetchone()
    user = records.loads(row[0]) if row else None
    if user is None or records.attribute(user, "sub") != claims.get("sub"):
        raise errors.not_authorized(REVOKED)
    signed_out = user.get("SignedOutAt")
    # iat has whole seconds: only a token issued a full second before the sign-out is sure
    # to predate it (the origin check above catches the rest exactly).
    if signed_out is not None and claims.get("iat", 0) < int(signed_out):
        raise errors.not_authorized(REVOKED)
    if not user.get("Enabled", True):
        raise errors.not_authorized("User is disabled.")
    return Access(claims, pool_doc, key, user)


def check_access_token(ctx_or_engine, token: str) -> dict:
    """The claims of a valid access token, for callers outside a handler (the server's auth
    interceptor): an Engine or a handler's Context. Raises EngineError NotAuthorizedException
    ("Invalid Access Token", "Access Token has expired", "Access Token has been revoked",
    "User is disabled.") otherwise."""
    ctx = ctx_or_engine
    if not hasattr(ctx, "now"):  # an Engine: a context of its own, at its clock's time
        ctx = _EngineView(ctx_or_engine)
    return access(ctx, token).claims


class _EngineView:
    def __init__(self, engine):
        self.store = engine.store
        self.keys = engine.keys
        self.now = engine.clock()
