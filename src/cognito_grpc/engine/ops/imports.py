"""User import jobs: GetCSVHeader, Create/Describe/List/Start/StopUserImportJob.

The job's PreSignedUrl is `<Engine.http_url>/user-import/<token>` on the server's own
--http-listen, where the CSV is PUT (imports.receive_upload); without --http-listen there is
nowhere to upload it, so CreateUserImportJob is refused before anything is created. The
import runs on a thread (imports.run); the rows' results are in the store, read with
imports.log_events, where Cognito writes them to CloudWatch Logs.
"""

from __future__ import annotations

import secrets
import string

from cognito_grpc.engine import errors, imports, records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.resources import Resource, create_item, item

_ALNUM = string.ascii_letters + string.digits
# What callers never see of a job's document.
_PRIVATE = ("Upload", "Uploaded", "NextRow")


def _new_job_id() -> str:
    return "import-" + "".join(secrets.choice(_ALNUM) for _ in range(10))


def _build(ctx, request: dict, old: dict | None) -> dict:
    if not ctx.engine.http_url:
        raise errors.invalid("User import jobs need --http-listen, which receives the CSV "
                             "upload at the job's PreSignedUrl.",
                             ("userPoolId", "the server has no --http-listen"))
    if request.get("PasswordHashingAlgorithm"):
        raise errors.invalid("The embedded engine imports users without passwords: "
                             "PasswordHashingAlgorithm (password hash import) is not "
                             "supported.", ("passwordHashingAlgorithm", "not supported"))
    pool_id, job_id = request["UserPoolId"], request["JobId"]
    secret = secrets.token_urlsafe(32)
    return {"JobName": request["JobName"], "JobId": job_id, "UserPoolId": pool_id,
            "PreSignedUrl": f"{ctx.engine.http_url.rstrip('/')}/user-import/"
                            + imports.upload_token(pool_id, job_id, secret),
            "CreationDate": ctx.now, "Status": "Created",
            "CloudWatchLogsRoleArn": request["CloudWatchLogsRoleArn"],
            "ImportedUsers": 0, "SkippedUsers": 0, "FailedUsers": 0,
            "Upload": {"Secret": secret, "Expires": ctx.now + imports.UPLOAD_LIFETIME}}


def _view(doc: dict) -> dict:
    return {name: value for name, value in doc.items() if name not in _PRIVATE}


JOBS = Resource(
    kind=imports.JOB,
    key="JobId",
    member="UserImportJob",
    missing="Job {JobId} does not exist.",
    exists=("InvalidParameterException", "Job {JobId} already exists."),
    build=_build,
    view=_view,
    key_factory=_new_job_id,
)


def _shown(ctx, doc: dict) -> dict:
    """The job as a caller sees it now: a job not started within 24 hours has Expired."""
    shown = _view(doc)
    if doc["Status"] == "Created" and ctx.now >= doc["CreationDate"] + imports.EXPIRY:
        shown["Status"] = "Expired"
    return shown


@handler("GetCSVHeader")
def get_csv_header(ctx, request: dict) -> dict:
    pool_doc = records.pool(ctx.store.read(), request["UserPoolId"])
    return {"UserPoolId": pool_doc["Id"], "CSVHeader": imports.csv_header(pool_doc)}


@handler("CreateUserImportJob")
def create_user_import_job(ctx, request: dict) -> dict:
    return create_item(JOBS, ctx, {k: v for k, v in request.items() if k != "JobId"})


@handler("DescribeUserImportJob")
def describe_user_import_job(ctx, request: dict) -> dict:
    return {"UserImportJob": _shown(ctx, item(ctx.store.read(), JOBS, request))}


@handler("ListUserImportJobs")
def list_user_import_jobs(ctx, request: dict) -> dict:
    """Newest first, as Cognito lists them; the token is the last job's (date, id)."""
    pool_id, limit = request["UserPoolId"], request["MaxResults"]
    after = records.page_position(request.get("PaginationToken"), "PaginationToken")
    query = ("SELECT key, doc, doc ->> '$.CreationDate' AS created FROM items "
             "WHERE pool_id = ? AND kind = ?")
    args: list = [pool_id, imports.JOB]
    if after is not None:
        created, _, job_id = after.partition(" ")
        try:
            created_at = float(created)
        except ValueError:
            raise errors.invalid("Invalid PaginationToken.",
                                 ("paginationToken", "not a token this list issued")) from None
        query += " AND (created < ? OR (created = ? AND key < ?))"
        args += [created_at, created_at, job_id]
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        rows = db.execute(query + " ORDER BY created DESC, key DESC LIMIT ?",
                          (*args, limit + 1)).fetchall()
    rows, token = records.page(rows, limit, lambda r: f"{r[2]!r} {r[0]}")
    response = {"UserImportJobs": [_shown(ctx, records.loads(doc)) for _, doc, _ in rows]}
    if token:
        response["PaginationToken"] = token
    return response


@handler("StartUserImportJob")
def start_user_import_job(ctx, request: dict) -> dict:
    pool_id, job_id = request["UserPoolId"], request["JobId"]
    with ctx.store.write() as tx:
        pool_doc = records.pool(tx, pool_id)
        job = item(tx, JOBS, request)
        status = _shown(ctx, job)["Status"]
        if status != "Created":
            raise errors.invalid(f"Job {job_id} is {status}: only a job in Created status can "
                                 "be started, once.", ("jobId", f"job is {status}"))
        if not job.get("Uploaded"):
            raise errors.EngineError("PreconditionNotMetException",
                                     f"No CSV file was uploaded for job {job_id}: PUT it to "
                                     "the job's PreSignedUrl first.")
        if not any(name in ("email", "phone_number")
                   for name in pool_doc.get("AutoVerifiedAttributes") or ()):
            raise errors.EngineError("PreconditionNotMetException",
                                     "The user pool has no auto-verified attributes (email "
                                     "or phone_number): users cannot be imported into it.")
        active = tx.execute(
            "SELECT key FROM items WHERE pool_id = ? AND kind = ? AND doc ->> '$.Status' IN "
            "(?, ?, ?) LIMIT 1", (pool_id, imports.JOB, *imports.ACTIVE)).fetchone()
        if active is not None:
            raise errors.limit_exceeded(f"Only one import job can be active at a time: job "
                                        f"{active[0]} is still running.")
        job.update(Status="Pending", StartDate=ctx.now, NextRow=0)
        imports.save_job(tx, job)
    imports.start_worker(ctx.engine, pool_id, job_id)
    return {"UserImportJob": _shown(ctx, job)}


@handler("StopUserImportJob")
def stop_user_import_job(ctx, request: dict) -> dict:
    job_id = request["JobId"]
    with ctx.store.write() as tx:
        job = item(tx, JOBS, request)
        if job["Status"] not in ("Pending", "InProgress"):
            status = _shown(ctx, job)["Status"]
            raise errors.invalid(f"Job {job_id} is {status}: only a Pending or InProgress "
                                 "job can be stopped.", ("jobId", f"job is {status}"))
        # The worker stops before its next row and marks the job Stopped.
        job["Status"] = "Stopping"
        imports.save_job(tx, job)
    return {"UserImportJob": _shown(ctx, job)}
