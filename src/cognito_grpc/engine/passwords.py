"""Passwords: the pool's policy with Cognito's messages, and salted PBKDF2 hashes.

A password is never stored: only PBKDF2-HMAC-SHA256 of it, with a random salt, and (from
`credentials`) its SRP verifier, which USER_SRP_AUTH needs. The verifier costs a 3072-bit
modular power, so it is computed when a password is set, never at sign-in.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import string

from cognito_grpc.engine import errors, srp

ITERATIONS = 1000  # a local emulator's cost: sign-ins stay fast, the file holds no password
SYMBOLS = set("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ")


def hash_password(password: str) -> dict:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return {"Salt": salt.hex(), "Hash": digest.hex(), "Iterations": ITERATIONS}


def srp_verifier(pool_id: str, username: str, password: str) -> dict:
    """{"Salt", "Verifier"} for USER_SRP_AUTH; `username` is the user's own Username (what
    Cognito sends as USER_ID_FOR_SRP), never an alias."""
    return srp.verifier(pool_id, username, password)


def credentials(pool_doc: dict, username: str, password: str) -> dict:
    """What a user document keeps for a password (its "Password" member): the PBKDF2 hash
    (as hash_password) plus the SRP verifier under "Srp". Use it wherever a password is set."""
    return {**hash_password(password), "Srp": srp_verifier(pool_doc["Id"], username, password)}


def replace(pool_doc: dict, user: dict, password: str) -> None:
    """Sets a user's new password (checked against the policy by the caller). With the pool's
    PasswordHistorySize n, one of the user's last n passwords (the current one included) is
    PasswordHistoryPolicyViolationException; their hashes are kept for that, the SRP
    verifiers not."""
    size = ((pool_doc.get("Policies") or {}).get("PasswordPolicy") or {}).get(
        "PasswordHistorySize") or 0
    previous = [p for p in (user.get("Password"), *user.get("PasswordHistory", ())) if p]
    if size and any(matches(old, password) for old in previous[:size]):
        raise errors.EngineError("PasswordHistoryPolicyViolationException",
                                 f"The password was used before: this user pool does not "
                                 f"take any of a user's last {size} passwords again.")
    kept = [{k: v for k, v in old.items() if k != "Srp"} for old in previous[:size - 1]]
    if kept:
        user["PasswordHistory"] = kept
    else:
        user.pop("PasswordHistory", None)
    user["Password"] = credentials(pool_doc, user["Username"], password)


def matches(stored: dict | None, password: str) -> bool:
    if not stored or not isinstance(password, str):
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(stored["Salt"]),
                                 stored["Iterations"])
    return hmac.compare_digest(digest.hex(), stored["Hash"])


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
