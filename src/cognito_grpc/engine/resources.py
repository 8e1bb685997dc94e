"""Create, describe, update, delete and list for the resources a pool owns: declared, not copied.

Most of Cognito's pool-owned resources (identity providers, resource servers, terms, managed
login branding, ...) are a document under a key in the store's `items` table, with the same
five operations around them. Declare the resource once and register its operations:

    from cognito_grpc.engine.resources import Resource, register

    RESOURCE_SERVERS = Resource(
        kind="resource-server",              # items.kind: one per resource, never reused
        key="Identifier",                    # request member(s) naming one item in its pool
        member="ResourceServer",             # the response member holding one item
        list_member="ResourceServers",       # the list response's member
        missing="Resource server {Identifier} does not exist.",        # ResourceNotFound
        exists=("InvalidParameterException",
                "{Identifier} already exists in user pool {UserPoolId}."),
        build=lambda ctx, request, old: {...},  # the item's document (old is None on create)
        page_size=50,                        # a list page when the caller sets no MaxResults
    )
    register(RESOURCE_SERVERS, create="CreateResourceServer", describe="DescribeResourceServer",
             update="UpdateResourceServer", delete="DeleteResourceServer",
             list="ListResourceServers")

What the pattern does for every declared resource:
- The pool comes first: an unknown UserPoolId is ResourceNotFoundException "User pool x does
  not exist." on every operation, then `missing` for an unknown item (templates are formatted
  with the request's members).
- Create inserts the item in one write transaction; the primary key (pool, kind, key) refuses
  a second item by the same key, answered with `exists` (code, message). `unique` declares
  more uniqueness (for example an IdP's identifiers): each value is a marker item of its own
  kind, so the database, not a check, keeps them unique; `index_of` reads one back.
- Update reads the item and writes what `build(ctx, request, old)` returns, in one
  transaction. Delete removes the item and its markers.
- `timestamps=True` keeps CreationDate and LastModifiedDate (epoch seconds) in the document.
- Responses carry the document under `member` only where the operation's output in the AWS
  model has that member (so an update that answers {} answers {}); `view` shapes what a
  caller sees, `summary` names the members of a list entry (None: the whole document).
- List pages go in key order, `page_size` items unless the request's `limit_member` asks for
  fewer (0 means the default, as Cognito reads it); `token_member` carries the position,
  opaque to callers. `scope` names leading key members a list request narrows by (for
  resources keyed under a client: key=("ClientId", "TermsId"), scope=("ClientId",)).
- `key_factory` mints the key member at create when the caller does not name one (ids such
  as TermsId); `check(db, request)` runs inside the transaction before anything else (a
  parent app client that must exist); `max_items` caps a pool's count (LimitExceeded).
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from typing import Callable, Iterable

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler

KEY_SEPARATOR = "\x1f"  # joins the members of a composite key; never in a member's value


@dataclasses.dataclass(frozen=True)
class Unique:
    """Values of an item's document that must be unique in its pool, across items."""

    kind: str
    values: Callable[[dict], Iterable[str]]
    exists: tuple[str, str]  # (code, message template with {value} and request members)


@dataclasses.dataclass(frozen=True)
class Resource:
    kind: str
    key: str | tuple[str, ...]
    member: str
    missing: str
    exists: tuple[str, str]
    build: Callable[..., dict]
    list_member: str | None = None
    summary: tuple[str, ...] | None = None
    view: Callable[[dict], dict] | None = None
    page_size: int = 60
    limit_member: str = "MaxResults"
    token_member: str = "NextToken"
    scope: tuple[str, ...] = ()
    timestamps: bool = False
    key_factory: Callable[[], str] | None = None
    check: Callable[..., None] | None = None
    max_items: int | None = None
    max_items_message: str = "The limit for this resource has been reached."
    unique: tuple[Unique, ...] = ()
    pool_member: str = "UserPoolId"

    @property
    def key_members(self) -> tuple[str, ...]:
        return (self.key,) if isinstance(self.key, str) else self.key

    def key_of(self, values: dict) -> str:
        return KEY_SEPARATOR.join(str(values[name]) for name in self.key_members)

    def shown(self, doc: dict) -> dict:
        return self.view(doc) if self.view else doc


def _format(template: str, request: dict, **extra) -> str:
    return template.format_map(_Members({**request, **extra}))


class _Members(dict):
    def __missing__(self, name: str) -> str:
        return ""


