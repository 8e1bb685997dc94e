"""GetClientToken: the client credentials grant (machine-to-machine) through the API.

The app client proves itself with one of its secrets and gets an access token for its own
custom scopes (all the client may ask for, or the ones requested), signed with the pool's
key, with Cognito's M2M claims: sub and client_id are the client, no username.
"""

from __future__ import annotations

import uuid

from cognito_grpc.engine import errors, records, signin, tokens
from cognito_grpc.engine.ops import handler


@handler("GetClientToken")
def get_client_token(ctx, request: dict) -> dict:
    client = records.app_client(ctx.store.read(), request["ClientId"])
    client_id = client["ClientId"]
    if not signin.is_client_secret(client, request["Secret"]):
        raise errors.not_authorized(f"Unable to verify secret for client {client_id}")
    if "client_credentials" not in (client.get("AllowedOAuthFlows") or ()) or \
            not client.get("AllowedOAuthFlowsUserPoolClient"):
        raise errors.not_authorized(f"Client {client_id} is not allowed the "
                                    "client_credentials flow.")
    allowed = list(client.get("AllowedOAuthScopes") or ())
    asked = request.get("Scopes")
    if asked:
        unknown = [scope for scope in asked if scope not in allowed]
        if unknown:
            raise errors.invalid(f"Invalid scope requested: {' '.join(unknown)}.",
                                 ("scopes", "not allowed for this client"))
    scopes = asked or allowed
    seconds = tokens.validity(client, "AccessToken")
    now = int(ctx.now)
    claims = {"sub": client_id, "token_use": "access", "scope": " ".join(scopes),
              "auth_time": now, "iss": tokens.issuer(client["UserPoolId"]), "exp": now + seconds,
              "iat": now, "version": 2, "jti": str(uuid.uuid4()), "client_id": client_id}
    return {"ClientAuthenticationResult": {
        "AccessToken": ctx.keys.sign(client["UserPoolId"], claims), "ExpiresIn": seconds,
        "TokenType": "Bearer"}}
