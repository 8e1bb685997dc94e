"""TLS and mTLS with certificates made here: no client certificate (or one from another CA)
is refused; a trusted one works and its subject is the logged principal."""

from __future__ import annotations

import grpc
import pytest

from tests.trust.certs import Authority
from tests.trust.conftest import ADMIN_KEY, api_key, aws, error_info, running

POLICY = """\
certificates:
  ops-console: ["*"]                        # by common name
  "CN=auditor,O=cognito-grpc tests": List*  # by full subject (RFC 2253)
"""


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    directory = tmp_path_factory.mktemp("pki")
    ca = Authority()
    ca_path = directory / "ca.pem"
    ca_path.write_bytes(ca.pem)
    cert, key = ca.issue("localhost", server=True).write(directory, "server")
    return {"ca": ca, "ca_path": str(ca_path), "cert": cert, "key": key, "dir": directory}


@pytest.fixture(scope="module")
def mtls(pki):
    policy = pki["dir"] / "policy.yaml"
    policy.write_text(POLICY)
    with running(tls_cert=pki["cert"], tls_key=pki["key"], tls_client_ca=pki["ca_path"],
                 auth=("mtls",), policy_file=str(policy)) as srv:
        yield srv


def credentials(pki, client=None):
    if client is None:
        return grpc.ssl_channel_credentials(pki["ca"].pem)
    return grpc.ssl_channel_credentials(pki["ca"].pem, client.key, client.cert)


def test_a_trusted_client_certificate_works_and_names_the_principal(pki, mtls):
    client = pki["ca"].issue("ops-console", organization="Example Ops")
    with mtls.channel(credentials(pki, client)) as channel:
        mtls.wait_serving(channel)
        assert isinstance(aws(channel, "ListUserPools", {"MaxResults": 5}), dict)
        aws(channel, "CreateUserPool", {"PoolName": "over-mtls"})
    line = mtls.logs.last_rpc_line("CreateUserPool")
    assert line["grpc_code"] == "OK"
    assert line["principal"] == client.subject.rfc4514_string() == \
        "CN=ops-console,O=Example Ops"


def test_the_policy_matches_certificate_subjects(pki, mtls):
    auditor = pki["ca"].issue("auditor")
    with mtls.channel(credentials(pki, auditor)) as channel:
        aws(channel, "ListUserPools", {"MaxResults": 5})
        with pytest.raises(grpc.RpcError) as raised:
            aws(channel, "CreateUserPool", {"PoolName": "nope"})
    assert raised.value.code() is grpc.StatusCode.PERMISSION_DENIED
    assert error_info(raised.value).reason == "METHOD_NOT_ALLOWED"
    unknown = pki["ca"].issue("stranger")
    with mtls.channel(credentials(pki, unknown)) as channel:
        with pytest.raises(grpc.RpcError) as raised:
            aws(channel, "ListUserPools", {"MaxResults": 5})
    assert raised.value.code() is grpc.StatusCode.PERMISSION_DENIED


def test_no_client_certificate_is_refused(pki, mtls):
    with mtls.channel(credentials(pki)) as channel:
        with pytest.raises(grpc.RpcError) as raised:
            aws(channel, "ListUserPools", {"MaxResults": 5})
    assert raised.value.code() is grpc.StatusCode.UNAVAILABLE  # the handshake fails


def test_a_certificate_from_another_ca_is_refused(pki, mtls):
    impostor = Authority("impostor CA").issue("ops-console", organization="Example Ops")
    with mtls.channel(credentials(pki, impostor)) as channel:
        with pytest.raises(grpc.RpcError) as raised:
            aws(channel, "ListUserPools", {"MaxResults": 5})
    assert raised.value.code() is grpc.StatusCode.UNAVAILABLE
    assert not [line for line in mtls.logs.rpc_lines()
                if line["principal"] == "CN=ops-console,O=Example Ops"
                and line["grpc_code"] != "OK"]


def test_plaintext_is_refused_on_a_tls_port(mtls):
    with mtls.channel() as channel:
        with pytest.raises(grpc.RpcError) as raised:
            aws(channel, "ListUserPools", {"MaxResults": 5})
    assert raised.value.code() is grpc.StatusCode.UNAVAILABLE


def test_server_only_tls_with_api_keys(pki):
    with running(tls_cert=pki["cert"], tls_key=pki["key"], auth=("api-key",),
                 api_keys=f"{ADMIN_KEY}=operator") as srv:
        with srv.channel(credentials(pki)) as channel:
            srv.wait_serving(channel)
            with pytest.raises(grpc.RpcError) as raised:
                aws(channel, "ListUserPools", {"MaxResults": 5})
            assert raised.value.code() is grpc.StatusCode.UNAUTHENTICATED
            aws(channel, "ListUserPools", {"MaxResults": 5}, (api_key(ADMIN_KEY),))
        assert srv.logs.last_rpc_line("ListUserPools", count=2)["principal"] == "operator"