def _error(code_and_message: tuple[str, str], request: dict, **extra) -> errors.EngineError:
    code, message = code_and_message
    return errors.EngineError(code, _format(message, request, **extra))


@functools.cache
def _output_members(model, operation: str) -> frozenset[str]:
    shape = model.operation_model(operation).output_shape
    return frozenset(shape.members) if shape is not None else frozenset()


def _answer(ctx, resource: Resource, doc: dict) -> dict:
    if resource.member in _output_members(ctx.engine.model, ctx.operation):
        return {resource.member: resource.shown(doc)}
    return {}


# --- reading --------------------------------------------------------------------------------

def _pool_and_item(db, resource: Resource, pool_id: str, key: str) -> str | None:
    """The item's document text (None if absent); ResourceNotFound if the pool is."""
    row = db.execute(
        "SELECT p.id, i.doc FROM pools p LEFT JOIN items i ON i.pool_id = p.id AND i.kind = ? "
        "AND i.key = ? WHERE p.id = ?", (resource.kind, key, pool_id)).fetchone()
    if row is None:
        raise errors.pool_not_found(pool_id)
    return row[1]


def item(db, resource: Resource, request: dict) -> dict:
    """The item the request names; the pool's or the item's ResourceNotFound otherwise."""
    text = _pool_and_item(db, resource, request[resource.pool_member], resource.key_of(request))
    if text is None:
        raise errors.not_found(_format(resource.missing, request))
    return records.loads(text)


def index_of(db, resource: Resource, unique: Unique, pool_id: str, value: str) -> dict | None:
    """The item whose `unique` value is `value`, or None."""
    row = db.execute(
        "SELECT i.doc FROM items m JOIN items i ON i.pool_id = m.pool_id AND i.kind = ? AND "
        "i.key = json_extract(m.doc, '$') WHERE m.pool_id = ? AND m.kind = ? AND m.key = ?",
        (resource.kind, pool_id, unique.kind, value)).fetchone()
    return records.loads(row[0]) if row else None


# --- writing --------------------------------------------------------------------------------

def _insert(tx, resource: Resource, pool_id: str, key: str, doc: dict, request: dict) -> None:
    try:
        tx.execute("INSERT INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
                   (pool_id, resource.kind, key, records.dumps(doc)))
    except sqlite3.IntegrityError as error:
        if records.is_duplicate(error):
            raise _error(resource.exists, request) from None
        raise


def _mark(tx, resource: Resource, pool_id: str, key: str, doc: dict, request: dict) -> None:
    for unique in resource.unique:
        for value in unique.values(doc):
            try:
                tx.execute("INSERT INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
                           (pool_id, unique.kind, value, records.dumps(key)))
            except sqlite3.IntegrityError as error:
                if records.is_duplicate(error):
                    raise _error(unique.exists, request, value=value) from None
                raise


