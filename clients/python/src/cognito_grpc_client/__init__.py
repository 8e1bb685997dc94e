"""Python client for cognito-grpc: generated stubs (package `cognito`), `connect()`, the codec
and a boto3-compatible client (`cognito_grpc_client.boto3_compat`, with the `boto3` extra)."""
