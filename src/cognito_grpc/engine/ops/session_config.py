"""Session configuration: the pool's user session tracking and token sessions per user, an
app client's SSO session validity. Settings documents in `items`, defaults when unset."""

from __future__ import annotations

import copy

from cognito_grpc.engine import records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.ops.risk import save_setting, setting

KIND = "session-configuration"
POOL_KEY = "pool"
# What Cognito answers before anything is set: tracking off, no per-user cap, no SSO session.
POOL_DEFAULTS = {"UserSessionTracking": "DISABLED"}


@handler("SetUserPoolSessionConfiguration")
def set_user_pool_session_configuration(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        doc = setting(tx, pool_id, KIND, POOL_KEY) or {"UserPoolId": pool_id, **POOL_DEFAULTS}
        for name in ("UserSessionTracking", "TokenSession"):
            if name in request:
                doc[name] = copy.deepcopy(request[name])
        save_setting(tx, pool_id, KIND, POOL_KEY, doc)
    return doc


@handler("GetUserPoolSessionConfiguration")
def get_user_pool_session_configuration(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        doc = setting(db, pool_id, KIND, POOL_KEY)
    return doc or {"UserPoolId": pool_id, **POOL_DEFAULTS}


def _client_key(client_id: str) -> str:
    return f"client:{client_id}"


@handler("SetUserPoolClientSessionConfiguration")
def set_user_pool_client_session_configuration(ctx, request: dict) -> dict:
    pool_id, client_id = request["UserPoolId"], request["ClientId"]
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        records.app_client(tx, client_id, pool_id)
        doc = setting(tx, pool_id, KIND, _client_key(client_id)) or {
            "UserPoolId": pool_id, "ClientId": client_id}
        if "SSOSession" in request:
            doc["SSOSession"] = copy.deepcopy(request["SSOSession"])
        save_setting(tx, pool_id, KIND, _client_key(client_id), doc)
    return doc


@handler("GetUserPoolClientSessionConfiguration")
def get_user_pool_client_session_configuration(ctx, request: dict) -> dict:
    pool_id, client_id = request["UserPoolId"], request["ClientId"]
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        records.app_client(db, client_id, pool_id)
        doc = setting(db, pool_id, KIND, _client_key(client_id))
    return doc or {"UserPoolId": pool_id, "ClientId": client_id}
