"""The pools' well-known documents on --http-listen, and aws-jwt-verify (AWS's own verifier)
checking the engine's tokens with the JWKS served there."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import IN_CI
from tests.http.conftest import sign_in_alice

NODE_PACKAGE = Path(__file__).parent / "node"


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            assert answer.headers["Content-Type"] == "application/json"
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture(scope="module")
def signed_in(http_server):
    cognito = http_server.boto3()
    pool, app, tokens = sign_in_alice(cognito, "jwks")
    return pool, app, tokens


def test_jwks_at_cognitos_path(http_server, signed_in):
    pool, _, tokens = signed_in
    status, jwks = get(f"{http_server.url}/{pool['Id']}/.well-known/jwks.json")
    assert status == 200
    [key] = jwks["keys"]
    assert {k: key[k] for k in ("alg", "kty", "use", "e")} == \
        {"alg": "RS256", "kty": "RSA", "use": "sig", "e": "AQAB"}
    import joserfc.jws
    header = joserfc.jws.extract_compact(tokens["AccessToken"].encode()).protected
    assert header["kid"] == key["kid"]


def test_openid_configuration_names_the_pools_issuer(http_server, signed_in):
    pool, _, _ = signed_in
    status, document = get(f"{http_server.url}/{pool['Id']}/.well-known/openid-configuration")
    assert status == 200
    assert document["issuer"] == f"https://cognito-idp.us-east-1.amazonaws.com/{pool['Id']}"
    assert document["jwks_uri"] == f"{http_server.url}/{pool['Id']}/.well-known/jwks.json"
    assert document["id_token_signing_alg_values_supported"] == ["RS256"]
    assert document["subject_types_supported"] == ["public"]
    assert "authorization_endpoint" not in document  # no domain: no hosted endpoints


def test_openid_configuration_of_a_pool_with_a_domain(http_server):
    cognito = http_server.boto3()
    pool = cognito.create_user_pool(PoolName="domain")["UserPool"]
    cognito.create_user_pool_domain(UserPoolId=pool["Id"], Domain="jwks-test-domain")
    _, document = get(f"{http_server.url}/{pool['Id']}/.well-known/openid-configuration")
    base = "https://jwks-test-domain.auth.us-east-1.amazoncognito.com"
    assert document["authorization_endpoint"] == f"{base}/oauth2/authorize"
    assert document["token_endpoint"] == f"{base}/oauth2/token"
    assert document["userinfo_endpoint"] == f"{base}/oauth2/userInfo"


@pytest.mark.parametrize("document", ["jwks.json", "openid-configuration"])
def test_unknown_pool_is_a_404(http_server, document):
    status, answer = get(f"{http_server.url}/us-east-1_Nope12345/.well-known/{document}")
    assert status == 404 and answer["__type"] == "ResourceNotFoundException"


def test_unknown_path_is_a_404(http_server):
    status, answer = get(f"{http_server.url}/nothing/here")
    assert status == 404


def _node() -> str:
    node = shutil.which("node")
    installed = (NODE_PACKAGE / "node_modules/aws-jwt-verify").exists()
    if not node or not installed:
        message = "node or aws-jwt-verify missing (python -m tools.test runs npm ci in " \
                  "tests/http/node)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return node


def test_aws_jwt_verify_accepts_the_engines_tokens(http_server, signed_in):
    pool, app, tokens = signed_in
    result = subprocess.run(
        [_node(), "verify.mjs", http_server.url, pool["Id"], app["ClientId"],
         tokens["AccessToken"], tokens["IdToken"]],
        cwd=NODE_PACKAGE, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["access"] == {"ok": True, "sub": verdict["access"]["sub"],
                                 "token_use": "access"}, verdict
    assert verdict["id"]["ok"] and verdict["id"]["token_use"] == "id", verdict
    assert verdict["forged"]["ok"] is False, verdict
    assert verdict["fetched"] == [f"{http_server.url}/{pool['Id']}/.well-known/jwks.json"]


def test_a_hostile_host_header_is_not_echoed(http_server, signed_in):
    import http.client

    pool, _, _ = signed_in
    connection = http.client.HTTPConnection("127.0.0.1", http_server.http_port, timeout=10)
    connection.request("GET", f"/{pool['Id']}/.well-known/openid-configuration",
                       headers={"Host": "evil.example/x?"})
    document = json.loads(connection.getresponse().read())
    connection.close()
    assert document["jwks_uri"] == \
        f"http://127.0.0.1:{http_server.http_port}/{pool['Id']}/.well-known/jwks.json"
