"""Users who sign themselves up, and the codes they type back: SignUp, ConfirmSignUp,
ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword; and the administrator's
AdminConfirmSignUp and AdminResetUserPassword. Codes travel through the outbox."""

from __future__ import annotations

from cognito_grpc.engine import attributes, errors, outbox, passwords, records, signin
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.ops.users import change_user, insert, new_user, send_verification, \
    take_aliases

NO_RECOVERY_ADDRESS = ("Cannot reset password for the user as there is no registered/verified "
                       "email or phone_number")
# Without an AccountRecoverySetting, Cognito prefers a verified phone number.
LEGACY_RECOVERY = ({"Name": "verified_phone_number", "Priority": 1},
                   {"Name": "verified_email", "Priority": 2})
RECOVERY_MEDIA = {"verified_phone_number": "SMS", "verified_email": "EMAIL"}


def app_client(db, request: dict) -> dict:
    """The request's app client, its SecretHash checked when the client has a secret."""
    client_id = request["ClientId"]
    client = records.app_client(db, client_id)
    secrets = signin.client_secrets(client)
    if secrets:
        given = request.get("SecretHash")
        if given is None:
            raise errors.not_authorized(f"Client {client_id} is configured with secret but "
                                        "SECRET_HASH was not received")
        if not any(signin.same_secret(given, signin.secret_hash(secret, request["Username"],
                                                         client_id))
                   for secret in secrets):
            raise errors.not_authorized(f"Unable to verify secret hash for client {client_id}")
    return client


def _hides_users(client: dict) -> bool:
    return client.get("PreventUserExistenceErrors") == "ENABLED"


def _confirmation_target(pool_doc: dict, doc: dict) -> outbox.Destination | None:
    """Where a sign-up code goes: the auto-verified phone number first, then the email."""
    auto = pool_doc.get("AutoVerifiedAttributes") or ()
    for medium, attribute in (("SMS", "phone_number"), ("EMAIL", "email")):
        if attribute in auto:
            target = outbox.destination(doc, medium)
            if target is not None:
                return target
    return None


def _recovery_target(pool_doc: dict, doc: dict, admin: bool = False
                     ) -> outbox.Destination | None:
    """Where a password reset code goes, by the pool's AccountRecoverySetting."""
    setting = pool_doc.get("AccountRecoverySetting") or {}
    mechanisms = sorted(setting.get("RecoveryMechanisms") or LEGACY_RECOVERY,
                        key=lambda m: m.get("Priority", 0))
    for mechanism in mechanisms:
        medium = RECOVERY_MEDIA.get(mechanism["Name"])
        if medium is None:  # admin_only
            if admin:
                continue
            raise errors.not_authorized("Contact administrator to reset password.")
        flag = attributes.VERIFIED_FLAGS[outbox.MEDIA[medium]]
        target = outbox.destination(doc, medium)
        if target is not None and records.attribute(doc, flag) == "true":
            return target
    return None


def _not_unconfirmed(doc: dict) -> errors.EngineError:
    return errors.not_authorized(f"User cannot be confirmed. Current status is "
                                 f"{doc['UserStatus']}")


def _passwordless(pool_doc: dict) -> bool:
    policy = (pool_doc.get("Policies") or {}).get("SignInPolicy") or {}
    return any(f != "PASSWORD" for f in policy.get("AllowedFirstAuthFactors") or ())


@handler("SignUp")
def sign_up(ctx, request: dict) -> dict:
    db = ctx.store.read()
    client = app_client(db, request)
    pool_doc = records.pool(db, client["UserPoolId"])
    if (pool_doc.get("AdminCreateUserConfig") or {}).get("AllowAdminCreateUserOnly"):
        raise errors.not_authorized("SignUp is not permitted for this user pool")
    password = request.get("Password")
    if password is None and not _passwordless(pool_doc):
        raise errors.invalid("A password is required to sign up in this user pool.",
                             ("password", "must not be null"))
    if password is not None:
        passwords.check_policy(pool_doc, password)
    doc = new_user(ctx, pool_doc, request["Username"], request.get("UserAttributes"),
                   "UNCONFIRMED", password)
    target = _confirmation_target(pool_doc, doc)
    with ctx.store.write() as tx:
        insert(tx, pool_doc, doc)
        if target is not None:
            send_verification(ctx, tx, pool_doc, doc, target, kind=outbox.SIGN_UP)
    response = {"UserConfirmed": False, "UserSub": records.attribute(doc, "sub")}
    if target is not None:
        response["CodeDeliveryDetails"] = target.delivery_details()
    return response


