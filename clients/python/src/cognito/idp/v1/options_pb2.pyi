from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor
SENSITIVE_FIELD_NUMBER: _ClassVar[int]
sensitive: _descriptor.FieldDescriptor
REQUIRED_FIELD_NUMBER: _ClassVar[int]
required: _descriptor.FieldDescriptor
AWS_VALUE_FIELD_NUMBER: _ClassVar[int]
aws_value: _descriptor.FieldDescriptor
AWS_SHAPE_FIELD_NUMBER: _ClassVar[int]
aws_shape: _descriptor.FieldDescriptor
OPERATION_FIELD_NUMBER: _ClassVar[int]
operation: _descriptor.FieldDescriptor
PAGINATION_FIELD_NUMBER: _ClassVar[int]
pagination: _descriptor.FieldDescriptor

class Pagination(_message.Message):
    __slots__ = ("input_token", "output_token", "limit_key", "result_key")
    INPUT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LIMIT_KEY_FIELD_NUMBER: _ClassVar[int]
    RESULT_KEY_FIELD_NUMBER: _ClassVar[int]
    input_token: str
    output_token: str
    limit_key: str
    result_key: str
    def __init__(self, input_token: _Optional[str] = ..., output_token: _Optional[str] = ..., limit_key: _Optional[str] = ..., result_key: _Optional[str] = ...) -> None: ...
