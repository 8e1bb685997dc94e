"""The declarative CRUD pattern (engine/resources.py): the same behaviour for every resource
declared on it, and the pattern's options on a resource declared here."""

from __future__ import annotations

import dataclasses

import botocore.exceptions
import pytest

from cognito_grpc.engine import Context, Engine, resources
from cognito_grpc.engine.ops.providers import IDENTITY_PROVIDERS
from cognito_grpc.engine.ops.resource_servers import RESOURCE_SERVERS


def _oidc(name: str) -> dict:
    return {"ProviderName": name, "ProviderType": "OIDC",
            "ProviderDetails": {"client_id": "c", "authorize_scopes": "openid",
                                "oidc_issuer": "https://issuer.example.com"}}


@dataclasses.dataclass
class Declared:
    """One declared resource, as its operations take it."""
    resource: resources.Resource
    create: str
    describe: str
    update: str
    delete: str
    list: str
    make: callable          # name -> the create request's own members
    change: dict            # an update request's own members
    changed: callable       # the described item -> the value the change set
    expected: object


DECLARED = {
    "identity providers": Declared(
        IDENTITY_PROVIDERS, "create_identity_provider", "describe_identity_provider",
        "update_identity_provider", "delete_identity_provider", "list_identity_providers",
        _oidc, {"AttributeMapping": {"email": "mail"}},
        lambda item: item["AttributeMapping"], {"email": "mail"}),
    "resource servers": Declared(
        RESOURCE_SERVERS, "create_resource_server", "describe_resource_server",
        "update_resource_server", "delete_resource_server", "list_resource_servers",
        lambda name: {"Identifier": name, "Name": name}, {"Name": "renamed"},
        lambda item: item["Name"], "renamed"),
}


@pytest.fixture(scope="module")
def cognito():
    engine = Engine()  # one per module: every test makes a pool of its own
    yield engine.client("us-east-1")
    engine.close()


@pytest.fixture
def pool_id(cognito):
    return cognito.create_user_pool(PoolName="resources")["UserPool"]["Id"]


def code_of(call) -> tuple[str, str]:
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        call()
    return raised.value.response["Error"]["Code"], raised.value.response["Error"]["Message"]


@pytest.fixture(params=sorted(DECLARED))
def declared(request) -> Declared:
    return DECLARED[request.param]


def key(declared: Declared, name: str) -> dict:
    return {declared.resource.key: name}


def test_create_then_describe_gives_the_same_item(cognito, pool_id, declared):
    created = getattr(cognito, declared.create)(UserPoolId=pool_id, **declared.make("alpha"))
    item = created[declared.resource.member]
    described = getattr(cognito, declared.describe)(UserPoolId=pool_id,
                                                    **key(declared, "alpha"))
    assert described[declared.resource.member] == item
    assert item[declared.resource.key] == "alpha" and item["UserPoolId"] == pool_id


def test_update_changes_the_item_and_describe_shows_it(cognito, pool_id, declared):
    getattr(cognito, declared.create)(UserPoolId=pool_id, **declared.make("alpha"))
    updated = getattr(cognito, declared.update)(UserPoolId=pool_id, **key(declared, "alpha"),
                                                **declared.change)
    assert declared.changed(updated[declared.resource.member]) == declared.expected
    described = getattr(cognito, declared.describe)(UserPoolId=pool_id,
                                                    **key(declared, "alpha"))
    assert declared.changed(described[declared.resource.member]) == declared.expected


def test_delete_then_not_found_everywhere(cognito, pool_id, declared):
    getattr(cognito, declared.create)(UserPoolId=pool_id, **declared.make("alpha"))
    assert getattr(cognito, declared.delete)(UserPoolId=pool_id, **key(declared, "alpha"))[
        "ResponseMetadata"]["HTTPStatusCode"] == 200
    for verb in ("describe", "delete"):
        code, message = code_of(lambda: getattr(cognito, getattr(declared, verb))(
            UserPoolId=pool_id, **key(declared, "alpha")))
        assert code == "ResourceNotFoundException" and "alpha" in message
    code, _ = code_of(lambda: getattr(cognito, declared.update)(
        UserPoolId=pool_id, **key(declared, "alpha"), **declared.change))
    assert code == "ResourceNotFoundException"
    assert getattr(cognito, declared.list)(UserPoolId=pool_id)[
        declared.resource.list_member] == []


def test_a_second_create_by_the_same_key_is_the_exists_error(cognito, pool_id, declared):
    getattr(cognito, declared.create)(UserPoolId=pool_id, **declared.make("alpha"))
    code, message = code_of(lambda: getattr(cognito, declared.create)(
        UserPoolId=pool_id, **declared.make("alpha")))
    assert code == declared.resource.exists[0] and "alpha" in message


def test_every_operation_on_an_unknown_pool_is_pool_not_found(cognito, declared):
    ghost = "us-east-1_ghost"
    calls = {
        "create": lambda: getattr(cognito, declared.create)(UserPoolId=ghost,
                                                            **declared.make("alpha")),
        "describe": lambda: getattr(cognito, declared.describe)(UserPoolId=ghost,
                                                                **key(declared, "alpha")),
        "update": lambda: getattr(cognito, declared.update)(UserPoolId=ghost,
                                                            **key(declared, "alpha"),
                                                            **declared.change),
        "delete": lambda: getattr(cognito, declared.delete)(UserPoolId=ghost,
                                                            **key(declared, "alpha")),
        "list": lambda: getattr(cognito, declared.list)(UserPoolId=ghost, MaxResults=5),
    }
    for verb, call in calls.items():
        assert code_of(call) == ("ResourceNotFoundException",
                                 f"User pool {ghost} does not exist."), verb


