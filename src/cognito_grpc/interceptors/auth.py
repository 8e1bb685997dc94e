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

import contextvars
import hashlib
import hmac
import re
from pathlib import Path
from typing import Iterable

import grpc
import structlog

from cognito_grpc import calls, errors, tokens
from cognito_grpc.revocation import RevocationCheck, Revoked, Unanswered
from cognito_grpc.interceptors import WrappingInterceptor, unread
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
REVOCATION_UNCHECKED = "REVOCATION_UNCHECKED"  # UNAVAILABLE: the backend could not say
REASONS = frozenset({MISSING_CREDENTIALS, INVALID_API_KEY, INVALID_BEARER_TOKEN,
                     INVALID_CLIENT_CERTIFICATE, METHOD_NOT_ALLOWED, REVOCATION_UNCHECKED})
REVOKED = "REVOKED"  # tokenFailure of a token the backend no longer honours


class Refused(Exception):
    def __init__(self, reason: str, message: str, *,
                 code: grpc.StatusCode = grpc.StatusCode.UNAUTHENTICATED, principal: str = "",
                 **metadata: str):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.code = code
        self.principal = principal  # who was refused, when known (PERMISSION_DENIED)
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
                 verifier: tokens.Verifier | None = None, accept_id_tokens: bool = False,
                 revocation: RevocationCheck | None = None):
        self.modes = frozenset(modes) - {"none"}
        self.api_keys = api_keys  # replaced whole when the keys file changes
        self.verifier = verifier
        self.token_use = None if accept_id_tokens else "access"
        self.revocation = revocation

    def _expected(self) -> str:
        kinds = []
        if "jwt" in self.modes:
            kinds.append("authorization: Bearer <Cognito token>")
        if "api-key" in self.modes:
            kinds.append("x-api-key")
        if "mtls" in self.modes:
            kinds.append("a client certificate")
        return " or ".join(kinds)

    async def authenticate(self, metadata, context=None,
                           time_remaining: float | None = None) -> Identity | None:
        """The caller, from the call's metadata (and, given the call's `context`, its client
        certificate); raises Refused. None: only the certificate can tell, and `context` was
        not given (before the call's handler runs, grpc offers metadata only)."""
        bearer = key = None
        for name, value in metadata or ():
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
            found.append(await self._jwt(_text(bearer), time_remaining))
        if key is not None:
            found.append(self._api_key(_text(key)))
        if "mtls" in self.modes and not found:
            # a certificate is checked by the TLS handshake; it names the caller only when
            # nothing more specific does
            if context is None:
                return None
            identity = self._certificate(context)
            if identity is not None:
                found.append(identity)
        if not found:
            raise Refused(MISSING_CREDENTIALS, f"missing credentials: send {self._expected()}")
        return found[0]

    async def _jwt(self, header: str, time_remaining: float | None) -> Identity:
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise Refused(INVALID_BEARER_TOKEN,
                          "invalid authorization header: expected `Bearer <token>`")
        try:
            verified = await self.verifier.verify(token, token_use=self.token_use)
        except tokens.TokenRejected as rejected:
            raise Refused(INVALID_BEARER_TOKEN, f"invalid bearer token: {rejected.message}",
                          tokenFailure=rejected.reason.name) from None
        groups = verified.groups
        if self.revocation is not None:
            try:
                groups = await self.revocation.current_groups(token, verified, time_remaining)
            except Revoked as revoked:
                raise Refused(INVALID_BEARER_TOKEN, f"invalid bearer token: {revoked}",
                              tokenFailure=REVOKED) from None
            except Unanswered as unanswered:
                raise Refused(REVOCATION_UNCHECKED, "cannot check whether the bearer token "
                              f"is revoked: {unanswered}", code=grpc.StatusCode.UNAVAILABLE
                              ) from None
        pool = tokens.pool_of_issuer(verified.issuer) or verified.issuer
        return Identity("jwt", f"{pool}/{verified.username}", groups=groups,
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

# The verdict on the current call, reached before grpc reads its request (each call runs in
# a task, and so a context, of its own).
_verdict: contextvars.ContextVar[Identity | Refused | None] = contextvars.ContextVar(
    "auth_verdict", default=None)


class AuthInterceptor(WrappingInterceptor):
    """Decides on each call from its metadata before grpc reads the request: a refused call
    is answered by an unread stand-in handler, so its body is never read, decoded or held.
    Only a call whose sole credential is a client certificate (which an interceptor cannot
    see) is decided once its handler runs; its connection passed the TLS handshake."""

    def __init__(self, authenticator: Authenticator, policy: Policy):
        super().__init__()
        self.authenticator = authenticator
        self.policy = policy
        self._refusers: dict[str, grpc.RpcMethodHandler] = {}

    async def intercept_service(self, continuation, handler_call_details):
        handler = await continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or self.policy.is_exempt(method):
            return handler
        verdict = await self._decide(method, handler_call_details.invocation_metadata)
        _verdict.set(verdict)
        if isinstance(verdict, Refused):
            return self.wrap(method, self._refuser(method, handler))
        return self.wrap(method, handler)

    async def _decide(self, method: str, metadata, context=None) -> Identity | Refused | None:
        remaining = context.time_remaining() if context is not None else None
        try:
            identity = await self.authenticator.authenticate(metadata, context, remaining)
        except Refused as refused:
            return refused
        if identity is not None and not self.policy.allows(identity, method):
            return Refused(METHOD_NOT_ALLOWED, f"permission denied: not allowed to call "
                           f"{method.lstrip('/')}", code=grpc.StatusCode.PERMISSION_DENIED,
                           principal=identity.name)
        return identity

    def _refuser(self, method: str, handler) -> grpc.RpcMethodHandler:
        refuser = self._refusers.get(method)
        if refuser is None:
            if handler.unary_stream:
                async def refuse(request_iterator, context):
                    await self._admit(method, context)
                    yield  # never reached: an async generator, as a stream's behavior is
            else:
                async def refuse(request_iterator, context):
                    await self._admit(method, context)
            refuser = self._refusers[method] = unread(handler, refuse)
        return refuser

    async def _admit(self, method: str, context) -> None:
        """Ends the call unless its caller may call `method`."""
        call = calls.current.get()
        verdict = _verdict.get()
        if verdict is None:  # not decided yet: a certificate's call (or a direct caller)
            verdict = await self._decide(method, context.invocation_metadata(), context)
        if isinstance(verdict, Refused):
            if call is not None and verdict.principal:
                call.principal = verdict.principal
            await _refuse(context, call, verdict, method)
        elif call is not None:
            call.principal = verdict.name

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


async def _refuse(context, call, refused: Refused, method: str):
    request_id = call.request_id if call is not None else ""
    status = errors.build_status(
        refused.code, refused.message, refused.reason,
        {"requestId": request_id, "method": method.lstrip("/"), **refused.metadata})
    await calls.abort(context, errors.grpc_status(status))


# --- assembly ---------------------------------------------------------------------------

def from_settings(settings, verifier: tokens.Verifier | None, methods: Iterable[str], *,
                  backend=None, executor=None) -> AuthInterceptor | None:
    """The interceptor for the configured modes, or None for --auth none. Raises ConfigError
    for unreadable or inconsistent key and policy files. `backend` and `executor` (the
    server's boto3 threads) serve --jwt-check-revocation."""
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
    revocation = None
    if "jwt" in modes and settings.jwt_accept_id_tokens:
        log.warning("jwt: ID tokens are accepted as bearer credentials "
                    "(--jwt-accept-id-tokens): Cognito cannot revoke them, so a signed-out, "
                    "disabled or deleted user's ID token passes until it expires")
    if "jwt" in modes and settings.jwt_check_revocation:
        if backend is None:
            raise ConfigError("--jwt-check-revocation needs the server's backend")
        revocation = RevocationCheck(lambda region: backend.client(region), executor,
                                     ttl=settings.jwt_revocation_cache_seconds)
    log.info("auth", modes=sorted(modes), policy=settings.policy_file or "(none: every "
             "authenticated caller may call every method)",
             api_keys=len(api_keys) if api_keys else 0,
             jwt_token_uses="access, id" if settings.jwt_accept_id_tokens else "access",
             jwt_revocation=(f"checked, cached {settings.jwt_revocation_cache_seconds:g} s"
                             if revocation else "not checked"))
    return AuthInterceptor(Authenticator(
        modes, api_keys=api_keys, verifier=verifier,
        accept_id_tokens=settings.jwt_accept_id_tokens, revocation=revocation), policy)


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
