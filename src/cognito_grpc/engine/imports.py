"""User import jobs: the CSV upload, the file as Cognito formats it, and the import itself.

The operations (CreateUserImportJob, StartUserImportJob, ...) are in ops/imports.py; this
module holds what they share and what runs outside a call:

- `receive_upload(engine, token, body)`: the body of `PUT /user-import/<token>` on
  --http-listen (the job's PreSignedUrl), kept in the store until the job starts.
- `run(engine, pool_id, job_id)`: the import, on a thread of its own. Each row is ONE write
  transaction (the user, the job's counters, the row's log line), so DescribeUserImportJob
  shows progress, a stop takes effect between two rows, and a crash loses no row.
- `resume_interrupted(engine)`: a job a restart interrupted (Pending, InProgress or
  Stopping) carries on from its next row when the engine opens the store again; a Stopping
  one stops there.
- `log_events(db, pool_id, job_id)`: the per-row results Cognito writes to CloudWatch Logs,
  `[SUCCEEDED] Line Number 2 - The import succeeded.` and so on, one per data row, by the
  file's line number (the header is line 1). The engine keeps them in the store.

The file (Cognito's "Formatting the CSV file"): the header row first, columns in any order,
every column of GetCSVHeader present and no other; values unquoted, a comma inside a value
written `\\,`; UTF-8; at most 16,000 characters a row, 500,000 rows and 100 MB.
"""

from __future__ import annotations

import dataclasses
import hmac
import sqlite3
import threading

import regex

from cognito_grpc.engine import attributes, errors, records
from cognito_grpc.engine.store import StoreError

JOB = "user-import-job"          # items.kind of a job's document, keyed by JobId
CSV = "user-import-csv"          # the uploaded file's text, keyed by JobId
LOG = "user-import-log"          # one per data row: {"Line", "Result", "Message"}
USERNAME, MFA = "cognito:username", "cognito:mfa_enabled"
MAX_BYTES = 100 * 1024 * 1024
MAX_ROWS = 500_000
MAX_ROW_CHARS = 16_000
UPLOAD_LIFETIME = 15 * 60        # "The PRE_SIGNED_URL ... is valid for 15 minutes."
EXPIRY = 24 * 3600               # a job not started within 24 hours is Expired
ACTIVE = ("Pending", "InProgress", "Stopping")
STOPPED_MESSAGE = "The Import Job was stopped by the developer."
SUCCEEDED_MESSAGE = "Import Job Completed Successfully."
TOO_MANY_MESSAGE = "Too many users have failed or been skipped during the import."

_UNESCAPED_COMMA = regex.compile(r"(?<!\\),")
_BLANK = regex.compile(r"[ \t]")
_BIRTHDATE = regex.compile(r"(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/[0-9]{4}")
_TOKEN = regex.compile(r"([\w-]+_[0-9a-zA-Z]+)\.(import-[0-9a-zA-Z]+)\.([\w-]+)")


class Unparsable(Exception):
    """The file as a whole cannot be imported: the job fails with this message."""


# --- the header -------------------------------------------------------------------------------

def csv_header(pool_doc: dict) -> list[str]:
    """GetCSVHeader's columns: the pool's attributes but sub, then Cognito's two own."""
    names = [entry["Name"] for entry in pool_doc.get("SchemaAttributes", ())
             if entry["Name"] not in attributes.GENERATED]
    return [*names, MFA, USERNAME]


# --- the upload -------------------------------------------------------------------------------

def upload_token(pool_id: str, job_id: str, secret: str) -> str:
    """The opaque last part of a job's PreSignedUrl: it names the job, and its secret part
    (secrets.token_urlsafe) makes it unguessable."""
    return f"{pool_id}.{job_id}.{secret}"


def _upload_refused(message: str, status: int, code: str = "NotAuthorizedException"
                    ) -> errors.EngineError:
    return errors.EngineError(code, message, status=status)


