"""User import jobs: the CSV Cognito documents, uploaded to the job's PreSignedUrl (through
imports.receive_upload, which the HTTP listener routes to), imported on a thread into users
in RESET_REQUIRED status, who reset their password with a code from the outbox and sign in."""

from __future__ import annotations

import threading

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc

from cognito_grpc.engine import Engine, imports, outbox
from cognito_grpc_client import codec, error_info
from tests.conftest import ServerProcess, eventually
from tests.engine import seed
from tests.engine.helpers import error_of

BASE = "http://127.0.0.1:8999"
ROLE = "arn:aws:iam::123456789012:role/CognitoImport"
NEW_PASSWORD = "N3w-Passw0rd!"


@pytest.fixture
def engine(clock):
    engine = Engine(clock=clock)
    engine.http_url = BASE
    yield engine
    engine.close()


def import_pool(cognito) -> str:
    return cognito.create_user_pool(PoolName="import", AutoVerifiedAttributes=["email"]
                                    )["UserPool"]["Id"]


def csv_of(header: list[str], rows: list[dict]) -> bytes:
    def line(values: dict) -> str:
        return ",".join(values.get(name, "").replace(",", "\\,") for name in header)
    return "\n".join([",".join(header), *map(line, rows)]).encode()


def person(i: int, **extra) -> dict:
    return {"cognito:username": f"user{i:04d}", "email": f"user{i:04d}@example.com",
            "email_verified": "TRUE", "cognito:mfa_enabled": "FALSE",
            "name": f"Doe, Jane {i}", **extra}


def token_of(job: dict) -> str:
    prefix = BASE + "/user-import/"
    assert job["PreSignedUrl"].startswith(prefix)
    return job["PreSignedUrl"][len(prefix):]


def create_job(cognito, pool_id: str, name: str = "migration") -> dict:
    return cognito.create_user_import_job(JobName=name, UserPoolId=pool_id,
                                          CloudWatchLogsRoleArn=ROLE)["UserImportJob"]


def finished(describe, timeout: float = 30) -> dict:
    def ended():
        job = describe()
        assert job["Status"] not in imports.ACTIVE, job
        return job
    return eventually(ended, timeout)


def story_rows() -> tuple[list[dict], dict[int, str]]:
    """1,000 rows, 3 of them invalid: (rows, {file line: the log's verdict})."""
    rows = [person(i) for i in range(1000)]
    rows[10] = person(10, email_verified="false")                 # no auto-verified attribute
    rows[500] = person(500, **{"cognito:username": "two words"})  # a space in the name
    rows[998] = person(2)                                          # user0002 again: skipped
    return rows, {12: "[FAILED] Line Number 12 - The User Record does not set any of the "
                      "auto verified attributes to true. (Example: email_verified to true).",
                  502: "[FAILED] Line Number 502 - The cognito:username cannot contain "
                       "spaces or tabs.",
                  1000: "[SKIPPED] Line Number 1000 - The user already exists."}


# --- the story, on direct engine calls --------------------------------------------------------

