"""The clients as another project consumes them, each README's snippets run as written.

- Python: `clients/python` builds as a wheel (with py.typed and the .pyi stubs); a fresh venv
  installs it and runs the README's snippets.
- Node: `npm pack` gives a tarball; a fresh project installs it, and the README's TypeScript
  compiles and runs. Its dependencies' tarballs come from npm's cache (`npm ci` in
  clients/node filled it); only their version lists, which a lockfile install never needs,
  may be asked of the npm registry (--prefer-offline).
- Go: a fresh module requires the client through a `replace` to its directory, builds offline
  (its own go.offline.mod, as clients/go/test.sh does) and runs the README's snippets.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc

from tests.conftest import REPO, require_tool

README_ADDRESS = "127.0.0.1:50051"


def blocks(readme: Path, language: str) -> list[str]:
    """The README's code blocks in `language`, in order (indented ones dedented)."""
    found = re.findall(rf"^( *)```{language}\n(.*?)^\1```", readme.read_text(), re.S | re.M)
    return ["\n".join(line[len(indent):] for line in body.splitlines()) + "\n"
            for indent, body in found]


def run(command, cwd, timeout=300, env=None, check=True) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, **(env or {})})
    if check:
        assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


def make_pool(address: str, region: str = "us-east-1", user: str | None = None) -> str:
    with grpc.insecure_channel(address) as channel:
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
        metadata = (("x-cognito-region", region),)
        pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="consumer"),
                                   metadata=metadata, timeout=10).user_pool.id
        if user:
            stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(
                user_pool_id=pool, username=user), metadata=metadata, timeout=10)
    return pool


# --- Python -----------------------------------------------------------------------------------

