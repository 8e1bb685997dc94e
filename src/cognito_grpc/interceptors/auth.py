"""Authentication (API keys, Cognito JWT bearer tokens, mTLS client certificates) and
authorization (a policy of method patterns) for every RPC that is not exempt.

- Missing or invalid credentials → UNAUTHENTICATED; an authenticated caller the policy does
  not allow → PERMISSION_DENIED naming the method. Refused calls never reach a service.
- Every credential a call presents (for an enabled mode) must be valid; the caller is then
  the most specific of them: the JWT's user, else the API key's principal, else the client
  certificate's subject.
- API keys are kept as SHA-256 digests only, compared with hmac.compare_digest against every
  stored digest. Neither keys nor tokens ever reach an error message or a log.

The policy (who may call what) is interceptors/policy.py.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from pathlib import Path
from typing import Iterable

import grpc
import structlog
from grpc_status import rpc_status

from cognito_grpc import calls, errors, tokens
from cognito_grpc.interceptors import WrappingInterceptor
from cognito_grpc.interceptors.policy import DEFAULT_EXEMPT, Identity, Policy  # noqa: F401
from cognito_grpc.settings import ConfigError, require_loopback

log = structlog.get_logger("cognito_grpc.auth")

API_KEY_HEADER = "x-api-key"
AUTHORIZATION_HEADER = "authorization"
_SHA256_PREFIX = "sha256:"
_HEX_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_MIN_KEY_LENGTH = 16

# ErrorInfo reasons of the auth layer's own refusals (no AWS error code uses them).
MISSING_CREDENTIALS = "MISSING_CREDENTIALS"
INVALID_API_KEY = "INVALID_API_KEY"
INVALID_BEARER_TOKEN = "INVALID_BEARER_TOKEN"
INVALID_CLIENT_CERTIFICATE = "INVALID_CLIENT_CERTIFICATE"
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
REASONS = frozenset({MISSING_CREDENTIALS, INVALID_API_KEY, INVALID_BEARER_TOKEN,
                     INVALID_CLIENT_CERTIFICATE, METHOD_NOT_ALLOWED})


class Refused(Exception):
    def __init__(self, reason: str, message: str, **metadata: str):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.metadata = metadata


# --- API keys ---------------------------------------------------------------------------

def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def _stored(key: str) -> bytes:
    """A key as written in the file or env: `sha256:<hex>` is already a digest."""
    if key.startswith(_SHA256_PREFIX):
        hexdigest = key[len(_SHA256_PREFIX):].lower()
        if not _HEX_DIGEST.match(hexdigest):
            raise ValueError("sha256: needs 64 hex digits")
        return bytes.fromhex(hexdigest)
    if len(key) < _MIN_KEY_LENGTH:
        raise ValueError(f"keys must be at least {_MIN_KEY_LENGTH} characters")
    return _digest(key)


class ApiKeys:
    """Principals by the SHA-256 of their key. Lines of the file: `<key> <principal>` or
    `sha256:<hex digest> <principal>`; # starts a comment. Env: `key=principal,...`."""

    def __init__(self, entries: Iterable[tuple[bytes, str]]):
        self._entries: list[tuple[bytes, str]] = []
        seen: dict[bytes, str] = {}
        for digest, principal in entries:
            if seen.get(digest, principal) != principal:
                raise ConfigError(f"API keys: one key is given to two principals "
                                  f"({seen[digest]}, {principal})")
            if digest not in seen:
                seen[digest] = principal
                self._entries.append((digest, principal))

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def from_settings(cls, settings) -> "ApiKeys":
        entries: list[tuple[bytes, str]] = []
        if settings.api_keys_file:
            entries += cls.parse_file(Path(settings.api_keys_file))
        if settings.api_keys:
            entries += cls.parse_env(settings.api_keys)
        keys = cls(entries)
        if not keys:
            raise ConfigError("--auth api-key: no API keys configured")
        return keys

    @staticmethod
    def parse_file(path: Path) -> list[tuple[bytes, str]]:
        try:
            text = path.read_text()
        except OSError as error:
            raise ConfigError(f"--api-keys-file: cannot read {path}: {error.strerror}") from None
        entries = []
        for number, line in enumerate(text.splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2:  # the line holds a key: never quoted back
                raise ConfigError(f"--api-keys-file: {path}:{number}: expected `key principal`")
            try:
                entries.append((_stored(parts[0]), parts[1]))
            except ValueError as error:
                raise ConfigError(f"--api-keys-file: {path}:{number}: {error}") from None
        return entries

    @staticmethod
    def parse_env(text: str) -> list[tuple[bytes, str]]:
        entries = []
        for number, item in enumerate((p.strip() for p in text.split(",") if p.strip()), 1):
            key, sep, principal = item.rpartition("=")
            if not sep or not key or not principal.strip():
                raise ConfigError(f"--api-keys: entry {number}: expected key=principal")
            try:
                entries.append((_stored(key.strip()), principal.strip()))
            except ValueError as error:
                raise ConfigError(f"--api-keys: entry {number}: {error}") from None
        return entries

    def principal_for(self, key: str) -> str | None:
        """Compares against every digest, whatever matches, so timing says nothing."""
        digest = _digest(key)
        found = None
        for stored, principal in self._entries:
            if hmac.compare_digest(digest, stored):
                found = principal
        return found


# --- authentication ---------------------------------------------------------------------

def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class Authenticator:
    def __init__(self, modes: Iterable[str], *, api_keys: ApiKeys | None = None,
                 verifier: tokens.Verifier | None = None):
        self.modes = frozenset(modes) - {"none"}
        self.api_keys = api_keys
        self.verifier = verifier

    def _expected(self) -> str:
        kinds = []
        if "jwt" in self.modes:
            kinds.append("authorization: Bearer <Cognito token>")
        if "api-key" in self.modes:
            kinds.append("x-api-key")
        if "mtls" in self.modes:
            kinds.append("a client certificate")
        return " or ".join(kinds)

    async def authenticate(self, context) -> Identity:
        bearer = key = None
        for name, value in context.invocation_metadata() or ():
            if name == AUTHORIZATION_HEADER and "jwt" in self.modes:
                if bearer is not None:
                    raise Refused(INVALID_BEARER_TOKEN, "more than one authorization header")
                bearer = value
            elif name == API_KEY_HEADER and "api-key" in self.modes:
                if key is not None:
                    raise Refused(INVALID_API_KEY, "more than one x-api-key header")
                key = value
        found: list[Identity] = []
        if bearer is not None:
            found.append(await self._jwt(_text(bearer)))
        if key is not None:
            found.append(self._api_key(_text(key)))
        if "mtls" in self.modes:
            identity = self._certificate(context)
            if identity is not None:
                found.append(identity)
        if not found:
            raise Refused(MISSING_CREDENTIALS, f"missing credentials: send {self._expected()}")
        return found[0]

    async def _jwt(self, header: str) -> Identity:
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Refused(INVALID_BEARER_TOKEN,
                          "invalid authorization header: expected `Bearer <token>`")
        try:
            verified = await self.verifier.verify(token.strip())
        except tokens.TokenRejected as rejected:
            raise Refused(INVALID_BEARER_TOKEN, f"invalid bearer token: {rejected.message}",
                          tokenFailure=rejected.reason.name) from None
        pool = tokens.pool_of_issuer(verified.issuer) or verified.issuer
        return Identity("jwt", f"{pool}/{verified.username}", groups=verified.groups,
                        scopes=verified.scopes, issuer=verified.issuer,
                        username=verified.username, subject=verified.subject)

    def _api_key(self, key: str) -> Identity:
        principal = self.api_keys.principal_for(key) if self.api_keys else None
        if principal is None:
            raise Refused(INVALID_API_KEY, "invalid API key")
        return Identity("api-key", principal)

    @staticmethod
    def _certificate(context) -> Identity | None:
        auth = context.auth_context() or {}
        # grpc core names the verified subject x509_subject (RFC 2253, e.g. CN=a,O=b); older
        # releases and other docs say x509_subject_name.
        subjects = auth.get("x509_subject") or auth.get("x509_subject_name") or ()
        if not subjects:
            return None
        subject = _text(subjects[0])
        common = [_text(cn) for cn in auth.get("x509_common_name") or ()]
        return Identity("mtls", subject, aliases=tuple(f"CN={cn}" for cn in common) +
                        tuple(common))


# --- the interceptor --------------------------------------------------------------------

class AuthInterceptor(WrappingInterceptor):
    def __init__(self, authenticator: Authenticator, policy: Policy):
        super().__init__()
        self.authenticator = authenticator
        self.policy = policy

    async def _admit(self, method: str, context) -> None:
        call = calls.current.get()
        try:
            identity = await self.authenticator.authenticate(context)
        except Refused as refused:
            await _refuse(context, call, grpc.StatusCode.UNAUTHENTICATED, refused, method)
        if call is not None:
            call.principal = identity.name
        if not self.policy.allows(identity, method):
            await _refuse(context, call, grpc.StatusCode.PERMISSION_DENIED, Refused(
                METHOD_NOT_ALLOWED, f"permission denied: not allowed to call "
                                    f"{method.lstrip('/')}"), method)

    def unary(self, behavior, method):
        if self.policy.is_exempt(method):
            return behavior

        async def guarded(request, context):
            await self._admit(method, context)
            return await behavior(request, context)
        return guarded

    def stream(self, behavior, method):
        if self.policy.is_exempt(method):
            return behavior

        async def guarded(request, context):
            await self._admit(method, context)
            async for response in behavior(request, context):
                yield response
        return guarded

    def bidi(self, behavior, method):
        if self.policy.is_exempt(method):
            return behavior

        async def guarded(request_iterator, context):
            await self._admit(method, context)
            async for response in behavior(request_iterator, context):
                yield response
        return guarded


async def _refuse(context, call, code: grpc.StatusCode, refused: Refused, method: str):
    request_id = call.request_id if call is not None else ""
    status = errors.build_status(
        code, refused.message, refused.reason,
        {"requestId": request_id, "method": method.lstrip("/"), **refused.metadata})
    await calls.abort(context, errors.grpc_status(status))


# --- assembly ---------------------------------------------------------------------------

def from_settings(settings, verifier: tokens.Verifier | None,
                  methods: Iterable[str]) -> AuthInterceptor | None:
    """The interceptor for the configured modes, or None for --auth none. Raises ConfigError
    for unreadable or inconsistent key and policy files."""
    if not settings.auth:  # an empty list is a mistake, never "no auth"
        raise ConfigError("--auth: no mode given")
    modes = set(settings.auth) - {"none"}
    if not modes:
        if settings.policy_file:
            raise ConfigError("--policy-file needs an --auth mode other than none")
        return None
    if "jwt" in modes and not settings.jwt_client_ids:
        raise ConfigError("--auth jwt needs --jwt-client-ids (the app clients whose tokens "
                          "are accepted)")
    if "jwt" in modes and verifier is None:
        raise ConfigError("--auth jwt needs a token verifier")
    if "jwt" in modes:
        _check_signing_keys(settings, verifier)
    policy = Policy.load(settings.policy_file, methods,
                         settings.jwt_issuers if "jwt" in modes else ())
    api_keys = ApiKeys.from_settings(settings) if "api-key" in modes else None
    log.info("auth", modes=sorted(modes), policy=settings.policy_file or "(none: every "
             "authenticated caller may call every method)",
             api_keys=len(api_keys) if api_keys else 0)
    return AuthInterceptor(Authenticator(modes, api_keys=api_keys, verifier=verifier), policy)


def _check_signing_keys(settings, verifier: tokens.Verifier) -> None:
    """moto signs with a key whose private half ships inside moto: anyone can mint tokens
    for any pool, user and group. Said at start; off loopback, refused unless allowed."""
    if not getattr(verifier.cache.source, "key_is_public", False):
        return
    log.warning("jwt: the backend signs tokens with moto's bundled key, whose private half is "
                "public (moto/cognitoidp/resources/jwks-private.json.gz): anyone can mint a "
                "token this server accepts", backend=settings.backend)
    if not settings.insecure_allow_public_signing_key:
        require_loopback(settings.listen, "--listen",
                         f"with --auth jwt on the {settings.backend} backend: its signing key "
                         "is public, so anyone could mint tokens; set "
                         "--insecure-allow-public-signing-key to allow it")


def server_credentials(settings) -> grpc.ServerCredentials | None:
    """TLS (and, with --tls-client-ca, required client certificates) or None."""
    if not settings.tls_cert:
        return None

    def read(path: str, flag: str) -> bytes:
        try:
            return Path(path).read_bytes()
        except OSError as error:
            raise ConfigError(f"{flag}: cannot read {path}: {error.strerror}") from None

    ca = read(settings.tls_client_ca, "--tls-client-ca") if settings.tls_client_ca else None
    pair = (read(settings.tls_key, "--tls-key"), read(settings.tls_cert, "--tls-cert"))
    return grpc.ssl_server_credentials([pair], root_certificates=ca,
                                       require_client_auth=bool(ca))
