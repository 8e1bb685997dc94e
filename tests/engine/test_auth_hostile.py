"""Hostile but type-correct input to every sign-in operation: Cognito's errors, never a crash.

Requests are drawn from the parts that matter (real and made-up usernames, sessions, tokens,
SRP values, codes), on a pool with a real client and users, so the checks past validation
are reached."""

from __future__ import annotations

import botocore.exceptions
from hypothesis import HealthCheck, given, settings, strategies as st

from cognito_grpc.engine import Engine
from tests.engine import seed

ENGINE = Engine()
POOL = seed.pool(ENGINE)["Id"]
APP = seed.app_client(ENGINE, POOL, ExplicitAuthFlows=[*seed.ALL_FLOWS, "ALLOW_USER_AUTH"])
SECRET_APP = seed.app_client(ENGINE, POOL, secret=True)
seed.user(ENGINE, POOL)
seed.user(ENGINE, POOL, "temp", status="FORCE_CHANGE_PASSWORD")
COGNITO = ENGINE.client("us-east-1")
TOKENS = COGNITO.admin_initiate_auth(
    UserPoolId=POOL, ClientId=APP["ClientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
    AuthParameters={"USERNAME": "alice", "PASSWORD": seed.PASSWORD})["AuthenticationResult"]

words = st.one_of(st.text(max_size=40), st.sampled_from([
    "alice", "temp", "ghost", "alice@example.com", seed.PASSWORD, "0", "f" * 800, "zz",
    TOKENS["AccessToken"], TOKENS["IdToken"], TOKENS["RefreshToken"], "a.b.c",
    TOKENS["AccessToken"][:-5] + "AAAAA", "Mon Jan 1 00:00:00 UTC 2026", "123456",
    "WEB_AUTHN", "EMAIL_OTP", "{}", '{"id": "x"}']))
keys = st.sampled_from(["USERNAME", "PASSWORD", "SRP_A", "SECRET_HASH", "REFRESH_TOKEN",
                        "NEW_PASSWORD", "SMS_MFA_CODE", "SOFTWARE_TOKEN_MFA_CODE", "ANSWER",
                        "PASSWORD_CLAIM_SIGNATURE", "PASSWORD_CLAIM_SECRET_BLOCK", "TIMESTAMP",
                        "EMAIL_OTP_CODE", "userAttributes.name", "userAttributes.sub",
                        "PREFERRED_CHALLENGE", "CREDENTIAL", "SMS_OTP_CODE"])
parameters = st.dictionaries(keys, words, max_size=6)
clients = st.sampled_from([APP["ClientId"], SECRET_APP["ClientId"], "nosuchclient"])
flows = st.sampled_from(["ADMIN_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH", "USER_SRP_AUTH",
                         "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "ADMIN_NO_SRP_AUTH",
                         "CUSTOM_AUTH", "USER_AUTH"])
challenges = st.sampled_from(["NEW_PASSWORD_REQUIRED", "PASSWORD_VERIFIER", "SMS_MFA",
                              "SOFTWARE_TOKEN_MFA", "EMAIL_OTP", "SELECT_MFA_TYPE", "MFA_SETUP",
                              "DEVICE_SRP_AUTH", "CUSTOM_CHALLENGE", "SELECT_CHALLENGE",
                              "PASSWORD", "PASSWORD_SRP", "SMS_OTP", "WEB_AUTHN"])

CALLS = st.one_of(
    st.builds(lambda c, f, p: ("admin_initiate_auth", dict(
        UserPoolId=POOL, ClientId=c, AuthFlow=f, AuthParameters=p)), clients, flows, parameters),
    st.builds(lambda c, f, p: ("initiate_auth", dict(ClientId=c, AuthFlow=f, AuthParameters=p)),
              clients, flows, parameters),
    st.builds(lambda c, n, s, p: ("respond_to_auth_challenge", dict(
        ClientId=c, ChallengeName=n, Session=s, ChallengeResponses=p)),
        clients, challenges, words, parameters),
    st.builds(lambda t: ("get_user", dict(AccessToken=t)), words),
    st.builds(lambda t: ("global_sign_out", dict(AccessToken=t)), words),
    st.builds(lambda t, c: ("revoke_token", dict(Token=t, ClientId=c)), words, clients),
    st.builds(lambda t, c: ("get_tokens_from_refresh_token", dict(RefreshToken=t, ClientId=c)),
              words, clients),
    st.builds(lambda t: ("associate_software_token", dict(Session=t)), words),
    st.builds(lambda t, code: ("verify_software_token", dict(AccessToken=t, UserCode=code)),
              words, words),
    st.builds(lambda t, n, v: ("update_user_attributes", dict(
        AccessToken=t, UserAttributes=[{"Name": n, "Value": v}])), words, words, words),
    st.builds(lambda t, p: ("change_password", dict(
        AccessToken=t, PreviousPassword=p, ProposedPassword=p)), words, words),
    st.builds(lambda u, e: ("admin_set_user_mfa_preference", dict(
        UserPoolId=POOL, Username=u, SoftwareTokenMfaSettings={"Enabled": e})),
        words, st.booleans()),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CALLS)
def test_hostile_sign_in_input_answers_cognitos_errors(call):
    operation, params = call
    try:
        getattr(COGNITO, operation)(**params)
    except botocore.exceptions.ClientError as error:
        assert error.response["Error"]["Code"].endswith("Exception")
        assert error.response["Error"]["Message"]


NOT_ASCII = "\x80é秘密"


def _secret_calls():
    client = SECRET_APP["ClientId"]
    return [
        ("admin_initiate_auth", dict(UserPoolId=POOL, ClientId=client,
                                     AuthFlow="ADMIN_USER_PASSWORD_AUTH", AuthParameters={
                                         "USERNAME": "alice", "PASSWORD": seed.PASSWORD,
                                         "SECRET_HASH": NOT_ASCII})),
        ("sign_up", dict(ClientId=client, Username="newcomer", Password=seed.PASSWORD,
                         SecretHash=NOT_ASCII)),
        ("revoke_token", dict(Token=TOKENS["RefreshToken"], ClientId=client,
                              ClientSecret=NOT_ASCII)),
        ("get_tokens_from_refresh_token", dict(RefreshToken=TOKENS["RefreshToken"],
                                               ClientId=client, ClientSecret=NOT_ASCII)),
        ("get_client_token", dict(ClientId=client, Secret=NOT_ASCII)),
    ]


def test_a_secret_in_any_alphabet_is_refused_not_crashed_on():
    """hmac.compare_digest raises TypeError on a non-ASCII str: every check of a client secret
    or SECRET_HASH compares bytes, so such a secret is just a wrong one."""
    for operation, params in _secret_calls():
        try:
            getattr(COGNITO, operation)(**params)
        except botocore.exceptions.ClientError as error:
            assert error.response["Error"]["Code"] in {
                "NotAuthorizedException", "UnauthorizedException",
                "InvalidParameterException"}, (operation, error)
        else:
            raise AssertionError(f"{operation} accepted a wrong secret")
