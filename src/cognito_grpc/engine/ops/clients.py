"""App clients: create, describe, update, delete, list.

The stored document is exactly the UserPoolClientType DescribeUserPoolClient answers with
(records.app_client reads it): ClientSecret, ExplicitAuthFlows (Cognito's default when none
is given), the token validities as given (`token_lifetimes` gives them in seconds, with
Cognito's defaults). UpdateUserPoolClient replaces every settable member: one it leaves out
goes back to its default, as Cognito's API reference warns.
"""

from __future__ import annotations

import copy
import sqlite3
from urllib.parse import urlsplit

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.ops.client_secrets import SECRETS_MEMBER
from cognito_grpc.engine.ops.providers import provider_names
from cognito_grpc.engine.ops.resource_servers import scopes_of

MAX_CLIENTS_PAGE = 60
MAX_CLIENTS = 1000  # Cognito's quota of app clients per user pool

DEFAULT_EXPLICIT_AUTH_FLOWS = ("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH",
                               "ALLOW_CUSTOM_AUTH")
LEGACY_AUTH_FLOWS = frozenset({"ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
                               "USER_PASSWORD_AUTH"})
STANDARD_SCOPES = frozenset({"phone", "email", "openid", "profile",
                             "aws.cognito.signin.user.admin"})
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})

# Members CreateUserPoolClient and UpdateUserPoolClient set, each with its default (None:
# left out of the document when not given).
SETTABLE: dict[str, object] = {
    "RefreshTokenValidity": 30,
    "AccessTokenValidity": None,
    "IdTokenValidity": None,
    "TokenValidityUnits": {},
    "ReadAttributes": None,
    "WriteAttributes": None,
    "ExplicitAuthFlows": list(DEFAULT_EXPLICIT_AUTH_FLOWS),
    "SupportedIdentityProviders": None,
    "CallbackURLs": None,
    "LogoutURLs": None,
    "DefaultRedirectURI": None,
    "AllowedOAuthFlows": None,
    "AllowedOAuthScopes": None,
    "AllowedOAuthFlowsUserPoolClient": False,
    "AnalyticsConfiguration": None,
    "PreventUserExistenceErrors": None,
    "EnableTokenRevocation": True,
    "EnablePropagateAdditionalUserContextData": False,
    "AuthSessionValidity": 3,
    "RefreshTokenRotation": None,
}

# Seconds per TokenValidityUnits value, and each token's default unit and lifetime.
UNIT_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
TOKENS = {  # validity member: (units member, default unit, default seconds, min s, max s)
    "AccessTokenValidity": ("AccessToken", "hours", 3600, 300, 86400),
    "IdTokenValidity": ("IdToken", "hours", 3600, 300, 86400),
    "RefreshTokenValidity": ("RefreshToken", "days", 30 * 86400, 3600, 10 * 365 * 86400),
}


def token_lifetimes(doc: dict) -> dict[str, int]:
    """Seconds each token of this client lives: {"AccessToken": 3600, "IdToken": ...,
    "RefreshToken": ...}, from its validities and TokenValidityUnits or Cognito's defaults."""
    units = doc.get("TokenValidityUnits") or {}
    lifetimes = {}
    for member, (unit_member, default_unit, default_seconds, _, _) in TOKENS.items():
        value = doc.get(member)
        lifetimes[unit_member] = default_seconds if not value else \
            value * UNIT_SECONDS[units.get(unit_member, default_unit)]
    return lifetimes


# --- the semantic checks Cognito makes -------------------------------------------------------

def _check_token_validities(doc: dict) -> None:
    units = doc.get("TokenValidityUnits") or {}
    for member, (unit_member, default_unit, _, low, high) in TOKENS.items():
        value = doc.get(member)
        if value is None:
            continue
        unit = units.get(unit_member, default_unit)
        seconds = value * UNIT_SECONDS[unit]
        if not low <= seconds <= high:
            field = member[:1].lower() + member[1:]
            raise errors.invalid(
                f"Invalid range for token validity: {member} {value} {unit} must be between "
                f"{_duration(low)} and {_duration(high)}.", (field, "out of range"))


