"""cognito-grpc: the Amazon Cognito user pools API (cognito-idp) as a gRPC service."""
