"""App clients: Cognito's defaults, its semantic checks, update's reset, pages."""

from __future__ import annotations

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc

from cognito_grpc.engine import Engine, records
from cognito_grpc.engine.ops.clients import DEFAULT_EXPLICIT_AUTH_FLOWS, token_lifetimes
from tests.conftest import ServerProcess
from tests.engine.helpers import error_of


@pytest.fixture(scope="module")
def engine():
    engine = Engine()  # one per module: every test makes a pool of its own
    yield engine
    engine.close()


@pytest.fixture
def cognito(engine):
    return engine.client("us-east-1")


@pytest.fixture
def pool_id(cognito):
    return cognito.create_user_pool(PoolName="apps", Schema=[
        {"Name": "tier", "AttributeDataType": "String"}])["UserPool"]["Id"]


def create(cognito, pool_id, **extra) -> dict:
    return cognito.create_user_pool_client(UserPoolId=pool_id, ClientName="web",
                                           **extra)["UserPoolClient"]


def test_a_new_client_has_cognitos_defaults(cognito, pool_id):
    client = create(cognito, pool_id)
    assert len(client["ClientId"]) == 26 and client["ClientId"].isalnum()
    assert "ClientSecret" not in client
    expected = {"UserPoolId": pool_id, "ClientName": "web", "RefreshTokenValidity": 30,
                "TokenValidityUnits": {}, "AllowedOAuthFlowsUserPoolClient": False,
                "EnableTokenRevocation": True, "EnablePropagateAdditionalUserContextData": False,
                "AuthSessionValidity": 3, "ExplicitAuthFlows": list(DEFAULT_EXPLICIT_AUTH_FLOWS)}
    assert {k: client[k] for k in expected} == expected
    assert client["CreationDate"] == client["LastModifiedDate"]
    assert "AccessTokenValidity" not in client and "IdTokenValidity" not in client
    assert token_lifetimes(client) == {"AccessToken": 3600, "IdToken": 3600,
                                       "RefreshToken": 30 * 86400}