@pytest.mark.timeout(900)
def test_python_wheel_in_a_fresh_venv_runs_the_readme(tmp_path, server):
    readme = REPO / "clients/python/README.md"
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(REPO / "clients/python")], REPO)
    wheel = next(wheels.glob("cognito_grpc_client-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "cognito_grpc_client/py.typed" in names
    assert "cognito/idp/v1/messages_pb2.pyi" in names

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    python = str(venv / "bin/python")
    run([python, "-m", "pip", "install", "-q", "-c", str(REPO / "constraints.txt"),
         f"{wheel}[boto3]"], tmp_path, timeout=600)

    stubs, boto3_switch = blocks(readme, "python")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    # run outside the checkout, so only the installed wheel can be imported
    snippet = tmp_path / "snippet.py"
    snippet.write_text(stubs.replace(README_ADDRESS, server.address))
    result = subprocess.run([python, str(snippet)], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60, env=clean)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "USER_NOT_FOUND"

    switch = tmp_path / "switch.py"
    switch.write_text(boto3_switch.replace(README_ADDRESS, server.address) +
                      'print(cognito.list_user_pools(MaxResults=60)["ResponseMetadata"]'
                      '["HTTPStatusCode"])\n')
    result = subprocess.run([python, str(switch)], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60, env=clean)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "200"
    assert str(REPO) not in run([python, "-c", "import cognito_grpc_client; "
                                 "print(cognito_grpc_client.__file__)"], tmp_path,
                                env=clean).stdout


# --- Node -------------------------------------------------------------------------------------

NODE = REPO / "clients/node"


def _node_ready() -> None:
    require_tool("npm")
    require_tool("node_modules (run `npm ci` in clients/node)",
                 str(NODE / "node_modules/.bin/tsc"))


@pytest.mark.timeout(900)
def test_node_tarball_in_a_fresh_project_runs_the_readme(tmp_path, server):
    _node_ready()
    readme = NODE / "README.md"
    packed = run(["npm", "pack", "--silent", "--pack-destination", str(tmp_path)], NODE)
    tarball = tmp_path / packed.stdout.strip().splitlines()[-1]
    assert tarball.name == "cognito-grpc-client-0.1.0.tgz"

    # The README's steps, with the tarball where npm pack put it (this test's directory).
    install = blocks(readme, "sh")[0]
    assert "npm install ../clients/node/cognito-grpc-client-0.1.0.tgz" in install
    app = tmp_path / "my-app"
    steps = install.replace("cd clients/node && npm pack && cd -\n", "")
    steps = steps.replace("../clients/node/cognito-grpc-client-0.1.0.tgz", str(tarball))
    # the dependencies' tarballs come from npm's cache, which `npm ci` in clients/node filled
    offline = {"npm_config_prefer_offline": "true", "npm_config_audit": "false",
               "npm_config_fund": "false"}
    run(["bash", "-ec", steps], tmp_path, env=offline)
    installed = app / "node_modules/@cognito-grpc/client"
    assert (installed / "dist/src/index.d.ts").exists() and (installed / "dist/src/index.js").exists()

    imported = run(["node", "--input-type=module", "-e",
                    'import { createClient, AuthFlowType } from "@cognito-grpc/client";'
                    "console.log(typeof createClient, typeof AuthFlowType)"], app)
    assert imported.stdout.strip() == "function object"

    # The README's TypeScript, type-checked against the installed .d.ts and run.
    lock = (NODE / "package.json").read_text()
    types_node = re.search(r'"@types/node": "([^"]+)"', lock).group(1)
    run(["npm", "install", "--save-dev", f"@types/node@{types_node}"], app, env=offline)
    (app / "tsconfig.json").write_text(
        '{"compilerOptions": {"target": "es2022", "module": "nodenext", "strict": true,'
        ' "types": ["node"], "skipLibCheck": false}, "files": ["index.ts"]}\n')
    usage = blocks(readme, "ts")[0]
    (app / "index.ts").write_text(usage.replace(README_ADDRESS, server.address))
    run([str(NODE / "node_modules/.bin/tsc"), "-p", "tsconfig.json"], app)
    ran = run(["node", "index.js"], app, timeout=60)
    assert "5 NOT_FOUND USER_NOT_FOUND UserNotFoundException" in ran.stdout, ran.stdout


def test_node_readme_seed_example(server):
    _node_ready()
    seed = blocks(NODE / "README.md", "sh")[-1]
    result = run(["bash", "-ec", seed.replace(README_ADDRESS, server.address)], NODE)
    assert re.search(r"^sub +[0-9a-f-]{36}$", result.stdout, re.M), result.stdout


# --- Go ---------------------------------------------------------------------------------------

GO = REPO / "clients/go"
GO_MODULE = "github.com/cognito-grpc/cognito-grpc/clients/go"
GO_ENV = {"GOPROXY": "off", "GOSUMDB": "off", "GOTOOLCHAIN": "local", "GO111MODULE": "on",
          "CGO_ENABLED": "0"}


def _go_env(tmp_path: Path) -> dict:
    env = {**GO_ENV, "GOFLAGS": "-mod=mod -modfile=go.offline.mod"}
    if not os.access(os.environ.get("HOME", "/nonexistent"), os.W_OK):
        env.update(GOCACHE=str(tmp_path / "gocache"), GOPATH=str(tmp_path / "gopath"))
    return env


def _requires(modfile: str) -> list[str]:
    return re.findall(r"^require \((.*?)^\)", modfile, re.S | re.M)


def test_go_mod_names_real_versions_and_the_offline_modfile_only_adds_replaces():
    mod = (GO / "go.mod").read_text()
    offline = (GO / "go.offline.mod").read_text()
    assert "replace" not in mod and "/usr/share" not in mod
    assert _requires(mod) == _requires(offline) and _requires(mod)
    for version in re.findall(r"^\s+\S+ (v\S+)", "".join(_requires(mod)), re.M):
        assert re.fullmatch(r"v\d+\.\d+\.\d+(-\d{14}-[0-9a-f]{12})?", version), version
    assert 'GOFLAGS="-mod=mod -modfile=go.offline.mod"' in (GO / "test.sh").read_text()


def go_program(readme: Path, address: str) -> str:
    """The README's two Go snippets as the body of run(ctx, poolID), in a main package."""
    use, stream = blocks(readme, "go")[:2]  # the third is a marked fragment
    imports, _, body = use.partition(")\n")
    imports = imports.removeprefix("import (\n")
    body = body.replace(README_ADDRESS, address)
    return f'''package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"
{imports}
)

func run(ctx context.Context, poolID string) error {{
{body}
	fmt.Println("user", user.GetUsername())
{stream}
	return nil
}}

func main() {{
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := run(ctx, os.Args[1]); err != nil {{
		fmt.Println("error:", err)
		os.Exit(1)
	}}
}}
'''


@pytest.mark.timeout(900)
def test_a_fresh_go_module_requires_the_client_and_runs_the_readme(tmp_path, server):
    require_tool("go")
    app = tmp_path / "consumer"
    app.mkdir()
    # what a user writes: require the client, replace it with a checkout's directory
    go_mod = (f"module example.com/consumer\n\ngo 1.19\n\nrequire {GO_MODULE} v0.0.0\n\n"
              f"replace {GO_MODULE} => {GO}\n")
    (app / "go.mod").write_text(go_mod)
    # and, offline on this machine, the client's own directories for its dependencies
    offline = (GO / "go.offline.mod").read_text()
    replaces = offline[offline.index("// Debian's packages"):]
    replaces = replaces.replace("=> ./offline/", f"=> {GO}/offline/")
    (app / "go.offline.mod").write_text(go_mod + "\n" + replaces)
    (app / "main.go").write_text(go_program(GO / "README.md", server.address))

    env = _go_env(tmp_path)
    run(["gofmt", "-l", "."], app)
    run(["go", "build", "-o", "consumer", "."], app, timeout=600, env=env)
    assert (app / "go.mod").read_text() == go_mod  # the user's go.mod stays as written

    pool = make_pool(server.address, "eu-west-1", user="alice")
    found = run([str(app / "consumer"), pool], app, timeout=60)
    assert found.stdout.splitlines() == ["user alice", "alice"]
    missing = run([str(app / "consumer"), make_pool(server.address, "eu-west-1")], app,
                  timeout=60)
    assert missing.stdout.splitlines() == ["user "]  # USER_NOT_FOUND, handled; no users


def test_go_readme_seed_example(tmp_path, server):
    require_tool("go")
    seed = blocks(GO / "README.md", "sh")[-1]
    assert seed.startswith(".venv/bin/cognito-grpc serve --listen 127.0.0.1:50051 &\n")
    steps = seed.split("\n", 1)[1].replace("cd clients/go", f"cd {GO}")
    env = {k: v for k, v in _go_env(tmp_path).items() if k != "GOFLAGS"}
    result = run(["bash", "-ec", steps.replace(README_ADDRESS, server.address)], REPO,
                 timeout=600, env=env)
    assert re.search(r"^sub=[0-9a-f-]{36}$", result.stdout, re.M), result.stdout
    assert shutil.which("go")
