"""Passkeys (WebAuthn) for a pool: its relying party, its users' credentials in the store, and
the attestation and assertion checks, which are py_webauthn's.

A credential is an `items` row of kind "webauthn-credential" keyed "<user key>/<credential
id>", so a user's credentials are one key-range read and a sign-in's is a point read. A
pending registration is one row of kind "webauthn-registration" per user (a new
StartWebAuthnRegistration replaces it).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import webauthn
from webauthn.helpers import exceptions as webauthn_errors
from webauthn.helpers.structs import (AuthenticatorSelectionCriteria,
                                      PublicKeyCredentialDescriptor, ResidentKeyRequirement,
                                      UserVerificationRequirement)

from cognito_grpc.engine import errors, records

CREDENTIAL = "webauthn-credential"
REGISTRATION = "webauthn-registration"
TIMEOUT_MS = 60000  # Cognito's passkey ceremonies last a minute
MAX_CREDENTIALS = 20  # Cognito's passkeys per user
COGNITO_DOMAIN = "{prefix}.auth.{region}.amazoncognito.com"
# Library refusals, by what their message names, as the Cognito error for it.
_REFUSALS = (("rp id", "WebAuthnRelyingPartyMismatchException"),
             ("origin", "WebAuthnOriginNotAllowedException"),
             ("type", "WebAuthnClientMismatchException"),
             ("algorithm", "WebAuthnCredentialNotSupportedException"),
             ("challenge", "WebAuthnChallengeNotFoundException"))


def configuration(pool: dict) -> dict:
    return (pool.get("Mfa") or {}).get("WebAuthnConfiguration") or {}


def enabled(pool: dict) -> bool:
    policy = (pool.get("Policies") or {}).get("SignInPolicy") or {}
    return ("WEB_AUTHN" in (policy.get("AllowedFirstAuthFactors") or ()) or
            configuration(pool).get("FactorConfiguration") ==
            "MULTI_FACTOR_WITH_USER_VERIFICATION")


def relying_party(db, ctx, pool: dict) -> str:
    """The pool's RelyingPartyId, or else (as Cognito does) its domain: a custom domain as it
    is, a prefix as its amazoncognito.com host."""
    configured = configuration(pool).get("RelyingPartyId")
    if configured:
        return configured
    row = db.execute("SELECT domain, doc FROM domains WHERE pool_id = ?",
                     (pool["Id"],)).fetchone()
    if row is None:
        raise errors.EngineError("WebAuthnConfigurationMissingException",
                                 "The user pool has no relying party ID and no domain for "
                                 "passkeys.")
    if "CustomDomainConfig" in records.loads(row[1]):
        return row[0]
    return COGNITO_DOMAIN.format(prefix=row[0], region=ctx.region)


def user_verification(pool: dict) -> str:
    return configuration(pool).get("UserVerification") or "preferred"


def credentials(db, pool_id: str, user_key: str) -> list[dict]:
    prefix = user_key + "/"
    rows = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key >= ? AND "
                      "key < ? ORDER BY key", (pool_id, CREDENTIAL, prefix,
                                               user_key + "0")).fetchall()
    return [records.loads(row[0]) for row in rows]


def credential(db, pool_id: str, user_key: str, credential_id: str) -> dict | None:
    row = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                     (pool_id, CREDENTIAL, f"{user_key}/{credential_id}")).fetchone()
    return records.loads(row[0]) if row else None


def save_credential(tx, pool_id: str, user_key: str, doc: dict) -> None:
    tx.execute("INSERT OR REPLACE INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
               (pool_id, CREDENTIAL, f"{user_key}/{doc['CredentialId']}", records.dumps(doc)))


def descriptors(docs: list[dict]) -> list[PublicKeyCredentialDescriptor]:
    return [PublicKeyCredentialDescriptor(id=webauthn.base64url_to_bytes(d["CredentialId"]))
            for d in docs]


def creation_options(rp_id: str, pool: dict, user: dict, existing: list[dict]):
    """(options as the JSON document Cognito returns, the challenge)."""
    options = webauthn.generate_registration_options(
        rp_id=rp_id, rp_name=pool.get("Name") or rp_id, user_name=user["Username"],
        user_id=records.attribute(user, "sub").encode(), timeout=TIMEOUT_MS,
        user_display_name=records.attribute(user, "email") or user["Username"],
        exclude_credentials=descriptors(existing),
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.REQUIRED,
            user_verification=UserVerificationRequirement(user_verification(pool))))
    return json.loads(webauthn.options_to_json(options)), options.challenge


def request_options(rp_id: str, pool: dict, existing: list[dict]):
    options = webauthn.generate_authentication_options(
        rp_id=rp_id, timeout=TIMEOUT_MS, allow_credentials=descriptors(existing),
        user_verification=UserVerificationRequirement(user_verification(pool)))
    return json.loads(webauthn.options_to_json(options)), options.challenge


def _client_data(credential_doc) -> dict:
    try:
        raw = webauthn.base64url_to_bytes(credential_doc["response"]["clientDataJSON"])
        data = json.loads(raw)
        return data if isinstance(data, dict) else {}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise errors.invalid("The credential is not a WebAuthn public key credential "
                             "document.") from None


def _origin(credential_doc, rp_id: str) -> str:
    """The credential's origin, when it is the relying party or one of its subdomains."""
    origin = _client_data(credential_doc).get("origin")
    host = urlsplit(origin).hostname if isinstance(origin, str) else None
    if host is None or not (host == rp_id or host.endswith("." + rp_id)):
        raise errors.EngineError("WebAuthnOriginNotAllowedException",
                                 "The credential's origin is not allowed for this relying "
                                 "party.")
    return origin


