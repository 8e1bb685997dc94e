"""The Kubernetes manifests in deploy/kubernetes: schema-valid, lint-clean, and consistent with
the server's settings (names from settings.OPTIONS), the image and each other."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cognito_grpc import cli, settings
from cognito_grpc.service import SERVICE_NAME
from tests.conftest import REPO, free_port, wait_serving
from tests.deploy.conftest import tool

KUBE = REPO / "deploy/kubernetes"
PATTERNS = sorted(p.name for p in KUBE.iterdir() if p.is_dir())
MANIFESTS = sorted(p for p in KUBE.rglob("*.yaml") if p.name != "kustomization.yaml")
OPTION_ENVS = {option.env for option in settings.OPTIONS}
# Oldest release these manifests target (native sidecars and the preStop sleep action are on by
# default from 1.30), and kubernetes-validate's newest.
KUBERNETES_VERSIONS = ["1.30.0", None]
SHUTDOWN_MARGIN = 5  # seconds terminationGracePeriodSeconds keeps beyond preStop + grace
PROBES = ("startupProbe", "livenessProbe", "readinessProbe")


def _documents(path: Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def _objects(pattern: str) -> list[dict]:
    return [doc for path in sorted((KUBE / pattern).glob("*.yaml"))
            if path.name != "kustomization.yaml" for doc in _documents(path)]


def _one(objects: list[dict], kind: str) -> dict:
    found = [o for o in objects if o["kind"] == kind]
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


def _workloads(objects):
    return [o for o in objects if o["kind"] in ("Deployment", "StatefulSet", "DaemonSet")]


def _server_containers(pod_spec: dict):
    """(container, is_init) for each cognito-grpc container of a pod spec."""
    for key in ("initContainers", "containers"):
        for container in pod_spec.get(key, []):
            if "cognito-grpc" in container.get("image", ""):
                yield container, key == "initContainers"


def _environment(container: dict, objects: list[dict], image_env: dict) -> dict[str, str]:
    """What the server sees: the image's ENV, then envFrom ConfigMaps, then env."""
    environ = {k: v for k, v in image_env.items() if k.startswith(settings.ENV_PREFIX)}
    configmaps = {o["metadata"]["name"]: o for o in objects if o["kind"] == "ConfigMap"}
    for source in container.get("envFrom", []):
        name = source["configMapRef"]["name"]
        assert name in configmaps, f"envFrom names ConfigMap {name}, not in these manifests"
        environ.update({k: str(v) for k, v in configmaps[name].get("data", {}).items()})
    for variable in container.get("env", []):
        environ[variable["name"]] = str(variable.get("value", ""))
    return environ


def _settings(container, objects, image_env):
    environ = _environment(container, objects, image_env)
    return cli.load_settings(cli.build_parser().parse_args(["serve"]), environ)


def _servers(pattern, image_env):
    objects = _objects(pattern)
    for workload in _workloads(objects):
        pod = workload["spec"]["template"]["spec"]
        for container, is_init in _server_containers(pod):
            yield workload, pod, container, is_init, _settings(container, objects, image_env)


# --- tools ---------------------------------------------------------------------------------

