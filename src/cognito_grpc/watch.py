"""Files the server re-reads while it runs: the API keys file and the TLS certificate, key and
client CA, so rotations reach a running server (a Kubernetes Secret volume included).

Each file is polled every --reload-interval seconds by its stat through every symlink
(resolved path, device, inode, size, mtime): Kubernetes swaps a Secret by re-pointing the
volume's `..data` symlink at a fresh directory, which changes the resolved path of every
file in it. A changed file is loaded and checked whole before it replaces the old one; a new
file that cannot be read or is not valid keeps the old one, and logs an error once per
change.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import ssl
from pathlib import Path
from typing import Any, Callable

import grpc
import structlog

from cognito_grpc.settings import ConfigError

log = structlog.get_logger("cognito_grpc.watch")


def signature(path: str) -> tuple:
    """What changes when the file (or any symlink on the way to it) is replaced."""
    try:
        stat = os.stat(path)
        return (os.path.realpath(path), stat.st_dev, stat.st_ino, stat.st_size,
                stat.st_mtime_ns)
    except OSError as error:
        return ("unreadable", error.errno)


@dataclasses.dataclass
class _Watched:
    name: str
    paths: tuple[str, ...]
    load: Callable[[], Any]  # raises ConfigError or OSError on a bad file
    apply: Callable[[Any], None]
    seen: tuple = ()


class Watcher:
    def __init__(self, interval: float):
        self.interval = interval
        self._watched: list[_Watched] = []
        self.reloads = 0  # applied reloads, for tests

    def watch(self, name: str, paths, load: Callable[[], Any],
              apply: Callable[[Any], None]) -> None:
        """`load()` reads `paths` into a value; `apply(value)` puts it in service."""
        paths = tuple(p for p in paths if p)
        if paths:
            self._watched.append(_Watched(name, paths, load, apply,
                                          tuple(signature(p) for p in paths)))

    def check(self) -> None:
        """One pass over every watched file."""
        for watched in self._watched:
            now = tuple(signature(p) for p in watched.paths)
            if now == watched.seen:
                continue
            watched.seen = now  # a bad file is reported once, not every interval
            try:
                value = watched.load()
            except (ConfigError, OSError, ValueError, ssl.SSLError) as error:
                log.error("reload failed: keeping the previous version", what=watched.name,
                          error=str(error) if isinstance(error, ConfigError)
                          else type(error).__name__)
                continue
            watched.apply(value)
            self.reloads += 1
            log.info("reloaded", what=watched.name)

    async def run(self) -> None:
        if not self._watched or self.interval <= 0:
            return
        while True:
            await asyncio.sleep(self.interval)
            self.check()


# --- TLS --------------------------------------------------------------------------------

def _read(path: str, flag: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise ConfigError(f"{flag}: cannot read {path}: {error.strerror}") from None


class TlsFiles:
    """The server's certificate, key and client CA, served to each new TLS handshake through
    grpc's certificate fetcher, so a rotated pair is used from the next connection on."""

    def __init__(self, settings):
        self.settings = settings
        self._pending: grpc.ServerCertificateConfiguration | None = None
        self.initial = self.load()

    @property
    def paths(self) -> tuple[str, ...]:
        s = self.settings
        return (s.tls_cert, s.tls_key, s.tls_client_ca)

    def load(self) -> grpc.ServerCertificateConfiguration:
        """The files as one configuration, checked as a TLS library would: PEM that parses,
        a key that matches the certificate, a CA bundle that loads."""
        s = self.settings
        cert, key = _read(s.tls_cert, "--tls-cert"), _read(s.tls_key, "--tls-key")
        ca = _read(s.tls_client_ca, "--tls-client-ca") if s.tls_client_ca else None
        try:
            ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(s.tls_cert,
                                                                                s.tls_key)
            if ca is not None:
                ssl.create_default_context().load_verify_locations(cadata=ca.decode("ascii"))
        except (ssl.SSLError, UnicodeDecodeError, ValueError):
            raise ConfigError("--tls-cert/--tls-key/--tls-client-ca: not a valid PEM "
                              "certificate and matching key (or CA bundle)") from None
        if (cert, key) != (_read(s.tls_cert, "--tls-cert"), _read(s.tls_key, "--tls-key")):
            raise ConfigError("--tls-cert/--tls-key: changed while being read")
        return grpc.ssl_server_certificate_configuration([(key, cert)], root_certificates=ca)

    def apply(self, configuration: grpc.ServerCertificateConfiguration) -> None:
        self._pending = configuration

    def _fetch(self) -> grpc.ServerCertificateConfiguration | None:
        """grpc asks on every new connection; None keeps what it has."""
        pending, self._pending = self._pending, None
        return pending

    def credentials(self) -> grpc.ServerCredentials:
        return grpc.dynamic_ssl_server_credentials(
            self.initial, self._fetch,
            require_client_authentication=bool(self.settings.tls_client_ca))


async def cancel(task: asyncio.Task | None) -> None:
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
