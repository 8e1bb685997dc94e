"""Protobuf message ⇄ the exact dict boto3 takes and returns for an operation.

Each message type is compiled once into a table of per-field converters; a call then walks
only the fields that are set (`ListFields`) or present in the dict. Unset optional fields
are omitted, never sent as zero values. Unknown enum strings from AWS become _UNSPECIFIED,
counted and logged once, and never raise.
"""

from __future__ import annotations

import collections
import datetime
import logging
import math
import threading
from typing import Callable

from google.protobuf import json_format, struct_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from cognito_grpc_client.schema import FieldInfo, Kind, fields_of

_UTC = datetime.timezone.utc
_log = logging.getLogger("cognito_grpc.codec")

# (enum full name, AWS string) → times seen; (message full name, member) likewise.
unknown_enum_values: collections.Counter = collections.Counter()
unknown_members: collections.Counter = collections.Counter()
_seen_lock = threading.Lock()


class CodecError(ValueError):
    """A request field holds a value AWS cannot take; `field` is its AWS path."""

    def __init__(self, field: str, description: str):
        super().__init__(f"{field}: {description}")
        self.field = field
        self.description = description


def _note_once(counter: collections.Counter, key: tuple, event: str) -> None:
    with _seen_lock:
        counter[key] += 1
        first = counter[key] == 1
    if first:
        _log.warning("%s: %s %r", event, key[0], key[1])


# --- message → AWS dict (requests on the server; responses in the Python client) ----------

_to_aws_cache: dict[str, Callable[..., dict]] = {}


def _to_aws_for(descriptor: Descriptor) -> Callable[..., dict]:
    convert = _to_aws_cache.get(descriptor.full_name)
    if convert is not None:
        return convert
    fields = fields_of(descriptor)
    converters: dict[FieldDescriptor, tuple[str, Callable | None]] = {}
    # Required bools and numbers without presence: false and 0 are real values to send.
    defaults = tuple(
        (f.aws_name, f.descriptor.default_value) for f in fields
        if f.required and not f.has_presence and not f.repeated and not f.is_map
        and f.kind is Kind.SCALAR
        and f.descriptor.type not in (FieldDescriptor.TYPE_STRING, FieldDescriptor.TYPE_BYTES))

    def convert(message: Message, path: str = "") -> dict:
        result = {}
        for field, value in message.ListFields():
            aws_name, element = converters[field]
            result[aws_name] = element(value, f"{path}{aws_name}") if element else value
        for aws_name, default in defaults:
            if aws_name not in result:
                result[aws_name] = default
        return result

    _to_aws_cache[descriptor.full_name] = convert  # before filling: types may recurse
    converters.update((f.descriptor, (f.aws_name, _to_aws_converter(f))) for f in fields)
    return convert


def _to_aws_element(info: FieldInfo) -> Callable | None:
    if info.kind is Kind.MESSAGE:
        nested = _to_aws_for(info.message)
        return lambda value, path: nested(value, path + ".")
    if info.kind is Kind.TIMESTAMP:
        return _timestamp_to_aws
    if info.kind is Kind.VALUE:
        return _value_to_aws
    if info.kind is Kind.ENUM:
        names = info.enum.to_aws

        def enum_to_aws(value, path):
            try:
                return names[value]
            except KeyError:
                raise CodecError(path, "must be set (not UNSPECIFIED)" if value == 0 else
                                 f"{value} is not one of its enum's values") from None
        return enum_to_aws
    return None


def _timestamp_to_aws(value, path: str):
    try:
        return value.ToDatetime(tzinfo=_UTC)
    except (ValueError, OverflowError):
        raise CodecError(path, "must be a timestamp between 0001-01-01 and 9999-12-31, with "
                               "nanos from 0 to 999,999,999") from None


def _value_to_aws(value, path: str):
    try:
        return json_format.MessageToDict(value)
    except (ValueError, json_format.Error):  # NaN and infinities have no JSON form
        raise CodecError(path, "must be JSON: no NaN or infinite numbers") from None


def _to_aws_converter(info: FieldInfo) -> Callable | None:
    element = _to_aws_element(info)
    if info.is_map:
        if element is None:
            return lambda value, path: dict(value)
        return lambda value, path: {k: element(v, f"{path}.{k}") for k, v in value.items()}
    if info.repeated:
        if element is None:
            return lambda value, path: list(value)
        return lambda value, path: [element(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return element


def to_aws(message: Message) -> dict:
    """The boto3 parameters (or response dict) that `message` stands for."""
    return _to_aws_for(message.DESCRIPTOR)(message)


# --- AWS dict → message (responses on the server; requests in the Python client) ----------

_from_aws_cache: dict[str, Callable[[dict], dict]] = {}


def _from_aws_for(descriptor: Descriptor) -> Callable[[dict], dict]:
    """A function from the AWS dict to constructor keyword arguments (proto names)."""
    convert = _from_aws_cache.get(descriptor.full_name)
    if convert is not None:
        return convert
    full_name = descriptor.full_name
    converters: dict[str, tuple[str, Callable | None]] = {}

    def convert(data: dict) -> dict:
        kwargs = {}
        for aws_name, value in data.items():
            entry = converters.get(aws_name)
            if entry is None:
                if aws_name != "ResponseMetadata":
                    _note_once(unknown_members, (full_name, aws_name), "unknown AWS member ignored")
            elif value is not None:
                name, element = entry
                kwargs[name] = element(value) if element else value
        return kwargs

    _from_aws_cache[full_name] = convert  # before filling: types may recurse
    converters.update((f.aws_name, (f.name, _from_aws_converter(f))) for f in fields_of(descriptor))
    return convert


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=_UTC)


def _to_timestamp(value) -> dict:
    """A Timestamp's fields from a datetime or from epoch seconds (as the server's botocore
    is configured to leave them), computed exactly and without the slow datetime setter."""
    if isinstance(value, datetime.datetime):
        delta = (value if value.tzinfo else value.replace(tzinfo=_UTC)) - _EPOCH
        return {"seconds": delta.days * 86400 + delta.seconds, "nanos": delta.microseconds * 1000}
    seconds = math.floor(value)
    micros = round((value - seconds) * 1_000_000)  # AWS sends milliseconds at most
    if micros == 1_000_000:
        seconds, micros = seconds + 1, 0
    return {"seconds": int(seconds), "nanos": micros * 1000}


def _to_value(value):
    message = struct_pb2.Value()
    json_format.ParseDict(value, message)
    return message


def _from_aws_element(info: FieldInfo) -> Callable | None:
    if info.kind is Kind.MESSAGE:
        return _from_aws_for(info.message)
    if info.kind is Kind.TIMESTAMP:
        return _to_timestamp
    if info.kind is Kind.VALUE:
        return _to_value
    if info.kind is Kind.ENUM:
        numbers, enum_name = info.enum.from_aws, info.enum.name

        def enum_from_aws(value):
            number = numbers.get(value)
            if number is None:
                _note_once(unknown_enum_values, (enum_name, value),
                           "unknown AWS enum value mapped to UNSPECIFIED")
                return 0
            return number
        return enum_from_aws
    return None


def _from_aws_converter(info: FieldInfo) -> Callable | None:
    element = _from_aws_element(info)
    if element is None:
        return None
    if info.is_map:
        return lambda value: {k: element(v) for k, v in value.items()}
    if info.repeated:
        return lambda value: [element(v) for v in value]
    return element


def from_aws(message_class: type[Message], data: dict) -> Message:
    """The message of `message_class` that the boto3 dict `data` stands for."""
    return message_class(**_from_aws_for(message_class.DESCRIPTOR)(data))
