"""Identity providers (SAML, OIDC and the social ones), declared on the CRUD pattern.

ProviderDetails are checked per ProviderType for the keys Cognito requires; what Cognito adds
to a social provider's details when it describes one (its endpoints) is added the same way.
IdpIdentifiers are unique in a pool (one marker item each) and lead back to their provider.
"""

from __future__ import annotations

import copy

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.resources import Resource, Unique, index_of, register

SOCIAL_TYPES = ("Google", "Facebook", "LoginWithAmazon", "SignInWithApple")

# The ProviderDetails each type needs (API reference, CreateIdentityProvider ProviderDetails).
REQUIRED_DETAILS = {
    "OIDC": ("client_id", "authorize_scopes", "oidc_issuer"),
    "Google": ("client_id", "client_secret", "authorize_scopes"),
    "Facebook": ("client_id", "client_secret", "authorize_scopes"),
    "LoginWithAmazon": ("client_id", "client_secret", "authorize_scopes"),
    "SignInWithApple": ("client_id", "team_id", "key_id", "private_key", "authorize_scopes"),
}

# What DescribeIdentityProvider shows besides what was given (the API reference's examples).
DISCOVERED_DETAILS = {
    "Google": {"attributes_url": "https://people.googleapis.com/v1/people/me?personFields=",
               "attributes_url_add_attributes": "true",
               "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth",
               "oidc_issuer": "https://accounts.google.com",
               "token_request_method": "POST",
               "token_url": "https://www.googleapis.com/oauth2/v4/token"},
    "Facebook": {"attributes_url_add_attributes": "true", "token_request_method": "GET"},
    "LoginWithAmazon": {"attributes_url": "https://api.amazon.com/user/profile",
                        "attributes_url_add_attributes": "false",
                        "authorize_url": "https://www.amazon.com/ap/oa",
                        "token_request_method": "POST",
                        "token_url": "https://api.amazon.com/auth/o2/token"},
    "SignInWithApple": {"attributes_url_add_attributes": "false",
                        "authorize_url": "https://appleid.apple.com/auth/authorize",
                        "oidc_issuer": "https://appleid.apple.com",
                        "token_request_method": "POST",
                        "token_url": "https://appleid.apple.com/auth/token"},
}
FACEBOOK_API_VERSION = "v17.0"

# The IdP claim Cognito maps to a user's username when no mapping names one.
DEFAULT_USERNAME_CLAIM = {"OIDC": "sub", "Google": "sub", "Facebook": "id",
                          "LoginWithAmazon": "user_id", "SignInWithApple": "sub"}
# Never shown again once given (the describe examples leave them out).
WRITE_ONLY_DETAILS = ("private_key",)


def _details(provider_type: str, given: dict) -> dict:
    details = dict(given)
    if provider_type == "SAML":
        if not details.get("MetadataURL") and not details.get("MetadataFile"):
            raise errors.invalid("SAML provider details must include MetadataURL or "
                                 "MetadataFile.", ("providerDetails", "needs MetadataURL or "
                                                                      "MetadataFile"))
        if details.get("MetadataURL") and details.get("MetadataFile"):
            raise errors.invalid("SAML provider details can include only one of MetadataURL "
                                 "and MetadataFile.",
                                 ("providerDetails", "both MetadataURL and MetadataFile"))
        return details
    missing = [name for name in REQUIRED_DETAILS[provider_type] if not details.get(name)]
    if missing:
        raise errors.invalid(f"{provider_type} provider details are missing "
                             f"{', '.join(missing)}.",
                             *((f"providerDetails.{name}", "required") for name in missing))
    if provider_type == "OIDC":
        issuer = details["oidc_issuer"]
        if not issuer.startswith("https://"):
            raise errors.invalid("oidc_issuer must be an https URL.",
                                 ("providerDetails.oidc_issuer", "not an https URL"))
    discovered = dict(DISCOVERED_DETAILS.get(provider_type, {}))
    if provider_type == "Facebook":
        version = details.setdefault("api_version", FACEBOOK_API_VERSION)
        discovered |= {"attributes_url": f"https://graph.facebook.com/{version}/me?fields=",
                       "authorize_url": f"https://www.facebook.com/{version}/dialog/oauth",
                       "token_url": f"https://graph.facebook.com/{version}/oauth/"
                                    "access_token"}
    return {**discovered, **details}


