"""Challenges (RespondToAuthChallenge, AdminRespondToAuthChallenge) and MFA end to end,
with pyotp generating the TOTP codes and the outbox holding the SMS and email codes."""

from __future__ import annotations

import secrets

import pyotp
import pytest

from tests.engine import seed
from tests.engine.seed import admin_auth, claims_of, error_of

EXPIRED = ("NotAuthorizedException", "Invalid session for the user, session is expired.")
NEW = "Brand-N3w-Pass!"


def respond(cognito, pool, app, name, session, admin=True, **answers):
    params = {"ClientId": app["ClientId"], "ChallengeName": name, "Session": session,
              "ChallengeResponses": {"USERNAME": "alice", **answers}}
    if admin:
        return cognito.admin_respond_to_auth_challenge(UserPoolId=pool["Id"], **params)
    return cognito.respond_to_auth_challenge(**params)


def sign_in_tokens(cognito, pool, app, password=seed.PASSWORD):
    return admin_auth(cognito, pool, app, password=password)["AuthenticationResult"]


def test_sessions_and_refresh_tokens_never_start_with_a_dash(engine, cognito, pool, app,
                                                            monkeypatch):
    """The AWS CLI takes a value that starts with "-" for an option (`--session "$S"`). The
    random source is made to draw a dash first for each value; a second draw is kept."""
    real, draws = secrets.token_urlsafe, []

    def dash_first(nbytes):
        draws.append(nbytes)
        return ("-" if len(draws) % 2 else "A") + real(nbytes)[1:]

    monkeypatch.setattr(secrets, "token_urlsafe", dash_first)
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD")
    session = admin_auth(cognito, pool, app)["Session"]
    refresh = respond(cognito, pool, app, "NEW_PASSWORD_REQUIRED", session,
                      NEW_PASSWORD=NEW)["AuthenticationResult"]["RefreshToken"]
    assert len(draws) == 4  # a dash, then kept: for the session and for the refresh token
    assert not session.startswith("-") and not refresh.startswith("-")
    assert "AccessToken" in cognito.get_tokens_from_refresh_token(
        RefreshToken=refresh, ClientId=app["ClientId"])["AuthenticationResult"]


# --- NEW_PASSWORD_REQUIRED --------------------------------------------------------------------

@pytest.mark.parametrize("admin", [True, False])
def test_new_password_confirms_the_user_and_signs_in(engine, cognito, pool, app, admin):
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD")
    session = admin_auth(cognito, pool, app)["Session"]
    result = respond(cognito, pool, app, "NEW_PASSWORD_REQUIRED", session, admin,
                     NEW_PASSWORD=NEW)
    assert result["ChallengeParameters"] == {}
    assert set(result["AuthenticationResult"]) >= {"AccessToken", "IdToken", "RefreshToken"}
    stored = seed.stored_user(engine, pool["Id"], "alice")
    assert stored["UserStatus"] == "CONFIRMED" and "Srp" in stored["Password"]
    assert "AccessToken" in admin_auth(cognito, pool, app, password=NEW)["AuthenticationResult"]
    assert error_of(admin_auth, cognito=cognito, pool=pool, app=app)[0] == \
        "NotAuthorizedException"
    # the session answered once
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="NEW_PASSWORD_REQUIRED",
                    session=session, NEW_PASSWORD=NEW) == EXPIRED


def test_a_refused_new_password_leaves_the_session_usable(engine, cognito, pool, app):
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD")
    session = admin_auth(cognito, pool, app)["Session"]
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="NEW_PASSWORD_REQUIRED",
                    session=session, NEW_PASSWORD="short") == (
        "InvalidPasswordException", "Password did not conform with policy: Password not long "
                                    "enough")
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="NEW_PASSWORD_REQUIRED",
                    session=session)[1] == "Missing required parameter NEW_PASSWORD"
    result = respond(cognito, pool, app, "NEW_PASSWORD_REQUIRED", session, NEW_PASSWORD=NEW)
    assert "AuthenticationResult" in result


def test_required_attributes_must_come_with_the_new_password(engine, cognito):
    pool = seed.pool(engine, Schema=[{"Name": "name", "Required": True}])
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD")
    session = admin_auth(cognito, pool, app)["Session"]
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="NEW_PASSWORD_REQUIRED",
                    session=session, NEW_PASSWORD=NEW) == (
        "InvalidParameterException", "Invalid attributes given, name is missing")
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="NEW_PASSWORD_REQUIRED",
                    session=session, NEW_PASSWORD=NEW, **{"userAttributes.nope": "x"})[0] == \
        "InvalidParameterException"
    result = respond(cognito, pool, app, "NEW_PASSWORD_REQUIRED", session, NEW_PASSWORD=NEW,
                     **{"userAttributes.name": "Alice A."})
    identity = claims_of(engine, pool["Id"], result["AuthenticationResult"]["IdToken"])
    assert identity["name"] == "Alice A."


