"""Identity providers: ProviderDetails per type, identifiers, mappings, errors."""

from __future__ import annotations

import pytest

from cognito_grpc.engine import Engine
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.engine.helpers import error_of

OIDC = {"client_id": "abc", "authorize_scopes": "openid email",
        "oidc_issuer": "https://issuer.example.com"}
SAML = {"MetadataURL": "https://idp.example.com/metadata"}
GOOGLE = {"client_id": "g.apps.googleusercontent.com", "client_secret": "s",
          "authorize_scopes": "email profile openid"}
APPLE = {"client_id": "com.example", "team_id": "T", "key_id": "K", "private_key": "PK",
         "authorize_scopes": "email name"}


@pytest.fixture(scope="module")
def cognito():
    engine = Engine()  # one per module: every test makes a pool of its own
    yield engine.client("us-east-1")
    engine.close()


@pytest.fixture
def pool_id(cognito):
    return cognito.create_user_pool(PoolName="idp")["UserPool"]["Id"]


def test_an_oidc_provider_is_kept_as_given_with_the_default_username_mapping(cognito, pool_id):
    created = cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="corp", ProviderType="OIDC",
        ProviderDetails=OIDC)["IdentityProvider"]
    assert created["ProviderDetails"] == OIDC
    assert created["AttributeMapping"] == {"username": "sub"}
    assert created["CreationDate"] == created["LastModifiedDate"]
    assert cognito.describe_identity_provider(UserPoolId=pool_id, ProviderName="corp")[
        "IdentityProvider"]["CreationDate"] == created["CreationDate"]


def test_a_given_attribute_mapping_is_kept(cognito, pool_id):
    created = cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="corp", ProviderType="OIDC", ProviderDetails=OIDC,
        AttributeMapping={"email": "mail", "username": "sub"})["IdentityProvider"]
    assert created["AttributeMapping"] == {"email": "mail", "username": "sub"}


@pytest.mark.parametrize("provider_type,details,missing", [
    ("OIDC", {"client_id": "a", "authorize_scopes": "openid"}, "oidc_issuer"),
    ("OIDC", {"oidc_issuer": "https://i.example.com", "authorize_scopes": "openid"},
     "client_id"),
    ("Google", {"client_id": "a", "authorize_scopes": "email"}, "client_secret"),
    ("Facebook", {"client_id": "a", "client_secret": "b"}, "authorize_scopes"),
    ("LoginWithAmazon", {"client_secret": "b", "authorize_scopes": "profile"}, "client_id"),
    ("SignInWithApple", {"client_id": "a", "authorize_scopes": "email"}, "team_id"),
])
def test_provider_details_each_type_needs(cognito, pool_id, provider_type, details, missing):
    name = "corp" if provider_type == "OIDC" else provider_type
    code, message = error_of(lambda: cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName=name, ProviderType=provider_type,
        ProviderDetails=details))
    assert code == "InvalidParameterException" and missing in message


def test_saml_needs_a_metadata_url_or_file_and_not_both(cognito, pool_id):
    for details in ({}, {**SAML, "MetadataFile": "<xml/>"}):
        code, message = error_of(lambda: cognito.create_identity_provider(
            UserPoolId=pool_id, ProviderName="saml", ProviderType="SAML",
            ProviderDetails=details))
        assert code == "InvalidParameterException" and "Metadata" in message
    created = cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="saml", ProviderType="SAML",
        ProviderDetails=SAML)["IdentityProvider"]
    assert created["ProviderDetails"] == SAML and created["AttributeMapping"] == {}


def test_social_providers_carry_their_endpoints_and_never_show_a_private_key(cognito, pool_id):
    google = cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="Google", ProviderType="Google",
        ProviderDetails=GOOGLE)["IdentityProvider"]
    assert google["ProviderDetails"]["authorize_url"] == \
        "https://accounts.google.com/o/oauth2/v2/auth"
    assert google["ProviderDetails"]["client_secret"] == "s"
    apple = cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="SignInWithApple", ProviderType="SignInWithApple",
        ProviderDetails=APPLE)["IdentityProvider"]
    assert "private_key" not in apple["ProviderDetails"]
    assert apple["ProviderDetails"]["team_id"] == "T"
    assert "private_key" not in cognito.describe_identity_provider(
        UserPoolId=pool_id, ProviderName="SignInWithApple")["IdentityProvider"][
        "ProviderDetails"]


def test_a_social_provider_is_named_after_its_type(cognito, pool_id):
    code, message = error_of(lambda: cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="MyGoogle", ProviderType="Google",
        ProviderDetails=GOOGLE))
    assert code == "InvalidParameterException" and "must be Google" in message


