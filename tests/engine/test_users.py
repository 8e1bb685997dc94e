"""Users as an administrator manages them, called on the engine directly."""

from __future__ import annotations

import uuid

import pytest

from cognito_grpc.engine import Engine, outbox, passwords, records
from tests.engine.users_support import PASSWORD, attrs, error_of, has_password


@pytest.fixture(scope="module")
def engine():  # one per module: each test works in pools of its own
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
    return cognito.create_user_pool(PoolName="users")["UserPool"]["Id"]


def create(cognito, pool_id, name="alice", **extra):
    extra.setdefault("MessageAction", "SUPPRESS")
    return cognito.admin_create_user(UserPoolId=pool_id, Username=name, **extra)["User"]


def stored(engine, pool_id, name):
    db = engine.store.read()
    return records.find_user(db, records.pool(db, pool_id), name)[1]


# --- AdminCreateUser ----------------------------------------------------------------------------

def test_a_new_user_must_change_their_temporary_password(cognito, engine, pool):
    user = create(cognito, pool, UserAttributes=[{"Name": "email", "Value": "a@example.com"}],
                  TemporaryPassword=PASSWORD)
    assert user["Username"] == "alice"
    assert user["UserStatus"] == "FORCE_CHANGE_PASSWORD" and user["Enabled"] is True
    assert [a["Name"] for a in user["Attributes"]] == ["sub", "email"]
    uuid.UUID(attrs(user)["sub"])
    assert user["UserCreateDate"] == user["UserLastModifiedDate"]
    assert "MFAOptions" not in user
    doc = stored(engine, pool, "alice")
    assert has_password(engine, pool, "alice", PASSWORD)
    assert not has_password(engine, pool, "alice", PASSWORD + "x")
    assert doc["TemporaryPasswordExpires"] == pytest.approx(user["UserCreateDate"] + 7 * 86400)
    assert outbox.messages(engine.store.read(), pool) == []  # SUPPRESS


def test_the_invitation_goes_to_the_outbox_by_the_mediums_asked_for(cognito, engine, pool):
    create(cognito, pool, MessageAction=None, DesiredDeliveryMediums=["EMAIL"],
           UserAttributes=[{"Name": "email", "Value": "alice@example.com"}])
    [message] = outbox.messages(engine.store.read(), pool, "alice")
    assert message["Kind"] == outbox.INVITATION
    assert message["Destination"] == {"Destination": "alice@example.com",
                                      "DeliveryMedium": "EMAIL", "AttributeName": "email"}
    assert message["Subject"] == "Your temporary password"
    assert message["Message"] == (f"Your username is alice and temporary password is "
                                  f"{message['Code']}. ")
    # The generated password meets the policy, and is the one the user signs in with.
    passwords.check_policy(records.pool(engine.store.read(), pool), message["Code"])
    assert has_password(engine, pool, "alice", message["Code"])


def test_an_invitation_with_nowhere_to_go_is_still_recorded(cognito, engine, pool):
    create(cognito, pool, MessageAction=None)  # SMS by default, and no phone number
    [message] = outbox.messages(engine.store.read(), pool, "alice")
    assert "Destination" not in message and message["Code"]


def test_resend_gives_a_new_temporary_password(cognito, engine, pool):
    create(cognito, pool, TemporaryPassword=PASSWORD)
    cognito.admin_create_user(UserPoolId=pool, Username="alice", MessageAction="RESEND",
                              TemporaryPassword="N3w-Temporary!")
    [message] = outbox.messages(engine.store.read(), pool, "alice")
    assert message["Code"] == "N3w-Temporary!"
    assert has_password(engine, pool, "alice", "N3w-Temporary!")
    assert error_of(cognito.admin_create_user, UserPoolId=pool, Username="ghost",
                    MessageAction="RESEND")[0] == "UserNotFoundException"
    cognito.admin_set_user_password(UserPoolId=pool, Username="alice", Password=PASSWORD,
                                    Permanent=True)
    assert error_of(cognito.admin_create_user, UserPoolId=pool, Username="alice",
                    MessageAction="RESEND")[0] == "UnsupportedUserStateException"


