"""Sign-up, confirmation and password reset, with the codes read back from the outbox."""

from __future__ import annotations

import pytest

from cognito_grpc.engine import Engine, outbox
from cognito_grpc.engine.signin import secret_hash
from tests.engine.users_support import PASSWORD, Clock, add_app_client, attrs, error_of, \
    has_password, last_code

EMAIL = [{"Name": "email", "Value": "erin@example.com"}]


@pytest.fixture(scope="module")
def clock():
    return Clock()


@pytest.fixture(scope="module")
def engine(clock):
    engine = Engine(clock=clock)
    try:
        yield engine
    finally:
        engine.close()


@pytest.fixture
def cognito(engine):
    return engine.client("us-east-1")


def make_pool(cognito, engine, **extra):
    pool_id = cognito.create_user_pool(PoolName="signup", **extra)["UserPool"]["Id"]
    return pool_id, add_app_client(engine, pool_id)


@pytest.fixture
def verifying(cognito, engine):
    """A pool that verifies email addresses, and its app client."""
    return make_pool(cognito, engine, AutoVerifiedAttributes=["email"])


def status(cognito, pool_id, name="erin"):
    return cognito.admin_get_user(UserPoolId=pool_id, Username=name)["UserStatus"]


def test_sign_up_sends_a_code_to_the_auto_verified_address(cognito, engine, verifying):
    pool_id, client_id = verifying
    answer = cognito.sign_up(ClientId=client_id, Username="erin", Password=PASSWORD,
                             UserAttributes=EMAIL)
    user = cognito.admin_get_user(UserPoolId=pool_id, Username="erin")
    assert answer["UserConfirmed"] is False
    assert answer["UserSub"] == attrs(user, "UserAttributes")["sub"]
    assert answer["CodeDeliveryDetails"] == {"Destination": "e***@e***",
                                             "DeliveryMedium": "EMAIL", "AttributeName": "email"}
    assert user["UserStatus"] == "UNCONFIRMED"
    [message] = outbox.messages(engine.store.read(), pool_id, "erin", outbox.SIGN_UP)
    assert len(message["Code"]) == 6 and message["Code"].isdigit()
    assert message["Destination"]["Destination"] == "erin@example.com"
    assert has_password(engine, pool_id, "erin", PASSWORD)


def test_without_auto_verification_no_code_is_sent(cognito, engine):
    pool_id, client_id = make_pool(cognito, engine)
    answer = cognito.sign_up(ClientId=client_id, Username="erin", Password=PASSWORD,
                             UserAttributes=EMAIL)
    assert "CodeDeliveryDetails" not in answer
    assert outbox.messages(engine.store.read(), pool_id) == []
    assert error_of(cognito.resend_confirmation_code, ClientId=client_id, Username="erin") == (
        "InvalidParameterException", "Cannot resend codes. Auto verification not turned on.")
    cognito.admin_confirm_sign_up(UserPoolId=pool_id, Username="erin")
    assert status(cognito, pool_id) == "CONFIRMED"
    assert error_of(cognito.admin_confirm_sign_up, UserPoolId=pool_id, Username="erin") == (
        "NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED")


def test_sign_up_refusals(cognito, engine, verifying):
    pool_id, client_id = verifying
    assert error_of(cognito.sign_up, ClientId="nosuchclient", Username="erin",
                    Password=PASSWORD) == ("ResourceNotFoundException",
                                           "User pool client nosuchclient does not exist.")
    assert error_of(cognito.sign_up, ClientId=client_id, Username="erin")[0] == \
        "InvalidParameterException"  # no password
    assert error_of(cognito.sign_up, ClientId=client_id, Username="erin",
                    Password="password") == (
        "InvalidPasswordException",
        "Password did not conform with policy: Password must have uppercase characters")
    assert error_of(cognito.sign_up, ClientId=client_id, Username="erin", Password=PASSWORD,
                    UserAttributes=[{"Name": "email"}])[0] == "InvalidParameterException"
    cognito.sign_up(ClientId=client_id, Username="erin", Password=PASSWORD)
    assert error_of(cognito.sign_up, ClientId=client_id, Username="erin",
                    Password=PASSWORD) == ("UsernameExistsException",
                                           "User account already exists")
    closed = cognito.create_user_pool(PoolName="closed", AdminCreateUserConfig={
        "AllowAdminCreateUserOnly": True})["UserPool"]["Id"]
    assert error_of(cognito.sign_up, ClientId=add_app_client(engine, closed), Username="erin",
                    Password=PASSWORD) == ("NotAuthorizedException",
                                           "SignUp is not permitted for this user pool")


