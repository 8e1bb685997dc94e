"""Groups and their members, called on the engine directly."""

from __future__ import annotations

import pytest

from cognito_grpc.engine import Engine
from tests.engine.users_support import error_of


@pytest.fixture(scope="module")
def engine():
    engine = Engine()
    try:
        yield engine
    finally:
        engine.close()


@pytest.fixture
def cognito(engine):
    return engine.client("us-east-1")


@pytest.fixture
def pool(cognito):
    pool_id = cognito.create_user_pool(PoolName="groups")["UserPool"]["Id"]
    for name in ("alice", "bob", "carol"):
        cognito.admin_create_user(UserPoolId=pool_id, Username=name, MessageAction="SUPPRESS")
    return pool_id


def test_create_get_update_delete(cognito, pool):
    role = "arn:aws:iam::123456789012:role/admins"
    created = cognito.create_group(UserPoolId=pool, GroupName="admins", Description="the admins",
                                   Precedence=3, RoleArn=role)["Group"]
    assert created == {"GroupName": "admins", "UserPoolId": pool, "Description": "the admins",
                       "RoleArn": role, "Precedence": 3,
                       "LastModifiedDate": created["CreationDate"],
                       "CreationDate": created["CreationDate"]}
    assert cognito.get_group(UserPoolId=pool, GroupName="admins")["Group"] == created
    bare = cognito.create_group(UserPoolId=pool, GroupName="bare")["Group"]
    assert set(bare) == {"GroupName", "UserPoolId", "LastModifiedDate", "CreationDate"}
    updated = cognito.update_group(UserPoolId=pool, GroupName="admins", Precedence=1)["Group"]
    assert updated["Precedence"] == 1 and updated["Description"] == "the admins"
    assert cognito.get_group(UserPoolId=pool, GroupName="admins")["Group"] == updated
    cognito.delete_group(UserPoolId=pool, GroupName="admins")
    assert error_of(cognito.get_group, UserPoolId=pool, GroupName="admins") == (
        "ResourceNotFoundException", "Group not found.")


def test_group_errors(cognito, pool):
    cognito.create_group(UserPoolId=pool, GroupName="admins")
    assert error_of(cognito.create_group, UserPoolId=pool, GroupName="admins") == (
        "GroupExistsException", "A group with the name already exists.")
    for call in (cognito.get_group, cognito.update_group, cognito.delete_group):
        assert error_of(call, UserPoolId=pool, GroupName="ghosts")[1] == "Group not found."
        assert error_of(call, UserPoolId="us-east-1_nothere", GroupName="admins") == (
            "ResourceNotFoundException", "User pool us-east-1_nothere does not exist.")
    assert error_of(cognito.create_group, UserPoolId="us-east-1_nothere",
                    GroupName="admins")[0] == "ResourceNotFoundException"
    assert error_of(cognito.create_group, UserPoolId=pool, GroupName="x",
                    Precedence=-1)[0] == "InvalidParameterException"  # the model's minimum


def test_list_groups_pages(cognito, pool):
    for index in range(7):
        cognito.create_group(UserPoolId=pool, GroupName=f"g{index}")
    first = cognito.list_groups(UserPoolId=pool, Limit=4)
    second = cognito.list_groups(UserPoolId=pool, Limit=4, NextToken=first["NextToken"])
    assert [g["GroupName"] for g in first["Groups"] + second["Groups"]] == \
        [f"g{i}" for i in range(7)]
    assert "NextToken" not in second
    assert len(cognito.list_groups(UserPoolId=pool)["Groups"]) == 7


def test_members(cognito, pool):
    for name in ("admins", "devs", "ops"):
        cognito.create_group(UserPoolId=pool, GroupName=name)
    for user, group in (("alice", "admins"), ("alice", "devs"), ("bob", "devs"),
                        ("carol", "devs"), ("alice", "devs")):  # twice: still one membership
        cognito.admin_add_user_to_group(UserPoolId=pool, Username=user, GroupName=group)
    groups = cognito.admin_list_groups_for_user(UserPoolId=pool, Username="alice")["Groups"]
    assert [g["GroupName"] for g in groups] == ["admins", "devs"]
    page = cognito.list_users_in_group(UserPoolId=pool, GroupName="devs", Limit=2)
    rest = cognito.list_users_in_group(UserPoolId=pool, GroupName="devs",
                                       NextToken=page["NextToken"])
    assert [u["Username"] for u in page["Users"] + rest["Users"]] == ["alice", "bob", "carol"]
    assert page["Users"][0]["UserStatus"] == "FORCE_CHANGE_PASSWORD"
    cognito.admin_remove_user_from_group(UserPoolId=pool, Username="alice", GroupName="devs")
    assert [g["GroupName"] for g in cognito.admin_list_groups_for_user(
        UserPoolId=pool, Username="alice")["Groups"]] == ["admins"]
    cognito.delete_group(UserPoolId=pool, GroupName="devs")
    cognito.create_group(UserPoolId=pool, GroupName="devs")  # a new group: nobody in it
    assert cognito.list_users_in_group(UserPoolId=pool, GroupName="devs")["Users"] == []


def test_member_errors(cognito, pool):
    cognito.create_group(UserPoolId=pool, GroupName="admins")
    assert error_of(cognito.admin_add_user_to_group, UserPoolId=pool, Username="ghost",
                    GroupName="admins") == ("UserNotFoundException", "User does not exist.")
    assert error_of(cognito.admin_add_user_to_group, UserPoolId=pool, Username="alice",
                    GroupName="ghosts") == ("ResourceNotFoundException", "Group not found.")
    assert error_of(cognito.admin_list_groups_for_user, UserPoolId=pool,
                    Username="ghost")[0] == "UserNotFoundException"
    assert error_of(cognito.list_users_in_group, UserPoolId=pool,
                    GroupName="ghosts")[0] == "ResourceNotFoundException"
    assert error_of(cognito.admin_remove_user_from_group, UserPoolId=pool, Username="ghost",
                    GroupName="admins")[0] == "UserNotFoundException"
