"""Python client for cognito-grpc.

- `connect(target, ...)`: the generated stub on a channel that applies credentials, the
  region and a default deadline to every call.
- `cognito.idp.v1`: the generated messages and stubs (typed with .pyi).
- `cognito_grpc_client.boto3_compat.client(...)`: a drop-in for
  `boto3.client("cognito-idp")` (install the `boto3` extra).
- `error_info(error)`: the google.rpc.ErrorInfo of a failed call.
"""

from __future__ import annotations

from cognito_grpc_client.channel import Connection, connect, error_info

__all__ = ["Connection", "connect", "error_info"]
