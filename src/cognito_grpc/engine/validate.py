"""Input checks derived from the AWS model, with Cognito's own messages, before any handler.

Every member of an operation's input is checked for what the model says: required, string
length and pattern, numeric range, list and map sizes, enum values. The checks are compiled
once per shape; a request that breaks any of them is refused as Cognito does:

    InvalidParameterException: 2 validation errors detected: Value '' at 'userPoolId' failed
    to satisfy constraint: Member must have length greater than or equal to 1; ...

Paths name members as Cognito does (first letter lower-cased, list items 1-based with
`.member`). A sensitive member's value is never quoted.
"""

from __future__ import annotations

import functools
import math
from typing import Callable

import regex
from botocore.model import ListShape, MapShape, Shape, StructureShape

from cognito_grpc.engine.errors import EngineError

Problem = tuple[str, str, str]  # (path, shown value or "", constraint)
Check = Callable[[object, str, list], None]


def _member_path(parent: str, name: str) -> str:
    name = name[:1].lower() + name[1:]
    return f"{parent}.{name}" if parent else name


def _java(value) -> str:
    """How the Java service prints a value in its messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_java(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={_java(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bytes):
        return "java.nio.HeapByteBuffer"
    return str(value)


@functools.cache
def _pattern(text: str):
    return regex.compile(text)


def _length_checks(shape: Shape, noun: str) -> list[Callable[[int], str | None]]:
    checks = []
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    if low is not None:
        checks.append(lambda n, low=low: f"Member must have {noun} greater than or equal to "
                      f"{low}" if n < low else None)
    if high is not None:
        checks.append(lambda n, high=high: f"Member must have {noun} less than or equal to "
                      f"{high}" if n > high else None)
    return checks


class Validator:
    def __init__(self, service_model):
        self.model = service_model
        self._compiled: dict[str, Check] = {}

    def check(self, operation: str, params: dict) -> None:
        """Raises InvalidParameterException listing every problem, as Cognito does."""
        checker = self._compiled.get(operation)
        if checker is None:
            shape = self.model.operation_model(operation).input_shape
            checker = self._compiled[operation] = self._shape(shape, sensitive=False)
        problems: list[Problem] = []
        checker(params, "", problems)
        if problems:
            raise self.error(problems)

    @staticmethod
    def error(problems: list[Problem]) -> EngineError:
        count = len(problems)
        parts = []
        for path, shown, constraint in problems:
            value = f"Value {shown} at" if shown else "Value at"
            parts.append(f"{value} '{path}' failed to satisfy constraint: {constraint}")
        noun = "error" if count == 1 else "errors"
        message = f"{count} validation {noun} detected: " + "; ".join(parts)
        return EngineError("InvalidParameterException", message,
                           fields=tuple((path, constraint) for path, _, constraint in problems))

    # --- compilers, one per kind of shape ---------------------------------------------------

    def _shape(self, shape: Shape, sensitive: bool) -> Check:
        sensitive = sensitive or bool(shape.metadata.get("sensitive"))
        if isinstance(shape, StructureShape):
            return self._structure(shape, sensitive)
        if isinstance(shape, ListShape):
            return self._list(shape, sensitive)
        if isinstance(shape, MapShape):
            return self._map(shape, sensitive)
        return self._scalar(shape, sensitive)

    def _structure(self, shape: StructureShape, sensitive: bool) -> Check:
        required = tuple(shape.required_members)
        members: dict[str, Check] = {}

        def member(name: str) -> Check:
            check = members.get(name)
            if check is None:  # compiled on first use: shapes may be recursive
                member_shape = shape.members[name]
                check = members[name] = self._shape(
                    member_shape, sensitive or bool(member_shape.metadata.get("sensitive")))
            return check

        def check(value, path, problems):
            if not isinstance(value, dict):
                return
            for name in required:
                if value.get(name) is None:
                    problems.append((_member_path(path, name), "null",
                                     "Member must not be null"))
            for name, item in value.items():
                if item is not None and name in shape.members:
                    member(name)(item, _member_path(path, name), problems)
        return check

    def _list(self, shape: ListShape, sensitive: bool) -> Check:
        sizes = _length_checks(shape, "length")
        element: list[Check] = []

        def check(value, path, problems):
            if not isinstance(value, (list, tuple)):
                return
            for size in sizes:
                constraint = size(len(value))
                if constraint:
                    problems.append((path, "" if sensitive else f"'{_java(value)}'", constraint))
            if not element:
                element.append(self._shape(shape.member, sensitive))
            for index, item in enumerate(value, 1):
                if item is not None:
                    element[0](item, f"{path}.{index}.member", problems)
        return check

    def _map(self, shape: MapShape, sensitive: bool) -> Check:
        sizes = _length_checks(shape, "length")
        parts: list[Check] = []

        def check(value, path, problems):
            if not isinstance(value, dict):
                return
            for size in sizes:
                constraint = size(len(value))
                if constraint:
                    problems.append((path, "" if sensitive else f"'{_java(value)}'", constraint))
            if not parts:
                parts.append(self._shape(shape.key, sensitive))
                parts.append(self._shape(shape.value, sensitive))
            for key, item in value.items():
                parts[0](key, f"{path}.key", problems)
                if item is not None:
                    parts[1](item, f"{path}.{key}", problems)
        return check

    def _scalar(self, shape: Shape, sensitive: bool) -> Check:
        kind = shape.type_name
        constraints: list[Callable[[object], str | None]] = []
        if kind == "string":
            for size in _length_checks(shape, "length"):
                constraints.append(lambda v, size=size: size(len(v)))
            pattern = shape.metadata.get("pattern")
            if pattern:
                compiled = _pattern(pattern)
                constraints.append(lambda v, c=compiled, p=pattern: None if c.fullmatch(v)
                                   else f"Member must satisfy regular expression pattern: {p}")
            enum = shape.enum
            if enum:
                allowed = frozenset(enum)
                listed = ", ".join(enum)
                constraints.append(lambda v: None if v in allowed
                                   else f"Member must satisfy enum value set: [{listed}]")
            accepts = str
        elif kind in ("integer", "long", "double", "float"):
            low, high = shape.metadata.get("min"), shape.metadata.get("max")
            if low is not None:
                constraints.append(lambda v, low=low: f"Member must have value greater than or "
                                   f"equal to {low}" if v < low else None)
            if high is not None:
                constraints.append(lambda v, high=high: f"Member must have value less than or "
                                   f"equal to {high}" if v > high else None)
            if kind in ("double", "float"):
                constraints.insert(0, lambda v: None if math.isfinite(v)
                                   else "Member must be a finite number")
            accepts = (int, float)
        elif kind == "blob":
            constraints.extend(lambda v, size=size: size(len(v))
                               for size in _length_checks(shape, "length"))
            accepts = (bytes, bytearray, str)
        else:
            return lambda value, path, problems: None
        if not constraints:
            return lambda value, path, problems: None

        def check(value, path, problems):
            if isinstance(value, bool) or not isinstance(value, accepts):
                return
            for constraint in constraints:
                failed = constraint(value)
                if failed:
                    shown = "" if sensitive else f"'{_java(value)}'"
                    problems.append((path, shown, failed))
        return check
