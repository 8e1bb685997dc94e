"""The authorization policy: which caller may call which methods.

The policy file (YAML, or TOML when it ends in .toml) maps callers to method patterns:
fnmatch patterns on the method name (`AdminGet*`), or on `package.Service/Method` when they
contain a slash. Each kind of caller has its own section, so a JWT user cannot take the name
of an API key or a certificate, and JWT callers are named per pool, since two pools may both
have a `bob` and an `admins` group:

    roles:                       # named lists of patterns, usable in any section below
      reader: Describe* List* Get* AdminGet*
    api_keys:                    # API-key principals, as named in the keys file
      ci: [reader]
    certificates:                # mTLS: the client certificate's subject (RFC 2253) or CN
      ops-console: ["*"]
    jwt:                         # JWT callers, by trusted pool: its id or its issuer URL
      us-east-1_AbC123:
        users:                   # username (access token `username`)
          alice: [reader, AdminResetUserPassword]
        subs:                    # sub (a username never matches here)
          0b6e1c1a-0000-4000-8000-000000000001: ["*"]
        groups:                  # cognito:groups
          admins: ["*"]
        scopes:                  # scope (access tokens)
          cognito-grpc/read: [reader]
    authenticated: [VerifyToken]  # any authenticated caller
    exempt:                      # no credentials needed (this is the default)
      - grpc.health.v1.Health/*
      - grpc.reflection.v1alpha.ServerReflection/*  # the only reflection grpcio serves

A name that is a role expands to its patterns; a pattern that matches no method is refused
at startup, so a typo cannot silently grant nothing (or everything). So is any policy whose
JWT names do not say which trusted pool they belong to: top-level `users`, `groups` or
`scopes`, a pool that is not among --jwt-issuers, or one pool named twice (by id and URL).
"""

from __future__ import annotations

import dataclasses
import fnmatch
import tomllib
from pathlib import Path
from typing import Iterable

import yaml

from cognito_grpc import tokens
from cognito_grpc.interceptors import HEALTH_SERVICE, REFLECTION_SERVICES
from cognito_grpc.settings import ConfigError

DEFAULT_EXEMPT = (f"{HEALTH_SERVICE}/*", *(f"{name}/*" for name in REFLECTION_SERVICES))
_NAMED_SECTIONS = ("api_keys", "certificates")
JWT_SECTIONS = ("users", "subs", "groups", "scopes")
_SECTIONS = ("roles", *_NAMED_SECTIONS, "jwt", "authenticated", "exempt")
# Services a policy may expect that this server does not serve, and what to name instead.
_UNSERVED = {"grpc.reflection.v1.ServerReflection": (
    " (grpcio-reflection serves reflection as grpc.reflection.v1alpha.ServerReflection only: "
    "exempt grpc.reflection.v1alpha.ServerReflection/*)")}
_UNQUALIFIED = ("users", "groups", "scopes", "subs")  # the format before pools were named


@dataclasses.dataclass(frozen=True)
class Identity:
    kind: str  # api-key | jwt | mtls
    name: str  # what logs show as the principal
    aliases: tuple[str, ...] = ()  # other names the policy may use (certificate CN)
    groups: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    issuer: str = ""  # JWT: the verified iss
    username: str = ""  # JWT
    subject: str = ""  # JWT: sub


def _patterns(value, where: str) -> tuple[str, ...]:
    """A list of names, or one string of space-separated names."""
    if isinstance(value, str):
        items = value.split()
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        items = [part for v in value for part in v.split()]
    else:
        raise ConfigError(f"policy: {where}: expected a list of method patterns or roles")
    return tuple(items)


def _matches(pattern: str, method: str) -> bool:
    """`AdminGet*` matches the method name; a pattern with a / matches `pkg.Service/Method`."""
    service_method = method.lstrip("/")
    target = service_method if "/" in pattern else service_method.rsplit("/", 1)[-1]
    return fnmatch.fnmatchcase(target, pattern)


def _mapping(value, where: str, what: str) -> dict:
    value = value or {}
    if not isinstance(value, dict):
        raise ConfigError(f"policy: {where}: expected a mapping of {what}")
    return value


def _trusted_issuer(name: str, issuers: Iterable[str]) -> str | None:
    """The trusted issuer a policy's pool key names: the issuer URL itself, or its pool id."""
    for issuer in issuers:
        if name == issuer or name == tokens.pool_of_issuer(issuer):
            return issuer
    return None


