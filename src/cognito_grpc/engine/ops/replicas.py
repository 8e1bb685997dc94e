"""User pool replicas: the regions a pool is replicated to. The engine keeps the record
(status, role, the replica's ARN) but holds every pool in one store, so a replica is a name,
not a copy; ListUserPoolReplicas shows the pool itself first, as the PRIMARY."""

from __future__ import annotations

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler

KIND = "replica"


def _arn(ctx, region: str, pool_id: str) -> str:
    return f"arn:aws:cognito-idp:{region}:{ctx.account_id}:userpool/{pool_id}"


def _replica(db, pool_id: str, region: str) -> dict:
    row = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                     (pool_id, KIND, region)).fetchone()
    if row is None:
        raise errors.not_found(f"User pool {pool_id} has no replica in {region}.")
    return records.loads(row[0])


@handler("CreateUserPoolReplica")
def create_user_pool_replica(ctx, request: dict) -> dict:
    pool_id, region = request["UserPoolId"], request["RegionName"]
    if region == ctx.region:
        raise errors.invalid("A replica must be in another region than its user pool.",
                             ("regionName", "the pool's own region"))
    doc = {"RegionName": region, "Status": "ACTIVE", "Role": "SECONDARY",
           "UserPoolArn": _arn(ctx, region, pool_id)}
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        inserted = tx.execute("INSERT OR IGNORE INTO items (pool_id, kind, key, doc) "
                              "VALUES (?, ?, ?, ?)",
                              (pool_id, KIND, region, records.dumps(doc))).rowcount
        if not inserted:
            raise errors.invalid(f"User pool {pool_id} already has a replica in {region}.")
    return {"UserPoolReplica": doc}


@handler("ListUserPoolReplicas")
def list_user_pool_replicas(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    if request.get("NextToken") is not None:  # every replica fits one page
        raise errors.invalid("Invalid NextToken.", ("nextToken", "not a token this API issued"))
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        rows = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? ORDER BY key",
                          (pool_id, KIND)).fetchall()
    primary = {"RegionName": ctx.region, "Status": "ACTIVE", "Role": "PRIMARY",
               "UserPoolArn": _arn(ctx, ctx.region, pool_id)}
    return {"UserPoolReplicas": [primary] + [records.loads(row[0]) for row in rows]}


@handler("UpdateUserPoolReplica")
def update_user_pool_replica(ctx, request: dict) -> dict:
    pool_id, region = request["UserPoolId"], request["RegionName"]
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        doc = _replica(tx, pool_id, region)
        doc["Status"] = request["Status"]
        tx.execute("UPDATE items SET doc = ? WHERE pool_id = ? AND kind = ? AND key = ?",
                   (records.dumps(doc), pool_id, KIND, region))
    return {"UserPoolReplica": doc}


@handler("DeleteUserPoolReplica")
def delete_user_pool_replica(ctx, request: dict) -> dict:
    pool_id, region = request["UserPoolId"], request["RegionName"]
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        doc = _replica(tx, pool_id, region)
        tx.execute("DELETE FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                   (pool_id, KIND, region))
    return {"UserPoolReplica": {**doc, "Status": "DELETING"}}
