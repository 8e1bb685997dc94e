"""The SRP group arithmetic the engine's verifiers and challenges rest on, and the password
check that recomputes a verifier. Python's own pow() is the reference; pycognito signing in
against these verifiers is tested in test_auth_server and test_challenges."""

from __future__ import annotations

import hashlib
import random

import pytest
from cognito_grpc.engine import passwords, srp

POOL = {"Id": "us-east-1_Abc123"}


# seeded: every pytest-xdist worker must collect the same parameters
_DRAWN = random.Random(2026).getrandbits


@pytest.mark.parametrize("exponent", [0, 1, 2, 63, 64, 65, 2**255, 2**256 - 1,
                                      *(_DRAWN(256) for _ in range(40))])
def test_the_fixed_base_table_gives_the_same_power_as_pow(exponent):
    assert int(srp._G_POWER.power(exponent)) == pow(srp.G, exponent, srp.N)


@pytest.mark.parametrize("exponent", [2**256, 2**300 + 7, -1])
def test_exponents_outside_the_table_fall_back_to_pow(exponent):
    assert int(srp._G_POWER.power(exponent)) == pow(srp.G, exponent, srp.N)


def test_a_verifier_is_g_to_cognitos_x():
    stored = srp.verifier(POOL["Id"], "alice", "Corr3ct-Horse!")
    inner = hashlib.sha256(b"Abc123alice:Corr3ct-Horse!").hexdigest()
    x_value = int(hashlib.sha256(bytes.fromhex(srp.pad(stored["Salt"]) + inner)).hexdigest(), 16)
    assert stored["Verifier"] == format(pow(srp.G, x_value, srp.N), "x")


def test_a_password_matches_only_its_own_verifier():
    user = {"Username": "alice",
            "Password": passwords.credentials(POOL, "alice", "Corr3ct-Horse!")}
    assert set(user["Password"]) == {"Srp"}  # nothing but the verifier is kept
    assert passwords.matches(POOL, user, "Corr3ct-Horse!")
    assert not passwords.matches(POOL, user, "Corr3ct-Horse?")
    assert not passwords.matches(POOL, {**user, "Username": "bob"}, "Corr3ct-Horse!")
    assert not passwords.matches({"Id": "us-east-1_Other"}, user, "Corr3ct-Horse!")
    assert not passwords.matches(POOL, {"Username": "alice"}, "Corr3ct-Horse!")


def test_a_pbkdf2_record_from_an_earlier_release_still_matches():
    salt = bytes(range(16))
    legacy = {"Salt": salt.hex(), "Iterations": 1000,
              "Hash": hashlib.pbkdf2_hmac("sha256", b"Corr3ct-Horse!", salt, 1000).hex(),
              "Srp": srp.verifier(POOL["Id"], "alice", "Corr3ct-Horse!")}
    user = {"Username": "alice", "Password": legacy}
    assert passwords.matches(POOL, user, "Corr3ct-Horse!")
    assert not passwords.matches(POOL, user, "wrong")


def test_a_verifier_for_a_password_nobody_knows_admits_no_password():
    stored = srp.unknown_verifier()
    verifier = int(stored["Verifier"], 16)
    assert 1 < verifier < srp.N
    assert pow(verifier, (srp.N - 1) // 2, srp.N) == 1  # a square: in g's subgroup
    assert stored != srp.unknown_verifier()
    user = {"Username": "alice", "Password": passwords.unknown()}
    for guess in ("", "Corr3ct-Horse!", "0", user["Password"]["Srp"]["Verifier"]):
        assert not passwords.matches(POOL, user, guess)
