"""cognito-grpc: the Amazon Cognito user pools API (cognito-idp) as a gRPC service."""

import importlib.metadata


def version() -> str:
    """The installed distribution's version."""
    try:
        return importlib.metadata.version("cognito-grpc")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree, not installed
        return "unknown"
