"""User pool domains: unique across pools, one per pool, described as Cognito does."""

from __future__ import annotations

import threading

import pytest

from cognito_grpc.engine import Engine
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.engine.helpers import error_of

CERTIFICATE = "arn:aws:acm:us-east-1:123456789012:certificate/abc"


@pytest.fixture
def engine():
    engine = Engine()
    yield engine
    engine.close()


@pytest.fixture
def cognito(engine):
    return engine.client("us-east-1")


@pytest.fixture
def pool_id(cognito):
    return cognito.create_user_pool(PoolName="domains")["UserPool"]["Id"]


def test_a_prefix_domain_is_described_and_shown_on_its_pool(cognito, pool_id):
    created = cognito.create_user_pool_domain(UserPoolId=pool_id, Domain="my-app")
    assert "CloudFrontDomain" not in created  # null for a prefix domain (API reference)
    description = cognito.describe_user_pool_domain(Domain="my-app")["DomainDescription"]
    assert description["UserPoolId"] == pool_id and description["Domain"] == "my-app"
    assert description["Status"] == "ACTIVE" and description["AWSAccountId"] == "123456789012"
    assert description["CloudFrontDistribution"].endswith(".cloudfront.net")
    assert cognito.describe_user_pool(UserPoolId=pool_id)["UserPool"]["Domain"] == "my-app"


def test_an_unknown_domain_is_an_empty_description(cognito):
    assert cognito.describe_user_pool_domain(Domain="nobody")["DomainDescription"] == {}


def test_a_domain_is_described_only_in_its_pools_region(engine, cognito, pool_id):
    cognito.create_user_pool_domain(UserPoolId=pool_id, Domain="my-app")
    assert engine.client("eu-west-1").describe_user_pool_domain(Domain="my-app")[
        "DomainDescription"] == {}


def test_a_custom_domain_answers_its_cloudfront_domain(cognito, pool_id):
    created = cognito.create_user_pool_domain(
        UserPoolId=pool_id, Domain="auth-example-com",
        CustomDomainConfig={"CertificateArn": CERTIFICATE}, ManagedLoginVersion=2)
    description = cognito.describe_user_pool_domain(Domain="auth-example-com")[
        "DomainDescription"]
    assert created["CloudFrontDomain"] == description["CloudFrontDistribution"]
    assert description["CustomDomainConfig"] == {"CertificateArn": CERTIFICATE}
    assert created["ManagedLoginVersion"] == description["ManagedLoginVersion"] == 2


def test_a_domain_belongs_to_one_pool_and_a_pool_has_one_domain(cognito, pool_id):
    other = cognito.create_user_pool(PoolName="other")["UserPool"]["Id"]
    cognito.create_user_pool_domain(UserPoolId=pool_id, Domain="taken")
    assert error_of(lambda: cognito.create_user_pool_domain(UserPoolId=other, Domain="taken")
                    ) == ("InvalidParameterException",
                          "Domain already associated with another user pool.")
    assert error_of(lambda: cognito.create_user_pool_domain(UserPoolId=pool_id,
                                                            Domain="second")) == (
        "InvalidParameterException", "User pool already has a domain configured.")
    assert cognito.describe_user_pool_domain(Domain="second")["DomainDescription"] == {}


def test_concurrent_creators_of_one_domain_one_wins(engine):
    cognito = engine.client("us-east-1")
    pools = [cognito.create_user_pool(PoolName=f"p{i}")["UserPool"]["Id"] for i in range(8)]
    outcomes = []

    def claim(pool_id):
        try:
            engine.client("us-east-1").create_user_pool_domain(UserPoolId=pool_id,
                                                               Domain="contested")
            outcomes.append("ok")
        except Exception as error:  # noqa: BLE001 (the outcome is the point)
            outcomes.append(error.response["Error"]["Code"])
    threads = [threading.Thread(target=claim, args=(p,)) for p in pools]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["InvalidParameterException"] * 7 + ["ok"]


def test_update_sets_the_certificate_and_delete_frees_the_domain(cognito, pool_id):
    cognito.create_user_pool_domain(UserPoolId=pool_id, Domain="mine")
    updated = cognito.update_user_pool_domain(UserPoolId=pool_id, Domain="mine",
                                              CustomDomainConfig={"CertificateArn": CERTIFICATE})
    assert updated["CloudFrontDomain"].endswith(".cloudfront.net")
    assert cognito.describe_user_pool_domain(Domain="mine")["DomainDescription"][
        "CustomDomainConfig"] == {"CertificateArn": CERTIFICATE}
    cognito.delete_user_pool_domain(UserPoolId=pool_id, Domain="mine")
    assert cognito.describe_user_pool_domain(Domain="mine")["DomainDescription"] == {}
    assert "Domain" not in cognito.describe_user_pool(UserPoolId=pool_id)["UserPool"]
    other = cognito.create_user_pool(PoolName="other")["UserPool"]["Id"]
    cognito.create_user_pool_domain(UserPoolId=other, Domain="mine")


def test_update_and_delete_need_the_pool_that_owns_the_domain(cognito, pool_id):
    other = cognito.create_user_pool(PoolName="other")["UserPool"]["Id"]
    cognito.create_user_pool_domain(UserPoolId=pool_id, Domain="mine")
    for call in (lambda: cognito.delete_user_pool_domain(UserPoolId=other, Domain="mine"),
                 lambda: cognito.update_user_pool_domain(UserPoolId=other, Domain="mine",
                                                         ManagedLoginVersion=2),
                 lambda: cognito.delete_user_pool_domain(UserPoolId=pool_id, Domain="nope")):
        assert error_of(call)[0] == "ResourceNotFoundException"
    assert error_of(lambda: cognito.create_user_pool_domain(
        UserPoolId="us-east-1_missing", Domain="x")) == (
        "ResourceNotFoundException", "User pool us-east-1_missing does not exist.")
    assert cognito.describe_user_pool_domain(Domain="mine")["DomainDescription"]


def test_deleting_the_pool_frees_its_domain(cognito, pool_id):
    cognito.create_user_pool_domain(UserPoolId=pool_id, Domain="mine")
    cognito.delete_user_pool(UserPoolId=pool_id)
    assert cognito.describe_user_pool_domain(Domain="mine")["DomainDescription"] == {}


def test_through_the_server_a_domain_is_described_and_an_unknown_one_is_empty():
    server = ServerProcess()
    client = boto3_compat.client(server.address, region_name="us-east-1")
    try:
        pool_id = client.create_user_pool(PoolName="d")["UserPool"]["Id"]
        client.create_user_pool_domain(UserPoolId=pool_id, Domain="served")
        description = client.describe_user_pool_domain(Domain="served")["DomainDescription"]
        assert description["UserPoolId"] == pool_id and description["Status"] == "ACTIVE"
        assert client.describe_user_pool(UserPoolId=pool_id)["UserPool"]["Domain"] == "served"
        assert not client.describe_user_pool_domain(Domain="nobody").get("DomainDescription")
        other = client.create_user_pool(PoolName="e")["UserPool"]["Id"]
        with pytest.raises(Exception) as raised:
            client.create_user_pool_domain(UserPoolId=other, Domain="served")
        assert raised.value.response["Error"]["Code"] == "InvalidParameterException"
    finally:
        client.close()
        server.stop()
