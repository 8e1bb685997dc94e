"""The trust layer's cost against its baselines, all measured in this one run.

- VerifyToken at concurrency 16: calls/s and p99, against the no-op RPC (grpc.health.v1
  Check) on the same server. Target: >= 2,000 calls/s.
- The auth interceptor: AdminGetUser p50 at concurrency 1 with API-key and with JWT bearer
  authentication, against the same call on a server with auth off. Target: <= 10 % added.
- --jwt-check-revocation: the same, with the revocation check answered from its cache (hit)
  and asking the backend on every call (miss, cache 0 s). No target: it is a trade.

Each setup is a real `cognito-grpc serve` process (embedded backend) on loopback; the load
comes from grpc.aio in this process, sending pre-serialized bytes so the client spends as
little CPU as it can (on two cores it shares the machine with the server). Latency rounds
alternate between the setups, each round starting with the next one, so drift on a shared
machine hits them alike; the in-process cost of the auth check itself is printed too.

    python bench/bench_trust.py [--seconds 1] [--rounds 8] [--replicas 2] [--throughput-rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import itertools
import json
import os
import statistics
import sys
import time
from pathlib import Path

import boto3
import grpc
from cognito.idp.v1 import messages_pb2, service_pb2_grpc
from cognito.tokens.v1 import token_verifier_pb2
from moto import mock_aws

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from cognito_grpc import tokens  # noqa: E402
from cognito_grpc_client.codec import from_aws, to_aws  # noqa: E402
from bench.load import Result, run_aio  # noqa: E402
from tests.conftest import ServerProcess  # noqa: E402

PASSWORD = "Corr3ct-Horse!"
API_KEY = "bench-key-0123456789abcdef"
VERIFY_TARGET = 2000.0
AUTH_TARGET = 0.10
CHECK = "/grpc.health.v1.Health/Check"
VERIFY = "/cognito.tokens.v1.TokenVerifierService/VerifyToken"
GET_USER = "/cognito.idp.v1.CognitoIdentityProviderService/AdminGetUser"
# moto derives pool and app client ids from their parameters: the same seed gives the same
# ids here and in every server process, so a server can trust a pool before it exists.
DETERMINISTIC_IDS = {"MOTO_COGNITO_IDP_USER_POOL_ID_STRATEGY": "HASH",
                     "MOTO_COGNITO_IDP_USER_POOL_CLIENT_ID_STRATEGY": "HASH"}


# --- the client -------------------------------------------------------------------------

class Client:
    name = "grpc.aio, one channel, bytes in and out"

    def run(self, address, method, request: bytes | list[bytes], metadata, concurrency,
            seconds) -> Result:
        """`concurrency` tasks calling `method` in a loop for `seconds` (with each of the
        requests in turn, when given a list)."""
        requests = itertools.cycle(request if isinstance(request, list) else [request])

        def make_call(channel):
            rpc = channel.unary_unary(method)  # bytes in, bytes out
            return lambda: rpc(next(requests), metadata=metadata)
        return run_aio(address, make_call, concurrency, seconds, warmup=50)


# --- the setups -------------------------------------------------------------------------

def seed_params() -> tuple[dict, dict]:
    return ({"PoolName": "bench-trust"},
            {"ClientName": "bench", "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH",
                                                          "ALLOW_REFRESH_TOKEN_AUTH"]})


def expected_ids() -> tuple[str, str]:
    """The pool and client ids every server will give the seed (moto's HASH strategy)."""
    pool_params, client_params = seed_params()
    with mock_aws():
        cognito = boto3.client("cognito-idp", region_name="us-east-1")
        pool = cognito.create_user_pool(**pool_params)["UserPool"]["Id"]
        client = cognito.create_user_pool_client(UserPoolId=pool, **client_params)
        return pool, client["UserPoolClient"]["ClientId"]


def seed(address: str, metadata) -> dict:
    """The seed's pool and client, and alice, on the server; with alice's tokens."""
    with grpc.insecure_channel(address) as channel:
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)

        def call(name, params):
            request_class = getattr(messages_pb2, f"{name}Request")
            return to_aws(getattr(stub, name)(from_aws(request_class, params),
                                              metadata=metadata))

        pool_params, client_params = seed_params()
        pool = call("CreateUserPool", pool_params)["UserPool"]["Id"]
        client = call("CreateUserPoolClient", {"UserPoolId": pool, **client_params}
                      )["UserPoolClient"]["ClientId"]
        call("AdminCreateUser", {"UserPoolId": pool, "Username": "alice",
                                 "MessageAction": "SUPPRESS"})
        call("AdminSetUserPassword", {"UserPoolId": pool, "Username": "alice",
                                      "Password": PASSWORD, "Permanent": True})
        result = call("AdminInitiateAuth", {
            "UserPoolId": pool, "ClientId": client, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
            "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}})
        return {"pool": pool, "client": client, **result["AuthenticationResult"]}


def fresh_tokens(claims: dict, count: int) -> list[str]:
    """`count` distinct, valid tokens like `claims`, signed with the embedded backend's key
    (moto's bundled private JWK), as if each came from a different sign-in."""
    import uuid

    from joserfc import jws
    from joserfc.jwk import RSAKey
    from moto.utilities.utils import load_resource

    key = RSAKey.import_key(load_resource("cognitoidp/resources/jwks-private.json"))
    header = {"alg": "RS256", "kid": "dummy"}
    return [jws.serialize_compact(header, json.dumps({**claims, "jti": str(uuid.uuid4())}
                                                     ).encode(), key, algorithms=["RS256"])
            for _ in range(count)]


def claims_of(token: str) -> dict:
    import base64

    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def auth_costs(pool: str, client_id: str, access_token: str, calls: int = 5000) -> dict:
    """Seconds per call of the auth interceptor's check alone, in this process: what the
    end-to-end figures above contain, without the noise of a shared machine."""
    from cognito_grpc import settings as config
    from cognito_grpc.interceptors import auth
    from cognito_grpc.interceptors import logging as logging_interceptor

    class Context:
        def __init__(self, metadata):
            self.metadata = metadata

        def invocation_metadata(self):
            return self.metadata

        def auth_context(self):
            return {}

        def time_remaining(self):
            return None

    settings = config.Settings(auth=("api-key", "jwt"), api_keys=f"{API_KEY}=bench",
                               jwt_issuers=(tokens.issuer_for(pool),),
                               jwt_client_ids=(client_id,))
    logging_interceptor.configure("warning", "json", stream=io.StringIO())
    verifier = tokens.Verifier.from_settings(settings)
    forgetful = tokens.Verifier.from_settings(settings)
    forgetful.remembered = 0  # every token as if seen for the first time
    with mock_aws():
        guard = auth.from_settings(settings, verifier, [GET_USER])
        fresh = auth.from_settings(settings, forgetful, [GET_USER])
    bearer = Context((("authorization", f"Bearer {access_token}"), ("user-agent", "bench")))
    cases = {"api-key": (guard, Context((("x-api-key", API_KEY), ("user-agent", "bench")))),
             "jwt (token seen before)": (guard, bearer),
             "jwt (every token new: RSA check)": (fresh, bearer)}

    async def measure(guard, context) -> float:
        for _ in range(100):
            await guard._admit(GET_USER, context)
        started = time.perf_counter()
        for _ in range(calls):
            await guard._admit(GET_USER, context)
        return (time.perf_counter() - started) / calls

    return {name: asyncio.run(measure(*case)) for name, case in cases.items()}


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"nproc {len(os.sched_getaffinity(0))}, {model}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="per measurement")
    parser.add_argument("--rounds", type=int, default=8,
                        help="alternating rounds of the AdminGetUser latency setups")
    parser.add_argument("--replicas", type=int, default=2,
                        help="server processes per latency setup")
    parser.add_argument("--throughput-rounds", type=int, default=3,
                        help="rounds (of the first) that also run the throughput loads")
    args = parser.parse_args()
    os.environ.update(DETERMINISTIC_IDS)
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the server processes alike
    pool, client_id = expected_ids()
    common = ("--health-interval", "60")
    keyed = ("--api-keys", f"{API_KEY}=bench")
    client = Client()
    flags = {
        "auth off": common,
        "api-key": (*common, "--auth", "api-key", *keyed),
        "jwt": (*common, "--auth", "api-key,jwt", *keyed, "--jwt-issuers",
                tokens.issuer_for(pool), "--jwt-client-ids", client_id),
    }
    # --jwt-check-revocation: the same token on every call, so the cache answers (hit), or
    # with no cache, so every call asks the backend (GetUser with the token: a miss)
    flags["jwt revoked? hit"] = (*flags["jwt"], "--jwt-check-revocation",
                                 "--jwt-revocation-cache-seconds", "300")
    flags["jwt revoked? miss"] = (*flags["jwt"], "--jwt-check-revocation",
                                  "--jwt-revocation-cache-seconds", "0")
    # Each setup runs in several processes: two identical server processes can differ by a
    # few percent in latency, which would otherwise pass for the cost of auth.
    servers = {(name, n): ServerProcess(*flags[name])
               for n in range(args.replicas) for name in flags}
    # The throughput loads get a server of their own, so the three latency setups are
    # alike in everything but auth.
    loaded = ServerProcess(*common)
    try:
        key = (("x-api-key", API_KEY),)
        ids = {setup: seed(server.address, () if setup[0] == "auth off" else key)
               for setup, server in servers.items()}
        assert all((i["pool"], i["client"]) == (pool, client_id) for i in ids.values()), \
            "moto's HASH id strategy gave different ids"
        metadata = {setup: () if setup[0] == "auth off" else key if setup[0] == "api-key"
                    else (("authorization", f"Bearer {ids[setup]['AccessToken']}"),)
                    for setup in servers}
        get_user = messages_pb2.AdminGetUserRequest(user_pool_id=pool,
                                                    username="alice").SerializeToString()
        tokens_for_load = seed(loaded.address, ())
        verify = token_verifier_pb2.VerifyTokenRequest(
            token=tokens_for_load["AccessToken"], user_pool_id=pool,
            client_ids=[client_id])
        plain = loaded.address
        with grpc.insecure_channel(plain) as channel:
            answer = token_verifier_pb2.VerifyTokenResponse.FromString(
                channel.unary_unary(VERIFY)(verify.SerializeToString(), timeout=10))
            assert answer.valid, answer.message
        verify_bytes = verify.SerializeToString()
        # More distinct tokens than the verifier remembers: every call pays the RSA check.
        distinct = [token_verifier_pb2.VerifyTokenRequest(
            token=token, user_pool_id=pool, client_ids=[client_id]).SerializeToString()
            for token in fresh_tokens(claims_of(tokens_for_load["AccessToken"]),
                                      2 * tokens.Verifier.REMEMBERED)]

        samples: dict[str, list[float]] = {name: [] for name in flags}
        # p50 of each setup in each round: the ratio to auth off is taken within a round.
        p50s: dict[tuple[str, int], list[float]] = {setup: [] for setup in servers}
        floor: list[Result] = []
        verified: list[Result] = []
        verified_fresh: list[Result] = []
        setups = list(servers)
        for round_number in range(args.rounds):
            # Each round starts with a different setup, so order effects cancel out.
            first = round_number % len(setups)
            for setup in setups[first:] + setups[:first]:
                result = client.run(servers[setup].address, GET_USER, get_user,
                                    metadata[setup], 1, args.seconds)
                samples[setup[0]] += result.latencies
                p50s[setup].append(result.p50)
            if round_number < args.throughput_rounds:
                floor.append(client.run(plain, CHECK, b"", (), 16, args.seconds))
                verified.append(client.run(plain, VERIFY, verify_bytes, (), 16,
                                           args.seconds))
                verified_fresh.append(client.run(plain, VERIFY, distinct, (), 16,
                                                 args.seconds))
        costs = auth_costs(pool, client_id, ids["jwt", 0]["AccessToken"])
    finally:
        for server in [*servers.values(), loaded]:
            server.stop()

    print(f"# {time.strftime('%Y-%m-%d')}, {machine()}; load from {client.name}")
    print(f"# {args.rounds} alternating latency rounds over {args.replicas} server processes "
          f"per setup (p50 over all their calls) and {args.throughput_rounds} throughput "
          f"rounds (median), {args.seconds:g} s each")
    floor_rate = statistics.median(r.rate for r in floor)
    floor_p99 = statistics.median(r.p99 for r in floor)
    rate = statistics.median(r.rate for r in verified)
    p99 = statistics.median(r.p99 for r in verified)
    print(f"baseline  health Check (no-op RPC), concurrency 16: {floor_rate:7.0f} calls/s, "
          f"p99 {floor_p99 * 1e3:6.2f} ms")
    print(f"VerifyToken (valid access token),   concurrency 16: {rate:7.0f} calls/s, "
          f"p99 {p99 * 1e3:6.2f} ms")
    print(f"ratio     VerifyToken / no-op RPC: {rate / floor_rate:.2f} x calls/s, "
          f"{p99 / floor_p99:.2f} x p99")
    fresh_rate = statistics.median(r.rate for r in verified_fresh)
    fresh_p99 = statistics.median(r.p99 for r in verified_fresh)
    print(f"VerifyToken (a new token each call), concurrency 16: {fresh_rate:6.0f} calls/s, "
          f"p99 {fresh_p99 * 1e3:6.2f} ms")
    print(f"ratio     VerifyToken new tokens / no-op RPC: {fresh_rate / floor_rate:.2f} x "
          f"calls/s, {fresh_p99 / floor_p99:.2f} x p99")
    verify_ok = min(rate, fresh_rate) >= VERIFY_TARGET
    print(f"VerifyToken {rate:.0f} / {fresh_rate:.0f} calls/s (target >= "
          f"{VERIFY_TARGET:.0f} both): {'PASS' if verify_ok else 'FAIL'}")

    off = statistics.median(samples["auth off"])
    print(f"baseline  AdminGetUser, auth off, concurrency 1: p50 {off * 1e3:6.3f} ms "
          f"({len(samples['auth off'])} calls)")
    auth_ok = True
    for name in [name for name in flags if name != "auth off"]:
        p50 = statistics.median(samples[name])
        # Paired: this setup's p50 over auth off's in the same round and replica, so the
        # machine's drift between rounds cancels; the median of those ratios is the figure.
        ratios = sorted(mine / base for n in range(args.replicas)
                        for mine, base in zip(p50s[name, n], p50s["auth off", n]))
        ratio = statistics.median(ratios)
        traded = "revoked?" in name  # a trade the operator chooses: no target
        passed = traded or ratio - 1 <= AUTH_TARGET
        auth_ok &= passed
        quartiles = statistics.quantiles(ratios, n=4)
        verdict = "no target" if traded else \
            f"target <= +{AUTH_TARGET:.0%}: {'PASS' if passed else 'FAIL'}"
        print(f"AdminGetUser, auth {name:17s}, concurrency 1: p50 {p50 * 1e3:6.3f} ms; "
              f"paired ratio to auth off {ratio:.3f} ({ratio - 1:+.1%}; quartiles "
              f"{quartiles[0]:.3f}-{quartiles[2]:.3f}; {verdict})")
    for name, seconds in costs.items():
        print(f"  in-process cost of the auth check, {name:32s} {seconds * 1e6:5.1f} us/call = "
              f"{seconds / off:.1%} of the auth-off p50")
    return 0 if verify_ok and auth_ok else 1


if __name__ == "__main__":
    sys.exit(main())