def test_duplicate_names_and_identifiers_are_duplicate_provider(cognito, pool_id):
    cognito.create_identity_provider(UserPoolId=pool_id, ProviderName="corp",
                                     ProviderType="OIDC", ProviderDetails=OIDC,
                                     IdpIdentifiers=["corp.example.com"])
    assert error_of(lambda: cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="corp", ProviderType="SAML", ProviderDetails=SAML))[
        0] == "DuplicateProviderException"
    code, message = error_of(lambda: cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="other", ProviderType="SAML", ProviderDetails=SAML,
        IdpIdentifiers=["corp.example.com"]))
    assert code == "DuplicateProviderException" and "corp.example.com" in message
    # the refused provider was not half-created
    assert error_of(lambda: cognito.describe_identity_provider(
        UserPoolId=pool_id, ProviderName="other"))[0] == "ResourceNotFoundException"


def test_get_by_identifier_follows_updates_and_deletes(cognito, pool_id):
    cognito.create_identity_provider(UserPoolId=pool_id, ProviderName="corp",
                                     ProviderType="OIDC", ProviderDetails=OIDC,
                                     IdpIdentifiers=["old.example.com"])
    assert cognito.get_identity_provider_by_identifier(
        UserPoolId=pool_id, IdpIdentifier="old.example.com")["IdentityProvider"][
        "ProviderName"] == "corp"
    cognito.update_identity_provider(UserPoolId=pool_id, ProviderName="corp",
                                     IdpIdentifiers=["new.example.com"])
    assert error_of(lambda: cognito.get_identity_provider_by_identifier(
        UserPoolId=pool_id, IdpIdentifier="old.example.com"))[0] == "ResourceNotFoundException"
    found = cognito.get_identity_provider_by_identifier(
        UserPoolId=pool_id, IdpIdentifier="new.example.com")["IdentityProvider"]
    assert found["IdpIdentifiers"] == ["new.example.com"]
    # the freed identifier can be someone else's now
    cognito.create_identity_provider(UserPoolId=pool_id, ProviderName="saml",
                                     ProviderType="SAML", ProviderDetails=SAML,
                                     IdpIdentifiers=["old.example.com"])
    cognito.delete_identity_provider(UserPoolId=pool_id, ProviderName="corp")
    assert error_of(lambda: cognito.get_identity_provider_by_identifier(
        UserPoolId=pool_id, IdpIdentifier="new.example.com"))[0] == "ResourceNotFoundException"
    assert error_of(lambda: cognito.get_identity_provider_by_identifier(
        UserPoolId="us-east-1_missing", IdpIdentifier="x"))[1] == \
        "User pool us-east-1_missing does not exist."


def test_update_keeps_what_it_is_not_given_and_checks_what_it_is(cognito, pool_id):
    created = cognito.create_identity_provider(
        UserPoolId=pool_id, ProviderName="corp", ProviderType="OIDC", ProviderDetails=OIDC,
        AttributeMapping={"email": "email"})["IdentityProvider"]
    updated = cognito.update_identity_provider(
        UserPoolId=pool_id, ProviderName="corp",
        AttributeMapping={"email": "mail"})["IdentityProvider"]
    assert updated["ProviderDetails"] == OIDC and updated["AttributeMapping"] == {
        "email": "mail"}
    assert updated["CreationDate"] == created["CreationDate"]
    assert updated["LastModifiedDate"] >= created["LastModifiedDate"]
    code, _ = error_of(lambda: cognito.update_identity_provider(
        UserPoolId=pool_id, ProviderName="corp", ProviderDetails={"client_id": "x"}))
    assert code == "InvalidParameterException"


def test_list_gives_provider_descriptions(cognito, pool_id):
    cognito.create_identity_provider(UserPoolId=pool_id, ProviderName="corp",
                                     ProviderType="OIDC", ProviderDetails=OIDC)
    providers = cognito.list_identity_providers(UserPoolId=pool_id, MaxResults=10)["Providers"]
    assert len(providers) == 1
    assert set(providers[0]) == {"ProviderName", "ProviderType", "LastModifiedDate",
                                 "CreationDate"}


def test_through_the_server_a_provider_is_found_by_its_identifier():
    server = ServerProcess()
    client = boto3_compat.client(server.address, region_name="us-east-1")
    try:
        pool_id = client.create_user_pool(PoolName="p")["UserPool"]["Id"]
        client.create_identity_provider(UserPoolId=pool_id, ProviderName="corp",
                                        ProviderType="OIDC", ProviderDetails=OIDC,
                                        IdpIdentifiers=["corp.example.com"])
        found = client.get_identity_provider_by_identifier(
            UserPoolId=pool_id, IdpIdentifier="corp.example.com")["IdentityProvider"]
        assert found["ProviderName"] == "corp" and found["ProviderDetails"] == OIDC
        with pytest.raises(Exception) as raised:
            client.create_identity_provider(UserPoolId=pool_id, ProviderName="corp",
                                            ProviderType="OIDC", ProviderDetails=OIDC)
        assert raised.value.response["Error"]["Code"] == "DuplicateProviderException"
    finally:
        client.close()
        server.stop()
