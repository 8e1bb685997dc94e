"""Reading and writing the engine's documents: pools, users and the ids Cognito mints.

Handlers use these rather than SQL of their own, so a document's shape lives in one place.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import sqlite3
import string
import uuid

from cognito_grpc.engine import errors

_ALNUM = string.ascii_letters + string.digits
_LOWER_ALNUM = string.ascii_lowercase + string.digits


def dumps(doc) -> str:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


loads = json.loads


# --- ids, as Cognito shapes them ------------------------------------------------------------

def new_pool_id(region: str) -> str:
    return f"{region}_" + "".join(secrets.choice(_ALNUM) for _ in range(9))


def new_client_id() -> str:
    return "".join(secrets.choice(_LOWER_ALNUM) for _ in range(26))


def new_client_secret() -> str:
    return "".join(secrets.choice(_LOWER_ALNUM) for _ in range(51))


def new_sub() -> str:
    return str(uuid.uuid4())


def new_opaque(nbytes: int) -> str:
    """A random URL-safe value (sessions, refresh tokens) that never starts with "-": a shell
    script's `aws cognito-idp ... --session "$SESSION"` would take it for an option, once in
    64. Cognito's own start with a letter."""
    while True:
        value = secrets.token_urlsafe(nbytes)
        if not value.startswith("-"):
            return value


def pool_arn(ctx, pool_id: str) -> str:
    return f"arn:aws:cognito-idp:{ctx.region}:{ctx.account_id}:userpool/{pool_id}"


# --- pagination tokens: opaque to callers, a position to us ---------------------------------

def page_token(position: str) -> str:
    return base64.urlsafe_b64encode(position.encode()).decode()


def page_position(token: str | None, member: str = "NextToken") -> str | None:
    if token is None:
        return None
    try:
        return base64.urlsafe_b64decode(token.encode()).decode()
    except (binascii.Error, UnicodeError, ValueError):
        raise errors.invalid(f"Invalid {member}.",
                             (member[:1].lower() + member[1:], "not a token this API issued"))


def page(rows: list, limit: int, position_of) -> tuple[list, str | None]:
    """The first `limit` rows and the token for the rest (rows holds up to limit + 1)."""
    if len(rows) > limit:
        rows = rows[:limit]
        return rows, page_token(position_of(rows[-1]))
    return rows, None


# --- pools ------------------------------------------------------------------------------------

def pool(db, pool_id: str) -> dict:
    row = db.execute("SELECT doc FROM pools WHERE id = ?", (pool_id,)).fetchone()
    if row is None:
        raise errors.pool_not_found(pool_id)
    return loads(row[0])


def save_pool(tx, doc: dict) -> None:
    tx.execute("UPDATE pools SET doc = ? WHERE id = ?", (dumps(doc), doc["Id"]))


def require_pool(db, pool_id: str) -> None:
    if db.execute("SELECT 1 FROM pools WHERE id = ?", (pool_id,)).fetchone() is None:
        raise errors.pool_not_found(pool_id)


# --- app clients ------------------------------------------------------------------------------

