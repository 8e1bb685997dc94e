"""Our own Cognito user pools: the embedded backend.

The door is boto3-shaped, like every other backend: `Engine.client(region)` has one method
per operation (`admin_get_user(**params)`) taking and returning the dicts boto3 does, and
raising Cognito's errors as botocore ClientErrors. Each call is checked against the AWS
model (validate.py), then handled by its operation's handler (ops/), against the store.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from typing import Callable

import botocore.loaders
import botocore.paginate
import botocore.regions
import botocore.session
from botocore import xform_name

from cognito_grpc.engine import imports, ops
from cognito_grpc.engine.errors import EngineError
from cognito_grpc.engine.keys import KeyRing
from cognito_grpc.engine.store import Store, StoreError
from cognito_grpc.engine.validate import Validator

__all__ = ["Engine", "EngineError", "StoreError"]

SERVICE = "cognito-idp"
ACCOUNT_ID = "123456789012"  # the documentation account, as moto and LocalStack use


@dataclasses.dataclass
class Context:
    """What a handler may use: the engine's parts and this call's region and time."""

    engine: "Engine"
    region: str
    operation: str
    now: float

    @property
    def store(self) -> Store:
        return self.engine.store

    @property
    def keys(self) -> KeyRing:
        return self.engine.keys

    @property
    def account_id(self) -> str:
        return self.engine.account_id


def _regions() -> frozenset[str]:
    """The regions Cognito serves in the aws partition (what Session.get_available_regions
    says), read with a loader of its own and let go: a session keeps the whole endpoint
    document, 7 MB of the server's memory, for this one set."""
    endpoints = botocore.loaders.create_loader().load_data("endpoints")
    return frozenset(botocore.regions.EndpointResolver(endpoints).get_available_endpoints(SERVICE))


class Engine:
    # The --http-listen base URL ("http://127.0.0.1:8080"), set by the server: user import
    # jobs' PreSignedUrls point there. None: no listener, so no import job can be created.
    http_url: str | None = None

    def __init__(self, data_dir: str | None = None, sync: str = "normal",
                 account_id: str = ACCOUNT_ID, clock: Callable[[], float] = time.time):
        session = botocore.session.get_session()
        self.model = session.get_service_model(SERVICE)
        self._paginators = session.get_paginator_model(SERVICE)
        self.regions = _regions()
        self.account_id = account_id
        self.clock = clock
        self.store = Store(data_dir, sync)
        self.keys = KeyRing(self.store)
        self.validator = Validator(self.model)
        self.handlers = ops.load()
        self._operations = {xform_name(name): name for name in self.model.operation_names}
        imports.resume_interrupted(self)  # user import jobs a stop of the process cut short

    def serves(self, region: str) -> bool:
        return region in self.regions

    def call(self, operation: str, params: dict, region: str) -> dict:
        try:
            handler = self.handlers.get(operation)
            if handler is None:  # whatever the input: the caller learns what is not served
                raise NotImplementedError(operation)
            self.validator.check(operation, params)
            response = handler(Context(self, region, operation, self.clock()), params)
        except EngineError as error:
            raise error.for_operation(operation) from None
        response["ResponseMetadata"] = {"RequestId": str(uuid.uuid4()), "HTTPStatusCode": 200}
        return response

    def client(self, region: str, before_each: Callable[[], None] = lambda: None
               ) -> "EngineClient":
        return EngineClient(self, region, before_each)

    def operation_for(self, boto_name: str) -> str:
        return self._operations[boto_name]

    def paginator_config(self, operation: str) -> dict:
        return self._paginators.get_paginator(operation)

    def probe(self) -> None:
        self.store.read().execute("SELECT 1").fetchone()

    def jwks(self, pool_id: str) -> dict:
        return self.keys.jwks(pool_id)

    def jwks_for_issuer(self, issuer: str) -> dict:
        """The JWKS of the pool behind a Cognito issuer URL; KeyError for any other."""
        from cognito_grpc.tokens import pool_of_issuer

        pool_id = pool_of_issuer(issuer)
        if pool_id is None:
            raise KeyError(issuer)
        return self.keys.jwks(pool_id)

    def close(self) -> None:
        self.keys.close()
        self.store.close()


# What the service may run on its event loop (EngineClient.inline_operations): a call that
# takes a millisecond or less costs less there than its hop to a thread and back, whose GIL
# hand-offs cost a fifth of AdminInitiateAuth's throughput on two cores, and on a data dir
# two fifths of AdminCreateUser's (bench/README.md, "Inline writes"). A write that would
# wait for another writer raises WouldWait there and runs in a thread instead (Store.write).
# Not on the loop: a pool's cascade delete (0.18 s at 10,000 users), and with --sync full
# every write, whose fsync would hold every other call of the process.
_LONG_WRITES = frozenset({"DeleteUserPool"})
_READ_PREFIXES = ("Describe", "Get", "List", "AdminGet", "AdminList")
_WRITING_READS = frozenset({"GetTokensFromRefreshToken", "GetSigningCertificate", "GetUser",
                            "GetCSVHeader", "GetLogDeliveryConfiguration"})


def inline_operations(engine: Engine) -> frozenset[str]:
    if engine.store.synchronous == "FULL":
        return frozenset(name for name in engine.handlers
                         if name.startswith(_READ_PREFIXES) and name not in _WRITING_READS)
    return frozenset(engine.handlers) - _LONG_WRITES


class EngineClient:
    """One region's boto3-shaped client: `client.admin_get_user(UserPoolId=..., ...)`."""

    def __init__(self, engine: Engine, region: str, before_each: Callable[[], None]):
        self.inline_operations = inline_operations(engine)
        self._engine = engine
        self._region = region
        self._before_each = before_each
        self.meta = dataclasses.make_dataclass("Meta", ["region_name"])(region)

    def __getattr__(self, boto_name: str):
        try:
            operation = self._engine.operation_for(boto_name)
        except KeyError:
            raise AttributeError(boto_name) from None

        def call(**params):
            self._before_each()
            return self._engine.call(operation, params, self._region)
        call.__name__ = boto_name
        self.__dict__[boto_name] = call  # looked up once per client
        return call

    def get_paginator(self, boto_name: str) -> botocore.paginate.Paginator:
        operation = self._engine.operation_for(boto_name)
        return botocore.paginate.Paginator(
            getattr(self, boto_name), self._engine.paginator_config(operation),
            self._engine.model.operation_model(operation))