def test_a_taken_username_is_refused(cognito, pool):
    create(cognito, pool)
    assert error_of(cognito.admin_create_user, UserPoolId=pool, Username="alice") == \
        ("UsernameExistsException", "User account already exists")


def test_usernames_compare_as_the_pool_says(cognito):
    loose = cognito.create_user_pool(PoolName="loose", UsernameConfiguration={
        "CaseSensitive": False})["UserPool"]["Id"]
    create(cognito, loose, "Alice")
    assert error_of(cognito.admin_create_user, UserPoolId=loose,
                    Username="ALICE")[0] == "UsernameExistsException"
    found = cognito.admin_get_user(UserPoolId=loose, Username="aLiCe")
    assert found["Username"] == "Alice"  # as it was given
    strict = cognito.create_user_pool(PoolName="strict")["UserPool"]["Id"]
    create(cognito, strict, "Alice")
    create(cognito, strict, "alice")
    assert error_of(cognito.admin_get_user, UserPoolId=strict,
                    Username="ALICE")[0] == "UserNotFoundException"


@pytest.mark.parametrize("attributes,message", [
    ([{"Name": "shoe_size", "Value": "9"}],
     "Attributes did not conform to the schema: shoe_size: Attribute does not exist in the "
     "schema."),
    ([{"Name": "custom:tier", "Value": "gold"}],
     "Attributes did not conform to the schema: custom:tier: Attribute does not exist in the "
     "schema."),
    ([{"Name": "email"}],
     "Attributes did not conform to the schema: email: The attribute value is required. "
     "(to remove an attribute, use AdminDeleteUserAttributes)"),
    ([{"Name": "email", "Value": "not-an-email"}], "Invalid email address format."),
    ([{"Name": "phone_number", "Value": "555-1234"}], "Invalid phone number format."),
    ([{"Name": "email_verified", "Value": "yes"}],
     "Attributes did not conform to the schema: email_verified: Value must be true or false."),
    ([{"Name": "sub", "Value": str(uuid.uuid4())}],
     "Attributes did not conform to the schema: sub: Attribute cannot be updated. (changing an "
     "immutable attribute)"),
])
def test_attributes_are_checked_against_the_schema(cognito, pool, attributes, message):
    assert error_of(cognito.admin_create_user, UserPoolId=pool, Username="alice",
                    UserAttributes=attributes) == ("InvalidParameterException", message)
    assert error_of(cognito.admin_get_user, UserPoolId=pool,
                    Username="alice")[0] == "UserNotFoundException"


def test_custom_and_required_attributes(cognito):
    pool_id = cognito.create_user_pool(PoolName="schema", Schema=[
        {"Name": "email", "Required": True},
        {"Name": "tier", "AttributeDataType": "String", "Mutable": False},
        {"Name": "code", "StringAttributeConstraints": {"MaxLength": "4"}}])["UserPool"]["Id"]
    assert error_of(cognito.admin_create_user, UserPoolId=pool_id, Username="alice") == (
        "InvalidParameterException",
        "Attributes did not conform to the schema: email: The attribute is required")
    assert error_of(cognito.admin_create_user, UserPoolId=pool_id, Username="alice",
                    UserAttributes=[{"Name": "email", "Value": "a@example.com"},
                                    {"Name": "custom:code", "Value": "12345"}]) == (
        "InvalidParameterException", "Attributes did not conform to the schema: custom:code: "
        "String must be no longer than 4 characters.")
    user = create(cognito, pool_id, UserAttributes=[
        {"Name": "email", "Value": "a@example.com"}, {"Name": "custom:tier", "Value": "gold"}])
    assert attrs(user)["custom:tier"] == "gold"
    # Immutable: set once, at creation.
    assert error_of(cognito.admin_update_user_attributes, UserPoolId=pool_id, Username="alice",
                    UserAttributes=[{"Name": "custom:tier", "Value": "lead"}])[0] == \
        "InvalidParameterException"
    assert error_of(cognito.admin_delete_user_attributes, UserPoolId=pool_id, Username="alice",
                    UserAttributeNames=["email"]) == (
        "InvalidParameterException", "Invalid user attributes: user.email: The attribute is "
        "required")


