"""User pool domains: a prefix or custom domain for managed login, one per pool.

The `domains` table's primary key keeps a domain unique across every pool, its unique
pool index keeps one domain per pool: the database refuses a second, not a check. The stored
document is the DomainDescriptionType DescribeUserPoolDomain answers with.
"""

from __future__ import annotations

import copy
import hashlib
import sqlite3

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler

_SETTABLE = ("CustomDomainConfig", "ManagedLoginVersion", "Routing")


def _cloudfront(domain: str, certificate: str | None) -> str:
    """A stable CloudFront-shaped host name (d + 13 characters) for a domain's distribution."""
    digest = hashlib.sha256(f"{domain} {certificate or ''}".encode()).hexdigest()
    return f"d{digest[:13]}.cloudfront.net"


def _answer(doc: dict) -> dict:
    """CreateUserPoolDomain's and UpdateUserPoolDomain's answer: CloudFrontDomain only for a
    custom domain (API reference: "If you set an Amazon Cognito prefix domain, this parameter
    returns null")."""
    response = {}
    if "CustomDomainConfig" in doc:
        response["CloudFrontDomain"] = doc["CloudFrontDistribution"]
    for name in ("ManagedLoginVersion", "Routing"):
        if name in doc:
            response[name] = doc[name]
    return response


def _refresh(doc: dict) -> None:
    certificate = (doc.get("CustomDomainConfig") or {}).get("CertificateArn")
    doc["CloudFrontDistribution"] = _cloudfront(doc["Domain"], certificate)


@handler("CreateUserPoolDomain")
def create_user_pool_domain(ctx, request: dict) -> dict:
    pool_id, domain = request["UserPoolId"], request["Domain"]
    doc = {"UserPoolId": pool_id, "AWSAccountId": ctx.account_id, "Domain": domain,
           "Status": "ACTIVE"}
    for name in _SETTABLE:
        if name in request:
            doc[name] = copy.deepcopy(request[name])
    _refresh(doc)
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        try:
            tx.execute("INSERT INTO domains (domain, pool_id, doc) VALUES (?, ?, ?)",
                       (domain, pool_id, records.dumps(doc)))
        except sqlite3.IntegrityError as error:
            if "domains.pool_id" in str(error):
                raise errors.invalid("User pool already has a domain configured.") from None
            if records.is_duplicate(error):
                raise errors.invalid("Domain already associated with another user pool."
                                     ) from None
            raise
    return _answer(doc)


def _domain_row(db, domain: str):
    return db.execute("SELECT d.doc, p.region FROM domains d JOIN pools p ON p.id = d.pool_id "
                      "WHERE d.domain = ?", (domain,)).fetchone()


@handler("DescribeUserPoolDomain")
def describe_user_pool_domain(ctx, request: dict) -> dict:
    row = _domain_row(ctx.store.read(), request["Domain"])
    # An unknown domain is an empty description, not an error (as Cognito answers); so is a
    # prefix domain asked about in another region (API reference: region-specific).
    if row is None or row[1] != ctx.region:
        return {"DomainDescription": {}}
    return {"DomainDescription": records.loads(row[0])}


def _owned(tx, request: dict) -> dict:
    pool_id, domain = request["UserPoolId"], request["Domain"]
    records.require_pool(tx, pool_id)
    row = tx.execute("SELECT doc FROM domains WHERE domain = ? AND pool_id = ?",
                     (domain, pool_id)).fetchone()
    if row is None:
        raise errors.not_found(f"Domain {domain} does not exist in user pool {pool_id}.")
    return records.loads(row[0])


@handler("UpdateUserPoolDomain")
def update_user_pool_domain(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        doc = _owned(tx, request)
        for name in _SETTABLE:
            if name in request:
                doc[name] = copy.deepcopy(request[name])
        _refresh(doc)
        tx.execute("UPDATE domains SET doc = ? WHERE domain = ?",
                   (records.dumps(doc), doc["Domain"]))
    return _answer(doc)


@handler("DeleteUserPoolDomain")
def delete_user_pool_domain(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        doc = _owned(tx, request)
        tx.execute("DELETE FROM domains WHERE domain = ?", (doc["Domain"],))
    return {}
