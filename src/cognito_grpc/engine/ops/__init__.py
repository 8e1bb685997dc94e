"""The operations, one handler each, registered by AWS name. One module per family.

A handler is `fn(ctx, request) -> response`: `ctx` is the call's Context (the store, the
region, the clock), `request` the validated AWS-shaped dict. Adding an operation is writing
its handler in its family's module with `@handler("OperationName")`: every module of this
package is imported by `load()`.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable

HANDLERS: dict[str, Callable] = {}


def handler(operation: str):
    def register(fn: Callable) -> Callable:
        if operation in HANDLERS:
            raise RuntimeError(f"{operation} has two handlers: {HANDLERS[operation].__module__} "
                               f"and {fn.__module__}")
        HANDLERS[operation] = fn
        return fn
    return register


def load() -> dict[str, Callable]:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return HANDLERS
