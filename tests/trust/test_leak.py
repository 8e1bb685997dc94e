"""The README walk-through, failed logins, bad credentials and a forced internal error, with
--log-payloads at debug level: no password, token, secret hash, session string or API key
reaches the logs, raw or base64-encoded."""

from __future__ import annotations

import base64
import hashlib
import hmac

import grpc
import pytest

from cognito_grpc import tokens
from tests.trust.conftest import (ADMIN_KEY, api_key, aws, bearer, boto_pool, create_user,
                                  running, sign_in, verify)

UNKNOWN_KEY = "not-a-key-but-looks-like-one-42"
PASSWORDS = ["Corr3ct-Horse!", "Wr0ng-Horse!!", "Temp-Pass-1!", "Brand-New-Pass-2!",
             "Exploding-Pass-9!"]


def encodings(secret: str) -> set[str]:
    raw = secret.encode()
    forms = {secret}
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        text = encode(raw).decode()
        forms |= {text, text.rstrip("=")}
    return forms


def token_parts(token: str) -> set[str]:
    """A JWT, its claims segment and its signature segment (the header is shared by all);
    moto's refresh tokens are opaque strings."""
    if token.count(".") != 2:
        return {token}
    _, claims, signature = token.split(".")
    return {token, claims, signature}


class Exploding:
    """A boto3 client whose admin_set_user_password fails unexpectedly, quoting its input."""

    def __init__(self, real):
        self.real = real

    def __getattr__(self, name):
        if name == "admin_set_user_password":
            def explode(**kwargs):
                raise RuntimeError(f"backend exploded on {kwargs!r}")
            return explode
        return getattr(self.real, name)


