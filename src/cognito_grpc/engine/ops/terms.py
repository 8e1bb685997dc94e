"""Terms of use and privacy policies an app client links to, declared on the CRUD pattern.

Each is keyed by its TermsId (a UUID Cognito mints); a client has at most one document of a
name (TermsName: terms-of-use or privacy-policy), kept unique by a marker item, which is also
how DescribeTermsByClient finds it.
"""

from __future__ import annotations

import uuid

from cognito_grpc.engine import records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.resources import KEY_SEPARATOR, Resource, Unique, index_of, register
from cognito_grpc.engine import errors

_SETTABLE = ("TermsName", "TermsSource", "Enforcement", "Links")


def _check(db, request: dict) -> None:
    if "ClientId" in request:
        records.app_client(db, request["ClientId"], request["UserPoolId"])


def _build(ctx, request: dict, old: dict | None) -> dict:
    doc = dict(old) if old else {"TermsId": request["TermsId"],
                                 "UserPoolId": request["UserPoolId"],
                                 "ClientId": request["ClientId"]}
    for name in _SETTABLE:
        if name in request:
            doc[name] = request[name]
    return doc


TERMS_PER_CLIENT = Unique(
    kind="terms-name",
    values=lambda doc: (f"{doc['ClientId']}{KEY_SEPARATOR}{doc['TermsName']}",),
    exists=("TermsExistsException", "Terms with the name {TermsName} already exist for this "
                                    "app client."))

TERMS = Resource(
    kind="terms",
    key="TermsId",
    member="Terms",
    list_member="Terms",
    summary=("TermsId", "TermsName", "Enforcement", "CreationDate", "LastModifiedDate"),
    missing="Terms {TermsId} do not exist.",
    exists=("TermsExistsException", "Terms {TermsId} already exist."),
    build=_build,
    timestamps=True,
    key_factory=lambda: str(uuid.uuid4()),
    check=_check,
    page_size=60,
    unique=(TERMS_PER_CLIENT,),
)

register(TERMS, create="CreateTerms", describe="DescribeTerms", update="UpdateTerms",
         delete="DeleteTerms", list="ListTerms")


@handler("DescribeTermsByClient")
def describe_terms_by_client(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        records.require_pool(db, request["UserPoolId"])
        _check(db, request)
        doc = index_of(db, TERMS, TERMS_PER_CLIENT, request["UserPoolId"],
                       f"{request['ClientId']}{KEY_SEPARATOR}{request['TermsName']}")
    if doc is None:
        raise errors.not_found(f"Terms {request['TermsName']} do not exist for app client "
                               f"{request['ClientId']}.")
    return {"Terms": doc}
