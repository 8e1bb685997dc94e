"""SetUserSettings and AdminSetUserSettings: the legacy MFAOptions, which turn SMS MFA on
(an SMS option for phone_number) or off (an empty list) for one user. Cognito no longer
takes them for TOTP or email MFA. Sign-in honours them (signin.py), and GetUser and
AdminGetUser show them."""

from __future__ import annotations

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler, named_user


def _checked(user: dict, options: list[dict]) -> list[dict]:
    """The one option Cognito keeps (SMS to phone_number), or none."""
    for index, option in enumerate(options):
        medium, name = option.get("DeliveryMedium"), option.get("AttributeName")
        if medium != "SMS" or name != "phone_number":
            raise errors.invalid(
                "Only SMS MFA to the phone_number attribute can be set with MFAOptions; use "
                "SetUserMFAPreference for TOTP and email MFA.",
                (f"mFAOptions.{index}", "must be DeliveryMedium SMS, AttributeName "
                                         "phone_number"))
        if not records.attribute(user, "phone_number"):
            raise errors.invalid("User does not have delivery config set to turn on SMS_MFA",
                                 (f"mFAOptions.{index}", "the user has no phone_number"))
    return [{"DeliveryMedium": "SMS", "AttributeName": "phone_number"}] if options else []


def _apply(ctx, tx, pool: dict, key: str, user: dict, options: list[dict]) -> None:
    kept = _checked(user, options)
    if kept:
        user["MFAOptions"] = kept
    else:
        user.pop("MFAOptions", None)
    user["UserLastModifiedDate"] = ctx.now
    records.save_user(tx, pool, key, user, aliases_changed=False)


@handler("SetUserSettings")
@handler("AdminSetUserSettings")
def set_user_settings(ctx, request: dict) -> dict:
    with named_user(ctx, request) as (tx, pool, key, user):
        _apply(ctx, tx, pool, key, user, request["MFAOptions"])
    return {}