def test_an_email_pool_signs_up_by_email(cognito, engine):
    pool_id, client_id = make_pool(cognito, engine, UsernameAttributes=["email"],
                                   AutoVerifiedAttributes=["email"])
    answer = cognito.sign_up(ClientId=client_id, Username="erin@example.com",
                             Password=PASSWORD)
    user = cognito.admin_get_user(UserPoolId=pool_id, Username="erin@example.com")
    assert user["Username"] == answer["UserSub"]
    code = last_code(engine, pool_id, answer["UserSub"], outbox.SIGN_UP)
    cognito.confirm_sign_up(ClientId=client_id, Username="erin@example.com",
                            ConfirmationCode=code)
    assert status(cognito, pool_id, "erin@example.com") == "CONFIRMED"


def test_a_client_with_a_secret_needs_the_secret_hash(cognito, engine):
    pool_id = cognito.create_user_pool(PoolName="secret")["UserPool"]["Id"]
    client_id = add_app_client(engine, pool_id, secret="s3cr3t")
    assert error_of(cognito.sign_up, ClientId=client_id, Username="erin",
                    Password=PASSWORD) == (
        "NotAuthorizedException",
        f"Client {client_id} is configured with secret but SECRET_HASH was not received")
    assert error_of(cognito.sign_up, ClientId=client_id, Username="erin", Password=PASSWORD,
                    SecretHash=secret_hash("wrong", "erin", client_id)) == (
        "NotAuthorizedException", f"Unable to verify secret hash for client {client_id}")
    # HMAC-SHA256(secret, username + client id), base64: computed here independently.
    import base64
    import hashlib
    import hmac
    good = base64.b64encode(hmac.new(b"s3cr3t", f"erin{client_id}".encode(),
                                     hashlib.sha256).digest()).decode()
    assert cognito.sign_up(ClientId=client_id, Username="erin", Password=PASSWORD,
                           SecretHash=good)["UserConfirmed"] is False


def test_confirm_sign_up_takes_the_code_that_was_sent(cognito, engine, verifying):
    pool_id, client_id = verifying
    cognito.sign_up(ClientId=client_id, Username="erin", Password=PASSWORD,
                    UserAttributes=EMAIL)
    code = last_code(engine, pool_id, "erin", outbox.SIGN_UP)
    wrong = "000000" if code != "000000" else "111111"
    assert error_of(cognito.confirm_sign_up, ClientId=client_id, Username="erin",
                    ConfirmationCode=wrong) == (
        "CodeMismatchException", "Invalid verification code provided, please try again.")
    assert status(cognito, pool_id) == "UNCONFIRMED"
    cognito.confirm_sign_up(ClientId=client_id, Username="erin", ConfirmationCode=code)
    user = cognito.admin_get_user(UserPoolId=pool_id, Username="erin")
    assert user["UserStatus"] == "CONFIRMED"
    assert attrs(user, "UserAttributes")["email_verified"] == "true"
    assert error_of(cognito.confirm_sign_up, ClientId=client_id, Username="erin",
                    ConfirmationCode=code) == (
        "NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED")
    assert error_of(cognito.confirm_sign_up, ClientId=client_id, Username="ghost",
                    ConfirmationCode=code)[0] == "UserNotFoundException"


def test_a_resent_code_replaces_the_old_one(cognito, engine, verifying):
    pool_id, client_id = verifying
    cognito.sign_up(ClientId=client_id, Username="erin", Password=PASSWORD,
                    UserAttributes=EMAIL)
    first = last_code(engine, pool_id, "erin", outbox.SIGN_UP)
    details = cognito.resend_confirmation_code(ClientId=client_id, Username="erin")
    assert details["CodeDeliveryDetails"]["DeliveryMedium"] == "EMAIL"
    second = last_code(engine, pool_id, "erin", outbox.SIGN_UP)
    if first != second:  # one in a million, they are the same
        assert error_of(cognito.confirm_sign_up, ClientId=client_id, Username="erin",
                        ConfirmationCode=first)[0] == "ExpiredCodeException"
    cognito.confirm_sign_up(ClientId=client_id, Username="erin", ConfirmationCode=second)
    assert error_of(cognito.resend_confirmation_code, ClientId=client_id, Username="erin") == (
        "InvalidParameterException", "User is already confirmed.")


def test_an_old_code_has_expired(cognito, engine, clock, verifying):
    pool_id, client_id = verifying
    cognito.sign_up(ClientId=client_id, Username="erin", Password=PASSWORD,
                    UserAttributes=EMAIL)
    code = last_code(engine, pool_id, "erin", outbox.SIGN_UP)
    clock.now += 24 * 3600 + 1
    assert error_of(cognito.confirm_sign_up, ClientId=client_id, Username="erin",
                    ConfirmationCode=code) == (
        "ExpiredCodeException", "Invalid code provided, please request a code again.")


def confirmed_user(cognito, pool_id, verified=True, name="alice"):
    extra = [{"Name": "email_verified", "Value": "true"}] if verified else []
    cognito.admin_create_user(UserPoolId=pool_id, Username=name, MessageAction="SUPPRESS",
                              UserAttributes=[{"Name": "email", "Value": f"{name}@example.com"},
                                              *extra])
    cognito.admin_set_user_password(UserPoolId=pool_id, Username=name, Password=PASSWORD,
                                    Permanent=True)


