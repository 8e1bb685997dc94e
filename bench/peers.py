"""The systems bench_peers.py measures: our server and the local peers, as processes on loopback.

Each system installs itself if it must (idempotently, into the cache folder), starts on a free
127.0.0.1 port, waits for readiness with a deadline, and stops at the end. Clients are made
one per calling thread: boto3 for the peers, the raw generated stubs for our server.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import boto3
import gmpy2
import grpc
import pycognito.aws_srp
from botocore.config import Config
from cognito.idp.v1 import enums_pb2, messages_pb2, service_pb2_grpc, types_pb2
from cognito.tokens.v1 import token_verifier_pb2, token_verifier_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from joserfc import jwt
from joserfc.jwk import KeySet

MINISTACK_VERSION = "1.5.33"
MINISTACK_INSTALL = f"ministack {MINISTACK_VERSION} with cryptography"  # the cache stamp
COGNITO_LOCAL_VERSION = "5.3.0"
REGION = "us-east-1"
AUTH_FLOWS = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH",
              "ALLOW_REFRESH_TOKEN_AUTH"]
# The SRP sign-in's client side is pycognito's (what applications run against Cognito), its
# modular powers done by gmpy2 rather than the builtin pow: the same numbers, ten times
# sooner, so the client's math (alike for every system) does not drown the servers' time.
pycognito.aws_srp.pow = lambda base, exponent, modulus: int(
    gmpy2.powmod(base, exponent, modulus))
READY_SECONDS = 60.0


class Unavailable(Exception):
    """A peer that cannot run here (not installed with --no-install, or no Node)."""


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def _run(command: list[str], **kwargs) -> None:
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)


# --- processes ----------------------------------------------------------------------------

class Process:
    """One server process with its log file; `ready()` says when it answers."""

    def __init__(self, name: str, workdir: Path):
        self.name = name
        self.workdir = workdir
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.started_at = 0.0

    def command(self) -> tuple[list[str], dict[str, str], Path | None]:
        raise NotImplementedError

    def ready(self) -> bool:
        raise NotImplementedError

    @property
    def log_path(self) -> Path:
        return self.workdir / f"{self.name}.log"

    def start(self, port: int | None = None) -> float:
        """Start and wait until ready; the seconds from spawn to ready."""
        self.port = port or free_port()
        command, env, cwd = self.command()
        with self.log_path.open("a") as log:
            self.started_at = time.perf_counter()
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                            env={**os.environ, **env}, cwd=cwd)
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n"
                                   f"{self.log_tail()}")
            if self.ready():
                return time.perf_counter() - self.started_at
            time.sleep(0.01)
        self.stop()
        raise TimeoutError(f"{self.name} not ready after {READY_SECONDS:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def _http_answers(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        opener.open(url, timeout=1).close()
        return True
    except urllib.error.HTTPError:
        return True  # it answered
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


class OurServer(Process):
    """`cognito-grpc serve --backend embedded`, with its product defaults otherwise."""

    def __init__(self, name: str, workdir: Path, *args: str):
        super().__init__(name, workdir)
        self.args = list(args)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def command(self):
        return ([sys.executable, "-m", "cognito_grpc", "serve", "--listen", self.address,
                 "--backend", "embedded", *self.args], {}, None)

    def ready(self) -> bool:
        with grpc.insecure_channel(self.address) as channel:
            try:
                status = health_pb2_grpc.HealthStub(channel).Check(
                    health_pb2.HealthCheckRequest(), timeout=0.5).status
            except grpc.RpcError:
                return False
        return status == health_pb2.HealthCheckResponse.SERVING


class MotoServer(Process):
    def command(self):
        found = shutil.which("moto_server", path=str(Path(sys.executable).parent)) or \
            shutil.which("moto_server")
        if not found:
            raise Unavailable("moto_server is not installed (pip install 'moto[server]')")
        return [found, "-H", "127.0.0.1", "-p", str(self.port)], {}, None

    def ready(self) -> bool:
        return _http_answers(f"http://127.0.0.1:{self.port}/moto-api/")


class Ministack(Process):
    """ministack from PyPI in its own venv: `ministack` serves every AWS service on one port
    (GATEWAY_PORT, default 4566; BIND_HOST, default 0.0.0.0); SERVICES limits it to Cognito.
    It writes a pid file into TMPDIR, so TMPDIR is our work folder. cryptography (of its
    "full" extra) goes in with it: without it, ministack signs tokens with random bytes,
    which no JWKS verifies, and skips the RSA work every other system does."""

    def __init__(self, workdir: Path, cache: Path, install: bool):
        super().__init__("ministack", workdir)
        self.venv = cache / f"ministack-{MINISTACK_VERSION}"
        self.install = install

    def ensure_installed(self) -> None:
        stamp = self.venv / ".installed"
        if stamp.exists() and stamp.read_text() == MINISTACK_INSTALL:
            return
        if not self.install:
            raise Unavailable(f"ministack ({MINISTACK_INSTALL}) is not cached in {self.venv} "
                              f"(--no-install)")
        shutil.rmtree(self.venv, ignore_errors=True)
        _run([sys.executable, "-m", "venv", str(self.venv)])
        _run([str(self.venv / "bin/pip"), "install", "-q", f"ministack=={MINISTACK_VERSION}",
              "cryptography"])
        stamp.write_text(MINISTACK_INSTALL)

    def command(self):
        self.ensure_installed()
        env = {"GATEWAY_PORT": str(self.port), "BIND_HOST": "127.0.0.1",
               "SERVICES": "cognito-idp", "TMPDIR": str(self.workdir)}
        return [str(self.venv / "bin/ministack")], env, None

    def ready(self) -> bool:
        try:
            body = urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
                f"http://127.0.0.1:{self.port}/_ministack/health", timeout=1).read()
        except (urllib.error.URLError, ConnectionError, OSError):
            return False
        return json.loads(body).get("services", {}).get("cognito-idp") == "available"


class CognitoLocal(Process):
    """cognito-local from npm. It reads `.cognito/config.json` in its working directory (merged
    over its defaults, whose UserPoolDefaults has UsernameAttributes ["email"]), keeps each
    pool in `.cognito/db/<pool id>.json`, and listens on PORT and HOST."""

    def __init__(self, workdir: Path, cache: Path, install: bool):
        super().__init__("cognito-local", workdir)
        self.prefix = cache / f"cognito-local-{COGNITO_LOCAL_VERSION}"
        self.install = install
        self.home = workdir / "cognito-local"

    @property
    def script(self) -> Path:
        return self.prefix / "node_modules/cognito-local/lib/bin/start.js"

    def ensure_installed(self) -> None:
        node = shutil.which("node")
        if not node:
            raise Unavailable("node is not installed")
        stamp = self.prefix / ".installed"
        if stamp.exists() and self.script.exists():
            return
        if not self.install:
            raise Unavailable(f"cognito-local is not cached in {self.prefix} (--no-install)")
        self.prefix.mkdir(parents=True, exist_ok=True)
        _run(["npm", "install", "--prefix", str(self.prefix), "--no-audit", "--no-fund",
              "--loglevel", "error", f"cognito-local@{COGNITO_LOCAL_VERSION}"])
        stamp.write_text(COGNITO_LOCAL_VERSION)

    def command(self):
        self.ensure_installed()
        config = self.home / ".cognito/config.json"
        if not config.exists():
            config.parent.mkdir(parents=True, exist_ok=True)
            config.write_text(json.dumps({"UserPoolDefaults": {"UsernameAttributes": []}}))
        return ([shutil.which("node"), str(self.script)],
                {"PORT": str(self.port), "HOST": "127.0.0.1"}, self.home)

    def ready(self) -> bool:
        return _http_answers(f"http://127.0.0.1:{self.port}/")

    def clone_users(self, pool_id: str, template: str, count: int) -> None:
        """Give the pool `count` users cloned from user `template` (same password, status and
        attributes, each with its own username, email and sub), written in cognito-local's own
        file format while it is stopped: loading them through the API rewrites the whole pool
        file on every create, which took 433 s for 10,000 users."""
        port = self.port
        self.stop()
        self.set_aside_corrupt_files()
        path = self.home / ".cognito/db" / f"{pool_id}.json"
        data = json.loads(path.read_text())
        model = data["Users"].pop(template)
        for i in range(count):
            name = user_name(i)
            attributes = [a for a in model["Attributes"] if a["Name"] not in ("sub", "email")]
            attributes += [{"Name": "email", "Value": f"{name}@example.com"},
                           {"Name": "sub", "Value": str(uuid.uuid4())}]
            data["Users"][name] = {**model, "Username": name, "Attributes": attributes}
        path.write_text(json.dumps(data))
        self.start(port)

    def set_aside_corrupt_files(self) -> None:
        """cognito-local saves a pool with an async fs.writeFile (StormDB's async engine), so
        concurrent writes to one pool (AdminInitiateAuth at c=16 appends a refresh token
        each) can interleave and leave its file corrupt. It serves on from memory, and only
        a restart fails to load the file; so the earlier workloads' files that no longer
        parse are set aside, loudly."""
        for path in sorted((self.home / ".cognito/db").glob("*.json")):
            try:
                json.loads(path.read_text())
            except ValueError:
                path.rename(path.with_name(path.name + ".corrupt"))
                print(f"  cognito-local left {path.name} corrupt (its concurrent writes): "
                      f"set aside to restart it", flush=True)


def user_name(i: int) -> str:
    return f"user{i:06d}"


# --- clients ------------------------------------------------------------------------------

class BotoClient:
    """boto3, one per calling thread, dummy credentials, the peer as endpoint_url. botocore's
    standard retries, as users have them: Node (cognito-local) closes a connection idle for
    5 s, and a call that meets the close as it sends is retried on a new connection."""

    def __init__(self, url: str):
        self.cognito = boto3.session.Session().client(
            "cognito-idp", region_name=REGION, endpoint_url=url, aws_access_key_id="dummy",
            aws_secret_access_key="dummy",
            config=Config(retries={"mode": "standard"}, max_pool_connections=1))

    def create_pool(self, name: str) -> dict:
        pool = self.cognito.create_user_pool(PoolName=name)["UserPool"]["Id"]
        client = self.cognito.create_user_pool_client(
            UserPoolId=pool, ClientName=name, ExplicitAuthFlows=AUTH_FLOWS
        )["UserPoolClient"]["ClientId"]
        return {"pool": pool, "client": client}

    def delete_pool(self, pool: str) -> None:
        self.cognito.delete_user_pool(UserPoolId=pool)

    def create_user(self, pool: str, name: str) -> None:
        self.cognito.admin_create_user(
            UserPoolId=pool, Username=name, MessageAction="SUPPRESS",
            UserAttributes=[{"Name": "email", "Value": f"{name}@example.com"}])

    def set_password(self, pool: str, name: str, password: str) -> None:
        self.cognito.admin_set_user_password(UserPoolId=pool, Username=name, Password=password,
                                             Permanent=True)

    def get_user(self, pool: str, name: str) -> None:
        self.cognito.admin_get_user(UserPoolId=pool, Username=name)

    def auth(self, ids: dict, name: str, password: str) -> None:
        result = self.cognito.admin_initiate_auth(
            UserPoolId=ids["pool"], ClientId=ids["client"], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": name, "PASSWORD": password})
        return result["AuthenticationResult"]["AccessToken"]

    def token_verifies(self, ids: dict, token: str) -> bool:
        """Whether the token's signature verifies against the pool's published JWKS."""
        url = f"{self.cognito.meta.endpoint_url}/{ids['pool']}/.well-known/jwks.json"
        try:
            keys = json.loads(urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
                url, timeout=10).read())
            jwt.decode(token, KeySet.import_key_set(keys), algorithms=["RS256"])
        except Exception:  # noqa: BLE001 - no JWKS, a bad signature, a token that is no JWT
            return False
        return True

    def srp_auth(self, ids: dict, name: str, password: str) -> None:
        """USER_SRP_AUTH end to end: InitiateAuth, then the PASSWORD_VERIFIER answer."""
        srp = pycognito.aws_srp.AWSSRP(name, password, ids["pool"], ids["client"],
                                       client=self.cognito)
        begun = self.cognito.initiate_auth(ClientId=ids["client"], AuthFlow="USER_SRP_AUTH",
                                           AuthParameters=srp.get_auth_params())
        answer = srp.process_challenge(begun["ChallengeParameters"], {"USERNAME": name})
        session = {"Session": begun["Session"]} if begun.get("Session") else {}
        result = self.cognito.respond_to_auth_challenge(
            ClientId=ids["client"], ChallengeName="PASSWORD_VERIFIER",
            ChallengeResponses=answer, **session)
        assert "AccessToken" in result["AuthenticationResult"]

    def list_users(self, pool: str) -> int:
        return len(self.cognito.list_users(UserPoolId=pool, Limit=60)["Users"])

    def count_users(self, pool: str) -> int | None:
        return self.cognito.describe_user_pool(UserPoolId=pool)["UserPool"].get(
            "EstimatedNumberOfUsers")

    def close(self) -> None:
        self.cognito.close()


class StubClient:
    """The raw generated stubs (cognito.idp.v1 service_pb2_grpc), blocking calls. By default
    one channel per calling thread, each with its own connection (a local subchannel pool;
    grpc would otherwise share one connection between channels to one address), as each
    boto3 client has its own HTTP connection. shared_channel: all threads on one."""

    _shared: dict[str, grpc.Channel] = {}

    def __init__(self, address: str, shared_channel: bool = False):
        if shared_channel:
            self.channel = self._shared.setdefault(address, grpc.insecure_channel(address))
            self.owned = False
        else:
            self.channel = grpc.insecure_channel(
                address, options=[("grpc.use_local_subchannel_pool", 1)])
            self.owned = True
        self.stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(self.channel)
        self.health = health_pb2_grpc.HealthStub(self.channel)

    def create_pool(self, name: str) -> dict:
        pool = self.stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name=name),
                                        timeout=60).user_pool.id
        client = self.stub.CreateUserPoolClient(messages_pb2.CreateUserPoolClientRequest(
            user_pool_id=pool, client_name=name, explicit_auth_flows=[
                enums_pb2.EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_ADMIN_USER_PASSWORD_AUTH,
                enums_pb2.EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_USER_SRP_AUTH,
                enums_pb2.EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_REFRESH_TOKEN_AUTH]),
            timeout=60).user_pool_client.client_id
        return {"pool": pool, "client": client}

    def delete_pool(self, pool: str) -> None:
        self.stub.DeleteUserPool(messages_pb2.DeleteUserPoolRequest(user_pool_id=pool),
                                 timeout=120)

    def create_user(self, pool: str, name: str) -> None:
        self.stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(
            user_pool_id=pool, username=name,
            message_action=enums_pb2.MESSAGE_ACTION_TYPE_SUPPRESS,
            user_attributes=[types_pb2.AttributeType(name="email",
                                                     value=f"{name}@example.com")]),
            timeout=60)

    def set_password(self, pool: str, name: str, password: str) -> None:
        self.stub.AdminSetUserPassword(messages_pb2.AdminSetUserPasswordRequest(
            user_pool_id=pool, username=name, password=password, permanent=True), timeout=60)

    def get_user(self, pool: str, name: str) -> None:
        self.stub.AdminGetUser(messages_pb2.AdminGetUserRequest(user_pool_id=pool,
                                                                username=name), timeout=60)

    def auth(self, ids: dict, name: str, password: str) -> None:
        result = self.stub.AdminInitiateAuth(messages_pb2.AdminInitiateAuthRequest(
            user_pool_id=ids["pool"], client_id=ids["client"],
            auth_flow=enums_pb2.AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH,
            auth_parameters={"USERNAME": name, "PASSWORD": password}), timeout=60)
        return result.authentication_result.access_token

    def token_verifies(self, ids: dict, token: str) -> bool:
        """VerifyToken: the server checks the signature against the pool's JWKS."""
        answer = token_verifier_pb2_grpc.TokenVerifierServiceStub(self.channel).VerifyToken(
            token_verifier_pb2.VerifyTokenRequest(token=token, user_pool_id=ids["pool"],
                                                  client_ids=[ids["client"]]), timeout=60)
        return answer.valid

    def srp_auth(self, ids: dict, name: str, password: str) -> None:
        """USER_SRP_AUTH end to end: InitiateAuth, then the PASSWORD_VERIFIER answer."""
        srp = pycognito.aws_srp.AWSSRP(name, password, ids["pool"], ids["client"],
                                       client=self)  # the math only: it never calls out
        begun = self.stub.InitiateAuth(messages_pb2.InitiateAuthRequest(
            client_id=ids["client"], auth_flow=enums_pb2.AUTH_FLOW_TYPE_USER_SRP_AUTH,
            auth_parameters=srp.get_auth_params()), timeout=60)
        answer = srp.process_challenge(dict(begun.challenge_parameters), {"USERNAME": name})
        session = {"session": begun.session} if begun.HasField("session") else {}
        result = self.stub.RespondToAuthChallenge(messages_pb2.RespondToAuthChallengeRequest(
            client_id=ids["client"],
            challenge_name=enums_pb2.CHALLENGE_NAME_TYPE_PASSWORD_VERIFIER,
            challenge_responses=answer, **session), timeout=60)
        assert result.authentication_result.access_token

    def list_users(self, pool: str) -> int:
        return len(self.stub.ListUsers(messages_pb2.ListUsersRequest(user_pool_id=pool,
                                                                     limit=60),
                                       timeout=60).users)

    def count_users(self, pool: str) -> int | None:
        return self.stub.DescribeUserPool(messages_pb2.DescribeUserPoolRequest(
            user_pool_id=pool), timeout=60).user_pool.estimated_number_of_users

    def find_pool(self, name: str) -> str | None:
        pools = self.stub.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=60),
                                        timeout=60).user_pools
        return next((pool.id for pool in pools if pool.name == name), None)

    def check_health(self) -> None:
        self.health.Check(health_pb2.HealthCheckRequest(), timeout=60)

    def close(self) -> None:
        if self.owned:
            self.channel.close()
