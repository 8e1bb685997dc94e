"""SRP-6a as Cognito runs it (USER_SRP_AUTH and its PASSWORD_VERIFIER challenge, and a
remembered device's DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER, against its verifier).

Cognito's parameters, as its published clients (amazon-cognito-identity-js, pycognito) use
them: RFC 5054's 3072-bit group with g = 2, SHA-256, k = H(pad(N) | pad(g)),
x = H(pad(salt) | H(<pool id after the "_"><user id>:<password>)), u = H(pad(A) | pad(B)),
and the session key HKDF-SHA256(ikm = pad(S), salt = pad(u), info "Caldera Derived Key")[:16].
The client proves it knows the password with HMAC-SHA256(key, pool name | user id |
secret block | timestamp).

Numbers travel as hex; `pad` is the clients' padHex: an even number of hex digits, with a
leading 00 when the top bit is set (a positive two's-complement integer).

Modular powers of 3072-bit numbers cost ~6 ms each in pure Python and ~0.5 ms with gmpy2
(measured; bench/README.md), so gmpy2 does them when it is installed. Powers of g with
256-bit exponents (every verifier, every server B) take a fixed-base table instead: ~0.13 ms.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

try:
    from gmpy2 import mpz as _mpz, powmod as _powmod
except ImportError:  # pragma: no cover - gmpy2 is a dependency; pure Python still works
    _mpz = int
    _powmod = pow

N_HEX = (
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A0879"
    "8E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B"
    "0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA4836"
    "1C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804"
    "F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6"
    "955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
    "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D226"
    "1AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
    "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF")
N = int(N_HEX, 16)
G = 2
_N = _mpz(N)
_G = _mpz(G)
SALT_BYTES = 16
SECRET_BYTES = 32  # the server's private b: 256 bits
INFO = b"Caldera Derived Key\x01"


def pad(value: int | str) -> str:
    """padHex of Cognito's clients: even length, and 00 first when the top bit is set."""
    text = value if isinstance(value, str) else format(value, "x")
    if len(text) % 2:
        return "0" + text
    if text[:1] in "89abcdefABCDEF":
        return "00" + text
    return text


class _FixedBase:
    """g^e mod N for exponents below 2^bits by fixed-base windowing: e's w-bit digits d_j pick
    g^(d_j * 2^(w*j)) from a table, and their product is the power (bits/w products and no
    squarings, against ~bits squarings for powmod). The table (2,752 numbers, ~1 MB) is built
    on first use, in ~15 ms."""

    WINDOW = 6

    def __init__(self, base, modulus, bits: int):
        self.base, self.modulus, self.bits = base, modulus, bits
        self._rows = None

    def _table(self) -> list:
        rows, step = [], self.base
        for _ in range(0, self.bits, self.WINDOW):
            row = [_mpz(1)]
            for _ in range((1 << self.WINDOW) - 1):
                row.append(row[-1] * step % self.modulus)
            rows.append(row)
            step = row[-1] * step % self.modulus
        return rows

    def power(self, exponent: int):
        if exponent < 0 or exponent >> self.bits:
            return _powmod(self.base, _mpz(exponent), self.modulus)
        rows = self._rows
        if rows is None:  # built once; two threads racing build equal tables
            rows = self._rows = self._table()
        mask, result = (1 << self.WINDOW) - 1, _mpz(1)
        exponent = int(exponent)
        for row in rows:
            if not exponent:
                break
            digit = exponent & mask
            if digit:
                result = result * row[digit] % self.modulus
            exponent >>= self.WINDOW
        return result


def _hash_hex(hex_text: str) -> str:
    return hashlib.sha256(bytes.fromhex(hex_text)).hexdigest()


K = int(_hash_hex(pad(N_HEX.lower()) + pad(format(G, "x"))), 16)
_K = _mpz(K)
_G_POWER = _FixedBase(_G, _N, 256)  # x is a SHA-256, b is SECRET_BYTES


