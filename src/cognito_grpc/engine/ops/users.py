"""Users, as an administrator manages them: create, get, list, change, enable, disable, delete.

Sign-up and the codes users type back (ConfirmSignUp, ForgotPassword, ...) are in signup.py;
both build new users with `new_user` and add them with `insert`.
"""

from __future__ import annotations

import sqlite3

from cognito_grpc.engine import attributes, devices, errors, outbox, passwords, records
from cognito_grpc.engine.ops import handler

MAX_USERS_PAGE = 60
DAY = 24 * 3600


# --- new users ----------------------------------------------------------------------------------

def sign_in_name(pool_doc: dict, username: str, attrs: list[dict], sub: str
                 ) -> tuple[str, list[dict]]:
    """The Username a new user gets, and their attributes: in a pool whose users sign in by
    email or phone number, the name given is that attribute and the Username is the sub."""
    kinds = pool_doc.get("UsernameAttributes") or []
    if kinds:
        for kind in kinds:
            pattern = attributes.EMAIL if kind == "email" else attributes.PHONE
            if pattern.fullmatch(username):
                given = [a for a in attrs if a["Name"] != kind]
                return sub, [*given, {"Name": kind, "Value": username}]
        wanted = " or ".join("an email" if k == "email" else "a phone number" for k in kinds)
        raise errors.invalid(f"Username should be {'either ' if len(kinds) > 1 else ''}"
                             f"{wanted}.", ("username", f"must be {wanted}"))
    aliases = pool_doc.get("AliasAttributes") or []
    if "email" in aliases and attributes.EMAIL.fullmatch(username):
        raise errors.invalid("Username cannot be of email format, since user pool is "
                             "configured for email alias.", ("username", "is an email"))
    if "phone_number" in aliases and attributes.PHONE.fullmatch(username):
        raise errors.invalid("Username cannot be of phone number format, since user pool is "
                             "configured for phone number alias.",
                             ("username", "is a phone number"))
    return username, attrs


def new_user(ctx, pool_doc: dict, username: str, given: list[dict] | None, status: str,
             password: str | None) -> dict:
    """A new user's document, its attributes checked against the pool's schema."""
    sub = records.new_sub()
    attrs = attributes.checked(pool_doc, given, creating=True)
    name, attrs = sign_in_name(pool_doc, username, attrs, sub)
    attributes.require(pool_doc, attrs)
    doc = {"Username": name, "Attributes": [{"Name": "sub", "Value": sub}, *attrs],
           "UserCreateDate": ctx.now, "UserLastModifiedDate": ctx.now, "Enabled": True,
           "UserStatus": status}
    if password is not None:
        doc["Password"] = passwords.credentials(pool_doc, doc["Username"], password)
    return doc


def insert(tx, pool_doc: dict, doc: dict) -> str:
    """Adds the user (the database refuses a taken name or alias); their key."""
    try:
        return records.insert_user(tx, pool_doc, doc)
    except sqlite3.IntegrityError:  # not a duplicate: the pool was deleted meanwhile
        raise errors.pool_not_found(pool_doc["Id"]) from None
    except errors.EngineError as error:
        # Where the email or phone number is the sign-in name, a taken one is a taken name.
        if error.code == "AliasExistsException" and pool_doc.get("UsernameAttributes"):
            raise errors.EngineError("UsernameExistsException", error.message) from None
        raise


def take_aliases(tx, pool_doc: dict, key: str | None, doc: dict) -> None:
    """ForceAliasCreation: the verified email or phone number this user is to sign in with
    stops being another user's alias (that user's address is no longer verified)."""
    for kind, value in records._alias_values(pool_doc, doc):
        flag = attributes.VERIFIED_FLAGS.get(kind)
        row = tx.execute("SELECT a.user_key, u.doc FROM aliases a JOIN users u ON "
                         "u.pool_id = a.pool_id AND u.key = a.user_key WHERE a.pool_id = ? "
                         "AND a.kind = ? AND a.value = ?",
                         (pool_doc["Id"], kind, value)).fetchone()
        if flag is None or row is None or row[0] == key:
            continue
        owner = records.loads(row[1])
        records.set_attributes(owner, [{"Name": flag, "Value": "false"}])
        records.save_user(tx, pool_doc, row[0], owner)


def temporary_password_expiry(ctx, pool_doc: dict) -> float:
    policy = (pool_doc.get("Policies") or {}).get("PasswordPolicy") or {}
    return ctx.now + policy.get("TemporaryPasswordValidityDays", 7) * DAY


