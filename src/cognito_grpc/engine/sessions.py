"""Auth sessions: what a challenge remembers until its answer comes back.

The caller holds an opaque random string; the store keeps the session's document under the
SHA-256 digest of it. A session lives as long as the app client's AuthSessionValidity
(minutes, 3 by default) and answers once: taking it deletes it, inside the caller's write
transaction, so a failed answer that rolls back leaves it usable.
"""

from __future__ import annotations

import hashlib

from cognito_grpc.engine import errors, records

DEFAULT_VALIDITY_MINUTES = 3
SESSION_BYTES = 96
EXPIRED = "Invalid session for the user, session is expired."


def _id(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def new_value() -> str:
    return records.new_opaque(SESSION_BYTES)


def validity(client_doc: dict) -> int:
    return int(client_doc.get("AuthSessionValidity") or DEFAULT_VALIDITY_MINUTES) * 60


def open_session(tx, ctx, pool_id: str, client_doc: dict, doc: dict,
                 value: str | None = None) -> str:
    """Stores `doc` under a new session (or under `value`, when the caller made it) and
    returns what the caller must send back."""
    value = value or new_value()
    doc["Expires"] = ctx.now + validity(client_doc)
    tx.execute("DELETE FROM sessions WHERE expires < ?", (ctx.now,))
    tx.execute("INSERT INTO sessions (id, pool_id, expires, doc) VALUES (?, ?, ?, ?)",
               (_id(value), pool_id, doc["Expires"], records.dumps(doc)))
    return value


def pool_of(db, value) -> str | None:
    """The pool of a live or expired session, for callers that know only the session."""
    if not isinstance(value, str) or not value:
        return None
    row = db.execute("SELECT pool_id FROM sessions WHERE id = ?", (_id(value),)).fetchone()
    return row[0] if row else None


def take(tx, ctx, value, pool_id: str) -> dict:
    """The session's document, deleted from the store; NotAuthorizedException when there is
    no such session in this pool, or it expired."""
    if not isinstance(value, str) or not value:
        raise errors.not_authorized(EXPIRED)
    key = _id(value)
    row = tx.execute("SELECT pool_id, expires, doc FROM sessions WHERE id = ?",
                     (key,)).fetchone()
    if row is None or row[0] != pool_id or row[1] < ctx.now:
        raise errors.not_authorized(EXPIRED)
    tx.execute("DELETE FROM sessions WHERE id = ?", (key,))
    return records.loads(row[2])


def put_back(tx, value: str, pool_id: str, doc: dict) -> None:
    """Stores a taken session again, its expiry unchanged (a wrong code may be retried)."""
    tx.execute("INSERT OR REPLACE INTO sessions (id, pool_id, expires, doc) VALUES (?, ?, ?, ?)",
               (_id(value), pool_id, doc["Expires"], records.dumps(doc)))
