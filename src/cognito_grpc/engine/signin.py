"""The steps of a sign-in that the auth flows and the challenge answers share.

A sign-in proves a first factor (a password, an SRP proof, a refresh token), then `next_step`
decides what Cognito asks next: a new password for a FORCE_CHANGE_PASSWORD user, an MFA code
when the pool and the user call for one, or the tokens. Each challenge is a session
(sessions.py) naming the challenge, the client, the user and the steps already done.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

from cognito_grpc.engine import (auth_events, devices, errors, outbox, records, sessions,
                                  tokens)

# ExplicitAuthFlows values that allow each flow (the ALLOW_* ones and their legacy names).
FLOW_SWITCHES = {
    "ADMIN_USER_PASSWORD_AUTH": ("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
    "ADMIN_NO_SRP_AUTH": ("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
    "USER_PASSWORD_AUTH": ("ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"),
    "USER_SRP_AUTH": ("ALLOW_USER_SRP_AUTH",),
    "REFRESH_TOKEN_AUTH": ("ALLOW_REFRESH_TOKEN_AUTH",),
    "REFRESH_TOKEN": ("ALLOW_REFRESH_TOKEN_AUTH",),
    "CUSTOM_AUTH": ("ALLOW_CUSTOM_AUTH", "CUSTOM_AUTH_FLOW_ONLY"),
    "USER_AUTH": ("ALLOW_USER_AUTH",),
}
# Flows a client of only legacy values always had (SRP and refresh were never switched off).
_LEGACY_ALWAYS = frozenset({"USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN"})
# What Cognito gives a client created without ExplicitAuthFlows.
DEFAULT_FLOWS = ("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH")

MFA_METHODS = ("SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP")
# Cognito's lock-out: after this many wrong passwords in a row, a lock of 1 s that doubles
# with each further one, up to about 15 minutes.
FREE_ATTEMPTS = 5
MAX_LOCK_SECONDS = 900
LOCKED = "Password attempts exceeded"
CODE_DIGITS = 6
MFA_DONE = "MFA"
NEW_PASSWORD = "NEW_PASSWORD_REQUIRED"


# --- the app client -----------------------------------------------------------------------

def flow_enabled(client: dict, flow: str) -> bool:
    flows = client.get("ExplicitAuthFlows") or DEFAULT_FLOWS
    if any(switch in flows for switch in FLOW_SWITCHES[flow]):
        return True
    return flow in _LEGACY_ALWAYS and not any(f.startswith("ALLOW_") for f in flows)


def require_flow(client: dict, flow: str) -> None:
    if not flow_enabled(client, flow):
        raise errors.invalid(f"{flow} flow not enabled for this client")


def secret_hash(secret: str, username: str, client_id: str) -> str:
    digest = hmac.new(secret.encode(), (username + client_id).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def client_secrets(client: dict) -> list[str]:
    """Every active secret of the client (two while one is rotated: ops/client_secrets.py)."""
    rotated = client.get("ClientSecrets")
    if rotated:
        return [secret["ClientSecretValue"] for secret in rotated]
    return [client["ClientSecret"]] if client.get("ClientSecret") else []


def same_secret(given, expected: str) -> bool:
    """What a caller sent equals a secret, compared in constant time. The caller's text may be
    any Unicode, which hmac.compare_digest refuses as str."""
    return isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())


def is_client_secret(client: dict, given) -> bool:
    """`given` is one of the client's active secrets."""
    return any(same_secret(given, secret) for secret in client_secrets(client))


def check_secret_hash(client: dict, given, *usernames: str) -> None:
    """SECRET_HASH, whenever the client has a secret: HMAC-SHA256(secret, username + client
    id), for any of the names the caller may have used."""
    secrets = client_secrets(client)
    if not secrets:
        return
    client_id = client["ClientId"]
    if not given:
        raise errors.not_authorized(f"Client {client_id} is configured for secret but secret "
                                    "was not received")
    if not any(same_secret(given, secret_hash(secret, name, client_id))
               for secret in secrets for name in usernames if name):
        raise errors.not_authorized(f"Unable to verify secret hash for client {client_id}")