# --- AdminCreateUser ----------------------------------------------------------------------------

def _invite(ctx, tx, pool_doc: dict, doc: dict, password: str, mediums: list[str]) -> None:
    template = (pool_doc.get("AdminCreateUserConfig") or {}).get("InviteMessageTemplate") or {}
    lifetime = temporary_password_expiry(ctx, pool_doc) - ctx.now
    targets = [d for d in (outbox.destination(doc, m) for m in mediums) if d is not None]
    for target in targets or [None]:  # nowhere to send it: still recorded, for developers
        email = target is not None and target.medium == "EMAIL"
        body = template.get("EmailMessage" if email else "SMSMessage")
        outbox.send(tx, pool_doc["Id"], doc["Username"], outbox.INVITATION, target,
                    code=password,
                    message=outbox.render(body, password, doc["Username"]),
                    subject=template.get("EmailSubject") if email else None,
                    now=ctx.now, lifetime=lifetime)


def _password_for(pool_doc: dict, request: dict) -> str:
    given = request.get("TemporaryPassword")
    if given is None:
        return passwords.temporary_password(pool_doc)
    passwords.check_policy(pool_doc, given)
    return given


def _resend_invitation(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        pool_doc = records.pool(tx, request["UserPoolId"])
        key, doc = records.find_user(tx, pool_doc, request["Username"])
        if doc["UserStatus"] != "FORCE_CHANGE_PASSWORD":
            raise errors.EngineError("UnsupportedUserStateException",
                                     f"Resend not possible. {doc['Username']} status is not "
                                     "FORCE_CHANGE_PASSWORD.")
        password = _password_for(pool_doc, request)
        doc["Password"] = passwords.credentials(pool_doc, doc["Username"], password)
        doc["TemporaryPasswordExpires"] = temporary_password_expiry(ctx, pool_doc)
        doc["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, pool_doc, key, doc, aliases_changed=False)
        _invite(ctx, tx, pool_doc, doc, password, request.get("DesiredDeliveryMediums") or
                ["SMS"])
    return {"User": records.user_type(doc)}


@handler("AdminCreateUser")
def admin_create_user(ctx, request: dict) -> dict:
    if request.get("MessageAction") == "RESEND":
        return _resend_invitation(ctx, request)
    # Everything but the insert happens before the write lock is taken.
    pool_doc = records.pool(ctx.store.read(), request["UserPoolId"])
    suppressed = request.get("MessageAction") == "SUPPRESS"
    # A temporary password made up here and sent nowhere is one nobody can ever use.
    unseen = suppressed and request.get("TemporaryPassword") is None
    password = None if unseen else _password_for(pool_doc, request)
    doc = new_user(ctx, pool_doc, request["Username"], request.get("UserAttributes"),
                   "FORCE_CHANGE_PASSWORD", password)
    if unseen:
        doc["Password"] = passwords.unknown()
    doc["TemporaryPasswordExpires"] = temporary_password_expiry(ctx, pool_doc)
    with ctx.store.write() as tx:
        if request.get("ForceAliasCreation"):
            take_aliases(tx, pool_doc, None, doc)
        insert(tx, pool_doc, doc)
        if not suppressed:
            _invite(ctx, tx, pool_doc, doc, password,
                    request.get("DesiredDeliveryMediums") or ["SMS"])
    return {"User": records.user_type(doc)}


# --- reading users ------------------------------------------------------------------------------

@handler("AdminGetUser")
def admin_get_user(ctx, request: dict) -> dict:
    db = ctx.store.read()
    _, doc = records.find_user(db, records.pool(db, request["UserPoolId"]),
                               request["Username"])
    response = {"Username": doc["Username"], "UserAttributes": doc["Attributes"],
                "UserCreateDate": doc["UserCreateDate"],
                "UserLastModifiedDate": doc["UserLastModifiedDate"],
                "Enabled": doc["Enabled"], "UserStatus": doc["UserStatus"]}
    # Cognito sends the MFA members only for a user who has MFA set up.
    for name in ("MFAOptions", "PreferredMfaSetting", "UserMFASettingList"):
        if doc.get(name):
            response[name] = doc[name]
    return response


# ListUsers' Filter: `name = "value"` or `name ^= "value"`, quotes inside escaped by \.
_FILTER = attributes.regex.compile(
    r'\s*(?P<name>[\w:]+)\s*(?P<op>\^?=)\s*"(?P<value>(?:[^"\\]|\\.)*)"\s*')
_SEARCHABLE_ATTRIBUTES = frozenset({"email", "phone_number", "name", "given_name",
                                    "family_name", "preferred_username", "sub"})
_TOP = "\U0010ffff"  # sorts after every character: key < prefix + _TOP bounds a prefix


def _filter(pool_doc: dict, text: str) -> tuple[str, list]:
    """The SQL condition (and its arguments) for a ListUsers Filter."""
    match = _FILTER.fullmatch(text)
    if match is None or not attributes.is_text(text):
        raise errors.invalid("Error while parsing filter.",
                             ("filter", 'must be name = "value" or name ^= "value"'))
    name, prefix = match["name"], match["op"] == "^="
    value = attributes.regex.sub(r"\\(.)", r"\1", match["value"])
    if name == "username":
        value = records.user_key(pool_doc, value)
        if prefix:
            return "key >= ? AND key < ? AND substr(key, 1, length(?)) = ?", \
                [value, value + _TOP, value, value]
        return "key = ?", [value]
    if name == "sub" and not prefix:
        return "sub = ?", [value]
    if name == "cognito:user_status":
        subject, value = "upper(doc ->> '$.UserStatus')", value.upper()
    elif name == "status":
        subject = "(CASE WHEN doc ->> '$.Enabled' THEN 'enabled' ELSE 'disabled' END)"
        value = value.lower()
    elif name in _SEARCHABLE_ATTRIBUTES:
        # A plain substring test of the stored JSON first (necessary, and far cheaper than
        # json_each), then the exact test on the attribute itself.
        needle = '"Value":' + records.dumps(value)
        if prefix:
            needle = needle[:-1]  # without the closing quote
            comparison, values = "substr(a.value ->> '$.Value', 1, length(?)) = ?", \
                [value, value]
        else:
            comparison, values = "a.value ->> '$.Value' = ?", [value]
        return ("instr(doc, ?) AND EXISTS (SELECT 1 FROM json_each(doc, '$.Attributes') a "
                f"WHERE a.value ->> '$.Name' = ? AND {comparison})", [needle, name, *values])
    else:
        raise errors.invalid(f"Invalid search attribute: {name}",
                             ("filter", f"{name} cannot be searched"))
    if prefix:
        return f"substr({subject}, 1, length(?)) = ?", [value, value]
    return f"{subject} = ?", [value]


def _page_limit(request: dict) -> int:
    return request.get("Limit") or MAX_USERS_PAGE


def _attributes_to_get(pool_doc: dict, names: list[str] | None) -> list[str] | None:
    if not names:
        return None  # all of them (an empty list cannot travel through proto3 anyway)
    known = attributes.schema(pool_doc)
    unknown = [name for name in names if name not in known]
    if unknown:
        raise errors.invalid(f"One or more requested attributes do not exist: "
                             f"{', '.join(unknown)}", ("attributesToGet", "unknown attribute"))
    return names


@handler("ListUsers")
def list_users(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    limit = _page_limit(request)
    after = records.page_position(request.get("PaginationToken"), "PaginationToken")
    with ctx.store.snapshot() as db:
        pool_doc = records.pool(db, pool_id)
        wanted = _attributes_to_get(pool_doc, request.get("AttributesToGet"))
        query, args = "SELECT key, doc FROM users WHERE pool_id = ?", [pool_id]
        if request.get("Filter"):
            condition, values = _filter(pool_doc, request["Filter"])
            query += f" AND {condition}"
            args += values
        if after is not None:
            query += " AND key > ?"
            args.append(after)
        rows = db.execute(query + " ORDER BY key LIMIT ?", (*args, limit + 1)).fetchall()
    rows, token = records.page(rows, limit, lambda row: row[0])
    response = {"Users": [records.user_type(records.loads(doc), wanted) for _, doc in rows]}
    if token:
        response["PaginationToken"] = token
    return response


# --- changing users -----------------------------------------------------------------------------

def change_user(ctx, request: dict, change) -> None:
    """Applies `change(tx, pool_doc, key, doc)` to the user the request names, in one
    transaction, and saves them."""
    with ctx.store.write() as tx:
        pool_doc = records.pool(tx, request["UserPoolId"])
        key, doc = records.find_user(tx, pool_doc, request["Username"])
        aliases_changed = change(tx, pool_doc, key, doc)
        doc["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, pool_doc, key, doc, aliases_changed=bool(aliases_changed))


def revoke_sessions(ctx, tx, pool_id: str, key: str, doc: dict) -> None:
    """Every token issued to the user so far stops working."""
    doc["SignedOutAt"] = ctx.now
    tx.execute("UPDATE refresh_tokens SET revoked = 1 WHERE pool_id = ? AND user_key = ?",
               (pool_id, key))


@handler("AdminDeleteUser")
def admin_delete_user(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    with ctx.store.write() as tx:
        pool_doc = records.pool(tx, pool_id)
        key, doc = records.find_user(tx, pool_doc, request["Username"])
        # Aliases and group memberships go with the row (foreign keys).
        tx.execute("DELETE FROM users WHERE pool_id = ? AND key = ?", (pool_id, key))
        tx.execute("DELETE FROM refresh_tokens WHERE pool_id = ? AND user_key = ?",
                   (pool_id, key))
        outbox.forget_user(tx, pool_id, doc["Username"])
        devices.forget_all(tx, pool_id, records.attribute(doc, "sub"))
    return {}


@handler("AdminDisableUser")
def admin_disable_user(ctx, request: dict) -> dict:
    def disable(tx, pool_doc, key, doc):
        doc["Enabled"] = False
        revoke_sessions(ctx, tx, pool_doc["Id"], key, doc)
    change_user(ctx, request, disable)
    return {}


@handler("AdminEnableUser")
def admin_enable_user(ctx, request: dict) -> dict:
    change_user(ctx, request, lambda tx, pool_doc, key, doc: doc.update(Enabled=True))
    return {}


def update_attributes(ctx, tx, pool_doc: dict, doc: dict, given: list[dict]) -> list[dict]:
    """Sets the given attributes on the user's document, as Cognito does: a new email or
    phone number is unverified unless the same call says otherwise, and, where the pool
    verifies it automatically, a code goes to the new address; one the pool requires
    verified before an update waits (ops/verification.py). CodeDeliveryDetailsList."""
    from cognito_grpc.engine.ops import verification  # it imports this module

    changes = attributes.checked(pool_doc, given, creating=False)
    # a change that must be verified first waits; the codes go out
    changes, deliveries = verification.hold_changes(ctx, tx, pool_doc, doc, changes)
    named = {change["Name"] for change in changes}
    changed_addresses = [
        name for name, flag in attributes.VERIFIED_FLAGS.items()
        if name in named and flag not in named and
        next(c["Value"] for c in changes if c["Name"] == name) != records.attribute(doc, name)]
    for name in changed_addresses:
        changes.append({"Name": attributes.VERIFIED_FLAGS[name], "Value": "false"})
    records.set_attributes(doc, changes)
    return deliveries


def send_verification(ctx, tx, pool_doc: dict, doc: dict, target: outbox.Destination,
                      kind: str = outbox.VERIFICATION) -> None:
    """A verification code to `target`, worded by the pool's verification template."""
    template = pool_doc.get("VerificationMessageTemplate") or {}
    code = outbox.new_code()
    email = target.medium == "EMAIL"
    body = template.get("EmailMessage" if email else "SmsMessage")
    outbox.send(tx, pool_doc["Id"], doc["Username"], kind, target, code=code,
                message=outbox.render(body, code, doc["Username"]),
                subject=template.get("EmailSubject") if email else None, now=ctx.now)


@handler("AdminUpdateUserAttributes")
def admin_update_user_attributes(ctx, request: dict) -> dict:
    change_user(ctx, request, lambda tx, pool_doc, key, doc: update_attributes(
        ctx, tx, pool_doc, doc, request["UserAttributes"]) or True)
    return {}


@handler("AdminDeleteUserAttributes")
def admin_delete_user_attributes(ctx, request: dict) -> dict:
    def delete(tx, pool_doc, key, doc):
        records.remove_attributes(doc, attributes.deletable(pool_doc,
                                                            request["UserAttributeNames"]))
        return True
    change_user(ctx, request, delete)
    return {}


@handler("AdminSetUserPassword")
def admin_set_user_password(ctx, request: dict) -> dict:
    def set_password(tx, pool_doc, key, doc):
        passwords.check_policy(pool_doc, request["Password"])
        passwords.replace(pool_doc, doc, request["Password"])
        if request.get("Permanent"):
            doc["UserStatus"] = "CONFIRMED"
            doc.pop("TemporaryPasswordExpires", None)
        else:
            doc["UserStatus"] = "FORCE_CHANGE_PASSWORD"
            doc["TemporaryPasswordExpires"] = temporary_password_expiry(ctx, pool_doc)
    change_user(ctx, request, set_password)
    return {}
