"""GetProvisionedLimit and UpdateProvisionedLimit: the account's request-rate quota of an API
category, per region. The engine enforces no rate; it keeps what was provisioned, so tools
that manage quotas (Terraform, scripts) see their settings survive.

The free (default) value of each category is the engine's table below, after Cognito's
quotas page; a provisioned value lies between it and ten times it (the engine's stand-in for
the account's maximum in Service Quotas).
"""

from __future__ import annotations

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler

KIND = "provisioned-limit"
# requests per second a category gets at no cost
FREE_RPS = {"UserAuthentication": 120, "UserCreation": 50, "UserFederation": 25,
            "UserAccountRecovery": 30, "UserRead": 120, "UserList": 30, "UserUpdate": 25,
            "UserToken": 120, "UserPoolRead": 15, "UserPoolUpdate": 15,
            "UserPoolResourceRead": 20, "UserPoolResourceUpdate": 25,
            "ClientAuthentication": 150}
MAX_FACTOR = 10


def _category(request: dict) -> str:
    attributes = request["LimitDefinition"].get("Attributes") or {}
    category = attributes.get("Category")
    if category not in FREE_RPS:
        raise errors.invalid(
            f"LimitDefinition.Attributes.Category must be one of {', '.join(FREE_RPS)}; "
            f"got {category!r}." if category else
            "LimitDefinition.Attributes needs a Category (for example UserAuthentication).",
            ("limitDefinition.attributes", "needs a known Category"))
    return category


def _limit(category: str, provisioned: int) -> dict:
    return {"Limit": {"LimitDefinition": {"LimitClass": "API_CATEGORY",
                                          "Attributes": {"Category": category}},
                      "ProvisionedLimitValue": provisioned,
                      "FreeLimitValue": FREE_RPS[category]}}


@handler("GetProvisionedLimit")
def get_provisioned_limit(ctx, request: dict) -> dict:
    category = _category(request)
    row = ctx.store.read().execute(
        "SELECT doc FROM account_items WHERE region = ? AND kind = ? AND key = ?",
        (ctx.region, KIND, category)).fetchone()
    provisioned = records.loads(row[0])["Value"] if row else FREE_RPS[category]
    return _limit(category, provisioned)


@handler("UpdateProvisionedLimit")
def update_provisioned_limit(ctx, request: dict) -> dict:
    category = _category(request)
    value, free = request["RequestedLimitValue"], FREE_RPS[category]
    if value < free:
        raise errors.invalid(f"RequestedLimitValue {value} is below the default limit of "
                             f"{category}, {free} requests per second.",
                             ("requestedLimitValue", f"at least {free}"))
    if value > free * MAX_FACTOR:
        raise errors.EngineError("ServiceQuotaExceededException",
                                 f"RequestedLimitValue {value} is above the account's maximum "
                                 f"for {category}, {free * MAX_FACTOR} requests per second.")
    with ctx.store.write() as tx:
        tx.execute("INSERT OR REPLACE INTO account_items (region, kind, key, doc) "
                   "VALUES (?, ?, ?, ?)",
                   (ctx.region, KIND, category, records.dumps({"Value": value})))
    return _limit(category, value)