def test_a_session_expires_after_the_clients_auth_session_validity(engine, cognito, pool,
                                                                  clock):
    app = seed.app_client(engine, pool["Id"], AuthSessionValidity=5)
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD")
    session = admin_auth(cognito, pool, app)["Session"]
    clock.now += 5 * 60 + 1
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="NEW_PASSWORD_REQUIRED",
                    session=session, NEW_PASSWORD=NEW) == EXPIRED


def test_a_session_answers_only_its_challenge_its_client_and_its_user(engine, cognito, pool,
                                                                      app):
    seed.user(engine, pool["Id"], status="FORCE_CHANGE_PASSWORD")
    seed.user(engine, pool["Id"], "bob")
    other = seed.app_client(engine, pool["Id"])
    session = admin_auth(cognito, pool, app)["Session"]
    assert error_of(respond, cognito=cognito, pool=pool, app=other, name="NEW_PASSWORD_REQUIRED",
                    session=session, NEW_PASSWORD=NEW) == EXPIRED
    session = admin_auth(cognito, pool, app)["Session"]
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="SMS_MFA",
                    session=session, SMS_MFA_CODE="123456") == EXPIRED
    session = admin_auth(cognito, pool, app)["Session"]
    assert error_of(cognito.admin_respond_to_auth_challenge, UserPoolId=pool["Id"],
                    ClientId=app["ClientId"], ChallengeName="NEW_PASSWORD_REQUIRED",
                    Session=session, ChallengeResponses={"USERNAME": "bob",
                                                         "NEW_PASSWORD": NEW})[0] == \
        "NotAuthorizedException"
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="NEW_PASSWORD_REQUIRED",
                    session="made-up-session-value-xxxxxxxx", NEW_PASSWORD=NEW) == EXPIRED


# --- TOTP, end to end ---------------------------------------------------------------------------

def totp_pool(engine, cognito, configuration="OPTIONAL", sms=False, email=False):
    pool = seed.pool(engine)
    extra = {}
    if sms:
        extra["SmsMfaConfiguration"] = {"SmsAuthenticationMessage": "Your code is {####}"}
    if email:
        extra["EmailMfaConfiguration"] = {"Message": "Your code is {####}"}
    cognito.set_user_pool_mfa_config(
        UserPoolId=pool["Id"], MfaConfiguration=configuration,
        SoftwareTokenMfaConfiguration={"Enabled": True}, **extra)
    return seed.pool_doc(engine, pool["Id"])


def enrol_totp(cognito, access_token, clock) -> pyotp.TOTP:
    secret = cognito.associate_software_token(AccessToken=access_token)["SecretCode"]
    totp = pyotp.TOTP(secret)
    assert cognito.verify_software_token(AccessToken=access_token, UserCode=totp.at(clock.now),
                                         FriendlyDeviceName="phone")["Status"] == "SUCCESS"
    cognito.set_user_mfa_preference(AccessToken=access_token, SoftwareTokenMfaSettings={
        "Enabled": True, "PreferredMfa": True})
    return totp


def test_totp_from_association_to_sign_in(engine, cognito, clock):
    pool = totp_pool(engine, cognito)
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"])
    tokens = sign_in_tokens(cognito, pool, app)  # OPTIONAL, nothing set up: no challenge
    totp = enrol_totp(cognito, tokens["AccessToken"], clock)
    user = cognito.get_user(AccessToken=tokens["AccessToken"])
    assert user["UserMFASettingList"] == ["SOFTWARE_TOKEN_MFA"]
    assert user["PreferredMfaSetting"] == "SOFTWARE_TOKEN_MFA"

    clock.now += 120
    challenge = admin_auth(cognito, pool, app)
    assert challenge["ChallengeName"] == "SOFTWARE_TOKEN_MFA"
    assert challenge["ChallengeParameters"] == {"FRIENDLY_DEVICE_NAME": "phone"}
    session = challenge["Session"]
    stale = totp.at(clock.now - 90)
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="SOFTWARE_TOKEN_MFA",
                    session=session, SOFTWARE_TOKEN_MFA_CODE=stale) == (
        "CodeMismatchException", "Invalid code received for user")
    # one step of drift is allowed
    result = respond(cognito, pool, app, "SOFTWARE_TOKEN_MFA", session,
                     SOFTWARE_TOKEN_MFA_CODE=totp.at(clock.now - 30))
    access = claims_of(engine, pool["Id"], result["AuthenticationResult"]["AccessToken"])
    assert access["auth_time"] == int(clock.now)


