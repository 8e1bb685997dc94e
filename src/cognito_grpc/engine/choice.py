"""USER_AUTH, choice-based sign-in: the first factors a user can use (the pool's
SignInPolicy AllowedFirstAuthFactors that this user has set up), SELECT_CHALLENGE with
AvailableChallenges, PREFERRED_CHALLENGE, and the challenges that follow: PASSWORD,
PASSWORD_SRP (-> PASSWORD_VERIFIER), EMAIL_OTP, SMS_OTP and WEB_AUTHN.

The answers run inside RespondToAuthChallenge's write (ops/challenges.py registers them);
a passwordless first factor is also the sign-in's MFA, as in Cognito.
"""

from __future__ import annotations

import base64
import json
import secrets

import webauthn

from cognito_grpc.engine import errors, outbox, passkeys, passwords, records, sessions, \
    signin, srp

SELECT = "SELECT_CHALLENGE"
OTP_MEDIA = {"EMAIL_OTP": "EMAIL", "SMS_OTP": "SMS"}
FACTORS = ("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN")
CHALLENGES = frozenset({SELECT, "PASSWORD", "PASSWORD_SRP", "WEB_AUTHN"})


def _allowed(pool: dict) -> set[str]:
    policy = (pool.get("Policies") or {}).get("SignInPolicy") or {}
    allowed = set(policy.get("AllowedFirstAuthFactors") or ("PASSWORD",))
    if "PASSWORD" in allowed:
        allowed.add("PASSWORD_SRP")
    return allowed


def available(db, pool: dict, key: str, user: dict) -> list[str]:
    """The first factors this user can sign in with, in Cognito's order."""
    allowed = _allowed(pool)
    has = {"PASSWORD": bool(user.get("Password")),
           "PASSWORD_SRP": bool((user.get("Password") or {}).get("Srp")),
           "EMAIL_OTP": records.attribute(user, "email_verified") == "true" and
           outbox.destination(user, "EMAIL") is not None,
           "SMS_OTP": records.attribute(user, "phone_number_verified") == "true" and
           outbox.destination(user, "SMS") is not None,
           "WEB_AUTHN": "WEB_AUTHN" in allowed and
           bool(passkeys.credentials(db, pool["Id"], key))}
    return [f for f in FACTORS if f in allowed and has[f]]


def start(ctx, pool: dict, client: dict, parameters: dict) -> dict:
    """InitiateAuth / AdminInitiateAuth with USER_AUTH."""
    username = signin.required(parameters, "USERNAME")
    signin.check_secret_hash(client, parameters.get("SECRET_HASH"), username)
    from cognito_grpc.engine.ops import challenges  # the refusal that commits first
    ctx.keys.signing_key(pool["Id"])  # tokens may be signed inside the write below
    with ctx.store.write() as tx:
        key, user = signin.find(tx, pool, client, username)
        signin.check_can_sign_in(user)
        signin.check_not_locked(ctx, user)
        factors = available(tx, pool, key, user)
        preferred = parameters.get("PREFERRED_CHALLENGE")
        if preferred in factors:
            try:
                return _factor(tx, ctx, pool, client, key, user, preferred, parameters)
            except challenges._Refused as refused:
                failure = refused.error
        else:
            failure = None
    if failure is not None:
        raise failure  # after the commit: the failed password is counted
    with ctx.store.write() as tx:
        doc = signin.session_doc(client, key, user, SELECT, (), int(ctx.now))
        doc["Factors"] = factors
        session = sessions.open_session(tx, ctx, pool["Id"], client, doc)
    return {"ChallengeName": SELECT, "Session": session, "ChallengeParameters": {},
            "AvailableChallenges": factors}


def _factor(tx, ctx, pool, client, key, user, factor: str, given: dict) -> dict:
    """The factor's challenge, or (a password given with it) its outcome."""
    if factor == "PASSWORD" and "PASSWORD" in given:
        return _password(tx, ctx, pool, client, key, user, given["PASSWORD"])
    if factor == "PASSWORD_SRP" and "SRP_A" in given:
        return _srp(tx, ctx, pool, client, key, user, given["SRP_A"])
    doc = signin.session_doc(client, key, user, factor, (), int(ctx.now))
    parameters: dict = {}
    if factor in OTP_MEDIA:
        target = outbox.destination(user, OTP_MEDIA[factor])
        code = "".join(secrets.choice("0123456789") for _ in range(signin.CODE_DIGITS))
        outbox.send(tx, pool["Id"], user["Username"], outbox.MFA, target, code=code,
                    now=ctx.now)
        doc["Code"] = signin.code_digest(code)
        doc["Done"] = [signin.MFA_DONE]
        parameters = {"CODE_DELIVERY_DELIVERY_MEDIUM": target.medium,
                      "CODE_DELIVERY_DESTINATION": outbox.mask(target.address)}
    elif factor == "WEB_AUTHN":
        rp_id = passkeys.relying_party(tx, ctx, pool)
        options, challenge = passkeys.request_options(
            rp_id, pool, passkeys.credentials(tx, pool["Id"], key))
        doc["WebAuthn"] = {"Challenge": webauthn.helpers.bytes_to_base64url(challenge),
                           "RelyingPartyId": rp_id}
        parameters = {"CREDENTIAL_REQUEST_OPTIONS": json.dumps(options, separators=(",", ":"))}
    session = sessions.open_session(tx, ctx, pool["Id"], client, doc)
    return {"ChallengeName": factor, "Session": session, "ChallengeParameters": parameters}