def _x(pool_id: str, user_id: str, password: str, salt_hex: str) -> int:
    pool_name = pool_id.split("_", 1)[-1]
    inner = hashlib.sha256(f"{pool_name}{user_id}:{password}".encode()).hexdigest()
    return int(_hash_hex(pad(salt_hex) + inner), 16)


def verifier(pool_id: str, user_id: str, password: str) -> dict:
    """{"Salt", "Verifier"} (hex) for a password: what the server keeps instead of it."""
    salt_hex = _salt_hex()
    return {"Salt": salt_hex, "Verifier": _verifier_hex(pool_id, user_id, password, salt_hex)}


def _salt_hex() -> str:
    # A salt whose hex has no leading zero and no top bit: every client's padding of it
    # (from the string, or from the number it parses) then gives the same bytes.
    return bytes([0x10 + secrets.randbelow(0x70)]).hex() + \
        secrets.token_bytes(SALT_BYTES - 1).hex()


def unknown_verifier() -> dict:
    """{"Salt", "Verifier"} standing for a password nobody knows (a temporary password Cognito
    sent nowhere): a random square mod N. No one can find an x with g^x equal to it, so it
    admits no password, as the unseen password admits no one; it costs one multiplication,
    not the power a real verifier takes."""
    root = _mpz(2 + secrets.randbelow(N - 3))
    return {"Salt": _salt_hex(), "Verifier": format(root * root % _N, "x")}


def verifies(stored: dict, pool_id: str, user_id: str, password: str) -> bool:
    """Whether `password` is the one `stored` ({"Salt", "Verifier"}) was made from."""
    expected = _verifier_hex(pool_id, user_id, password, stored["Salt"])
    return hmac.compare_digest(expected, stored["Verifier"])


def _verifier_hex(pool_id: str, user_id: str, password: str, salt_hex: str) -> str:
    return format(int(_G_POWER.power(_x(pool_id, user_id, password, salt_hex))), "x")


def server_challenge(stored: dict) -> tuple[str, str]:
    """(b, B) in hex for one sign-in: B = k*v + g^b mod N, never 0 mod N."""
    v = _mpz(int(stored["Verifier"], 16))
    while True:
        b = _mpz(secrets.randbits(SECRET_BYTES * 8))
        big_b = (_K * v + _G_POWER.power(b)) % _N
        if big_b:
            return format(int(b), "x"), format(int(big_b), "x")


def valid_public(a_hex: str) -> int | None:
    """The client's A, or None when it is not a usable public value (A mod N == 0)."""
    try:
        a = int(a_hex, 16)
    except (TypeError, ValueError):
        return None
    if a <= 0 or a % N == 0 or a >= N:
        return None
    return a


def session_key(stored: dict, a: int, b_hex: str, big_b_hex: str) -> bytes | None:
    """The 16-byte key both sides derive, or None when u is 0 (the client must start over)."""
    u = int(_hash_hex(pad(a) + pad(big_b_hex)), 16)
    if u == 0:
        return None
    v = _mpz(int(stored["Verifier"], 16))
    s = _powmod(_mpz(a) * _powmod(v, _mpz(u), _N) % _N, _mpz(int(b_hex, 16)), _N)
    prk = hmac.new(bytes.fromhex(pad(format(u, "x"))), bytes.fromhex(pad(int(s))),
                   hashlib.sha256).digest()
    return hmac.new(prk, INFO, hashlib.sha256).digest()[:16]


def claim_signature(key: bytes, pool_id: str, user_id: str, secret_block: str,
                    timestamp: str) -> bytes:
    """What PASSWORD_CLAIM_SIGNATURE must be (base64-decoded)."""
    return signature(key, pool_id.split("_", 1)[-1] + user_id, secret_block, timestamp)


def signature(key: bytes, prefix: str, secret_block: str, timestamp: str) -> bytes:
    """HMAC-SHA256(key, prefix | secret block | timestamp): the prefix is the pool name and
    user id for a password, DeviceGroupKey and DeviceKey for a device."""
    message = prefix.encode() + base64.b64decode(secret_block) + timestamp.encode()
    return hmac.new(key, message, hashlib.sha256).digest()
