"""Cognito JWT verification: a JWKS cache and the checks, shared by TokenVerifierService and
the auth interceptor's JWT mode.

A token passes when, in this order:
  1. it is a compact JWS with JSON header and claims, of sane size;
  2. its header says alg RS256 (so `none` and HS256-with-the-public-key are refused before
     any key is touched) and names a kid;
  3. its `iss` is a trusted issuer (checked before any JWKS is fetched for it);
  4. the issuer's JWKS has the kid (fetched once, cached, refetched on an unknown kid at most
     once per refresh interval);
  5. the RS256 signature verifies against that RSA key;
  6. exp, nbf and iat hold, with the leeway; token_use is access or id (and the one asked
     for); the app client (`client_id` of access tokens, `aud` of ID tokens) is allowed;
     the required groups and scopes are all present.

A refusal is a TokenRejected with a Reason and a message; neither ever quotes the token.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import enum
import json
import re
import time
import urllib.error
import urllib.request
from typing import Callable, Iterable, Protocol

from joserfc import jws
from joserfc.jwk import RSAKey

from cognito_grpc.backends import MOTO_MODES

ALGORITHM = "RS256"
TOKEN_USES = ("access", "id")
# The largest token Cognito's quotas let it issue, with room to spare: an ID token carries
# every attribute of the user, up to 50 custom and the 20 standard ones of 2,048 characters
# (three UTF-8 bytes each at most), and up to 100 groups of 128 characters: about 470 KB of
# claims, 630 KB as base64url. Bearer tokens are bounded by grpc's metadata limit long before.
MAX_TOKEN_BYTES = 1024 * 1024
_MAX_CLAIM_DEPTH = 16  # Cognito's claims are flat; anything this deep is no Cognito token
_LATEST_TIME = 253402300799  # 9999-12-31T23:59:59Z: the last second a Timestamp can hold
MAX_JWKS_BYTES = 1024 * 1024
FAILED_FETCH_BACKOFF = 5.0  # seconds; a failed fetch is retried sooner than a refresh
_POOL_ID = re.compile(r"^(?P<region>[a-z]{2}(?:-[a-z]+)+-\d{1,2})_[0-9A-Za-z]{1,55}$")
# Cognito's issuer hosts: the classic one, and the one pools created for its newer issuer
# use (https://issuer-cognito-idp.REGION.amazonaws.com/POOL_ID); both are AWS's own.
_TRUSTED_HOSTS = ("cognito-idp.{region}.amazonaws.com",
                  "issuer-cognito-idp.{region}.amazonaws.com")


class Reason(enum.Enum):
    """Why a token was refused; the names are FailureReason's, without its prefix."""

    MALFORMED = "malformed"
    UNSUPPORTED_ALGORITHM = "unsupported algorithm"
    UNTRUSTED_ISSUER = "untrusted issuer"
    UNKNOWN_KEY = "unknown key"
    JWKS_UNAVAILABLE = "JWKS unavailable"
    BAD_SIGNATURE = "bad signature"
    EXPIRED = "expired"
    NOT_YET_VALID = "not yet valid"
    WRONG_TOKEN_USE = "wrong token use"
    CLIENT_NOT_ALLOWED = "client not allowed"
    MISSING_GROUP = "missing group"
    MISSING_SCOPE = "missing scope"
    INVALID_CLAIM = "invalid claim"


class TokenRejected(Exception):
    def __init__(self, reason: Reason, message: str):
        super().__init__(f"{reason.value}: {message}")
        self.reason = reason
        self.message = message


@dataclasses.dataclass(frozen=True)
class VerifiedToken:
    claims: dict
    token_use: str
    issuer: str
    subject: str
    client_id: str
    username: str
    groups: tuple[str, ...]
    scopes: tuple[str, ...]
    expires_at: float
    issued_at: float


# --- issuers ----------------------------------------------------------------------------

def region_of_pool(user_pool_id: str) -> str:
    match = _POOL_ID.match(user_pool_id)
    if not match:
        raise ValueError("not a user pool id (region_id, e.g. us-east-1_AbC123)")
    return match.group("region")