def receive_upload(engine, token: str, body: bytes) -> None:
    """Keeps `body` as the CSV file of the job whose PreSignedUrl ends in `token`.

    Refused (an EngineError whose HTTP status the listener answers with): an unknown or
    expired token, 403; a job no longer in Created status, 409; a body over 100 MB, 413.
    A second upload before the job starts replaces the first, as an S3 PUT does."""
    match = _TOKEN.fullmatch(token or "")
    if match is None:
        raise _upload_refused("This upload URL is not one a user import job issued.", 403)
    pool_id, job_id, secret = match.groups()
    if len(body) > MAX_BYTES:
        raise _upload_refused(f"The CSV file is {len(body)} bytes; a user import file may be "
                              f"at most {MAX_BYTES} bytes (100 MB).", 413,
                              "InvalidParameterException")
    now = engine.clock()
    with engine.store.write() as tx:
        row = tx.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                         (pool_id, JOB, job_id)).fetchone()
        job = records.loads(row[0]) if row else None
        upload = (job or {}).get("Upload") or {}
        if job is None or not hmac.compare_digest(upload.get("Secret", "").encode(),
                                                  secret.encode()):
            raise _upload_refused("This upload URL is not one a user import job issued.", 403)
        if now >= upload["Expires"]:
            raise _upload_refused(f"This upload URL expired 15 minutes after job {job_id} was "
                                  "created: create a new user import job.", 403)
        if job["Status"] != "Created":
            raise _upload_refused(f"Job {job_id} is {job['Status']}: a CSV file can be "
                                  "uploaded only before the job starts.", 409,
                                  "PreconditionNotMetException")
        tx.execute("INSERT OR REPLACE INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
                   (pool_id, CSV, job_id, records.dumps(body.decode("latin-1"))))
        job["Uploaded"] = True
        save_job(tx, job)


# --- the job's document -----------------------------------------------------------------------

def load_job(db, pool_id: str, job_id: str) -> dict | None:
    row = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                     (pool_id, JOB, job_id)).fetchone()
    return records.loads(row[0]) if row else None


def save_job(tx, job: dict) -> None:
    tx.execute("UPDATE items SET doc = ? WHERE pool_id = ? AND kind = ? AND key = ?",
               (records.dumps(job), job["UserPoolId"], JOB, job["JobId"]))


def finish(job: dict, status: str, message: str, now: float) -> None:
    job.update(Status=status, CompletionMessage=message, CompletionDate=now)


# --- the file ---------------------------------------------------------------------------------

def _fields(line: str) -> list[str]:
    return [value.replace("\\,", ",").strip() for value in _UNESCAPED_COMMA.split(line)]


