"""Cognito JWT verification with tokens the embedded backend really issues, and forged ones
minted here with moto's own signing key (so only the property under test is wrong)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time

import grpc
import pytest
from cognito.tokens.v1 import token_verifier_pb2 as pb
from joserfc import jws
from joserfc.jwk import RSAKey
from moto.utilities.utils import load_resource

from cognito_grpc import tokens
from tests.trust.conftest import (ADMIN_KEY, TOKENS, api_key, aws, bearer, boto_pool,
                                  create_user, error_info, running, sign_in, verify)

MOTO_KEY = RSAKey.import_key(load_resource("cognitoidp/resources/jwks-private.json"))
OTHER_KEY = RSAKey.generate_key(2048, private=True)
POLICY = """\
api_keys:
  setup: ["*"]
jwt:
  {pool}:
    scopes:
      aws.cognito.signin.user.admin: AdminGet* VerifyToken
    groups:
      admins: ["*"]
"""


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def claims_of(token: str) -> dict:
    return json.loads(unb64(token.split(".")[1]))


def mint(claims: dict, key=MOTO_KEY, **header) -> str:
    return jws.serialize_compact({"alg": "RS256", "kid": "dummy", **header},
                                 json.dumps(claims).encode(), key, algorithms=["RS256"])


def unsigned(header: dict, claims: dict, signature: bytes = b"") -> str:
    signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    return signing_input + "." + b64(signature)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A server trusting one pool and its app client, with alice signed in."""
    from moto import mock_aws

    policy = tmp_path_factory.mktemp("jwt") / "policy.yaml"
    with mock_aws():
        pool, client = boto_pool()
        policy.write_text(POLICY.format(pool=pool))
        issuer = tokens.issuer_for(pool)
        with running(auth=("api-key", "jwt"), api_keys=f"{ADMIN_KEY}=setup",
                     jwt_issuers=(issuer,), jwt_client_ids=(client,),
                     policy_file=str(policy)) as srv:
            with srv.channel() as channel:
                srv.wait_serving(channel)
                admin = (api_key(ADMIN_KEY),)
                create_user(channel, pool, "alice", metadata=admin)
                alice = sign_in(channel, pool, client, "alice", metadata=admin)
                yield {"server": srv, "channel": channel, "pool": pool, "client": client,
                       "issuer": issuer, "alice": alice, "admin": admin}


def check(world, token, **fields):
    fields.setdefault("user_pool_id", world["pool"])
    fields.setdefault("client_ids", [world["client"]])
    return verify(world["channel"], world["admin"], token=token, **fields)


def rejected(world, token, reason, **fields):
    response = check(world, token, **fields)
    assert not response.valid
    assert pb.FailureReason.Name(response.failure_reason) == "FAILURE_REASON_" + reason, \
        response.message
    assert response.message and token not in response.message
    assert not response.claims.fields
    return response


# --- tokens the backend issued ----------------------------------------------------------

def test_issuer_is_what_moto_puts_in_iss(world):
    assert claims_of(world["alice"]["AccessToken"])["iss"] == world["issuer"]
    assert world["issuer"] == ("https://cognito-idp.us-east-1.amazonaws.com/" + world["pool"])


def test_a_real_access_token_verifies(world):
    response = check(world, world["alice"]["AccessToken"], token_use=pb.TOKEN_USE_ACCESS)
    assert response.valid, response.message
    assert response.failure_reason == pb.FAILURE_REASON_UNSPECIFIED
    assert response.token_use == pb.TOKEN_USE_ACCESS
    assert response.issuer == world["issuer"] and response.client_id == world["client"]
    assert response.username == "alice" and response.subject
    assert list(response.scopes) == ["aws.cognito.signin.user.admin"]
    assert response.claims.fields["token_use"].string_value == "access"
    assert response.expire_time.seconds > time.time()
    assert response.issue_time.seconds <= time.time() + 1


def test_a_real_id_token_verifies(world):
    response = check(world, world["alice"]["IdToken"], token_use=pb.TOKEN_USE_ID)
    assert response.valid, response.message
    assert response.token_use == pb.TOKEN_USE_ID and response.username == "alice"
    assert response.client_id == world["client"]


def test_the_servers_own_issuers_and_clients_are_the_default(world):
    response = verify(world["channel"], world["admin"], token=world["alice"]["AccessToken"])
    assert response.valid, response.message