def test_a_weak_temporary_password_is_refused(cognito, pool):
    assert error_of(cognito.admin_create_user, UserPoolId=pool, Username="alice",
                    TemporaryPassword="weakweak") == (
        "InvalidPasswordException",
        "Password did not conform with policy: Password must have uppercase characters")


def test_an_unknown_pool(cognito):
    assert error_of(cognito.admin_create_user, UserPoolId="us-east-1_missing",
                    Username="alice") == ("ResourceNotFoundException",
                                          "User pool us-east-1_missing does not exist.")


def test_users_of_an_email_pool_sign_in_by_email_and_are_named_by_their_sub(cognito):
    pool_id = cognito.create_user_pool(PoolName="by-email",
                                       UsernameAttributes=["email"])["UserPool"]["Id"]
    user = create(cognito, pool_id, "alice@example.com")
    assert user["Username"] == attrs(user)["sub"]
    assert attrs(user)["email"] == "alice@example.com"
    assert cognito.admin_get_user(UserPoolId=pool_id, Username="alice@example.com")[
        "Username"] == user["Username"]
    assert cognito.admin_get_user(UserPoolId=pool_id, Username=user["Username"])[
        "Username"] == user["Username"]
    assert error_of(cognito.admin_create_user, UserPoolId=pool_id,
                    Username="Alice@Example.com") == (
        "UsernameExistsException", "An account with the given email already exists.")
    assert error_of(cognito.admin_create_user, UserPoolId=pool_id, Username="alice") == (
        "InvalidParameterException", "Username should be an email.")
    both = cognito.create_user_pool(PoolName="by-either", UsernameAttributes=[
        "email", "phone_number"])["UserPool"]["Id"]
    assert attrs(create(cognito, both, "+15551234567"))["phone_number"] == "+15551234567"
    assert error_of(cognito.admin_create_user, UserPoolId=both, Username="bob")[1] == \
        "Username should be either an email or a phone number."


def test_an_alias_pool_refuses_a_username_in_the_aliass_format(cognito):
    pool_id = cognito.create_user_pool(PoolName="alias",
                                       AliasAttributes=["email"])["UserPool"]["Id"]
    assert error_of(cognito.admin_create_user, UserPoolId=pool_id,
                    Username="alice@example.com") == (
        "InvalidParameterException", "Username cannot be of email format, since user pool is "
        "configured for email alias.")


def test_a_verified_alias_belongs_to_one_user_unless_forced(cognito, engine):
    pool_id = cognito.create_user_pool(PoolName="alias",
                                       AliasAttributes=["email"])["UserPool"]["Id"]
    verified = [{"Name": "email", "Value": "shared@example.com"},
                {"Name": "email_verified", "Value": "true"}]
    create(cognito, pool_id, "alice", UserAttributes=verified)
    assert error_of(cognito.admin_create_user, UserPoolId=pool_id, Username="bob",
                    MessageAction="SUPPRESS", UserAttributes=verified) == (
        "AliasExistsException", "An account with the given email already exists.")
    # Unverified, the address is nobody's alias yet.
    create(cognito, pool_id, "carol", UserAttributes=verified[:1])
    create(cognito, pool_id, "bob", UserAttributes=verified, ForceAliasCreation=True)
    assert cognito.admin_get_user(UserPoolId=pool_id, Username="shared@example.com")[
        "Username"] == "bob"
    alice = cognito.admin_get_user(UserPoolId=pool_id, Username="alice")
    assert attrs(alice, "UserAttributes")["email_verified"] == "false"


