"""A drop-in for `boto3.client("cognito-idp")` that calls a cognito-grpc server.

    from cognito_grpc_client import boto3_compat
    cognito = boto3_compat.client("127.0.0.1:50051", region_name="us-east-1")
    cognito.admin_get_user(UserPoolId=..., Username=...)

Same method names and keyword arguments, the same parameter validation (botocore's own),
the same response dicts (with ResponseMetadata), the same `ClientError`s and modeled
exception classes (`cognito.exceptions.UserNotFoundException`), and paginators that use the
server's streaming RPCs. Needs the `boto3` extra (botocore).
"""

from __future__ import annotations

import botocore.exceptions
import botocore.session
import grpc
from botocore import xform_name
from botocore.errorfactory import ClientExceptionsFactory
from botocore.validate import validate_parameters
from cognito.idp.v1 import messages_pb2

from cognito_grpc_client import codec
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
        input_shape = self._service_model.operation_model(operation).input_shape
        if input_shape is not None:
            validate_parameters(params, input_shape)  # raises ParamValidationError, as boto3
        return codec.from_aws(getattr(messages_pb2, f"{operation}Request"), params)

    def _call(self, operation: str, params: dict) -> dict:
        request = self._request(operation, params)
        try:
            response, call = getattr(self._connection.stub, operation).with_call(request)
        except grpc.RpcError as error:
            raise self._translate(operation, error) from None
        trailing = dict(call.trailing_metadata() or ())
        result = codec.to_aws(response)
        result["ResponseMetadata"] = _metadata(trailing.get("x-amzn-requestid", ""))
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
    """The pages of one paginate() call, streamed by `<Op>Stream`; honours PaginationConfig's
    PageSize, StartingToken and MaxItems."""

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
        request = client._request(operation, self._params)
        stream = getattr(client._connection.stub, f"{operation}Stream")(request)
        remaining = self._max_items
        try:
            for page in stream:
                result = codec.to_aws(page)
                result.setdefault(self.result_key, [])
                result["ResponseMetadata"] = _metadata("")
                if remaining is not None:
                    result[self.result_key] = result[self.result_key][:remaining]
                    remaining -= len(result[self.result_key])
                yield result
                if remaining is not None and remaining <= 0:
                    stream.cancel()
                    return
        except grpc.RpcError as error:
            if error.code() is not grpc.StatusCode.CANCELLED:
                raise client._translate(operation, error) from None

    def build_full_result(self) -> dict:
        items = []
        for page in self:
            items.extend(page[self.result_key])
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
