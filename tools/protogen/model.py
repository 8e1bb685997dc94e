"""The botocore cognito-idp model → the messages, enums and RPCs the protos declare."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import botocore
import botocore.session

from tools.protogen import naming

SERVICE_NAME = "cognito-idp"

_SCALARS = {
    "string": "string", "integer": "int32", "long": "int64", "boolean": "bool",
    "float": "float", "double": "double", "blob": "bytes",
}
TIMESTAMP = "google.protobuf.Timestamp"
VALUE = "google.protobuf.Value"


@dataclasses.dataclass
class Field:
    aws_name: str
    name: str
    type: str  # proto type; for maps, the value type
    label: str  # "", "optional", "repeated" or "map"
    map_key: str = ""
    required: bool = False
    sensitive: bool = False
    deprecated: bool = False
    doc: str | None = None


@dataclasses.dataclass
class Message:
    name: str
    shape: str
    fields: list[Field]
    doc: str | None = None


@dataclasses.dataclass
class Enum:
    name: str
    values: list[tuple[str, str]]  # (proto value name, AWS string)
    doc: str | None = None


@dataclasses.dataclass
class Rpc:
    name: str
    operation: str
    request: str
    response: str
    streaming: bool = False
    pagination: dict | None = None
    errors: list[str] = dataclasses.field(default_factory=list)
    doc: str | None = None
    deprecated: bool = False


@dataclasses.dataclass
class Api:
    botocore_version: str
    uid: str
    rpcs: list[Rpc]
    io_messages: list[Message]  # <Op>Request / <Op>Response
    type_messages: list[Message]  # every other structure the operations use
    enums: list[Enum]


def load_model(model_file: Path | None = None, paginators_file: Path | None = None):
    """The service and paginator models: the installed botocore's, or files given for tests."""
    if model_file:
        service = json.loads(Path(model_file).read_text())
        paginators = json.loads(Path(paginators_file).read_text()) if paginators_file else {}
        return service, paginators.get("pagination", {})
    loader = botocore.session.get_session().get_component("data_loader")
    service = loader.load_service_model(SERVICE_NAME, "service-2")
    paginators = loader.load_service_model(SERVICE_NAME, "paginators-1")
    return service, paginators.get("pagination", {})


def build_api(service: dict, paginators: dict) -> Api:
    shapes = service["shapes"]
    used: set[str] = set()

    def visit(shape_name: str) -> None:
        if shape_name in used:
            return
        used.add(shape_name)
        shape = shapes[shape_name]
        if shape["type"] == "structure":
            for member in shape.get("members", {}).values():
                visit(member["shape"])
        elif shape["type"] == "list":
            visit(shape["member"]["shape"])
        elif shape["type"] == "map":
            visit(shape["key"]["shape"])
            visit(shape["value"]["shape"])

    rpcs: list[Rpc] = []
    io_messages: list[Message] = []
    io_shapes: set[str] = set()
    for op_name in sorted(service["operations"]):
        op = service["operations"][op_name]
        request, response = f"{op_name}Request", f"{op_name}Response"
        for message_name, ref in ((request, op.get("input")), (response, op.get("output"))):
            if ref:
                io_shapes.add(ref["shape"])
                for member in shapes[ref["shape"]].get("members", {}).values():
                    visit(member["shape"])
                io_messages.append(_message(message_name, ref["shape"], shapes))
            else:  # no shape in the model: an empty message of its own
                io_messages.append(Message(message_name, "", [], None))
        errors = sorted(e["shape"] for e in op.get("errors", []))
        deprecated = bool(op.get("deprecated"))
        rpcs.append(Rpc(op_name, op_name, request, response, errors=errors,
                        doc=op.get("documentation"), deprecated=deprecated))
        if op_name in paginators:
            page = paginators[op_name]
            rpcs.append(Rpc(
                f"{op_name}Stream", op_name, request, response, streaming=True,
                pagination={"input_token": page["input_token"], "output_token": page["output_token"],
                            "limit_key": page.get("limit_key", ""),
                            "result_key": page["result_key"]},
                errors=errors, deprecated=deprecated,
                doc=f"<p>Streams every page of {op_name}, following the page token until it runs "
                    "out; cancel the call to stop early. Each message is one page.</p>"))

    type_messages, enums = [], []
    for shape_name in sorted(used - io_shapes):
        shape = shapes[shape_name]
        if shape["type"] == "structure" and not shape.get("document"):
            type_messages.append(_message(shape_name, shape_name, shapes))
        elif shape["type"] == "string" and "enum" in shape:
            enums.append(_enum(shape_name, shape))
    return Api(
        botocore_version=botocore.__version__,
        uid=service["metadata"].get("uid", ""),
        rpcs=rpcs, io_messages=io_messages, type_messages=type_messages, enums=enums,
    )


def _enum(name: str, shape: dict) -> Enum:
    values, seen = [], {naming.enum_zero_name(name)}
    for aws_value in shape["enum"]:
        value_name = naming.enum_value_name(name, aws_value)
        if value_name in seen:
            raise ValueError(f"enum {name}: {aws_value!r} collides as {value_name}")
        seen.add(value_name)
        values.append((value_name, aws_value))
    return Enum(name, values, shape.get("documentation"))


def _message(name: str, shape_name: str, shapes: dict) -> Message:
    shape = shapes[shape_name]
    required = set(shape.get("required", []))
    fields = []
    for aws_name, member in shape.get("members", {}).items():
        field = _field(aws_name, member["shape"], shapes, aws_name in required)
        field.deprecated = bool(member.get("deprecated"))
        field.doc = member.get("documentation")
        fields.append(field)
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise ValueError(f"{name}: members collide after snake_case: {names}")
    return Message(name, shape_name, fields, shape.get("documentation"))


def _is_sensitive(shape_name: str, shapes: dict) -> bool:
    shape = shapes[shape_name]
    if shape.get("sensitive"):
        return True
    if shape["type"] == "list":
        return _is_sensitive(shape["member"]["shape"], shapes)
    if shape["type"] == "map":
        return _is_sensitive(shape["value"]["shape"], shapes)
    return False


def _element_type(shape_name: str, shapes: dict, where: str) -> str:
    """The proto type of a singular value of the shape."""
    shape = shapes[shape_name]
    kind = shape["type"]
    if kind == "structure":
        return VALUE if shape.get("document") else shape_name
    if kind == "string" and "enum" in shape:
        return shape_name
    if kind == "timestamp":
        return TIMESTAMP
    if kind in _SCALARS:
        return _SCALARS[kind]
    raise ValueError(f"{where}: a {kind} inside a list or map needs a wrapper message")


def _field(aws_name: str, shape_name: str, shapes: dict, required: bool) -> Field:
    shape = shapes[shape_name]
    kind = shape["type"]
    common = dict(aws_name=aws_name, name=naming.snake_case(aws_name), required=required,
                  sensitive=_is_sensitive(shape_name, shapes))
    if kind == "list":
        return Field(type=_element_type(shape["member"]["shape"], shapes, aws_name),
                     label="repeated", **common)
    if kind == "map":
        key = shapes[shape["key"]["shape"]]
        key_type = "string" if key["type"] == "string" else _SCALARS[key["type"]]
        return Field(type=_element_type(shape["value"]["shape"], shapes, aws_name),
                     label="map", map_key=key_type, **common)
    proto_type = _element_type(shape_name, shapes, aws_name)
    has_presence = proto_type in (TIMESTAMP, VALUE) or kind == "structure"
    label = "" if has_presence or required else "optional"
    return Field(type=proto_type, label=label, **common)
