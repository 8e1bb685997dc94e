"""A drop-in for `boto3.client("cognito-idp")` that calls a cognito-grpc server.

    from cognito_grpc_client import boto3_compat
    cognito = boto3_compat.client("127.0.0.1:50051", region_name="us-east-1")
    cognito.admin_get_user(UserPoolId=..., Username=...)

Same method names and keyword arguments, the same parameter validation (botocore's own, and
Cognito's enum check, as the ClientError Cognito answers with), the same response dicts (with
ResponseMetadata, and the empty lists and maps the backend sent: see `empties`), the same
`ClientError`s and modeled exception classes (`cognito.exceptions.UserNotFoundException`),
and paginators that call the operation page by page, as boto3's do. Needs the `boto3` extra
(botocore).
"""

from __future__ import annotations

import botocore.exceptions
import botocore.session
import grpc
from botocore import xform_name
from botocore.errorfactory import ClientExceptionsFactory
from botocore.validate import validate_parameters
from cognito.idp.v1 import messages_pb2

from cognito_grpc_client import codec, empties
from cognito_grpc_client.channel import Connection, connect, error_info

SERVICE = "cognito-idp"
# gRPC code → the HTTP status AWS would have answered with.
_HTTP_STATUS = {
    grpc.StatusCode.INVALID_ARGUMENT: 400, grpc.StatusCode.FAILED_PRECONDITION: 400,
    grpc.StatusCode.ALREADY_EXISTS: 400, grpc.StatusCode.NOT_FOUND: 400,
    grpc.StatusCode.UNAUTHENTICATED: 400, grpc.StatusCode.PERMISSION_DENIED: 403,
    grpc.StatusCode.RESOURCE_EXHAUSTED: 429, grpc.StatusCode.ABORTED: 409,
    grpc.StatusCode.UNIMPLEMENTED: 501, grpc.StatusCode.UNAVAILABLE: 503,
}


def _metadata(request_id: str, status: int = 200) -> dict:
    return {"RequestId": request_id, "HTTPStatusCode": status,
            "HTTPHeaders": {"x-amzn-requestid": request_id}, "RetryAttempts": 0}


def _member_path(path: str, name: str) -> str:
    """Cognito's way of naming a member in a validation message: lowerCamelCase, joined by
    dots (`schema.1.member.attributeDataType`)."""
    name = name[:1].lower() + name[1:]
    return f"{path}.{name}" if path else name


def enum_violations(shape, value, path: str = "") -> list[str]:
    """Cognito's message for each value of an enum member that is not one of its strings,
    with the member's path as Cognito writes it (list elements counted from 1)."""
    if value is None:
        return []
    if shape.type_name == "structure" and isinstance(value, dict):
        return [found for name, member in shape.members.items() if name in value
                for found in enum_violations(member, value[name], _member_path(path, name))]
    if shape.type_name == "list" and isinstance(value, list):
        return [found for i, item in enumerate(value, 1)
                for found in enum_violations(shape.member, item, f"{path}.{i}.member")]
    if shape.type_name == "map" and isinstance(value, dict):
        return [found for key, item in value.items()
                for found in enum_violations(shape.value, item, f"{path}.{key}")]
    allowed = getattr(shape, "enum", None)
    if allowed and isinstance(value, str) and value not in allowed:
        return [f"Value '{value}' at '{path}' failed to satisfy constraint: Member must "
                f"satisfy enum value set: [{', '.join(allowed)}]"]
    return []


def _validation_error(violations: list[str]) -> dict:
    count = len(violations)
    return {"Error": {"Code": "InvalidParameterException",
                      "Message": f"{count} validation error{'s' if count > 1 else ''} "
                                 f"detected: " + "; ".join(violations)},
            "ResponseMetadata": _metadata("", 400)}


