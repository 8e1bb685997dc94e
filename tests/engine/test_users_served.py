"""Users and groups through a real server on the embedded engine, with an on-disk data dir:
the gRPC shapes, the error statuses, and state that outlives a restart."""

from __future__ import annotations

import contextlib

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc

from cognito_grpc_client import codec, error_info
from tests.conftest import ServerProcess


@contextlib.contextmanager
def serving(data_dir):
    server = ServerProcess("--data-dir", str(data_dir))
    channel = grpc.insecure_channel(server.address)
    stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)

    def call(operation: str, **params) -> dict:
        request = codec.from_aws(getattr(messages_pb2, f"{operation}Request"), params)
        return codec.to_aws(getattr(stub, operation)(request, timeout=30))
    try:
        yield call
    finally:
        channel.close()
        server.stop()


def failure(call, operation: str, **params) -> tuple[grpc.StatusCode, str, str]:
    with pytest.raises(grpc.RpcError) as raised:
        call(operation, **params)
    info = error_info(raised.value)
    return raised.value.code(), info.reason, info.metadata["awsErrorCode"]


def test_users_and_groups_through_the_server(tmp_path):
    with serving(tmp_path) as call:
        pool_id = call("CreateUserPool", PoolName="served")["UserPool"]["Id"]
        user = call("AdminCreateUser", UserPoolId=pool_id, Username="alice",
                    MessageAction="SUPPRESS",
                    UserAttributes=[{"Name": "email", "Value": "alice@example.com"}])["User"]
        assert user["UserStatus"] == "FORCE_CHANGE_PASSWORD" and user["Enabled"] is True
        got = call("AdminGetUser", UserPoolId=pool_id, Username="alice")
        assert got["UserAttributes"] == user["Attributes"]
        call("AdminCreateUser", UserPoolId=pool_id, Username="bob", MessageAction="SUPPRESS")
        listed = call("ListUsers", UserPoolId=pool_id, Filter='email ^= "alice"')
        assert [u["Username"] for u in listed["Users"]] == ["alice"]
        call("CreateGroup", UserPoolId=pool_id, GroupName="admins", Precedence=2)
        call("AdminAddUserToGroup", UserPoolId=pool_id, Username="bob", GroupName="admins")
        assert failure(call, "AdminCreateUser", UserPoolId=pool_id, Username="alice") == (
            grpc.StatusCode.ALREADY_EXISTS, "USERNAME_EXISTS", "UsernameExistsException")
        assert failure(call, "ListUsers", UserPoolId=pool_id, Filter="nonsense") == (
            grpc.StatusCode.INVALID_ARGUMENT, "INVALID_PARAMETER", "InvalidParameterException")
        assert failure(call, "AdminGetUser", UserPoolId=pool_id, Username="ghost") == (
            grpc.StatusCode.NOT_FOUND, "USER_NOT_FOUND", "UserNotFoundException")
        assert failure(call, "AdminCreateUser",
                       UserPoolId=pool_id, Username="carol",
                       UserAttributes=[{"Name": "shoe_size", "Value": "9"}])[0] == \
            grpc.StatusCode.INVALID_ARGUMENT
    with serving(tmp_path) as call:  # a restart keeps every user, group and membership
        page = call("ListUsersInGroup", UserPoolId=pool_id, GroupName="admins")
        assert [u["Username"] for u in page["Users"]] == ["bob"]
        assert call("AdminGetUser", UserPoolId=pool_id, Username="alice")["Username"] == "alice"
