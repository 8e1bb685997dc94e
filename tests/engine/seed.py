"""Direct seeding of app clients and users for the sign-in tests.

The sign-in family's tests must not depend on the handlers of other families (clients,
users), so they write the documents those handlers keep, through records, as they would.
"""

from __future__ import annotations

import botocore.exceptions
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet

from cognito_grpc.engine import passwords, records

PASSWORD = "Corr3ct-Horse!"
ALL_FLOWS = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH",
             "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]


def pool(engine, region: str = "us-east-1", **extra) -> dict:
    created = engine.client(region).create_user_pool(PoolName="auth", **extra)["UserPool"]
    return created


def pool_doc(engine, pool_id: str) -> dict:
    return records.pool(engine.store.read(), pool_id)


def app_client(engine, pool_id: str, secret: bool = False, **extra) -> dict:
    doc = {"UserPoolId": pool_id, "ClientName": "app", "ClientId": records.new_client_id(),
           "ExplicitAuthFlows": list(ALL_FLOWS), "EnableTokenRevocation": True,
           "AuthSessionValidity": 3, "RefreshTokenValidity": 30,
           "AccessTokenValidity": 60, "IdTokenValidity": 60,
           "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "minutes",
                                  "RefreshToken": "days"},
           "PreventUserExistenceErrors": "LEGACY"}
    if secret:
        doc["ClientSecret"] = records.new_client_secret()
    doc.update(extra)
    doc = {k: v for k, v in doc.items() if v is not None}
    with engine.store.write() as tx:
        tx.execute("INSERT INTO clients (id, pool_id, doc) VALUES (?, ?, ?)",
                   (doc["ClientId"], pool_id, records.dumps(doc)))
    return doc


def user(engine, pool_id: str, username: str = "alice", password: str | None = PASSWORD,
         status: str = "CONFIRMED", attributes: dict | None = None, **extra) -> dict:
    db = engine.store.read()
    pool_doc = records.pool(db, pool_id)
    attributes = {"email": f"{username}@example.com", "email_verified": "true",
                  **(attributes or {})}
    doc = {"Username": username,
           "Attributes": [{"Name": "sub", "Value": records.new_sub()},
                          *({"Name": k, "Value": v} for k, v in attributes.items())],
           "UserCreateDate": engine.clock(), "UserLastModifiedDate": engine.clock(),
           "Enabled": True, "UserStatus": status, **extra}
    if password is not None:
        doc["Password"] = passwords.credentials(pool_doc, username, password)
    with engine.store.write() as tx:
        records.insert_user(tx, pool_doc, doc)
    return doc


def update_user(engine, pool_id: str, username: str, **changes) -> dict:
    with engine.store.write() as tx:
        pool_doc = records.pool(tx, pool_id)
        key, doc = records.find_user(tx, pool_doc, username)
        doc.update(changes)
        records.save_user(tx, pool_doc, key, doc)
    return doc


def stored_user(engine, pool_id: str, username: str) -> dict:
    db = engine.store.read()
    return records.find_user(db, records.pool(db, pool_id), username)[1]


def add_to_group(engine, pool_id: str, username: str, group: str, **group_doc) -> None:
    with engine.store.write() as tx:
        pool_doc = records.pool(tx, pool_id)
        key, _ = records.find_user(tx, pool_doc, username)
        doc = {"GroupName": group, "UserPoolId": pool_id, **group_doc}
        tx.execute("INSERT OR IGNORE INTO groups (pool_id, name, doc) VALUES (?, ?, ?)",
                   (pool_id, group, records.dumps(doc)))
        tx.execute("INSERT INTO members (pool_id, group_name, user_key) VALUES (?, ?, ?)",
                   (pool_id, group, key))


def outbox(engine, pool_id: str, username: str) -> list[dict]:
    rows = engine.store.read().execute(
        "SELECT doc FROM outbox WHERE pool_id = ? AND username = ? ORDER BY seq",
        (pool_id, username)).fetchall()
    return [records.loads(row[0]) for row in rows]


# --- calls and what they answer ----------------------------------------------------------------

def error_of(call, **params) -> tuple[str, str]:
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        call(**params)
    error = raised.value.response["Error"]
    return error["Code"], error["Message"]


def admin_auth(cognito, pool, app, username="alice", password=PASSWORD, **extra):
    parameters = {"USERNAME": username, "PASSWORD": password, **extra}
    return cognito.admin_initiate_auth(UserPoolId=pool["Id"], ClientId=app["ClientId"],
                                       AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                                       AuthParameters=parameters)


def claims_of(engine, pool_id: str, token: str) -> dict:
    keys = KeySet.import_key_set(engine.jwks(pool_id))
    return jwt.decode(token, keys, algorithms=["RS256"]).claims
