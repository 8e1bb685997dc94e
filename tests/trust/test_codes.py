"""Codes are secrets in logs (issue 17, item 7). The attack: with --log-payloads,
ConfirmSignUp's and ConfirmForgotPassword's ConfirmationCode, VerifyUserAttribute's Code and
ConfirmDevice's PasswordVerifier and Salt were logged in clear: the AWS model does not mark
them sensitive, but they are credentials."""

from __future__ import annotations

import grpc

from tests.trust.conftest import aws, running

CODES = {"ConfirmSignUp": "918273", "ConfirmForgotPassword": "564738",
         "VerifyUserAttribute": "192837"}
VERIFIER, SALT = "verifier-9f8e7d6c5b4a", "salt-0a1b2c3d4e5f"


def test_codes_verifiers_and_salts_never_reach_the_payload_log():
    with running(log_payloads=True) as srv:
        with srv.channel() as channel:
            srv.wait_serving(channel)
            pool = aws(channel, "CreateUserPool", {"PoolName": "codes"})["UserPool"]["Id"]
            client = aws(channel, "CreateUserPoolClient", {
                "UserPoolId": pool, "ClientName": "app"})["UserPoolClient"]["ClientId"]
            calls = [
                ("ConfirmSignUp", {"ClientId": client, "Username": "dora",
                                   "ConfirmationCode": CODES["ConfirmSignUp"]}),
                ("ConfirmForgotPassword", {"ClientId": client, "Username": "dora",
                                           "ConfirmationCode": CODES["ConfirmForgotPassword"],
                                           "Password": "N3w-Passw0rd!"}),
                ("VerifyUserAttribute", {"AccessToken": "a.b.c", "AttributeName": "email",
                                         "Code": CODES["VerifyUserAttribute"]}),
                ("ConfirmDevice", {"AccessToken": "a.b.c", "DeviceKey": "us-east-1_dev",
                                   "DeviceSecretVerifierConfig": {"PasswordVerifier": VERIFIER,
                                                                  "Salt": SALT}}),
            ]
            for operation, params in calls:
                try:
                    aws(channel, operation, params)
                except grpc.RpcError:
                    pass  # refused or failed: logged either way
        lines = {name: srv.logs.last_rpc_line(name) for name, _ in calls}
    text = srv.logs.text()
    for secret in (*CODES.values(), VERIFIER, SALT):
        assert secret not in text
    assert lines["ConfirmSignUp"]["request"]["ConfirmationCode"] == "[REDACTED]"
    assert lines["ConfirmForgotPassword"]["request"]["ConfirmationCode"] == "[REDACTED]"
    assert lines["VerifyUserAttribute"]["request"]["Code"] == "[REDACTED]"
    assert lines["ConfirmDevice"]["request"]["DeviceSecretVerifierConfig"] == {
        "PasswordVerifier": "[REDACTED]", "Salt": "[REDACTED]"}
    assert lines["VerifyUserAttribute"]["request"]["AttributeName"] == "email"  # the rest shows
