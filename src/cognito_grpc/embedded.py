"""moto's in-process Cognito, the engine of the embedded backend, dispatched lean.

moto's generic stubber answers any AWS request: it matches the URL against every service's
patterns, and on each request looks up the response class's methods with `inspect`. The
embedded backend only ever sends cognito-idp requests, so its botocore session hands them
straight to moto's cognito-idp dispatcher (the generic stubber is taken off that session),
and the method lookup is cached per class. Together that is about a fifth of a call.

moto's models were written for one caller at a time: concurrent calls corrupt them (two
creates of one username both succeed, the later silently replacing the earlier; a lookup
iterating a pool's users fails while another call adds one). So one call at a time enters
moto. Most of moto's work holds the GIL anyway; what is lost is two calls signing tokens at
once (bench/README.md has the figures).
"""

from __future__ import annotations

import functools
import threading
from typing import Callable

import botocore.session
import moto.core.responses
from botocore.awsrequest import AWSPreparedRequest, AWSResponse
from moto import mock_aws
from moto.cognitoidp.models import cognitoidp_backends
from moto.cognitoidp.responses import CognitoIdpResponse
from moto.core import DEFAULT_ACCOUNT_ID
from moto.core.botocore_stubber import MockRawResponse
from moto.core.exceptions import HTTPException
from moto.core.models import botocore_stubber
from moto.core.request import normalize_request

from cognito_grpc.errors import EmbeddedFailure

EVENT = "before-send.cognito-identity-provider"


class EmbeddedCognito:
    """moto's Cognito for one botocore session, from `start()` to `stop()`."""

    def __init__(self, before_each: Callable[[], None] = lambda: None):
        """`before_each` runs as each call enters moto (after waiting its turn); it may raise
        to keep the call out (a passed deadline)."""
        self._mock = None
        self._before_each = before_each
        self._turn = threading.Lock()

    def attach(self, session: botocore.session.Session) -> None:
        """Requests of clients made from `session` are answered by this Cognito."""
        session.unregister("before-send", botocore_stubber)
        session.register(EVENT, self._answer)

    def start(self) -> None:
        if self._mock is None:
            responses = moto.core.responses
            if not hasattr(responses.method_names_from_class, "cache_info"):
                # A class's methods do not change while it serves; moto asks on every call.
                responses.method_names_from_class = functools.cache(
                    responses.method_names_from_class)
            self._mock = mock_aws()
            self._mock.start()

    @staticmethod
    def serves(region: str) -> bool:
        """moto keeps pools for the regions botocore lists for cognito-idp, and no others."""
        return region in cognitoidp_backends[DEFAULT_ACCOUNT_ID]

    def stop(self) -> None:
        if self._mock is not None:
            self._mock.stop()
            self._mock = None

    def _answer(self, request: AWSPreparedRequest, **_) -> AWSResponse | None:
        if self._mock is None:
            return None  # not started: the request goes on to the closed loopback proxy
        moto_request = normalize_request(request)
        with self._turn:
            self._before_each()
            try:
                status, headers, body = CognitoIdpResponse.dispatch(
                    moto_request, moto_request.raw_url, moto_request.headers)
            except HTTPException as error:
                status, headers, body = error.code, error.get_headers(), error.get_body()
            except NotImplementedError:
                raise  # an operation moto lacks: the service answers UNIMPLEMENTED
            except Exception as error:  # moto's own failure, mostly on input it never checks
                operation = request.headers.get("X-Amz-Target", b"")
                operation = operation.decode() if isinstance(operation, bytes) else operation
                raise EmbeddedFailure(operation.rpartition(".")[2], error) from error
        return AWSResponse(request.url, status, headers, MockRawResponse(body))
