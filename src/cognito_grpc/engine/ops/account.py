"""The signed-in user's own account, by access token: UpdateUserAttributes,
DeleteUserAttributes, DeleteUser, ChangePassword."""

from __future__ import annotations

from cognito_grpc.engine import devices, errors, passwords, records, tokens
from cognito_grpc.engine.ops import handler, verification

# Attributes whose change makes Cognito forget they were verified.
VERIFIED_BY = {"email": "email_verified", "phone_number": "phone_number_verified"}


def _schema(pool: dict) -> dict:
    return {a["Name"]: a for a in pool.get("SchemaAttributes", ())}


def _check_writable(pool: dict, user: dict, name: str) -> None:
    attribute = _schema(pool).get(name)
    if attribute is None or name.startswith("dev:"):
        raise errors.invalid(f"{name}: Attribute does not exist in the schema.",
                             ("userAttributes", f"{name} is not an attribute of this pool"))
    if name == "sub" or (not attribute.get("Mutable", True)
                         and records.attribute(user, name) is not None):
        raise errors.invalid(f"Cannot modify the non-mutable attribute {name}.",
                             ("userAttributes", f"{name} is not mutable"))


@handler("UpdateUserAttributes")
def update_user_attributes(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    changes = request["UserAttributes"]
    with ctx.store.write() as tx:
        key, user = records.find_user(tx, grant.pool, grant.user["Username"])
        for change in changes:
            name = change["Name"]
            _check_writable(grant.pool, user, name)
            if change.get("Value") is None:
                raise errors.invalid(f"The value of attribute {name} is missing.",
                                     ("userAttributes.member.value", "must not be null"))
        changes, deliveries = verification.hold_changes(ctx, tx, grant.pool, user, changes)
        unverified = [{"Name": VERIFIED_BY[c["Name"]], "Value": "false"} for c in changes
                      if c["Name"] in VERIFIED_BY
                      and records.attribute(user, c["Name"]) != c["Value"]
                      and not any(o["Name"] == VERIFIED_BY[c["Name"]] for o in changes)]
        records.set_attributes(user, [*changes, *unverified])
        user["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, grant.pool, key, user)
    return {"CodeDeliveryDetailsList": deliveries} if deliveries else {}


@handler("DeleteUserAttributes")
def delete_user_attributes(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    names = request["UserAttributeNames"]
    schema = _schema(grant.pool)
    with ctx.store.write() as tx:
        key, user = records.find_user(tx, grant.pool, grant.user["Username"])
        for name in names:
            _check_writable(grant.pool, user, name)
            if schema[name].get("Required"):
                raise errors.invalid(f"Cannot delete the required attribute {name}.",
                                     ("userAttributeNames", f"{name} is required"))
        gone = set(names) | {VERIFIED_BY[n] for n in names if n in VERIFIED_BY}
        records.remove_attributes(user, gone)
        user["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, grant.pool, key, user)
    return {}


@handler("DeleteUser")
def delete_user(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    pool_id = grant.pool["Id"]
    with ctx.store.write() as tx:
        tx.execute("DELETE FROM refresh_tokens WHERE pool_id = ? AND user_key = ?",
                   (pool_id, grant.user_key))
        tx.execute("DELETE FROM users WHERE pool_id = ? AND key = ? AND sub = ?",
                   (pool_id, grant.user_key, grant.claims["sub"]))
        devices.forget_all(tx, pool_id, grant.claims["sub"])
    return {}


@handler("ChangePassword")
def change_password(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    proposed = request["ProposedPassword"]
    with ctx.store.write() as tx:
        key, user = records.find_user(tx, grant.pool, grant.user["Username"])
        if user.get("Password"):
            previous = request.get("PreviousPassword")
            if previous is None:
                raise errors.invalid("PreviousPassword is required: this user has a password.",
                                     ("previousPassword", "must not be null"))
            if not passwords.matches(grant.pool, user, previous):
                raise errors.not_authorized()
        passwords.check_policy(grant.pool, proposed)
        passwords.replace(grant.pool, user, proposed)
        user["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, grant.pool, key, user, aliases_changed=False)
    return {}
