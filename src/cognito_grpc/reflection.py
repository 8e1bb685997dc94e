"""Server reflection that also resolves method names (`grpcurl describe Service.Method`).

grpcio-reflection answers `file_containing_symbol` with the descriptor pool's
FindFileContainingSymbol, which in protobuf's upb implementation knows messages, fields,
enums, services and extensions, but not methods (grpc/grpc#34743): every
`describe <service>.<method>` failed with "Symbol not found". The pool handed to the
reflection servicer falls back to the method's service file; everything else is the
default pool's.
"""

from __future__ import annotations

from google.protobuf import descriptor_pool
from grpc_reflection.v1alpha import reflection

SERVICE_NAME = reflection.SERVICE_NAME


class MethodResolvingPool:
    """The default descriptor pool, whose FindFileContainingSymbol also finds methods."""

    def __init__(self, pool: descriptor_pool.DescriptorPool | None = None):
        self._pool = pool or descriptor_pool.Default()

    def FindFileContainingSymbol(self, symbol: str):  # noqa: N802 (the pool's API)
        try:
            return self._pool.FindFileContainingSymbol(symbol)
        except KeyError:
            try:
                return self._pool.FindMethodByName(symbol).containing_service.file
            except KeyError:
                pass
            raise

    def __getattr__(self, name: str):  # FindFileByName, FindMessageTypeByName, ...
        return getattr(self._pool, name)


def enable(service_names, server) -> None:
    reflection.enable_server_reflection(service_names, server, pool=MethodResolvingPool())