def test_the_stored_document_is_what_describe_answers(engine, cognito, pool_id):
    client = create(cognito, pool_id, GenerateSecret=True,
                    ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
    assert len(client["ClientSecret"]) == 51
    stored = records.app_client(engine.store.read(), client["ClientId"], pool_id)
    described = cognito.describe_user_pool_client(UserPoolId=pool_id,
                                                  ClientId=client["ClientId"])["UserPoolClient"]
    assert stored == described == client


def test_token_validities_with_units(cognito, pool_id):
    client = create(cognito, pool_id, AccessTokenValidity=30, IdTokenValidity=2,
                    RefreshTokenValidity=12,
                    TokenValidityUnits={"AccessToken": "minutes", "IdToken": "hours",
                                        "RefreshToken": "hours"})
    assert token_lifetimes(client) == {"AccessToken": 1800, "IdToken": 7200,
                                       "RefreshToken": 12 * 3600}
    assert create(cognito, pool_id, RefreshTokenValidity=0)["RefreshTokenValidity"] == 30
    code, message = error_of(lambda: create(cognito, pool_id, AccessTokenValidity=2,
                                            TokenValidityUnits={"AccessToken": "days"}))
    assert code == "InvalidParameterException" and "AccessTokenValidity" in message
    assert error_of(lambda: create(cognito, pool_id, AccessTokenValidity=4,
                                   TokenValidityUnits={"AccessToken": "minutes"}))[0] == \
        "InvalidParameterException"


def test_a_custom_secret_or_a_generated_one_never_both(cognito, pool_id):
    secret = "s3cr3t" * 5
    assert create(cognito, pool_id, ClientSecret=secret)["ClientSecret"] == secret
    assert error_of(lambda: create(cognito, pool_id, GenerateSecret=True, ClientSecret=secret)
                    )[0] == "InvalidParameterException"


@pytest.mark.parametrize("extra,word", [
    ({"ExplicitAuthFlows": ["ADMIN_NO_SRP_AUTH", "ALLOW_USER_SRP_AUTH"]}, "legacy"),
    ({"CallbackURLs": ["http://app.example.com/cb"]}, "HTTPS"),
    ({"CallbackURLs": ["https://app.example.com/cb#frag"]}, "fragment"),
    ({"CallbackURLs": ["https://a.example.com"], "DefaultRedirectURI": "https://b.example.com"},
     "DefaultRedirectURI"),
    ({"ReadAttributes": ["custom:nope"]}, "read attributes"),
    ({"WriteAttributes": ["sub"]}, "write attributes"),
    ({"SupportedIdentityProviders": ["COGNITO", "Google"]}, "Google does not exist"),
    ({"AllowedOAuthFlowsUserPoolClient": True, "AllowedOAuthScopes": ["openid"],
      "CallbackURLs": ["https://a.example.com"]}, "AllowedOAuthFlows"),
    ({"AllowedOAuthFlowsUserPoolClient": True, "AllowedOAuthFlows": ["code"],
      "CallbackURLs": ["https://a.example.com"]}, "AllowedOAuthScopes"),
    ({"AllowedOAuthFlowsUserPoolClient": True, "AllowedOAuthFlows": ["code"],
      "AllowedOAuthScopes": ["openid"]}, "CallbackURLs"),
    ({"EnablePropagateAdditionalUserContextData": True}, "client secret"),
])
def test_semantic_checks_are_invalid_parameter(cognito, pool_id, extra, word):
    code, message = error_of(lambda: create(cognito, pool_id, **extra))
    assert code == "InvalidParameterException" and word in message


def test_accepted_urls_flows_and_attributes(cognito, pool_id):
    client = create(cognito, pool_id, CallbackURLs=[
        "https://app.example.com/cb", "http://localhost:3000/cb", "http://127.0.0.1/cb",
        "myapp://example"], DefaultRedirectURI="http://localhost:3000/cb",
        ReadAttributes=["email", "custom:tier"], WriteAttributes=["email"],
        ExplicitAuthFlows=["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH"],
        AllowedOAuthFlowsUserPoolClient=True, AllowedOAuthFlows=["code", "implicit"],
        AllowedOAuthScopes=["openid", "email"], SupportedIdentityProviders=["COGNITO"])
    assert client["ReadAttributes"] == ["email", "custom:tier"]
    assert client["ExplicitAuthFlows"] == ["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH"]


def test_scopes_must_exist_and_client_credentials_rules(cognito, pool_id):
    assert error_of(lambda: create(cognito, pool_id, AllowedOAuthScopes=["api/read"])) == (
        "ScopeDoesNotExistException", "Invalid scope requested: api/read")
    cognito.create_resource_server(UserPoolId=pool_id, Identifier="api", Name="api",
                                   Scopes=[{"ScopeName": "read", "ScopeDescription": "r"}])
    m2m = dict(AllowedOAuthFlowsUserPoolClient=True, AllowedOAuthFlows=["client_credentials"],
               AllowedOAuthScopes=["api/read"])
    assert create(cognito, pool_id, GenerateSecret=True, **m2m)["AllowedOAuthScopes"] == [
        "api/read"]
    assert error_of(lambda: create(cognito, pool_id, **m2m))[0] == "InvalidOAuthFlowException"
    assert error_of(lambda: create(cognito, pool_id, GenerateSecret=True, **{
        **m2m, "AllowedOAuthScopes": ["openid"]})) == (
        "InvalidOAuthFlowException", "openid is not supported with client_credentials flow.")
    assert error_of(lambda: create(cognito, pool_id, GenerateSecret=True, **{
        **m2m, "AllowedOAuthFlows": ["client_credentials", "code"],
        "CallbackURLs": ["https://a.example.com"]}))[0] == "InvalidOAuthFlowException"


def test_a_client_may_name_the_pools_identity_providers(cognito, pool_id):
    cognito.create_identity_provider(UserPoolId=pool_id, ProviderName="corp",
                                     ProviderType="OIDC", ProviderDetails={
                                         "client_id": "c", "authorize_scopes": "openid",
                                         "oidc_issuer": "https://issuer.example.com"})
    assert create(cognito, pool_id, SupportedIdentityProviders=["COGNITO", "corp"])[
        "SupportedIdentityProviders"] == ["COGNITO", "corp"]


def test_update_replaces_settings_and_resets_what_it_leaves_out(cognito, pool_id):
    client = create(cognito, pool_id, GenerateSecret=True,
                    ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH"],
                    AccessTokenValidity=10, TokenValidityUnits={"AccessToken": "minutes"},
                    ReadAttributes=["email"])
    updated = cognito.update_user_pool_client(
        UserPoolId=pool_id, ClientId=client["ClientId"], RefreshTokenValidity=10,
        EnableTokenRevocation=False)["UserPoolClient"]
    assert updated["ClientName"] == "web" and updated["ClientSecret"] == client["ClientSecret"]
    assert updated["CreationDate"] == client["CreationDate"]
    assert updated["RefreshTokenValidity"] == 10 and updated["EnableTokenRevocation"] is False
    assert updated["ExplicitAuthFlows"] == list(DEFAULT_EXPLICIT_AUTH_FLOWS)
    assert "AccessTokenValidity" not in updated and "ReadAttributes" not in updated
    assert updated["TokenValidityUnits"] == {}
    renamed = cognito.update_user_pool_client(UserPoolId=pool_id, ClientId=client["ClientId"],
                                              ClientName="renamed")["UserPoolClient"]
    assert renamed["ClientName"] == "renamed"
    assert cognito.describe_user_pool_client(UserPoolId=pool_id, ClientId=client["ClientId"])[
        "UserPoolClient"] == renamed
    assert error_of(lambda: cognito.update_user_pool_client(
        UserPoolId=pool_id, ClientId=client["ClientId"],
        CallbackURLs=["http://example.com"]))[0] == "InvalidParameterException"


def test_unknown_clients_and_pools(cognito, pool_id):
    other = cognito.create_user_pool(PoolName="other")["UserPool"]["Id"]
    client_id = create(cognito, pool_id)["ClientId"]
    for call in (lambda: cognito.describe_user_pool_client(UserPoolId=other,
                                                           ClientId=client_id),
                 lambda: cognito.update_user_pool_client(UserPoolId=other, ClientId=client_id),
                 lambda: cognito.delete_user_pool_client(UserPoolId=other, ClientId=client_id)):
        assert error_of(call) == ("ResourceNotFoundException",
                                  f"User pool client {client_id} does not exist.")
    assert error_of(lambda: cognito.describe_user_pool_client(
        UserPoolId="us-east-1_missing", ClientId=client_id)) == (
        "ResourceNotFoundException", "User pool us-east-1_missing does not exist.")
    assert error_of(lambda: cognito.list_user_pool_clients(UserPoolId="us-east-1_missing"))[
        0] == "ResourceNotFoundException"


def test_delete_then_not_found(cognito, pool_id):
    client_id = create(cognito, pool_id)["ClientId"]
    cognito.delete_user_pool_client(UserPoolId=pool_id, ClientId=client_id)
    assert error_of(lambda: cognito.describe_user_pool_client(
        UserPoolId=pool_id, ClientId=client_id))[0] == "ResourceNotFoundException"
    assert cognito.list_user_pool_clients(UserPoolId=pool_id)["UserPoolClients"] == []


def test_list_pages_through_every_client_once(cognito, pool_id):
    made = {create(cognito, pool_id)["ClientId"] for _ in range(7)}
    seen, token = [], None
    while True:
        params = {"UserPoolId": pool_id, "MaxResults": 3, **({"NextToken": token} if token
                                                           else {})}
        page = cognito.list_user_pool_clients(**params)
        assert len(page["UserPoolClients"]) <= 3
        for entry in page["UserPoolClients"]:
            assert entry == {"ClientId": entry["ClientId"], "UserPoolId": pool_id,
                             "ClientName": "web"}
            seen.append(entry["ClientId"])
        token = page.get("NextToken")
        if not token:
            break
    assert sorted(seen) == sorted(made) and len(seen) == 7
    assert cognito.list_user_pool_clients(UserPoolId=pool_id, ClientType="DCR")[
        "UserPoolClients"] == []


def test_through_the_server_the_secret_and_defaults_arrive():
    server = ServerProcess()
    channel = grpc.insecure_channel(server.address)
    try:
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
        pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="a")).user_pool
        client = stub.CreateUserPoolClient(messages_pb2.CreateUserPoolClientRequest(
            user_pool_id=pool.id, client_name="web", generate_secret=True)).user_pool_client
        assert len(client.client_id) == 26 and len(client.client_secret) == 51
        assert client.refresh_token_validity == 30 and client.auth_session_validity == 3
        assert len(client.explicit_auth_flows) == 3
        described = stub.DescribeUserPoolClient(messages_pb2.DescribeUserPoolClientRequest(
            user_pool_id=pool.id, client_id=client.client_id)).user_pool_client
        assert described == client
        with pytest.raises(grpc.RpcError) as raised:
            stub.CreateUserPoolClient(messages_pb2.CreateUserPoolClientRequest(
                user_pool_id=pool.id, client_name="web",
                callback_urls=["http://example.com"]))
        assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
        assert "HTTPS" in raised.value.details()
    finally:
        channel.close()
        server.stop()


@pytest.mark.parametrize("url", ["http://[oops/cb", "https://a.example.com:notaport/",
                                 "https://a.example.com:99999/", "https://", "no-scheme"])
def test_a_url_python_cannot_parse_is_invalid_parameter_not_a_crash(cognito, pool_id, url):
    code, message = error_of(lambda: create(cognito, pool_id, CallbackURLs=[url]))
    assert code == "InvalidParameterException" and url in message
