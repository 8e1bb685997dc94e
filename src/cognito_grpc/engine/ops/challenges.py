"""Answers to sign-in challenges: RespondToAuthChallenge and AdminRespondToAuthChallenge.

The session is taken (deleted) in the answer's write transaction. An answer refused for its
content (a password the policy refuses, a missing attribute) rolls back and leaves the
session usable; a wrong MFA code is counted, and the session ends after MAX_ATTEMPTS; a wrong
SRP proof ends it. A remembered device proves itself with SRP too (DEVICE_SRP_AUTH, then
DEVICE_PASSWORD_VERIFIER, against the verifier ConfirmDevice stored): devices.py.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import secrets

import pyotp

from cognito_grpc.engine import (choice, devices, errors, passwords, records, sessions, signin,
                                  srp)
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.ops.auth import SECRET_BLOCK_BYTES

MAX_ATTEMPTS = 3
TOTP_WINDOW = 1  # one 30-second step either side
_TIMESTAMP = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                        r"Oct|Nov|Dec) [1-9]\d? \d\d:\d\d:\d\d UTC \d{4}")
# The ChallengeResponses member each code challenge reads.
CODE_MEMBERS = {"SMS_MFA": "SMS_MFA_CODE", "EMAIL_OTP": "EMAIL_OTP_CODE",
                "SMS_OTP": "SMS_OTP_CODE",
                "SOFTWARE_TOKEN_MFA": "SOFTWARE_TOKEN_MFA_CODE"}
SUPPORTED = frozenset({"NEW_PASSWORD_REQUIRED", "PASSWORD_VERIFIER", "SELECT_MFA_TYPE",
                       "MFA_SETUP", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER",
                       *CODE_MEMBERS, *choice.CHALLENGES})
# Challenges answered without a Session: the secret block they sent names it.
_BY_SECRET_BLOCK = frozenset({"PASSWORD_VERIFIER", "DEVICE_PASSWORD_VERIFIER"})


class _WrongCode(Exception):
    """A code that did not match: counted against the session, then refused."""


@handler("RespondToAuthChallenge")
def respond_to_auth_challenge(ctx, request: dict) -> dict:
    db = ctx.store.read()
    client = records.app_client(db, request["ClientId"])
    pool = records.pool(db, client["UserPoolId"])
    return _respond(ctx, pool, client, request)


@handler("AdminRespondToAuthChallenge")
def admin_respond_to_auth_challenge(ctx, request: dict) -> dict:
    db = ctx.store.read()
    pool = records.pool(db, request["UserPoolId"])
    client = records.app_client(db, request["ClientId"], pool["Id"])
    return _respond(ctx, pool, client, request)


def _respond(ctx, pool: dict, client: dict, request: dict) -> dict:
    name = request["ChallengeName"]
    if name not in SUPPORTED:
        raise errors.invalid(f"The {name} challenge is not supported by the embedded engine.")
    answers = request.get("ChallengeResponses") or {}
    username = signin.required(answers, "USERNAME", "challengeResponses")
    signin.check_secret_hash(client, answers.get("SECRET_HASH"), username)
    if name in _BY_SECRET_BLOCK:
        value = signin.required(answers, "PASSWORD_CLAIM_SECRET_BLOCK", "challengeResponses")
    else:
        value = request.get("Session")
    # The answer may sign tokens inside its transaction: the pool's key must exist before
    # (making it is a write of its own).
    ctx.keys.signing_key(pool["Id"])
    with ctx.store.write() as tx:
        session = sessions.take(tx, ctx, value, pool["Id"])
        if session["ClientId"] != client["ClientId"] or session["Challenge"] != name:
            raise errors.not_authorized(sessions.EXPIRED)
        key, user = _session_user(tx, pool, session, username)
        try:
            return _ANSWER[name](tx, ctx, pool, client, key, user, session, answers)
        except _WrongCode as wrong:
            failure = errors.EngineError("CodeMismatchException", str(wrong))
            session["Attempts"] += 1
            if session["Attempts"] < MAX_ATTEMPTS:
                sessions.put_back(tx, value, pool["Id"], session)
        except _Refused as refused:
            failure = refused.error
    raise failure  # after the commit: the session's end (or its count) stays


def _session_user(tx, pool: dict, session: dict, username: str) -> tuple[str, dict]:
    row = tx.execute("SELECT doc FROM users WHERE pool_id = ? AND key = ?",
                     (pool["Id"], session["UserKey"])).fetchone()
    user = records.loads(row[0]) if row else None
    if user is None or records.attribute(user, "sub") != session["Sub"]:
        raise errors.not_authorized(sessions.EXPIRED)
    try:
        named_key, _ = records.find_user(tx, pool, username)
    except errors.EngineError:
        named_key = None
    if named_key != session["UserKey"]:
        raise errors.not_authorized("Invalid session for the user.")
    if not user.get("Enabled", True):
        raise errors.not_authorized("User is disabled.")
    return session["UserKey"], user


def _next(tx, ctx, pool, client, key, user, session, *steps) -> dict:
    return signin.next_step(ctx, pool, client, key, user, (*session["Done"], *steps), tx,
                            auth_time=session["AuthTime"], device=session.get("Device"))


def _new_password(tx, ctx, pool, client, key, user, session, answers) -> dict:
    password = signin.required(answers, "NEW_PASSWORD", "challengeResponses")
    passwords.check_policy(pool, password)
    changes = [{"Name": name[len("userAttributes."):], "Value": value}
               for name, value in answers.items() if name.startswith("userAttributes.")]
    schema = {a["Name"]: a for a in pool.get("SchemaAttributes", ())}
    for change in changes:
        attribute = schema.get(change["Name"])
        if attribute is None or change["Name"] == "sub":
            raise errors.invalid(f"Invalid attributes given, {change['Name']} is not in the "
                                 "schema of this user pool")
        if not attribute.get("Mutable", True) and records.attribute(user, change["Name"]) \
                is not None:
            raise errors.invalid(f"Cannot modify the non-mutable attribute {change['Name']}")
    records.set_attributes(user, changes)
    for attribute in pool.get("SchemaAttributes", ()):
        if attribute.get("Required") and attribute["Name"] != "sub" and \
                not records.attribute(user, attribute["Name"]):
            raise errors.invalid(f"Invalid attributes given, {attribute['Name']} is missing")
    passwords.replace(pool, user, password)
    user["UserStatus"] = "CONFIRMED"
    user.pop("TemporaryPasswordExpires", None)
    user["UserLastModifiedDate"] = ctx.now
    records.save_user(tx, pool, key, user, aliases_changed=bool(changes))
    return _next(tx, ctx, pool, client, key, user, session, signin.NEW_PASSWORD)


def _code(tx, ctx, pool, client, key, user, session, answers) -> dict:
    name = session["Challenge"]
    code = signin.required(answers, CODE_MEMBERS[name], "challengeResponses")
    if name == "SOFTWARE_TOKEN_MFA":
        secret = (user.get("SoftwareToken") or {}).get("Secret")
        matched = bool(secret) and totp_matches(secret, code, ctx.now)
    else:
        matched = hmac.compare_digest(signin.code_digest(code), session.get("Code", ""))
    if not matched:
        raise _WrongCode("Invalid code received for user")
    return _next(tx, ctx, pool, client, key, user, session, signin.MFA_DONE)


def totp_matches(secret: str, code: str, now: float) -> bool:
    try:
        return pyotp.TOTP(secret).verify(code, for_time=int(now), valid_window=TOTP_WINDOW)
    except (binascii.Error, ValueError, TypeError):
        return False


def _select(tx, ctx, pool, client, key, user, session, answers) -> dict:
    choice = signin.required(answers, "ANSWER", "challengeResponses")
    if choice not in session.get("Methods", ()):
        raise errors.invalid(f"{choice} is not one of the MFA types this user can choose")
    return signin.challenge(tx, ctx, pool, client, key, user, choice, session["Done"],
                            auth_time=session["AuthTime"], device=session.get("Device"))


def _mfa_setup(tx, ctx, pool, client, key, user, session, answers) -> dict:
    if not session.get("SoftwareTokenVerified"):
        raise errors.invalid("The software token of this session is not verified: call "
                             "AssociateSoftwareToken and VerifySoftwareToken with it first.")
    return _next(tx, ctx, pool, client, key, user, session, signin.MFA_DONE)


def _claim(answers: dict) -> tuple[bytes, str]:
    """(PASSWORD_CLAIM_SIGNATURE decoded, TIMESTAMP) of an SRP proof."""
    signature = signin.required(answers, "PASSWORD_CLAIM_SIGNATURE", "challengeResponses")
    timestamp = signin.required(answers, "TIMESTAMP", "challengeResponses")
    if not _TIMESTAMP.fullmatch(timestamp):
        raise errors.invalid("TIMESTAMP format is not valid: expected like "
                             "'Tue Dec 1 09:30:00 UTC 2026'.",
                             ("challengeResponses.TIMESTAMP", "not a Cognito timestamp"))
    try:
        return base64.b64decode(signature, validate=True), timestamp
    except (binascii.Error, ValueError):
        return b"", timestamp


def _password_verifier(tx, ctx, pool, client, key, user, session, answers) -> dict:
    given, timestamp = _claim(answers)
    state = session["Srp"]
    verifier = (user.get("Password") or {}).get("Srp")
    key_bytes = srp.session_key(verifier, int(state["A"], 16), state["b"], state["B"]) \
        if verifier else None
    expected = srp.claim_signature(key_bytes, pool["Id"], user["Username"],
                                   answers["PASSWORD_CLAIM_SECRET_BLOCK"], timestamp) \
        if key_bytes else None
    if expected is None or not hmac.compare_digest(given, expected):
        raise _Refused(signin.wrong_password(tx, ctx, pool, key))
    signin.right_password(tx, pool, key, user)
    signin.check_after_password(ctx, user)
    # The device is the one these answers name: a client told its device is gone answers
    # again without DEVICE_KEY (the IP is still the sign-in's).
    session["Device"] = signin.device_of(answers, (session.get("Device") or {}).get("Ip"))
    return _next(tx, ctx, pool, client, key, user, session)


def _session_device(tx, pool, user, session, answers) -> dict:
    """The remembered device this sign-in proves, which DEVICE_KEY must name."""
    device_key = signin.required(answers, "DEVICE_KEY", "challengeResponses")
    if device_key != (session.get("Device") or {}).get("Key"):
        raise errors.not_authorized(sessions.EXPIRED)
    device = devices.get(tx, pool["Id"], session["Sub"], device_key)
    if device is None or not device.get("Confirmed") or "Verifier" not in device:
        raise _Refused(errors.not_found(devices.MISSING))
    return device


def _device_srp(tx, ctx, pool, client, key, user, session, answers) -> dict:
    srp_a = signin.required(answers, "SRP_A", "challengeResponses")
    if srp.valid_public(srp_a) is None:
        raise errors.invalid("SRP_A is not a valid SRP-6a public value.",
                             ("challengeResponses.SRP_A", "must be hex, and not 0 modulo N"))
    device = _session_device(tx, pool, user, session, answers)
    b, big_b = srp.server_challenge(device["Verifier"])
    secret_block = base64.b64encode(secrets.token_bytes(SECRET_BLOCK_BYTES)).decode()
    doc = signin.session_doc(client, key, user, "DEVICE_PASSWORD_VERIFIER", session["Done"],
                             session["AuthTime"])
    doc["Device"] = session["Device"]
    doc["Srp"] = {"A": srp_a, "b": b, "B": big_b}
    sessions.open_session(tx, ctx, pool["Id"], client, doc, value=secret_block)
    return {"ChallengeName": "DEVICE_PASSWORD_VERIFIER",
            "ChallengeParameters": {"SALT": device["Verifier"]["Salt"],
                                    "SECRET_BLOCK": secret_block, "SRP_B": big_b,
                                    "USERNAME": user["Username"],
                                    "DEVICE_KEY": device["DeviceKey"]}}


def _device_verifier(tx, ctx, pool, client, key, user, session, answers) -> dict:
    given, timestamp = _claim(answers)
    device = _session_device(tx, pool, user, session, answers)
    state = session["Srp"]
    key_bytes = srp.session_key(device["Verifier"], int(state["A"], 16), state["b"],
                                state["B"])
    expected = srp.signature(key_bytes, device["DeviceGroupKey"] + device["DeviceKey"],
                             answers["PASSWORD_CLAIM_SECRET_BLOCK"], timestamp) \
        if key_bytes else None
    if expected is None or not hmac.compare_digest(given, expected):
        raise _Refused(errors.not_authorized())
    return _next(tx, ctx, pool, client, key, user, session, devices.DONE)


class _Refused(Exception):
    """Ends the session (committed), then raises `error`."""

    def __init__(self, error: errors.EngineError):
        super().__init__(error.message)
        self.error = error


_ANSWER = {"NEW_PASSWORD_REQUIRED": _new_password, "SMS_MFA": _code, "EMAIL_OTP": _code,
           "SOFTWARE_TOKEN_MFA": _code, "SELECT_MFA_TYPE": _select, "MFA_SETUP": _mfa_setup,
           "PASSWORD_VERIFIER": _password_verifier, "DEVICE_SRP_AUTH": _device_srp,
           "DEVICE_PASSWORD_VERIFIER": _device_verifier, "SMS_OTP": _code, **choice.ANSWERS}