@dataclasses.dataclass(frozen=True)
class Policy:
    """Who may call what. Without a policy file every authenticated caller may call every
    method; health and reflection are exempt (callable without credentials) unless the
    file's `exempt` list says otherwise.

    `grants` holds `api_keys` and `certificates` (name → patterns), and `jwt`: issuer →
    section (users, subs, groups, scopes) → name → patterns."""

    grants: dict = dataclasses.field(default_factory=dict)
    authenticated: tuple[str, ...] = ("*",)
    exempt: tuple[str, ...] = DEFAULT_EXEMPT

    @classmethod
    def load(cls, path: str, methods: Iterable[str] = (),
             issuers: Iterable[str] = ()) -> "Policy":
        """`issuers`: the trusted JWT issuers the `jwt` section may name."""
        if not path:
            return cls()
        try:
            text = Path(path).read_text()
        except OSError as error:
            raise ConfigError(f"--policy-file: cannot read {path}: {error.strerror}") from None
        try:
            data = tomllib.loads(text) if path.endswith(".toml") else yaml.safe_load(text)
        except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"--policy-file: {path}: not valid "
                              f"{'TOML' if path.endswith('.toml') else 'YAML'}: "
                              f"{str(error).splitlines()[0]}") from None
        return cls.from_dict(data or {}, list(methods), source=path, issuers=tuple(issuers))

    @classmethod
    def from_dict(cls, data: dict, methods: list[str], source: str = "policy",
                  issuers: tuple[str, ...] = ()) -> "Policy":
        if not isinstance(data, dict):
            raise ConfigError(f"policy: {source}: expected a mapping of sections")
        unqualified = sorted(set(data) & set(_UNQUALIFIED))
        if unqualified:
            raise ConfigError(
                f"policy: {source}: {', '.join(unqualified)}: JWT callers are named per pool, "
                "so that one pool's names cannot match another's: write them under "
                "jwt: {POOL_ID: {users: ..., subs: ..., groups: ..., scopes: ...}}")
        unknown = sorted(set(data) - set(_SECTIONS))
        if unknown:
            raise ConfigError(f"policy: {source}: unknown section(s) {', '.join(unknown)} "
                              f"(known: {', '.join(_SECTIONS)})")
        roles = {str(name): _patterns(value, f"roles.{name}") for name, value in
                 _mapping(data.get("roles"), "roles", "role names to patterns").items()}

        def expand(value, where: str) -> tuple[str, ...]:
            expanded: list[str] = []
            for item in _patterns(value, where):
                for pattern in roles.get(item, (item,)):
                    if methods and not any(_matches(pattern, m) for m in methods):
                        hint = _UNSERVED.get(pattern.split("/", 1)[0], "")
                        raise ConfigError(f"policy: {where}: {pattern!r} is neither a role nor "
                                          f"a pattern matching any method{hint}")
                    expanded.append(pattern)
            return tuple(expanded)

        def table(value, where: str) -> dict[str, tuple[str, ...]]:
            return {str(name): expand(patterns, f"{where}.{name}") for name, patterns in
                    _mapping(value, where, "names to patterns").items()}

        for name, patterns in roles.items():
            expand(patterns, f"roles.{name}")
        grants: dict = {section: table(data.get(section), section)
                        for section in _NAMED_SECTIONS}
        grants["jwt"] = cls._jwt_grants(data.get("jwt"), issuers, table)
        return cls(grants=grants,
                   authenticated=expand(data.get("authenticated") or [], "authenticated"),
                   exempt=expand(data["exempt"] or [], "exempt") if "exempt" in data
                   else DEFAULT_EXEMPT)

    @staticmethod
    def _jwt_grants(value, issuers: tuple[str, ...], table) -> dict:
        grants: dict[str, dict] = {}
        for pool, sections in _mapping(value, "jwt", "trusted pools to sections").items():
            where = f"jwt.{pool}"
            issuer = _trusted_issuer(str(pool), issuers)
            if issuer is None:
                trusted = ", ".join(issuers) or "none: --auth jwt with --jwt-issuers"
                raise ConfigError(f"policy: {where}: not a trusted pool id or issuer URL "
                                  f"(trusted: {trusted})")
            if issuer in grants:
                raise ConfigError(f"policy: {where}: names a pool already named in jwt "
                                  f"({issuer}): merge the two")
            sections = _mapping(sections, where, "sections (users, subs, groups, scopes)")
            unknown = sorted(set(sections) - set(JWT_SECTIONS))
            if unknown:
                raise ConfigError(f"policy: {where}: unknown section(s) {', '.join(unknown)} "
                                  f"(known: {', '.join(JWT_SECTIONS)})")
            grants[issuer] = {section: table(sections.get(section), f"{where}.{section}")
                              for section in JWT_SECTIONS}
        return grants

    def is_exempt(self, method: str) -> bool:
        return any(_matches(pattern, method) for pattern in self.exempt)

    def patterns_for(self, identity: Identity) -> list[str]:
        found = list(self.authenticated)
        if identity.kind == "jwt":
            pool = self.grants.get("jwt", {}).get(identity.issuer, {})
            sections = [("users", (identity.username,)), ("subs", (identity.subject,)),
                        ("groups", identity.groups), ("scopes", identity.scopes)]
        else:
            pool = self.grants
            sections = [("api_keys" if identity.kind == "api-key" else "certificates",
                         (identity.name, *identity.aliases))]
        for section, keys in sections:
            entries = pool.get(section, {})
            for key in keys:
                if key:
                    found.extend(entries.get(key, ()))
        return found

    def allows(self, identity: Identity, method: str) -> bool:
        return any(_matches(pattern, method) for pattern in self.patterns_for(identity))
