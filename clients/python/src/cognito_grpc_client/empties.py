"""The empty lists and maps proto3 cannot carry, carried beside the message in metadata.

proto3 writes an empty repeated or map field as nothing at all, so `"Users": []` and a
missing `Users` look alike on the wire. The sender puts an overlay of the empty containers in
the metadata entry `x-cognito-empty`, as compact ASCII JSON that mirrors the AWS dict:

    {"Users": []}                                  ListUsers on an empty pool
    {"ChallengeParameters": {}}                    a sign-in with no challenge
    {"User": {"MFAOptions": []}}                   inside a message
    {"Users": {"0": {"MFAOptions": []}}}           inside a list's element 0
    {"0": {"Users": []}, "2": {"Users": []}}       a stream: one entry per page, by index

A leaf is `[]` (an empty list) or `{}` (an empty map); every other object steps down: into a
member, a map's key, or (keys of decimal digits) a list's element. Merging the overlay into
the JSON (or dict) form of the message restores what the sender had exactly; a member the
sender omitted is in neither. Responses carry it in the trailing metadata, requests in their
metadata. An overlay too large for metadata (MAX_BYTES) is sent as `null`: "unknown".
"""

from __future__ import annotations

import json
from typing import Callable

from google.protobuf.descriptor import Descriptor

from cognito_grpc_client.schema import Kind, fields_of

HEADER = "x-cognito-empty"
MAX_BYTES = 6144  # with the other trailers, well under grpc's 8 KiB metadata limit
UNKNOWN = "null"
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True)  # built once, not per call


class CarrierError(ValueError):
    """An overlay that does not fit the message's schema or data; `path` says where."""

    def __init__(self, path: str, description: str):
        super().__init__(f"{HEADER} at {path or '(top)'}: {description}")
        self.path = path
        self.description = description


# --- finding the empties (the sender) -----------------------------------------------------

_finders: dict[str, Callable[[dict], dict] | None] = {}


def _holds_container(descriptor: Descriptor, seen: frozenset = frozenset()) -> bool:
    if descriptor.full_name in seen:
        return False
    seen = seen | {descriptor.full_name}
    return any(info.repeated or info.is_map or (
        info.kind is Kind.MESSAGE and _holds_container(info.message, seen))
        for info in fields_of(descriptor))


def _finder_for(descriptor: Descriptor) -> Callable[[dict], dict] | None:
    """A function from the AWS dict to its overlay (empty: none), or None when the type can
    hold no list or map at any depth."""
    name = descriptor.full_name
    if name in _finders:
        return _finders[name]
    steps = []
    for info in fields_of(descriptor):
        nested = info.message if info.kind is Kind.MESSAGE and _holds_container(info.message) \
            else None
        if info.repeated or info.is_map or nested is not None:
            steps.append((info.aws_name, info.repeated, info.is_map, nested))
    if not steps:
        _finders[name] = None
        return None

    def find_in(data: dict) -> dict:
        overlay = {}
        for aws_name, repeated, is_map, nested in steps:
            value = data.get(aws_name)
            if value is None:
                continue
            if repeated or is_map:
                if not value:
                    overlay[aws_name] = [] if repeated else {}
                elif nested is not None:
                    inner_find = _finders.get(nested.full_name) or _finder_for(nested)
                    inner = {}
                    for key, item in (enumerate(value) if repeated else value.items()):
                        found = inner_find(item) if isinstance(item, dict) else None
                        if found:
                            inner[str(key)] = found
                    if inner:
                        overlay[aws_name] = inner
            elif nested is not None and isinstance(value, dict):
                found = (_finders.get(nested.full_name) or _finder_for(nested))(value)
                if found:
                    overlay[aws_name] = found
        return overlay

    _finders[name] = find_in
    return find_in


def find(descriptor: Descriptor, data: dict) -> dict:
    """The overlay of every empty list and map in `data`, the AWS dict of `descriptor`."""
    finder = _finder_for(descriptor)
    return finder(data) if finder is not None and isinstance(data, dict) else {}


def encode(overlay: dict | None) -> tuple[tuple[str, str], ...]:
    """The metadata that carries `overlay` (None: unknown); nothing when there is no empty."""
    if overlay is None:
        return ((HEADER, UNKNOWN),)
    if not overlay:
        return ()
    text = _ENCODER.encode(overlay)
    return ((HEADER, text if len(text) <= MAX_BYTES else UNKNOWN),)


# --- restoring them (the receiver) --------------------------------------------------------

def decode(metadata) -> dict | None:
    """The overlay in `metadata` ({} when it has none; None when the sender said unknown)."""
    for key, value in metadata or ():
        if key == HEADER:
            try:
                overlay = json.loads(value)
            except (TypeError, ValueError):
                raise CarrierError("", "not JSON") from None
            if overlay is not None and not isinstance(overlay, dict):
                raise CarrierError("", "not a JSON object")
            return overlay
    return {}


def restore(descriptor: Descriptor, data: dict, overlay: dict | None, path: str = "") -> dict:
    """Merges `overlay` into `data` (the AWS dict of `descriptor`), checking each step against
    the schema and the data; returns `data`."""
    if not overlay:
        return data
    by_name = {info.aws_name: info for info in fields_of(descriptor)}
    for aws_name, step in overlay.items():
        where = f"{path}{aws_name}"
        info = by_name.get(aws_name)
        if info is None:
            raise CarrierError(where, "not a member")
        present = data.get(aws_name)
        if info.repeated or info.is_map:
            empty = [] if info.repeated else {}
            if step == empty and type(step) is type(empty):
                if present:
                    raise CarrierError(where, "said empty, but holds items")
                data[aws_name] = empty
                continue
            if not isinstance(step, dict) or not step or info.kind is not Kind.MESSAGE \
                    or not present:
                raise CarrierError(where, "neither an empty " + ("list" if info.repeated
                                                                 else "map") + " nor items")
            for key, inner in step.items():
                if info.repeated:
                    if not key.isdigit() or int(key) >= len(present):
                        raise CarrierError(where, f"no element {key}")
                    element, label = present[int(key)], f"{where}[{key}]"
                else:
                    if key not in present:
                        raise CarrierError(where, f"no key {key!r}")
                    element, label = present[key], f"{where}[{key!r}]"
                if not isinstance(inner, dict) or not isinstance(element, dict):
                    raise CarrierError(label, "not an object")
                restore(info.message, element, inner, label + ".")
        elif info.kind is Kind.MESSAGE and isinstance(step, dict) and isinstance(present, dict):
            restore(info.message, present, step, where + ".")
        else:
            raise CarrierError(where, "holds no list or map")
    return data


def pages(overlays: list[dict]) -> dict:
    """A stream's overlay from its pages' overlays: keyed by page index."""
    return {str(i): overlay for i, overlay in enumerate(overlays) if overlay}
