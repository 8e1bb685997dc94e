"""Devices: NewDeviceMetadata, ConfirmDevice with a verifier pycognito makes, a remembered
device's DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER (pycognito's client-side SRP) skipping
MFA, and Get/List/Update/Forget with their Admin* forms. Direct engine calls first, then the
story through a real server on loopback."""

from __future__ import annotations

import datetime

import botocore.exceptions
import pyotp
import pytest
from pycognito.aws_srp import AWSSRP, generate_hash_device

from cognito_grpc.engine import Engine, devices
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.engine import seed
from tests.engine.helpers import error_of

REMEMBER_ALWAYS = {"ChallengeRequiredOnNewDevice": True,
                   "DeviceOnlyRememberedOnUserPrompt": False}
ON_PROMPT = {"ChallengeRequiredOnNewDevice": True, "DeviceOnlyRememberedOnUserPrompt": True}


def _pool(engine, device_configuration=REMEMBER_ALWAYS, **extra):
    pool = seed.pool(engine, DeviceConfiguration=device_configuration, **extra)
    return pool["Id"], seed.app_client(engine, pool["Id"])["ClientId"]


def _password_sign_in(cognito, pool_id, client_id, username="alice", **parameters):
    return cognito.admin_initiate_auth(
        UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": username, "PASSWORD": seed.PASSWORD, **parameters})


def _new_device(cognito, pool_id, client_id, username="alice"):
    """Signs in and confirms the new device: (tokens, metadata, device password, answer)."""
    result = _password_sign_in(cognito, pool_id, client_id, username)["AuthenticationResult"]
    metadata = result["NewDeviceMetadata"]
    password, config = generate_hash_device(metadata["DeviceGroupKey"], metadata["DeviceKey"])
    answer = cognito.confirm_device(AccessToken=result["AccessToken"],
                                    DeviceKey=metadata["DeviceKey"],
                                    DeviceSecretVerifierConfig=config, DeviceName="laptop")
    return result, metadata, password, answer


def _device_srp(cognito, respond, pool_id, client_id, username, metadata, password, session,
                wrong_password=None):
    """DEVICE_SRP_AUTH then DEVICE_PASSWORD_VERIFIER with pycognito's client-side math."""
    client = AWSSRP(username=username, password="unused", pool_id=pool_id,
                    client_id=client_id, client=cognito,
                    device_key=metadata["DeviceKey"],
                    device_group_key=metadata["DeviceGroupKey"], device_password=password)
    challenge = respond(ChallengeName="DEVICE_SRP_AUTH", Session=session, ChallengeResponses={
        "USERNAME": username, "DEVICE_KEY": metadata["DeviceKey"],
        "SRP_A": format(client.large_a_value, "x")})
    assert challenge["ChallengeName"] == "DEVICE_PASSWORD_VERIFIER"
    if wrong_password is not None:  # a wrong device password
        client.device_password = wrong_password
    answers = client.process_device_challenge(challenge["ChallengeParameters"])
    session = {"Session": challenge["Session"]} if "Session" in challenge else {}
    return respond(ChallengeName="DEVICE_PASSWORD_VERIFIER", ChallengeResponses=answers,
                   **session)


def _attributes(device) -> dict:
    return {a["Name"]: a["Value"] for a in device["DeviceAttributes"]}


# --- direct engine calls --------------------------------------------------------------------

def test_no_device_configuration_no_new_device(engine, cognito):
    pool = seed.pool(engine)
    client_id = seed.app_client(engine, pool["Id"])["ClientId"]
    seed.user(engine, pool["Id"])
    result = _password_sign_in(cognito, pool["Id"], client_id)["AuthenticationResult"]
    assert "NewDeviceMetadata" not in result


def test_confirm_device_remembers_it_and_lists_it_as_cognito_does(engine, cognito, clock):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    result, metadata, _, answer = _new_device(cognito, pool_id, client_id)
    assert metadata["DeviceKey"].startswith("us-east-1_")
    assert metadata["DeviceGroupKey"]
    assert answer["UserConfirmationNecessary"] is False
    device = cognito.get_device(AccessToken=result["AccessToken"],
                                DeviceKey=metadata["DeviceKey"])["Device"]
    assert device["DeviceKey"] == metadata["DeviceKey"]
    attributes = _attributes(device)
    assert attributes["device_status"] == "valid"
    assert attributes["device_name"] == "laptop"
    assert attributes["dev:device_remembered_status"] == "remembered"
    assert attributes["dev:device_owner"] == f"alice.{pool_id}"
    assert attributes["dev:device_arn"].endswith(
        f":owner/alice.{pool_id}/device/{metadata['DeviceKey']}")
    assert [a["Name"] for a in device["DeviceAttributes"]][0] == "device_status"
    assert device["DeviceCreateDate"] == clock.now
    assert device["DeviceLastAuthenticatedDate"] == clock.now
    admin = cognito.admin_get_device(UserPoolId=pool_id, Username="alice",
                                     DeviceKey=metadata["DeviceKey"])["Device"]
    assert admin == device


def test_on_prompt_the_user_must_remember_it(engine, cognito, clock):
    pool_id, client_id = _pool(engine, ON_PROMPT)
    seed.user(engine, pool_id)
    result, metadata, _, answer = _new_device(cognito, pool_id, client_id)
    assert answer["UserConfirmationNecessary"] is True
    access, key = result["AccessToken"], metadata["DeviceKey"]
    status = _attributes(cognito.get_device(AccessToken=access, DeviceKey=key)["Device"])
    assert status["dev:device_remembered_status"] == "not_remembered"
    clock.now += 10
    cognito.update_device_status(AccessToken=access, DeviceKey=key,
                                 DeviceRememberedStatus="remembered")
    device = cognito.get_device(AccessToken=access, DeviceKey=key)["Device"]
    assert _attributes(device)["dev:device_remembered_status"] == "remembered"
    assert device["DeviceLastModifiedDate"] == clock.now
    cognito.admin_update_device_status(UserPoolId=pool_id, Username="alice", DeviceKey=key,
                                       DeviceRememberedStatus="not_remembered")
    device = cognito.admin_get_device(UserPoolId=pool_id, Username="alice",
                                      DeviceKey=key)["Device"]
    assert _attributes(device)["dev:device_remembered_status"] == "not_remembered"


def test_unconfirmed_and_unknown_devices(engine, cognito):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    result = _password_sign_in(cognito, pool_id, client_id)["AuthenticationResult"]
    access, key = result["AccessToken"], result["NewDeviceMetadata"]["DeviceKey"]
    # Issued but not confirmed: not a device yet.
    assert cognito.list_devices(AccessToken=access)["Devices"] == []
    missing = ("ResourceNotFoundException", "Device does not exist.")
    assert error_of(lambda: cognito.get_device(AccessToken=access, DeviceKey=key)) == missing
    unknown = "us-east-1_00000000-0000-0000-0000-000000000000"
    assert error_of(lambda: cognito.forget_device(AccessToken=access, DeviceKey=unknown)) == \
        missing
    assert error_of(lambda: cognito.admin_forget_device(
        UserPoolId=pool_id, Username="alice", DeviceKey=unknown)) == missing
    _, config = generate_hash_device("-group", unknown)
    assert error_of(lambda: cognito.confirm_device(
        AccessToken=access, DeviceKey=unknown, DeviceSecretVerifierConfig=config)) == missing
    code, _ = error_of(lambda: cognito.confirm_device(AccessToken=access, DeviceKey=key))
    assert code == "InvalidParameterException"
    code, _ = error_of(lambda: cognito.confirm_device(
        AccessToken=access, DeviceKey=key,
        DeviceSecretVerifierConfig={"PasswordVerifier": "not base64!", "Salt": "AAEC"}))
    assert code == "InvalidParameterException"
    assert error_of(lambda: cognito.list_devices(AccessToken="nope"))[0] == \
        "NotAuthorizedException"
    assert error_of(lambda: cognito.admin_list_devices(UserPoolId=pool_id,
                                                       Username="nobody"))[0] == \
        "UserNotFoundException"


def test_another_users_device_is_not_theirs(engine, cognito):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    seed.user(engine, pool_id, "bob")
    _, metadata, _, _ = _new_device(cognito, pool_id, client_id)
    bob = _password_sign_in(cognito, pool_id, client_id, "bob")["AuthenticationResult"]
    code, _ = error_of(lambda: cognito.get_device(AccessToken=bob["AccessToken"],
                                                  DeviceKey=metadata["DeviceKey"]))
    assert code == "ResourceNotFoundException"
    _, config = generate_hash_device(metadata["DeviceGroupKey"], metadata["DeviceKey"])
    code, _ = error_of(lambda: cognito.confirm_device(
        AccessToken=bob["AccessToken"], DeviceKey=metadata["DeviceKey"],
        DeviceSecretVerifierConfig=config))
    assert code == "ResourceNotFoundException"


def test_list_devices_pages_and_forget_removes(engine, cognito):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    keys = sorted(_new_device(cognito, pool_id, client_id)[1]["DeviceKey"] for _ in range(3))
    access = _password_sign_in(cognito, pool_id, client_id)["AuthenticationResult"][
        "AccessToken"]
    first = cognito.list_devices(AccessToken=access, Limit=2)
    assert [d["DeviceKey"] for d in first["Devices"]] == keys[:2]
    rest = cognito.list_devices(AccessToken=access, Limit=2,
                                PaginationToken=first["PaginationToken"])
    assert [d["DeviceKey"] for d in rest["Devices"]] == keys[2:]
    assert "PaginationToken" not in rest
    admin = cognito.admin_list_devices(UserPoolId=pool_id, Username="alice")
    assert [d["DeviceKey"] for d in admin["Devices"]] == keys
    code, _ = error_of(lambda: cognito.list_devices(AccessToken=access,
                                                    PaginationToken="bm9wZQ=="))
    assert code == "InvalidParameterException"
    cognito.forget_device(AccessToken=access, DeviceKey=keys[0])
    cognito.admin_forget_device(UserPoolId=pool_id, Username="alice", DeviceKey=keys[1])
    left = cognito.list_devices(AccessToken=access)["Devices"]
    assert [d["DeviceKey"] for d in left] == keys[2:]


def test_deleting_the_user_removes_their_devices(engine, cognito):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    _new_device(cognito, pool_id, client_id)
    cognito.admin_delete_user(UserPoolId=pool_id, Username="alice")
    assert engine.store.read().execute(
        "SELECT count(*) FROM items WHERE pool_id = ? AND kind = 'device'",
        (pool_id,)).fetchone()[0] == 0
    seed.user(engine, pool_id, "carol")
    result, _, _, _ = _new_device(cognito, pool_id, client_id, "carol")
    cognito.delete_user(AccessToken=result["AccessToken"])
    assert engine.store.read().execute(
        "SELECT count(*) FROM items WHERE pool_id = ? AND kind = 'device'",
        (pool_id,)).fetchone()[0] == 0


def _mfa_user(engine, cognito, pool_id, client_id, clock):
    """alice with TOTP on, in a pool whose MFA is ON; returns her pyotp.TOTP."""
    cognito.set_user_pool_mfa_config(UserPoolId=pool_id, MfaConfiguration="ON",
                                     SoftwareTokenMfaConfiguration={"Enabled": True})
    seed.user(engine, pool_id)
    setup = _password_sign_in(cognito, pool_id, client_id)
    assert setup["ChallengeName"] == "MFA_SETUP"
    associated = cognito.associate_software_token(Session=setup["Session"])
    totp = pyotp.TOTP(associated["SecretCode"])
    verified = cognito.verify_software_token(Session=associated["Session"],
                                             UserCode=totp.at(clock.now))
    done = cognito.admin_respond_to_auth_challenge(
        UserPoolId=pool_id, ClientId=client_id, ChallengeName="MFA_SETUP",
        Session=verified["Session"], ChallengeResponses={"USERNAME": "alice"})
    return totp, done["AuthenticationResult"]


def test_remembered_device_skips_mfa_and_a_wrong_device_secret_is_refused(engine, cognito,
                                                                          clock):
    pool_id, client_id = _pool(engine)
    _, result = _mfa_user(engine, cognito, pool_id, client_id, clock)
    metadata = result["NewDeviceMetadata"]
    password, config = generate_hash_device(metadata["DeviceGroupKey"], metadata["DeviceKey"])
    cognito.confirm_device(AccessToken=result["AccessToken"], DeviceKey=metadata["DeviceKey"],
                           DeviceSecretVerifierConfig=config)

    def respond(**kwargs):
        return cognito.admin_respond_to_auth_challenge(UserPoolId=pool_id, ClientId=client_id,
                                                       **kwargs)

    clock.now += 60
    challenge = _password_sign_in(cognito, pool_id, client_id,
                                  DEVICE_KEY=metadata["DeviceKey"])
    assert challenge["ChallengeName"] == "DEVICE_SRP_AUTH"
    signed_in = _device_srp(cognito, respond, pool_id, client_id, "alice", metadata,
                            password, challenge["Session"])
    assert "ChallengeName" not in signed_in  # no SOFTWARE_TOKEN_MFA
    tokens = signed_in["AuthenticationResult"]
    assert "NewDeviceMetadata" not in tokens
    assert cognito.get_user(AccessToken=tokens["AccessToken"])["Username"] == "alice"
    device = cognito.get_device(AccessToken=tokens["AccessToken"],
                                DeviceKey=metadata["DeviceKey"])["Device"]
    assert device["DeviceLastAuthenticatedDate"] == clock.now

    challenge = _password_sign_in(cognito, pool_id, client_id,
                                  DEVICE_KEY=metadata["DeviceKey"])
    code, message = error_of(lambda: _device_srp(
        cognito, respond, pool_id, client_id, "alice", metadata, password,
        challenge["Session"], wrong_password="not-the-device-password"))
    assert (code, message) == ("NotAuthorizedException", "Incorrect username or password.")

    # Forgotten, not remembered: MFA again.
    cognito.update_device_status(AccessToken=tokens["AccessToken"],
                                 DeviceKey=metadata["DeviceKey"],
                                 DeviceRememberedStatus="not_remembered")
    again = _password_sign_in(cognito, pool_id, client_id, DEVICE_KEY=metadata["DeviceKey"])
    assert again["ChallengeName"] == "SOFTWARE_TOKEN_MFA"


def test_without_challenge_required_on_new_device_mfa_still_follows(engine, cognito, clock):
    pool_id, client_id = _pool(engine, {"ChallengeRequiredOnNewDevice": False,
                                        "DeviceOnlyRememberedOnUserPrompt": False})
    _, result = _mfa_user(engine, cognito, pool_id, client_id, clock)
    metadata = result["NewDeviceMetadata"]
    password, config = generate_hash_device(metadata["DeviceGroupKey"], metadata["DeviceKey"])
    cognito.confirm_device(AccessToken=result["AccessToken"], DeviceKey=metadata["DeviceKey"],
                           DeviceSecretVerifierConfig=config)

    def respond(**kwargs):
        return cognito.admin_respond_to_auth_challenge(UserPoolId=pool_id, ClientId=client_id,
                                                       **kwargs)

    challenge = _password_sign_in(cognito, pool_id, client_id,
                                  DEVICE_KEY=metadata["DeviceKey"])
    after = _device_srp(cognito, respond, pool_id, client_id, "alice", metadata, password,
                        challenge["Session"])
    assert after["ChallengeName"] == "SOFTWARE_TOKEN_MFA"


def test_device_challenges_refuse_what_does_not_fit(engine, cognito):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    _, metadata, _, _ = _new_device(cognito, pool_id, client_id)
    challenge = _password_sign_in(cognito, pool_id, client_id,
                                  DEVICE_KEY=metadata["DeviceKey"])

    def respond(**responses):
        return cognito.admin_respond_to_auth_challenge(
            UserPoolId=pool_id, ClientId=client_id, ChallengeName="DEVICE_SRP_AUTH",
            Session=challenge["Session"],
            ChallengeResponses={name: value for name, value in {
                "USERNAME": "alice", "DEVICE_KEY": metadata["DeviceKey"],
                **responses}.items() if value is not None})

    expired = ("NotAuthorizedException", "Invalid session for the user, session is expired.")
    # Refused for their content, these leave the session usable.
    assert error_of(lambda: respond(SRP_A="00"))[0] == "InvalidParameterException"
    assert error_of(lambda: respond(SRP_A="0a", DEVICE_KEY="us-east-1_ab")) == expired
    code, message = error_of(lambda: respond(SRP_A="0a", DEVICE_KEY=None))
    assert code == "InvalidParameterException" and "DEVICE_KEY" in message
    verifier = respond(SRP_A="0a")
    assert verifier["ChallengeName"] == "DEVICE_PASSWORD_VERIFIER"
    assert set(verifier["ChallengeParameters"]) >= {"SALT", "SECRET_BLOCK", "SRP_B", "USERNAME"}
    # Answered once: the session is gone.
    assert error_of(lambda: respond(SRP_A="0a")) == expired
    # A secret block this engine never issued names no session.
    assert error_of(lambda: cognito.admin_respond_to_auth_challenge(
        UserPoolId=pool_id, ClientId=client_id, ChallengeName="DEVICE_PASSWORD_VERIFIER",
        ChallengeResponses={"USERNAME": "alice", "PASSWORD_CLAIM_SECRET_BLOCK": "AAAA",
                            "PASSWORD_CLAIM_SIGNATURE": "AAAA",
                            "TIMESTAMP": "Tue Dec 1 09:30:00 UTC 2026",
                            "DEVICE_KEY": metadata["DeviceKey"]})) == expired
    # Without its Session, DEVICE_SRP_AUTH is refused (Cognito requires it).
    assert error_of(lambda: cognito.admin_respond_to_auth_challenge(
        UserPoolId=pool_id, ClientId=client_id, ChallengeName="DEVICE_SRP_AUTH",
        ChallengeResponses={"USERNAME": "alice", "DEVICE_KEY": metadata["DeviceKey"],
                            "SRP_A": "0a"})) == expired


def test_a_forgotten_devices_key_is_refused_and_the_retry_without_it_is_a_new_device(
        engine, cognito):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    result, metadata, password, _ = _new_device(cognito, pool_id, client_id)
    cognito.forget_device(AccessToken=result["AccessToken"], DeviceKey=metadata["DeviceKey"])
    missing = ("ResourceNotFoundException", "Device does not exist.")
    assert error_of(lambda: _password_sign_in(cognito, pool_id, client_id,
                                              DEVICE_KEY=metadata["DeviceKey"])) == missing
    # SRP, as amazon-cognito-identity-js retries it: the same PASSWORD_VERIFIER answered
    # again without DEVICE_KEY.
    srp = AWSSRP(username="alice", password=seed.PASSWORD, pool_id=pool_id,
                 client_id=client_id, client=cognito, device_key=metadata["DeviceKey"],
                 device_group_key=metadata["DeviceGroupKey"], device_password=password)
    parameters = srp.get_auth_params()
    challenge = cognito.initiate_auth(ClientId=client_id, AuthFlow="USER_SRP_AUTH",
                                      AuthParameters=parameters)
    answers = srp.process_challenge(challenge["ChallengeParameters"], parameters)
    assert error_of(lambda: cognito.respond_to_auth_challenge(
        ClientId=client_id, ChallengeName="PASSWORD_VERIFIER",
        ChallengeResponses=answers)) == missing
    answers.pop("DEVICE_KEY")
    again = cognito.respond_to_auth_challenge(ClientId=client_id,
                                              ChallengeName="PASSWORD_VERIFIER",
                                              ChallengeResponses=answers)
    assert again["AuthenticationResult"]["NewDeviceMetadata"]["DeviceKey"] != \
        metadata["DeviceKey"]


def test_a_device_key_is_ignored_where_the_pool_tracks_no_devices(engine, cognito):
    pool = seed.pool(engine)
    client_id = seed.app_client(engine, pool["Id"])["ClientId"]
    seed.user(engine, pool["Id"])
    result = _password_sign_in(cognito, pool["Id"], client_id,
                               DEVICE_KEY="us-east-1_00000000-0000-0000-0000-000000000000")
    assert "AccessToken" in result["AuthenticationResult"]


def test_last_ip_used_is_the_sign_ins(engine, cognito):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    result = cognito.admin_initiate_auth(
        UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": seed.PASSWORD},
        ContextData={"IpAddress": "192.0.2.7", "ServerName": "app", "ServerPath": "/",
                     "HttpHeaders": []})["AuthenticationResult"]
    metadata = result["NewDeviceMetadata"]
    _, config = generate_hash_device(metadata["DeviceGroupKey"], metadata["DeviceKey"])
    cognito.confirm_device(AccessToken=result["AccessToken"], DeviceKey=metadata["DeviceKey"],
                           DeviceSecretVerifierConfig=config)
    device = cognito.get_device(AccessToken=result["AccessToken"],
                                DeviceKey=metadata["DeviceKey"])["Device"]
    assert _attributes(device)["last_ip_used"] == "192.0.2.7"


def test_unconfirmed_devices_are_capped_per_user_oldest_first(engine, cognito, clock):
    pool_id, client_id = _pool(engine)
    seed.user(engine, pool_id)
    _, kept, _, _ = _new_device(cognito, pool_id, client_id)  # confirmed: never pruned
    minted = []
    for _ in range(devices.MAX_UNCONFIRMED + 3):
        clock.now += 1
        result = _password_sign_in(cognito, pool_id, client_id)["AuthenticationResult"]
        minted.append(result["NewDeviceMetadata"]["DeviceKey"])
    rows = engine.store.read().execute(
        "SELECT json_extract(doc, '$.DeviceKey'), json_extract(doc, '$.Confirmed') FROM items "
        "WHERE pool_id = ? AND kind = 'device'", (pool_id,)).fetchall()
    unconfirmed = {key for key, confirmed in rows if not confirmed}
    assert unconfirmed == set(minted[-devices.MAX_UNCONFIRMED:])
    assert (kept["DeviceKey"], 1) in rows
    # The newest may still be confirmed; a pruned one is gone.
    access = result["AccessToken"]
    _, config = generate_hash_device("-g", minted[0])
    assert error_of(lambda: cognito.confirm_device(
        AccessToken=access, DeviceKey=minted[0], DeviceSecretVerifierConfig=config))[0] == \
        "ResourceNotFoundException"
    _, config = generate_hash_device("-g", minted[-1])
    assert cognito.confirm_device(AccessToken=access, DeviceKey=minted[-1],
                                  DeviceSecretVerifierConfig=config)[
        "UserConfirmationNecessary"] is False


# --- through a real server on loopback ------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("devices-data")
    engine = Engine(str(data_dir))
    try:
        pool = seed.pool(engine, DeviceConfiguration=ON_PROMPT)
        app = seed.app_client(engine, pool["Id"])
        seed.user(engine, pool["Id"])
        engine.client("us-east-1").set_user_pool_mfa_config(
            UserPoolId=pool["Id"], MfaConfiguration="OPTIONAL",
            SoftwareTokenMfaConfiguration={"Enabled": True})
    finally:
        engine.close()
    server = ServerProcess("--data-dir", str(data_dir))
    client = boto3_compat.client(server.address, region_name="us-east-1")
    try:
        yield client, pool["Id"], app["ClientId"]
    finally:
        client.close()
        server.stop()


def test_the_device_story_through_the_server(served):
    cognito, pool_id, client_id = served

    def respond(**kwargs):
        return cognito.respond_to_auth_challenge(ClientId=client_id, **kwargs)

    # Sign in with SRP (pycognito), turn TOTP on (pyotp), and sign in again through MFA.
    first = AWSSRP(username="alice", password=seed.PASSWORD, pool_id=pool_id,
                   client_id=client_id, client=cognito).authenticate_user()
    access = first["AuthenticationResult"]["AccessToken"]
    totp = pyotp.TOTP(cognito.associate_software_token(AccessToken=access)["SecretCode"])
    cognito.verify_software_token(AccessToken=access, UserCode=totp.now())
    cognito.set_user_mfa_preference(AccessToken=access, SoftwareTokenMfaSettings={
        "Enabled": True, "PreferredMfa": True})
    srp = AWSSRP(username="alice", password=seed.PASSWORD, pool_id=pool_id,
                 client_id=client_id, client=cognito)
    parameters = srp.get_auth_params()
    verifier = cognito.initiate_auth(ClientId=client_id, AuthFlow="USER_SRP_AUTH",
                                     AuthParameters=parameters)
    mfa = respond(ChallengeName="PASSWORD_VERIFIER", ChallengeResponses=srp.process_challenge(
        verifier["ChallengeParameters"], parameters))
    assert mfa["ChallengeName"] == "SOFTWARE_TOKEN_MFA"
    signed_in = respond(ChallengeName="SOFTWARE_TOKEN_MFA", Session=mfa["Session"],
                        ChallengeResponses={"USERNAME": "alice",
                                            "SOFTWARE_TOKEN_MFA_CODE": totp.now()})
    tokens = signed_in["AuthenticationResult"]
    metadata = tokens["NewDeviceMetadata"]

    # Confirm the device with pycognito's verifier, and remember it (the pool asks the user).
    password, config = generate_hash_device(metadata["DeviceGroupKey"], metadata["DeviceKey"])
    confirmed = cognito.confirm_device(AccessToken=tokens["AccessToken"],
                                       DeviceKey=metadata["DeviceKey"],
                                       DeviceSecretVerifierConfig=config, DeviceName="phone")
    assert confirmed["UserConfirmationNecessary"] is True
    cognito.update_device_status(AccessToken=tokens["AccessToken"],
                                 DeviceKey=metadata["DeviceKey"],
                                 DeviceRememberedStatus="remembered")

    # Sign in again from the device: SRP, then the device's SRP, and no MFA.
    device_srp = AWSSRP(username="alice", password=seed.PASSWORD, pool_id=pool_id,
                        client_id=client_id, client=cognito, device_key=metadata["DeviceKey"],
                        device_group_key=metadata["DeviceGroupKey"], device_password=password)
    parameters = device_srp.get_auth_params()
    assert parameters["DEVICE_KEY"] == metadata["DeviceKey"]
    verifier = cognito.initiate_auth(ClientId=client_id, AuthFlow="USER_SRP_AUTH",
                                     AuthParameters=parameters)
    device_step = respond(ChallengeName="PASSWORD_VERIFIER",
                          ChallengeResponses=device_srp.process_challenge(
                              verifier["ChallengeParameters"], parameters))
    assert device_step["ChallengeName"] == "DEVICE_SRP_AUTH"
    remembered = _device_srp(cognito, respond, pool_id, client_id, "alice", metadata,
                             password, device_step["Session"])
    assert "ChallengeName" not in remembered
    again = remembered["AuthenticationResult"]
    assert "NewDeviceMetadata" not in again
    assert cognito.get_user(AccessToken=again["AccessToken"])["Username"] == "alice"

    # A wrong device secret is refused.
    verifier = cognito.initiate_auth(ClientId=client_id, AuthFlow="USER_SRP_AUTH",
                                     AuthParameters=parameters)
    device_step = respond(ChallengeName="PASSWORD_VERIFIER",
                          ChallengeResponses=device_srp.process_challenge(
                              verifier["ChallengeParameters"], parameters))
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        _device_srp(cognito, respond, pool_id, client_id, "alice", metadata, password,
                    device_step["Session"], wrong_password="a-stolen-guess")
    assert raised.value.response["Error"]["Code"] == "NotAuthorizedException"

    # List, Get, Update and Forget, and their Admin forms, round-trip.
    access = again["AccessToken"]
    listed = cognito.list_devices(AccessToken=access, Limit=10)["Devices"]
    assert [d["DeviceKey"] for d in listed] == [metadata["DeviceKey"]]
    assert _attributes(listed[0])["device_name"] == "phone"
    assert isinstance(listed[0]["DeviceLastAuthenticatedDate"], datetime.datetime)
    admin = cognito.admin_get_device(UserPoolId=pool_id, Username="alice",
                                     DeviceKey=metadata["DeviceKey"])["Device"]
    assert admin == cognito.get_device(AccessToken=access,
                                       DeviceKey=metadata["DeviceKey"])["Device"]
    cognito.admin_update_device_status(UserPoolId=pool_id, Username="alice",
                                       DeviceKey=metadata["DeviceKey"],
                                       DeviceRememberedStatus="not_remembered")
    assert _attributes(cognito.admin_list_devices(UserPoolId=pool_id, Username="alice")[
        "Devices"][0])["dev:device_remembered_status"] == "not_remembered"
    cognito.admin_forget_device(UserPoolId=pool_id, Username="alice",
                                DeviceKey=metadata["DeviceKey"])
    assert cognito.list_devices(AccessToken=access)["Devices"] == []
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        cognito.forget_device(AccessToken=access, DeviceKey=metadata["DeviceKey"])
    assert raised.value.response["Error"]["Code"] == "ResourceNotFoundException"
    assert raised.value.response["Error"]["Message"] == "Device does not exist."
