"""Regenerate the README's tables from the code that defines them.

    python -m tools.docs [--check]

The config table comes from `cognito_grpc.settings.OPTIONS`, the error table from
`cognito_grpc.errors.AWS_ERROR_CODES`; `--check` exits 1 when the README is stale.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from cognito_grpc import errors, settings

README = Path(__file__).resolve().parents[1] / "README.md"


def _default(option: settings.Option) -> str:
    value = option.default
    if isinstance(value, tuple):
        value = ",".join(value)
    if value in ("", ()):
        return ""
    return f"`{str(value).lower() if isinstance(value, bool) else value}`"


def config_table() -> str:
    rows = ["| flag | environment variable | default | meaning |", "| --- | --- | --- | --- |"]
    for option in settings.OPTIONS:
        meaning = option.help.replace("|", "\\|")
        if option.choices:
            meaning += f" (one of: {', '.join(option.choices)})"
        rows.append(f"| `{option.flag}` | `{option.env}` | {_default(option)} | {meaning} |")
    return "\n".join(rows)


def error_table() -> str:
    rows = ["| AWS error code | gRPC code | ErrorInfo reason |", "| --- | --- | --- |"]
    for aws_code, code in errors.AWS_ERROR_CODES.items():
        rows.append(f"| `{aws_code}` | `{code.name}` | `{errors.reason_for(aws_code)}` |")
    return "\n".join(rows)


def render(text: str) -> str:
    for name, table in (("config-table", config_table()), ("error-table", error_table())):
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
