"""API keys and the policy file: parsing, hashing, and errors that never quote a key."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import grpc
import pytest

from cognito_grpc import settings as config
from cognito_grpc.interceptors import auth
from cognito_grpc.interceptors.auth import ApiKeys, Identity, Policy
from tests.conftest import ServerProcess
from tests.trust.conftest import METHODS, aws

KEY = "k3y-0123456789abcdef-xyz"
ALL = list(METHODS) + ["/grpc.health.v1.Health/Check",
                       "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"]


ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool1"


def jwt_user(username, **values):
    return Identity("jwt", f"us-east-1_Pool1/{username}", issuer=ISSUER, username=username,
                    subject="sub-" + username, **values)


def settings(**values):
    return config.Settings(**values)


def test_keys_file_with_comments_and_digests(tmp_path):
    digest = hashlib.sha256(b"another-key-0123456789").hexdigest()
    path = tmp_path / "keys"
    path.write_text(f"# key principal\n{KEY} ci   # the CI robot\n\nsha256:{digest} deployer\n")
    keys = ApiKeys.from_settings(settings(api_keys_file=str(path)))
    assert len(keys) == 2
    assert keys.principal_for(KEY) == "ci"
    assert keys.principal_for("another-key-0123456789") == "deployer"
    assert keys.principal_for(KEY + "x") is None and keys.principal_for("") is None
    assert KEY not in repr(keys.__dict__)  # only digests are kept


def test_env_keys():
    keys = ApiKeys.from_settings(settings(api_keys=f"{KEY}=ci, other-key-0123456789=ops"))
    assert keys.principal_for("other-key-0123456789") == "ops"


@pytest.mark.parametrize("text, message", [
    (f"{KEY}\n", "expected `key principal`"),
    (f"{KEY} a b\n", "expected `key principal`"),
    ("short-key ci\n", "at least 16 characters"),
    ("sha256:abc ci\n", "64 hex digits"),
])
def test_bad_key_files_name_the_line_never_the_key(tmp_path, text, message):
    path = tmp_path / "keys"
    path.write_text(text)
    with pytest.raises(config.ConfigError) as raised:
        ApiKeys.from_settings(settings(api_keys_file=str(path)))
    assert message in str(raised.value) and f"{path}:1" in str(raised.value)
    assert KEY not in str(raised.value) and "short-key" not in str(raised.value)


def test_one_key_cannot_name_two_principals():
    with pytest.raises(config.ConfigError, match="two principals"):
        ApiKeys.from_settings(settings(api_keys=f"{KEY}=a,{KEY}=b"))


def test_bad_env_keys_never_quote_the_key():
    with pytest.raises(config.ConfigError) as raised:
        ApiKeys.from_settings(settings(api_keys="tooshort=ci"))
    assert "tooshort" not in str(raised.value)


def test_policy_roles_sections_and_patterns(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("""
roles:
  reader: Describe* List* Get* AdminGet*
api_keys:
  ci: [reader, AdminCreateUser]
jwt:
  us-east-1_Pool1:
    users:
      alice: ["cognito.tokens.v1.TokenVerifierService/*"]
    groups:
      admins: ["*"]
authenticated: [VerifyToken]
""")
    policy = Policy.load(str(path), ALL, [ISSUER])
    ci = Identity("api-key", "ci")
    idp = "/cognito.idp.v1.CognitoIdentityProviderService/"
    assert policy.allows(ci, idp + "AdminGetUser") and policy.allows(ci, idp + "ListUsers")
    assert policy.allows(ci, idp + "AdminCreateUser")
    assert not policy.allows(ci, idp + "AdminDeleteUser")
    assert policy.allows(ci, "/cognito.tokens.v1.TokenVerifierService/VerifyToken")
    # Sections are kept apart: a JWT user named "ci" is not the API key "ci".
    assert not policy.allows(jwt_user("ci"), idp + "AdminGetUser")
    assert policy.allows(jwt_user("bob", groups=("admins",)), idp + "AdminDeleteUser")
    assert not policy.allows(jwt_user("alice"), idp + "AdminGetUser")
    assert policy.is_exempt("/grpc.health.v1.Health/Check")
    assert not policy.is_exempt(idp + "AdminGetUser")


def test_policy_in_toml(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text('exempt = []\n[api_keys]\nci = ["List*"]\n')
    policy = Policy.load(str(path), ALL)
    assert not policy.is_exempt("/grpc.health.v1.Health/Check")
    assert policy.allows(Identity("api-key", "ci"),
                         "/cognito.idp.v1.CognitoIdentityProviderService/ListUsers")


@pytest.mark.parametrize("text, message", [
    ("api_key:\n  ci: ['*']\n", "unknown section(s) api_key"),
    ("api_keys:\n  ci: [readers]\n", "'readers' is neither a role nor a pattern"),
    ("api_keys:\n  ci: 3\n", "expected a list"),
    ("api_keys: [ci]\n", "expected a mapping"),
    ("api_keys: {ci: [\n", "not valid YAML"),
])
def test_policy_mistakes_are_config_errors(tmp_path, text, message):
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    with pytest.raises(config.ConfigError) as raised:
        Policy.load(str(path), ALL)
    assert message in str(raised.value)


def test_inconsistent_auth_settings():
    with pytest.raises(config.ConfigError, match="--jwt-client-ids"):
        auth.from_settings(settings(auth=("jwt",), jwt_issuers=("https://x",)), None, ALL)
    with pytest.raises(config.ConfigError, match="--policy-file needs"):
        auth.from_settings(settings(policy_file="p.yaml"), None, ALL)
    assert auth.from_settings(settings(), None, ALL) is None


def test_cli_refuses_a_bad_policy_with_one_line(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("nonsense: 1\n")
    result = subprocess.run(
        [sys.executable, "-m", "cognito_grpc", "serve", "--listen", "127.0.0.1:0",
         "--auth", "api-key", "--api-keys", f"{KEY}=ci", "--policy-file", str(policy)],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "unknown section(s) nonsense" in result.stderr
    assert KEY not in result.stderr + result.stdout


def test_cli_serves_with_api_keys_from_the_environment():
    server = ServerProcess(env={"COGNITO_GRPC_AUTH": "api-key",
                                "COGNITO_GRPC_API_KEYS": f"{KEY}=ci"})
    try:  # health is exempt, so the server came up SERVING
        with grpc.insecure_channel(server.address) as channel:
            with pytest.raises(grpc.RpcError) as raised:
                aws(channel, "ListUserPools", {"MaxResults": 1})
            assert raised.value.code() is grpc.StatusCode.UNAUTHENTICATED
            aws(channel, "ListUserPools", {"MaxResults": 1},
                (("x-api-key", KEY), ("x-request-id", "env-keys-1")))
        line = server.logged("env-keys-1")  # waited for: written just after the response
        logs = server.logs()
    finally:
        server.stop()
    assert line["principal"] == "ci" and KEY not in logs
