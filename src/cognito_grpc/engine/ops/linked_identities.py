"""Linking a federated identity (an IdP's user) to a native user, and unlinking it.

AdminLinkProviderForUser adds the identity to the destination user's `identities` attribute,
the JSON list Cognito shows ([{"userId", "providerName", "providerType", "issuer",
"primary", "dateCreated"}]). One identity links to one user: a marker item per identity
(kind linked-identity, key provider + value) is the database's uniqueness and leads back to
the user, so AdminDisableProviderForUser finds the link without a scan.
"""

from __future__ import annotations

import json

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.ops.providers import IDENTITY_PROVIDERS
from cognito_grpc.engine.resources import KEY_SEPARATOR, item

KIND = "linked-identity"
NATIVE = "Cognito"
MAX_LINKED = 5  # Cognito's quota of identities linked to one user


def _identities(user: dict) -> list[dict]:
    text = records.attribute(user, "identities")
    return json.loads(text) if text else []


def _set_identities(user: dict, identities: list[dict]) -> None:
    if identities:
        records.set_attributes(user, [{"Name": "identities",
                                       "Value": json.dumps(identities, separators=(",", ":"))}])
    else:
        records.remove_attributes(user, ["identities"])


def _marker(provider: str, value: str) -> str:
    return f"{provider}{KEY_SEPARATOR}{value}"


@handler("AdminLinkProviderForUser")
def admin_link_provider_for_user(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    destination, source = request["DestinationUser"], request["SourceUser"]
    if destination.get("ProviderName") != NATIVE or not destination.get("ProviderAttributeValue"):
        raise errors.invalid("The destination user must be a Cognito user: ProviderName "
                             "Cognito and ProviderAttributeValue its username.",
                             ("destinationUser", "not a Cognito user"))
    provider_name, value = source.get("ProviderName"), source.get("ProviderAttributeValue")
    if not provider_name or not value or provider_name == NATIVE:
        raise errors.invalid("The source user must name an identity provider and the user's "
                             "value there.", ("sourceUser", "not an external identity"))
    with ctx.store.write() as tx:
        pool = records.pool(tx, pool_id)
        provider = item(tx, IDENTITY_PROVIDERS, {"UserPoolId": pool_id,
                                                 "ProviderName": provider_name})
        key, user = records.find_user(tx, pool, destination["ProviderAttributeValue"])
        identities = _identities(user)
        if len(identities) >= MAX_LINKED:
            raise errors.limit_exceeded(f"A user can have at most {MAX_LINKED} linked "
                                        "identities.")
        marker = _marker(provider_name, value)
        linked = tx.execute("SELECT i.doc, u.key FROM items i LEFT JOIN users u ON "
                            "u.pool_id = i.pool_id AND u.key = json_extract(i.doc, '$') "
                            "WHERE i.pool_id = ? AND i.kind = ? AND i.key = ?",
                            (pool_id, KIND, marker)).fetchone()
        if linked is not None and linked[1] is not None:  # a deleted user's link is stale
            raise errors.EngineError("AliasExistsException", "The source user is already "
                                     "linked to a user in this user pool.")
        tx.execute("INSERT OR REPLACE INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
                   (pool_id, KIND, marker, records.dumps(key)))
        # Cognito names the issuer of an OIDC provider only (null for social ones and SAML).
        issuer = (provider["ProviderDetails"].get("oidc_issuer")
                  if provider["ProviderType"] == "OIDC" else None)
        identities.append({"userId": value, "providerName": provider_name,
                           "providerType": provider["ProviderType"], "issuer": issuer,
                           "primary": False, "dateCreated": int(ctx.now * 1000)})
        _set_identities(user, identities)
        user["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, pool, key, user, aliases_changed=False)
    return {}


@handler("AdminDisableProviderForUser")
def admin_disable_provider_for_user(ctx, request: dict) -> dict:
    pool_id, named = request["UserPoolId"], request["User"]
    provider_name, value = named.get("ProviderName"), named.get("ProviderAttributeValue")
    if not provider_name or not value:
        raise errors.invalid("The user must name an identity provider and the user's value "
                             "there.", ("user", "needs ProviderName and ProviderAttributeValue"))
    with ctx.store.write() as tx:
        pool = records.pool(tx, pool_id)
        row = tx.execute("DELETE FROM items WHERE pool_id = ? AND kind = ? AND key = ? "
                         "RETURNING doc", (pool_id, KIND, _marker(provider_name, value)
                                           )).fetchone()
        if row is None:
            raise errors.user_not_found()
        key = records.loads(row[0])
        found = tx.execute("SELECT doc FROM users WHERE pool_id = ? AND key = ?",
                           (pool_id, key)).fetchone()
        if found is not None:
            user = records.loads(found[0])
            _set_identities(user, [identity for identity in _identities(user)
                                   if (identity["providerName"], identity["userId"])
                                   != (provider_name, value)])
            user["UserLastModifiedDate"] = ctx.now
            records.save_user(tx, pool, key, user, aliases_changed=False)
    return {}
