"""`cognito-grpc load` against a server whose latency is known (tests.support.SleepyServer)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import grpc
import pytest

from tests.support import SleepyServer

DELAY = 0.05
GET_ALICE = '{"UserPoolId": "us-east-1_abc", "Username": "alice"}'


def load(*args: str, timeout: float = 120) -> dict:
    result = subprocess.run([sys.executable, "-m", "cognito_grpc", "load", *args, "--json"],
                            capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def sleepy():
    with SleepyServer(DELAY) as server:
        yield server


def test_closed_loop_figures_match_the_known_latency(sleepy):
    doc = load(sleepy.address, "AdminGetUser", "-d", GET_ALICE, "-c", "4", "-z", "2",
               "--warmup", "0.5")
    ideal = 4 / DELAY  # four calls in flight, each answered after DELAY
    assert 0.8 * ideal <= doc["calls_per_second"] <= 1.02 * ideal, doc["calls_per_second"]
    latency = doc["latency_ms"]
    assert DELAY * 1e3 <= latency["min"] and latency["p50"] <= DELAY * 1e3 + 15, latency
    assert doc["errors"] == 0 and doc["codes"] == {"OK": doc["calls"]}
    assert 1.9 <= doc["elapsed_s"] <= 2.0 + 3 * DELAY
    # the timeline adds up to the total; every full interval near the ideal rate
    assert sum(point["calls"] for point in doc["timeline"]) == doc["calls"]
    assert all(0.7 * ideal <= p["calls_per_second"] <= 1.1 * ideal for p in doc["timeline"][:-1])


def test_open_loop_keeps_its_schedule_and_corrects_coordinated_omission(sleepy):
    on_time = load(sleepy.address, "AdminGetUser", "-d", GET_ALICE, "--rate", "40", "-z", "2",
                   "-c", "64")
    assert 72 <= on_time["calls"] <= 81 and on_time["errors"] == 0
    assert DELAY * 1e3 <= on_time["latency_ms"]["p50"] <= DELAY * 1e3 + 15
    # One call in flight at most, and each takes DELAY: the server keeps up with 20/s, not 40.
    # Every call still counts from its scheduled start, so the queue shows in the latencies
    # (a closed loop would report DELAY for every call).
    behind = load(sleepy.address, "AdminGetUser", "-d", GET_ALICE, "--rate", "40", "-z", "1",
                  "-c", "1")
    assert behind["calls"] == 40
    assert behind["latency_ms"]["p50"] >= 400, behind["latency_ms"]  # the 20th call: ~0.5 s late
    assert behind["latency_ms"]["max"] >= 900
    closed = load(sleepy.address, "AdminGetUser", "-d", GET_ALICE, "-c", "1", "-n", "20")
    assert closed["latency_ms"]["max"] <= DELAY * 1e3 + 40


def test_templates_give_every_call_its_own_values_across_processes(sleepy):
    sleepy.usernames.clear()
    doc = load(sleepy.address, "AdminCreateUser", "-n", "60", "-c", "6", "--procs", "2",
               "-d", '{"UserPoolId": "us-east-1_abc", "Username": "user-{{seq}}-{{worker}}",'
                     ' "MessageAction": "MESSAGE_ACTION_TYPE_SUPPRESS"}')
    assert doc["calls"] == 60 and doc["options"]["procs"] == 2
    numbers = sorted(int(name.split("-")[1]) for name in sleepy.usernames)
    assert numbers == list(range(60))
    assert {name.split("-")[2] for name in sleepy.usernames} == {"0", "1"}
    sleepy.usernames.clear()
    load(sleepy.address, "AdminGetUser", "-n", "5", "-c", "1",
         "-d", '{"UserPoolId": "us-east-1_abc", "Username": "{{uuid}}"}')
    assert len(set(sleepy.usernames)) == 5 and all(len(name) == 36 for name in sleepy.usernames)


def test_a_mix_file_weighs_its_calls_and_errors_are_counted_by_code(sleepy, tmp_path):
    mix = tmp_path / "mix.yaml"
    mix.write_text(f"""
- rpc: AdminGetUser
  weight: 3
  data: {GET_ALICE}
