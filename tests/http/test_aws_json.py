"""boto3 with endpoint_url at --http-listen: the AWS JSON 1.1 protocol against the engine,
sharing its state with the gRPC API."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request

import botocore.exceptions
import pytest

from cognito_grpc_client import boto3_compat
from tests.clients.test_boto3_dropin import user_directory_story
from tests.http.conftest import API_KEY, sign_in_alice

TARGET = "AWSCognitoIdentityProviderService."


def post(url: str, body: bytes, headers: dict) -> tuple[int, dict]:
    request = urllib.request.Request(url + "/", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_boto3_story_over_http_reads_as_over_grpc(http_server):
    over_http = user_directory_story(http_server.boto3())
    over_grpc = user_directory_story(
        boto3_compat.client(http_server.address, region_name="us-east-1"))
    assert over_http == over_grpc


def test_the_clients_story_over_http_reads_as_over_grpc(http_server):
    from tests.clients.test_boto3_story import story

    over_http = story(http_server.boto3())
    compat = boto3_compat.client(http_server.address, region_name="us-east-1")
    try:
        over_grpc = story(compat)
    finally:
        compat.close()
    assert [label for label, _ in over_http] == [label for label, _ in over_grpc]
    for (label, got), (_, expected) in zip(over_http, over_grpc):
        assert got == expected, label


def test_a_pool_made_over_http_is_the_pool_grpc_serves(http_server):
    cognito = http_server.boto3()
    pool, app, tokens = sign_in_alice(cognito, "shared")
    assert isinstance(pool["CreationDate"].year, int)  # an epoch number, parsed by botocore
    assert tokens["TokenType"] == "Bearer"

    grpc_side = boto3_compat.client(http_server.address, region_name="us-east-1")
    assert grpc_side.describe_user_pool(UserPoolId=pool["Id"])["UserPool"]["Name"] == "shared"
    user = grpc_side.admin_get_user(UserPoolId=pool["Id"], Username="alice")
    assert user["UserStatus"] == "CONFIRMED"
    assert grpc_side.get_user(AccessToken=tokens["AccessToken"])["Username"] == "alice"


def test_cognito_errors_are_boto3_exceptions_with_their_codes(http_server):
    cognito = http_server.boto3()
    pool = cognito.create_user_pool(PoolName="errors")["UserPool"]
    with pytest.raises(cognito.exceptions.UserNotFoundException) as missing:
        cognito.admin_get_user(UserPoolId=pool["Id"], Username="nobody")
    assert missing.value.response["Error"]["Message"] == "User does not exist."
    assert missing.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    with pytest.raises(cognito.exceptions.ResourceNotFoundException):
        cognito.describe_user_pool(UserPoolId="us-east-1_nope0000")
    cognito.admin_create_user(UserPoolId=pool["Id"], Username="dup", MessageAction="SUPPRESS")
    with pytest.raises(cognito.exceptions.UsernameExistsException):
        cognito.admin_create_user(UserPoolId=pool["Id"], Username="dup",
                                  MessageAction="SUPPRESS")


def test_the_engine_validates_what_boto3_did_not(http_server):
    # a raw body, past boto3's own checks: the engine's model-driven validation answers
    status, body = post(http_server.url, json.dumps({"PoolName": ""}).encode(),
                        {"X-Amz-Target": TARGET + "CreateUserPool",
                         "Content-Type": "application/x-amz-json-1.1"})
    assert status == 400 and body["__type"] == "InvalidParameterException", body


@pytest.mark.parametrize("body, headers, code", [
    (b"{}", {}, "MissingTargetException"),
    (b"{}", {"X-Amz-Target": TARGET + "NoSuchOperation"}, "UnknownOperationException"),
    (b"{}", {"X-Amz-Target": "AmazonS3.ListBuckets"}, "UnknownOperationException"),
    (b"{not json", {"X-Amz-Target": TARGET + "ListUserPools"}, "SerializationException"),
    (b"[1]", {"X-Amz-Target": TARGET + "ListUserPools"}, "SerializationException"),
])
def test_protocol_errors_are_aws_style_400s(http_server, body, headers, code):
    status, answer = post(http_server.url, body, headers)
    assert (status, answer["__type"]) == (400, code), answer
    assert answer["message"]


def test_a_body_over_max_message_bytes_is_refused_unread(http_server):
    # only the headers are sent: the answer comes without the server waiting for the body
    connection = http.client.HTTPConnection("127.0.0.1", http_server.http_port, timeout=10)
    connection.putrequest("POST", "/")
    connection.putheader("X-Amz-Target", TARGET + "ListUserPools")
    connection.putheader("Content-Length", str(4 * 1024 * 1024 + 1))
    connection.endheaders()
    answer = connection.getresponse()
    assert answer.status == 413
    assert json.loads(answer.read())["__type"] == "RequestEntityTooLargeException"
    connection.close()


def test_api_key_auth_applies_over_http(keyed_server):
    headers = {"X-Amz-Target": TARGET + "ListUserPools"}
    body = json.dumps({"MaxResults": 10}).encode()
    status, answer = post(keyed_server.url, body, headers)
    assert status == 401 and answer["__type"] == "UnrecognizedClientException", answer
    assert API_KEY not in json.dumps(answer)
    status, answer = post(keyed_server.url, body, {**headers, "x-api-key": "wrong-key-0123456789"})
    assert status == 401 and answer["message"] == "invalid API key"
    assert post(keyed_server.url, body, {**headers, "x-api-key": API_KEY}) == \
        (200, {"UserPools": []})
    assert post(keyed_server.url, body, {**headers, "Authorization": f"Bearer {API_KEY}"}) == \
        (200, {"UserPools": []})
    # boto3 signs with SigV4: the signature is no credential of ours
    with pytest.raises(botocore.exceptions.ClientError) as refused:
        keyed_server.boto3().list_user_pools(MaxResults=10)
    assert refused.value.response["Error"]["Code"] == "UnrecognizedClientException"


@pytest.mark.parametrize("operation, params", [
    ("CreateUserPool", {"PoolName": "x", "NoSuchMember": 1}),
    ("CreateUserPool", {"PoolName": 5}),
    ("CreateUserPool", {"PoolName": "x", "Policies": "not a structure"}),
    ("AdminGetUser", {}),
    ("ListUserPools", {"MaxResults": "ten"}),
    ("AdminCreateUser", {"UserPoolId": "us-east-1_abc", "Username": "u",
                         "UserAttributes": [{"Name": 1}]}),
])
def test_hostile_bodies_are_cognito_400s_never_500s(http_server, operation, params):
    status, answer = post(http_server.url, json.dumps(params).encode(),
                          {"X-Amz-Target": TARGET + operation})
    assert status == 400, answer
    assert answer["__type"] in ("InvalidParameterException", "SerializationException",
                                "ResourceNotFoundException"), answer


def test_a_mistyped_password_is_not_quoted_back(http_server):
    status, answer = post(http_server.url, json.dumps(
        {"UserPoolId": "us-east-1_abc", "Username": "u", "Password": ["s3cret-value"],
         "Permanent": True}).encode(), {"X-Amz-Target": TARGET + "AdminSetUserPassword"})
    assert (status, answer) == (400, {"__type": "SerializationException",
                                      "message": "Invalid type for Password"})


def test_a_known_path_with_another_method_is_a_405(http_server):
    request = urllib.request.Request(http_server.url + "/", method="GET")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405
    assert json.loads(refused.value.read())["__type"] == "MethodNotAllowedException"


def test_other_backends_answer_through_the_same_door_without_jwks():
    from tests.http.conftest import HttpServer

    server = HttpServer("--backend", "moto")
    try:
        cognito = server.boto3()
        pool = cognito.create_user_pool(PoolName="on-moto")["UserPool"]
        grpc_side = boto3_compat.client(server.address, region_name="us-east-1")
        assert grpc_side.describe_user_pool(UserPoolId=pool["Id"])["UserPool"]["Name"] == \
            "on-moto"
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{server.url}/{pool['Id']}/.well-known/jwks.json",
                                   timeout=10)
        assert missing.value.code == 404
        assert "embedded" in json.loads(missing.value.read())["message"]
    finally:
        server.stop()


def test_the_log_names_the_operation_and_never_a_credential(http_server):
    post(http_server.url, b"{}", {"X-Amz-Target": TARGET + "ListUserPools",
                                  "x-api-key": "never-logged-0123456789"})

    def logged():
        lines = [line for line in http_server.logs().splitlines()
                 if '"operation": "ListUserPools"' in line]
        assert lines, "no http line for ListUserPools"
    from tests.conftest import eventually
    eventually(logged)
    assert "never-logged-0123456789" not in http_server.logs()


def test_answers_do_not_wait_for_a_delayed_ack(http_server):
    """Headers and body leave in two writes; with Nagle on, each answer waited ~40 ms for the
    client's delayed ACK (44 ms p50 on AdminGetUser, against 1.2 ms without)."""
    import statistics
    import time

    cognito = http_server.boto3()
    pool = cognito.create_user_pool(PoolName="latency")["UserPool"]["Id"]
    cognito.admin_create_user(UserPoolId=pool, Username="u", MessageAction="SUPPRESS")
    timings = []
    for _ in range(21):
        started = time.perf_counter()
        cognito.admin_get_user(UserPoolId=pool, Username="u")
        timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.03, timings