def _check_name(request: dict, provider_type: str) -> None:
    name = request["ProviderName"]
    if provider_type in SOCIAL_TYPES and name != provider_type:
        raise errors.invalid(f"The provider name of a {provider_type} identity provider must "
                             f"be {provider_type}.", ("providerName", f"must be {provider_type}"))
    if provider_type not in SOCIAL_TYPES and name in SOCIAL_TYPES + ("COGNITO", "Cognito"):
        raise errors.invalid(f"The provider name {name} is reserved.",
                             ("providerName", "a reserved name"))


def _build(ctx, request: dict, old: dict | None) -> dict:
    if old is None:
        provider_type = request["ProviderType"]
        _check_name(request, provider_type)
        doc = {"UserPoolId": request["UserPoolId"], "ProviderName": request["ProviderName"],
               "ProviderType": provider_type}
        given = request["ProviderDetails"]
        mapping = request.get("AttributeMapping")
        if mapping is None:
            claim = DEFAULT_USERNAME_CLAIM.get(provider_type)
            mapping = {"username": claim} if claim else {}
        identifiers = request.get("IdpIdentifiers") or []
    else:
        # UpdateIdentityProvider changes what it is given and keeps the rest.
        doc = {name: old[name] for name in ("UserPoolId", "ProviderName", "ProviderType")}
        provider_type = doc["ProviderType"]
        given = request.get("ProviderDetails", old["ProviderDetails"])
        mapping = request.get("AttributeMapping", old.get("AttributeMapping", {}))
        identifiers = request.get("IdpIdentifiers", old.get("IdpIdentifiers", []))
    if len(set(identifiers)) != len(identifiers):
        raise errors.invalid("IdpIdentifiers must be unique.", ("idpIdentifiers", "duplicates"))
    doc["ProviderDetails"] = _details(provider_type, given)
    doc["AttributeMapping"] = copy.deepcopy(mapping)
    doc["IdpIdentifiers"] = list(identifiers)
    acr = request.get("AcrMapping", old.get("AcrMapping") if old else None)
    if acr:
        doc["AcrMapping"] = copy.deepcopy(acr)
    return doc


def _view(doc: dict) -> dict:
    details = {k: v for k, v in doc["ProviderDetails"].items() if k not in WRITE_ONLY_DETAILS}
    return {**doc, "ProviderDetails": details}


IDP_IDENTIFIERS = Unique(
    kind="idp-identifier", values=lambda doc: doc.get("IdpIdentifiers", ()),
    exists=("DuplicateProviderException", "Identifier {value} is already used by another "
                                          "identity provider in this user pool."))

IDENTITY_PROVIDERS = Resource(
    kind="identity-provider",
    key="ProviderName",
    member="IdentityProvider",
    list_member="Providers",
    summary=("ProviderName", "ProviderType", "LastModifiedDate", "CreationDate"),
    missing="Identity provider {ProviderName} does not exist.",
    exists=("DuplicateProviderException",
            "A provider with the name {ProviderName} already exists in this user pool."),
    build=_build,
    view=_view,
    timestamps=True,
    page_size=60,
    unique=(IDP_IDENTIFIERS,),
)

register(IDENTITY_PROVIDERS, create="CreateIdentityProvider",
         describe="DescribeIdentityProvider", update="UpdateIdentityProvider",
         delete="DeleteIdentityProvider", list="ListIdentityProviders")


@handler("GetIdentityProviderByIdentifier")
def get_identity_provider_by_identifier(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        records.require_pool(db, request["UserPoolId"])
        doc = index_of(db, IDENTITY_PROVIDERS, IDP_IDENTIFIERS, request["UserPoolId"],
                       request["IdpIdentifier"])
    if doc is None:
        raise errors.not_found(f"Identity provider with identifier {request['IdpIdentifier']} "
                               "does not exist.")
    return {"IdentityProvider": _view(doc)}


def provider_names(db, pool_id: str) -> set[str]:
    """The names of a pool's identity providers (app clients' SupportedIdentityProviders)."""
    return {row[0] for row in db.execute(
        "SELECT key FROM items WHERE pool_id = ? AND kind = ?",
        (pool_id, IDENTITY_PROVIDERS.kind))}