def check_client_secret(client: dict, given) -> None:
    """ClientSecret itself (GetTokensFromRefreshToken), whenever the client has one."""
    secrets = client_secrets(client)
    if not secrets:
        return
    client_id = client["ClientId"]
    if not given:
        raise errors.not_authorized(f"Client {client_id} is configured for secret but secret "
                                    "was not received")
    if not is_client_secret(client, given):
        raise errors.not_authorized(f"Unable to verify secret for client {client_id}")


def required(parameters: dict, name: str, member: str = "authParameters") -> str:
    value = parameters.get(name)
    if not isinstance(value, str) or not value:
        raise errors.invalid(f"Missing required parameter {name}",
                             (f"{member}.{name}", "required by this flow"))
    return value


# --- the user -----------------------------------------------------------------------------

def find(db, pool: dict, client: dict, username: str) -> tuple[str, dict]:
    """The user signing in. Unknown: UserNotFoundException, or, when the client prevents user
    existence errors, the wrong-password answer."""
    try:
        return records.find_user(db, pool, username)
    except errors.EngineError:
        if client.get("PreventUserExistenceErrors", "LEGACY") == "ENABLED":
            raise errors.not_authorized() from None
        raise


def check_can_sign_in(user: dict) -> None:
    """What refuses a user before any password is weighed."""
    if not user.get("Enabled", True):
        raise errors.not_authorized("User is disabled.")
    if user.get("UserStatus") == "RESET_REQUIRED":
        raise errors.EngineError("PasswordResetRequiredException",
                                 "Password reset required for the user")


def check_not_locked(ctx, user: dict) -> None:
    locked_until = (user.get("FailedSignIns") or {}).get("LockedUntil")
    if locked_until is not None and ctx.now < locked_until:
        raise errors.not_authorized(LOCKED)


def wrong_password(tx, ctx, pool: dict, key: str) -> errors.EngineError:
    """Counts a wrong password against the user (in `tx`); the error to answer with."""
    row = tx.execute("SELECT doc FROM users WHERE pool_id = ? AND key = ?",
                     (pool["Id"], key)).fetchone()
    if row is None:
        return errors.not_authorized()
    user = records.loads(row[0])
    failed = user.setdefault("FailedSignIns", {"Count": 0})
    failed["Count"] += 1
    if failed["Count"] >= FREE_ATTEMPTS:
        failed["LockedUntil"] = ctx.now + min(2 ** (failed["Count"] - FREE_ATTEMPTS),
                                              MAX_LOCK_SECONDS)
    records.save_user(tx, pool, key, user, aliases_changed=False)
    auth_events.record(tx, ctx, pool, key, passed=False)
    return errors.not_authorized(LOCKED if failed["Count"] > FREE_ATTEMPTS else
                                 "Incorrect username or password.")


def right_password(tx, pool: dict, key: str, user: dict) -> None:
    """A right password ends the count of wrong ones (a write only when there were any)."""
    if user.pop("FailedSignIns", None) is not None:
        records.save_user(tx, pool, key, user, aliases_changed=False)


def check_after_password(ctx, user: dict) -> None:
    """What refuses a user whose password was right."""
    status = user.get("UserStatus")
    if status == "UNCONFIRMED":
        raise errors.EngineError("UserNotConfirmedException", "User is not confirmed.")
    expires = user.get("TemporaryPasswordExpires")
    if status == "FORCE_CHANGE_PASSWORD" and expires is not None and ctx.now > expires:
        raise errors.not_authorized("Temporary password has expired and must be reset by an "
                                    "administrator.")


# --- what comes after the first factor ------------------------------------------------------

def pool_mfa_methods(pool: dict) -> list[str]:
    mfa = pool.get("Mfa") or {}
    methods = []
    if "SmsMfaConfiguration" in mfa:
        methods.append("SMS_MFA")
    if (mfa.get("SoftwareTokenMfaConfiguration") or {}).get("Enabled"):
        methods.append("SOFTWARE_TOKEN_MFA")
    if "EmailMfaConfiguration" in mfa:
        methods.append("EMAIL_OTP")
    return methods