def _duration(seconds: int) -> str:
    for unit, size in (("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds % size == 0:
            count = seconds // size
            return f"{count} {unit[:-1] if count == 1 else unit}"
    return f"{seconds} seconds"


def _check_auth_flows(flows: list[str]) -> None:
    legacy = [flow for flow in flows if flow in LEGACY_AUTH_FLOWS]
    if legacy and len(legacy) != len(flows):
        raise errors.invalid("ExplicitAuthFlows cannot mix legacy values (ADMIN_NO_SRP_AUTH, "
                             "CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with ALLOW_ values.",
                             ("explicitAuthFlows", "legacy and ALLOW_ values mixed"))


def _check_url(url: str, field: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a port that is not a number raises here)
    except ValueError:
        raise errors.invalid(f"{url} is not a valid URL.", (field, "not a valid URL")) from None
    if not parts.scheme or (parts.scheme in ("http", "https") and not parts.netloc):
        raise errors.invalid(f"{url} is not an absolute URL.", (field, "not an absolute URL"))
    if parts.fragment or "#" in url:
        raise errors.invalid(f"{url} must not include a fragment.", (field, "has a fragment"))
    if parts.scheme == "http" and (parts.hostname or "") not in LOOPBACK_HOSTS and \
            f"[{parts.hostname}]" not in LOOPBACK_HOSTS:
        raise errors.invalid(f"{url} must use HTTPS: http is allowed only for localhost.",
                             (field, "http is allowed only for localhost"))


def _check_urls(doc: dict) -> None:
    for member in ("CallbackURLs", "LogoutURLs"):
        field = member[:1].lower() + member[1:]
        for index, url in enumerate(doc.get(member) or (), 1):
            _check_url(url, f"{field}.{index}.member")
    redirect = doc.get("DefaultRedirectURI")
    if redirect is not None:
        _check_url(redirect, "defaultRedirectURI")
        if redirect not in (doc.get("CallbackURLs") or ()):
            raise errors.invalid("DefaultRedirectURI must be in CallbackURLs.",
                                 ("defaultRedirectURI", "not in CallbackURLs"))


def _check_oauth(db, pool_id: str, doc: dict, has_secret: bool) -> None:
    flows = doc.get("AllowedOAuthFlows") or []
    scopes = doc.get("AllowedOAuthScopes") or []
    custom = set(scope for scope in scopes if scope not in STANDARD_SCOPES)
    if custom:
        unknown = sorted(custom - scopes_of(db, pool_id))
        if unknown:
            raise errors.EngineError("ScopeDoesNotExistException",
                                     f"Invalid scope requested: {unknown[0]}")
    if "client_credentials" in flows:
        if len(flows) > 1:
            raise errors.EngineError("InvalidOAuthFlowException",
                                     "client_credentials flow can not be selected along with "
                                     "code flow or implicit flow.")
        if not has_secret:
            raise errors.EngineError("InvalidOAuthFlowException",
                                     "client_credentials flow can not be selected if client "
                                     "does not have a client secret.")
        for scope in scopes:  # client_credentials grants carry only custom scopes
            if scope in STANDARD_SCOPES:
                raise errors.EngineError("InvalidOAuthFlowException",
                                         f"{scope} is not supported with client_credentials "
                                         "flow.")
    if not doc.get("AllowedOAuthFlowsUserPoolClient"):
        return
    if not flows:
        raise errors.invalid("AllowedOAuthFlows is required when "
                             "AllowedOAuthFlowsUserPoolClient is true.",
                             ("allowedOAuthFlows", "required with OAuth"))
    if not scopes:
        raise errors.invalid("AllowedOAuthScopes is required when "
                             "AllowedOAuthFlowsUserPoolClient is true.",
                             ("allowedOAuthScopes", "required with OAuth"))
    if ("code" in flows or "implicit" in flows) and not doc.get("CallbackURLs"):
        raise errors.invalid("CallbackURLs is required for the code and implicit OAuth flows.",
                             ("callbackURLs", "required for code and implicit flows"))


def _check_attributes(pool_doc: dict, doc: dict, verb: str) -> None:
    names = {a["Name"] for a in pool_doc.get("SchemaAttributes", ())}
    for member, kind in (("ReadAttributes", "read"), ("WriteAttributes", "write")):
        given = doc.get(member)
        if given and not set(given) <= names:
            raise errors.invalid(f"Invalid {kind} attributes specified while {verb} a client",
                                 (member[:1].lower() + member[1:], "not in the pool's schema"))
    if "sub" in (doc.get("WriteAttributes") or ()):
        raise errors.invalid(f"Invalid write attributes specified while {verb} a client",
                             ("writeAttributes", "sub cannot be written"))


def _check_providers(db, pool_id: str, doc: dict) -> None:
    supported = doc.get("SupportedIdentityProviders") or []
    if not supported:
        return
    known = provider_names(db, pool_id) | {"COGNITO"}
    for name in supported:
        if name not in known:
            raise errors.invalid(f"The provider {name} does not exist for User Pool {pool_id}",
                                 ("supportedIdentityProviders", f"{name} does not exist"))


def _settings(request: dict) -> dict:
    """The settable members of a create or update request, with defaults for the rest."""
    doc = {}
    for member, default in SETTABLE.items():
        value = request.get(member, default)
        if value is not None:
            doc[member] = copy.deepcopy(value)
    if not doc.get("RefreshTokenValidity"):  # 0 means the default (API reference)
        doc["RefreshTokenValidity"] = 30
    if "ExplicitAuthFlows" in request and not request["ExplicitAuthFlows"]:
        doc["ExplicitAuthFlows"] = []
    return doc


def _checked(db, pool_doc: dict, doc: dict, verb: str) -> dict:
    has_secret = "ClientSecret" in doc
    _check_token_validities(doc)
    _check_auth_flows(doc.get("ExplicitAuthFlows") or [])
    _check_urls(doc)
    _check_attributes(pool_doc, doc, verb)
    _check_providers(db, pool_doc["Id"], doc)
    _check_oauth(db, pool_doc["Id"], doc, has_secret)
    if doc.get("EnablePropagateAdditionalUserContextData") and not has_secret:
        raise errors.invalid("EnablePropagateAdditionalUserContextData can only be activated "
                             "in an app client that has a client secret.",
                             ("enablePropagateAdditionalUserContextData",
                              "needs a client secret"))
    return doc


# --- the operations -------------------------------------------------------------------------

@handler("CreateUserPoolClient")
def create_user_pool_client(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    if request.get("GenerateSecret") and request.get("ClientSecret"):
        raise errors.invalid("You cannot specify both GenerateSecret as true and provide a "
                             "ClientSecret value.", ("clientSecret", "with GenerateSecret"))
    doc = {"UserPoolId": pool_id, "ClientName": request["ClientName"],
           "ClientId": records.new_client_id()}
    if request.get("GenerateSecret"):
        doc["ClientSecret"] = records.new_client_secret()
    elif request.get("ClientSecret"):
        doc["ClientSecret"] = request["ClientSecret"]
    doc["LastModifiedDate"] = doc["CreationDate"] = ctx.now
    doc |= _settings(request)
    with ctx.store.write() as tx:
        pool_doc = records.pool(tx, pool_id)
        _checked(tx, pool_doc, doc, "creating")
        count = tx.execute("SELECT count(*) FROM clients WHERE pool_id = ?",
                           (pool_id,)).fetchone()[0]
        if count >= MAX_CLIENTS:
            raise errors.limit_exceeded(f"A user pool can have at most {MAX_CLIENTS} app "
                                        "clients.")
        try:
            tx.execute("INSERT INTO clients (id, pool_id, doc) VALUES (?, ?, ?)",
                       (doc["ClientId"], pool_id, records.dumps(doc)))
        except sqlite3.IntegrityError as error:  # 36^26 ids: a collision is a broken RNG
            raise RuntimeError("app client id collision") from error
    return {"UserPoolClient": doc}


def shown(doc: dict) -> dict:
    """The client as Cognito describes it: without the rotation's secrets list."""
    return {name: value for name, value in doc.items() if name != SECRETS_MEMBER}


def _client_in_pool(db, pool_id: str, client_id: str) -> dict:
    records.require_pool(db, pool_id)
    return records.app_client(db, client_id, pool_id)


@handler("DescribeUserPoolClient")
def describe_user_pool_client(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        doc = _client_in_pool(db, request["UserPoolId"], request["ClientId"])
    return {"UserPoolClient": shown(doc)}


@handler("UpdateUserPoolClient")
def update_user_pool_client(ctx, request: dict) -> dict:
    pool_id, client_id = request["UserPoolId"], request["ClientId"]
    with ctx.store.write() as tx:
        pool_doc = records.pool(tx, pool_id)
        old = records.app_client(tx, client_id, pool_id)
        doc = {name: old[name] for name in ("UserPoolId", "ClientName", "ClientId",
                                            "ClientSecret", "ClientSecretArn", "CreationDate",
                                            SECRETS_MEMBER)
               if name in old}
        if "ClientName" in request:
            doc["ClientName"] = request["ClientName"]
        doc["LastModifiedDate"] = ctx.now
        doc |= _settings(request)
        _checked(tx, pool_doc, doc, "updating")
        tx.execute("UPDATE clients SET doc = ? WHERE id = ?", (records.dumps(doc), client_id))
    return {"UserPoolClient": shown(doc)}


@handler("DeleteUserPoolClient")
def delete_user_pool_client(ctx, request: dict) -> dict:
    pool_id, client_id = request["UserPoolId"], request["ClientId"]
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        deleted = tx.execute("DELETE FROM clients WHERE id = ? AND pool_id = ?",
                             (client_id, pool_id)).rowcount
        if not deleted:
            raise errors.client_not_found(client_id)
    return {}


@handler("ListUserPoolClients")
def list_user_pool_clients(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    limit = request.get("MaxResults") or MAX_CLIENTS_PAGE
    after = records.page_position(request.get("NextToken")) or ""
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        if request.get("ClientType") == "DCR":  # no client here came by dynamic registration
            rows = []
        else:
            rows = db.execute(
                "SELECT id, json_extract(doc, '$.ClientName') FROM clients "
                "WHERE pool_id = ? AND id > ? ORDER BY id LIMIT ?",
                (pool_id, after, limit + 1)).fetchall()
    rows, token = records.page(rows, limit, lambda row: row[0])
    response = {"UserPoolClients": [{"ClientId": client_id, "UserPoolId": pool_id,
                                     "ClientName": name} for client_id, name in rows]}
    if token:
        response["NextToken"] = token
    return response
