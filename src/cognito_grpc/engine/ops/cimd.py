"""Client ID metadata document (CIMD) policies: which metadata URLs an app client may be
named by, declared on the CRUD pattern. The engine never fetches a metadata document, so no
URL is ever cached: ListClientMetadataURLs lists none, and there is no URL to refresh."""

from __future__ import annotations

import uuid

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.resources import Resource, item, register

DEFAULT_CACHE_SECONDS = 86400  # the least the model allows: one day


def _check(db, request: dict) -> None:
    if "ClientId" in request:
        records.app_client(db, request["ClientId"], request["UserPoolId"])


def _build(ctx, request: dict, old: dict | None) -> dict:
    doc = dict(old) if old else {"UserPoolId": request["UserPoolId"],
                                 "CIMDPolicyId": request["CIMDPolicyId"],
                                 "CacheDuration": DEFAULT_CACHE_SECONDS}
    if old and old["ClientId"] != request["ClientId"]:
        raise errors.invalid("A CIMD policy's ClientId cannot change.",
                             ("clientId", "not the policy's client"))
    for name in ("ClientId", "PolicyName", "CacheDuration", "URLPatterns"):
        if name in request:
            doc[name] = request[name]
    return doc


CIMD_POLICIES = Resource(
    kind="cimd-policy",
    key="CIMDPolicyId",
    member="CIMDPolicy",
    list_member="CIMDPolicies",
    summary=("CIMDPolicyId", "ClientId", "PolicyName", "CacheDuration", "CreationDate",
             "LastModifiedDate"),
    missing="CIMD policy {CIMDPolicyId} does not exist.",
    exists=("InvalidParameterException", "CIMD policy {CIMDPolicyId} already exists."),
    build=_build,
    timestamps=True,
    key_factory=lambda: uuid.uuid4().hex,
    check=_check,
)

register(CIMD_POLICIES, create="CreateCIMDPolicy", describe="DescribeCIMDPolicy",
         update="UpdateCIMDPolicy", delete="DeleteCIMDPolicy", list="ListCIMDPolicies")


@handler("ListClientMetadataURLs")
def list_client_metadata_urls(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        records.require_pool(db, request["UserPoolId"])
        item(db, CIMD_POLICIES, request)
    return {"ClientMetadataURLs": []}


@handler("UpdateClientMetadataURLState")
def update_client_metadata_url_state(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        records.require_pool(db, request["UserPoolId"])
        item(db, CIMD_POLICIES, request)
    raise errors.not_found(f"Client metadata URL {request['URL']} is not cached.")
