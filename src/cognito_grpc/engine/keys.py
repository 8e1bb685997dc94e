"""Per-pool RSA signing keys, JWT minting and the JWKS, with joserfc.

Each pool gets its own 2048-bit key the first time it signs a token; the key is part of the
store, so the JWKS is the same after a restart and tokens issued before it still verify. The
first signer wins (INSERT OR IGNORE, then read back), so concurrent first sign-ins agree.

An RSA signature is most of a sign-in's time (0.3 to 0.9 ms each, two per sign-in), and
cryptography releases the GIL while it signs: sign_all signs a sign-in's tokens at once, one
on the calling thread and the rest on signer threads, so they run on as many cores.
"""

from __future__ import annotations

import concurrent.futures
import json
import threading
import uuid

from joserfc import jws, jwt
from joserfc.jwk import RSAKey

from cognito_grpc.engine.store import Store

ALGORITHM = "RS256"
KEY_BITS = 2048
SIGNERS = 2  # threads: a sign-in signs two tokens (access and ID) and waits for the last


class KeyRing:
    def __init__(self, store: Store):
        self.store = store
        self._keys: dict[str, tuple[str, RSAKey]] = {}  # pool id → (kid, key), immutable
        self._lock = threading.Lock()
        self._signers = concurrent.futures.ThreadPoolExecutor(SIGNERS, "signer")

    def _load(self, pool_id: str) -> tuple[str, RSAKey] | None:
        row = self.store.read().execute(
            "SELECT kid, private_jwk FROM signing_keys WHERE pool_id = ?", (pool_id,)).fetchone()
        if row is None:
            return None
        kid, private = row
        return kid, RSAKey.import_key(json.loads(private))

    def signing_key(self, pool_id: str) -> tuple[str, RSAKey]:
        known = self._keys.get(pool_id)
        if known is not None:
            return known
        with self._lock:
            known = self._keys.get(pool_id) or self._load(pool_id)
            if known is None:
                key = RSAKey.generate_key(KEY_BITS, private=True)
                kid = str(uuid.uuid4())
                with self.store.write() as tx:
                    tx.execute("INSERT OR IGNORE INTO signing_keys (pool_id, kid, private_jwk) "
                               "SELECT id, ?, ? FROM pools WHERE id = ?",
                               (kid, json.dumps(key.as_dict(private=True)), pool_id))
                known = self._load(pool_id)
                if known is None:  # the pool is gone
                    raise KeyError(pool_id)
            self._keys[pool_id] = known
            return known

    def forget(self, pool_id: str) -> None:
        self._keys.pop(pool_id, None)

    def sign(self, pool_id: str, claims: dict) -> str:
        return self.sign_all(pool_id, claims)[0]

    def sign_all(self, pool_id: str, *claims: dict) -> list[str]:
        """A token for each set of claims, signed at once (see the module's doc)."""
        kid, key = self.signing_key(pool_id)
        header = {"alg": ALGORITHM, "kid": kid}
        first, *rest = claims
        others = [self._signers.submit(jwt.encode, header, each, key, algorithms=[ALGORITHM])
                  for each in rest]
        return [jwt.encode(header, first, key, algorithms=[ALGORITHM]),
                *(other.result() for other in others)]

    def close(self) -> None:
        self._signers.shutdown(wait=False)

    def verify(self, pool_id: str, token: str) -> dict | None:
        """The claims of a token this pool signed, or None (any failure: forged, another
        pool's, malformed). Expiry is the caller's to check."""
        try:
            kid, key = self.signing_key(pool_id)
            header = jws.extract_compact(token.encode()).protected
            if header.get("kid") != kid or header.get("alg") != ALGORITHM:
                return None
            return jwt.decode(token, key, algorithms=[ALGORITHM]).claims
        except Exception:  # noqa: BLE001 - a token that does not verify, for any reason
            return None

    def jwks(self, pool_id: str) -> dict:
        """The pool's public keys, as /.well-known/jwks.json serves them."""
        kid, key = self.signing_key(pool_id)
        public = key.as_dict(private=False)
        return {"keys": [{"alg": ALGORITHM, "e": public["e"], "kid": kid, "kty": "RSA",
                          "n": public["n"], "use": "sig"}]}
