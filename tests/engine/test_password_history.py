"""PasswordHistorySize: a user cannot take one of their last n passwords again, whichever
operation sets it (AdminSetUserPassword, ChangePassword, ConfirmForgotPassword,
NEW_PASSWORD_REQUIRED)."""

from __future__ import annotations

from cognito_grpc.engine import outbox
from tests.engine import seed
from tests.engine.seed import PASSWORD, admin_auth, error_of

VIOLATION = "PasswordHistoryPolicyViolationException"
POLICY = {"MinimumLength": 8, "RequireNumbers": True}


def history_pool(cognito, size: int) -> dict:
    return cognito.create_user_pool(PoolName="history", Policies={"PasswordPolicy": {
        **POLICY, "PasswordHistorySize": size}})["UserPool"]


def test_the_last_n_passwords_are_refused_and_older_ones_taken(engine, cognito):
    pool = history_pool(cognito, 2)
    assert pool["Policies"]["PasswordPolicy"]["PasswordHistorySize"] == 2
    seed.user(engine, pool["Id"], password="first-pass1")

    def set_password(password: str):
        return cognito.admin_set_user_password(UserPoolId=pool["Id"], Username="alice",
                                               Password=password, Permanent=True)
    assert error_of(set_password, password="first-pass1")[0] == VIOLATION  # the current one
    set_password("second-pass2")
    assert error_of(set_password, password="first-pass1")[0] == VIOLATION  # 2 back
    assert error_of(set_password, password="second-pass2")[0] == VIOLATION
    set_password("third-pass3")
    set_password("first-pass1")  # 3 back: outside a history of 2
    app = seed.app_client(engine, pool["Id"])
    assert "AuthenticationResult" in admin_auth(cognito, pool, app, password="first-pass1")


def test_change_password_and_confirm_forgot_password_keep_the_history(engine, cognito):
    pool = history_pool(cognito, 3)
    seed.user(engine, pool["Id"], password=PASSWORD)
    app = seed.app_client(engine, pool["Id"])
    access = admin_auth(cognito, pool, app)["AuthenticationResult"]["AccessToken"]
    code, _ = error_of(cognito.change_password, AccessToken=access, PreviousPassword=PASSWORD,
                       ProposedPassword=PASSWORD)
    assert code == VIOLATION
    cognito.change_password(AccessToken=access, PreviousPassword=PASSWORD,
                            ProposedPassword="changed-pass1")
    cognito.forgot_password(ClientId=app["ClientId"], Username="alice")
    reset = outbox.latest_code(engine.store.read(), pool["Id"], "alice", outbox.PASSWORD_RESET)
    assert error_of(cognito.confirm_forgot_password, ClientId=app["ClientId"],
                    Username="alice", ConfirmationCode=reset, Password=PASSWORD)[0] == VIOLATION
    # the refusal left the code unused: it sets a new password
    cognito.confirm_forgot_password(ClientId=app["ClientId"], Username="alice",
                                    ConfirmationCode=reset, Password="reset-pass22")
    assert "AuthenticationResult" in admin_auth(cognito, pool, app, password="reset-pass22")


def test_without_a_history_size_any_password_is_taken_again(engine, cognito):
    pool = cognito.create_user_pool(PoolName="no-history",
                                    Policies={"PasswordPolicy": POLICY})["UserPool"]
    assert "PasswordHistorySize" not in pool["Policies"]["PasswordPolicy"]
    seed.user(engine, pool["Id"], password="same-pass11")
    cognito.admin_set_user_password(UserPoolId=pool["Id"], Username="alice",
                                    Password="same-pass11", Permanent=True)
    doc = engine.store.read().execute("SELECT doc FROM users WHERE pool_id = ?",
                                      (pool["Id"],)).fetchone()[0]
    assert "PasswordHistory" not in doc  # nothing kept when nothing is enforced
