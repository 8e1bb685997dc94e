"""Tags on user pools by ARN: TagResource, UntagResource, ListTagsForResource."""

from __future__ import annotations

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc

from cognito_grpc.engine import Engine
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.engine.helpers import error_of


@pytest.fixture(scope="module")
def engine():
    engine = Engine()
    yield engine
    engine.close()


@pytest.fixture
def cognito(engine):
    return engine.client("us-east-1")


@pytest.fixture
def pool(cognito):
    return cognito.create_user_pool(PoolName="tagged", UserPoolTags={"team": "id"})["UserPool"]


def test_tags_given_at_creation_are_listed(cognito, pool):
    assert cognito.list_tags_for_resource(ResourceArn=pool["Arn"])["Tags"] == {"team": "id"}


def test_tag_adds_and_overwrites_untag_removes_and_the_pool_shows_them(cognito, pool):
    cognito.tag_resource(ResourceArn=pool["Arn"], Tags={"env": "dev", "team": "auth"})
    assert cognito.list_tags_for_resource(ResourceArn=pool["Arn"])["Tags"] == {
        "team": "auth", "env": "dev"}
    cognito.untag_resource(ResourceArn=pool["Arn"], TagKeys=["team", "not-there"])
    assert cognito.list_tags_for_resource(ResourceArn=pool["Arn"])["Tags"] == {"env": "dev"}
    assert cognito.describe_user_pool(UserPoolId=pool["Id"])["UserPool"]["UserPoolTags"] == {
        "env": "dev"}


def test_an_untagged_pool_lists_no_tags(cognito):
    arn = cognito.create_user_pool(PoolName="bare")["UserPool"]["Arn"]
    assert cognito.list_tags_for_resource(ResourceArn=arn)["Tags"] == {}


def test_at_most_fifty_tags(cognito, pool):
    cognito.tag_resource(ResourceArn=pool["Arn"], Tags={f"k{i}": "v" for i in range(49)})
    code, message = error_of(lambda: cognito.tag_resource(ResourceArn=pool["Arn"],
                                                          Tags={"one-more": "v"}))
    assert code == "InvalidParameterException" and "50" in message
    assert len(cognito.list_tags_for_resource(ResourceArn=pool["Arn"])["Tags"]) == 50


@pytest.mark.parametrize("change", [
    lambda arn, pool_id: arn.replace(pool_id, "us-east-1_missing"),
    lambda arn, pool_id: arn.replace(":123456789012:", ":999999999999:"),
    lambda arn, pool_id: arn.replace("userpool/", "identitypool/"),
])
def test_an_arn_of_no_pool_here_is_resource_not_found(cognito, pool, change):
    arn = change(pool["Arn"], pool["Id"])
    for call in (lambda: cognito.list_tags_for_resource(ResourceArn=arn),
                 lambda: cognito.tag_resource(ResourceArn=arn, Tags={"a": "b"}),
                 lambda: cognito.untag_resource(ResourceArn=arn, TagKeys=["a"])):
        assert error_of(call) == ("ResourceNotFoundException", f"Resource {arn} does not exist.")


def test_a_pool_is_tagged_only_through_its_own_region(engine, pool):
    code, _ = error_of(lambda: engine.client("eu-west-1").list_tags_for_resource(
        ResourceArn=pool["Arn"]))
    assert code == "ResourceNotFoundException"


def test_through_the_server_tags_round_trip_and_an_unknown_arn_is_not_found():
    server = ServerProcess()
    client = boto3_compat.client(server.address, region_name="us-east-1")
    try:
        pool = client.create_user_pool(PoolName="t")["UserPool"]
        client.tag_resource(ResourceArn=pool["Arn"], Tags={"env": "dev"})
        assert client.list_tags_for_resource(ResourceArn=pool["Arn"])["Tags"] == {"env": "dev"}
        client.untag_resource(ResourceArn=pool["Arn"], TagKeys=["env"])
        assert not client.list_tags_for_resource(ResourceArn=pool["Arn"]).get("Tags")
        channel = grpc.insecure_channel(server.address)
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
        with pytest.raises(grpc.RpcError) as raised:
            stub.ListTagsForResource(messages_pb2.ListTagsForResourceRequest(
                resource_arn=pool["Arn"].replace(pool["Id"], "us-east-1_missing")))
        channel.close()
        assert raised.value.code() is grpc.StatusCode.NOT_FOUND
    finally:
        client.close()
        server.stop()