def test_a_thousand_users_imported_reset_their_passwords_and_sign_in(engine, cognito):
    pool_id = import_pool(cognito)
    app = seed.app_client(engine, pool_id)
    header = cognito.get_csv_header(UserPoolId=pool_id)["CSVHeader"]
    assert header[-2:] == ["cognito:mfa_enabled", "cognito:username"] and "sub" not in header
    job = create_job(cognito, pool_id)
    assert job["Status"] == "Created" and job["JobId"].startswith("import-")
    assert (job["ImportedUsers"], job["SkippedUsers"], job["FailedUsers"]) == (0, 0, 0)
    rows, verdicts = story_rows()
    imports.receive_upload(engine, token_of(job), csv_of(header, rows))
    started = cognito.start_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    assert started["UserImportJob"]["Status"] == "Pending"
    done = finished(lambda: cognito.describe_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"])["UserImportJob"])
    assert done["Status"] == "Succeeded"
    assert done["CompletionMessage"] == imports.SUCCEEDED_MESSAGE
    assert (done["ImportedUsers"], done["SkippedUsers"], done["FailedUsers"]) == (997, 1, 2)
    assert done["StartDate"] <= done["CompletionDate"]
    events = imports.log_events(engine.store.read(), pool_id, job["JobId"])
    assert len(events) == 1000
    assert [e for e in events if not e.endswith("The import succeeded.")] == list(
        verdicts.values())
    assert events[0] == "[SUCCEEDED] Line Number 2 - The import succeeded."

    user = cognito.admin_get_user(UserPoolId=pool_id, Username="user0999")
    assert user["UserStatus"] == "RESET_REQUIRED"
    attrs = {a["Name"]: a["Value"] for a in user["UserAttributes"]}
    assert attrs["email_verified"] == "true" and attrs["name"] == "Doe, Jane 999"
    assert error_of(lambda: cognito.admin_get_user(UserPoolId=pool_id,
                                                   Username="user0010"))[0] == \
        "UserNotFoundException"
    for username in ("user0000", "user0501", "user0999"):
        assert error_of(lambda: seed.admin_auth(cognito, {"Id": pool_id}, app, username)
                        )[0] == "PasswordResetRequiredException"
        sent = cognito.forgot_password(ClientId=app["ClientId"], Username=username)
        assert sent["CodeDeliveryDetails"]["DeliveryMedium"] == "EMAIL"
        code = outbox.latest_code(engine.store.read(), pool_id, username,
                                  outbox.PASSWORD_RESET)
        cognito.confirm_forgot_password(ClientId=app["ClientId"], Username=username,
                                        ConfirmationCode=code, Password=NEW_PASSWORD)
        tokens = seed.admin_auth(cognito, {"Id": pool_id}, app, username,
                                 NEW_PASSWORD)["AuthenticationResult"]
        assert seed.claims_of(engine, pool_id, tokens["IdToken"])["cognito:username"] == \
            username


def test_every_row_refused_fails_the_job_as_cognito_words_it(engine, cognito):
    pool_id = import_pool(cognito)
    header = cognito.get_csv_header(UserPoolId=pool_id)["CSVHeader"]
    job = create_job(cognito, pool_id)
    rows = [person(1, **{"cognito:mfa_enabled": "true", "phone_number": "+15555550100"}),
            person(2, email=""), person(3, birthdate="1985-02-01"),
            {**person(4), "cognito:username": ""}]
    imports.receive_upload(engine, token_of(job), csv_of(header, rows) + b"\nx,y")
    cognito.start_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    done = finished(lambda: cognito.describe_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"])["UserImportJob"])
    assert (done["Status"], done["CompletionMessage"]) == ("Failed", imports.TOO_MANY_MESSAGE)
    assert (done["ImportedUsers"], done["FailedUsers"]) == (0, 5)
    assert imports.log_events(engine.store.read(), pool_id, job["JobId"]) == [
        "[FAILED] Line Number 2 - The user pool has MFA off: cognito:mfa_enabled must be "
        "false.",
        "[FAILED] Line Number 3 - The email_verified is true but the row has no email.",
        "[FAILED] Line Number 4 - The birthdate must be in the format mm/dd/yyyy.",
        "[FAILED] Line Number 5 - The cognito:username is required.",
        f"[FAILED] Line Number 6 - The row has 2 values; the header has {len(header)} "
        "columns."]


def test_a_header_that_is_not_the_pools_fails_the_job(engine, cognito):
    pool_id = import_pool(cognito)
    header = cognito.get_csv_header(UserPoolId=pool_id)["CSVHeader"]
    job = create_job(cognito, pool_id)
    body = csv_of([*header[:-3], "shoe_size", *header[-2:]], [person(1)])
    imports.receive_upload(engine, token_of(job), body)
    cognito.start_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    done = finished(lambda: cognito.describe_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"])["UserImportJob"])
    assert done["Status"] == "Failed"
    assert done["CompletionMessage"] == ("The CSV header does not match GetCSVHeader's: "
                                         "unknown columns shoe_size; missing columns "
                                         "updated_at")


def test_custom_attributes_are_columns_and_imported(engine, cognito):
    pool_id = cognito.create_user_pool(
        PoolName="custom", AutoVerifiedAttributes=["email"],
        Schema=[{"Name": "tier", "AttributeDataType": "String"}])["UserPool"]["Id"]
    header = cognito.get_csv_header(UserPoolId=pool_id)["CSVHeader"]
    assert "custom:tier" in header
    job = create_job(cognito, pool_id)
    imports.receive_upload(engine, token_of(job),
                           csv_of(header, [person(1, **{"custom:tier": "gold"})]))
    cognito.start_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    assert finished(lambda: cognito.describe_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"])["UserImportJob"])["ImportedUsers"] == 1
    user = cognito.admin_get_user(UserPoolId=pool_id, Username="user0001")
    assert {"Name": "custom:tier", "Value": "gold"} in user["UserAttributes"]


# --- stopping, listing, refusing --------------------------------------------------------------

def test_a_stop_takes_effect_between_two_rows(engine, cognito, monkeypatch):
    pool_id = import_pool(cognito)
    header = cognito.get_csv_header(UserPoolId=pool_id)["CSVHeader"]
    job = create_job(cognito, pool_id)
    imports.receive_upload(engine, token_of(job),
                           csv_of(header, [person(i) for i in range(100)]))
    reached, release, steps = threading.Event(), threading.Event(), []
    real_step = imports.step

    def paused_step(*args):
        steps.append(1)
        if len(steps) == 41:  # 40 rows are in: pause before the 41st
            reached.set()
            assert release.wait(30)
        return real_step(*args)
    monkeypatch.setattr(imports, "step", paused_step)
    cognito.start_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    assert reached.wait(30)
    running = cognito.describe_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    assert running["UserImportJob"]["Status"] == "InProgress"
    assert running["UserImportJob"]["ImportedUsers"] == 40
    stopping = cognito.stop_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    assert stopping["UserImportJob"]["Status"] == "Stopping"
    release.set()
    done = finished(lambda: cognito.describe_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"])["UserImportJob"])
    assert (done["Status"], done["CompletionMessage"], done["ImportedUsers"]) == (
        "Stopped", "The Import Job was stopped by the developer.", 40)
    assert len(cognito.list_users(UserPoolId=pool_id, Limit=60)["Users"]) == 40
    assert error_of(lambda: cognito.start_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"])) == (
        "InvalidParameterException",
        f"Job {job['JobId']} is Stopped: only a job in Created status can be started, once.")


def test_jobs_list_newest_first_in_pages(engine, cognito, clock):
    pool_id = import_pool(cognito)
    made = []
    for i in range(5):
        clock.now += 1
        made.append(create_job(cognito, pool_id, f"job-{i}")["JobId"])
    seen, token = [], None
    while True:
        page = cognito.list_user_import_jobs(UserPoolId=pool_id, MaxResults=2,
                                             **({"PaginationToken": token} if token else {}))
        assert 1 <= len(page["UserImportJobs"]) <= 2
        seen += [job["JobId"] for job in page["UserImportJobs"]]
        token = page.get("PaginationToken")
        if token is None:
            break
    assert seen == made[::-1]
    assert "Upload" not in page["UserImportJobs"][0]
    assert error_of(lambda: cognito.list_user_import_jobs(
        UserPoolId=pool_id, MaxResults=2, PaginationToken="bm9wZQ=="))[0] == \
        "InvalidParameterException"


def test_what_is_refused(engine, cognito, clock):
    pool_id = import_pool(cognito)
    ghost = "import-Nope123456"
    assert error_of(lambda: cognito.describe_user_import_job(
        UserPoolId=pool_id, JobId=ghost)) == ("ResourceNotFoundException",
                                              f"Job {ghost} does not exist.")
    assert error_of(lambda: cognito.describe_user_import_job(
        UserPoolId="us-east-1_Nope", JobId=ghost)) == (
        "ResourceNotFoundException", "User pool us-east-1_Nope does not exist.")
    assert error_of(lambda: cognito.stop_user_import_job(UserPoolId=pool_id,
                                                         JobId=ghost))[0] == \
        "ResourceNotFoundException"
    job = create_job(cognito, pool_id)
    code, message = error_of(lambda: cognito.start_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"]))
    assert code == "PreconditionNotMetException" and "No CSV file was uploaded" in message
    assert error_of(lambda: cognito.stop_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"]))[0] == "InvalidParameterException"
    header = cognito.get_csv_header(UserPoolId=pool_id)["CSVHeader"]
    imports.receive_upload(engine, token_of(job), csv_of(header, [person(1)]))
    cognito.start_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    second = error_of(lambda: cognito.start_user_import_job(UserPoolId=pool_id,
                                                            JobId=job["JobId"]))
    assert second[0] == "InvalidParameterException"
    finished(lambda: cognito.describe_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"])["UserImportJob"])
    with pytest.raises(imports.errors.EngineError) as late:  # the job has started
        imports.receive_upload(engine, token_of(job), b"")
    assert late.value.response["ResponseMetadata"]["HTTPStatusCode"] == 409
    # The upload URL: unknown, forged, expired, too big.
    stale = create_job(cognito, pool_id, "stale")
    for token in ("nonsense", token_of(stale)[:-3] + "xyz"):
        with pytest.raises(imports.errors.EngineError) as refused:
            imports.receive_upload(engine, token, b"x")
        assert refused.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    with pytest.raises(imports.errors.EngineError) as big:
        imports.receive_upload(engine, token_of(stale), b"x" * (imports.MAX_BYTES + 1))
    assert big.value.response["ResponseMetadata"]["HTTPStatusCode"] == 413
    clock.now += imports.UPLOAD_LIFETIME
    with pytest.raises(imports.errors.EngineError) as expired:
        imports.receive_upload(engine, token_of(stale), b"x")
    assert "expired" in expired.value.response["Error"]["Message"]
    clock.now += imports.EXPIRY
    assert cognito.describe_user_import_job(UserPoolId=pool_id, JobId=stale["JobId"])[
        "UserImportJob"]["Status"] == "Expired"
    # Password hashes are not imported; a pool with no auto-verified attribute cannot import.
    assert error_of(lambda: cognito.create_user_import_job(
        JobName="hashes", UserPoolId=pool_id, CloudWatchLogsRoleArn=ROLE,
        PasswordHashingAlgorithm="BCRYPT"))[0] == "InvalidParameterException"
    plain = cognito.create_user_pool(PoolName="plain")["UserPool"]["Id"]
    job = create_job(cognito, plain)
    imports.receive_upload(engine, token_of(job), b"x")
    assert error_of(lambda: cognito.start_user_import_job(
        UserPoolId=plain, JobId=job["JobId"]))[0] == "PreconditionNotMetException"


def test_without_http_listen_no_job_is_created(clock):
    engine = Engine(clock=clock)  # http_url None: nowhere to upload a CSV
    try:
        cognito = engine.client("us-east-1")
        pool_id = import_pool(cognito)
        assert error_of(lambda: create_job(cognito, pool_id)) == (
            "InvalidParameterException", "User import jobs need --http-listen, which "
            "receives the CSV upload at the job's PreSignedUrl.")
        assert cognito.list_user_import_jobs(UserPoolId=pool_id,
                                             MaxResults=60)["UserImportJobs"] == []
    finally:
        engine.close()


def test_a_job_a_restart_interrupted_resumes(tmp_path, monkeypatch):
    first = Engine(str(tmp_path))
    first.http_url = BASE
    cognito = first.client("us-east-1")
    pool_id = import_pool(cognito)
    header = cognito.get_csv_header(UserPoolId=pool_id)["CSVHeader"]
    job = create_job(cognito, pool_id)
    imports.receive_upload(first, token_of(job), csv_of(header, [person(i) for i in range(30)]))
    with monkeypatch.context() as patch:  # the process stops before its worker runs
        patch.setattr(imports, "start_worker", lambda *args: None)
        cognito.start_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    first.close()
    second = Engine(str(tmp_path))
    try:
        done = finished(lambda: second.client("us-east-1").describe_user_import_job(
            UserPoolId=pool_id, JobId=job["JobId"])["UserImportJob"])
        assert (done["Status"], done["ImportedUsers"]) == ("Succeeded", 30)
    finally:
        second.close()


# --- through a real server ----------------------------------------------------------------------

def test_the_story_through_the_server(tmp_path):
    """The server and this test share one data dir: the job is created and the CSV uploaded
    here (the server in this test has no --http-listen), the rest goes over gRPC, and the
    server's own thread imports the users."""
    server = ServerProcess("--data-dir", str(tmp_path))
    channel = grpc.insecure_channel(server.address)
    stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
    local = Engine(str(tmp_path))
    local.http_url = BASE

    def call(operation: str, **params) -> dict:
        request = codec.from_aws(getattr(messages_pb2, f"{operation}Request"), params)
        return codec.to_aws(getattr(stub, operation)(request, timeout=30))

    def failure(operation: str, **params) -> tuple[grpc.StatusCode, str]:
        with pytest.raises(grpc.RpcError) as raised:
            call(operation, **params)
        return raised.value.code(), error_info(raised.value).metadata["awsErrorCode"]
    try:
        pool_id = call("CreateUserPool", PoolName="served",
                       AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
        app = seed.app_client(local, pool_id)
        header = call("GetCSVHeader", UserPoolId=pool_id)["CSVHeader"]
        assert failure("CreateUserImportJob", JobName="j", UserPoolId=pool_id,
                       CloudWatchLogsRoleArn=ROLE) == (grpc.StatusCode.INVALID_ARGUMENT,
                                                       "InvalidParameterException")
        job = create_job(local.client("us-east-1"), pool_id)
        rows, _ = story_rows()
        imports.receive_upload(local, token_of(job), csv_of(header, rows))
        assert call("StartUserImportJob", UserPoolId=pool_id, JobId=job["JobId"])[
            "UserImportJob"]["Status"] == "Pending"
        done = finished(lambda: call("DescribeUserImportJob", UserPoolId=pool_id,
                                     JobId=job["JobId"])["UserImportJob"], timeout=60)
        assert (done["Status"], done["ImportedUsers"], done["SkippedUsers"],
                done["FailedUsers"]) == ("Succeeded", 997, 1, 2)
        listed = call("ListUserImportJobs", UserPoolId=pool_id, MaxResults=1)
        assert [j["JobId"] for j in listed["UserImportJobs"]] == [job["JobId"]]
        assert failure("StopUserImportJob", UserPoolId=pool_id, JobId=job["JobId"]) == (
            grpc.StatusCode.INVALID_ARGUMENT, "InvalidParameterException")
        assert failure("DescribeUserImportJob", UserPoolId=pool_id,
                       JobId="import-Nope123456") == (grpc.StatusCode.NOT_FOUND,
                                                      "ResourceNotFoundException")
        call("ForgotPassword", ClientId=app["ClientId"], Username="user0777")
        code = outbox.latest_code(local.store.read(), pool_id, "user0777",
                                  outbox.PASSWORD_RESET)
        call("ConfirmForgotPassword", ClientId=app["ClientId"], Username="user0777",
             ConfirmationCode=code, Password=NEW_PASSWORD)
        signed_in = call("AdminInitiateAuth", UserPoolId=pool_id, ClientId=app["ClientId"],
                         AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                         AuthParameters={"USERNAME": "user0777", "PASSWORD": NEW_PASSWORD})
        assert signed_in["AuthenticationResult"]["AccessToken"]
    finally:
        local.close()
        channel.close()
        server.stop()


def test_mfa_enabled_rows_follow_the_pools_mfa_setting(engine, cognito):
    pool_id = cognito.create_user_pool(
        PoolName="mfa", AutoVerifiedAttributes=["email"], MfaConfiguration="OPTIONAL",
        SmsConfiguration={"SnsCallerArn": ROLE, "ExternalId": "x"})["UserPool"]["Id"]
    header = cognito.get_csv_header(UserPoolId=pool_id)["CSVHeader"]
    job = create_job(cognito, pool_id)
    rows = [person(1, **{"cognito:mfa_enabled": "TRUE", "phone_number": "+15555550101"}),
            person(2, **{"cognito:mfa_enabled": "true"}), person(3)]
    imports.receive_upload(engine, token_of(job), csv_of(header, rows))
    cognito.start_user_import_job(UserPoolId=pool_id, JobId=job["JobId"])
    done = finished(lambda: cognito.describe_user_import_job(
        UserPoolId=pool_id, JobId=job["JobId"])["UserImportJob"])
    assert (done["ImportedUsers"], done["FailedUsers"]) == (2, 1)
    assert imports.log_events(engine.store.read(), pool_id, job["JobId"])[1] == (
        "[FAILED] Line Number 3 - The cognito:mfa_enabled is true but the row has no "
        "phone_number.")
    user = cognito.admin_get_user(UserPoolId=pool_id, Username="user0001")
    assert user["UserMFASettingList"] == ["SMS_MFA"]
    assert "UserMFASettingList" not in cognito.admin_get_user(UserPoolId=pool_id,
                                                             Username="user0003")


def test_the_csv_goes_to_the_servers_own_http_listener():
    """--http-listen: the PreSignedUrl points at the listener, the CSV is PUT there as to S3,
    and the server imports it; a forged URL is refused and uploads nothing."""
    import urllib.error
    import urllib.request

    from tests.conftest import free_port

    port = free_port()
    server = ServerProcess("--http-listen", f"127.0.0.1:{port}")
    channel = grpc.insecure_channel(server.address)
    stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)

    def call(operation: str, **params) -> dict:
        request = codec.from_aws(getattr(messages_pb2, f"{operation}Request"), params)
        return codec.to_aws(getattr(stub, operation)(request, timeout=30))

    def put(url: str, body: bytes) -> int:
        request = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "text/csv"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
    try:
        pool_id = call("CreateUserPool", PoolName="over-http",
                       AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
        header = call("GetCSVHeader", UserPoolId=pool_id)["CSVHeader"]
        job = call("CreateUserImportJob", JobName="j", UserPoolId=pool_id,
                   CloudWatchLogsRoleArn=ROLE)["UserImportJob"]
        url = job["PreSignedUrl"]
        assert url.startswith(f"http://127.0.0.1:{port}/user-import/")
        rows, _ = story_rows()
        assert put(url[:-4] + "AAAA", b"forged") == 403
        assert put(url, csv_of(header, rows)) == 200
        call("StartUserImportJob", UserPoolId=pool_id, JobId=job["JobId"])
        done = finished(lambda: call("DescribeUserImportJob", UserPoolId=pool_id,
                                     JobId=job["JobId"])["UserImportJob"], timeout=60)
        assert (done["Status"], done["ImportedUsers"], done["SkippedUsers"],
                done["FailedUsers"]) == ("Succeeded", 997, 1, 2)
        assert put(url, b"late") == 409  # the job has run: its URL takes no more
        assert call("AdminGetUser", UserPoolId=pool_id, Username="user0777")[
            "UserStatus"] == "RESET_REQUIRED"
    finally:
        channel.close()
        server.stop()