- rpc: cognito.idp.v1.CognitoIdentityProviderService/AdminGetUser
  weight: 1
  data: '{{"UserPoolId": "us-east-1_abc", "Username": "ghost"}}'
  headers: ["x-api-key: from-the-mix"]
""")
    sleepy.api_keys.clear()
    doc = load(sleepy.address, "--mix", str(mix), "-n", "80", "-c", "8",
               "-H", "x-api-key: for-every-call")
    assert doc["calls"] == 80 and doc["by_rpc"]["AdminGetUser"]["calls"] == 80
    assert doc["codes"] == {"OK": 60, "NOT_FOUND": 20} and doc["errors"] == 20
    assert sleepy.api_keys == {"for-every-call", "from-the-mix"}


def test_tls_with_a_ca(tmp_path):
    from tests.trust.certs import Authority

    authority = Authority()
    issued = authority.issue("127.0.0.1", server=True)
    ca = tmp_path / "ca.pem"
    ca.write_bytes(authority.pem)
    credentials = grpc.ssl_server_credentials([(issued.key, issued.cert)])
    with SleepyServer(0.001, credentials=credentials) as server:
        doc = load(server.address, "AdminGetUser", "-d", GET_ALICE, "-n", "10", "-c", "2",
                   "--cacert", str(ca))
        assert doc["codes"] == {"OK": 10}
        plaintext = subprocess.run(
            [sys.executable, "-m", "cognito_grpc", "load", server.address, "AdminGetUser",
             "-n", "1", "-c", "1"], capture_output=True, text=True, timeout=60)
        assert plaintext.returncode == 1 and "cannot connect" in plaintext.stderr


def test_calls_go_to_the_connections_whose_server_answers_sooner():
    """Two servers on one port, as `--workers` shares it: the kernel spreads connections, not
    calls. Taken in turn, every connection would carry as many calls as the slowest; each
    call goes out on the connection with the fewest in flight instead, so the fast server's
    connections carry several times the slow one's."""
    with SleepyServer(0.01) as fast, SleepyServer(0.08, port=fast.port) as slow:
        doc = load(fast.address, "AdminGetUser", "-d", GET_ALICE, "-c", "32",
                   "--connections", "16", "-z", "2")
    assert doc["errors"] == 0
    # 16 connections all on one server: once in 32,768
    assert fast.peers and slow.peers and len(fast.peers) + len(slow.peers) == 16
    per_connection = [sum(s.peers.values()) / len(s.peers) for s in (fast, slow)]
    assert per_connection[0] >= 3 * per_connection[1], (fast.peers, slow.peers)


def test_the_live_line_shows_only_on_a_terminal(sleepy):
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cognito_grpc", "load", sleepy.address, "AdminGetUser",
         "-d", '{"UserPoolId": "us-east-1_abc", "Username": "ghost"}', "-c", "2", "-z", "1.2",
         "--interval", "0.3"], stdout=secondary, stderr=subprocess.PIPE)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    assert process.wait(60) == 0
    text = b"".join(chunks).decode()
    live = [part for part in text.split("\r") if "calls/s  p50" in part]
    assert len(live) >= 3, text  # one line per interval, rewritten in place
    assert "errors: NOT_FOUND" in live[-1]
    assert "status codes: NOT_FOUND" in text  # then the summary table
    piped = subprocess.run([sys.executable, "-m", "cognito_grpc", "load", sleepy.address,
                            "AdminGetUser", "-d", GET_ALICE, "-n", "5", "-c", "1"],
                           capture_output=True, text=True, timeout=60)
    assert "\r" not in piped.stdout and piped.stdout.startswith(sleepy.address)


@pytest.mark.parametrize("args,message", [
    (["NoSuchRpc"], "has no method 'NoSuchRpc'"),
    (["ListUsersStream"], "only unary RPCs"),
    (["AdminGetUser", "-d", '{"Nope": 1}'], "Nope"),
    (["AdminGetUser", "-d", '{"Username": "{{sequence}}"}'], "unknown template {{sequence}}"),
    (["AdminGetUser", "-H", "no-colon"], "not 'name: value'"),
    ([], "which RPC?"),
])
def test_bad_arguments_say_what_is_wrong(args, message):
    result = subprocess.run([sys.executable, "-m", "cognito_grpc", "load", "127.0.0.1:1", *args],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and message in result.stderr, result.stderr
