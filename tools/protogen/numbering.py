"""Stable field and enum numbers, read back from the protos already committed.

A published number never changes: existing members keep theirs, new members are appended
after the highest number ever used, and removed ones are reserved (number and name).
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from pathlib import Path

from google.protobuf import descriptor_pb2


@dataclasses.dataclass
class Numbers:
    """The numbers one message or enum has published: by AWS name, plus what is reserved."""

    by_key: dict[str, int] = dataclasses.field(default_factory=dict)
    names: dict[str, str] = dataclasses.field(default_factory=dict)  # key → proto name
    reserved_numbers: set[int] = dataclasses.field(default_factory=set)
    reserved_names: set[str] = dataclasses.field(default_factory=set)


@dataclasses.dataclass
class Assignment:
    numbers: dict[str, int]  # key → number
    reserved_numbers: list[int]
    reserved_names: list[str]


def assign(keys: list[str], names: dict[str, str], published: Numbers | None,
           first: int = 1) -> Assignment:
    """Numbers for `keys` (in model order) that keep every published number."""
    published = published or Numbers()
    used = set(published.by_key.values()) | published.reserved_numbers
    next_number = max(used | {first - 1}) + 1
    numbers = {}
    for key in keys:
        if key in published.by_key:
            numbers[key] = published.by_key[key]
        else:
            numbers[key] = next_number
            next_number += 1
    removed = [k for k in published.by_key if k not in numbers]
    reserved_numbers = published.reserved_numbers | {published.by_key[k] for k in removed}
    current_names = set(names.values())
    reserved_names = (published.reserved_names | {published.names[k] for k in removed})
    return Assignment(numbers, sorted(reserved_numbers), sorted(reserved_names - current_names))


def read_published(proto_root: Path, package_dir: str) -> dict[str, Numbers]:
    """Numbers of every message (keyed by json_name) and enum (keyed by value name)."""
    files = sorted(p.relative_to(proto_root).as_posix()
                   for p in (proto_root / package_dir).glob("*.proto"))
    if not files:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "set.pb"
        _protoc([f"-I{proto_root}", f"--descriptor_set_out={out}", *files])
        descriptor_set = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())
    published: dict[str, Numbers] = {}
    for file in descriptor_set.file:
        for message in file.message_type:
            published[message.name] = Numbers(
                by_key={f.json_name: f.number for f in message.field},
                names={f.json_name: f.name for f in message.field},
                reserved_numbers={n for r in message.reserved_range for n in range(r.start, r.end)},
                reserved_names=set(message.reserved_name),
            )
        for enum in file.enum_type:
            values = [v for v in enum.value if v.number != 0]
            published[enum.name] = Numbers(
                by_key={v.name: v.number for v in values},
                names={v.name: v.name for v in values},
                reserved_numbers={n for r in enum.reserved_range for n in range(r.start, r.end + 1)},
                reserved_names=set(enum.reserved_name),
            )
    return published


def _protoc(args: list[str]) -> None:
    import grpc_tools  # the protoc that ships with grpcio-tools, plus the well-known types

    include = Path(grpc_tools.__file__).parent / "_proto"
    result = subprocess.run([sys.executable, "-m", "grpc_tools.protoc", f"-I{include}", *args],
                            capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"protoc failed: {result.stderr.strip()}")
