"""Attribute verification and the legacy user settings through a real server on loopback,
every code read from the outbox service (cognito.embedded.v1.OutboxService)."""

from __future__ import annotations

import time

import grpc
import pytest
from cognito.embedded.v1 import outbox_pb2 as pb, outbox_pb2_grpc

from cognito_grpc.engine import Engine, outbox
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.engine import seed

TEMPLATE = {"DefaultEmailOption": "CONFIRM_WITH_CODE", "EmailSubject": "Verify",
            "EmailMessage": "Your verification code is {####}",
            "SmsMessage": "Code {####}"}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("verification-data")
    engine = Engine(str(data_dir))
    try:
        plain = seed.pool(engine, AutoVerifiedAttributes=["email"],
                          VerificationMessageTemplate=TEMPLATE)
        strict = seed.pool(engine, AutoVerifiedAttributes=["email"],
                           VerificationMessageTemplate=TEMPLATE,
                           UserAttributeUpdateSettings={
                               "AttributesRequireVerificationBeforeUpdate": ["email"]})
        clients = {}
        for pool in (plain, strict):
            clients[pool["Id"]] = seed.app_client(engine, pool["Id"])["ClientId"]
        unverified = {"email_verified": "false"}
        seed.user(engine, plain["Id"], "alice", attributes=unverified)
        seed.user(engine, plain["Id"], "ann", attributes=unverified)
        seed.user(engine, plain["Id"], "pat", attributes={"phone_number": "+15555550100"})
        seed.user(engine, strict["Id"], "bob")
        seed.user(engine, strict["Id"], "una", attributes=unverified)
        seed.user(engine, strict["Id"], "vic")
        sms = seed.pool(engine)
        engine.client("us-east-1").set_user_pool_mfa_config(
            UserPoolId=sms["Id"], MfaConfiguration="OPTIONAL",
            SmsMfaConfiguration={"SmsAuthenticationMessage": "Sign-in code {####}"})
        clients[sms["Id"]] = seed.app_client(engine, sms["Id"])["ClientId"]
        seed.user(engine, sms["Id"], "sam", attributes={"phone_number": "+15555550199"})
    finally:
        engine.close()
    server = ServerProcess("--data-dir", str(data_dir))
    try:
        yield server, data_dir, plain["Id"], strict["Id"], clients, sms["Id"]
    finally:
        server.stop()


@pytest.fixture(scope="module")
def compat(served):
    client = boto3_compat.client(served[0].address, region_name="us-east-1")
    yield client
    client.close()


@pytest.fixture(scope="module")
def mailbox(served):
    with grpc.insecure_channel(served[0].address) as channel:
        yield outbox_pb2_grpc.OutboxServiceStub(channel)


def access_token(compat, served, pool_id: str, username: str) -> str:
    return compat.admin_initiate_auth(
        UserPoolId=pool_id, ClientId=served[4][pool_id], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": username, "PASSWORD": seed.PASSWORD}
    )["AuthenticationResult"]["AccessToken"]


def codes(mailbox, pool_id: str, username: str) -> list:
    return list(mailbox.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, username=username, kind=pb.MESSAGE_KIND_VERIFICATION)),
        timeout=5).messages)


def attributes(compat, token: str) -> dict:
    return {a["Name"]: a["Value"] for a in compat.get_user(AccessToken=token)["UserAttributes"]}


