"""--jwt-check-revocation: is a verified access token still good, as the backend sees it?

A signature says who a token was issued to, not whether that still holds: after a global
sign-out, a disable or a delete, Cognito refuses the token, and after a group change its
cognito:groups are stale. So the auth interceptor asks the backend, through its boto3-shaped
client: GetUser with the token itself (refused once the token is revoked, or its user
disabled or deleted), and, for a token that carries groups, AdminListGroupsForUser, whose
answer replaces the token's groups (a group the user left grants nothing).

Answers are cached for `ttl` seconds per token (a refusal too, so a flood of revoked tokens
costs one backend call each per ttl), at most `max_entries` of them; concurrent first uses of
one token share one backend call. A backend that cannot answer refuses nothing and admits
nothing: the call fails UNAVAILABLE, and nothing is cached.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import time
from typing import Callable

from botocore.exceptions import ClientError

from cognito_grpc import tokens

# What Cognito answers GetUser for a token it no longer honours.
REVOKED_CODES = frozenset({"NotAuthorizedException", "UserNotFoundException",
                           "UserNotConfirmedException", "PasswordResetRequiredException"})
_GROUPS_PAGE = 60  # AdminListGroupsForUser's largest Limit


class Revoked(Exception):
    """The backend no longer honours the token."""


class Unanswered(Exception):
    """The backend could not say (throttled, down, too slow)."""


class RevocationCheck:
    def __init__(self, client_for: Callable[[str | None], object], executor, ttl: float = 5.0,
                 max_entries: int = 10_000, timeout: float = 10.0,
                 clock: Callable[[], float] = time.monotonic):
        """`client_for(region)`: the backend's boto3-shaped client (Backend.client)."""
        self.client_for = client_for
        self.executor = executor
        self.ttl = ttl
        self.max_entries = max_entries
        self.timeout = timeout
        self.clock = clock
        self.backend_calls = 0  # GetUser calls made, for tests and the benchmark
        self._answers: collections.OrderedDict[bytes, tuple[float, object]] = \
            collections.OrderedDict()
        self._pending: dict[bytes, asyncio.Future] = {}

    async def current_groups(self, token: str, verified: tokens.VerifiedToken,
                             timeout: float | None = None) -> tuple[str, ...]:
        """The groups the token's user is in now (the token's own, less those left); raises
        Revoked or Unanswered."""
        key = hashlib.sha256(token.encode()).digest()  # the cache never holds a token
        answer = self._cached(key)
        if answer is None:
            pending = self._pending.get(key)
            if pending is None:
                pending = asyncio.ensure_future(self._ask(token, verified, timeout))
                self._pending[key] = pending
                pending.add_done_callback(lambda _: self._pending.pop(key, None))
            answer = await asyncio.shield(pending)
            if isinstance(answer, (tuple, Revoked)):
                self._remember(key, answer)
        if isinstance(answer, BaseException):
            raise type(answer)(*answer.args)  # a fresh one: the cached answer is shared
        return answer

    def _cached(self, key: bytes):
        entry = self._answers.get(key)
        if entry is None:
            return None
        expires_at, answer = entry
        if self.clock() >= expires_at:
            del self._answers[key]
            return None
        return answer

    def _remember(self, key: bytes, answer) -> None:
        if self.ttl <= 0:
            return
        self._answers[key] = (self.clock() + self.ttl, answer)
        self._answers.move_to_end(key)
        while len(self._answers) > self.max_entries:
            self._answers.popitem(last=False)

    async def _ask(self, token: str, verified: tokens.VerifiedToken, timeout: float | None):
        """The answer as a value (groups, Revoked or Unanswered), so waiters can share it."""
        loop = asyncio.get_running_loop()
        limit = self.timeout if timeout is None else max(0.0, min(self.timeout, timeout))
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(self.executor, self._ask_backend, token, verified),
                timeout=limit)
        except asyncio.TimeoutError:
            return Unanswered("the backend did not answer in time")

    def _ask_backend(self, token: str, verified: tokens.VerifiedToken):
        pool = tokens.pool_of_issuer(verified.issuer)
        try:
            client = self.client_for(tokens.region_of_pool(pool) if pool else None)
            self.backend_calls += 1
            user = client.get_user(AccessToken=token)
            if not verified.groups:
                return ()
            if pool is None:  # not a Cognito issuer: no pool to ask about groups
                return Unanswered("cannot look up the groups of a non-Cognito issuer")
            return tuple(g for g in verified.groups
                         if g in self._groups(client, pool, user["Username"]))
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code", "")
            if code in REVOKED_CODES:
                return Revoked("the token has been revoked, or its user disabled or deleted")
            return Unanswered(f"the backend answered {code or 'an error'}")
        except Exception as error:  # BotoCoreError, a deadline, the backend's own failure
            return Unanswered(f"the backend did not answer ({type(error).__name__})")

    @staticmethod
    def _groups(client, pool: str, username: str) -> set[str]:
        groups: set[str] = set()
        params = {"UserPoolId": pool, "Username": username, "Limit": _GROUPS_PAGE}
        while True:
            page = client.admin_list_groups_for_user(**params)
            groups.update(g["GroupName"] for g in page.get("Groups", ()))
            if not page.get("NextToken"):
                return groups
            params["NextToken"] = page["NextToken"]