def _refused(error: errors.EngineError):
    from cognito_grpc.engine.ops import challenges  # the answers' dispatcher
    return challenges._Refused(error)


def _password(tx, ctx, pool, client, key, user, password) -> dict:
    if not isinstance(password, str) or not passwords.matches(pool, user, password):
        raise _refused(signin.wrong_password(tx, ctx, pool, key))
    signin.right_password(tx, pool, key, user)
    signin.check_after_password(ctx, user)
    return signin.next_step(ctx, pool, client, key, user, (), tx)


def _srp(tx, ctx, pool, client, key, user, srp_a) -> dict:
    if not isinstance(srp_a, str) or srp.valid_public(srp_a) is None:
        raise errors.invalid("SRP_A is not a valid SRP-6a public value.",
                             ("challengeResponses.SRP_A", "must be hex, and not 0 modulo N"))
    verifier = (user.get("Password") or {}).get("Srp")
    b, big_b = srp.server_challenge(verifier)
    secret_block = base64.b64encode(secrets.token_bytes(64)).decode()
    doc = signin.session_doc(client, key, user, "PASSWORD_VERIFIER", (), int(ctx.now))
    doc["Srp"] = {"A": srp_a, "b": b, "B": big_b}
    sessions.open_session(tx, ctx, pool["Id"], client, doc, value=secret_block)
    return {"ChallengeName": "PASSWORD_VERIFIER",
            "ChallengeParameters": {"SALT": verifier["Salt"], "SECRET_BLOCK": secret_block,
                                    "SRP_B": big_b, "USERNAME": user["Username"],
                                    "USER_ID_FOR_SRP": user["Username"]}}


# --- the answers (RespondToAuthChallenge), as ops/challenges.py calls them --------------------

def _select(tx, ctx, pool, client, key, user, session, answers) -> dict:
    factor = signin.required(answers, "ANSWER", "challengeResponses")
    if factor not in session.get("Factors", ()):
        raise errors.invalid(f"{factor} is not one of the challenges this user can choose.")
    return _factor(tx, ctx, pool, client, key, user, factor, answers)


def _password_answer(tx, ctx, pool, client, key, user, session, answers) -> dict:
    password = signin.required(answers, "PASSWORD", "challengeResponses")
    return _password(tx, ctx, pool, client, key, user, password)


def _srp_answer(tx, ctx, pool, client, key, user, session, answers) -> dict:
    srp_a = signin.required(answers, "SRP_A", "challengeResponses")
    return _srp(tx, ctx, pool, client, key, user, srp_a)


def _web_authn(tx, ctx, pool, client, key, user, session, answers) -> dict:
    given = signin.required(answers, "CREDENTIAL", "challengeResponses")
    try:
        credential = json.loads(given)
    except ValueError:
        credential = None
    if not isinstance(credential, dict) or not isinstance(credential.get("id"), str):
        raise errors.invalid("CREDENTIAL is not a WebAuthn public key credential document.")
    stored = passkeys.credential(tx, pool["Id"], key, credential["id"])
    if stored is None:
        raise _refused(errors.not_authorized("Incorrect credential."))
    state = session["WebAuthn"]
    try:
        count = passkeys.verify_assertion(credential, webauthn.base64url_to_bytes(
            state["Challenge"]), state["RelyingPartyId"], pool, stored)
    except errors.EngineError as error:
        raise _refused(error) from None
    stored["SignCount"] = count
    stored["LastUsed"] = ctx.now
    passkeys.save_credential(tx, pool["Id"], key, stored)
    return signin.next_step(ctx, pool, client, key, user, (signin.MFA_DONE,), tx,
                            auth_time=session["AuthTime"])


ANSWERS = {SELECT: _select, "PASSWORD": _password_answer, "PASSWORD_SRP": _srp_answer,
           "WEB_AUTHN": _web_authn}
