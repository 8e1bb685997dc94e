"""Regenerate the README's tables from the code that defines them.

    python -m tools.docs [--check]

The config table comes from `cognito_grpc.settings.OPTIONS` (with the image's defaults from
the Dockerfile), the error table from `cognito_grpc.errors.AWS_ERROR_CODES`, the health
command's exit codes from `cognito_grpc.healthcheck.EXIT_CODES`, the operations each
backend serves from `cognito_grpc.coverage`; `--check` exits
1 when the README is stale.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from cognito_grpc import coverage, errors, healthcheck, settings
from tools.dockerfile import image_env

README = Path(__file__).resolve().parents[1] / "README.md"


def _code(value) -> str:
    if isinstance(value, tuple):
        value = ",".join(value)
    if isinstance(value, bool):
        value = str(value).lower()
    return f"`{value}`" if str(value) else ""


def config_table() -> str:
    """Every option: its variable, flag, default, the image's value and meaning."""
    in_image = image_env()
    rows = ["| variable | flag | default | in the image | meaning |",
            "| --- | --- | --- | --- | --- |"]
    for option in settings.OPTIONS:
        meaning = option.described.replace("|", "\\|")
        image = in_image.get(option.env)
        shown = "" if image is None else (_code(image) or "(empty)")
        rows.append(f"| `{option.env}` | `{option.flag}` | {_code(option.default)} | {shown} "
                    f"| {meaning} |")
    return "\n".join(rows)


def error_table() -> str:
    rows = ["| AWS error code | gRPC code | ErrorInfo reason |", "| --- | --- | --- |"]
    for aws_code, code in errors.AWS_ERROR_CODES.items():
        rows.append(f"| `{aws_code}` | `{code.name}` | `{errors.reason_for(aws_code)}` |")
    return "\n".join(rows)


def render(text: str) -> str:
    tables = (("config-table", config_table()), ("error-table", error_table()),
              ("health-exit-codes", healthcheck.exit_code_table()),
              ("coverage-table", coverage.table()))
    for name, table in tables:
        pattern = re.compile(rf"(<!-- {name}:start[^>]*-->\n).*?(<!-- {name}:end -->)", re.S)
        text = pattern.sub(lambda m: m.group(1) + table + "\n" + m.group(2), text)
    return text


def main(argv: list[str]) -> int:
    current = README.read_text()
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("README.md tables are stale: run `python -m tools.docs`", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