def test_a_verification_code_verifies_the_email_and_a_wrong_one_does_not(served, compat,
                                                                        mailbox):
    pool_id = served[2]
    token = access_token(compat, served, pool_id, "alice")
    delivery = compat.get_user_attribute_verification_code(
        AccessToken=token, AttributeName="email")["CodeDeliveryDetails"]
    assert delivery == {"Destination": "a***@e***", "DeliveryMedium": "EMAIL",
                        "AttributeName": "email"}
    [message] = codes(mailbox, pool_id, "alice")
    assert (message.destination, message.channel, message.subject, message.text) == (
        "alice@example.com", pb.CHANNEL_EMAIL, "Verify",
        f"Your verification code is {message.code}")
    wrong = "000000" if message.code != "000000" else "111111"
    with pytest.raises(compat.exceptions.CodeMismatchException):
        compat.verify_user_attribute(AccessToken=token, AttributeName="email", Code=wrong)
    assert attributes(compat, token)["email_verified"] == "false"
    compat.verify_user_attribute(AccessToken=token, AttributeName="email", Code=message.code)
    assert attributes(compat, token)["email_verified"] == "true"
    with pytest.raises(compat.exceptions.ExpiredCodeException):  # a code answers once
        compat.verify_user_attribute(AccessToken=token, AttributeName="email",
                                     Code=message.code)


def test_a_superseded_or_expired_code_is_expired(served, compat, mailbox):
    _, data_dir, pool_id = served[:3]
    token = access_token(compat, served, pool_id, "ann")
    for _ in range(2):
        compat.get_user_attribute_verification_code(AccessToken=token, AttributeName="email")
    first, second = codes(mailbox, pool_id, "ann")
    if first.code != second.code:
        with pytest.raises(compat.exceptions.ExpiredCodeException):
            compat.verify_user_attribute(AccessToken=token, AttributeName="email",
                                         Code=first.code)
    # a code sent 25 hours ago, by another process on the same data dir
    engine = Engine(str(data_dir))
    try:
        with engine.store.write() as tx:
            outbox.send(tx, pool_id, "ann", outbox.VERIFICATION,
                        outbox.Destination("EMAIL", "email", "ann@example.com"),
                        code="424242", now=time.time() - 25 * 3600)
    finally:
        engine.close()
    with pytest.raises(compat.exceptions.ExpiredCodeException):
        compat.verify_user_attribute(AccessToken=token, AttributeName="email", Code="424242")
    assert attributes(compat, token)["email_verified"] == "false"


def test_only_email_and_phone_number_are_verified(served, compat):
    token = access_token(compat, served, served[2], "alice")
    with pytest.raises(compat.exceptions.InvalidParameterException):
        compat.get_user_attribute_verification_code(AccessToken=token, AttributeName="name")
    with pytest.raises(compat.exceptions.InvalidParameterException):  # alice has no phone
        compat.get_user_attribute_verification_code(AccessToken=token,
                                                    AttributeName="phone_number")


def test_a_changed_verified_email_waits_for_its_verification(served, compat, mailbox):
    pool_id = served[3]
    token = access_token(compat, served, pool_id, "bob")
    response = compat.update_user_attributes(AccessToken=token, UserAttributes=[
        {"Name": "email", "Value": "bob@new.example"}])
    assert response["CodeDeliveryDetailsList"] == [
        {"Destination": "b***@n***", "DeliveryMedium": "EMAIL", "AttributeName": "email"}]
    before = attributes(compat, token)
    assert (before["email"], before["email_verified"]) == ("bob@example.com", "true")
    [message] = codes(mailbox, pool_id, "bob")
    assert message.destination == "bob@new.example"
    compat.verify_user_attribute(AccessToken=token, AttributeName="email", Code=message.code)
    after = attributes(compat, token)
    assert (after["email"], after["email_verified"]) == ("bob@new.example", "true")


def test_an_administrator_s_change_waits_too_unless_it_says_verified(served, compat,
                                                                     mailbox):
    pool_id = served[3]
    compat.admin_update_user_attributes(UserPoolId=pool_id, Username="vic", UserAttributes=[
        {"Name": "email", "Value": "vic@new.example"}])
    token = access_token(compat, served, pool_id, "vic")
    assert attributes(compat, token)["email"] == "vic@example.com"
    assert [m.destination for m in codes(mailbox, pool_id, "vic")] == ["vic@new.example"]
    compat.admin_update_user_attributes(UserPoolId=pool_id, Username="vic", UserAttributes=[
        {"Name": "email", "Value": "vic@other.example"},
        {"Name": "email_verified", "Value": "true"}])
    now = attributes(compat, token)
    assert (now["email"], now["email_verified"]) == ("vic@other.example", "true")
    assert len(codes(mailbox, pool_id, "vic")) == 1  # said verified: no code
    # the waiting value was replaced: its code no longer verifies anything
    stale = codes(mailbox, pool_id, "vic")[0].code
    with pytest.raises(compat.exceptions.CodeMismatchException):
        compat.verify_user_attribute(AccessToken=token, AttributeName="email", Code=stale)


