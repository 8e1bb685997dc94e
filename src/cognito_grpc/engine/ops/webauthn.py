"""Passkey registration and management: StartWebAuthnRegistration,
CompleteWebAuthnRegistration, ListWebAuthnCredentials and DeleteWebAuthnCredential, each for
the user of its AccessToken. The checks are engine/passkeys.py's."""

from __future__ import annotations

import webauthn

from cognito_grpc.engine import errors, passkeys, records, tokens
from cognito_grpc.engine.ops import handler

LIST_LIMIT = 20


def _enabled_pool(grant) -> None:
    if not passkeys.enabled(grant.pool):
        raise errors.EngineError("WebAuthnNotEnabledException",
                                 "Passkeys are not enabled for this user pool.")


@handler("StartWebAuthnRegistration")
def start_web_authn_registration(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    _enabled_pool(grant)
    pool_id = grant.pool["Id"]
    with ctx.store.write() as tx:
        rp_id = passkeys.relying_party(tx, ctx, grant.pool)
        existing = passkeys.credentials(tx, pool_id, grant.user_key)
        if len(existing) >= passkeys.MAX_CREDENTIALS:
            raise errors.limit_exceeded("The user has the maximum number of passkeys.")
        options, challenge = passkeys.creation_options(rp_id, grant.pool, grant.user, existing)
        pending = {"Challenge": webauthn.helpers.bytes_to_base64url(challenge),
                   "RelyingPartyId": rp_id, "Expires": ctx.now + passkeys.TIMEOUT_MS / 1000}
        tx.execute("INSERT OR REPLACE INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
                   (pool_id, passkeys.REGISTRATION, grant.user_key, records.dumps(pending)))
    return {"CredentialCreationOptions": options}


@handler("CompleteWebAuthnRegistration")
def complete_web_authn_registration(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    _enabled_pool(grant)
    pool_id = grant.pool["Id"]
    credential = request["Credential"]
    if not isinstance(credential, dict):
        raise errors.invalid("The credential is not a WebAuthn public key credential document.")
    with ctx.store.write() as tx:
        row = tx.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                         (pool_id, passkeys.REGISTRATION, grant.user_key)).fetchone()
        pending = records.loads(row[0]) if row else None
        if pending is None or pending["Expires"] <= ctx.now:
            raise errors.EngineError("WebAuthnChallengeNotFoundException",
                                     "No passkey registration is in progress for this user.")
        doc = passkeys.verify_attestation(
            credential, webauthn.base64url_to_bytes(pending["Challenge"]),
            pending["RelyingPartyId"], grant.pool)
        if passkeys.credential(tx, pool_id, grant.user_key, doc["CredentialId"]) is not None:
            raise errors.invalid("The passkey is already registered.")
        doc["CreatedAt"] = ctx.now
        passkeys.save_credential(tx, pool_id, grant.user_key, doc)
        tx.execute("DELETE FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                   (pool_id, passkeys.REGISTRATION, grant.user_key))
    return {}


@handler("ListWebAuthnCredentials")
def list_web_authn_credentials(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    limit = request.get("MaxResults") or LIST_LIMIT
    after = records.page_position(request.get("NextToken"))
    docs = passkeys.credentials(ctx.store.read(), grant.pool["Id"], grant.user_key)
    if after is not None:
        docs = [d for d in docs if d["CredentialId"] > after]
    docs, token = records.page(docs[:limit + 1], limit, lambda d: d["CredentialId"])
    response = {"Credentials": [passkeys.description(d) for d in docs]}
    if token:
        response["NextToken"] = token
    return response


@handler("DeleteWebAuthnCredential")
def delete_web_authn_credential(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    with ctx.store.write() as tx:
        gone = tx.execute("DELETE FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                          (grant.pool["Id"], passkeys.CREDENTIAL,
                           f"{grant.user_key}/{request['CredentialId']}")).rowcount
    if not gone:
        raise errors.not_found("Credential not found.")
    return {}
