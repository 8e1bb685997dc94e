"""Attribute verification: GetUserAttributeVerificationCode and VerifyUserAttribute, and the
rules a user's own change of email or phone number follows (UpdateUserAttributes).

- A code goes to the outbox, worded by the pool's VerificationMessageTemplate, and is valid
  for 24 hours; only the newest code of an attribute counts (outbox.redeem).
- With UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate naming the
  attribute, a change of a *verified* email or phone number waits: the old value stays (and
  signs in, and receives messages) until the code sent to the new one is verified, and then
  VerifyUserAttribute puts the new value in place. A change of an unverified one is made at
  once, unverified, as is every change the setting does not name. Setting email_verified or
  phone_number_verified to true in the same request makes the change at once, verified.
- The user's document keeps a waiting value under "PendingAttributes" (never shown).
"""

from __future__ import annotations

from cognito_grpc.engine import attributes, errors, outbox, records, tokens
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.ops.users import send_verification

MEDIUM = {"email": "EMAIL", "phone_number": "SMS"}
PENDING = "PendingAttributes"


def _waits(pool: dict, user: dict, name: str) -> bool:
    settings = pool.get("UserAttributeUpdateSettings") or {}
    return name in (settings.get("AttributesRequireVerificationBeforeUpdate") or ()) and \
        records.attribute(user, attributes.VERIFIED_FLAGS[name]) == "true"


def hold_changes(ctx, tx, pool: dict, user: dict, changes: list[dict]) -> tuple[list, list]:
    """UpdateUserAttributes' changes split by Cognito's rules: (what to set now, the
    CodeDeliveryDetailsList). Waiting values are kept in the user's document, and codes sent
    to every new address that is verified automatically or must be verified first."""
    named = {change["Name"] for change in changes}
    now, deliveries = [], []
    auto_verified = set(pool.get("AutoVerifiedAttributes") or ())
    for change in changes:
        name = change["Name"]
        if name not in MEDIUM:
            now.append(change)
            continue
        user.get(PENDING, {}).pop(name, None)  # a newer change replaces a waiting one
        if attributes.VERIFIED_FLAGS[name] in named or not change["Value"] or \
                change["Value"] == records.attribute(user, name):
            now.append(change)
            continue
        target = outbox.Destination(MEDIUM[name], name, change["Value"])
        if _waits(pool, user, name):
            user.setdefault(PENDING, {})[name] = change["Value"]
        else:
            now.append(change)
            if name not in auto_verified:
                continue
        send_verification(ctx, tx, pool, user, target)
        deliveries.append(target.delivery_details())
    if not user.get(PENDING):
        user.pop(PENDING, None)
    return now, deliveries


def _verifiable(name: str) -> str:
    if name not in MEDIUM:
        raise errors.invalid(f"Invalid attribute name: {name} cannot be verified; only email "
                             "and phone_number can.",
                             ("attributeName", "must be email or phone_number"))
    return name


def _address(user: dict, name: str) -> str | None:
    """Where the attribute's code goes: a waiting new value, else the current one."""
    return (user.get(PENDING) or {}).get(name) or records.attribute(user, name)


@handler("GetUserAttributeVerificationCode")
def get_user_attribute_verification_code(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    name = _verifiable(request["AttributeName"])
    with ctx.store.write() as tx:
        key, user = records.find_user(tx, grant.pool, grant.user["Username"])
        address = _address(user, name)
        if not address:
            raise errors.invalid(f"User does not have a value for the attribute {name}.",
                                 ("attributeName", f"the user has no {name}"))
        target = outbox.Destination(MEDIUM[name], name, address)
        send_verification(ctx, tx, grant.pool, user, target)
    return {"CodeDeliveryDetails": target.delivery_details()}


@handler("VerifyUserAttribute")
def verify_user_attribute(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    name = _verifiable(request["AttributeName"])
    with ctx.store.write() as tx:
        key, user = records.find_user(tx, grant.pool, grant.user["Username"])
        message = outbox.redeem(tx, grant.pool["Id"], user["Username"], outbox.VERIFICATION,
                                request["Code"], ctx.now, attribute=name)
        sent_to = (message.get("Destination") or {}).get("Destination")
        if sent_to != _address(user, name):  # a code for an address the user no longer has
            raise errors.EngineError("CodeMismatchException",
                                     "Invalid verification code provided, please try again.")
        pending = user.get(PENDING) or {}
        changes = [{"Name": attributes.VERIFIED_FLAGS[name], "Value": "true"}]
        if name in pending:
            changes.insert(0, {"Name": name, "Value": pending.pop(name)})
            if not pending:
                user.pop(PENDING, None)
        records.set_attributes(user, changes)
        user["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, grant.pool, key, user)  # AliasExistsException if taken
    return {}
