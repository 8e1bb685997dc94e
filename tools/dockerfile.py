"""A small reader for our Dockerfile: its instructions, stages and the runtime stage's ENV.

The README's configuration table shows the image's defaults from it, and tests/deploy check
the Dockerfile against the server's settings and replay its build steps with it.
"""

from __future__ import annotations

import dataclasses
import re
import shlex
from pathlib import Path

DOCKERFILE = Path(__file__).resolve().parents[1] / "Dockerfile"


@dataclasses.dataclass
class Instruction:
    """One Dockerfile instruction, continuation lines joined, comments dropped."""

    keyword: str  # upper case: FROM, RUN, ENV, ...
    args: str  # the text after the keyword and its --flags
    flags: list[str]  # leading --flag=value words (RUN --mount=..., COPY --from=...)
    stage: int  # 0 for the first FROM's stage
    line: int  # 1-based line of the keyword

    @property
    def is_json(self) -> bool:
        return self.args.lstrip().startswith("[")


def read_dockerfile(path: Path = DOCKERFILE) -> list[Instruction]:
    instructions: list[Instruction] = []
    stage = -1
    pending, start = "", 0
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        stripped = raw.strip()
        if stripped.startswith("#") or (not stripped and pending):
            continue  # comments (and parser directives), blank lines inside a continuation
        if not pending:
            start = number
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        text, pending = (pending + stripped).strip(), ""
        if not text:
            continue
        keyword, _, rest = text.partition(" ")
        keyword = keyword.upper()
        flags = []
        rest = rest.strip()
        while keyword in ("RUN", "COPY", "ADD", "FROM") and rest.startswith("--"):
            flag, _, rest = rest.partition(" ")
            flags.append(flag)
            rest = rest.strip()
        if keyword == "FROM":
            stage += 1
        instructions.append(Instruction(keyword, rest, flags, stage, start))
    return instructions


def stages(instructions: list[Instruction]) -> list[list[Instruction]]:
    """Instructions grouped by stage, each group starting with its FROM."""
    grouped: list[list[Instruction]] = []
    for instruction in instructions:
        if instruction.keyword == "FROM":
            grouped.append([])
        if grouped:
            grouped[-1].append(instruction)
    return grouped


def expand(text: str, env: dict[str, str]) -> str:
    """$VAR and ${VAR} as Docker expands them in ENV (unknown variables stay as they are)."""
    return re.sub(r"\$\{(\w+)\}|\$(\w+)",
                  lambda m: env.get(m[1] or m[2], m[0]), text)


def stage_env(stage: list[Instruction]) -> dict[str, str]:
    """The ENV values a stage sets, in order, each expanded against the ones before it."""
    env: dict[str, str] = {}
    for instruction in stage:
        if instruction.keyword != "ENV":
            continue
        words = shlex.split(instruction.args)
        if words and "=" not in words[0]:  # legacy `ENV KEY value with spaces`
            env[words[0]] = expand(" ".join(words[1:]), env)
            continue
        for word in words:
            key, _, value = word.partition("=")
            env[key] = expand(value, env)
    return env


def image_env(path: Path = DOCKERFILE) -> dict[str, str]:
    """The final (runtime) stage's ENV."""
    return stage_env(stages(read_dockerfile(path))[-1])
