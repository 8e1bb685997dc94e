"""cognito.tokens.v1.TokenVerifierService: verifies Cognito tokens with the shared verifier.

A token that fails is an OK response with valid=false, a FailureReason and a message; only a
request that cannot be checked (no token, a bad user pool id, no allowed app clients) is an
INVALID_ARGUMENT status.
"""

from __future__ import annotations

import grpc
from cognito.tokens.v1 import token_verifier_pb2 as pb, token_verifier_pb2_grpc
from google.protobuf import struct_pb2, timestamp_pb2

from cognito_grpc import calls, errors, tokens
from cognito_grpc_client.codec import CodecError

SERVICE_DESCRIPTOR = pb.DESCRIPTOR.services_by_name["TokenVerifierService"]
SERVICE_NAME = SERVICE_DESCRIPTOR.full_name
_TOKEN_USES = {pb.TOKEN_USE_ACCESS: "access", pb.TOKEN_USE_ID: "id"}
_TOKEN_USE_VALUES = {v: k for k, v in _TOKEN_USES.items()}
_REASONS = {reason: pb.FailureReason.Value("FAILURE_REASON_" + reason.name)
            for reason in tokens.Reason}


def _timestamp(seconds: float) -> timestamp_pb2.Timestamp:
    stamp = timestamp_pb2.Timestamp()
    stamp.FromNanoseconds(int(seconds * 1e9))
    return stamp


def _claims(claims: dict) -> struct_pb2.Struct:
    struct = struct_pb2.Struct()
    struct.update(claims)
    return struct


class TokenVerifierServicer(token_verifier_pb2_grpc.TokenVerifierServiceServicer):
    def __init__(self, verifier: tokens.Verifier):
        self.verifier = verifier

    def generic_handler(self) -> grpc.GenericRpcHandler:
        """The service, its requests decoded leniently: undecodable bytes are
        INVALID_ARGUMENT, as on the Cognito service (grpc's own decoding answers UNKNOWN)."""
        return grpc.method_handlers_generic_handler(SERVICE_NAME, {
            "VerifyToken": grpc.unary_unary_rpc_method_handler(
                self.VerifyToken, calls.lenient(pb.VerifyTokenRequest),
                pb.VerifyTokenResponse.SerializeToString)})

    async def VerifyToken(self, request: pb.VerifyTokenRequest, context):  # noqa: N802
        if isinstance(request, calls.UndecodableRequest):
            await self._invalid(context, "(request)", f"not a valid {request.message_name} "
                                                      "message")
        if request.token_use and request.token_use not in _TOKEN_USES:
            await self._invalid(context, "token_use",
                                f"{request.token_use} is not one of TokenUse's values")
        issuers = None
        if request.user_pool_id:
            try:
                issuers = tokens.issuers_for(request.user_pool_id)
            except ValueError as error:
                await self._invalid(context, "user_pool_id", str(error))
        elif not self.verifier.issuers:
            await self._invalid(context, "user_pool_id",
                                "required (the server trusts no issuer: --jwt-issuers)")
        if not request.token:
            await self._invalid(context, "token", "required")
        client_ids = tuple(request.client_ids) or None
        if client_ids is None and not self.verifier.client_ids:
            await self._invalid(context, "client_ids",
                                "required (the server allows no app client: --jwt-client-ids)")
        try:
            verified = await self.verifier.verify(
                request.token, issuers=issuers, client_ids=client_ids,
                token_use=_TOKEN_USES.get(request.token_use),
                required_groups=request.required_groups,
                required_scopes=request.required_scopes)
        except tokens.TokenRejected as rejected:
            return pb.VerifyTokenResponse(valid=False, failure_reason=_REASONS[rejected.reason],
                                          message=rejected.message)
        return pb.VerifyTokenResponse(
            valid=True, claims=_claims(verified.claims),
            token_use=_TOKEN_USE_VALUES[verified.token_use], issuer=verified.issuer,
            subject=verified.subject, client_id=verified.client_id, username=verified.username,
            groups=verified.groups, scopes=verified.scopes,
            expire_time=_timestamp(verified.expires_at),
            issue_time=_timestamp(verified.issued_at))

    @staticmethod
    async def _invalid(context, field: str, description: str) -> None:
        """INVALID_ARGUMENT naming the field as its JSON does (`UserPoolId`), as elsewhere."""
        call = calls.current.get()
        described = pb.VerifyTokenRequest.DESCRIPTOR.fields_by_name.get(field)
        name = described.json_name if described is not None else field
        status = errors.to_grpc_status(CodecError(name, description),
                                       call.request_id if call else "")
        await calls.abort(context, status)
