"""The image's build and start, replayed without Docker (no Docker engine on these machines).

The steps come from the Dockerfile itself, not from a copy of them: the builder stage's COPYs
(through .dockerignore) and RUNs build the wheels in a temporary WORKDIR, with a fresh venv
standing in for the base image's Python; the runtime stage's RUNs install them offline into a
fresh venv at the mapped $VIRTUAL_ENV, with the bind-mounted /wheels mapped to the builder's
output. Then the server starts from that venv's ENTRYPOINT with environment variables only
(the image's ENV, the listen and metrics addresses moved to free 127.0.0.1 ports, the API-key
file to a temporary one), and the test checks health, that the image's defaults require an API
key and serve /metrics, the HEALTHCHECK command, a SIGTERM drain and a clean exit.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc

from cognito_grpc.service import SERVICE_NAME
from tests.conftest import free_port

SERVING, CANNOT_CONNECT, NOT_SERVING = 0, 2, 4
# RUN steps that only make sense inside the image (they would change this machine's users).
IMAGE_ONLY_COMMANDS = ("groupadd", "useradd", "install")  # users, and their data dir
STEP_TIMEOUT = 600


def _path_mapper(mapping: dict[str, Path]):
    """Rewrite image paths (whole path components only) to their stand-ins on this machine."""
    if not mapping:
        return lambda text: text
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(k) for k in keys) + r")(?=/|\b|$)")
    return lambda text: pattern.sub(lambda m: str(mapping[m[1]]), text)


def _mounts(flags: list[str]) -> list[dict[str, str]]:
    mounts = []
    for flag in flags:
        if flag.startswith("--mount="):
            mounts.append(dict(part.split("=", 1) for part in flag[len("--mount="):].split(",")))
        else:
            raise AssertionError(f"RUN flag {flag} is not replayed by this test")
    return mounts


def _copy(source: Path, target: Path, relative: str, dockerignored) -> None:
    """COPY semantics: a file lands in the target dir (or as target); a dir's contents merge."""
    if source.is_dir():
        for child in sorted(source.iterdir()):
            child_relative = f"{relative}/{child.name}"
            if not dockerignored(child_relative):
                _copy(child, target / child.name, child_relative, dockerignored)
        target.mkdir(parents=True, exist_ok=True)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def _run(command: str, env: dict[str, str], cwd: Path, log: list[str]) -> None:
    log.append(f"$ {command}")
    result = subprocess.run(["/bin/sh", "-c", command], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=STEP_TIMEOUT)
    log.append(result.stdout[-4000:] + result.stderr[-4000:])
    assert result.returncode == 0, "\n".join(log)


def _replay_stage(stage, docker, *, workdir_root: Path, path_map: dict[str, Path],
                  base_env: dict[str, str], image_python: Path, repo: Path, dockerignored,
                  log: list[str], stage_maps: dict[str, dict[str, Path]]) -> dict[str, str]:
    """Runs a stage's COPY and RUN steps; returns the stage's ENV as mapped for this machine.

    path_map: image path -> path here, for this stage (WORKDIRs are added as they come);
    stage_maps: the same for earlier stages, by name, for RUN --mount=type=bind,from=...
    """
    mapped = _path_mapper(path_map)
    workdir = workdir_root  # the image's / until a WORKDIR
    workdir.mkdir(parents=True, exist_ok=True)
    env_so_far: list = []
    for instruction in stage[1:]:
        if instruction.keyword == "ENV":
            env_so_far.append(instruction)
        elif instruction.keyword == "WORKDIR":
            image_dir = instruction.args.strip()
            workdir = path_map.setdefault(image_dir, workdir_root / image_dir.strip("/"))
            workdir.mkdir(parents=True, exist_ok=True)
            mapped = _path_mapper(path_map)
        elif instruction.keyword == "COPY":
            assert not instruction.flags, "only context COPYs are replayed"
            *sources, target = instruction.args.split()
            for source in sources:
                source_path = repo / source
                assert source_path.exists(), (
                    f"Dockerfile:{instruction.line}: COPY {source}: no such file in the context")
                destination = workdir / target
                if source_path.is_file() and target.endswith("/"):
                    destination = destination / source_path.name
                _copy(source_path, destination, source.rstrip("/"), dockerignored)
        elif instruction.keyword == "RUN":
            command = instruction.args
            first_words = {part.strip().split()[0] for part in re.split(r"&&|;|\|\|", command)
                           if part.strip()}
            if first_words <= set(IMAGE_ONLY_COMMANDS):
                log.append(f"(skipped, image only) RUN {command}")
                continue
            run_map = dict(path_map)
            for mount in _mounts(instruction.flags):
                if mount.get("type") == "bind":
                    assert mount.get("from") in stage_maps, f"unknown stage in {mount}"
                    source = _path_mapper(stage_maps[mount["from"]])(mount["source"])
                    assert source != mount["source"] and Path(source).is_dir(), (
                        f"Dockerfile:{instruction.line}: {mount['source']} is not in the "
                        f"{mount['from']} stage's output")
                    run_map[mount["target"]] = Path(source)
                else:
                    assert mount.get("type") == "cache", f"unreplayed mount {mount}"
                    # a cache mount only speeds up rebuilds: pip's own cache plays its part
            env = dict(base_env)
            stage_env = docker.stage_env([*env_so_far])
            env.update({k: _path_mapper(run_map)(v) for k, v in stage_env.items()})
            env["PATH"] = stage_env.get("PATH", "$PATH").replace(
                "$PATH", f"{image_python / 'bin'}:{base_env['PATH']}")
            env["PATH"] = _path_mapper(run_map)(env["PATH"])
            _run(_path_mapper(run_map)(command), env, workdir, log)
    stage_env = docker.stage_env([i for i in stage if i.keyword == "ENV"])
    return {k: mapped(v) for k, v in stage_env.items()}


