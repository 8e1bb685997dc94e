"""protogen: the botocore cognito-idp model → proto3."""
