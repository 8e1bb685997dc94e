"""Whatever the input quotes back (emoji, NUL, 100 KB strings), the caller receives the
server's own status code: never RESOURCE_EXHAUSTED from trailers grpc could not take."""

from __future__ import annotations

import uuid

import grpc
import pytest
from cognito.idp.v1 import messages_pb2 as m

from cognito_grpc_client import error_info

TEXTS = {"emoji": "\U0001F600" * 1000, "nul": "a\x00b" * 3000, "100kB": "x" * 100_000,
         "mixed": "é%😀\x00\x7f" * 4000}


@pytest.fixture(scope="module")
def pool_id(stub):
    return stub.CreateUserPool(m.CreateUserPoolRequest(pool_name="statuses")).user_pool.id


CALLS = {
    "DescribeUserPool": lambda t, p: m.DescribeUserPoolRequest(user_pool_id=t),
    "ListUsers": lambda t, p: m.ListUsersRequest(user_pool_id=t),
    "DescribeUserPoolClient": lambda t, p: m.DescribeUserPoolClientRequest(
        user_pool_id=p, client_id=t),
    "GetGroup": lambda t, p: m.GetGroupRequest(user_pool_id=p, group_name=t),
    "AdminGetUser": lambda t, p: m.AdminGetUserRequest(user_pool_id=p, username=t),
    "DescribeIdentityProvider": lambda t, p: m.DescribeIdentityProviderRequest(
        user_pool_id=p, provider_name=t),
}


@pytest.mark.parametrize("text", sorted(TEXTS))
@pytest.mark.parametrize("rpc", sorted(CALLS))
def test_the_client_gets_the_servers_code(server, stub, pool_id, rpc, text):
    request_id = uuid.uuid4().hex
    with pytest.raises(grpc.RpcError) as raised:
        getattr(stub, rpc)(CALLS[rpc](TEXTS[text], pool_id), timeout=30,
                           metadata=(("x-request-id", request_id),))
    code = raised.value.code()
    assert code in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.INVALID_ARGUMENT), \
        raised.value.details()
    assert server.logged(request_id)["grpc_code"] == code.name  # what the server sent
    assert error_info(raised.value) is not None  # the details arrived and match the code