def test_required_groups_and_scopes(world):
    token = world["alice"]["AccessToken"]
    assert check(world, token, required_scopes=["aws.cognito.signin.user.admin"]).valid
    rejected(world, token, "MISSING_SCOPE", required_scopes=["cognito-grpc/write"])
    rejected(world, token, "MISSING_GROUP", required_groups=["admins"])
    rejected(world, world["alice"]["IdToken"], "MISSING_SCOPE",
             required_scopes=["aws.cognito.signin.user.admin"])


# --- what must be refused ---------------------------------------------------------------

def test_expired(world):
    claims = claims_of(world["alice"]["AccessToken"])
    claims.update(exp=int(time.time()) - 3600, iat=int(time.time()) - 7200)
    rejected(world, mint(claims), "EXPIRED")


def test_leeway_applies_to_exp_and_iat(world):
    claims = claims_of(world["alice"]["AccessToken"])
    claims.update(exp=int(time.time()) - 5)  # the server's leeway is 30 s
    assert check(world, mint(claims)).valid
    claims.update(exp=int(time.time()) + 3600, iat=int(time.time()) + 600)
    rejected(world, mint(claims), "NOT_YET_VALID")
    claims.update(iat=int(time.time()), nbf=int(time.time()) + 600)
    rejected(world, mint(claims), "NOT_YET_VALID")


def test_wrong_issuer(world):
    claims = claims_of(world["alice"]["AccessToken"])
    claims["iss"] = tokens.issuer_for("us-east-1_SomeoneElse")
    rejected(world, mint(claims), "UNTRUSTED_ISSUER")
    rejected(world, world["alice"]["AccessToken"], "UNTRUSTED_ISSUER",
             user_pool_id="eu-west-1_Other")


def test_wrong_client(world):
    rejected(world, world["alice"]["AccessToken"], "CLIENT_NOT_ALLOWED",
             client_ids=["someotherclient"])
    claims = claims_of(world["alice"]["IdToken"])
    claims["aud"] = "someotherclient"
    rejected(world, mint(claims), "CLIENT_NOT_ALLOWED")


def test_wrong_token_use(world):
    rejected(world, world["alice"]["IdToken"], "WRONG_TOKEN_USE", token_use=pb.TOKEN_USE_ACCESS)
    rejected(world, world["alice"]["AccessToken"], "WRONG_TOKEN_USE", token_use=pb.TOKEN_USE_ID)
    claims = claims_of(world["alice"]["AccessToken"])
    claims["token_use"] = "refresh"
    rejected(world, mint(claims), "INVALID_CLAIM")


def test_tampered_payload(world):
    header, payload, signature = world["alice"]["AccessToken"].split(".")
    claims = json.loads(unb64(payload))
    claims["username"] = "mallory"
    rejected(world, f"{header}.{b64(json.dumps(claims).encode())}.{signature}", "BAD_SIGNATURE")


def test_tampered_signature(world):
    header, payload, signature = world["alice"]["AccessToken"].split(".")
    raw = bytearray(unb64(signature))
    raw[10] ^= 0x01
    rejected(world, f"{header}.{payload}.{b64(bytes(raw))}", "BAD_SIGNATURE")
    rejected(world, f"{header}.{payload}.{b64(bytes(raw[:-1]))}", "BAD_SIGNATURE")
    rejected(world, mint(claims_of(world["alice"]["AccessToken"]), key=OTHER_KEY),
             "BAD_SIGNATURE")


def test_alg_none(world):
    claims = claims_of(world["alice"]["AccessToken"])
    for alg in ("none", "None", "NONE"):
        rejected(world, unsigned({"alg": alg, "kid": "dummy"}, claims), "UNSUPPORTED_ALGORITHM")
    rejected(world, unsigned({"kid": "dummy"}, claims), "MALFORMED")  # alg is required


def test_hs256_signed_with_the_public_key(world):
    """The classic confusion: HMAC keyed with the RSA public key the verifier holds."""
    claims = claims_of(world["alice"]["AccessToken"])
    public = RSAKey.import_key(MOTO_KEY.as_dict(private=False))
    secrets = [public.as_pem(private=False), json.dumps(public.as_dict()).encode(),
               public.as_dict()["n"].encode()]
    for alg, digest in (("HS256", hashlib.sha256), ("HS512", hashlib.sha512)):
        for secret in secrets:
            header = {"alg": alg, "kid": "dummy", "typ": "JWT"}
            signing_input = (b64(json.dumps(header).encode()) + "." +
                             b64(json.dumps(claims).encode()))
            mac = hmac.new(secret, signing_input.encode(), digest).digest()
            rejected(world, signing_input + "." + b64(mac), "UNSUPPORTED_ALGORITHM")


