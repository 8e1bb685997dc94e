"""Cognito's exceptions as data: the code, the message, the HTTP status.

An EngineError is a botocore ClientError, shaped as boto3 raises it for real Cognito, so the
service and errors.to_status treat the engine like any other backend.
"""

from __future__ import annotations

import uuid

import botocore.exceptions


class EngineError(botocore.exceptions.ClientError):
    def __init__(self, code: str, message: str, status: int = 400,
                 fields: tuple[tuple[str, str], ...] = ()):
        response = {
            "Error": {"Code": code, "Message": message},
            "ResponseMetadata": {"HTTPStatusCode": status, "RequestId": str(uuid.uuid4())},
        }
        if fields:  # (member path, description): errors.to_status turns them into BadRequest
            response["Error"]["FieldViolations"] = [
                {"Field": field, "Description": description} for field, description in fields]
        super().__init__(response, "")
        self.code = code
        self.message = message

    def for_operation(self, operation: str) -> "EngineError":
        self.operation_name = operation  # and in the text, as boto3 words it
        self.args = (str(botocore.exceptions.ClientError(self.response, operation)),)
        return self


def invalid(message: str, *fields: tuple[str, str]) -> EngineError:
    return EngineError("InvalidParameterException", message, fields=fields)


def not_found(message: str) -> EngineError:
    return EngineError("ResourceNotFoundException", message)


def pool_not_found(pool_id: str) -> EngineError:
    return not_found(f"User pool {pool_id} does not exist.")


def client_not_found(client_id: str) -> EngineError:
    return not_found(f"User pool client {client_id} does not exist.")


def user_not_found() -> EngineError:
    return EngineError("UserNotFoundException", "User does not exist.")


def not_authorized(message: str = "Incorrect username or password.") -> EngineError:
    return EngineError("NotAuthorizedException", message)


def exists(code: str, message: str) -> EngineError:
    return EngineError(code, message)


def limit_exceeded(message: str) -> EngineError:
    return EngineError("LimitExceededException", message)
