"""The operations, one handler each, registered by AWS name. One module per family.

A handler is `fn(ctx, request) -> response`: `ctx` is the call's Context (the store, the
region, the clock), `request` the validated AWS-shaped dict. Adding an operation is writing
its handler in its family's module with `@handler("OperationName")`: every module of this
package is imported by `load()`.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
from typing import Callable, Iterator

from cognito_grpc.engine import records
from cognito_grpc.engine.tokens import access  # by name: ops.tokens, a module, shadows tokens

HANDLERS: dict[str, Callable] = {}


def handler(operation: str):
    def register(fn: Callable) -> Callable:
        if operation in HANDLERS:
            raise RuntimeError(f"{operation} has two handlers: {HANDLERS[operation].__module__} "
                               f"and {fn.__module__}")
        HANDLERS[operation] = fn
        return fn
    return register


@contextlib.contextmanager
def named_user(ctx, request: dict) -> Iterator[tuple]:
    """(tx, pool, key, user): a write transaction and the user the call names. That is the
    access token's own user for a user's operation (the token checked before the
    transaction), or UserPoolId's Username for its Admin* form."""
    grant = access(ctx, request["AccessToken"]) if "AccessToken" in request else None
    with ctx.store.write() as tx:
        if grant is not None:
            pool, name = grant.pool, grant.user["Username"]
        else:
            pool, name = records.pool(tx, request["UserPoolId"]), request["Username"]
        key, user = records.find_user(tx, pool, name)
        yield tx, pool, key, user


def load() -> dict[str, Callable]:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return HANDLERS
