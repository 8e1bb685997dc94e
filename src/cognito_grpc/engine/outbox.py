"""What Cognito would have sent: confirmation codes, temporary passwords, verification codes.

Nothing leaves the machine. Each message is a row of the store's `outbox` table, written in
the same transaction as the change that sent it, so a message exists exactly when its change
does. Tests and developers read them back (`messages`, `latest_code`); the operations that
take a code back (ConfirmSignUp, ConfirmForgotPassword, MFA answers) check it with `redeem`.

A message's document: {"Kind", "Username", "Destination" (where it went, unmasked:
{"Destination", "DeliveryMedium", "AttributeName"}; absent when the user has nowhere to
receive it), "Code" or "Message", "Subject" (email), "Expires", "Redeemed" (once used)}.
"""

from __future__ import annotations

import dataclasses
import secrets
import time

from cognito_grpc.engine import errors, records

# Kinds of message, and how long the code each carries stays valid (Cognito's lifetimes).
SIGN_UP = "sign_up"                  # ConfirmSignUp's code: 24 hours
INVITATION = "invitation"            # AdminCreateUser's temporary password
PASSWORD_RESET = "password_reset"    # ForgotPassword / AdminResetUserPassword: 1 hour
VERIFICATION = "verification"        # an attribute's verification code: 24 hours
MFA = "mfa"                          # an SMS or email sign-in code: 3 minutes
LIFETIMES = {SIGN_UP: 24 * 3600, INVITATION: 7 * 24 * 3600, PASSWORD_RESET: 3600,
             VERIFICATION: 24 * 3600, MFA: 180}

MEDIA = {"EMAIL": "email", "SMS": "phone_number"}  # DeliveryMedium -> the attribute it uses


@dataclasses.dataclass(frozen=True)
class Destination:
    medium: str      # EMAIL or SMS
    attribute: str   # email or phone_number
    address: str

    def as_doc(self) -> dict:
        return {"Destination": self.address, "DeliveryMedium": self.medium,
                "AttributeName": self.attribute}

    def delivery_details(self) -> dict:
        """CodeDeliveryDetails as Cognito answers them: the address masked."""
        return {"Destination": mask(self.address), "DeliveryMedium": self.medium,
                "AttributeName": self.attribute}


def mask(address: str) -> str:
    """a***@e*** for an email, +*******1234 for a phone number, as Cognito shows them."""
    if "@" in address:
        local, _, domain = address.partition("@")
        return f"{local[:1]}***@{domain[:1]}***"
    return address[:1] + "*" * max(len(address) - 5, 0) + address[-4:]


def destination(user_doc: dict, medium: str) -> Destination | None:
    """Where the user receives `medium` (EMAIL, SMS), or None if they have no such address."""
    attribute = MEDIA[medium]
    address = records.attribute(user_doc, attribute)
    return Destination(medium, attribute, address) if address else None


def new_code() -> str:
    return f"{secrets.randbelow(10 ** 6):06d}"