def test_unknown_kid_refetches_at_most_once_per_interval(world):
    cache = world["server"].server.verifier.cache
    assert check(world, world["alice"]["AccessToken"]).valid  # the JWKS is cached by now
    before = cache.fetches
    claims = claims_of(world["alice"]["AccessToken"])
    for n in range(20):
        rejected(world, mint(claims, kid=f"rotated-{n}"), "UNKNOWN_KEY")
        rejected(world, mint(claims, key=OTHER_KEY, kid=f"other-{n}"), "UNKNOWN_KEY")
    # The last fetch was less than --jwks-refresh-interval (60 s) ago: no refetch at all.
    assert cache.fetches - before <= 1
    assert check(world, world["alice"]["AccessToken"]).valid


@pytest.mark.parametrize("token", [
    "abc", "a.b", "a.b.c", "a.b.c.d", "....", "eyJ.eyJ.sig", "Bearer x.y.z", "é.é.é",
    b64(b"[1,2]") + "." + b64(b"{}") + ".", b64(b'{"alg":"RS256"}') + "." + b64(b"[]") + ".",
    b64(b'{"alg":"RS256","kid":"dummy"}') + ".not base64!.sig",
    "x" * 20000,
])
def test_malformed(world, token):
    rejected(world, token, "MALFORMED")


def nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth):
        value = {"a": value}
    return value


@pytest.mark.parametrize("change,reason", [
    ({"exp": float("nan")}, "MALFORMED"),  # a NaN exp would never expire
    ({"exp": float("inf")}, "MALFORMED"),
    ({"iat": float("-inf")}, "MALFORMED"),
    ({"exp": 1e300}, "INVALID_CLAIM"),
    ({"exp": 10**12}, "INVALID_CLAIM"),  # past 9999-12-31
    ({"exp": 10**400}, "MALFORMED"),
    ({"custom": 10**400}, "MALFORMED"),
    ({"custom": nested(500)}, "MALFORMED"),
    ({"k\ud800": "lone surrogate"}, "MALFORMED"),
    ({"username": "x\udfff"}, "MALFORMED"),
], ids=["exp-nan", "exp-inf", "iat-minus-inf", "exp-1e300", "exp-year-33658", "exp-10e400",
        "claim-10e400", "nested-500", "surrogate-key", "surrogate-value"])
def test_odd_claims_in_a_validly_signed_token_are_rejected_cleanly(world, change, reason):
    claims = claims_of(world["alice"]["AccessToken"])
    claims.update(change)
    rejected(world, mint(claims), reason)
    # and a bearer token like it is UNAUTHENTICATED, not an unknown failure
    code, _, _ = _code(world, "AdminGetUser", {"UserPoolId": world["pool"],
                                               "Username": "alice"}, (bearer(mint(claims)),))
    assert code is grpc.StatusCode.UNAUTHENTICATED


@pytest.mark.parametrize("audiences", [1, 2, 0], ids=["one", "two", "none"])
def test_an_aud_list_of_any_length_is_refused_alike(world, audiences):
    claims = claims_of(world["alice"]["IdToken"])
    claims["aud"] = [world["client"], "another-client"][:audiences]
    response = rejected(world, mint(claims), "INVALID_CLAIM")
    assert response.message == "aud must name one app client, as a string (Cognito never " \
                               "issues a list)"


def test_a_client_id_list_in_an_access_token_is_refused_alike(world):
    claims = claims_of(world["alice"]["AccessToken"])
    claims["client_id"] = [world["client"]]
    response = rejected(world, mint(claims), "INVALID_CLAIM")
    assert response.message.startswith("client_id must name one app client, as a string")


def _newer_issuer(pool: str) -> str:
    return f"https://issuer-cognito-idp.us-east-1.amazonaws.com/{pool}"


@pytest.mark.parametrize("token_name", ["AccessToken", "IdToken"])
def test_a_token_from_cognitos_newer_issuer_verifies(world, token_name):
    claims = claims_of(world["alice"][token_name])
    claims["iss"] = _newer_issuer(world["pool"])
    response = check(world, mint(claims))
    assert response.valid, response.message
    assert response.issuer == _newer_issuer(world["pool"])


