"""cognito.embedded.v1.OutboxService: the messages the embedded engine recorded instead of
sending them (engine/outbox.py), listed a page at a time or watched as they arrive.

Only the embedded backend has an outbox; on any other the RPCs answer FAILED_PRECONDITION
saying so. Watch polls the store rather than waiting on an in-process signal: with
--workers N, the message may have been recorded by another process on the same data dir.
Codes, temporary passwords and the rendered text are sensitive fields of the proto, so the
logging interceptor redacts them like any other secret.
"""

from __future__ import annotations

import asyncio

import grpc
from cognito.embedded.v1 import outbox_pb2 as pb
from google.protobuf import timestamp_pb2

from cognito_grpc import calls, errors
from cognito_grpc.engine import outbox
from cognito_grpc_client.codec import CodecError

SERVICE_DESCRIPTOR = pb.DESCRIPTOR.services_by_name["OutboxService"]
SERVICE_NAME = SERVICE_DESCRIPTOR.full_name
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
# How often Watch looks for new messages: a message reaches the watcher within this.
POLL_SECONDS = 0.1
_BATCH = 100  # messages read per poll

_KINDS = {outbox.SIGN_UP: pb.MESSAGE_KIND_SIGN_UP, outbox.INVITATION: pb.MESSAGE_KIND_INVITATION,
          outbox.PASSWORD_RESET: pb.MESSAGE_KIND_PASSWORD_RESET,
          outbox.VERIFICATION: pb.MESSAGE_KIND_VERIFICATION, outbox.MFA: pb.MESSAGE_KIND_MFA}
_KIND_NAMES = {v: k for k, v in _KINDS.items()}
_CHANNELS = {"EMAIL": pb.CHANNEL_EMAIL, "SMS": pb.CHANNEL_SMS}
_MEDIA = {v: k for k, v in _CHANNELS.items()}


class Refusal(Exception):
    def __init__(self, status):
        super().__init__(status.details)
        self.status = status


def _timestamp(seconds: float) -> timestamp_pb2.Timestamp:
    stamp = timestamp_pb2.Timestamp()
    stamp.FromNanoseconds(int(seconds * 1e9))
    return stamp


def _message(doc: dict) -> pb.OutboxMessage:
    where = doc.get("Destination") or {}
    secret = doc.get("Code", "")
    invitation = doc["Kind"] == outbox.INVITATION
    message = pb.OutboxMessage(
        position=doc["Seq"], user_pool_id=doc["UserPoolId"], username=doc["Username"],
        kind=_KINDS.get(doc["Kind"], pb.MESSAGE_KIND_UNSPECIFIED),
        channel=_CHANNELS.get(where.get("DeliveryMedium"), pb.CHANNEL_UNSPECIFIED),
        destination=where.get("Destination", ""), attribute_name=where.get("AttributeName", ""),
        code="" if invitation else secret, temporary_password=secret if invitation else "",
        text=doc.get("Message") or "", subject=doc.get("Subject") or "",
        create_time=_timestamp(doc["Created"]), expire_time=_timestamp(doc["Expires"]))
    if "Redeemed" in doc:
        message.redeem_time.CopyFrom(_timestamp(doc["Redeemed"]))
    return message


def _invalid(field: str, description: str):
    call = calls.current.get()
    return Refusal(errors.to_grpc_status(CodecError(field, description),
                                         call.request_id if call else ""))


def _filters(request) -> dict:
    """The outbox.after keyword arguments for the request's filter."""
    given = request.filter
    if given.username and not given.user_pool_id:
        raise _invalid("Filter.UserPoolId", "required with Filter.Username")
    if given.channel and given.channel not in _MEDIA:
        raise _invalid("Filter.Channel", f"{given.channel} is not one of Channel's values")
    if given.kind and given.kind not in _KIND_NAMES:
        raise _invalid("Filter.Kind", f"{given.kind} is not one of MessageKind's values")
    return {"pool_id": given.user_pool_id or None, "username": given.username or None,
            "kind": _KIND_NAMES.get(given.kind), "medium": _MEDIA.get(given.channel)}


class OutboxServicer:
    def __init__(self, backend, drain):
        """`backend`: the server's Backend (its engine, when embedded); `drain`: the server's
        drain, which ends open Watch streams when the server stops."""
        self.backend = backend
        self.drain = drain

    def generic_handler(self) -> grpc.GenericRpcHandler:
        """Requests decoded leniently: undecodable bytes are INVALID_ARGUMENT, as elsewhere."""
        return grpc.method_handlers_generic_handler(SERVICE_NAME, {
            "List": grpc.unary_unary_rpc_method_handler(
                self.List, calls.lenient(pb.ListRequest), pb.ListResponse.SerializeToString),
            "Watch": grpc.unary_stream_rpc_method_handler(
                self.Watch, calls.lenient(pb.WatchRequest),
                pb.WatchResponse.SerializeToString)})

    def _store(self, request):
        if isinstance(request, calls.UndecodableRequest):
            raise _invalid("(request)", f"not a valid {request.message_name} message")
        engine = self.backend.engine
        if engine is None:
            call = calls.current.get()
            raise Refusal(errors.grpc_status(errors.build_status(
                grpc.StatusCode.FAILED_PRECONDITION,
                f"the outbox belongs to the embedded backend; this server's backend is "
                f"{self.backend.mode}, which sends its messages itself (run with "
                "--backend embedded to read them here)", "OUTBOX_NOT_SERVED",
                {"requestId": call.request_id if call else ""})))
        return engine.store

    async def List(self, request, context):  # noqa: N802
        try:
            store = self._store(request)
            filters = _filters(request)
            size = request.page_size or DEFAULT_PAGE_SIZE
            if not 0 < size <= MAX_PAGE_SIZE:
                raise _invalid("PageSize", f"must be 1 to {MAX_PAGE_SIZE} (0: "
                                           f"{DEFAULT_PAGE_SIZE})")
            token = request.page_token
            if token and not (token.isascii() and token.isdigit() and len(token) < 19):
                raise _invalid("PageToken", "not a token List returned")
            found = outbox.after(store.read(), int(token or 0), size + 1, **filters)
        except Refusal as refusal:
            return await calls.abort(context, refusal.status)
        page = found[:size]
        more = len(found) > size
        return pb.ListResponse(messages=[_message(doc) for doc in page],
                               next_page_token=str(page[-1]["Seq"]) if more else "")

    async def Watch(self, request, context):  # noqa: N802
        try:
            store = self._store(request)
            filters = _filters(request)
            if request.HasField("after_position") and request.after_position < 0:
                raise _invalid("AfterPosition", "must be 0 or more")
        except Refusal as refusal:
            await calls.abort(context, refusal.status)
        position = request.after_position if request.HasField("after_position") \
            else outbox.last_position(store.read())
        # the headers go out now: a caller that waits for them knows the watch is on, and
        # that every message recorded from then on will reach it
        await context.send_initial_metadata(())
        while True:
            if self.drain.draining:
                call = calls.current.get()
                await calls.abort(context, errors.to_grpc_status(
                    errors.ShuttingDown(), call.request_id if call else ""))
            found = outbox.after(store.read(), position, _BATCH, **filters)
            for doc in found:
                position = doc["Seq"]
                yield pb.WatchResponse(message=_message(doc))
            if len(found) < _BATCH:
                await asyncio.sleep(POLL_SECONDS)
