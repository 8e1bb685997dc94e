"""Token operations: GetUser, sign-out, RevokeToken, GetTokensFromRefreshToken.

Every access token is checked as Cognito does (engine/tokens.py `access`): signature,
token_use, expiry, revocation, and a user who exists and is enabled.
"""

from __future__ import annotations


from cognito_grpc.engine import errors, records, signin, tokens
from cognito_grpc.engine.ops import handler, named_user
from cognito_grpc.engine.ops.auth import refreshed


def user_response(user: dict) -> dict:
    """GetUser's answer: the user's own view of their account."""
    response = {"Username": user["Username"], "UserAttributes": user.get("Attributes", [])}
    for member in ("MFAOptions", "PreferredMfaSetting", "UserMFASettingList"):
        if user.get(member):
            response[member] = user[member]
    return response


@handler("GetUser")
def get_user(ctx, request: dict) -> dict:
    return user_response(tokens.access(ctx, request["AccessToken"]).user)


@handler("GlobalSignOut")
@handler("AdminUserGlobalSignOut")
def global_sign_out(ctx, request: dict) -> dict:
    with named_user(ctx, request) as (tx, pool, key, user):
        tokens.sign_out_everywhere(tx, ctx, pool, key, user)
    return {}


@handler("RevokeToken")
def revoke_token(ctx, request: dict) -> dict:
    client = records.app_client(ctx.store.read(), request["ClientId"])
    if signin.client_secrets(client) and \
            not signin.is_client_secret(client, request.get("ClientSecret")):
        raise errors.EngineError("UnauthorizedException", "Invalid client secret.")
    if client.get("EnableTokenRevocation", True) is False:
        raise errors.EngineError("UnsupportedOperationException",
                                 "Token revocation is not enabled for this app client.")
    token = request["Token"]
    if token.count(".") == 2:  # a JWT: access and ID tokens are not revoked one by one
        raise errors.EngineError("UnsupportedTokenTypeException",
                                 "Only refresh tokens can be revoked.")
    with ctx.store.write() as tx:
        refresh = tokens.find_refresh(tx, token)
        # As RFC 7009 has it: a token this client never had is no error, and changes nothing.
        if refresh is not None and refresh.client_id == client["ClientId"]:
            tokens.revoke_refresh(tx, refresh)
    return {}


@handler("GetTokensFromRefreshToken")
def get_tokens_from_refresh_token(ctx, request: dict) -> dict:
    client = records.app_client(ctx.store.read(), request["ClientId"])
    signin.require_flow(client, "REFRESH_TOKEN_AUTH")
    signin.check_client_secret(client, request.get("ClientSecret"))
    return {"AuthenticationResult": refreshed(ctx, client, request["RefreshToken"],
                                              rotate=True)}
