"""Threat protection's risk configuration (per pool as ClientId ALL, or per client) and the
pool's log delivery configuration: settings documents, one item each, set whole."""

from __future__ import annotations

import copy

from cognito_grpc.engine import records
from cognito_grpc.engine.ops import handler

ALL_CLIENTS = "ALL"
RISK_KIND = "risk-configuration"
LOG_KIND = "log-delivery"
_RISK_PARTS = ("CompromisedCredentialsRiskConfiguration", "AccountTakeoverRiskConfiguration",
               "RiskExceptionConfiguration")


def setting(db, pool_id: str, kind: str, key: str) -> dict | None:
    row = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                     (pool_id, kind, key)).fetchone()
    return records.loads(row[0]) if row else None


def save_setting(tx, pool_id: str, kind: str, key: str, doc: dict) -> None:
    tx.execute("INSERT OR REPLACE INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
               (pool_id, kind, key, records.dumps(doc)))


def _scope(db, request: dict) -> str:
    records.require_pool(db, request["UserPoolId"])
    client_id = request.get("ClientId")
    if client_id and client_id != ALL_CLIENTS:
        records.app_client(db, client_id, request["UserPoolId"])
        return client_id
    return ALL_CLIENTS


@handler("SetRiskConfiguration")
def set_risk_configuration(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        key = _scope(tx, request)
        doc = {"UserPoolId": request["UserPoolId"]}
        if key != ALL_CLIENTS:
            doc["ClientId"] = key
        for name in _RISK_PARTS:  # Set replaces the whole configuration, as Cognito does
            if name in request:
                doc[name] = copy.deepcopy(request[name])
        doc["LastModifiedDate"] = ctx.now
        save_setting(tx, request["UserPoolId"], RISK_KIND, key, doc)
    return {"RiskConfiguration": doc}


@handler("DescribeRiskConfiguration")
def describe_risk_configuration(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        key = _scope(db, request)
        # A client without a configuration of its own is governed by the pool's.
        doc = setting(db, request["UserPoolId"], RISK_KIND, key)
        if doc is None and key != ALL_CLIENTS:
            doc = setting(db, request["UserPoolId"], RISK_KIND, ALL_CLIENTS)
    if doc is None:
        doc = {"UserPoolId": request["UserPoolId"]}
        if key != ALL_CLIENTS:
            doc["ClientId"] = key
    return {"RiskConfiguration": doc}


@handler("SetLogDeliveryConfiguration")
def set_log_delivery_configuration(ctx, request: dict) -> dict:
    doc = {"UserPoolId": request["UserPoolId"],
           "LogConfigurations": copy.deepcopy(request["LogConfigurations"])}
    with ctx.store.write() as tx:
        records.require_pool(tx, request["UserPoolId"])
        save_setting(tx, request["UserPoolId"], LOG_KIND, "pool", doc)
    return {"LogDeliveryConfiguration": doc}


@handler("GetLogDeliveryConfiguration")
def get_log_delivery_configuration(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        records.require_pool(db, request["UserPoolId"])
        doc = setting(db, request["UserPoolId"], LOG_KIND, "pool")
    return {"LogDeliveryConfiguration": doc or {"UserPoolId": request["UserPoolId"],
                                                "LogConfigurations": []}}
