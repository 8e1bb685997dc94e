"""Point-in-time recovery: a restoration's record and its steps, without the history.

InitiatePointInTimeRecovery records a restoration whose preview is generated at once
(PREVIEW_GENERATED, an empty RestorePreview: the engine keeps no history, so it can count no
entities to restore); CancelPointInTimeRecovery discards it. StartPointInTimeRecovery, which
would apply it, answers OperationNotEnabledException: there is nothing to restore from. One
restoration may be open (PREVIEW_GENERATED) per pool at a time.
"""

from __future__ import annotations

import datetime
import uuid

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler

KIND = "restoration"
OPEN = "PREVIEW_GENERATED"
PAGE_SIZE = 60


def _epoch(value) -> float:
    return value.timestamp() if isinstance(value, datetime.datetime) else float(value)


def _key(trigger: float, restore_id: str) -> str:
    return f"{10 ** 14 - int(trigger * 1000):015d}{restore_id}"  # newest first


def _find(db, request: dict) -> tuple[str, dict]:
    records.require_pool(db, request["UserPoolId"])
    row = db.execute("SELECT key, doc FROM items WHERE pool_id = ? AND kind = ? AND "
                     "json_extract(doc, '$.RestoreId') = ?",
                     (request["UserPoolId"], KIND, request["RestoreId"])).fetchone()
    if row is None:
        raise errors.not_found(f"Restoration {request['RestoreId']} does not exist.")
    return row[0], records.loads(row[1])


@handler("InitiatePointInTimeRecovery")
def initiate_point_in_time_recovery(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    restore_at = _epoch(request["RestoreTimestamp"])
    with ctx.store.write() as tx:
        pool = records.pool(tx, pool_id)
        if not pool.get("CreationDate", 0) <= restore_at < ctx.now:
            raise errors.invalid("RestoreTimestamp must be in the past, after the user pool "
                                 "was created.", ("restoreTimestamp", "out of range"))
        open_ = tx.execute("SELECT 1 FROM items WHERE pool_id = ? AND kind = ? AND "
                           "json_extract(doc, '$.RestoreStatus') = ?",
                           (pool_id, KIND, OPEN)).fetchone()
        if open_:
            raise errors.limit_exceeded("The user pool already has a point-in-time recovery "
                                        "in progress.")
        doc = {"RestoreId": str(uuid.uuid4()), "RestoreStatus": OPEN,
               "RestoreTimestamp": restore_at, "TriggerTimestamp": ctx.now,
               "RestorePreview": []}
        tx.execute("INSERT INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
                   (pool_id, KIND, _key(ctx.now, doc["RestoreId"]), records.dumps(doc)))
    return {"Restoration": doc}


@handler("DescribePointInTimeRecovery")
def describe_point_in_time_recovery(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        return {"Restoration": _find(db, request)[1]}


@handler("CancelPointInTimeRecovery")
def cancel_point_in_time_recovery(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        key, doc = _find(tx, request)
        if doc["RestoreStatus"] != OPEN:
            raise errors.invalid(f"The restoration is {doc['RestoreStatus']}: only a "
                                 f"{OPEN} one can be cancelled.")
        doc["RestoreStatus"] = "PREVIEW_CANCELLED"
        tx.execute("UPDATE items SET doc = ? WHERE pool_id = ? AND kind = ? AND key = ?",
                   (records.dumps(doc), request["UserPoolId"], KIND, key))
    return {"Restoration": doc}


@handler("StartPointInTimeRecovery")
def start_point_in_time_recovery(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        _, doc = _find(db, request)
    if doc["RestoreStatus"] != OPEN:
        raise errors.invalid(f"The restoration is {doc['RestoreStatus']}: only a {OPEN} one "
                             "can be started.")
    raise errors.EngineError("OperationNotEnabledException", "The embedded engine keeps no "
                             "history of a user pool to restore from.")


@handler("ListPointInTimeRecoveries")
def list_point_in_time_recoveries(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    limit = request.get("MaxResults") or PAGE_SIZE
    position = records.page_position(request.get("NextToken")) or ""
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        rows = db.execute("SELECT key, doc FROM items WHERE pool_id = ? AND kind = ? AND "
                          "key > ? ORDER BY key LIMIT ?",
                          (pool_id, KIND, position, limit + 1)).fetchall()
    rows, token = records.page(rows, limit, lambda row: row[0])
    response = {"Restorations": [records.loads(text) for _, text in rows]}
    if token:
        response["NextToken"] = token
    return response
