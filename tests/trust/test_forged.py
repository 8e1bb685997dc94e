"""Forged tokens (issue 17, item 2): moto signs every pool's tokens with one key whose private
half ships inside moto. A token minted offline with it, for the configured issuer and client,
claiming `cognito:groups: ["admins"]`, called CreateUserPool with OK from anywhere.

Now: JWT mode on moto's key says so at start, and refuses a non-loopback address unless
--insecure-allow-public-signing-key; a backend with keys of its own (the seam the embedded
engine plugs into, `Backend.jwks_provider`) refuses the minted token outright."""

from __future__ import annotations

import asyncio
import gzip
import json
import time
import uuid
from pathlib import Path

import grpc
import moto
import pytest
from joserfc import jws
from joserfc.jwk import RSAKey

from cognito_grpc import server as server_module
from cognito_grpc import settings as config
from cognito_grpc import tokens
from cognito_grpc.backends import MOTO_MODES, Backend
from cognito_grpc.interceptors import auth
from tests.trust.conftest import aws, bearer, error_info, running

# The published artefact itself, read as an attacker would: no moto API involved.
PUBLISHED = Path(moto.__file__).parent / "cognitoidp/resources/jwks-private.json.gz"
MOTO_PRIVATE = json.loads(gzip.decompress(PUBLISHED.read_bytes()))
MOTO_KEY = RSAKey.import_key(MOTO_PRIVATE)
POOL = "us-east-1_Forged1"
ISSUER = tokens.issuer_for(POOL)
CLIENT = "forgedclient0123456789"
POLICY = f"jwt:\n  {POOL}:\n    groups:\n      admins: ['*']\n"


def forge(key: RSAKey = MOTO_KEY, kid: str = MOTO_PRIVATE["kid"], **claims) -> str:
    now = int(time.time())
    body = {"iss": ISSUER, "client_id": CLIENT, "token_use": "access", "sub": str(uuid.uuid4()),
            "username": "mallory", "cognito:groups": ["admins"], "scope": "aws.cognito.signin."
            "user.admin", "iat": now, "exp": now + 3600, "jti": str(uuid.uuid4()), **claims}
    return jws.serialize_compact({"alg": "RS256", "kid": kid}, json.dumps(body).encode(), key,
                                 algorithms=["RS256"])


def jwt_settings(tmp_path, **values) -> dict:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    return {"auth": ("jwt",), "jwt_issuers": (ISSUER,), "jwt_client_ids": (CLIENT,),
            "policy_file": str(policy), **values}


def create_pool(channel, token) -> grpc.StatusCode:
    try:
        aws(channel, "CreateUserPool", {"PoolName": "owned"}, (bearer(token),))
    except grpc.RpcError as error:
        return error.code(), error_info(error).metadata.get("tokenFailure")
    return grpc.StatusCode.OK, None


@pytest.mark.parametrize("backend", MOTO_MODES)
@pytest.mark.parametrize("listen", ["0.0.0.0:0", "[::]:0", "pods.internal:0"])
def test_the_attack_no_longer_starts_off_loopback(tmp_path, backend, listen):
    """Where the minted token once called CreateUserPool, the server now refuses to start,
    before it binds anything."""
    server = server_module.Server(config.Settings(listen=listen, backend=backend,
                                                  **jwt_settings(tmp_path)))
    with pytest.raises(config.ConfigError) as raised:
        asyncio.run(server.start())
    assert "signing key is public" in str(raised.value)
    assert "--insecure-allow-public-signing-key" in str(raised.value)
    assert server.port is None


def test_the_opt_in_allows_it(tmp_path):
    settings = config.Settings(listen="0.0.0.0:50051", insecure_allow_public_signing_key=True,
                               **jwt_settings(tmp_path))
    verifier = tokens.Verifier.from_settings(settings)
    assert auth.from_settings(settings, verifier, []) is not None


def test_on_loopback_moto_mode_warns_at_start_that_its_key_is_public(tmp_path):
    """What the warning says is true: the minted token is accepted there."""
    with running(backend="moto", **jwt_settings(tmp_path)) as srv:
        warnings = [r for r in srv.logs.records() if r.get("level") == "warning"
                    and "moto's bundled key" in r.get("event", "")]
        assert warnings and warnings[0]["backend"] == "moto"
        with srv.channel() as channel:
            srv.wait_serving(channel)
            assert create_pool(channel, forge())[0] is grpc.StatusCode.OK


class _PoolKeys:
    """What the embedded engine provides: a fresh RSA key per pool, as a JWKS."""

    def __init__(self):
        self.key = RSAKey.generate_key(2048, private=True)
        self.kid = "pool-key-1"
        self.asked: list[str] = []

    def __call__(self, issuer: str) -> dict:
        self.asked.append(issuer)
        if issuer != ISSUER:
            raise KeyError(issuer)
        return {"keys": [{**self.key.as_dict(private=False), "kid": self.kid, "alg": "RS256",
                          "use": "sig"}]}


@pytest.fixture
def own_keys(monkeypatch):
    keys = _PoolKeys()

    class KeyedBackend(Backend):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.jwks_provider = keys

    monkeypatch.setattr(server_module, "Backend", KeyedBackend)
    return keys


def test_a_backend_with_its_own_keys_refuses_tokens_minted_with_motos_key(tmp_path, own_keys):
    with running(**jwt_settings(tmp_path)) as srv:
        source = srv.server.verifier.cache.source
        assert isinstance(source, tokens.CallableJwksSource)
        assert not [r for r in srv.logs.records() if r.get("level") == "warning"]
        with srv.channel() as channel:
            srv.wait_serving(channel)
            # moto's published key, under moto's kid and under the pool's
            assert create_pool(channel, forge()) == (grpc.StatusCode.UNAUTHENTICATED,
                                                     "UNKNOWN_KEY")
            assert create_pool(channel, forge(kid=own_keys.kid)) == (
                grpc.StatusCode.UNAUTHENTICATED, "BAD_SIGNATURE")
            # a fresh key of the attacker's own
            fresh = RSAKey.generate_key(2048, private=True)
            assert create_pool(channel, forge(fresh, kid=own_keys.kid)) == (
                grpc.StatusCode.UNAUTHENTICATED, "BAD_SIGNATURE")
            # and the pool's own key is what passes
            assert create_pool(channel, forge(own_keys.key, kid=own_keys.kid))[0] is \
                grpc.StatusCode.OK
    assert own_keys.asked and set(own_keys.asked) == {ISSUER}


def test_a_backend_with_its_own_keys_may_serve_jwt_off_loopback(tmp_path):
    settings = config.Settings(listen="0.0.0.0:50051", **jwt_settings(tmp_path))
    verifier = tokens.Verifier.from_settings(settings, _PoolKeys())
    assert auth.from_settings(settings, verifier, []) is not None


def test_the_source_per_backend():
    assert isinstance(tokens.source_for_backend("moto"), tokens.MotoJwksSource)
    assert isinstance(tokens.source_for_backend("aws"), tokens.HttpJwksSource)
    assert tokens.source_for_backend("endpoint", "http://127.0.0.1:9").endpoint_url == \
        "http://127.0.0.1:9"
    provided = tokens.source_for_backend("embedded", jwks_provider=_PoolKeys())
    assert isinstance(provided, tokens.CallableJwksSource)
    assert provided.fetch(ISSUER)["keys"][0]["kid"] == "pool-key-1"