def test_the_newer_issuer_of_another_pool_is_untrusted(world):
    claims = claims_of(world["alice"]["IdToken"])
    claims["iss"] = _newer_issuer("us-east-1_SomeoneElse")
    rejected(world, mint(claims), "UNTRUSTED_ISSUER")
    claims["iss"] = "https://issuer-cognito-idp.evil.example.com/" + world["pool"]
    rejected(world, mint(claims), "UNTRUSTED_ISSUER")


def test_the_newer_issuer_maps_to_its_pool():
    assert tokens.pool_of_issuer(_newer_issuer("us-east-1_AbC")) == "us-east-1_AbC"
    assert tokens.issuers_for("eu-west-1_X")[1] == \
        "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_X"
    source = tokens.HttpJwksSource("http://127.0.0.1:5000")
    assert source.url_for(_newer_issuer("us-east-1_AbC")) == \
        "http://127.0.0.1:5000/us-east-1_AbC/.well-known/jwks.json"


def test_a_24_kb_id_token_with_many_groups_and_attributes_verifies(world):
    claims = claims_of(world["alice"]["IdToken"])
    claims["cognito:groups"] = [f"group-{i:03d}-" + "g" * 100 for i in range(100)]
    claims.update({f"custom:attr{i}": "v" * 400 for i in range(25)})
    token = mint(claims)
    assert 24 * 1024 <= len(token) < 64 * 1024
    response = check(world, token, token_use=pb.TOKEN_USE_ID)
    assert response.valid, response.message
    assert len(response.groups) == 100


def test_a_token_past_the_documented_limit_is_malformed(world):
    claims = claims_of(world["alice"]["IdToken"])
    claims["custom:huge"] = "x" * tokens.MAX_TOKEN_BYTES
    response = rejected(world, mint(claims), "MALFORMED")
    assert str(tokens.MAX_TOKEN_BYTES) in response.message


def test_a_token_use_the_enum_lacks_is_invalid_argument(world):
    with pytest.raises(grpc.RpcError) as raised:
        check(world, world["alice"]["AccessToken"], token_use=99)
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details().startswith("TokenUse: ")


@pytest.mark.parametrize("payload", [b"\xff\xff\xff\xff\xff", b"\x0a\x02\xc3\x28"],
                         ids=["garbage", "bad-utf8"])
def test_undecodable_request_bytes_are_invalid_argument(world, payload):
    raw = world["channel"].unary_unary(f"/{TOKENS}/VerifyToken")
    with pytest.raises(grpc.RpcError) as raised:
        raw(payload, metadata=world["admin"], timeout=5)
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert error_info(raised.value).reason == "INVALID_REQUEST"


def test_critical_headers_are_refused(world):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    claims = claims_of(world["alice"]["AccessToken"])
    header = {"alg": "RS256", "kid": "dummy", "crit": ["exp"], "exp": 1}
    signing_input = unsigned(header, claims)[:-1]
    signature = MOTO_KEY.private_key.sign(signing_input.encode(), padding.PKCS1v15(),
                                          hashes.SHA256())
    rejected(world, signing_input + "." + b64(signature), "MALFORMED")


def test_a_request_that_cannot_be_checked_is_invalid_argument(world):
    for fields, named in (({"token": ""}, "Token"),
                          ({"token": "a.b.c", "user_pool_id": "not-a-pool"}, "UserPoolId")):
        with pytest.raises(grpc.RpcError) as raised:
            check(world, **fields)
        assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
        assert error_info(raised.value).reason == "INVALID_REQUEST"
        assert raised.value.details().startswith(f"{named}: ")


# --- the same verifier behind the auth interceptor --------------------------------------

def _code(world, operation, params, metadata):
    try:
        aws(world["channel"], operation, params, metadata)
    except grpc.RpcError as error:
        info = error_info(error)
        return error.code(), info.reason if info else "", error.details()
    return grpc.StatusCode.OK, "", ""