def _health(venv: Path, env: dict[str, str], address: str, *extra: str) -> int:
    result = subprocess.run([str(venv / "bin/cognito-grpc"), "health", "--address", address,
                             "--timeout", "2", *extra], env=env, capture_output=True, text=True,
                            timeout=30)
    return result.returncode


def _pins(constraints: Path) -> dict[str, str]:
    pins = {}
    for line in constraints.read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name.strip()).lower()] = version.strip()
    return pins


@pytest.mark.timeout(1500)
def test_image_build_install_start_and_drain(tmp_path, repo, docker, dockerfile_stages,
                                             dockerignored):
    builder, runtime = dockerfile_stages
    builder_name = builder[0].args.split()[-1]
    log: list[str] = []

    # The base image's Python: a fresh venv of this interpreter's Python, with its own pip.
    image_python = tmp_path / "image-python"
    subprocess.run([sys.executable, "-m", "venv", str(image_python)], check=True, timeout=300)

    # Builder: the registry settings of this machine apply, as the build's network would.
    build_root = tmp_path / "builder"
    builder_env = {k: v for k, v in os.environ.items()
                   if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    builder_map: dict[str, Path] = {}
    _replay_stage(builder, docker, workdir_root=build_root, path_map=builder_map,
                  base_env=builder_env, image_python=image_python, repo=repo,
                  dockerignored=dockerignored, log=log, stage_maps={})
    build_workdir = next(i.args.strip() for i in builder if i.keyword == "WORKDIR")
    wheels = sorted(p.name for p in (builder_map[build_workdir] / "wheels").glob("*"))
    assert any(w.startswith("cognito_grpc-") and w.endswith(".whl") for w in wheels), wheels
    assert any(w.startswith("cognito_grpc_client-") for w in wheels), wheels
    assert all(w.endswith(".whl") for w in wheels), f"not a wheel: {wheels}"

    # Runtime: offline, no pip configuration of this machine (no extra index, no find-links).
    runtime_root = tmp_path / "runtime"
    image_env = docker.stage_env([i for i in runtime if i.keyword == "ENV"])
    venv_in_image = image_env["VIRTUAL_ENV"]
    runtime_map = {venv_in_image: runtime_root / venv_in_image.strip("/")}
    runtime_env = {k: v for k, v in os.environ.items()
                   if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))}
    runtime_env["PIP_CONFIG_FILE"] = os.devnull
    final_env = _replay_stage(runtime, docker, workdir_root=runtime_root, path_map=runtime_map,
                              base_env=runtime_env, image_python=image_python, repo=repo,
                              dockerignored=dockerignored, log=log,
                              stage_maps={builder_name: builder_map})
    venv = runtime_map[venv_in_image]
    assert (venv / "bin/cognito-grpc").exists(), "\n".join(log)

    # The installed versions are the constraints' pins.
    listed = subprocess.run([str(venv / "bin/python"), "-m", "pip", "list", "--format", "json"],
                            env=runtime_env, capture_output=True, text=True, check=True)
    installed = {re.sub(r"[-_.]+", "-", p["name"]).lower(): p["version"]
                 for p in json.loads(listed.stdout)}
    for name, version in _pins(repo / "constraints.txt").items():
        if name in installed:
            assert installed[name] == version, f"{name} {installed[name]} is not pinned {version}"
    assert {"cognito-grpc", "cognito-grpc-client", "grpcio", "boto3"} <= set(installed)

    # Start: the image's ENTRYPOINT, configured by environment variables alone.
    port = free_port()
    metrics_port = next(p for p in iter(free_port, None) if p != port)
    keys = tmp_path / "api-keys"
    api_key = "deploy-test-key-not-a-secret"
    keys.write_text(f"# key principal\n{api_key} deploy-test\n")
    home = tmp_path / "home"
    home.mkdir()
    server_env = {k: v for k, v in final_env.items() if k != "PATH"}
    server_env.update({
        "PATH": final_env["PATH"].replace("$PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": str(home),
        "COGNITO_GRPC_LISTEN": f"127.0.0.1:{port}",
        "COGNITO_GRPC_METRICS_ADDRESS": f"127.0.0.1:{metrics_port}",
        "COGNITO_GRPC_API_KEYS_FILE": str(keys),
        "COGNITO_GRPC_DATA_DIR": str(tmp_path / "data"),  # the image's volume
    })
    entrypoint = json.loads(next(i.args for i in runtime if i.keyword == "ENTRYPOINT"))
    program = shutil.which(entrypoint[0], path=server_env["PATH"])
    assert program and Path(program).parent == venv / "bin", program
    address = f"127.0.0.1:{port}"
    logs = tmp_path / "server.log"
    with logs.open("w") as log_file:
        server = subprocess.Popen([program, *entrypoint[1:]], env=server_env, cwd=tmp_path,
                                  stdout=log_file, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and server.poll() is None:
            status = _health(venv, server_env, address)
            if status == SERVING:
                break
            time.sleep(0.5)
        assert status == SERVING, f"health {status}, server {server.poll()}:\n{logs.read_text()}"
        assert _health(venv, server_env, address, "--service", SERVICE_NAME) == SERVING

        # The image's defaults: API keys required (health stays open, as probes need), metrics on.
        with grpc.insecure_channel(address) as channel:
            stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
            request = messages_pb2.ListUserPoolsRequest(max_results=1)
            with pytest.raises(grpc.RpcError) as refused:
                stub.ListUserPools(request, timeout=10)
            assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
            stub.ListUserPools(request, metadata=[("x-api-key", api_key)], timeout=10)
        no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with no_proxy.open(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10) as response:
            assert response.status == 200 and b"grpc_server" in response.read()

        # The image's HEALTHCHECK, as Docker runs it (exec form, the container's environment).
        check = next(i.args for i in runtime if i.keyword == "HEALTHCHECK")
        argv = json.loads(check.split("CMD", 1)[1].strip())
        result = subprocess.run(argv, env=server_env, capture_output=True, text=True, timeout=30)
        assert result.returncode == SERVING, result.stdout + result.stderr

        # SIGTERM: health goes NOT_SERVING (or the port closes), then a clean exit.
        server.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 5  # room for a slow signal delivery, nothing more
        while (status := _health(venv, server_env, address)) == SERVING:
            assert time.monotonic() < deadline, "still SERVING 5 s after SIGTERM"
        assert status in (NOT_SERVING, CANNOT_CONNECT), status
        grace = float(server_env.get("COGNITO_GRPC_SHUTDOWN_GRACE", 10))
        assert server.wait(timeout=grace + 20) == 0, logs.read_text()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    lines = [line for line in logs.read_text().splitlines() if line.strip()]
    events = [json.loads(line).get("event") for line in lines if line.startswith("{")]
    assert "server started" in events, "COGNITO_GRPC_LOG_FORMAT=json: one JSON object a line"
    assert events[-1] == "server stopped", lines[-3:]
    shutil.rmtree(tmp_path / "image-python", ignore_errors=True)
    shutil.rmtree(runtime_root, ignore_errors=True)