def issuers_for(user_pool_id: str) -> tuple[str, ...]:
    """`us-east-1_AbC` → its issuer URLs: the classic
    `https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC` (what moto puts in `iss`),
    then `https://issuer-cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC`, which pools
    configured for Cognito's newer issuer put there. A pool signs with one of the two; its
    JWKS, fetched from that issuer, decides the signature either way."""
    region = region_of_pool(user_pool_id)
    return tuple(f"https://{host.format(region=region)}/{user_pool_id}"
                 for host in _TRUSTED_HOSTS)


def issuer_for(user_pool_id: str) -> str:
    """The pool's classic issuer URL (see issuers_for)."""
    return issuers_for(user_pool_id)[0]


def pool_of_issuer(issuer: str) -> str | None:
    """The user pool id of a Cognito issuer URL (either form), else None."""
    prefix, _, pool = issuer.rpartition("/")
    if _POOL_ID.match(pool) and prefix in ("https://" + host.format(region=region_of_pool(pool))
                                           for host in _TRUSTED_HOSTS):
        return pool
    return None


# --- where keys come from ---------------------------------------------------------------

class JwksSource(Protocol):
    def fetch(self, issuer: str) -> dict:
        """The issuer's JWKS document (blocking; run in a thread). Raises on any failure."""


