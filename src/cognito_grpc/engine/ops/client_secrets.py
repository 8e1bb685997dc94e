"""An app client's secrets, for rotation: up to two active at once (Cognito's limit).

The client document keeps its secrets under SECRETS_MEMBER (never shown: clients.shown strips
it); its ClientSecret stays the oldest active secret, as DescribeUserPoolClient shows it.
A client made before any rotation has just its ClientSecret: `active` reads that as its one
secret. SECRET_HASH and ClientSecret checks accept any active secret (signin.client_secrets).
"""

from __future__ import annotations

import hashlib

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler

SECRETS_MEMBER = "ClientSecrets"  # not a member of UserPoolClientType: stripped when shown
MAX_ACTIVE_SECRETS = 2


def _secret_id(client_id: str, value: str) -> str:
    """A stable id for a secret: the client and a digest of the value (never the value)."""
    return f"{client_id}--{hashlib.sha256(value.encode()).hexdigest()[:16]}"


def active(doc: dict) -> list[dict]:
    if SECRETS_MEMBER in doc:
        return [dict(secret) for secret in doc[SECRETS_MEMBER]]
    if not doc.get("ClientSecret"):
        return []
    return [{"ClientSecretId": _secret_id(doc["ClientId"], doc["ClientSecret"]),
             "ClientSecretValue": doc["ClientSecret"],
             "ClientSecretCreateDate": doc.get("CreationDate")}]


def _save(tx, doc: dict, secrets: list[dict]) -> None:
    doc[SECRETS_MEMBER] = secrets
    doc["ClientSecret"] = secrets[0]["ClientSecretValue"]
    tx.execute("UPDATE clients SET doc = ? WHERE id = ?", (records.dumps(doc), doc["ClientId"]))


def _client(tx, request: dict) -> dict:
    records.require_pool(tx, request["UserPoolId"])
    return records.app_client(tx, request["ClientId"], request["UserPoolId"])


@handler("AddUserPoolClientSecret")
def add_user_pool_client_secret(ctx, request: dict) -> dict:
    given = request.get("ClientSecret")
    value = given or records.new_client_secret()
    with ctx.store.write() as tx:
        doc = _client(tx, request)
        secrets = active(doc)
        if not secrets:
            raise errors.invalid(f"Client {doc['ClientId']} is not a confidential client: it "
                                 "has no client secret.", ("clientId", "has no client secret"))
        if len(secrets) >= MAX_ACTIVE_SECRETS:
            raise errors.limit_exceeded(f"An app client can have at most {MAX_ACTIVE_SECRETS} "
                                        "active client secrets.")
        if any(secret["ClientSecretValue"] == value for secret in secrets):
            raise errors.invalid("The app client already has this client secret.",
                                 ("clientSecret", "already active"))
        secret = {"ClientSecretId": _secret_id(doc["ClientId"], value),
                  "ClientSecretValue": value, "ClientSecretCreateDate": ctx.now}
        _save(tx, doc, secrets + [secret])
    # The value is answered only when Cognito made it (API reference).
    shown = {name: secret[name] for name in ("ClientSecretId", "ClientSecretCreateDate")}
    if not given:
        shown["ClientSecretValue"] = value
    return {"ClientSecretDescriptor": shown}


@handler("ListUserPoolClientSecrets")
def list_user_pool_client_secrets(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        doc = _client(db, request)
    # At most two: one page, no token. Values are never listed.
    return {"ClientSecrets": [{name: secret[name] for name in ("ClientSecretId",
                                                               "ClientSecretCreateDate")}
                              for secret in active(doc)]}


@handler("DeleteUserPoolClientSecret")
def delete_user_pool_client_secret(ctx, request: dict) -> dict:
    secret_id = request["ClientSecretId"]
    with ctx.store.write() as tx:
        doc = _client(tx, request)
        secrets = active(doc)
        kept = [secret for secret in secrets if secret["ClientSecretId"] != secret_id]
        if len(kept) == len(secrets):
            raise errors.not_found(f"Client secret {secret_id} does not exist.")
        if not kept:
            raise errors.invalid("An app client must keep at least one active client secret.",
                                 ("clientSecretId", "the client's only secret"))
        _save(tx, doc, kept)
    return {}