def user_mfa_methods(pool: dict, user: dict) -> list[str]:
    enabled = set(user.get("UserMFASettingList") or ())
    if any(o.get("DeliveryMedium") == "SMS" for o in user.get("MFAOptions") or ()):
        enabled.add("SMS_MFA")
    return [m for m in pool_mfa_methods(pool) if m in enabled]


def _mfa_challenge(pool: dict, user: dict) -> tuple[str, list[str]] | None:
    """(challenge, methods) Cognito asks for after the first factor, or None for tokens."""
    configuration = pool.get("MfaConfiguration", "OFF")
    if configuration == "OFF":
        return None
    methods = user_mfa_methods(pool, user)
    if methods:
        preferred = user.get("PreferredMfaSetting")
        if preferred in methods:
            return preferred, methods
        if len(methods) == 1:
            return methods[0], methods
        return "SELECT_MFA_TYPE", methods
    if configuration != "ON":
        return None
    available = pool_mfa_methods(pool)
    if "SMS_MFA" in available and records.attribute(user, "phone_number"):
        return "SMS_MFA", ["SMS_MFA"]
    if "EMAIL_OTP" in available and records.attribute(user, "email"):
        return "EMAIL_OTP", ["EMAIL_OTP"]
    return "MFA_SETUP", [m for m in available if m != "EMAIL_OTP"] or available


