"""GetDerivedToken: OAuth 2.0 token exchange (RFC 8693) through the API.

An app client presents a token of one of its pool's users (the subject) and gets a new token
for that user, narrowed to the scopes and the audience it names, signed with the pool's key.
An actor token (an intermediary service's) puts an `act` claim in the new token. The derived
access token keeps the subject's `origin_jti`, so revoking the subject's sign-in revokes it
too, and GetUser takes it as the user's own.
"""

from __future__ import annotations

import uuid

from cognito_grpc.engine import errors, records, signin, tokens
from cognito_grpc.engine.ops import handler

_TOKEN_USE = {"ACCESS_TOKEN": "access", "ID_TOKEN": "id"}


def _check_client(client: dict, given: str | None) -> None:
    if signin.client_secrets(client) and not signin.is_client_secret(client, given):
        raise errors.not_authorized(f"Unable to verify secret for client {client['ClientId']}")


def _holder(ctx, pool_id: str, token: str, kind: str, member: str) -> dict:
    """The claims of a live token of the pool's user: an access token as GetUser checks it
    (revocation included), an ID token by its signature, use, expiry and user."""
    if kind == "SAML2":
        raise errors.invalid(f"{member}: the embedded engine exchanges Cognito's own access "
                             "and ID tokens only, not SAML assertions.",
                             (member[:1].lower() + member[1:], "SAML2 is not served"))
    if kind == "ACCESS_TOKEN":
        grant = tokens.access(ctx, token)
        if grant.pool["Id"] != pool_id:
            raise errors.not_authorized(f"{member} was not issued by this client's user pool.")
        return grant.claims
    claims = ctx.keys.verify(pool_id, token)
    if claims is None or claims.get("token_use") != "id":
        raise errors.not_authorized(f"Invalid {member}.")
    if not isinstance(claims.get("exp"), (int, float)) or claims["exp"] <= ctx.now:
        raise errors.not_authorized(f"{member} has expired.")
    db = ctx.store.read()
    pool_doc = records.pool(db, pool_id)
    row = db.execute("SELECT doc FROM users WHERE pool_id = ? AND key = ?",
                     (pool_id, records.user_key(pool_doc, str(claims.get("cognito:username")))
                      )).fetchone()
    user = records.loads(row[0]) if row else None
    if user is None or records.attribute(user, "sub") != claims.get("sub") or \
            not user.get("Enabled", True):
        raise errors.not_authorized(f"{member}'s user no longer signs in.")
    return claims


@handler("GetDerivedToken")
def get_derived_token(ctx, request: dict) -> dict:
    client = records.app_client(ctx.store.read(), request["ClientId"])
    _check_client(client, request.get("ClientSecret"))
    pool_id = client["UserPoolId"]
    subject = _holder(ctx, pool_id, request["SubjectToken"], request["SubjectTokenType"],
                      "SubjectToken")
    actor = _holder(ctx, pool_id, request["ActorToken"], request.get("ActorTokenType") or
                    "ACCESS_TOKEN", "ActorToken") if request.get("ActorToken") else None
    issued_type = request.get("RequestedTokenType") or "ACCESS_TOKEN"
    held = (subject.get("scope") or "").split() or list(client.get("AllowedOAuthScopes") or ())
    scopes = request.get("Scopes") or held
    beyond = [scope for scope in scopes if scope not in held]
    if beyond:
        raise errors.invalid(f"Invalid scope requested: {' '.join(beyond)}: a derived token "
                             "has at most the subject token's scopes.",
                             ("scopes", "beyond the subject token's"))
    audience = (request.get("Audiences") or request.get("Resources") or [None])[0]
    username = subject.get("username") or subject.get("cognito:username")
    seconds = tokens.validity(client, "AccessToken" if issued_type == "ACCESS_TOKEN"
                              else "IdToken")
    now = int(ctx.now)
    pool_doc = records.pool(ctx.store.read(), pool_id)
    claims = {"sub": subject["sub"], "iss": tokens.issuer(pool_id, pool_doc),
              "token_use": _TOKEN_USE[issued_type], "auth_time": subject.get("auth_time", now),
              "iat": now, "exp": now + seconds, "jti": str(uuid.uuid4())}
    if subject.get("origin_jti"):
        claims["origin_jti"] = subject["origin_jti"]
    if issued_type == "ACCESS_TOKEN":
        claims.update({"client_id": client["ClientId"], "username": username,
                       "scope": " ".join(scopes)})
        if audience:
            claims["aud"] = audience
    else:
        claims.update({"aud": audience or client["ClientId"], "cognito:username": username})
    if actor is not None:
        claims["act"] = {"sub": actor["sub"],
                         "client_id": actor.get("client_id") or actor.get("aud")}
    response = {"IssuedToken": ctx.keys.sign(pool_id, claims), "IssuedTokenType": issued_type,
                "TokenType": "Bearer" if issued_type == "ACCESS_TOKEN" else "N_A",
                "ExpiresIn": seconds}
    if issued_type == "ACCESS_TOKEN":
        response["Scopes"] = list(scopes)
    return response