class CompatClient:
    """What `client()` returns; operations are added to the class from the service model."""

    def __init__(self, connection: Connection, region_name: str):
        self._connection = connection
        session = botocore.session.get_session()
        self._service_model = session.get_service_model(SERVICE)
        self._paginator_model = session.get_paginator_model(SERVICE)
        self.exceptions = ClientExceptionsFactory().create_client_exceptions(self._service_model)
        self._api_names = {xform_name(op): op for op in self._service_model.operation_names}
        self.meta = type("ClientMeta", (), {"region_name": region_name,
                                            "service_model": self._service_model,
                                            "endpoint_url": f"grpc://{connection.target}"})()

    def close(self) -> None:
        self._connection.close()

    # --- calls -------------------------------------------------------------------------

    def _request(self, operation: str, params: dict):
        """The request message and the metadata that carries its empty lists and maps."""
        input_shape = self._service_model.operation_model(operation).input_shape
        if input_shape is not None:
            validate_parameters(params, input_shape)  # raises ParamValidationError, as boto3
            # proto enums cannot hold a string they lack; Cognito refuses it as this
            violations = enum_violations(input_shape, params)
            if violations:
                raise self.exceptions.from_code("InvalidParameterException")(
                    _validation_error(violations), operation)
        message_class = getattr(messages_pb2, f"{operation}Request")
        carrier = empties.encode(empties.find(message_class.DESCRIPTOR, params))
        return codec.from_aws(message_class, params), \
            tuple(kv for kv in carrier if kv[1] != empties.UNKNOWN)

    def _call(self, operation: str, params: dict) -> dict:
        request, metadata = self._request(operation, params)
        try:
            response, call = getattr(self._connection.stub, operation).with_call(
                request, metadata=metadata)
        except grpc.RpcError as error:
            raise self._translate(operation, error) from None
        trailing = tuple(call.trailing_metadata() or ())
        result = empties.restore(response.DESCRIPTOR, codec.to_aws(response),
                                 empties.decode(trailing))
        result["ResponseMetadata"] = _metadata(dict(trailing).get("x-amzn-requestid", ""))
        return result

    def _translate(self, operation: str, error: grpc.RpcError) -> Exception:
        info = error_info(error)
        metadata = dict(info.metadata) if info else {}
        aws_code = metadata.get("awsErrorCode")
        code = error.code()
        if aws_code is None:
            if code is grpc.StatusCode.UNAVAILABLE:
                return botocore.exceptions.EndpointConnectionError(
                    endpoint_url=self.meta.endpoint_url)
            if code is grpc.StatusCode.DEADLINE_EXCEEDED:
                return botocore.exceptions.ReadTimeoutError(endpoint_url=self.meta.endpoint_url)
            if code is grpc.StatusCode.INVALID_ARGUMENT:
                return botocore.exceptions.ParamValidationError(report=error.details() or "")
            aws_code = (info.reason if info else code.name) or code.name
        response = {"Error": {"Code": aws_code, "Message": error.details() or ""},
                    "ResponseMetadata": _metadata(metadata.get("awsRequestId", ""),
                                                  _HTTP_STATUS.get(code, 500))}
        return self.exceptions.from_code(aws_code)(response, operation)

    # --- pagination --------------------------------------------------------------------

    def _pagination(self, operation_name: str) -> tuple[str, dict | None]:
        operation = self._api_names.get(operation_name, operation_name)  # list_users, ListUsers
        try:
            return operation, self._paginator_model.get_paginator(operation)
        except ValueError:
            return operation, None

    def can_paginate(self, operation_name: str) -> bool:
        return self._pagination(operation_name)[1] is not None

    def get_paginator(self, operation_name: str) -> "Paginator":
        operation, config = self._pagination(operation_name)
        if config is None:
            raise botocore.exceptions.OperationNotPageableError(operation_name=operation_name)
        return Paginator(self, operation, config)


class Paginator:
    def __init__(self, client: CompatClient, operation: str, config: dict):
        self._client = client
        self._operation = operation
        self._config = config

    def paginate(self, **params) -> "PageIterator":
        return PageIterator(self, params)


class PageIterator:
    """The pages of one paginate() call, one unary call each (so every page carries its own
    empty lists and maps); honours PaginationConfig's PageSize, StartingToken and MaxItems."""

    def __init__(self, paginator: Paginator, params: dict):
        self._paginator = paginator
        config = dict(params.pop("PaginationConfig", None) or {})
        self._max_items = config.get("MaxItems")
        self._params = dict(params)
        if config.get("PageSize") and paginator._config.get("limit_key"):
            self._params[paginator._config["limit_key"]] = config["PageSize"]
        if config.get("StartingToken"):
            self._params[paginator._config["input_token"]] = config["StartingToken"]

    @property
    def result_key(self) -> str:
        return self._paginator._config["result_key"]

    def __iter__(self):
        client, operation = self._paginator._client, self._paginator._operation
        config = self._paginator._config
        params, remaining, seen = dict(self._params), self._max_items, set()
        while True:
            result = client._call(operation, params)
            if remaining is not None and self.result_key in result:
                result[self.result_key] = result[self.result_key][:remaining]
                remaining -= len(result[self.result_key])
            yield result
            token = result.get(config["output_token"])
            if not token or token in seen or (remaining is not None and remaining <= 0):
                return
            seen.add(token)
            params[config["input_token"]] = token

    def build_full_result(self) -> dict:
        items = []
        for page in self:
            items.extend(page.get(self.result_key, []))
        return {self.result_key: items}


def _add_operations() -> None:
    model = botocore.session.get_session().get_service_model(SERVICE)
    for operation in model.operation_names:
        def method(self, _operation=operation, **params):
            return self._call(_operation, params)
        method.__name__ = xform_name(operation)
        method.__doc__ = f"Calls {operation} through cognito-grpc, like boto3's."
        setattr(CompatClient, method.__name__, method)


_add_operations()


def client(target: str, region_name: str | None = None, **connect_options) -> CompatClient:
    """A boto3-compatible cognito-idp client for the cognito-grpc server at `target`.

    region_name is sent as x-cognito-region; connect_options are those of `connect()`
    (tls, api_key, bearer_token, timeout).
    """
    connection = connect(target, region=region_name, **connect_options)
    return CompatClient(connection, region_name or "")
