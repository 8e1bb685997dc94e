"""What Cognito would have sent (codes, temporary passwords), recorded instead of sent.

A minimal version: one row per message, in the caller's write transaction, so a code exists
exactly when the change that needed it committed.
"""

from __future__ import annotations

import time

from cognito_grpc.engine import records


def channel(destination: str) -> str:
    return "EMAIL" if "@" in destination else "SMS"


def send(tx, pool_id: str, username: str, kind: str, destination: str, code: str) -> None:
    doc = {"Kind": kind, "Channel": channel(destination), "Destination": destination,
           "Code": code}
    tx.execute("INSERT INTO outbox (pool_id, username, kind, created, doc) VALUES (?, ?, ?, ?, ?)",
               (pool_id, username, kind, time.time(), records.dumps(doc)))