def code_digest(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def session_doc(client: dict, key: str, user: dict, challenge: str, done, auth_time: int
                ) -> dict:
    return {"Challenge": challenge, "ClientId": client["ClientId"], "UserKey": key,
            "Username": user["Username"], "Sub": records.attribute(user, "sub"),
            "Done": list(done), "AuthTime": auth_time, "Attempts": 0}


def ip_of(request: dict) -> str | None:
    """The caller's IP, when its UserContextData (or the admin form's ContextData) says."""
    context = request.get("UserContextData") or request.get("ContextData") or {}
    ip = context.get("IpAddress") if isinstance(context, dict) else None
    return ip if isinstance(ip, str) and ip else None


def device_of(parameters: dict, ip: str | None) -> dict | None:
    """The device a sign-in comes from: its DEVICE_KEY, and the caller's IP."""
    device_key = parameters.get("DEVICE_KEY")
    if not isinstance(device_key, str) or not device_key:
        device_key = None
    if device_key is None and ip is None:
        return None
    return {"Key": device_key, "Ip": ip}


def challenge(tx, ctx, pool: dict, client: dict, key: str, user: dict, name: str,
              done=(), methods=(), auth_time: int | None = None,
              device: dict | None = None) -> dict:
    """Opens the session of challenge `name` and answers with it (sending a code first for
    SMS_MFA and EMAIL_OTP)."""
    auth_time = int(ctx.now) if auth_time is None else auth_time
    doc = session_doc(client, key, user, name, done, auth_time)
    if device is not None:
        doc["Device"] = device
    parameters: dict = {}
    if name == NEW_PASSWORD:
        attributes = {a["Name"]: a.get("Value", "") for a in user.get("Attributes", ())
                      if a["Name"] != "sub"}
        missing = [f"userAttributes.{a['Name']}" for a in pool.get("SchemaAttributes", ())
                   if a.get("Required") and a["Name"] != "sub" and a["Name"] not in attributes]
        parameters = {"USER_ID_FOR_SRP": user["Username"],
                      "requiredAttributes": json.dumps(missing, separators=(",", ":")),
                      "userAttributes": json.dumps(attributes, separators=(",", ":"))}
    elif name in ("SMS_MFA", "EMAIL_OTP"):
        target = outbox.destination(user, "SMS" if name == "SMS_MFA" else "EMAIL")
        if target is None:
            raise errors.EngineError("InvalidParameterException",
                                     f"User does not have delivery config set to turn on "
                                     f"{name}")
        code = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
        mfa = pool.get("Mfa") or {}
        sms = name == "SMS_MFA"
        template = mfa.get("SmsMfaConfiguration" if sms else "EmailMfaConfiguration") or {}
        outbox.send(tx, pool["Id"], user["Username"], outbox.MFA, target, code=code,
                    message=outbox.render(template.get(
                        "SmsAuthenticationMessage" if sms else "Message"), code,
                        user["Username"]),
                    subject=None if sms else template.get("Subject"), now=ctx.now)
        doc["Code"] = code_digest(code)
        parameters = {"CODE_DELIVERY_DELIVERY_MEDIUM": target.medium,
                      "CODE_DELIVERY_DESTINATION": outbox.mask(target.address)}
    elif name == "SOFTWARE_TOKEN_MFA":
        friendly = (user.get("SoftwareToken") or {}).get("FriendlyDeviceName")
        if friendly:
            parameters = {"FRIENDLY_DEVICE_NAME": friendly}
    elif name == "SELECT_MFA_TYPE":
        parameters = {"MFAS_CAN_CHOOSE": json.dumps(list(methods), separators=(",", ":"))}
        doc["Methods"] = list(methods)
    elif name == "MFA_SETUP":
        parameters = {"MFAS_CAN_SETUP": json.dumps(list(methods), separators=(",", ":"))}
    session = sessions.open_session(tx, ctx, pool["Id"], client, doc)
    return {"ChallengeName": name, "Session": session, "ChallengeParameters": parameters}


def next_step(ctx, pool: dict, client: dict, key: str, user: dict, done=(), tx=None,
              auth_time: int | None = None, device: dict | None = None) -> dict:
    """After a first factor (and any challenges in `done`): the next challenge, or tokens.
    In `tx` when given (the caller's write), else in one write of its own, brief: tokens are
    signed before it begins. `device` is the one the sign-in comes from (device_of)."""
    step = None
    device_key = (device or {}).get("Key")
    if user.get("UserStatus") == "FORCE_CHANGE_PASSWORD" and NEW_PASSWORD not in done:
        step = (NEW_PASSWORD, ())
    elif device_key and devices.DONE not in done and \
            devices.challenges(tx or ctx.store.read(), pool, user, device_key):
        step = ("DEVICE_SRP_AUTH", ())
    elif MFA_DONE not in done and not (devices.DONE in done and devices.skips_mfa(pool)):
        step = _mfa_challenge(pool, user)
    if step is not None:
        if tx is not None:
            return challenge(tx, ctx, pool, client, key, user, step[0], done, step[1],
                             auth_time, device)
        with ctx.store.write() as own:
            return challenge(own, ctx, pool, client, key, user, step[0], done, step[1],
                             auth_time, device)
    sign_in = tokens.new_sign_in(ctx, pool, client, key, user)
    if auth_time is not None:
        sign_in.auth_time = auth_time
    if tx is not None:
        return _signed_in(tx, ctx, pool, user, sign_in, device, tokens.minted(ctx, sign_in, tx))
    result = tokens.minted(ctx, sign_in, ctx.store.read())
    with ctx.store.write() as own:
        return _signed_in(own, ctx, pool, user, sign_in, device, result)


def _signed_in(tx, ctx, pool: dict, user: dict, sign_in, device: dict | None,
               result: dict) -> dict:
    """The sign-in's event and refresh token, in `tx`; where the pool tracks devices, a new
    device's NewDeviceMetadata. `result` holds the access and ID tokens."""
    auth_events.record(tx, ctx, pool, sign_in.user_key, passed=True)
    result["RefreshToken"] = tokens.store_refresh_token(tx, ctx, sign_in)
    if devices.configuration(pool) is not None:
        metadata = devices.after_sign_in(tx, pool, user, ctx.now, (device or {}).get("Key"),
                                         (device or {}).get("Ip"))
        if metadata is not None:
            result["NewDeviceMetadata"] = metadata
    return {"ChallengeParameters": {}, "AuthenticationResult": result}