# --- AdminGetUser -------------------------------------------------------------------------------

def test_admin_get_user_answers_as_cognito(cognito, pool):
    created = create(cognito, pool, UserAttributes=[{"Name": "given_name", "Value": "Al"}])
    got = cognito.admin_get_user(UserPoolId=pool, Username="alice")
    got.pop("ResponseMetadata")
    assert got == {"Username": "alice", "UserAttributes": created["Attributes"],
                   "UserCreateDate": created["UserCreateDate"],
                   "UserLastModifiedDate": created["UserLastModifiedDate"], "Enabled": True,
                   "UserStatus": "FORCE_CHANGE_PASSWORD"}
    sub = attrs(created)["sub"]
    assert cognito.admin_get_user(UserPoolId=pool, Username=sub)["Username"] == "alice"


def test_admin_get_user_shows_mfa_settings_once_set(cognito, engine, pool):
    create(cognito, pool)
    doc = stored(engine, pool, "alice")
    doc.update(PreferredMfaSetting="SOFTWARE_TOKEN_MFA",
               UserMFASettingList=["SOFTWARE_TOKEN_MFA"])
    with engine.store.write() as tx:
        pool_doc = records.pool(tx, pool)
        records.save_user(tx, pool_doc, "alice", doc)
    got = cognito.admin_get_user(UserPoolId=pool, Username="alice")
    assert got["PreferredMfaSetting"] == "SOFTWARE_TOKEN_MFA"
    assert got["UserMFASettingList"] == ["SOFTWARE_TOKEN_MFA"]
    assert "MFAOptions" not in got


def test_admin_get_user_errors(cognito, pool):
    assert error_of(cognito.admin_get_user, UserPoolId=pool, Username="ghost") == (
        "UserNotFoundException", "User does not exist.")
    assert error_of(cognito.admin_get_user, UserPoolId="us-east-1_nothere",
                    Username="ghost")[0] == "ResourceNotFoundException"


# --- ListUsers ----------------------------------------------------------------------------------

@pytest.fixture
def crowd(cognito, pool):
    people = [("alice", "Alice", "Smith", "alice@example.com"),
              ("bob", "Bob", "Smith", "bob@example.org"),
              ("carol", "Carol", "Jones", "carol@example.com"),
              ("dave", "Dave", "Quote\"d", "dave@example.com")]
    for name, given, family, email in people:
        create(cognito, pool, name, UserAttributes=[
            {"Name": "given_name", "Value": given}, {"Name": "family_name", "Value": family},
            {"Name": "email", "Value": email}])
    cognito.admin_disable_user(UserPoolId=pool, Username="bob")
    cognito.admin_set_user_password(UserPoolId=pool, Username="carol", Password=PASSWORD,
                                    Permanent=True)
    return pool


def names(response) -> list[str]:
    return [u["Username"] for u in response["Users"]]


@pytest.mark.parametrize("filter_,expected", [
    ('username = "bob"', ["bob"]),
    ('username ^= "c"', ["carol"]),
    ('email = "carol@example.com"', ["carol"]),
    ('email ^= "a"', ["alice"]),
    ('family_name = "Smith"', ["alice", "bob"]),
    ('family_name = "Quote\\"d"', ["dave"]),
    ('given_name ^= "Ca"', ["carol"]),
    ('status = "Disabled"', ["bob"]),
    ('status = "Enabled"', ["alice", "carol", "dave"]),
    ('cognito:user_status = "CONFIRMED"', ["carol"]),
    ('cognito:user_status = "FORCE_CHANGE_PASSWORD"', ["alice", "bob", "dave"]),
    ('  name = "nobody"  ', []),
    ('email="dave@example.com"', ["dave"]),
])
def test_list_users_filters(cognito, crowd, filter_, expected):
    assert names(cognito.list_users(UserPoolId=crowd, Filter=filter_)) == expected