def test_forgot_password_and_its_confirmation(cognito, engine, verifying):
    pool_id, client_id = verifying
    confirmed_user(cognito, pool_id)
    answer = cognito.forgot_password(ClientId=client_id, Username="alice")
    assert answer["CodeDeliveryDetails"] == {"Destination": "a***@e***",
                                             "DeliveryMedium": "EMAIL", "AttributeName": "email"}
    code = last_code(engine, pool_id, "alice", outbox.PASSWORD_RESET)
    wrong = "000000" if code != "000000" else "111111"
    assert error_of(cognito.confirm_forgot_password, ClientId=client_id, Username="alice",
                    ConfirmationCode=wrong, Password="An0ther-Pass!")[0] == \
        "CodeMismatchException"
    assert error_of(cognito.confirm_forgot_password, ClientId=client_id, Username="alice",
                    ConfirmationCode=code, Password="weak")[0] == "InvalidPasswordException"
    assert has_password(engine, pool_id, "alice", PASSWORD)  # unchanged
    cognito.confirm_forgot_password(ClientId=client_id, Username="alice", ConfirmationCode=code,
                                    Password="An0ther-Pass!")  # the refused try left it usable
    assert has_password(engine, pool_id, "alice", "An0ther-Pass!")
    assert status(cognito, pool_id, "alice") == "CONFIRMED"
    assert error_of(cognito.confirm_forgot_password, ClientId=client_id, Username="alice",
                    ConfirmationCode=code, Password="Y3t-Another!")[0] == "ExpiredCodeException"


def test_forgot_password_needs_a_verified_address(cognito, engine, verifying):
    pool_id, client_id = verifying
    confirmed_user(cognito, pool_id, verified=False)
    assert error_of(cognito.forgot_password, ClientId=client_id, Username="alice") == (
        "InvalidParameterException", "Cannot reset password for the user as there is no "
        "registered/verified email or phone_number")
    assert error_of(cognito.forgot_password, ClientId=client_id,
                    Username="ghost")[0] == "UserNotFoundException"
    admin_only = cognito.create_user_pool(PoolName="admin-only", AccountRecoverySetting={
        "RecoveryMechanisms": [{"Name": "admin_only", "Priority": 1}]})["UserPool"]["Id"]
    confirmed_user(cognito, admin_only)
    assert error_of(cognito.forgot_password, ClientId=add_app_client(engine, admin_only),
                    Username="alice") == ("NotAuthorizedException",
                                          "Contact administrator to reset password.")


def test_a_client_that_hides_users_answers_alike_for_unknown_ones(cognito, engine):
    pool_id = cognito.create_user_pool(PoolName="hiding")["UserPool"]["Id"]
    client_id = add_app_client(engine, pool_id, PreventUserExistenceErrors="ENABLED")
    answer = cognito.forgot_password(ClientId=client_id, Username="ghost")
    assert answer["CodeDeliveryDetails"]["DeliveryMedium"] == "EMAIL"
    assert error_of(cognito.confirm_forgot_password, ClientId=client_id, Username="ghost",
                    ConfirmationCode="123456", Password=PASSWORD)[0] == "CodeMismatchException"


def test_admin_reset_user_password(cognito, engine, verifying):
    pool_id, client_id = verifying
    confirmed_user(cognito, pool_id)
    cognito.admin_reset_user_password(UserPoolId=pool_id, Username="alice")
    assert status(cognito, pool_id, "alice") == "RESET_REQUIRED"
    code = last_code(engine, pool_id, "alice", outbox.PASSWORD_RESET)
    cognito.confirm_forgot_password(ClientId=client_id, Username="alice", ConfirmationCode=code,
                                    Password="An0ther-Pass!")
    assert status(cognito, pool_id, "alice") == "CONFIRMED"
    confirmed_user(cognito, pool_id, verified=False, name="bob")
    assert error_of(cognito.admin_reset_user_password, UserPoolId=pool_id,
                    Username="bob")[0] == "InvalidParameterException"
    cognito.admin_create_user(UserPoolId=pool_id, Username="carol", MessageAction="SUPPRESS")
    assert error_of(cognito.admin_reset_user_password, UserPoolId=pool_id,
                    Username="carol") == ("NotAuthorizedException", "User password cannot be "
                                          "reset in the current state.")
    cognito.admin_disable_user(UserPoolId=pool_id, Username="alice")
    assert error_of(cognito.admin_reset_user_password, UserPoolId=pool_id,
                    Username="alice") == ("NotAuthorizedException", "User is disabled.")


def test_a_code_that_is_not_ascii_is_a_mismatch(cognito, engine, verifying):
    pool_id, client_id = verifying
    cognito.sign_up(ClientId=client_id, Username="erin", Password=PASSWORD,
                    UserAttributes=EMAIL)
    assert error_of(cognito.confirm_sign_up, ClientId=client_id, Username="erin",
                    ConfirmationCode="ééé")[0] == "CodeMismatchException"