def _refusal(error: Exception) -> errors.EngineError:
    text = str(error)
    for word, code in _REFUSALS:
        if word in text.lower():
            return errors.EngineError(code, text)
    return errors.invalid(text or "The credential could not be verified.")


def verify_attestation(credential_doc, challenge: bytes, rp_id: str, pool: dict) -> dict:
    """The new credential's document (public key, sign count, transports, ...)."""
    origin = _origin(credential_doc, rp_id)
    try:
        verified = webauthn.verify_registration_response(
            credential=credential_doc, expected_challenge=challenge, expected_rp_id=rp_id,
            expected_origin=origin,
            require_user_verification=user_verification(pool) == "required")
    except (webauthn_errors.WebAuthnException, KeyError, TypeError, ValueError) as error:
        raise _refusal(error) from None
    response = credential_doc.get("response") or {}
    transports = response.get("transports") if isinstance(response, dict) else None
    doc = {"CredentialId": webauthn.helpers.bytes_to_base64url(verified.credential_id),
           "RelyingPartyId": rp_id,
           "AuthenticatorTransports": [t for t in transports or () if isinstance(t, str)],
           "PublicKey": webauthn.helpers.bytes_to_base64url(verified.credential_public_key),
           "SignCount": verified.sign_count}
    attachment = credential_doc.get("authenticatorAttachment")
    if isinstance(attachment, str):
        doc["AuthenticatorAttachment"] = attachment
    return doc


def verify_assertion(credential_doc, challenge: bytes, rp_id: str, pool: dict,
                     stored: dict) -> int:
    """The authenticator's new sign count, or the refusal."""
    origin = _origin(credential_doc, rp_id)
    try:
        verified = webauthn.verify_authentication_response(
            credential=credential_doc, expected_challenge=challenge, expected_rp_id=rp_id,
            expected_origin=origin,
            credential_public_key=webauthn.base64url_to_bytes(stored["PublicKey"]),
            credential_current_sign_count=stored.get("SignCount", 0),
            require_user_verification=user_verification(pool) == "required")
    except (webauthn_errors.WebAuthnException, KeyError, TypeError, ValueError):
        raise errors.not_authorized("Incorrect credential.") from None
    return verified.new_sign_count


def description(doc: dict) -> dict:
    """WebAuthnCredentialDescription: what ListWebAuthnCredentials shows of a credential."""
    out = {"CredentialId": doc["CredentialId"],
           "FriendlyCredentialName": doc.get("FriendlyCredentialName", doc["CredentialId"]),
           "RelyingPartyId": doc["RelyingPartyId"],
           "AuthenticatorTransports": doc.get("AuthenticatorTransports", []),
           "CreatedAt": doc["CreatedAt"]}
    if "AuthenticatorAttachment" in doc:
        out["AuthenticatorAttachment"] = doc["AuthenticatorAttachment"]
    return out
