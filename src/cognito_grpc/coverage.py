"""Which backend serves which cognito-idp operation: the README's coverage table and the
test that keeps it true are both read from here.

- embedded: the engine's handlers (engine/ops);
- moto: the actions moto's Cognito responder defines (anything else it answers
  NotImplemented, which the facade gives as UNIMPLEMENTED);
- aws and endpoint: every operation in botocore's model, since boto3 sends them all (an
  endpoint that is not real Cognito may still refuse some).
"""

from __future__ import annotations

import functools

import botocore.session
from botocore import xform_name

from cognito_grpc.settings import BACKENDS


@functools.cache
def operations() -> tuple[str, ...]:
    """Every operation of the AWS model, in the model's order."""
    model = botocore.session.get_session().get_service_model("cognito-idp")
    return tuple(model.operation_names)


@functools.cache
def served(backend: str) -> frozenset[str]:
    if backend == "embedded":
        from cognito_grpc.engine import ops

        return frozenset(ops.load()) & frozenset(operations())
    if backend == "moto":
        from moto.cognitoidp.responses import CognitoIdpResponse

        return frozenset(op for op in operations()
                         if callable(getattr(CognitoIdpResponse, xform_name(op), None)))
    if backend in BACKENDS:
        return frozenset(operations())
    raise ValueError(f"unknown backend {backend!r}")


def table() -> str:
    """Markdown: a row per operation, a column per backend, and the totals first."""
    counts = " | ".join(f"{len(served(b))} of {len(operations())}" for b in BACKENDS)
    rows = ["| operation | " + " | ".join(f"`{b}`" for b in BACKENDS) + " |",
            "| --- |" + " --- |" * len(BACKENDS),
            f"| **all** | {counts} |"]
    for op in sorted(operations()):
        rows.append(f"| {op} | " + " | ".join("yes" if op in served(b) else "no"
                                              for b in BACKENDS) + " |")
    return "\n".join(rows)
