"""Resource servers: OAuth 2.0 APIs and their custom scopes, declared on the CRUD pattern."""

from __future__ import annotations

import copy

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.resources import Resource, register

# Cognito's quotas: 25 resource servers per pool, 100 scopes per server (the model says 100).
MAX_RESOURCE_SERVERS = 25


def _build(ctx, request: dict, old: dict | None) -> dict:
    scopes = copy.deepcopy(request.get("Scopes") or [])
    names = [scope["ScopeName"] for scope in scopes]
    if len(set(names)) != len(names):
        raise errors.invalid("Scope names must be unique within a resource server.",
                             ("scopes", "duplicate ScopeName"))
    # UpdateResourceServer sets Name and Scopes; a member left out is reset, as Cognito does.
    return {"UserPoolId": request["UserPoolId"], "Identifier": request["Identifier"],
            "Name": request["Name"], "Scopes": scopes}


RESOURCE_SERVERS = Resource(
    kind="resource-server",
    key="Identifier",
    member="ResourceServer",
    list_member="ResourceServers",
    missing="Resource server {Identifier} does not exist.",
    exists=("InvalidParameterException", "{Identifier} already exists in user pool {UserPoolId}."),
    build=_build,
    page_size=50,
    max_items=MAX_RESOURCE_SERVERS,
    max_items_message=f"A user pool can have at most {MAX_RESOURCE_SERVERS} resource servers.",
)

register(RESOURCE_SERVERS, create="CreateResourceServer", describe="DescribeResourceServer",
         update="UpdateResourceServer", delete="DeleteResourceServer",
         list="ListResourceServers")


def scopes_of(db, pool_id: str) -> set[str]:
    """Every custom scope of a pool, as app clients name them: "identifier/scope"."""
    rows = db.execute("SELECT key, json_extract(doc, '$.Scopes') FROM items WHERE pool_id = ? "
                      "AND kind = ?", (pool_id, RESOURCE_SERVERS.kind)).fetchall()
    return {f"{identifier}/{scope['ScopeName']}" for identifier, text in rows
            for scope in records.loads(text or "[]")}