def _unmark(tx, resource: Resource, pool_id: str, doc: dict) -> None:
    for unique in resource.unique:
        tx.executemany("DELETE FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                       [(pool_id, unique.kind, value) for value in unique.values(doc)])


def create_item(resource: Resource, ctx, request: dict) -> dict:
    pool_id = request[resource.pool_member]
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        if resource.check:
            resource.check(tx, request)
        if resource.key_factory and any(name not in request for name in resource.key_members):
            request = {**request, resource.key_members[-1]: resource.key_factory()}
        if resource.max_items is not None:
            count = tx.execute("SELECT count(*) FROM items WHERE pool_id = ? AND kind = ?",
                               (pool_id, resource.kind)).fetchone()[0]
            if count >= resource.max_items:
                raise errors.limit_exceeded(_format(resource.max_items_message, request))
        doc = resource.build(ctx, request, None)
        if resource.timestamps:
            doc["LastModifiedDate"] = doc["CreationDate"] = ctx.now
        key = resource.key_of(request)
        _insert(tx, resource, pool_id, key, doc, request)
        _mark(tx, resource, pool_id, key, doc, request)
    return _answer(ctx, resource, doc)


def describe_item(resource: Resource, ctx, request: dict) -> dict:
    return {resource.member: resource.shown(item(ctx.store.read(), resource, request))}


def update_item(resource: Resource, ctx, request: dict) -> dict:
    pool_id = request[resource.pool_member]
    key = resource.key_of(request)
    with ctx.store.write() as tx:
        if resource.check:
            records.require_pool(tx, pool_id)
            resource.check(tx, request)
        old = item(tx, resource, request)
        doc = resource.build(ctx, request, old)
        if resource.timestamps:
            doc["CreationDate"] = old.get("CreationDate", ctx.now)
            doc["LastModifiedDate"] = ctx.now
        tx.execute("UPDATE items SET doc = ? WHERE pool_id = ? AND kind = ? AND key = ?",
                   (records.dumps(doc), pool_id, resource.kind, key))
        _unmark(tx, resource, pool_id, old)
        _mark(tx, resource, pool_id, key, doc, request)
    return _answer(ctx, resource, doc)


def delete_item(resource: Resource, ctx, request: dict) -> dict:
    pool_id = request[resource.pool_member]
    with ctx.store.write() as tx:
        if resource.check:
            records.require_pool(tx, pool_id)
            resource.check(tx, request)
        old = item(tx, resource, request)
        tx.execute("DELETE FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                   (pool_id, resource.kind, resource.key_of(request)))
        _unmark(tx, resource, pool_id, old)
    return {}


def list_items(resource: Resource, ctx, request: dict) -> dict:
    pool_id = request[resource.pool_member]
    limit = request.get(resource.limit_member) or resource.page_size
    prefix = "".join(str(request[name]) + KEY_SEPARATOR for name in resource.scope)
    low = _position(resource, request, prefix)
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        if resource.check:
            resource.check(db, request)
        # Keys of one scope sort together: (low, prefix + U+10FFFF) bounds them.
        rows = db.execute(
            "SELECT key, doc FROM items WHERE pool_id = ? AND kind = ? AND key > ? "
            "AND key < ? ORDER BY key LIMIT ?",
            (pool_id, resource.kind, low, prefix + "\U0010ffff", limit + 1)).fetchall()
    rows, token = records.page(rows, limit, lambda row: f"{resource.kind}:{row[0]}")
    entries = []
    for _, text in rows:
        shown = resource.shown(records.loads(text))
        if resource.summary is not None:
            shown = {name: shown[name] for name in resource.summary if name in shown}
        entries.append(shown)
    response = {resource.list_member: entries}
    if token:
        response[resource.token_member] = token
    return response


def _position(resource: Resource, request: dict, prefix: str) -> str:
    """Where a page starts: after the key its token names. A token names its resource's kind
    and the list's scope, so one of another list, or none we issued, is refused."""
    member = resource.token_member
    position = records.page_position(request.get(member), member)
    if position is None:
        return prefix
    kind, _, key = position.partition(":")
    if kind != resource.kind or not key.startswith(prefix):
        raise errors.invalid(f"Invalid {member}.",
                             (member[:1].lower() + member[1:], "not a token this list issued"))
    return key


def register(resource: Resource, **operations: str) -> None:
    """Registers the generic handlers: create=, describe=, update=, delete=, list= name the
    AWS operations (any may be left out, for a handler of its own)."""
    generic = {"create": create_item, "describe": describe_item, "update": update_item,
               "delete": delete_item, "list": list_items}
    for verb, operation in operations.items():
        if verb not in generic:
            raise TypeError(f"register: unknown verb {verb!r}")
        handler(operation)(_bound(generic[verb], resource, operation, verb))


def _needed(resource: Resource, verb: str) -> tuple[str, ...]:
    """The members a verb cannot go without, though the AWS model may leave them optional
    (UpdateManagedLoginBranding marks none required)."""
    if verb == "list":
        return (resource.pool_member, *resource.scope)
    if verb == "create" and resource.key_factory is not None:  # the last key is minted
        return (resource.pool_member, *resource.key_members[:-1])
    return (resource.pool_member, *resource.key_members)


def _bound(fn: Callable, resource: Resource, operation: str, verb: str) -> Callable:
    needed = _needed(resource, verb)

    def handle(ctx, request: dict) -> dict:
        for member in needed:
            if request.get(member) in (None, ""):
                path = member[:1].lower() + member[1:]
                raise errors.invalid(f"1 validation error detected: Value null at '{path}' "
                                     "failed to satisfy constraint: Member must not be null",
                                     (path, "must not be null"))
        return fn(resource, ctx, request)
    handle.__name__ = handle.__qualname__ = operation
    handle.__module__ = f"{__name__}[{resource.kind}]"
    return handle
