"""Groups and their members. A group's document is its GroupType as Cognito returns it."""

from __future__ import annotations

import sqlite3

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.ops.users import MAX_USERS_PAGE

MAX_GROUPS_PAGE = 60
_OPTIONAL = ("Description", "RoleArn", "Precedence")


def _group_not_found() -> errors.EngineError:
    return errors.not_found("Group not found.")


def group(db, pool_id: str, name: str) -> dict:
    row = db.execute("SELECT doc FROM groups WHERE pool_id = ? AND name = ?",
                     (pool_id, name)).fetchone()
    if row is None:
        records.require_pool(db, pool_id)
        raise _group_not_found()
    return records.loads(row[0])


@handler("CreateGroup")
def create_group(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    doc = {"GroupName": request["GroupName"], "UserPoolId": pool_id,
           **{name: request[name] for name in _OPTIONAL if name in request},
           "LastModifiedDate": ctx.now, "CreationDate": ctx.now}
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        try:
            tx.execute("INSERT INTO groups (pool_id, name, doc) VALUES (?, ?, ?)",
                       (pool_id, doc["GroupName"], records.dumps(doc)))
        except sqlite3.IntegrityError as error:
            if records.is_duplicate(error):
                raise errors.exists("GroupExistsException",
                                    "A group with the name already exists.") from None
            raise errors.pool_not_found(pool_id) from None
    return {"Group": doc}


@handler("GetGroup")
def get_group(ctx, request: dict) -> dict:
    return {"Group": group(ctx.store.read(), request["UserPoolId"], request["GroupName"])}


@handler("UpdateGroup")
def update_group(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    with ctx.store.write() as tx:
        doc = group(tx, pool_id, request["GroupName"])
        doc.update({name: request[name] for name in _OPTIONAL if name in request})
        doc["LastModifiedDate"] = ctx.now
        tx.execute("UPDATE groups SET doc = ? WHERE pool_id = ? AND name = ?",
                   (records.dumps(doc), pool_id, doc["GroupName"]))
    return {"Group": doc}


@handler("DeleteGroup")
def delete_group(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    with ctx.store.write() as tx:
        # Memberships go with the group (foreign key).
        deleted = tx.execute("DELETE FROM groups WHERE pool_id = ? AND name = ?",
                             (pool_id, request["GroupName"])).rowcount
        if not deleted:
            records.require_pool(tx, pool_id)
            raise _group_not_found()
    return {}


def _paged(request: dict, default: int) -> tuple[int, str | None]:
    return request.get("Limit") or default, records.page_position(request.get("NextToken"))


def _listed(rows: list, limit: int, member: str, shape) -> dict:
    rows, token = records.page(rows, limit, lambda row: row[0])
    response = {member: [shape(records.loads(doc)) for _, doc in rows]}
    if token:
        response["NextToken"] = token
    return response


@handler("ListGroups")
def list_groups(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    limit, after = _paged(request, MAX_GROUPS_PAGE)
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        rows = db.execute("SELECT name, doc FROM groups WHERE pool_id = ? AND name > ? "
                          "ORDER BY name LIMIT ?", (pool_id, after or "", limit + 1)).fetchall()
    return _listed(rows, limit, "Groups", lambda doc: doc)


def _member_change(ctx, request: dict, statement: str) -> None:
    pool_id = request["UserPoolId"]
    with ctx.store.write() as tx:
        pool_doc = records.pool(tx, pool_id)
        group(tx, pool_id, request["GroupName"])
        key, _ = records.find_user(tx, pool_doc, request["Username"])
        tx.execute(statement, (pool_id, request["GroupName"], key))


@handler("AdminAddUserToGroup")
def admin_add_user_to_group(ctx, request: dict) -> dict:
    _member_change(ctx, request, "INSERT OR IGNORE INTO members (pool_id, group_name, user_key) "
                                 "VALUES (?, ?, ?)")
    return {}


@handler("AdminRemoveUserFromGroup")
def admin_remove_user_from_group(ctx, request: dict) -> dict:
    _member_change(ctx, request, "DELETE FROM members WHERE pool_id = ? AND group_name = ? AND "
                                 "user_key = ?")
    return {}


@handler("AdminListGroupsForUser")
def admin_list_groups_for_user(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    limit, after = _paged(request, MAX_GROUPS_PAGE)
    with ctx.store.snapshot() as db:
        key, _ = records.find_user(db, records.pool(db, pool_id), request["Username"])
        rows = db.execute(
            "SELECT g.name, g.doc FROM members m JOIN groups g ON g.pool_id = m.pool_id AND "
            "g.name = m.group_name WHERE m.pool_id = ? AND m.user_key = ? AND m.group_name > ? "
            "ORDER BY m.group_name LIMIT ?", (pool_id, key, after or "", limit + 1)).fetchall()
    return _listed(rows, limit, "Groups", lambda doc: doc)


@handler("ListUsersInGroup")
def list_users_in_group(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    limit, after = _paged(request, MAX_USERS_PAGE)
    with ctx.store.snapshot() as db:
        group(db, pool_id, request["GroupName"])
        rows = db.execute(
            "SELECT u.key, u.doc FROM members m JOIN users u ON u.pool_id = m.pool_id AND "
            "u.key = m.user_key WHERE m.pool_id = ? AND m.group_name = ? AND m.user_key > ? "
            "ORDER BY m.user_key LIMIT ?",
            (pool_id, request["GroupName"], after or "", limit + 1)).fetchall()
    return _listed(rows, limit, "Users", records.user_type)