def parse(raw: bytes, pool_doc: dict) -> tuple[list[str], list[str]]:
    """(the header's columns, the data lines); Unparsable names what makes the file fail."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Unparsable("The CSV file is not UTF-8 text.") from None
    lines = text.removeprefix("\ufeff").splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        raise Unparsable("The CSV file is empty: its first row must be the header.")
    header = _fields(lines[0])
    expected = csv_header(pool_doc)
    unknown = [name for name in header if name not in expected]
    missing = [name for name in expected if name not in header]
    if unknown or missing or len(set(header)) != len(header):
        raise Unparsable("The CSV header does not match GetCSVHeader's: "
                         + "; ".join(filter(None, (
                             unknown and "unknown columns " + ", ".join(unknown),
                             missing and "missing columns " + ", ".join(missing),
                             len(set(header)) != len(header) and "repeated columns"))))
    if len(lines) - 1 > MAX_ROWS:
        raise Unparsable(f"The CSV file has {len(lines) - 1} rows; at most {MAX_ROWS}.")
    return header, lines[1:]


@dataclasses.dataclass(frozen=True)
class Row:
    username: str
    attributes: list[dict]
    mfa: bool


class RowFailed(Exception):
    """The row is not imported (FAILED in the log); the job goes on."""


def parse_row(pool_doc: dict, header: list[str], line: str) -> Row:
    """One data line, checked as Cognito checks it (the schema's checks come at insert)."""
    if len(line) > MAX_ROW_CHARS:
        raise RowFailed(f"The row is longer than {MAX_ROW_CHARS} characters.")
    values = _fields(line)
    if len(values) != len(header):
        raise RowFailed(f"The row has {len(values)} values; the header has {len(header)} "
                        "columns.")
    given = dict(zip(header, values))
    username = given.pop(USERNAME)
    if not username:
        raise RowFailed("The cognito:username is required.")
    if _BLANK.search(username):
        raise RowFailed("The cognito:username cannot contain spaces or tabs.")
    mfa = given.pop(MFA).lower()
    if mfa not in ("true", "false"):
        raise RowFailed("The cognito:mfa_enabled is required, true or false.")
    setting = pool_doc.get("MfaConfiguration", "OFF")
    if setting == "ON" and mfa != "true":
        raise RowFailed("The user pool requires MFA: cognito:mfa_enabled must be true.")
    if setting == "OFF" and mfa != "false":
        raise RowFailed("The user pool has MFA off: cognito:mfa_enabled must be false.")
    for name in attributes.VERIFIED_FLAGS.values():
        if given.get(name):
            given[name] = given[name].lower()
    _verified_rules(pool_doc, given, mfa == "true")
    if given.get("birthdate") and not _BIRTHDATE.fullmatch(given["birthdate"]):
        raise RowFailed("The birthdate must be in the format mm/dd/yyyy.")
    attrs = [{"Name": name, "Value": value} for name, value in given.items() if value]
    return Row(username, attrs, mfa == "true")


def _verified_rules(pool_doc: dict, given: dict, mfa: bool) -> None:
    auto = [name for name in pool_doc.get("AutoVerifiedAttributes") or ()
            if name in attributes.VERIFIED_FLAGS]
    flags = [attributes.VERIFIED_FLAGS[name] for name in auto]
    if not any(given.get(flag) == "true" for flag in flags):
        raise RowFailed("The User Record does not set any of the auto verified attributes "
                        "to true. (Example: email_verified to true).")
    for name, flag in attributes.VERIFIED_FLAGS.items():
        if given.get(flag) == "true" and not given.get(name):
            raise RowFailed(f"The {flag} is true but the row has no {name}.")
    if mfa and not given.get("phone_number"):
        raise RowFailed("The cognito:mfa_enabled is true but the row has no phone_number.")


# --- the per-row log --------------------------------------------------------------------------

def log(tx, pool_id: str, job_id: str, line: int, result: str, message: str) -> None:
    tx.execute("INSERT OR REPLACE INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
               (pool_id, LOG, f"{job_id}:{line:09d}",
                records.dumps({"Line": line, "Result": result, "Message": message})))


def log_events(db, pool_id: str, job_id: str) -> list[str]:
    """The job's log lines, as Cognito writes them to CloudWatch Logs, in line order."""
    rows = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key > ? AND "
                      "key < ? ORDER BY key", (pool_id, LOG, job_id + ":",
                                               job_id + ";")).fetchall()
    return [f"[{entry['Result']}] Line Number {entry['Line']} - {entry['Message']}"
            for entry in (records.loads(text) for text, in rows)]


# --- running ----------------------------------------------------------------------------------

def start_worker(engine, pool_id: str, job_id: str) -> threading.Thread:
    thread = threading.Thread(target=run, args=(engine, pool_id, job_id),
                              name=f"user-import {job_id}", daemon=True)
    thread.start()
    return thread


def resume_interrupted(engine) -> list[threading.Thread]:
    """Carries on every job a stop of the process left Pending, InProgress or Stopping.
    Several processes on one data dir may each resume one: rows are claimed one by one in
    write transactions, so each row is still imported once."""
    rows = engine.store.read().execute(
        "SELECT pool_id, key FROM items WHERE kind = ? AND doc ->> '$.Status' IN (?, ?, ?)",
        (JOB, *ACTIVE)).fetchall()
    return [start_worker(engine, pool_id, job_id) for pool_id, job_id in rows]


