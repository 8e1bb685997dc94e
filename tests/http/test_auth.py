"""--auth jwt and --policy-file over HTTP: the gRPC server's authenticator and policy, asked
for the operation's RPC name."""

from __future__ import annotations

import json

from tests.http.conftest import API_KEY, HttpServer, sign_in_alice
from tests.http.test_aws_json import TARGET, post

LIST = {"X-Amz-Target": TARGET + "ListUserPools"}
BODY = json.dumps({"MaxResults": 10}).encode()


def test_jwt_bearer_access_tokens_over_http(tmp_path):
    setup = HttpServer("--data-dir", str(tmp_path))
    try:
        cognito = setup.boto3()
        pool, app, tokens = sign_in_alice(cognito, "jwt")
    finally:
        setup.stop()

    issuer = f"https://cognito-idp.us-east-1.amazonaws.com/{pool['Id']}"
    guarded = HttpServer("--data-dir", str(tmp_path), "--auth", "jwt", "--jwt-issuers", issuer,
                         "--jwt-client-ids", app["ClientId"])
    try:
        status, answer = post(guarded.url, BODY, LIST)
        assert status == 401 and answer["__type"] == "UnrecognizedClientException"
        status, answer = post(guarded.url, BODY,
                              {**LIST, "Authorization": f"Bearer {tokens['IdToken']}"})
        assert status == 401 and answer["message"].startswith("invalid bearer token"), answer
        assert tokens["IdToken"] not in json.dumps(answer)
        status, answer = post(guarded.url, BODY,
                              {**LIST, "Authorization": f"Bearer {tokens['AccessToken']}"})
        assert status == 200 and [p["Id"] for p in answer["UserPools"]] == [pool["Id"]]
    finally:
        guarded.stop()


def test_the_policy_decides_by_the_operations_rpc_name(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("api_keys:\n  reader: [ListUserPools]\n")
    server = HttpServer("--auth", "api-key", "--api-keys", f"{API_KEY}=reader",
                        "--policy-file", str(policy))
    try:
        key = {"x-api-key": API_KEY}
        assert post(server.url, BODY, {**LIST, **key}) == (200, {"UserPools": []})
        status, answer = post(server.url, json.dumps({"PoolName": "x"}).encode(),
                              {"X-Amz-Target": TARGET + "CreateUserPool", **key})
        assert status == 403 and answer["__type"] == "AccessDeniedException"
        assert "CreateUserPool" in answer["message"]
    finally:
        server.stop()