def secret_hash(secret: str, username: str, client_id: str) -> str:
    digest = hmac.new(secret.encode(), (username + client_id).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def test_nothing_secret_reaches_the_logs(moto_state):
    trusted_pool, trusted_client = boto_pool("trusted")
    secrets: set[str] = {ADMIN_KEY, UNKNOWN_KEY, *PASSWORDS}
    seen_tokens: set[str] = set()

    def keep(result: dict) -> dict:
        for name in ("AccessToken", "IdToken", "RefreshToken"):
            if result.get(name):
                seen_tokens.add(result[name])
        return result

    with running(auth=("api-key", "jwt"), api_keys=f"{ADMIN_KEY}=operator",
                 jwt_issuers=(tokens.issuer_for(trusted_pool),),
                 jwt_client_ids=(trusted_client,), log_payloads=True, log_level="debug",
                 metrics_address="127.0.0.1:0") as srv:
        with srv.channel() as channel:
            srv.wait_serving(channel)
            admin = (api_key(ADMIN_KEY),)

            def call(operation, params, metadata=admin):
                return aws(channel, operation, params, metadata)

            def fails(operation, params, metadata=admin):
                with pytest.raises(grpc.RpcError) as raised:
                    call(operation, params, metadata)
                return raised.value

            # The README walk-through.
            pool = call("CreateUserPool", {"PoolName": "demo"})["UserPool"]["Id"]
            client = call("CreateUserPoolClient", {
                "UserPoolId": pool, "ClientName": "app",
                "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH",
                                      "ALLOW_REFRESH_TOKEN_AUTH"]})["UserPoolClient"]["ClientId"]
            call("AdminCreateUser", {"UserPoolId": pool, "Username": "alice",
                                     "UserAttributes": [{"Name": "email",
                                                         "Value": "alice@example.com"}],
                                     "MessageAction": "SUPPRESS"})
            call("ListUsers", {"UserPoolId": pool})
            call("AdminSetUserPassword", {"UserPoolId": pool, "Username": "alice",
                                          "Password": PASSWORDS[0], "Permanent": True})
            keep(sign_in(channel, pool, client, "alice", PASSWORDS[0], admin))
            call("CreateGroup", {"UserPoolId": pool, "GroupName": "admins"})
            call("AdminAddUserToGroup", {"UserPoolId": pool, "Username": "alice",
                                         "GroupName": "admins"})
            call("AdminListGroupsForUser", {"UserPoolId": pool, "Username": "alice"})
            call("AdminCreateUser", {"UserPoolId": pool, "Username": "bob",
                                     "TemporaryPassword": PASSWORDS[2],
                                     "MessageAction": "SUPPRESS"})
            challenge = call("AdminInitiateAuth", {
                "UserPoolId": pool, "ClientId": client, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
                "AuthParameters": {"USERNAME": "bob", "PASSWORD": PASSWORDS[2]}})
            assert challenge["ChallengeName"] == "NEW_PASSWORD_REQUIRED"
            secrets.add(challenge["Session"])
            answered = call("AdminRespondToAuthChallenge", {
                "UserPoolId": pool, "ClientId": client,
                "ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": challenge["Session"],
                "ChallengeResponses": {"USERNAME": "bob", "NEW_PASSWORD": PASSWORDS[3]}})
            bob = keep(answered["AuthenticationResult"])

            # An app client with a secret, its secret hash, and refresh-token sign-ins.
            secret_app = call("CreateUserPoolClient", {
                "UserPoolId": pool, "ClientName": "backend", "GenerateSecret": True,
                "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH",
                                      "ALLOW_REFRESH_TOKEN_AUTH"]})["UserPoolClient"]
            secrets.add(secret_app["ClientSecret"])
            good_hash = secret_hash(secret_app["ClientSecret"], "alice", secret_app["ClientId"])
            bad_hash = secret_hash("not-the-secret", "alice", secret_app["ClientId"])
            secrets |= {good_hash, bad_hash}
            signed = keep(call("AdminInitiateAuth", {
                "UserPoolId": pool, "ClientId": secret_app["ClientId"],
                "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
                "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORDS[0],
                                   "SECRET_HASH": good_hash}})["AuthenticationResult"])
            keep(call("InitiateAuth", {
                "ClientId": secret_app["ClientId"], "AuthFlow": "REFRESH_TOKEN_AUTH",
                "AuthParameters": {"REFRESH_TOKEN": signed["RefreshToken"],
                                   "SECRET_HASH": good_hash}}, admin)["AuthenticationResult"])
            # moto's error message for a wrong secret hash is the hash itself.
            fails("InitiateAuth", {"ClientId": secret_app["ClientId"],
                                   "AuthFlow": "REFRESH_TOKEN_AUTH",
                                   "AuthParameters": {"REFRESH_TOKEN": signed["RefreshToken"],
                                                      "SECRET_HASH": bad_hash}})
            call("GetUser", {"AccessToken": bob["AccessToken"]})

            # Secrets in maps the AWS model does not mark sensitive: an identity provider's
            # client secret, and the SRP challenge's SECRET_BLOCK (moto's is the session).
            idp_secret = "IdpClientSecret-Sekr3t-777"
            secrets.add(idp_secret)
            call("CreateIdentityProvider", {
                "UserPoolId": pool, "ProviderName": "Google", "ProviderType": "Google",
                "ProviderDetails": {"client_id": "google-app", "client_secret": idp_secret,
                                    "authorize_scopes": "email"}})
            described = call("DescribeIdentityProvider", {"UserPoolId": pool,
                                                          "ProviderName": "Google"})
            assert described["IdentityProvider"]["ProviderDetails"]["client_secret"] == idp_secret
            srp = call("InitiateAuth", {"ClientId": client, "AuthFlow": "USER_SRP_AUTH",
                                        "AuthParameters": {"USERNAME": "alice",
                                                           "SRP_A": "abcdef0123456789"}})
            secrets.add(srp["ChallengeParameters"]["SECRET_BLOCK"])

            # Failed logins.
            error = fails("AdminInitiateAuth", {
                "UserPoolId": pool, "ClientId": client, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
                "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORDS[1]}})
            assert error.code() is grpc.StatusCode.UNAUTHENTICATED
            fails("AdminInitiateAuth", {
                "UserPoolId": pool, "ClientId": client, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
                "AuthParameters": {"USERNAME": "nobody-here", "PASSWORD": PASSWORDS[1]}})
            fails("AdminRespondToAuthChallenge", {
                "UserPoolId": pool, "ClientId": client,
                "ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": challenge["Session"],
                "ChallengeResponses": {"USERNAME": "bob", "NEW_PASSWORD": PASSWORDS[3]}})

            # Tokens: verified, and as bearer credentials, good and bad.
            create_user(channel, trusted_pool, "carol", PASSWORDS[0], admin)
            carol = keep(sign_in(channel, trusted_pool, trusted_client, "carol", PASSWORDS[0],
                                 admin))
            for token in (carol["AccessToken"], carol["IdToken"], bob["AccessToken"]):
                verify(channel, admin, token=token, user_pool_id=trusted_pool,
                       client_ids=[trusted_client])
            tampered = carol["AccessToken"][:-6] + "AAAAAA"
            secrets.add(tampered)
            assert not verify(channel, admin, token=tampered).valid
            call("ListUsers", {"UserPoolId": trusted_pool}, (bearer(carol["AccessToken"]),))
            for metadata in ((bearer(tampered),), (bearer(bob["IdToken"]),),
                             (api_key(UNKNOWN_KEY),), (bearer(carol["AccessToken"]),
                                                       api_key(UNKNOWN_KEY))):
                assert fails("ListUsers", {"UserPoolId": pool}, metadata).code() is \
                    grpc.StatusCode.UNAUTHENTICATED

            # A forced internal error whose exception quotes the request.
            backend = srv.server.backend
            real_client = backend.client
            backend.client = lambda region=None: Exploding(real_client(region))
            try:
                error = fails("AdminSetUserPassword", {"UserPoolId": pool, "Username": "alice",
                                                       "Password": PASSWORDS[4],
                                                       "Permanent": True})
            finally:
                del backend.client
            assert error.code() is grpc.StatusCode.INTERNAL

            call("AdminDeleteUser", {"UserPoolId": pool, "Username": "alice"})
            fails("AdminGetUser", {"UserPoolId": pool, "Username": "alice"})

    logs = srv.logs.text()  # read once the server has stopped: every line is written by then

    # The run really logged what it should have, redacted.
    lines = srv.logs.rpc_lines()
    assert len(lines) >= 30
    internal = [line for line in lines if line["grpc_code"] == "INTERNAL"]
    assert internal and "traceback" in internal[0] and "backend exploded" in internal[0]["error"]
    auth_lines = [line for line in lines if line["rpc_method"].endswith("/AdminInitiateAuth")]
    assert auth_lines[0]["request"]["AuthParameters"] == "[REDACTED]"
    assert any(line["principal"] == f"{trusted_pool}/carol" for line in lines)
    assert len(seen_tokens) >= 9

    forms = set()
    for secret in secrets:
        forms |= encodings(secret)
    for token in seen_tokens:
        for part in token_parts(token):
            forms |= encodings(part)
    leaked = sorted(form for form in forms if form in logs)
    assert not leaked, f"{len(leaked)} secret(s) in the logs, e.g. {leaked[0][:12]}…"