def test_list_users_filters_by_sub(cognito, crowd):
    sub = attrs(cognito.admin_get_user(UserPoolId=crowd, Username="dave"),
                "UserAttributes")["sub"]
    assert names(cognito.list_users(UserPoolId=crowd, Filter=f'sub = "{sub}"')) == ["dave"]
    assert names(cognito.list_users(UserPoolId=crowd, Filter=f'sub ^= "{sub[:8]}"')) == ["dave"]


@pytest.mark.parametrize("filter_,message", [
    ("email", "Error while parsing filter."),
    ('email == "x"', "Error while parsing filter."),
    ('email = "x" and name = "y"', "Error while parsing filter."),
    ('custom:tier = "gold"', "Invalid search attribute: custom:tier"),
    ('nickname = "al"', "Invalid search attribute: nickname"),
])
def test_a_bad_filter_is_refused(cognito, crowd, filter_, message):
    assert error_of(cognito.list_users, UserPoolId=crowd, Filter=filter_) == (
        "InvalidParameterException", message)


def test_list_users_pages_in_a_stable_order(cognito, pool):
    for index in range(25):
        create(cognito, pool, f"user{index:02d}")
    seen, token, pages = [], None, 0
    while True:
        page = cognito.list_users(UserPoolId=pool, Limit=7,
                                  **({"PaginationToken": token} if token else {}))
        seen += names(page)
        pages += 1
        token = page.get("PaginationToken")
        if token is None:
            break
    assert seen == sorted(f"user{i:02d}" for i in range(25)) and pages == 4
    assert len(cognito.list_users(UserPoolId=pool)["Users"]) == 25  # 60 by default
    assert cognito.list_users(UserPoolId=pool, Filter='username ^= "user1"',
                              Limit=3)["PaginationToken"]


def test_list_users_attributes_to_get(cognito, crowd):
    users = cognito.list_users(UserPoolId=crowd, AttributesToGet=["email"])["Users"]
    assert all([a["Name"] for a in u["Attributes"]] == ["email"] for u in users)
    assert error_of(cognito.list_users, UserPoolId=crowd,
                    AttributesToGet=["shoe_size"])[0] == "InvalidParameterException"


def test_list_users_errors(cognito, pool):
    assert cognito.list_users(UserPoolId=pool)["Users"] == []
    assert "PaginationToken" not in cognito.list_users(UserPoolId=pool)
    assert error_of(cognito.list_users, UserPoolId="us-east-1_nothere")[0] == \
        "ResourceNotFoundException"
    assert error_of(cognito.list_users, UserPoolId=pool,
                    PaginationToken="_w==")[0] == "InvalidParameterException"


def test_list_users_without_a_filter_reads_one_page_by_the_primary_key(engine):
    """No scan of the pool's users: SQLite's plan for the page query is a range search."""
    plan = engine.store.read().execute(
        "EXPLAIN QUERY PLAN SELECT key, doc FROM users WHERE pool_id = ? AND key > ? "
        "ORDER BY key LIMIT ?", ("p", "k", 61)).fetchall()
    detail = " ".join(row[-1] for row in plan)
    assert "SEARCH users USING PRIMARY KEY (pool_id=? AND key>?)" in detail, detail
    assert "TEMP B-TREE" not in detail


# --- changing users -----------------------------------------------------------------------------

def test_a_new_email_is_unverified_unless_the_call_says_otherwise(cognito, pool):
    create(cognito, pool, UserAttributes=[{"Name": "email", "Value": "a@example.com"},
                                          {"Name": "email_verified", "Value": "true"}])
    cognito.admin_update_user_attributes(UserPoolId=pool, Username="alice", UserAttributes=[
        {"Name": "email", "Value": "a@example.com"}, {"Name": "name", "Value": "Al"}])
    got = attrs(cognito.admin_get_user(UserPoolId=pool, Username="alice"), "UserAttributes")
    assert got["email_verified"] == "true" and got["name"] == "Al"  # the same address
    cognito.admin_update_user_attributes(UserPoolId=pool, Username="alice", UserAttributes=[
        {"Name": "email", "Value": "new@example.com"}])
    got = attrs(cognito.admin_get_user(UserPoolId=pool, Username="alice"), "UserAttributes")
    assert got["email"] == "new@example.com" and got["email_verified"] == "false"
    cognito.admin_update_user_attributes(UserPoolId=pool, Username="alice", UserAttributes=[
        {"Name": "email", "Value": "newer@example.com"},
        {"Name": "email_verified", "Value": "True"}])
    got = attrs(cognito.admin_get_user(UserPoolId=pool, Username="alice"), "UserAttributes")
    assert got["email"] == "newer@example.com" and got["email_verified"] == "true"


