"""A real `cognito-grpc serve --http-listen` process, and boto3 pointed at its listener."""

from __future__ import annotations

import boto3
import botocore.config
import pytest

from tests.clients.test_boto3_dropin import PASSWORD
from tests.conftest import ServerProcess, free_port

API_KEY = "http-test-key-0123456789"


def sign_in_alice(cognito, pool_name: str) -> tuple[dict, dict, dict]:
    """A pool, an app client and alice (confirmed) over HTTP; her AuthenticationResult."""
    pool = cognito.create_user_pool(PoolName=pool_name)["UserPool"]
    app = cognito.create_user_pool_client(
        UserPoolId=pool["Id"], ClientName="app",
        ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
    )["UserPoolClient"]
    cognito.admin_create_user(UserPoolId=pool["Id"], Username="alice",
                              MessageAction="SUPPRESS")
    cognito.admin_set_user_password(UserPoolId=pool["Id"], Username="alice",
                                    Password=PASSWORD, Permanent=True)
    tokens = cognito.admin_initiate_auth(
        UserPoolId=pool["Id"], ClientId=app["ClientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD})["AuthenticationResult"]
    return pool, app, tokens


class HttpServer(ServerProcess):
    def __init__(self, *args: str):
        self.http_port = free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        super().__init__("--http-listen", f"127.0.0.1:{self.http_port}", *args)

    def boto3(self, **config):
        return boto3.client(
            "cognito-idp", endpoint_url=self.url, region_name="us-east-1",
            aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="dummy-secret",
            config=botocore.config.Config(retries={"max_attempts": 1}, **config))


@pytest.fixture(scope="session")
def http_server():
    server = HttpServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def keyed_server():
    server = HttpServer("--auth", "api-key", "--api-keys", f"{API_KEY}=tester")
    yield server
    server.stop()
