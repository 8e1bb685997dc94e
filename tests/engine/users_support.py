"""Helpers for the users, sign-up and groups tests: an engine, a pool, an app client, a clock."""

from __future__ import annotations

import botocore.exceptions
import pytest

from cognito_grpc.engine import Engine, outbox, passwords, records

PASSWORD = "Corr3ct-Horse!"


class Clock:
    """The engine's time, moved on by the test."""

    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def error_of(call, **params) -> tuple[str, str]:
    """(code, message) of the ClientError the call raises."""
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        call(**params)
    error = raised.value.response["Error"]
    return error["Code"], error["Message"]


def has_password(engine, pool_id, name, password) -> bool:
    db = engine.store.read()
    pool_doc = records.pool(db, pool_id)
    return passwords.matches(pool_doc, records.find_user(db, pool_doc, name)[1], password)


def add_app_client(engine: Engine, pool_id: str, secret: str | None = None,
                   **extra) -> str:
    """An app client row as the clients family stores it (UserPoolClientType), written
    directly: these tests need only its id, pool and secret."""
    client_id = records.new_client_id()
    doc = {"ClientId": client_id, "UserPoolId": pool_id, "ClientName": "app", **extra}
    if secret is not None:
        doc["ClientSecret"] = secret
    with engine.store.write() as tx:
        tx.execute("INSERT INTO clients (id, pool_id, doc) VALUES (?, ?, ?)",
                   (client_id, pool_id, records.dumps(doc)))
    return client_id


def last_code(engine: Engine, pool_id: str, username: str, kind: str) -> str:
    code = outbox.latest_code(engine.store.read(), pool_id, username, kind)
    assert code is not None, f"no {kind} message to {username}"
    return code


def attrs(user: dict, member: str = "Attributes") -> dict[str, str]:
    return {a["Name"]: a["Value"] for a in user[member]}
