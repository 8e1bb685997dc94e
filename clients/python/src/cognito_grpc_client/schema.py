"""What our custom options say about a message type, read from descriptors once per type.

The codec and the log redaction both work from this; nothing reads the botocore model at
runtime.
"""

from __future__ import annotations

import dataclasses
import enum
import functools

from cognito.idp.v1 import options_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor

TIMESTAMP = "google.protobuf.Timestamp"
VALUE = "google.protobuf.Value"


class Kind(enum.Enum):
    SCALAR = "scalar"
    ENUM = "enum"
    MESSAGE = "message"
    TIMESTAMP = "timestamp"
    VALUE = "value"


@dataclasses.dataclass(frozen=True)
class EnumInfo:
    name: str
    to_aws: dict[int, str]  # number → AWS string (no entry for _UNSPECIFIED)
    from_aws: dict[str, int]


@dataclasses.dataclass(frozen=True)
class FieldInfo:
    descriptor: FieldDescriptor
    name: str  # proto field name
    aws_name: str  # the AWS member name (json_name)
    kind: Kind
    repeated: bool
    is_map: bool
    has_presence: bool
    required: bool
    sensitive: bool
    message: Descriptor | None = None  # element message type (map value for maps)
    enum: EnumInfo | None = None  # element enum (map value for maps)


@functools.cache
def enum_info(enum_descriptor) -> EnumInfo:
    to_aws = {}
    for value in enum_descriptor.values:
        if value.number == 0:
            continue
        options = value.GetOptions()
        aws = options.Extensions[options_pb2.aws_value] or value.name
        to_aws[value.number] = aws
    return EnumInfo(enum_descriptor.full_name, to_aws, {v: k for k, v in to_aws.items()})


def _element(field: FieldDescriptor, is_map: bool) -> FieldDescriptor:
    return field.message_type.fields_by_name["value"] if is_map else field


def _kind(element: FieldDescriptor) -> Kind:
    if element.type == FieldDescriptor.TYPE_ENUM:
        return Kind.ENUM
    if element.type == FieldDescriptor.TYPE_MESSAGE:
        name = element.message_type.full_name
        return {TIMESTAMP: Kind.TIMESTAMP, VALUE: Kind.VALUE}.get(name, Kind.MESSAGE)
    return Kind.SCALAR


@functools.cache
def fields_of(message_descriptor: Descriptor) -> tuple[FieldInfo, ...]:
    infos = []
    for field in message_descriptor.fields:
        repeated = field.is_repeated
        is_map = repeated and field.message_type is not None and \
            field.message_type.GetOptions().map_entry
        element = _element(field, is_map)
        kind = _kind(element)
        options = field.GetOptions()
        infos.append(FieldInfo(
            descriptor=field,
            name=field.name,
            aws_name=field.json_name,
            kind=kind,
            repeated=repeated and not is_map,
            is_map=is_map,
            has_presence=field.has_presence,
            required=options.Extensions[options_pb2.required],
            sensitive=options.Extensions[options_pb2.sensitive],
            message=element.message_type if kind is Kind.MESSAGE else None,
            enum=enum_info(element.enum_type) if kind is Kind.ENUM else None,
        ))
    return tuple(infos)