def test_a_changed_unverified_email_changes_at_once(served, compat, mailbox):
    pool_id = served[3]
    token = access_token(compat, served, pool_id, "una")
    compat.update_user_attributes(AccessToken=token, UserAttributes=[
        {"Name": "email", "Value": "una@new.example"}])
    now = attributes(compat, token)
    assert (now["email"], now["email_verified"]) == ("una@new.example", "false")
    [message] = codes(mailbox, pool_id, "una")
    assert message.destination == "una@new.example"
    compat.verify_user_attribute(AccessToken=token, AttributeName="email", Code=message.code)
    assert attributes(compat, token)["email_verified"] == "true"


def test_the_legacy_settings_turn_sms_mfa_on_and_off(served, compat):
    pool_id = served[2]
    token = access_token(compat, served, pool_id, "pat")
    sms = [{"DeliveryMedium": "SMS", "AttributeName": "phone_number"}]
    compat.set_user_settings(AccessToken=token, MFAOptions=sms)
    assert compat.get_user(AccessToken=token)["MFAOptions"] == sms
    assert compat.admin_get_user(UserPoolId=pool_id, Username="pat")["MFAOptions"] == sms
    compat.admin_set_user_settings(UserPoolId=pool_id, Username="pat", MFAOptions=[])
    assert "MFAOptions" not in compat.get_user(AccessToken=token)
    with pytest.raises(compat.exceptions.InvalidParameterException):
        compat.set_user_settings(AccessToken=token, MFAOptions=[
            {"DeliveryMedium": "EMAIL", "AttributeName": "email"}])
    with pytest.raises(compat.exceptions.InvalidParameterException):  # alice has no phone
        compat.admin_set_user_settings(UserPoolId=pool_id, Username="alice", MFAOptions=sms)
    with pytest.raises(compat.exceptions.UserNotFoundException):
        compat.admin_set_user_settings(UserPoolId=pool_id, Username="nobody", MFAOptions=sms)


def test_the_legacy_sms_setting_makes_sign_in_ask_for_a_texted_code(served, compat, mailbox):
    pool_id, client_id = served[5], served[4][served[5]]
    auth = dict(UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                AuthParameters={"USERNAME": "sam", "PASSWORD": seed.PASSWORD})
    token = compat.admin_initiate_auth(**auth)["AuthenticationResult"]["AccessToken"]
    compat.set_user_settings(AccessToken=token, MFAOptions=[
        {"DeliveryMedium": "SMS", "AttributeName": "phone_number"}])
    challenge = compat.admin_initiate_auth(**auth)
    assert challenge["ChallengeName"] == "SMS_MFA"
    [message] = mailbox.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, username="sam", kind=pb.MESSAGE_KIND_MFA)), timeout=5).messages
    assert (message.channel, message.destination, message.text) == (
        pb.CHANNEL_SMS, "+15555550199", f"Sign-in code {message.code}")
    result = compat.admin_respond_to_auth_challenge(
        UserPoolId=pool_id, ClientId=client_id, ChallengeName="SMS_MFA",
        Session=challenge["Session"],
        ChallengeResponses={"USERNAME": "sam", "SMS_MFA_CODE": message.code})
    assert "AccessToken" in result["AuthenticationResult"]
    compat.admin_set_user_settings(UserPoolId=pool_id, Username="sam", MFAOptions=[])
    assert "AuthenticationResult" in compat.admin_initiate_auth(**auth)
