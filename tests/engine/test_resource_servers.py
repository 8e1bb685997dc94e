"""Resource servers: Cognito's semantics, directly and through a real server."""

from __future__ import annotations

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc

from cognito_grpc.engine import Engine
from cognito_grpc.engine.ops.resource_servers import MAX_RESOURCE_SERVERS
from cognito_grpc_client import error_info
from tests.conftest import ServerProcess
from tests.engine.helpers import error_of


@pytest.fixture(scope="module")
def cognito():
    engine = Engine()  # one per module: every test makes a pool of its own
    yield engine.client("us-east-1")
    engine.close()


@pytest.fixture
def pool_id(cognito):
    return cognito.create_user_pool(PoolName="rs")["UserPool"]["Id"]


SCOPES = [{"ScopeName": "read", "ScopeDescription": "read things"},
          {"ScopeName": "write", "ScopeDescription": "write things"}]


def test_create_answers_the_resource_server_as_cognito(cognito, pool_id):
    created = cognito.create_resource_server(UserPoolId=pool_id, Identifier="https://api",
                                             Name="api", Scopes=SCOPES)["ResourceServer"]
    assert created == {"UserPoolId": pool_id, "Identifier": "https://api", "Name": "api",
                       "Scopes": SCOPES}
    bare = cognito.create_resource_server(UserPoolId=pool_id, Identifier="bare",
                                          Name="bare")["ResourceServer"]
    assert bare["Scopes"] == []


def test_update_replaces_name_and_scopes_and_an_omitted_scopes_is_reset(cognito, pool_id):
    cognito.create_resource_server(UserPoolId=pool_id, Identifier="api", Name="api",
                                   Scopes=SCOPES)
    updated = cognito.update_resource_server(UserPoolId=pool_id, Identifier="api",
                                             Name="v2", Scopes=SCOPES[:1])["ResourceServer"]
    assert updated["Name"] == "v2" and updated["Scopes"] == SCOPES[:1]
    reset = cognito.update_resource_server(UserPoolId=pool_id, Identifier="api",
                                           Name="v3")["ResourceServer"]
    assert reset["Scopes"] == []
    assert cognito.describe_resource_server(UserPoolId=pool_id, Identifier="api")[
        "ResourceServer"] == reset


def test_errors_as_cognito_words_them(cognito, pool_id):
    cognito.create_resource_server(UserPoolId=pool_id, Identifier="api", Name="api")
    assert error_of(lambda: cognito.create_resource_server(
        UserPoolId=pool_id, Identifier="api", Name="again")) == (
        "InvalidParameterException", f"api already exists in user pool {pool_id}.")
    assert error_of(lambda: cognito.describe_resource_server(
        UserPoolId=pool_id, Identifier="nope")) == (
        "ResourceNotFoundException", "Resource server nope does not exist.")
    code, message = error_of(lambda: cognito.create_resource_server(
        UserPoolId=pool_id, Identifier="dup", Name="dup", Scopes=SCOPES + SCOPES[:1]))
    assert code == "InvalidParameterException" and "unique" in message


def test_listing_a_pool_that_does_not_exist_is_not_found_not_a_crash(cognito):
    # moto answers this with INTERNAL (a KeyError); Cognito with ResourceNotFoundException.
    assert error_of(lambda: cognito.list_resource_servers(
        UserPoolId="us-east-1_missing", MaxResults=10)) == (
        "ResourceNotFoundException", "User pool us-east-1_missing does not exist.")


def test_a_pool_holds_at_most_cognitos_quota(cognito, pool_id):
    for i in range(MAX_RESOURCE_SERVERS):
        cognito.create_resource_server(UserPoolId=pool_id, Identifier=f"api{i}", Name="n")
    code, _ = error_of(lambda: cognito.create_resource_server(
        UserPoolId=pool_id, Identifier="one-more", Name="n"))
    assert code == "LimitExceededException"
    listed = cognito.list_resource_servers(UserPoolId=pool_id, MaxResults=50)
    assert len(listed["ResourceServers"]) == MAX_RESOURCE_SERVERS and "NextToken" not in listed


def test_through_the_server_pages_and_not_found():
    server = ServerProcess()
    channel = grpc.insecure_channel(server.address)
    try:
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
        pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="rs")).user_pool
        for name in ("a", "b", "c"):
            stub.CreateResourceServer(messages_pb2.CreateResourceServerRequest(
                user_pool_id=pool.id, identifier=name, name=name))
        first = stub.ListResourceServers(messages_pb2.ListResourceServersRequest(
            user_pool_id=pool.id, max_results=2))
        second = stub.ListResourceServers(messages_pb2.ListResourceServersRequest(
            user_pool_id=pool.id, max_results=2, next_token=first.next_token))
        assert [r.identifier for r in first.resource_servers] == ["a", "b"]
        assert [r.identifier for r in second.resource_servers] == ["c"]
        assert not second.next_token
        with pytest.raises(grpc.RpcError) as raised:
            stub.ListResourceServers(messages_pb2.ListResourceServersRequest(
                user_pool_id="us-east-1_missing", max_results=2))
        assert raised.value.code() is grpc.StatusCode.NOT_FOUND
        assert error_info(raised.value).reason == "RESOURCE_NOT_FOUND"
    finally:
        channel.close()
        server.stop()
