"""A user's sign-in events (threat protection) and the feedback on them, from the events
engine/auth_events.py records."""

from __future__ import annotations

from cognito_grpc.engine import auth_events, errors, records
from cognito_grpc.engine.ops import handler

PAGE_SIZE = 60  # Cognito's most per page
_HIDDEN = ("FeedbackToken",)


def _shown(doc: dict) -> dict:
    return {name: value for name, value in doc.items() if name not in _HIDDEN}


def _user(db, request: dict) -> tuple[dict, str]:
    pool = records.pool(db, request["UserPoolId"])
    key, _ = records.find_user(db, pool, request["Username"])
    auth_events.require_enabled(pool)
    return pool, key


@handler("AdminListUserAuthEvents")
def admin_list_user_auth_events(ctx, request: dict) -> dict:
    limit = request.get("MaxResults") or PAGE_SIZE
    with ctx.store.snapshot() as db:
        pool, key = _user(db, request)
        start = auth_events.prefix(key)
        position = records.page_position(request.get("NextToken"))
        if position is not None and not position.startswith(start):
            raise errors.invalid("Invalid NextToken.", ("nextToken", "not a token this list "
                                                                     "issued"))
        rows = db.execute(
            "SELECT key, doc FROM items WHERE pool_id = ? AND kind = ? AND key > ? AND key < ? "
            "ORDER BY key LIMIT ?", (pool["Id"], auth_events.KIND, position or start,
                                     start + "\U0010ffff", limit + 1)).fetchall()
    rows, token = records.page(rows, limit, lambda row: row[0])
    response = {"AuthEvents": [_shown(records.loads(text)) for _, text in rows]}
    if token:
        response["NextToken"] = token
    return response


def _feedback(ctx, request: dict, provider: str, token: str | None) -> dict:
    with ctx.store.write() as tx:
        pool, key = _user(tx, request)
        row = tx.execute(
            "SELECT key, doc FROM items WHERE pool_id = ? AND kind = ? AND key > ? AND key < ? "
            "AND json_extract(doc, '$.EventId') = ?",
            (pool["Id"], auth_events.KIND, auth_events.prefix(key),
             auth_events.prefix(key) + "\U0010ffff", request["EventId"])).fetchone()
        if row is None:
            raise errors.not_found(f"Auth event {request['EventId']} does not exist.")
        doc = records.loads(row[1])
        if token is not None and token != doc.get("FeedbackToken"):
            raise errors.not_authorized("Invalid feedback token.")
        doc["EventFeedback"] = {"FeedbackValue": request["FeedbackValue"], "Provider": provider,
                                "FeedbackDate": ctx.now}
        tx.execute("UPDATE items SET doc = ? WHERE pool_id = ? AND kind = ? AND key = ?",
                   (records.dumps(doc), pool["Id"], auth_events.KIND, row[0]))
    return {}


@handler("AdminUpdateAuthEventFeedback")
def admin_update_auth_event_feedback(ctx, request: dict) -> dict:
    return _feedback(ctx, request, "Admin", None)


@handler("UpdateAuthEventFeedback")
def update_auth_event_feedback(ctx, request: dict) -> dict:
    # The token is the one Cognito puts in its risk notification; the engine sends none, so
    # only a caller reading the store knows it.
    return _feedback(ctx, request, "User", request["FeedbackToken"])
