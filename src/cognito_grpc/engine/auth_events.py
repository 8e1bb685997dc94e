"""Sign-in events, as threat protection keeps them (AuthEventType), for the pools that turn
it on (UserPoolAddOns.AdvancedSecurityMode AUDIT or ENFORCED): a pool without it records
nothing and pays nothing. Events are `items` of kind auth-event, keyed by the user and the
time reversed, so a user's newest event sorts first."""

from __future__ import annotations

import uuid

from cognito_grpc.engine import errors, records

KIND = "auth-event"
SEPARATOR = "\x1f"
_LATEST_MS = 10 ** 14  # beyond any millisecond clock this engine will see


def enabled(pool: dict) -> bool:
    mode = (pool.get("UserPoolAddOns") or {}).get("AdvancedSecurityMode", "OFF")
    return mode in ("AUDIT", "ENFORCED")


def require_enabled(pool: dict) -> None:
    if not enabled(pool):
        raise errors.EngineError("UserPoolAddOnNotEnabledException",
                                 "Advanced security features are not enabled for this user "
                                 "pool.")


def prefix(user_key: str) -> str:
    return user_key + SEPARATOR


def record(tx, ctx, pool: dict, user_key: str, passed: bool) -> None:
    """A SignIn event for the user (in `tx`), when the pool keeps them."""
    if not enabled(pool):
        return
    event_id = str(uuid.uuid4())
    millis = int(ctx.now * 1000)
    doc = {"EventId": event_id, "EventType": "SignIn", "CreationDate": ctx.now,
           "EventResponse": "Pass" if passed else "Fail",
           "EventRisk": {"RiskDecision": "NoRisk", "CompromisedCredentialsDetected": False},
           "ChallengeResponses": [{"ChallengeName": "Password",
                                   "ChallengeResponse": "Success" if passed else "Failure"}],
           "FeedbackToken": uuid.uuid4().hex}
    key = f"{prefix(user_key)}{_LATEST_MS - millis:015d}{SEPARATOR}{event_id}"
    tx.execute("INSERT INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
               (pool["Id"], KIND, key, records.dumps(doc)))