def test_list_pages_through_every_item_once(cognito, pool_id, declared):
    names = [f"item{i:02}" for i in range(7)]
    for name in reversed(names):
        getattr(cognito, declared.create)(UserPoolId=pool_id, **declared.make(name))
    seen, token, pages = [], None, 0
    while True:
        params = {"UserPoolId": pool_id, "MaxResults": 3}
        if token:
            params["NextToken"] = token
        page = getattr(cognito, declared.list)(**params)
        pages += 1
        entries = page[declared.resource.list_member]
        assert len(entries) <= 3
        seen += [entry[declared.resource.key] for entry in entries]
        token = page.get("NextToken")
        if not token:
            break
    assert seen == names and pages == 3


def test_a_page_token_the_engine_never_issued_is_invalid(cognito, pool_id, declared):
    code, _ = code_of(lambda: getattr(cognito, declared.list)(UserPoolId=pool_id,
                                                               NextToken="%%%"))
    assert code == "InvalidParameterException"


def test_items_of_one_pool_are_not_another_pools(cognito, pool_id, declared):
    other = cognito.create_user_pool(PoolName="other")["UserPool"]["Id"]
    getattr(cognito, declared.create)(UserPoolId=pool_id, **declared.make("alpha"))
    getattr(cognito, declared.create)(UserPoolId=other, **declared.make("alpha"))
    assert code_of(lambda: getattr(cognito, declared.describe)(
        UserPoolId=other, **key(declared, "beta")))[0] == "ResourceNotFoundException"
    getattr(cognito, declared.delete)(UserPoolId=other, **key(declared, "alpha"))
    assert getattr(cognito, declared.describe)(UserPoolId=pool_id, **key(declared, "alpha"))


def test_deleting_the_pool_deletes_its_items(cognito, pool_id, declared):
    getattr(cognito, declared.create)(UserPoolId=pool_id, **declared.make("alpha"))
    cognito.delete_user_pool(UserPoolId=pool_id)
    engine_rows = cognito._engine.store.read().execute(
        "SELECT count(*) FROM items WHERE pool_id = ?", (pool_id,)).fetchone()[0]
    assert engine_rows == 0


# --- the pattern's options, on a resource declared here -------------------------------------

TERMS_LIKE = resources.Resource(
    kind="test-terms", key=("ClientId", "TermsId"), member="Terms", list_member="Terms",
    missing="Terms {TermsId} does not exist.", exists=("TermsExistsException", "{TermsName}"),
    build=lambda ctx, request, old: {"UserPoolId": request["UserPoolId"],
                                     "ClientId": request["ClientId"],
                                     "TermsId": request["TermsId"],
                                     "TermsName": request["TermsName"]},
    scope=("ClientId",), key_factory=iter(f"t{i}" for i in range(100)).__next__,
    timestamps=True, max_items=3, max_items_message="At most 3 terms in {UserPoolId}.",
    unique=(resources.Unique("test-terms-name", lambda doc: [doc["TermsName"]],
                             ("TermsExistsException", "Terms named {value} exist.")),),
)


def call(engine: Engine, fn, operation: str, **request):
    return fn(TERMS_LIKE, Context(engine, "us-east-1", operation, engine.clock()), request)


def test_composite_keys_minted_ids_scoped_lists_uniques_and_limits():
    engine = Engine()
    try:
        pool_id = engine.client("us-east-1").create_user_pool(PoolName="t")["UserPool"]["Id"]
        made = [call(engine, resources.create_item, "CreateTerms", UserPoolId=pool_id,
                     ClientId=client, TermsName=name)["Terms"]
                for client, name in (("a", "one"), ("b", "two"), ("a", "three"))]
        assert [m["TermsId"] for m in made] == ["t0", "t1", "t2"]
        assert made[0]["CreationDate"] == made[0]["LastModifiedDate"]
        listed = call(engine, resources.list_items, "ListTerms", UserPoolId=pool_id,
                      ClientId="a")
        assert [t["TermsName"] for t in listed["Terms"]] == ["one", "three"]
        with pytest.raises(botocore.exceptions.ClientError) as raised:
            call(engine, resources.create_item, "CreateTerms", UserPoolId=pool_id,
                 ClientId="c", TermsName="four")
        assert raised.value.response["Error"] == {
            "Code": "LimitExceededException", "Message": f"At most 3 terms in {pool_id}."}
        call(engine, resources.delete_item, "DeleteTerms", UserPoolId=pool_id, ClientId="b",
             TermsId="t1")
        with pytest.raises(botocore.exceptions.ClientError) as raised:
            call(engine, resources.create_item, "CreateTerms", UserPoolId=pool_id,
                 ClientId="c", TermsName="one")
        assert raised.value.response["Error"]["Message"] == "Terms named one exist."
        # the refused create left nothing behind, and the deleted item freed its name
        made = call(engine, resources.create_item, "CreateTerms", UserPoolId=pool_id,
                    ClientId="c", TermsName="two")["Terms"]
        assert made["TermsId"] == "t5"
        found = resources.index_of(engine.store.read(), TERMS_LIKE, TERMS_LIKE.unique[0],
                                   pool_id, "two")
        assert found == made
        # an operation whose output has no such member answers {}
        assert call(engine, resources.update_item, "DeleteTerms", UserPoolId=pool_id,
                    ClientId="c", TermsId="t5", TermsName="renamed") == {}
        assert resources.index_of(engine.store.read(), TERMS_LIKE, TERMS_LIKE.unique[0],
                                  pool_id, "two") is None
    finally:
        engine.close()


def test_register_refuses_an_unknown_verb():
    with pytest.raises(TypeError):
        resources.register(TERMS_LIKE, remove="DeleteTerms")