def test_an_auto_verified_address_gets_a_code_when_it_changes(cognito, engine):
    pool_id = cognito.create_user_pool(PoolName="auto",
                                       AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
    create(cognito, pool_id)
    cognito.admin_update_user_attributes(UserPoolId=pool_id, Username="alice", UserAttributes=[
        {"Name": "email", "Value": "alice@example.com"}])
    [message] = outbox.messages(engine.store.read(), pool_id, "alice", outbox.VERIFICATION)
    assert message["Destination"]["Destination"] == "alice@example.com"
    assert message["Message"] == f"Your verification code is {message['Code']}. "


def test_updates_keep_aliases_unique(cognito):
    pool_id = cognito.create_user_pool(PoolName="by-email",
                                       UsernameAttributes=["email"])["UserPool"]["Id"]
    create(cognito, pool_id, "alice@example.com")
    bob = create(cognito, pool_id, "bob@example.com")["Username"]
    assert error_of(cognito.admin_update_user_attributes, UserPoolId=pool_id, Username=bob,
                    UserAttributes=[{"Name": "email", "Value": "alice@example.com"}]) == (
        "AliasExistsException", "An account with the given email already exists.")
    cognito.admin_update_user_attributes(UserPoolId=pool_id, Username=bob, UserAttributes=[
        {"Name": "email", "Value": "robert@example.com"}])
    assert cognito.admin_get_user(UserPoolId=pool_id, Username="robert@example.com")[
        "Username"] == bob
    assert error_of(cognito.admin_get_user, UserPoolId=pool_id,
                    Username="bob@example.com")[0] == "UserNotFoundException"


def test_update_errors(cognito, pool):
    create(cognito, pool)
    assert error_of(cognito.admin_update_user_attributes, UserPoolId=pool, Username="alice",
                    UserAttributes=[{"Name": "shoe_size", "Value": "9"}]) == (
        "InvalidParameterException", "Invalid user attributes: user.shoe_size: Attribute does "
        "not exist in the schema.")
    assert error_of(cognito.admin_update_user_attributes, UserPoolId=pool, Username="alice",
                    UserAttributes=[{"Name": "name"}])[0] == "InvalidParameterException"
    assert error_of(cognito.admin_update_user_attributes, UserPoolId=pool, Username="ghost",
                    UserAttributes=[{"Name": "name", "Value": "x"}])[0] == \
        "UserNotFoundException"


def test_deleting_attributes(cognito, pool):
    create(cognito, pool, UserAttributes=[{"Name": "email", "Value": "a@example.com"},
                                          {"Name": "email_verified", "Value": "true"},
                                          {"Name": "name", "Value": "Al"}])
    cognito.admin_delete_user_attributes(UserPoolId=pool, Username="alice",
                                         UserAttributeNames=["email"])
    got = attrs(cognito.admin_get_user(UserPoolId=pool, Username="alice"), "UserAttributes")
    assert set(got) == {"sub", "name"}
    assert error_of(cognito.admin_delete_user_attributes, UserPoolId=pool, Username="alice",
                    UserAttributeNames=["shoe_size"])[0] == "InvalidParameterException"
    assert error_of(cognito.admin_delete_user_attributes, UserPoolId=pool, Username="alice",
                    UserAttributeNames=["sub"])[0] == "InvalidParameterException"


def test_disable_and_enable(cognito, engine, pool):
    create(cognito, pool)
    cognito.admin_disable_user(UserPoolId=pool, Username="alice")
    got = cognito.admin_get_user(UserPoolId=pool, Username="alice")
    assert got["Enabled"] is False and got["UserLastModifiedDate"] >= got["UserCreateDate"]
    assert stored(engine, pool, "alice")["SignedOutAt"]  # tokens issued before are revoked
    cognito.admin_enable_user(UserPoolId=pool, Username="alice")
    assert cognito.admin_get_user(UserPoolId=pool, Username="alice")["Enabled"] is True
    assert error_of(cognito.admin_disable_user, UserPoolId=pool,
                    Username="ghost")[0] == "UserNotFoundException"


def test_delete_user_frees_the_name_aliases_and_memberships(cognito, engine):
    pool_id = cognito.create_user_pool(PoolName="by-email",
                                       UsernameAttributes=["email"])["UserPool"]["Id"]
    name = create(cognito, pool_id, "alice@example.com", MessageAction=None,
                  DesiredDeliveryMediums=["EMAIL"])["Username"]
    cognito.create_group(UserPoolId=pool_id, GroupName="admins")
    cognito.admin_add_user_to_group(UserPoolId=pool_id, Username=name, GroupName="admins")
    cognito.admin_delete_user(UserPoolId=pool_id, Username="alice@example.com")
    assert error_of(cognito.admin_get_user, UserPoolId=pool_id,
                    Username=name)[0] == "UserNotFoundException"
    assert cognito.list_users_in_group(UserPoolId=pool_id, GroupName="admins")["Users"] == []
    assert outbox.messages(engine.store.read(), pool_id, name) == []
    create(cognito, pool_id, "alice@example.com")  # the address is free again
    assert error_of(cognito.admin_delete_user, UserPoolId=pool_id,
                    Username="ghost@example.com")[0] == "UserNotFoundException"


def test_admin_set_user_password(cognito, engine, pool):
    create(cognito, pool)
    cognito.admin_set_user_password(UserPoolId=pool, Username="alice", Password="An0ther-Pass!",
                                    Permanent=True)
    doc = stored(engine, pool, "alice")
    assert doc["UserStatus"] == "CONFIRMED" and "TemporaryPasswordExpires" not in doc
    assert has_password(engine, pool, "alice", "An0ther-Pass!")
    cognito.admin_set_user_password(UserPoolId=pool, Username="alice", Password=PASSWORD)
    doc = stored(engine, pool, "alice")
    assert doc["UserStatus"] == "FORCE_CHANGE_PASSWORD" and doc["TemporaryPasswordExpires"]
    assert error_of(cognito.admin_set_user_password, UserPoolId=pool, Username="alice",
                    Password="Sh0rt!") == ("InvalidPasswordException", "Password did not "
                                             "conform with policy: Password not long enough")
    assert has_password(engine, pool, "alice", PASSWORD)


# --- hostile input: a clear InvalidParameterException, never a crash ---------------------------

def test_text_sqlite_cannot_keep_is_refused(cognito, pool):
    assert error_of(cognito.admin_create_user, UserPoolId=pool, Username="alice",
                    UserAttributes=[{"Name": "name", "Value": "\ud800"}])[0] == \
        "InvalidParameterException"
    assert error_of(cognito.list_users, UserPoolId=pool,
                    Filter='name = "\ud800"')[0] == "InvalidParameterException"


def test_a_schema_constraint_that_is_no_number_is_ignored(cognito):
    pool_id = cognito.create_user_pool(PoolName="odd", Schema=[
        {"Name": "code", "StringAttributeConstraints": {"MaxLength": "many"}}])["UserPool"]["Id"]
    user = create(cognito, pool_id, UserAttributes=[{"Name": "custom:code", "Value": "x" * 50}])
    assert attrs(user)["custom:code"] == "x" * 50
