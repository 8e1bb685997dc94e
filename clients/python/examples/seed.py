"""The seed scenario with the generated stubs: pool, app client, user, permanent password,
ADMIN_USER_PASSWORD_AUTH, then print the ID token's `sub`.

    python clients/python/examples/seed.py [127.0.0.1:50051]
"""

from __future__ import annotations

import base64
import json
import os
import sys

from cognito.idp.v1 import enums_pb2, messages_pb2

from cognito_grpc_client import connect


def id_token_sub(id_token: str) -> str:
    payload = id_token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["sub"]


def seed(address: str) -> str:
    with connect(address, timeout=10) as cognito:
        pool = cognito.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="seed"))
        pool_id = pool.user_pool.id
        app = cognito.CreateUserPoolClient(messages_pb2.CreateUserPoolClientRequest(
            user_pool_id=pool_id, client_name="seed-app",
            explicit_auth_flows=[enums_pb2.EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_ADMIN_USER_PASSWORD_AUTH,
                                 enums_pb2.EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_REFRESH_TOKEN_AUTH]))
        cognito.AdminCreateUser(messages_pb2.AdminCreateUserRequest(
            user_pool_id=pool_id, username="alice",
            message_action=enums_pb2.MESSAGE_ACTION_TYPE_SUPPRESS))
        cognito.AdminSetUserPassword(messages_pb2.AdminSetUserPasswordRequest(
            user_pool_id=pool_id, username="alice", password="Corr3ct-Horse!", permanent=True))
        auth = cognito.AdminInitiateAuth(messages_pb2.AdminInitiateAuthRequest(
            user_pool_id=pool_id, client_id=app.user_pool_client.client_id,
            auth_flow=enums_pb2.AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH,
            auth_parameters={"USERNAME": "alice", "PASSWORD": "Corr3ct-Horse!"}))
        return id_token_sub(auth.authentication_result.id_token)


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("COGNITO_GRPC_ADDRESS",
                                                                  "127.0.0.1:50051")
    print(seed(target))
