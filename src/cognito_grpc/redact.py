"""Log-safe views of messages and text: fields marked sensitive become "[REDACTED]".

The sensitive flag comes from our proto option (the AWS model's `sensitive` shapes), read
through the same schema the codec uses, so a new sensitive member is redacted the day it is
generated; SECRET_MEMBERS adds the credentials the model leaves unmarked.
"""

from __future__ import annotations

import re

from google.protobuf.message import Message

from cognito_grpc_client.schema import Kind, fields_of

REDACTED = "[REDACTED]"
CREDENTIAL_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})
_MIN_SECRET_LENGTH = 4  # shorter values would blank out ordinary words
# Map entries that are secrets although their map is not marked sensitive in the AWS model:
# an identity provider's ProviderDetails, and the SRP challenge's ChallengeParameters (whose
# SECRET_BLOCK the caller must send back, as good as a session). Compared in lower case.
SECRET_MAP_KEYS = frozenset({"client_secret", "private_key", "secret_block", "srp_b",
                             "password", "new_password", "secret_hash", "session",
                             "refresh_token", "password_claim_secret_block",
                             "password_claim_signature"})


# Sensitive in the AWS model, yet no credential: who the caller names (a username, a client
# id, an attribute's value, an IP address). The caller gets them back in error messages; logs
# never do. Every other sensitive member counts as a credential, so a new one is by default.
NOT_CREDENTIALS = frozenset({"Username", "ClientId", "Value", "LastIPAddress"})
# Members that are credentials although the AWS model does not mark them sensitive, by AWS
# member name in any message: one-time codes (ConfirmSignUp's and ConfirmForgotPassword's
# ConfirmationCode, VerifyUserAttribute's Code) and a device's SRP verifier and salt
# (ConfirmDevice's DeviceSecretVerifierConfig), and a user import job's PreSignedUrl (whoever
# holds it may upload the job's CSV). tests/unit/test_redact.py fails when the model
# grows a code- or verifier-like member that is in neither list.
SECRET_MEMBERS = frozenset({"ConfirmationCode", "Code", "PasswordVerifier", "Salt",
                            "PreSignedUrl"})
# What such a member is called; the test checks every member whose name matches.
CODE_LIKE = re.compile(r"(Code|Verifier|Salt|Otp|OTP|Pin|Nonce)$")
# Keys of a sensitive map (AuthParameters, ChallengeResponses) that name, not prove.
NOT_CREDENTIAL_KEYS = frozenset({"username"})


def is_secret(info) -> bool:
    """Never logged: marked sensitive in the model, or one of SECRET_MEMBERS."""
    return info.sensitive or info.aws_name in SECRET_MEMBERS


def _secret_key(key) -> bool:
    return isinstance(key, str) and key.lower() in SECRET_MAP_KEYS


def _view(value, info):
    if info.kind is Kind.MESSAGE:
        return redacted(value)
    if info.kind is Kind.ENUM:
        return info.enum.to_aws.get(value, "UNSPECIFIED")
    if info.kind is Kind.TIMESTAMP:
        try:
            return value.ToJsonString()
        except ValueError:  # out of range: the call fails on it, and its log line must not
            return f"<invalid timestamp: {value.seconds}s {value.nanos}ns>"
    if info.kind is Kind.VALUE:
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def redacted(message: Message) -> dict:
    """The message as a JSON-able dict with AWS names and every sensitive field redacted."""
    view = {}
    by_descriptor = {info.descriptor: info for info in fields_of(message.DESCRIPTOR)}
    for field, value in message.ListFields():
        info = by_descriptor.get(field)
        if info is None:
            continue
        if is_secret(info):
            view[info.aws_name] = REDACTED
        elif info.is_map:
            view[info.aws_name] = {k: REDACTED if _secret_key(k) else _view(v, info)
                                   for k, v in value.items()}
        elif info.repeated:
            view[info.aws_name] = [_view(v, info) for v in value]
        else:
            view[info.aws_name] = _view(value, info)
    return view


def _values(message, secret) -> set[str]:
    """Every string of `message`, at any depth, for which secret(info, map key) holds."""
    found: set[str] = set()
    if not isinstance(message, Message):  # None, or bytes that never decoded
        return found
    by_descriptor = {info.descriptor: info for info in fields_of(message.DESCRIPTOR)}
    for field, value in message.ListFields():
        info = by_descriptor.get(field)
        if info is None:
            continue
        items = value.items() if info.is_map else \
            ((None, item) for item in (value if info.repeated else [value]))
        for key, item in items:
            if info.kind is Kind.MESSAGE:
                found |= _values(item, secret)
            elif secret(info, key) and isinstance(item, str) \
                    and len(item) >= _MIN_SECRET_LENGTH:
                found.add(item)
    return found


def sensitive_values(message: Message | None) -> set[str]:
    """Every sensitive string in the message, at any depth: what must never be logged."""
    return _values(message, lambda info, key: is_secret(info) or _secret_key(key))


def _credential(info, key) -> bool:
    if info.is_map and info.sensitive:
        return not (isinstance(key, str) and key.lower() in NOT_CREDENTIAL_KEYS)
    if info.sensitive:
        return info.aws_name not in NOT_CREDENTIALS
    return info.aws_name in SECRET_MEMBERS or _secret_key(key)


def credential_values(message: Message | None) -> set[str]:
    """Every credential in the message (passwords, tokens, sessions, secret hashes, codes):
    what the caller's error messages must not echo, though the caller sent them."""
    return _values(message, _credential)


def scrub(text: str, secrets: set[str]) -> str:
    """`text` with every secret replaced, longest first (so overlaps go whole)."""
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def safe_metadata(metadata) -> dict[str, str]:
    return {k: (REDACTED if k in CREDENTIAL_HEADERS else v)
            for k, v in (metadata or ()) if not k.endswith("-bin")}
