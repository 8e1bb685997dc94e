"""Every method of both services, for every kind of caller: refused calls get the right
status and never reach the backend; allowed calls get past auth."""

from __future__ import annotations

import fnmatch
import textwrap

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from cognito_grpc.interceptors.auth import REASONS
from tests.conftest import eventually
from tests.trust.conftest import all_methods, api_key, outcome, running

READER_PATTERNS = ["Describe*", "List*", "Get*", "AdminGet*"]
KEYS = {
    "reader": "reader-key-0123456789abcdef",
    "nobody": "nobody-key-0123456789abcdef",
    "admin": "admin-key-0123456789abcdef",
}
POLICY = textwrap.dedent("""\
    # Who may call what: roles are lists of method patterns (fnmatch on the method name).
    roles:
      reader: Describe* List* Get* AdminGet*
      everything: ["*"]
    api_keys:
      reader: [reader]
      admin: [everything]
      nobody: []
""")
UNKNOWN_KEY = "unknown-key-0123456789abcdef"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    directory = tmp_path_factory.mktemp("authz")
    keys = directory / "api-keys"
    keys.write_text("# key principal\n" + "".join(f"{k} {p}\n" for p, k in KEYS.items()))
    policy = directory / "policy.yaml"
    policy.write_text(POLICY)
    with running(auth=("api-key",), api_keys_file=str(keys), policy_file=str(policy),
                 metrics_address="127.0.0.1:0") as srv:
        with srv.channel() as channel:
            srv.wait_serving(channel)
        yield srv


def backend_calls(srv) -> float:
    """Backend calls observed so far (cognito_backend_seconds' count over all operations)."""
    total = 0.0
    for family in srv.server.metrics.registry.collect():
        if family.name == "cognito_backend_seconds":
            total += sum(s.value for s in family.samples if s.name.endswith("_count"))
    return total


METHOD_PATHS = [m.path for m in all_methods()]


def test_every_method_is_covered():
    names = {p.rsplit("/", 1)[1] for p in METHOD_PATHS}
    assert "AdminGetUser" in names and "VerifyToken" in names and "ListUsersStream" in names
    assert len(METHOD_PATHS) >= 160


def test_refused_callers_get_the_right_status_and_never_reach_the_backend(server):
    with server.channel() as channel:
        before = backend_calls(server)
        wrong = []
        for path in METHOD_PATHS:
            for label, metadata, expected, reason in [
                ("no credentials", (), grpc.StatusCode.UNAUTHENTICATED, "MISSING_CREDENTIALS"),
                ("unknown key", (api_key(UNKNOWN_KEY),), grpc.StatusCode.UNAUTHENTICATED,
                 "INVALID_API_KEY"),
                ("key not allowed", (api_key(KEYS["nobody"]),),
                 grpc.StatusCode.PERMISSION_DENIED, "METHOD_NOT_ALLOWED"),
            ]:
                got = outcome(channel, path, metadata)
                if got != (expected, reason):
                    wrong.append((path, label, got))
        assert not wrong, wrong[:10]
        assert backend_calls(server) == before, "a refused call reached the backend"
    def all_refused_logged():  # each line is written just after its call answers
        refused = [line for line in server.logs.rpc_lines()
                   if line["grpc_code"] in ("UNAUTHENTICATED", "PERMISSION_DENIED")]
        assert len(refused) >= 3 * len(METHOD_PATHS)
        return refused
    refused = eventually(all_refused_logged)
    assert len(refused) == 3 * len(METHOD_PATHS)
    assert {line["principal"] for line in refused} == {"anonymous", "nobody"}


def test_two_keys_in_one_call_are_refused(server):
    with server.channel() as channel:
        code, reason = outcome(channel, METHOD_PATHS[0],
                               (api_key(KEYS["admin"]), api_key(KEYS["reader"])))
    assert (code, reason) == (grpc.StatusCode.UNAUTHENTICATED, "INVALID_API_KEY")


def test_permission_denied_names_the_method_not_the_policy(server):
    with server.channel() as channel:
        with pytest.raises(grpc.RpcError) as raised:
            channel.unary_unary(
                "/cognito.idp.v1.CognitoIdentityProviderService/AdminDeleteUser")(
                b"", metadata=(api_key(KEYS["reader"]),), timeout=10)
    details = raised.value.details()
    assert "cognito.idp.v1.CognitoIdentityProviderService/AdminDeleteUser" in details
    assert "reader" not in details and "Get*" not in details


def test_allowed_callers_get_past_auth_on_every_method(server):
    gets_before = len(server.logs.rpc_lines("AdminGetUser"))
    with server.channel() as channel:
        before = backend_calls(server)
        wrong = []
        for path in METHOD_PATHS:
            code, reason = outcome(channel, path, (api_key(KEYS["admin"]),))
            if reason in REASONS:
                wrong.append((path, code, reason))
        assert not wrong, wrong[:10]
        assert backend_calls(server) > before  # allowed calls do reach it
    lines = server.logs.wait_rpc_lines("AdminGetUser", gets_before + 1)
    assert lines[-1]["principal"] == "admin"


def test_a_read_only_role_gets_exactly_its_patterns(server):
    with server.channel() as channel:
        wrong = []
        for path in METHOD_PATHS:
            name = path.rsplit("/", 1)[1]
            allowed = any(fnmatch.fnmatchcase(name, p) for p in READER_PATTERNS)
            code, reason = outcome(channel, path, (api_key(KEYS["reader"]),))
            denied = (code, reason) == (grpc.StatusCode.PERMISSION_DENIED, "METHOD_NOT_ALLOWED")
            if denied == allowed or (allowed and reason in REASONS):
                wrong.append((name, allowed, code, reason))
        assert not wrong, wrong[:10]


def test_health_and_reflection_are_exempt_by_default(server):
    with server.channel() as channel:
        health = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(),
                                                           timeout=10)
        assert health.status == health_pb2.HealthCheckResponse.SERVING
        names = _list_services(channel)
        assert "cognito.tokens.v1.TokenVerifierService" in names
        assert "cognito.idp.v1.CognitoIdentityProviderService" in names


def _list_services(channel, metadata=()) -> list[str]:
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    responses = stub.ServerReflectionInfo(
        iter([reflection_pb2.ServerReflectionRequest(list_services="")]), metadata=metadata,
        timeout=10)
    return [s.name for r in responses for s in r.list_services_response.service]


def test_reflection_needs_credentials_when_the_policy_does_not_exempt_it(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("exempt: [grpc.health.v1.Health/*]\n"
                      "api_keys:\n  admin: [ServerReflectionInfo]\n")
    with running(auth=("api-key",), api_keys=f"{KEYS['admin']}=admin,{KEYS['nobody']}=nobody",
                 policy_file=str(policy)) as srv:
        with srv.channel() as channel:
            srv.wait_serving(channel)  # health: still exempt
            with pytest.raises(grpc.RpcError) as raised:
                _list_services(channel)
            assert raised.value.code() is grpc.StatusCode.UNAUTHENTICATED
            with pytest.raises(grpc.RpcError) as raised:
                _list_services(channel, (api_key(KEYS["nobody"]),))
            assert raised.value.code() is grpc.StatusCode.PERMISSION_DENIED
            assert "cognito.tokens.v1.TokenVerifierService" in _list_services(
                channel, (api_key(KEYS["admin"]),))