def test_a_wrong_code_three_times_ends_the_session(engine, cognito, clock):
    pool = totp_pool(engine, cognito)
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"])
    totp = enrol_totp(cognito, sign_in_tokens(cognito, pool, app)["AccessToken"], clock)
    session = admin_auth(cognito, pool, app)["Session"]
    for _ in range(3):
        assert error_of(respond, cognito=cognito, pool=pool, app=app,
                        name="SOFTWARE_TOKEN_MFA", session=session,
                        SOFTWARE_TOKEN_MFA_CODE="000000")[0] == "CodeMismatchException"
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="SOFTWARE_TOKEN_MFA",
                    session=session, SOFTWARE_TOKEN_MFA_CODE=totp.at(clock.now)) == EXPIRED


def test_verify_software_token_refuses_a_wrong_code(engine, cognito, pool, app, clock):
    seed.user(engine, pool["Id"])
    access = sign_in_tokens(cognito, pool, app)["AccessToken"]
    assert error_of(cognito.verify_software_token, AccessToken=access, UserCode="123456") == (
        "SoftwareTokenMFANotFoundException",
        "Software Token MFA has not been associated with this user.")
    secret = cognito.associate_software_token(AccessToken=access)["SecretCode"]
    assert len(secret) == 32 and pyotp.TOTP(secret).now()
    wrong = f"{(int(pyotp.TOTP(secret).at(clock.now)) + 1) % 1_000_000:06d}"
    assert error_of(cognito.verify_software_token, AccessToken=access, UserCode=wrong) == (
        "EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA")
    assert error_of(cognito.set_user_mfa_preference, AccessToken=access,
                    SoftwareTokenMfaSettings={"Enabled": True}) == (
        "InvalidParameterException", "User has not verified software token mfa")
    # each association is a fresh secret
    assert cognito.associate_software_token(AccessToken=access)["SecretCode"] != secret


def test_mfa_setup_when_the_pool_requires_mfa(engine, cognito, clock):
    pool = totp_pool(engine, cognito, configuration="ON")
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"])
    challenge = admin_auth(cognito, pool, app)
    assert challenge["ChallengeName"] == "MFA_SETUP"
    assert challenge["ChallengeParameters"] == {"MFAS_CAN_SETUP": '["SOFTWARE_TOKEN_MFA"]'}
    associated = cognito.associate_software_token(Session=challenge["Session"])
    totp = pyotp.TOTP(associated["SecretCode"])
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="MFA_SETUP",
                    session=associated["Session"])[0] == "InvalidParameterException"
    verified = cognito.verify_software_token(Session=associated["Session"],
                                             UserCode=totp.at(clock.now))
    assert verified["Status"] == "SUCCESS"
    result = respond(cognito, pool, app, "MFA_SETUP", verified["Session"], admin=False)
    assert "AccessToken" in result["AuthenticationResult"]
    stored = seed.stored_user(engine, pool["Id"], "alice")
    assert stored["UserMFASettingList"] == ["SOFTWARE_TOKEN_MFA"]
    # from now on, the code is asked for
    assert admin_auth(cognito, pool, app)["ChallengeName"] == "SOFTWARE_TOKEN_MFA"
    assert error_of(cognito.associate_software_token, Session=challenge["Session"]) == EXPIRED
    assert error_of(cognito.associate_software_token)[0] == "InvalidParameterException"


# --- codes by SMS and email, from the outbox ----------------------------------------------------