def app_client(db, client_id: str, pool_id: str | None = None) -> dict:
    row = db.execute("SELECT doc FROM clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        raise errors.client_not_found(client_id)
    doc = loads(row[0])
    if pool_id is not None and doc["UserPoolId"] != pool_id:
        raise errors.client_not_found(client_id)
    return doc


def is_duplicate(error: sqlite3.IntegrityError) -> bool:
    """A uniqueness constraint refused the write (not a foreign key or a NOT NULL)."""
    return "UNIQUE constraint" in str(error)


# --- users ------------------------------------------------------------------------------------
# A user's document: what AdminGetUser shows (Username, Attributes with sub, UserCreateDate,
# UserLastModifiedDate, Enabled, UserStatus, MFAOptions, PreferredMfaSetting,
# UserMFASettingList) plus the engine's own members, which never leave it: Password
# (passwords.credentials: the hash and the SRP verifier), TemporaryPasswordExpires,
# SignedOutAt (tokens issued before it are revoked), SoftwareToken ({"Secret", "Verified",
# "FriendlyDeviceName"}), FailedSignIns ({"Count", "LockedUntil"}: the lock-out).

ALIAS_KINDS = ("email", "phone_number", "preferred_username")


def case_sensitive(pool_doc: dict) -> bool:
    return (pool_doc.get("UsernameConfiguration") or {}).get("CaseSensitive", True)


def user_key(pool_doc: dict, username: str) -> str:
    return username if case_sensitive(pool_doc) else username.lower()


def attribute(doc: dict, name: str) -> str | None:
    for entry in doc.get("Attributes", ()):
        if entry["Name"] == name:
            return entry.get("Value")
    return None


def set_attributes(doc: dict, changes: list[dict]) -> None:
    """Sets (in place, keeping order, appending new names) the given attributes."""
    by_name = {entry["Name"]: entry for entry in doc.setdefault("Attributes", [])}
    for change in changes:
        entry = by_name.get(change["Name"])
        if entry is None:
            entry = by_name[change["Name"]] = {"Name": change["Name"]}
            doc["Attributes"].append(entry)
        entry["Value"] = change.get("Value", "")


def remove_attributes(doc: dict, names) -> None:
    names = set(names)
    doc["Attributes"] = [e for e in doc.get("Attributes", ()) if e["Name"] not in names]


def _alias_values(pool_doc: dict, doc: dict) -> list[tuple[str, str]]:
    """The (kind, value) pairs this user can sign in with besides the username."""
    kinds = set(pool_doc.get("UsernameAttributes") or ()) | set(
        pool_doc.get("AliasAttributes") or ())
    pairs = []
    for kind in ALIAS_KINDS:
        if kind not in kinds:
            continue
        value = attribute(doc, kind)
        if not value:
            continue
        # Cognito signs in by an email or phone alias only once it is verified; a username
        # attribute is the sign-in name whatever its state.
        verified = attribute(doc, f"{kind}_verified") == "true"
        if kind in (pool_doc.get("UsernameAttributes") or ()) or verified or \
                kind == "preferred_username":
            pairs.append((kind, value.lower() if kind != "phone_number" else value))
    return pairs


def sync_aliases(tx, pool_doc: dict, key: str, doc: dict, new: bool = False) -> None:
    """The user's aliases as `doc` has them; a `new` user has none to remove first."""
    pool_id = pool_doc["Id"]
    if not new:
        tx.execute("DELETE FROM aliases WHERE pool_id = ? AND user_key = ?", (pool_id, key))
    for kind, value in _alias_values(pool_doc, doc):
        try:
            tx.execute("INSERT INTO aliases (pool_id, kind, value, user_key) VALUES (?, ?, ?, ?)",
                       (pool_id, kind, value, key))
        except sqlite3.IntegrityError:
            raise errors.EngineError("AliasExistsException",
                                     "An account with the given email already exists."
                                     if kind == "email" else
                                     f"An account with the given {kind} already exists."
                                     ) from None


def find_user(db, pool_doc: dict, username: str) -> tuple[str, dict]:
    """(key, document) of the user a caller names by username, alias or sub."""
    pool_id = pool_doc["Id"]
    key = user_key(pool_doc, username)
    row = db.execute("SELECT key, doc FROM users WHERE pool_id = ? AND key = ?",
                     (pool_id, key)).fetchone()
    if row is None:
        row = db.execute(
            "SELECT u.key, u.doc FROM aliases a JOIN users u ON u.pool_id = a.pool_id AND "
            "u.key = a.user_key WHERE a.pool_id = ? AND a.value = ? LIMIT 1",
            (pool_id, username.lower() if "@" in username else username)).fetchone()
    if row is None:
        row = db.execute("SELECT key, doc FROM users WHERE pool_id = ? AND sub = ?",
                         (pool_id, username)).fetchone()
    if row is None:
        raise errors.user_not_found()
    return row[0], loads(row[1])


def insert_user(tx, pool_doc: dict, doc: dict) -> str:
    """Adds a new user; UsernameExistsException if the pool has one by that name."""
    key = user_key(pool_doc, doc["Username"])
    try:
        tx.execute("INSERT INTO users (pool_id, key, sub, doc) VALUES (?, ?, ?, ?)",
                   (pool_doc["Id"], key, attribute(doc, "sub"), dumps(doc)))
    except sqlite3.IntegrityError as error:
        if is_duplicate(error):
            raise errors.EngineError("UsernameExistsException",
                                     "User account already exists") from None
        raise
    sync_aliases(tx, pool_doc, key, doc, new=True)
    return key


def save_user(tx, pool_doc: dict, key: str, doc: dict, aliases_changed: bool = True) -> None:
    tx.execute("UPDATE users SET doc = ? WHERE pool_id = ? AND key = ?",
               (dumps(doc), pool_doc["Id"], key))
    if aliases_changed:
        sync_aliases(tx, pool_doc, key, doc)


PUBLIC_USER_MEMBERS = ("Username", "Attributes", "UserCreateDate", "UserLastModifiedDate",
                       "Enabled", "UserStatus", "MFAOptions")


def user_type(doc: dict, attributes_to_get=None) -> dict:
    """The UserType of ListUsers and AdminCreateUser."""
    shown = {name: doc[name] for name in PUBLIC_USER_MEMBERS if name in doc}
    if attributes_to_get is not None:
        wanted = set(attributes_to_get)
        shown["Attributes"] = [a for a in shown.get("Attributes", ()) if a["Name"] in wanted]
    return shown