def run(engine, pool_id: str, job_id: str) -> None:
    """Imports the job's rows from its next one on; returns when the job has ended (or the
    engine closed: the job then resumes when the store is opened again)."""
    try:
        _run(engine, pool_id, job_id)
    except (StoreError, sqlite3.ProgrammingError):
        pass  # the engine closed under us: the job resumes when the store opens again
    except Exception:  # a bug: end the job rather than leave it InProgress forever
        with engine.store.write() as tx:
            job = load_job(tx, pool_id, job_id)
            if job is not None and job["Status"] in ACTIVE:
                finish(job, "Failed", "The import stopped on an internal error.",
                       engine.clock())
                save_job(tx, job)
        raise


def _run(engine, pool_id: str, job_id: str) -> None:
    db = engine.store.read()
    row = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                     (pool_id, CSV, job_id)).fetchone()
    with engine.store.write() as tx:
        job = load_job(tx, pool_id, job_id)
        if job is None or job["Status"] not in ACTIVE:
            return
        try:
            pool_doc = records.pool(tx, pool_id)
            if row is None:
                raise Unparsable("No CSV file was uploaded for this job.")
            header, lines = parse(records.loads(row[0]).encode("latin-1"), pool_doc)
        except (Unparsable, errors.EngineError) as error:
            message = str(error) if isinstance(error, Unparsable) else error.message
            finish(job, "Failed", message, engine.clock())
            save_job(tx, job)
            return
        if job["Status"] == "Pending":
            job["Status"] = "InProgress"
            save_job(tx, job)
    while step(engine, pool_id, job_id, header, lines):
        pass


def step(engine, pool_id: str, job_id: str, header: list[str], lines: list[str]) -> bool:
    """Imports the job's next row in one write transaction; False once the job has ended.
    Nothing is held between two steps: that is where a StopUserImportJob gets in."""
    from cognito_grpc.engine import Context

    with engine.store.write() as tx:
        job = load_job(tx, pool_id, job_id)
        if job is None or job["Status"] not in ACTIVE:
            return False
        now = engine.clock()
        if job["Status"] == "Stopping":
            finish(job, "Stopped", STOPPED_MESSAGE, now)
            save_job(tx, job)
            return False
        index = job.get("NextRow", 0)
        if index >= len(lines):
            _complete(job, now)
            save_job(tx, job)
            return False
        try:
            pool_doc = records.pool(tx, pool_id)
        except errors.EngineError:
            return False  # the pool was deleted, and its jobs with it
        ctx = Context(engine, pool_id.partition("_")[0], "StartUserImportJob", now)
        result, message = _import_row(ctx, tx, pool_doc, header, lines[index])
        job[{"SUCCEEDED": "ImportedUsers", "SKIPPED": "SkippedUsers",
             "FAILED": "FailedUsers"}[result]] += 1
        job["NextRow"] = index + 1
        log(tx, pool_id, job_id, index + 2, result, message)
        save_job(tx, job)
    return True


def _complete(job: dict, now: float) -> None:
    """Succeeded if any user was imported (or the file had no rows); Failed, with Cognito's
    message, when every row failed or was skipped."""
    if job["ImportedUsers"] == 0 and job["FailedUsers"] + job["SkippedUsers"] > 0:
        finish(job, "Failed", TOO_MANY_MESSAGE, now)
    else:
        finish(job, "Succeeded", SUCCEEDED_MESSAGE, now)


def _import_row(ctx, tx, pool_doc: dict, header: list[str], line: str) -> tuple[str, str]:
    from cognito_grpc.engine.ops import users

    try:
        parsed = parse_row(pool_doc, header, line)
        doc = users.new_user(ctx, pool_doc, parsed.username, parsed.attributes,
                             "RESET_REQUIRED", None)
        if parsed.mfa:
            doc["UserMFASettingList"] = ["SMS_MFA"]
            doc["PreferredMfaSetting"] = "SMS_MFA"
        tx.execute("SAVEPOINT import_row")
        try:
            users.insert(tx, pool_doc, doc)
        except BaseException:
            tx.execute("ROLLBACK TO import_row")
            raise
        finally:
            tx.execute("RELEASE import_row")
    except RowFailed as failure:
        return "FAILED", str(failure)
    except errors.EngineError as error:
        if error.code == "UsernameExistsException":
            return "SKIPPED", "The user already exists."
        return "FAILED", error.message
    return "SUCCEEDED", "The import succeeded."