def test_sms_mfa_code_from_the_outbox(engine, cognito):
    pool = totp_pool(engine, cognito, configuration="ON", sms=True)
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"], attributes={"phone_number": "+15555550123"})
    challenge = admin_auth(cognito, pool, app)
    assert challenge["ChallengeName"] == "SMS_MFA"
    assert challenge["ChallengeParameters"] == {"CODE_DELIVERY_DELIVERY_MEDIUM": "SMS",
                                                "CODE_DELIVERY_DESTINATION": "+*******0123"}
    sent = seed.outbox(engine, pool["Id"], "alice")
    assert [(m["Kind"], m["Destination"]) for m in sent] == [
        ("mfa", {"Destination": "+15555550123", "DeliveryMedium": "SMS",
                 "AttributeName": "phone_number"})]
    code = sent[0]["Code"]
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert error_of(respond, cognito=cognito, pool=pool, app=app, name="SMS_MFA",
                    session=challenge["Session"], SMS_MFA_CODE=wrong)[0] == \
        "CodeMismatchException"
    result = respond(cognito, pool, app, "SMS_MFA", challenge["Session"], SMS_MFA_CODE=code)
    assert "AccessToken" in result["AuthenticationResult"]


def test_email_otp_chosen_by_the_admin(engine, cognito):
    pool = totp_pool(engine, cognito, email=True)
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"])
    cognito.admin_set_user_mfa_preference(UserPoolId=pool["Id"], Username="alice",
                                          EmailMfaSettings={"Enabled": True})
    challenge = admin_auth(cognito, pool, app)
    assert challenge["ChallengeName"] == "EMAIL_OTP"
    assert challenge["ChallengeParameters"] == {"CODE_DELIVERY_DELIVERY_MEDIUM": "EMAIL",
                                                "CODE_DELIVERY_DESTINATION": "a***@e***"}
    code = seed.outbox(engine, pool["Id"], "alice")[-1]["Code"]
    result = respond(cognito, pool, app, "EMAIL_OTP", challenge["Session"],
                     EMAIL_OTP_CODE=code)
    assert "AccessToken" in result["AuthenticationResult"]


def test_select_mfa_type_when_several_are_enabled_and_none_preferred(engine, cognito, clock):
    pool = totp_pool(engine, cognito, sms=True)
    app = seed.app_client(engine, pool["Id"])
    seed.user(engine, pool["Id"], attributes={"phone_number": "+15555550123"})
    totp = enrol_totp(cognito, sign_in_tokens(cognito, pool, app)["AccessToken"], clock)
    cognito.admin_set_user_mfa_preference(
        UserPoolId=pool["Id"], Username="alice", SMSMfaSettings={"Enabled": True},
        SoftwareTokenMfaSettings={"Enabled": True, "PreferredMfa": False})
    challenge = admin_auth(cognito, pool, app)
    assert challenge["ChallengeName"] == "SELECT_MFA_TYPE"
    assert challenge["ChallengeParameters"] == {
        "MFAS_CAN_CHOOSE": '["SMS_MFA","SOFTWARE_TOKEN_MFA"]'}
    chosen = respond(cognito, pool, app, "SELECT_MFA_TYPE", challenge["Session"],
                     ANSWER="SOFTWARE_TOKEN_MFA")
    assert chosen["ChallengeName"] == "SOFTWARE_TOKEN_MFA"
    result = respond(cognito, pool, app, "SOFTWARE_TOKEN_MFA", chosen["Session"],
                     SOFTWARE_TOKEN_MFA_CODE=totp.at(clock.now))
    assert "AccessToken" in result["AuthenticationResult"]


def test_mfa_preferences_need_a_destination_and_can_be_turned_off(engine, cognito):
    pool = totp_pool(engine, cognito, sms=True)
    seed.user(engine, pool["Id"])
    assert error_of(cognito.admin_set_user_mfa_preference, UserPoolId=pool["Id"],
                    Username="alice", SMSMfaSettings={"Enabled": True}) == (
        "InvalidParameterException", "User does not have delivery config set to turn on SMS_MFA")
    cognito.admin_set_user_mfa_preference(UserPoolId=pool["Id"], Username="alice",
                                          EmailMfaSettings={"Enabled": True,
                                                            "PreferredMfa": True})
    stored = seed.stored_user(engine, pool["Id"], "alice")
    assert (stored["UserMFASettingList"], stored["PreferredMfaSetting"]) == (["EMAIL_OTP"],
                                                                            "EMAIL_OTP")
    cognito.admin_set_user_mfa_preference(UserPoolId=pool["Id"], Username="alice",
                                          EmailMfaSettings={"Enabled": False})
    stored = seed.stored_user(engine, pool["Id"], "alice")
    assert "UserMFASettingList" not in stored and "PreferredMfaSetting" not in stored
    assert error_of(cognito.admin_set_user_mfa_preference, UserPoolId=pool["Id"],
                    Username="ghost", EmailMfaSettings={"Enabled": False})[0] == \
        "UserNotFoundException"