def test_bearer_tokens_authenticate_and_the_policy_reads_scopes_and_groups(world):
    pool = world["pool"]
    access, id_token = world["alice"]["AccessToken"], world["alice"]["IdToken"]
    get = {"UserPoolId": pool, "Username": "alice"}
    # The access token's scope grants AdminGet*; nothing grants CreateGroup yet.
    assert _code(world, "AdminGetUser", get, (bearer(access),))[0] is grpc.StatusCode.OK
    code, reason, details = _code(world, "CreateGroup", {"UserPoolId": pool,
                                                         "GroupName": "admins"},
                                  (bearer(access),))
    assert (code, reason) == (grpc.StatusCode.PERMISSION_DENIED, "METHOD_NOT_ALLOWED")
    assert "CreateGroup" in details
    # An ID token is no bearer credential (unless --jwt-accept-id-tokens).
    assert _code(world, "AdminGetUser", get, (bearer(id_token),))[:2] == \
        (grpc.StatusCode.UNAUTHENTICATED, "INVALID_BEARER_TOKEN")
    # In the admins group, a fresh token may do anything.
    aws(world["channel"], "CreateGroup", {"UserPoolId": pool, "GroupName": "admins"},
        world["admin"])
    aws(world["channel"], "AdminAddUserToGroup", {"UserPoolId": pool, "Username": "alice",
                                                   "GroupName": "admins"}, world["admin"])
    fresh = sign_in(world["channel"], pool, world["client"], "alice", metadata=world["admin"])
    created_before = len(world["server"].logs.rpc_lines("CreateGroup"))
    assert _code(world, "CreateGroup", {"UserPoolId": pool, "GroupName": "ops"},
                 (bearer(fresh["AccessToken"]),))[0] is grpc.StatusCode.OK
    line = world["server"].logs.wait_rpc_lines("CreateGroup", created_before + 1)[-1]
    assert line["principal"] == f"{pool}/alice" and line["grpc_code"] == "OK"


@pytest.mark.parametrize("make, failure", [
    (lambda w: mint({**claims_of(w["alice"]["AccessToken"]), "exp": 1}), "EXPIRED"),
    (lambda w: unsigned({"alg": "none"}, claims_of(w["alice"]["AccessToken"])),
     "UNSUPPORTED_ALGORITHM"),
    (lambda w: w["alice"]["AccessToken"][:-4] + "AAAA", "BAD_SIGNATURE"),
    (lambda w: "garbage", "MALFORMED"),
])
def test_bad_bearer_tokens_are_unauthenticated_without_echoing_them(world, make, failure):
    token = make(world)
    code, reason, details = _code(world, "AdminGetUser", {"UserPoolId": world["pool"],
                                                         "Username": "alice"},
                                  (bearer(token),))
    assert (code, reason) == (grpc.StatusCode.UNAUTHENTICATED, "INVALID_BEARER_TOKEN")
    assert token not in details
    with pytest.raises(grpc.RpcError) as raised:
        aws(world["channel"], "AdminGetUser", {"UserPoolId": world["pool"],
                                               "Username": "alice"}, (bearer(token),))
    assert error_info(raised.value).metadata["tokenFailure"] == failure
    assert token not in world["server"].logs.text()


def test_a_bad_bearer_is_not_rescued_by_a_good_api_key(world):
    code, reason, _ = _code(world, "AdminGetUser", {"UserPoolId": world["pool"],
                                                    "Username": "alice"},
                            (bearer("garbage"), api_key(ADMIN_KEY)))
    assert (code, reason) == (grpc.StatusCode.UNAUTHENTICATED, "INVALID_BEARER_TOKEN")


# --- the cache on its own ---------------------------------------------------------------

class CountingSource:
    def __init__(self, documents):
        self.documents = documents
        self.fetched = 0

    def fetch(self, issuer):
        self.fetched += 1
        document = self.documents.get(issuer)
        if document is None:
            raise OSError("no route to host")
        return document


def _jwks(*keys_and_kids):
    return {"keys": [{**key.as_dict(private=False), "kid": kid, "alg": "RS256", "use": "sig"}
                     for key, kid in keys_and_kids]}