def send(tx, pool_id: str, username: str, kind: str, destination: Destination | None,
         code: str | None = None, message: str | None = None, subject: str | None = None,
         now: float | None = None, lifetime: float | None = None) -> int:
    """Records one message (in the caller's write transaction); its sequence number.
    `username` is the user's Username as AdminGetUser shows it."""
    now = time.time() if now is None else now
    doc: dict = {"Kind": kind, "Username": username,
                 "Expires": now + (LIFETIMES.get(kind, 24 * 3600) if lifetime is None
                                   else lifetime)}
    if destination is not None:
        doc["Destination"] = destination.as_doc()
    for name, value in (("Code", code), ("Message", message), ("Subject", subject)):
        if value is not None:
            doc[name] = value
    cursor = tx.execute("INSERT INTO outbox (pool_id, username, kind, created, doc) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (pool_id, username, kind, now, records.dumps(doc)))
    return cursor.lastrowid


def messages(db, pool_id: str, username: str | None = None, kind: str | None = None
             ) -> list[dict]:
    """The messages sent in a pool, oldest first, optionally to one user and of one kind;
    each with its "Seq" and "Created"."""
    query = "SELECT seq, created, doc FROM outbox WHERE pool_id = ?"
    args: list = [pool_id]
    if username is not None:
        query += " AND username = ?"
        args.append(username)
    if kind is not None:
        query += " AND kind = ?"
        args.append(kind)
    rows = db.execute(query + " ORDER BY seq", args).fetchall()
    return [{"Seq": seq, "Created": created, **records.loads(doc)} for seq, created, doc in rows]


def after(db, position: int, limit: int, pool_id: str | None = None,
          username: str | None = None, kind: str | None = None,
          medium: str | None = None) -> list[dict]:
    """Up to `limit` messages past `position`, oldest first, each with its "Seq" and
    "Created": what the outbox service pages through and watches (a range of the rowid)."""
    query = "SELECT seq, pool_id, created, doc FROM outbox WHERE seq > ?"
    args: list = [position]
    for column, value in (("pool_id", pool_id), ("username", username), ("kind", kind)):
        if value is not None:
            query += f" AND {column} = ?"
            args.append(value)
    if medium is not None:
        query += " AND doc ->> '$.Destination.DeliveryMedium' = ?"
        args.append(medium)
    rows = db.execute(query + " ORDER BY seq LIMIT ?", [*args, limit]).fetchall()
    return [{"Seq": seq, "UserPoolId": pool, "Created": created, **records.loads(doc)}
            for seq, pool, created, doc in rows]


def last_position(db) -> int:
    """The newest message's position (0 when none was ever sent)."""
    return db.execute("SELECT COALESCE(MAX(seq), 0) FROM outbox").fetchone()[0]


def _latest(db, pool_id: str, username: str, kind: str, attribute: str | None):
    query = "SELECT seq, doc FROM outbox WHERE pool_id = ? AND username = ? AND kind = ?"
    args: list = [pool_id, username, kind]
    if attribute is not None:
        query += " AND doc ->> '$.Destination.AttributeName' = ?"
        args.append(attribute)
    return db.execute(query + " ORDER BY seq DESC LIMIT 1", args).fetchone()


def latest_code(db, pool_id: str, username: str, kind: str) -> str | None:
    """The code of the newest message of `kind` to the user (what a test types in)."""
    row = _latest(db, pool_id, username, kind, None)
    return records.loads(row[1]).get("Code") if row else None


def redeem(tx, pool_id: str, username: str, kind: str, code: str, now: float,
           attribute: str | None = None) -> dict:
    """Uses the code of the newest message of `kind` to the user: that message's document.
    A wrong code is CodeMismatchException; a used, superseded or expired one (or none sent)
    ExpiredCodeException, as Cognito answers."""
    row = _latest(tx, pool_id, username, kind, attribute)
    doc = records.loads(row[1]) if row else None
    if doc is None or "Code" not in doc:
        raise errors.EngineError("CodeMismatchException",
                                 "Invalid verification code provided, please try again.")
    if not secrets.compare_digest(doc["Code"].encode(), code.encode("utf-8", "replace")):
        if _was_sent(tx, pool_id, username, kind, code):
            raise _expired()
        raise errors.EngineError("CodeMismatchException",
                                 "Invalid verification code provided, please try again.")
    if "Redeemed" in doc or doc["Expires"] <= now:
        raise _expired()
    doc["Redeemed"] = now
    tx.execute("UPDATE outbox SET doc = ? WHERE seq = ?", (records.dumps(doc), row[0]))
    return doc


def _was_sent(db, pool_id: str, username: str, kind: str, code: str) -> bool:
    return db.execute("SELECT 1 FROM outbox WHERE pool_id = ? AND username = ? AND kind = ? "
                      "AND doc ->> '$.Code' = ? LIMIT 1",
                      (pool_id, username, kind, code)).fetchone() is not None


def _expired() -> errors.EngineError:
    return errors.EngineError("ExpiredCodeException",
                              "Invalid code provided, please request a code again.")


def forget_user(tx, pool_id: str, username: str) -> None:
    """A deleted user's messages go with them: a new user of that name starts clean."""
    tx.execute("DELETE FROM outbox WHERE pool_id = ? AND username = ?", (pool_id, username))


def render(template: str | None, code: str, username: str) -> str | None:
    if template is None:
        return None
    return template.replace("{####}", code).replace("{username}", username)