class HttpJwksSource:
    """`{issuer}/.well-known/jwks.json` over HTTPS (real Cognito), or, with `endpoint_url`,
    `{endpoint_url}/{pool id}/.well-known/jwks.json` for Cognito issuers (where moto's server
    and LocalStack serve it); other issuers always use their own URL."""

    def __init__(self, endpoint_url: str = "", timeout: float = 5.0):
        self.endpoint_url = endpoint_url.rstrip("/")
        self.timeout = timeout

    def url_for(self, issuer: str) -> str:
        pool = pool_of_issuer(issuer)
        if self.endpoint_url and pool:
            return f"{self.endpoint_url}/{pool}/.well-known/jwks.json"
        if not issuer.startswith("https://"):
            raise ValueError("issuer is not an https URL")
        return issuer.rstrip("/") + "/.well-known/jwks.json"

    def fetch(self, issuer: str) -> dict:
        request = urllib.request.Request(self.url_for(issuer),
                                         headers={"Accept": "application/json"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
            body = response.read(MAX_JWKS_BYTES + 1)
        if len(body) > MAX_JWKS_BYTES:
            raise ValueError("JWKS document too large")
        return json.loads(body)


class MotoJwksSource:
    """moto's keys: moto signs every pool's tokens with one key bundled in its package, whose
    private half ships next to it (cognitoidp/resources/jwks-private.json.gz). Anyone can mint
    tokens this source accepts: `key_is_public` makes the server say so, and keep such a
    verifier off non-loopback addresses unless told otherwise."""

    key_is_public = True

    def __init__(self) -> None:
        self._jwks: dict | None = None

    def fetch(self, issuer: str) -> dict:
        if self._jwks is None:
            from moto.utilities.utils import load_resource

            self._jwks = load_resource("cognitoidp/resources/jwks-public.json")
        return self._jwks


class CallableJwksSource:
    """The JWKS a callable gives for an issuer: the embedded engine's own per-pool keys."""

    def __init__(self, provider: Callable[[str], dict]):
        self.provider = provider

    def fetch(self, issuer: str) -> dict:
        return self.provider(issuer)


class StaticJwksSource:
    """A fixed JWKS per issuer (tests, air-gapped deployments)."""

    def __init__(self, documents: dict[str, dict]):
        self.documents = documents

    def fetch(self, issuer: str) -> dict:
        return self.documents[issuer]


def source_for_backend(mode: str, endpoint_url: str = "",
                       jwks_provider: Callable[[str], dict] | None = None) -> JwksSource:
    """Where the keys of `mode`'s issuers come from. `jwks_provider` (issuer → JWKS dict), when
    given, is the backend's own key store and wins; without one, moto's modes use moto's
    bundled key, and aws and endpoint the issuer's published JWKS."""
    if jwks_provider is not None:
        return CallableJwksSource(jwks_provider)
    if mode in MOTO_MODES:
        return MotoJwksSource()
    return HttpJwksSource(endpoint_url if mode == "endpoint" else "")


def rsa_keys(document: object) -> dict[str, RSAKey]:
    """The signing RSA keys of a JWKS by kid; anything else (oct, EC, enc keys) is ignored,
    so no symmetric key can ever verify a token."""
    keys: dict[str, RSAKey] = {}
    entries = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ValueError("not a JWKS document")
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("kty") != "RSA":
            continue
        if entry.get("alg", ALGORITHM) != ALGORITHM or entry.get("use", "sig") != "sig":
            continue
        kid = entry.get("kid")
        if not isinstance(kid, str) or "d" in entry:  # never a private key
            continue
        try:
            keys[kid] = RSAKey.import_key({k: entry[k] for k in ("kty", "n", "e")})
        except Exception:  # a broken entry spoils only itself
            continue
    return keys


# --- the cache --------------------------------------------------------------------------

@dataclasses.dataclass
class _Entry:
    keys: dict[str, RSAKey] = dataclasses.field(default_factory=dict)
    fetched_at: float | None = None  # monotonic time of the last attempt
    failed: bool = False
    lock: asyncio.Lock = dataclasses.field(default_factory=asyncio.Lock)


class JwksCache:
    """Keys per issuer: fetched on first use, refetched on an unknown kid no more than once
    per `refresh_interval` (and a failed fetch no more than once per FAILED_FETCH_BACKOFF),
    so a flood of tokens with made-up kids costs one fetch per interval."""

    def __init__(self, source: JwksSource, refresh_interval: float = 60.0,
                 max_issuers: int = 256, clock: Callable[[], float] = time.monotonic):
        self.source = source
        self.refresh_interval = refresh_interval
        self.max_issuers = max_issuers
        self.clock = clock
        self.fetches = 0  # attempts, for tests and metrics
        self._entries: collections.OrderedDict[str, _Entry] = collections.OrderedDict()

    def _entry(self, issuer: str) -> _Entry:
        entry = self._entries.get(issuer)
        if entry is None:
            entry = self._entries[issuer] = _Entry()
            while len(self._entries) > self.max_issuers:
                self._entries.popitem(last=False)
        else:
            self._entries.move_to_end(issuer)
        return entry

    def cached(self, issuer: str, kid: str) -> RSAKey | None:
        entry = self._entries.get(issuer)
        return entry.keys.get(kid) if entry is not None else None

    async def key(self, issuer: str, kid: str) -> RSAKey:
        key = self.cached(issuer, kid)
        if key is not None:
            return key
        entry = self._entry(issuer)
        async with entry.lock:  # one fetch per issuer at a time; waiters reuse its result
            key = entry.keys.get(kid)
            if key is not None:
                return key
            if not self._may_fetch(entry):
                raise self._missing(entry)
            entry.fetched_at = self.clock()
            self.fetches += 1
            loop = asyncio.get_running_loop()
            try:
                document = await loop.run_in_executor(None, self.source.fetch, issuer)
                entry.keys, entry.failed = rsa_keys(document), False
            except Exception as error:
                entry.failed = True
                raise TokenRejected(Reason.JWKS_UNAVAILABLE,
                                    f"cannot fetch the issuer's JWKS ({type(error).__name__})"
                                    ) from None
            key = entry.keys.get(kid)
            if key is None:
                raise self._missing(entry)
            return key

    def _may_fetch(self, entry: _Entry) -> bool:
        if entry.fetched_at is None:
            return True
        wait = min(self.refresh_interval, FAILED_FETCH_BACKOFF) if entry.failed \
            else self.refresh_interval
        return self.clock() - entry.fetched_at >= wait

    @staticmethod
    def _missing(entry: _Entry) -> TokenRejected:
        if entry.failed:
            return TokenRejected(Reason.JWKS_UNAVAILABLE, "the issuer's JWKS is unavailable")
        return TokenRejected(Reason.UNKNOWN_KEY, "the token's kid is not in the issuer's JWKS")


# --- the verifier -----------------------------------------------------------------------

def _number(claims: dict, name: str, required: bool) -> float | None:
    value = claims.get(name)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TokenRejected(Reason.INVALID_CLAIM, f"{name} must be a number")
    if not 0 <= value <= _LATEST_TIME:  # NaN fails this too: a NaN exp would never expire
        raise TokenRejected(Reason.INVALID_CLAIM, f"{name} is not a time in seconds")
    return float(value)


def _plain(value, depth: int = 0) -> bool:
    """JSON that a protobuf Struct can carry: shallow, UTF-8 strings, numbers a double holds
    (the parser already refused NaN and the infinities)."""
    if depth > _MAX_CLAIM_DEPTH:
        return False
    if isinstance(value, str):
        try:
            value.encode("utf-8")  # a lone surrogate from a \ud800 escape cannot be
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(_plain(k, depth + 1) and _plain(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v, depth + 1) for v in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) < 2 ** 1023
    return True


def _no_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def _string(claims: dict, name: str) -> str:
    value = claims.get(name)
    if not isinstance(value, str) or not value:
        raise TokenRejected(Reason.INVALID_CLAIM, f"{name} is missing")
    return value


def _shown(value: str, limit: int = 120) -> str:
    return value if len(value) <= limit and value.isprintable() else value[:limit].encode(
        "ascii", "backslashreplace").decode() + "…"


class Verifier:
    """Verifies Cognito JWTs. `issuers` and `client_ids` are the defaults each call may
    replace; an empty allowed list refuses everything (fail closed).

    A token whose signature verified is remembered (the most recent `remembered` of them),
    so a client sending the same token on every call pays for the RSA check once. The claim
    checks still run on every call, and a remembered token counts only while the key that
    verified it is still the issuer's key for its kid."""

    REMEMBERED = 1024

    def __init__(self, cache: JwksCache, *, issuers: Iterable[str] = (),
                 client_ids: Iterable[str] = (), leeway: float = 30.0,
                 clock: Callable[[], float] = time.time, remembered: int | None = None):
        self.cache = cache
        self.issuers = frozenset(issuers)
        self.client_ids = frozenset(client_ids)
        self.leeway = leeway
        self.clock = clock
        self.remembered = self.REMEMBERED if remembered is None else remembered
        self._verified: collections.OrderedDict[str, tuple[RSAKey, str, str, dict]] = \
            collections.OrderedDict()

    @classmethod
    def from_settings(cls, settings, jwks_provider: Callable[[str], dict] | None = None
                      ) -> "Verifier":
        source = source_for_backend(settings.backend, settings.endpoint_url, jwks_provider)
        return cls(JwksCache(source, settings.jwks_refresh_interval),
                   issuers=settings.jwt_issuers, client_ids=settings.jwt_client_ids,
                   leeway=settings.jwt_leeway)

    async def verify(self, token: str, *, issuers: Iterable[str] | None = None,
                     client_ids: Iterable[str] | None = None, token_use: str | None = None,
                     required_groups: Iterable[str] = (),
                     required_scopes: Iterable[str] = ()) -> VerifiedToken:
        """The verified token, or TokenRejected."""
        trusted = self.issuers if issuers is None else frozenset(issuers)
        known = self._verified.get(token) if isinstance(token, str) else None
        if known is not None:
            key, issuer, kid, claims = known
            if issuer in trusted and self.cache.cached(issuer, kid) is key:
                self._verified.move_to_end(token)
                return self._check_claims(dict(claims), issuer, client_ids, token_use,
                                          required_groups, required_scopes)
        signed, header, claims = _parse(token)
        if header.get("alg") != ALGORITHM:
            alg = header.get("alg")
            shown = _shown(alg, 20) if isinstance(alg, str) else type(alg).__name__
            raise TokenRejected(Reason.UNSUPPORTED_ALGORITHM,
                                f"alg {shown!r} is not accepted; Cognito signs with RS256")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise TokenRejected(Reason.MALFORMED, "the header has no kid")
        issuer = claims.get("iss")
        if not isinstance(issuer, str) or issuer not in trusted:
            shown = _shown(issuer) if isinstance(issuer, str) else "missing"
            raise TokenRejected(Reason.UNTRUSTED_ISSUER, f"issuer {shown} is not trusted")
        key = self.cache.cached(issuer, kid) or await self.cache.key(issuer, kid)
        try:
            valid = jws.validate_compact(signed, key, algorithms=[ALGORITHM])
        except Exception:  # a signature of the wrong length, say
            valid = False
        if not valid:
            raise TokenRejected(Reason.BAD_SIGNATURE, "the signature does not verify")
        if self.remembered:
            self._verified[token] = (key, issuer, kid, claims)
            if len(self._verified) > self.remembered:
                self._verified.popitem(last=False)
        return self._check_claims(dict(claims), issuer, client_ids, token_use, required_groups,
                                  required_scopes)

    def _check_claims(self, claims, issuer, client_ids, token_use, required_groups,
                      required_scopes) -> VerifiedToken:
        now = self.clock()
        expires_at = _number(claims, "exp", required=True)
        if now - self.leeway >= expires_at:
            raise TokenRejected(Reason.EXPIRED, f"expired {int(now - expires_at)} s ago")
        not_before = _number(claims, "nbf", required=False)
        if not_before is not None and now + self.leeway < not_before:
            raise TokenRejected(Reason.NOT_YET_VALID, "nbf is in the future")
        issued_at = _number(claims, "iat", required=True)
        if now + self.leeway < issued_at:
            raise TokenRejected(Reason.NOT_YET_VALID, "iat is in the future")
        use = claims.get("token_use")
        if use not in TOKEN_USES:
            raise TokenRejected(Reason.INVALID_CLAIM, "token_use is neither access nor id")
        if token_use and use != token_use:
            raise TokenRejected(Reason.WRONG_TOKEN_USE, f"an {use} token, not an {token_use} "
                                                        "token")
        # Cognito issues one app client, as a string, in both; RFC 7519 allows an `aud` list,
        # but a list (of any length) is no Cognito token, so every list is refused alike.
        client_id = claims.get("client_id") if use == "access" else claims.get("aud")
        if not isinstance(client_id, str) or not client_id:
            name = "client_id" if use == "access" else "aud"
            raise TokenRejected(Reason.INVALID_CLAIM, f"{name} must name one app client, as a "
                                                      "string (Cognito never issues a list)")
        allowed = self.client_ids if client_ids is None else frozenset(client_ids)
        if client_id not in allowed:
            raise TokenRejected(Reason.CLIENT_NOT_ALLOWED,
                                f"app client {_shown(client_id, 64)} is not allowed")
        subject = _string(claims, "sub")
        groups = claims.get("cognito:groups", [])
        if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
            raise TokenRejected(Reason.INVALID_CLAIM, "cognito:groups must be a list of strings")
        missing = [g for g in required_groups if g not in groups]
        if missing:
            raise TokenRejected(Reason.MISSING_GROUP, "not in group(s) " + ", ".join(missing))
        scope = claims.get("scope", "")
        if not isinstance(scope, str):
            raise TokenRejected(Reason.INVALID_CLAIM, "scope must be a string")
        scopes = tuple(scope.split())
        missing = [s for s in required_scopes if s not in scopes]
        if missing:
            raise TokenRejected(Reason.MISSING_SCOPE, "lacks scope(s) " + ", ".join(missing))
        username = claims.get("username" if use == "access" else "cognito:username")
        return VerifiedToken(
            claims=claims, token_use=use, issuer=issuer, subject=subject, client_id=client_id,
            username=username if isinstance(username, str) else subject, groups=tuple(groups),
            scopes=scopes, expires_at=expires_at, issued_at=issued_at)


def _parse(token: object):
    """(the parsed JWS, header, claims); TokenRejected(MALFORMED) for anything else."""
    if not isinstance(token, str) or not token:
        raise TokenRejected(Reason.MALFORMED, "no token")
    if len(token) > MAX_TOKEN_BYTES:
        raise TokenRejected(Reason.MALFORMED, f"longer than {MAX_TOKEN_BYTES} bytes")
    if token.count(".") != 2:
        raise TokenRejected(Reason.MALFORMED, "not a compact JWS (three dot-separated parts)")
    try:
        signed = jws.extract_compact(token.encode("ascii"))
        claims = json.loads(signed.payload, parse_constant=_no_constant)
    except Exception:  # RecursionError too, for claims nested past the parser's depth
        raise TokenRejected(Reason.MALFORMED, "the header or claims are not base64url JSON"
                            ) from None
    header = signed.protected
    if not isinstance(header, dict) or not isinstance(claims, dict):
        raise TokenRejected(Reason.MALFORMED, "the header or claims are not JSON objects")
    if not _plain(claims):
        raise TokenRejected(Reason.MALFORMED, "the claims are nested too deep, or hold text "
                                              "that is not UTF-8 or a number out of range")
    if "crit" in header or "b64" in header:
        raise TokenRejected(Reason.MALFORMED, "critical header parameters are not supported")
    return signed, header, claims
