"""Passwords: the pool's policy with Cognito's messages, and what a user keeps of one.

A password is never stored: only its SRP verifier (srp.py), which USER_SRP_AUTH needs. The
verifier is a salted one-way function of the password, so the password flows check a
password by recomputing it: a second hash beside it would add no resistance to guessing,
since whoever reads the file can guess against the verifier. Records written before this
(PBKDF2-HMAC-SHA256 under "Hash") still match.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string

from cognito_grpc.engine import errors, srp

SYMBOLS = set("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ")


def credentials(pool_doc: dict, username: str, password: str) -> dict:
    """What a user document keeps for a password (its "Password" member): the SRP verifier
    under "Srp". `username` is the user's own Username (Cognito's USER_ID_FOR_SRP), never an
    alias. Use it wherever a password is set."""
    return {"Srp": srp.verifier(pool_doc["Id"], username, password)}


def unknown() -> dict:
    """The "Password" member for a password nobody will ever see: see srp.unknown_verifier."""
    return {"Srp": srp.unknown_verifier()}


def replace(pool_doc: dict, user: dict, password: str) -> None:
    """Sets a user's new password (checked against the policy by the caller). With the pool's
    PasswordHistorySize n, one of the user's last n passwords (the current one included) is
    PasswordHistoryPolicyViolationException; their records are kept only for that."""
    size = ((pool_doc.get("Policies") or {}).get("PasswordPolicy") or {}).get(
        "PasswordHistorySize") or 0
    previous = [p for p in (user.get("Password"), *user.get("PasswordHistory", ())) if p]
    if size and any(matches(pool_doc, user, password, old) for old in previous[:size]):
        raise errors.EngineError("PasswordHistoryPolicyViolationException",
                                 f"The password was used before: this user pool does not "
                                 f"take any of a user's last {size} passwords again.")
    kept = previous[:size - 1]
    if kept:
        user["PasswordHistory"] = kept
    else:
        user.pop("PasswordHistory", None)
    user["Password"] = credentials(pool_doc, user["Username"], password)


def matches(pool_doc: dict, user: dict, password: str, stored: dict | None = None) -> bool:
    """Whether `password` is the user's password (or the one `stored`, from the user's
    history, was made from)."""
    stored = user.get("Password") if stored is None else stored
    if not stored or not isinstance(password, str):
        return False
    if "Hash" in stored:  # a record from before the verifier was the check
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(),
                                     bytes.fromhex(stored["Salt"]), stored["Iterations"])
        return hmac.compare_digest(digest.hex(), stored["Hash"])
    return "Srp" in stored and srp.verifies(stored["Srp"], pool_doc["Id"], user["Username"],
                                            password)


def check_policy(pool_doc: dict, password: str) -> None:
    """InvalidPasswordException naming what the password lacks, as Cognito words it."""
    policy = (pool_doc.get("Policies") or {}).get("PasswordPolicy") or {}
    problems = []
    if len(password) < policy.get("MinimumLength", 8):
        problems.append("Password not long enough")
    if policy.get("RequireLowercase", True) and not any(c.islower() for c in password):
        problems.append("Password must have lowercase characters")
    if policy.get("RequireUppercase", True) and not any(c.isupper() for c in password):
        problems.append("Password must have uppercase characters")
    if policy.get("RequireNumbers", True) and not any(c.isdigit() for c in password):
        problems.append("Password must have numeric characters")
    if policy.get("RequireSymbols", True) and not any(c in SYMBOLS for c in password):
        problems.append("Password must have symbol characters")
    if problems:
        raise errors.EngineError("InvalidPasswordException",
                                 "Password did not conform with policy: " + problems[0])


def temporary_password(pool_doc: dict) -> str:
    """A fresh password that meets the pool's policy (Cognito generates one when none is
    given)."""
    policy = (pool_doc.get("Policies") or {}).get("PasswordPolicy") or {}
    length = max(policy.get("MinimumLength", 8), 12)
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, "!#%&*+-=?@^_"]
    chars = [secrets.choice(p) for p in pools]
    everything = "".join(pools)
    chars += [secrets.choice(everything) for _ in range(length - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)