def test_key_rotation_is_picked_up_after_the_refresh_interval():
    issuer = tokens.issuer_for("us-east-1_Rotate")
    now = [1000.0]
    source = CountingSource({issuer: _jwks((MOTO_KEY, "dummy"))})
    cache = tokens.JwksCache(source, refresh_interval=60, clock=lambda: now[0])
    verifier = tokens.Verifier(cache, issuers=[issuer], client_ids=["app"])
    claims = {"iss": issuer, "sub": "u", "client_id": "app", "token_use": "access",
              "iat": int(time.time()), "exp": int(time.time()) + 600}

    async def run():
        await verifier.verify(mint(claims))
        rotated = mint(claims, key=OTHER_KEY, kid="new")
        source.documents[issuer] = _jwks((MOTO_KEY, "dummy"), (OTHER_KEY, "new"))
        for _ in range(50):
            with pytest.raises(tokens.TokenRejected) as raised:
                await verifier.verify(rotated)
            assert raised.value.reason is tokens.Reason.UNKNOWN_KEY
        assert source.fetched == 1  # the refresh is rate limited
        now[0] += 61
        assert (await verifier.verify(rotated)).subject == "u"
        assert source.fetched == 2
        await asyncio.gather(*(verifier.verify(rotated) for _ in range(10)))
        assert source.fetched == 2

    asyncio.run(run())


def test_concurrent_first_use_fetches_once_and_failures_back_off():
    issuer = tokens.issuer_for("us-east-1_Down")
    now = [0.0]
    source = CountingSource({})
    cache = tokens.JwksCache(source, refresh_interval=60, clock=lambda: now[0])
    verifier = tokens.Verifier(cache, issuers=[issuer], client_ids=["app"])
    token = mint({"iss": issuer, "sub": "u", "client_id": "app", "token_use": "access",
                  "iat": int(time.time()), "exp": int(time.time()) + 600})

    async def run():
        results = await asyncio.gather(*(verifier.verify(token) for _ in range(10)),
                                       return_exceptions=True)
        assert {r.reason for r in results} == {tokens.Reason.JWKS_UNAVAILABLE}
        assert source.fetched == 1
        now[0] += tokens.FAILED_FETCH_BACKOFF
        source.documents[issuer] = _jwks((MOTO_KEY, "dummy"))
        assert (await verifier.verify(token)).subject == "u"
        assert source.fetched == 2

    asyncio.run(run())


def test_symmetric_and_private_keys_in_a_jwks_are_never_used():
    jwks = {"keys": [{"kty": "oct", "kid": "dummy", "k": b64(b"secret")},
                     {**MOTO_KEY.as_dict(private=True), "kid": "priv"}]}
    assert tokens.rsa_keys(jwks) == {}


def test_http_source_urls():
    pool = "us-west-2_AbC123"
    issuer = tokens.issuer_for(pool)
    assert tokens.HttpJwksSource().url_for(issuer) == issuer + "/.well-known/jwks.json"
    assert tokens.HttpJwksSource("http://127.0.0.1:5000/").url_for(issuer) == \
        f"http://127.0.0.1:5000/{pool}/.well-known/jwks.json"
    with pytest.raises(ValueError):
        tokens.HttpJwksSource().url_for("http://insecure.example/pool")


def test_http_source_fetches_a_served_jwks():
    """The HTTPS-mode source against a local HTTP server standing in for an endpoint."""
    import http.server
    import threading

    document = json.dumps(_jwks((MOTO_KEY, "dummy"))).encode()
    seen = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(document)

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        pool = "us-east-1_Served"
        source = tokens.HttpJwksSource(f"http://127.0.0.1:{httpd.server_port}", timeout=5)
        keys = tokens.rsa_keys(source.fetch(tokens.issuer_for(pool)))
        assert list(keys) == ["dummy"]
        assert seen == [f"/{pool}/.well-known/jwks.json"]
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_endpoint_mode_fetches_the_jwks_from_the_endpoint():
    """Against a real moto server: the JWKS comes over HTTP from {endpoint}/{pool}/.well-known."""
    from tests.support import MotoServer

    with MotoServer() as moto_server:
        with running(backend="endpoint", endpoint_url=moto_server.url) as srv:
            with srv.channel() as channel:
                srv.wait_serving(channel)
                pool = aws(channel, "CreateUserPool", {"PoolName": "remote"})["UserPool"]["Id"]
                client = aws(channel, "CreateUserPoolClient", {
                    "UserPoolId": pool, "ClientName": "app",
                    "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH",
                                          "ALLOW_REFRESH_TOKEN_AUTH"]})["UserPoolClient"]
                create_user(channel, pool, "dora")
                result = sign_in(channel, pool, client["ClientId"], "dora")
                answer = verify(channel, token=result["AccessToken"], user_pool_id=pool,
                                client_ids=[client["ClientId"]])
                assert answer.valid, answer.message
                assert answer.username == "dora"
            assert isinstance(srv.server.verifier.cache.source, tokens.HttpJwksSource)
            assert srv.server.verifier.cache.fetches == 1
