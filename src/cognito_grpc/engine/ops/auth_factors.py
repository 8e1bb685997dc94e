"""GetUserAuthFactors and AdminGetUserAuthFactors: a user's MFA settings and the first
factors they can sign in with through USER_AUTH (engine/choice.py decides which)."""

from __future__ import annotations

from cognito_grpc.engine import choice, records, tokens
from cognito_grpc.engine.ops import handler


def _factors(db, pool: dict, key: str, user: dict) -> dict:
    response = {"Username": user["Username"],
                "ConfiguredUserAuthFactors": [f for f in choice.available(db, pool, key, user)
                                              if f != "PASSWORD_SRP"]}
    for name in ("PreferredMfaSetting", "UserMFASettingList"):
        if user.get(name):
            response[name] = user[name]
    return response


@handler("GetUserAuthFactors")
def get_user_auth_factors(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    return _factors(ctx.store.read(), grant.pool, grant.user_key, grant.user)


@handler("AdminGetUserAuthFactors")
def admin_get_user_auth_factors(ctx, request: dict) -> dict:
    db = ctx.store.read()
    pool = records.pool(db, request["UserPoolId"])
    key, user = records.find_user(db, pool, request["Username"])
    return _factors(db, pool, key, user)
