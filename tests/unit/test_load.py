"""The load generator's parts: calls and templates, mix files, shares, histograms."""

from __future__ import annotations

import collections

import pytest
from cognito.idp.v1 import messages_pb2

from cognito_grpc.load import mix as mixes
from cognito_grpc.load.calls import Call, CallError, find_method, parse_headers
from cognito_grpc.load.cli import _seconds
from cognito_grpc.load.histogram import Latencies
from cognito_grpc.load.runner import Plan


def test_rpc_names_as_grpcurl_takes_them():
    for name in ("AdminGetUser", "cognito.idp.v1.CognitoIdentityProviderService/AdminGetUser",
                 "/cognito.idp.v1.CognitoIdentityProviderService/AdminGetUser",
                 "cognito.idp.v1.CognitoIdentityProviderService.AdminGetUser"):
        assert find_method(name).full_name == \
            "cognito.idp.v1.CognitoIdentityProviderService.AdminGetUser"
    assert find_method("grpc.health.v1.Health/Check").name == "Check"
    assert find_method("cognito.tokens.v1.TokenVerifierService/VerifyToken").name == "VerifyToken"
    with pytest.raises(CallError, match="no service 'nope.Service'"):
        find_method("nope.Service/Get")


def test_the_body_is_grpcurls_json_with_aws_names_and_proto_enum_names():
    call = Call.build("AdminCreateUser", '{"UserPoolId": "p", "Username": "u-{{seq}}", '
                      '"MessageAction": "MESSAGE_ACTION_TYPE_SUPPRESS", '
                      '"UserAttributes": [{"Name": "email", "Value": "{{uuid}}@x"}]}')
    first = messages_pb2.AdminCreateUserRequest.FromString(call.request(7, 1))
    second = messages_pb2.AdminCreateUserRequest.FromString(call.request(8, 1))
    assert (first.user_pool_id, first.username, second.username) == ("p", "u-7", "u-8")
    assert first.message_action == messages_pb2.AdminCreateUserRequest().DESCRIPTOR.fields_by_name[
        "message_action"].enum_type.values_by_name["MESSAGE_ACTION_TYPE_SUPPRESS"].number
    assert first.user_attributes[0].value != second.user_attributes[0].value
    assert call.path == "/cognito.idp.v1.CognitoIdentityProviderService/AdminCreateUser"
    fixed = Call.build("AdminGetUser", '{"UserPoolId": "p", "Username": "alice"}')
    assert fixed.request(1, 0) is fixed.request(2, 3)  # serialized once


def test_bad_bodies_and_headers_are_refused_before_any_call():
    with pytest.raises(CallError, match="not a AdminGetUserRequest"):
        Call.build("AdminGetUser", '{"UserPoolId": 5')
    with pytest.raises(CallError, match=r"unknown template \{\{when\}\}"):
        Call.build("AdminGetUser", '{"Username": "{{when}}"}')
    assert parse_headers(["X-Api-Key: abc: d"]) == (("x-api-key", "abc: d"),)
    with pytest.raises(CallError):
        parse_headers([": v"])


def test_a_mix_is_picked_in_proportion_and_spread_out(tmp_path):
    path = tmp_path / "mix.json"
    path.write_text('{"calls": [{"rpc": "AdminGetUser", "weight": 3, "data": {"Username": "a"}},'
                    ' {"rpc": "ListUsers", "data": "{\\"UserPoolId\\": \\"p\\"}"}]}')
    loaded = mixes.load(str(path), (("x-api-key", "k"),))
    assert [(call.name, weight) for call, weight in loaded] == [("AdminGetUser", 3),
                                                                  ("ListUsers", 1)]
    assert loaded[0][0].metadata == (("x-api-key", "k"),)
    cycle = mixes.WeightedCycle(loaded)
    picks = [cycle.next().name for _ in range(8)]
    assert collections.Counter(picks) == {"AdminGetUser": 6, "ListUsers": 2}
    assert picks[:4].count("ListUsers") == 1


@pytest.mark.parametrize("text,message", [
    ("[]", "expected a list"),
    ("- {weight: 2}", "call 1: needs an `rpc`"),
    ("- {rpc: AdminGetUser, weight: 0}", "weight must be a whole number"),
    ("- {rpc: AdminGetUser, data: '{\"Bogus\": 1}'}", "Bogus"),
])
def test_mix_file_mistakes_name_the_call(tmp_path, text, message):
    path = tmp_path / "mix.yaml"
    path.write_text(text)
    with pytest.raises(CallError, match=message):
        mixes.load(str(path))


def test_processes_split_the_load_and_share_nothing_twice():
    plan = Plan("x:1", (), concurrency=7, connections=3, total=10, rate=90.0, procs=3)
    shares = [plan.share(i) for i in range(3)]
    assert [s.concurrency for s in shares] == [3, 2, 2]
    assert sum(s.total for s in shares) == 10 and sum(s.connections for s in shares) == 3
    assert {s.rate for s in shares} == {30.0}


def test_latencies_merge_across_processes_as_if_recorded_in_one():
    one, parts = Latencies(), [Latencies(), Latencies()]
    for i in range(1, 10_001):
        one.record(i / 1e6 * 100)  # 0.1 ms .. 1 s
        parts[i % 2].record(i / 1e6 * 100)
    merged = Latencies()
    for part in parts:
        merged.add(Latencies.decode(part.encode()))
    assert merged.summary_ms() == one.summary_ms()
    figures = one.summary_ms()
    assert figures["p50"] == pytest.approx(500, rel=0.001)
    assert figures["p99"] == pytest.approx(990, rel=0.001)
    assert figures["min"] == pytest.approx(0.1) and figures["max"] == pytest.approx(1000, rel=0.001)
    curve = one.distribution_ms()
    assert curve[0][0] == 0 and curve[-1] == (100.0, figures["max"])
    assert all(a[1] <= b[1] for a, b in zip(curve, curve[1:]))


def test_durations():
    assert [_seconds(t) for t in ("30", "30s", "500ms", "2m")] == [30, 30, 0.5, 120]