@handler("ConfirmSignUp")
def confirm_sign_up(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        client = app_client(tx, request)
        pool_doc = records.pool(tx, client["UserPoolId"])
        key, doc = _user(tx, pool_doc, client, request["Username"])
        if doc["UserStatus"] != "UNCONFIRMED":
            raise _not_unconfirmed(doc)
        message = outbox.redeem(tx, pool_doc["Id"], doc["Username"], outbox.SIGN_UP,
                                request["ConfirmationCode"], ctx.now)
        verified = (message.get("Destination") or {}).get("AttributeName")
        if verified in attributes.VERIFIED_FLAGS:
            records.set_attributes(doc, [{"Name": attributes.VERIFIED_FLAGS[verified],
                                          "Value": "true"}])
        doc["UserStatus"] = "CONFIRMED"
        doc["UserLastModifiedDate"] = ctx.now
        if request.get("ForceAliasCreation"):
            take_aliases(tx, pool_doc, key, doc)
        records.save_user(tx, pool_doc, key, doc)
    return {}


def _user(db, pool_doc: dict, client: dict, username: str) -> tuple[str, dict]:
    """The user; for a client that hides which users exist, an unknown one is a wrong code."""
    try:
        return records.find_user(db, pool_doc, username)
    except errors.EngineError:
        if _hides_users(client):
            raise errors.EngineError("CodeMismatchException", "Invalid verification code "
                                     "provided, please try again.") from None
        raise


def _pretended_delivery(username: str) -> dict:
    """What a client that hides which users exist answers for an unknown one."""
    return {"CodeDeliveryDetails": {"Destination": outbox.mask(f"{username}@example.com"),
                                    "DeliveryMedium": "EMAIL", "AttributeName": "email"}}


@handler("ResendConfirmationCode")
def resend_confirmation_code(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        client = app_client(tx, request)
        pool_doc = records.pool(tx, client["UserPoolId"])
        try:
            _, doc = records.find_user(tx, pool_doc, request["Username"])
        except errors.EngineError:
            if _hides_users(client):
                return _pretended_delivery(request["Username"])
            raise
        if doc["UserStatus"] != "UNCONFIRMED":
            raise errors.invalid("User is already confirmed.")
        target = _confirmation_target(pool_doc, doc)
        if target is None:
            raise errors.invalid("Cannot resend codes. Auto verification not turned on.")
        send_verification(ctx, tx, pool_doc, doc, target, kind=outbox.SIGN_UP)
    return {"CodeDeliveryDetails": target.delivery_details()}


@handler("ForgotPassword")
def forgot_password(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        client = app_client(tx, request)
        pool_doc = records.pool(tx, client["UserPoolId"])
        try:
            _, doc = records.find_user(tx, pool_doc, request["Username"])
        except errors.EngineError:
            if _hides_users(client):
                return _pretended_delivery(request["Username"])
            raise
        if not doc["Enabled"]:
            raise errors.not_authorized("User is disabled.")
        target = _recovery_target(pool_doc, doc)
        if target is None:
            raise errors.invalid(NO_RECOVERY_ADDRESS)
        send_verification(ctx, tx, pool_doc, doc, target, kind=outbox.PASSWORD_RESET)
    return {"CodeDeliveryDetails": target.delivery_details()}


@handler("ConfirmForgotPassword")
def confirm_forgot_password(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        client = app_client(tx, request)
        pool_doc = records.pool(tx, client["UserPoolId"])
        key, doc = _user(tx, pool_doc, client, request["Username"])
        if doc["UserStatus"] == "UNCONFIRMED":
            raise errors.EngineError("UserNotConfirmedException", "User is not confirmed.")
        if not doc["Enabled"]:
            raise errors.not_authorized("User is disabled.")
        outbox.redeem(tx, pool_doc["Id"], doc["Username"], outbox.PASSWORD_RESET,
                      request["ConfirmationCode"], ctx.now)
        passwords.check_policy(pool_doc, request["Password"])  # refused: the code stays unused
        passwords.replace(pool_doc, doc, request["Password"])
        doc["UserStatus"] = "CONFIRMED"
        doc.pop("TemporaryPasswordExpires", None)
        doc["UserLastModifiedDate"] = ctx.now
        records.save_user(tx, pool_doc, key, doc, aliases_changed=False)
    return {}


@handler("AdminConfirmSignUp")
def admin_confirm_sign_up(ctx, request: dict) -> dict:
    def confirm(tx, pool_doc, key, doc):
        if doc["UserStatus"] != "UNCONFIRMED":
            raise _not_unconfirmed(doc)
        doc["UserStatus"] = "CONFIRMED"
    change_user(ctx, request, confirm)
    return {}


@handler("AdminResetUserPassword")
def admin_reset_user_password(ctx, request: dict) -> dict:
    def reset(tx, pool_doc, key, doc):
        if not doc["Enabled"]:
            raise errors.not_authorized("User is disabled.")
        if doc["UserStatus"] not in ("CONFIRMED", "RESET_REQUIRED"):
            raise errors.not_authorized("User password cannot be reset in the current state.")
        target = _recovery_target(pool_doc, doc, admin=True)
        if target is None:
            raise errors.invalid(NO_RECOVERY_ADDRESS)
        doc["UserStatus"] = "RESET_REQUIRED"
        send_verification(ctx, tx, pool_doc, doc, target, kind=outbox.PASSWORD_RESET)
    change_user(ctx, request, reset)
    return {}
