"""A mix file: several calls, each with a weight. YAML (or JSON, which is YAML):

    - rpc: AdminGetUser
      weight: 8
      data: {"UserPoolId": "us-east-1_abc", "Username": "alice"}
    - rpc: AdminCreateUser
      weight: 1
      data: '{"UserPoolId": "us-east-1_abc", "Username": "user-{{seq}}"}'
      headers: ["x-request-id: mix-{{seq}}"]    # optional, added to -H

`data` is a JSON string or a mapping (written back as JSON); `calls:` may hold the list.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from cognito_grpc.load.calls import Call, CallError, parse_headers


def load(path: str, headers: tuple[tuple[str, str], ...] = ()) -> list[tuple[Call, int]]:
    try:
        document = yaml.safe_load(Path(path).read_text())
    except (OSError, yaml.YAMLError) as error:
        raise CallError(f"--mix {path}: {error}") from None
    entries = document.get("calls") if isinstance(document, dict) else document
    if not isinstance(entries, list) or not entries:
        raise CallError(f"--mix {path}: expected a list of calls (rpc, weight, data)")
    mix = []
    for number, entry in enumerate(entries, 1):
        where = f"--mix {path}, call {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("rpc"), str):
            raise CallError(f"{where}: needs an `rpc`")
        weight = entry.get("weight", 1)
        if not isinstance(weight, int) or isinstance(weight, bool) or weight < 1:
            raise CallError(f"{where}: weight must be a whole number, at least 1")
        data = entry.get("data", "{}")
        body = data if isinstance(data, str) else json.dumps(data)
        extra = entry.get("headers", [])
        if not isinstance(extra, list):
            raise CallError(f"{where}: headers must be a list of 'name: value'")
        try:
            call = Call.build(entry["rpc"], body, headers + parse_headers(extra))
        except CallError as error:
            raise CallError(f"{where}: {error}") from None
        mix.append((call, weight))
    return mix


class WeightedCycle:
    """Smooth weighted round robin: over every sum-of-weights picks, each call is picked
    exactly its weight's times, spread out (8:2 gives 4 A, 1 B, 4 A, 1 B)."""

    def __init__(self, mix: list[tuple[Call, int]]):
        self._mix = mix
        self._current = [0] * len(mix)
        self._total = sum(weight for _, weight in mix)

    def next(self) -> Call:
        if len(self._mix) == 1:
            return self._mix[0][0]
        for i, (_, weight) in enumerate(self._mix):
            self._current[i] += weight
        best = max(range(len(self._mix)), key=self._current.__getitem__)
        self._current[best] -= self._total
        return self._mix[best][0]