@pytest.mark.parametrize("version", KUBERNETES_VERSIONS, ids=lambda v: v or "latest")
@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: str(p.relative_to(KUBE)))
def test_kubernetes_validate_strict(path, version):
    versions = ["-k", version] if version else []
    command = [tool("kubernetes-validate"), "--strict", *versions, str(path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    documents = len(_documents(path))
    assert output.count(" passed for resource ") == documents, output


def test_yamllint_strict():
    result = subprocess.run([tool("yamllint"), "--strict", "-c", str(REPO / ".yamllint"),
                             str(REPO / "deploy"), str(REPO / ".yamllint")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("pattern", PATTERNS)
def test_kustomization_lists_every_manifest(pattern):
    kustomization = yaml.safe_load((KUBE / pattern / "kustomization.yaml").read_text())
    files = {p.name for p in (KUBE / pattern).glob("*.yaml")} - {"kustomization.yaml"}
    assert sorted(kustomization["resources"]) == sorted(files)


def test_both_patterns_exist():
    assert {"sidecar", "shared"} <= set(PATTERNS)


# --- settings ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: str(p.relative_to(KUBE)))
def test_every_cognito_grpc_name_is_a_real_option(path):
    names = set(re.findall(r"COGNITO_GRPC_[A-Z0-9_]+", path.read_text()))
    for doc in _documents(path):
        if doc["kind"] == "ConfigMap":
            names |= set(doc.get("data", {}))
        for workload in _workloads([doc]):
            pod = workload["spec"]["template"]["spec"]
            for container in pod.get("initContainers", []) + pod.get("containers", []):
                names |= {v["name"] for v in container.get("env", [])
                          if v["name"].startswith(settings.ENV_PREFIX)}
    assert names <= OPTION_ENVS, f"not in settings.OPTIONS: {sorted(names - OPTION_ENVS)}"


@pytest.mark.parametrize("pattern", PATTERNS)
def test_configured_servers_validate(pattern, image_env):
    """Image ENV + ConfigMap + env parse and pass the server's own validation."""
    servers = list(_servers(pattern, image_env))
    assert servers, f"{pattern}: no cognito-grpc container"


@pytest.mark.parametrize("pattern", PATTERNS)
def test_configured_servers_start(pattern, image_env, tmp_path):
    """Each container's environment starts a real server: the embedded backend instead of AWS,
    free loopback ports instead of the pod's, a throwaway key file instead of the Secret."""
    objects = _objects(pattern)
    for workload in _workloads(objects):
        for container, _ in _server_containers(workload["spec"]["template"]["spec"]):
            environ = _environment(container, objects, image_env)
            port = free_port()
            keys = tmp_path / "api-keys"
            keys.write_text("deploy-manifest-test-key deploy-test\n")
            environ.update({"COGNITO_GRPC_BACKEND": "embedded",
                            "COGNITO_GRPC_LISTEN": f"127.0.0.1:{port}"})
            if environ.get("COGNITO_GRPC_METRICS_ADDRESS"):
                environ["COGNITO_GRPC_METRICS_ADDRESS"] = f"127.0.0.1:{free_port()}"
            if environ.get("COGNITO_GRPC_API_KEYS_FILE"):
                environ["COGNITO_GRPC_API_KEYS_FILE"] = str(keys)
            env = {k: v for k, v in os.environ.items() if not k.startswith(settings.ENV_PREFIX)}
            log = tmp_path / f"{pattern}.log"
            with log.open("w") as out:
                process = subprocess.Popen([sys.executable, "-m", "cognito_grpc", "serve"],
                                           env={**env, **environ}, stdout=out,
                                           stderr=subprocess.STDOUT)
            try:
                wait_serving(f"127.0.0.1:{port}", timeout=60, service=SERVICE_NAME)
            except TimeoutError as error:
                raise AssertionError(f"{error}\n{log.read_text()}") from None
            finally:
                process.terminate()
                assert process.wait(timeout=60) == 0, log.read_text()


# --- probes and shutdown -------------------------------------------------------------------

def _probe_port(probe: dict, container: dict, loopback: bool) -> int:
    if "grpc" in probe:
        assert not loopback, "the kubelet's grpc probe dials the pod IP, not loopback"
        assert probe["grpc"].get("service", "") in ("", SERVICE_NAME)
        return probe["grpc"]["port"]
    if "tcpSocket" in probe:
        assert not loopback, "the kubelet's tcpSocket probe dials the pod IP, not loopback"
        port = probe["tcpSocket"]["port"]
        if isinstance(port, str):
            port = {p["name"]: p["containerPort"] for p in container["ports"]}[port]
        return port
    if "exec" in probe:
        command = " ".join(probe["exec"]["command"])
        assert "cognito-grpc health" in command or "cognito_grpc.healthcheck" in command
        address = re.search(r"--address[ =](\S+)", command)
        assert address, f"exec probe without --address: {command}"
        host, port = settings.split_host_port(shlex.split(address[1])[0])
        assert settings.is_loopback(host)
        service = re.search(r"--service[ =](\S+)", command)
        assert service is None or service[1] == SERVICE_NAME
        return port
    raise AssertionError(f"unexpected probe {probe}")


@pytest.mark.parametrize("pattern", PATTERNS)
def test_probes_use_the_listen_port(pattern, image_env):
    for _, _, container, _, config in _servers(pattern, image_env):
        host, listen_port = settings.split_host_port(config.listen)
        loopback = settings.is_loopback(host)
        probes = [name for name in PROBES if name in container]
        assert {"livenessProbe", "readinessProbe"} <= set(probes)
        for name in probes:
            assert _probe_port(container[name], container, loopback) == listen_port, name
        readiness = container["readinessProbe"]
        assert SERVICE_NAME in str(readiness), "readiness asks for the Cognito service itself"


@pytest.mark.parametrize("pattern", PATTERNS)
def test_termination_grace_covers_the_drain(pattern, image_env):
    for workload, pod, container, _, config in _servers(pattern, image_env):
        pre_stop = container.get("lifecycle", {}).get("preStop", {})
        sleep = pre_stop.get("sleep", {}).get("seconds", 0)
        total = pod.get("terminationGracePeriodSeconds", 30)
        assert total >= sleep + config.shutdown_grace + SHUTDOWN_MARGIN, (
            f"{workload['metadata']['name']}: terminationGracePeriodSeconds {total} < preStop "
            f"{sleep} + COGNITO_GRPC_SHUTDOWN_GRACE {config.shutdown_grace} + {SHUTDOWN_MARGIN}")


# --- security ------------------------------------------------------------------------------

def _image_uid(repo_dockerfile_stages) -> int:
    users = [i.args for i in repo_dockerfile_stages[-1] if i.keyword == "USER"]
    return int(users[-1].split(":")[0])


@pytest.mark.parametrize("pattern", PATTERNS)
def test_security_context(pattern, image_env, dockerfile_stages):
    uid = _image_uid(dockerfile_stages)
    for _, pod, container, _, _ in _servers(pattern, image_env):
        pod_context = pod.get("securityContext", {})
        context = {**pod_context, **container.get("securityContext", {})}
        assert context.get("runAsNonRoot") is True
        assert context.get("runAsUser") == uid
        assert context.get("readOnlyRootFilesystem") is True
        assert context.get("allowPrivilegeEscalation") is False
        assert context.get("capabilities", {}).get("drop") == ["ALL"]
        assert context.get("seccompProfile", {}).get("type") == "RuntimeDefault"
        mounts = {m["mountPath"]: m["name"] for m in container.get("volumeMounts", [])}
        volumes = {v["name"]: v for v in pod.get("volumes", [])}
        assert "/tmp" in mounts and "emptyDir" in volumes[mounts["/tmp"]], (
            "a read-only root filesystem needs a writable /tmp")
        limits = container.get("resources", {}).get("limits", {})
        requests = container.get("resources", {}).get("requests", {})
        assert {"cpu", "memory"} <= set(requests) and "memory" in limits


@pytest.mark.parametrize("pattern", PATTERNS)
def test_no_secret_material_in_the_repository(pattern):
    for doc in _objects(pattern):
        if doc["kind"] == "Secret":
            assert not doc.get("data") and not doc.get("stringData"), (
                "Secrets are created outside the repository")
    for path in (KUBE / pattern).glob("*.yaml"):
        text = path.read_text()
        assert not re.search(r"AKIA[0-9A-Z]{16}", text), f"{path}: an AWS access key id"
        assert "aws_secret_access_key" not in text.lower()


def _api_key_mount(config, container, pod):
    """The keys file comes from a Secret volume mounted where COGNITO_GRPC_API_KEYS_FILE says."""
    keys_file = Path(config.api_keys_file)
    mounts = {m["mountPath"]: m for m in container.get("volumeMounts", [])}
    mount = mounts.get(str(keys_file.parent))
    assert mount, f"nothing mounted at {keys_file.parent}"
    assert mount.get("readOnly") is True and "subPath" not in mount
    volume = {v["name"]: v for v in pod["volumes"]}[mount["name"]]
    assert "secret" in volume
    items = volume["secret"].get("items")
    if items:
        assert keys_file.name in {item["path"] for item in items}
    return volume["secret"]["secretName"]


# --- the two patterns ----------------------------------------------------------------------

def test_sidecar_is_a_native_sidecar_on_loopback(image_env):
    servers = list(_servers("sidecar", image_env))
    assert len(servers) == 1
    _, pod, container, is_init, config = servers[0]
    assert is_init and container.get("restartPolicy") == "Always", (
        "a native sidecar: an initContainers entry with restartPolicy: Always")
    assert settings.is_loopback(settings.split_host_port(config.listen)[0])
    assert any("cognito-grpc" not in c["image"] for c in pod["containers"]), "an app beside it"
    for app in pod["containers"]:
        assert not any(v["name"].startswith(settings.ENV_PREFIX) for v in app.get("env", []))


def test_shared_deployment(image_env):
    objects = _objects("shared")
    deployment = _one(objects, "Deployment")
    servers = list(_servers("shared", image_env))
    assert len(servers) == 1
    _, pod, container, _, config = servers[0]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["replicas"] == 3
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()

    assert config.backend == "aws"
    assert "api-key" in config.auth and config.api_keys_file and not config.api_keys
    secret_name = _api_key_mount(config, container, pod)
    assert not [o for o in objects if o["kind"] == "Secret" and
                o["metadata"]["name"] == secret_name], "the key Secret is created outside"

    listen_port = settings.split_host_port(config.listen)[1]
    metrics_port = settings.split_host_port(config.metrics_address)[1]
    container_ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    service = _one(objects, "Service")
    assert service["spec"]["selector"].items() <= labels.items()
    by_name = {p["name"]: p for p in service["spec"]["ports"]}
    assert by_name["grpc"]["port"] == listen_port and by_name["grpc"]["appProtocol"] == "grpc"
    assert container_ports[by_name["grpc"]["targetPort"]] == listen_port
    assert container_ports[by_name["metrics"]["targetPort"]] == metrics_port

    pdb = _one(objects, "PodDisruptionBudget")
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    hpa = _one(objects, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert hpa["spec"]["minReplicas"] <= 3 <= hpa["spec"]["maxReplicas"]
    assert [m["resource"]["name"] for m in hpa["spec"]["metrics"]] == ["cpu"]
    assert "cpu" in container["resources"]["requests"], "CPU utilization needs a CPU request"

    account = _one(objects, "ServiceAccount")
    assert pod["serviceAccountName"] == account["metadata"]["name"]
    role = account["metadata"]["annotations"]["eks.amazonaws.com/role-arn"]
    assert re.fullmatch(r"arn:aws:iam::111122223333:role/REPLACE-ME-[\w-]+", role), (
        "a documented placeholder (AWS's example account), never a real role")
