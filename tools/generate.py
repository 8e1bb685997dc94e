"""Regenerate everything generated: the protos from the botocore model, then the stubs of
every language, and a protoset for tools that take one (grpcurl, ghz), from the protos. The
output is committed; CI fails when it drifts.

    python -m tools.generate [--only python,go,node,protoset] [--root DIR]

`--root` writes into another tree (the drift test compares one with the committed files).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import grpc_tools
from google.rpc import error_details_pb2

from tools.protogen.__main__ import generate as generate_protos

REPO = Path(__file__).resolve().parents[1]
WELL_KNOWN = Path(grpc_tools.__file__).parent / "_proto"
# google/rpc/*.proto, as googleapis-common-protos ships them (the error details we send).
GOOGLEAPIS = Path(error_details_pb2.__file__).parents[2]
GO_MODULE = "github.com/cognito-grpc/cognito-grpc/clients/go"
TARGETS = ("python", "go", "node", "protoset")

# Where each target's generated code lives, relative to the repository root.
OUTPUTS = {
    "python": "clients/python/src/cognito",
    "go": "clients/go/cognito",
    "node": "clients/node/src/gen",
    "protoset": "clients/protoset",
}
PROTOSET = "cognito-grpc.protoset"


class MissingTool(RuntimeError):
    pass


def proto_files(proto_root: Path) -> list[str]:
    return sorted(p.relative_to(proto_root).as_posix() for p in proto_root.rglob("*.proto"))


def protoc(proto_root: Path, args: list[str], googleapis: tuple[str, ...] = ()) -> None:
    """protoc over every file under proto_root, plus the named googleapis files."""
    includes = [f"-I{proto_root}", f"-I{WELL_KNOWN}", *([f"-I{GOOGLEAPIS}"] if googleapis else [])]
    command = [sys.executable, "-m", "grpc_tools.protoc", *includes, *args,
               *proto_files(proto_root), *googleapis]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"protoc failed:\n{result.stderr}")


def _plugin(name: str, candidates: list[Path], hint: str) -> str:
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise MissingTool(f"{name} not found: {hint}")


def generate_python(proto_root: Path, root: Path) -> None:
    out = root / "clients/python/src"
    _clean(root / OUTPUTS["python"])
    out.mkdir(parents=True, exist_ok=True)
    mypy_grpc = _plugin("protoc-gen-mypy_grpc", [Path(sys.executable).parent / "protoc-gen-mypy_grpc"],
                        "pip install mypy-protobuf (the dev extra has it)")
    protoc(proto_root, [f"--python_out={out}", f"--pyi_out={out}", f"--grpc_python_out={out}",
                        f"--plugin=protoc-gen-mypy_grpc={mypy_grpc}", f"--mypy_grpc_out={out}"])
    for package in sorted({p.parent for p in (root / OUTPUTS["python"]).rglob("*_pb2.py")}):
        for directory in [package, *package.relative_to(out).parents]:
            init = (out / directory) if not directory.is_absolute() else directory
            if init != out:
                (init / "__init__.py").touch()


def generate_go(proto_root: Path, root: Path) -> None:
    hint = "apt-get install protoc-gen-go protoc-gen-go-grpc (see .ci/run)"
    go = _plugin("protoc-gen-go", [Path("/usr/bin/protoc-gen-go")], hint)
    go_grpc = _plugin("protoc-gen-go-grpc", [Path("/usr/bin/protoc-gen-go-grpc")], hint)
    out = root / "clients/go"
    _clean(root / OUTPUTS["go"])
    out.mkdir(parents=True, exist_ok=True)
    protoc(proto_root, [f"--plugin=protoc-gen-go={go}", f"--plugin=protoc-gen-go-grpc={go_grpc}",
                        f"--go_out={out}", f"--go_opt=module={GO_MODULE}",
                        f"--go-grpc_out={out}", f"--go-grpc_opt=module={GO_MODULE}"])


def generate_node(proto_root: Path, root: Path) -> None:
    es = _plugin("protoc-gen-es", [REPO / "clients/node/node_modules/.bin/protoc-gen-es"],
                 "run `npm ci` in clients/node")
    out = root / OUTPUTS["node"]
    _clean(out)
    out.mkdir(parents=True, exist_ok=True)
    protoc(proto_root, [f"--plugin=protoc-gen-es={es}", f"--es_out={out}",
                        "--es_opt=target=ts,import_extension=js"])


def generate_protoset(proto_root: Path, root: Path) -> None:
    """Every file a client needs, binary, imports included: grpcurl and ghz take it with
    `-protoset` on a server without reflection (and older ones cannot parse newer
    descriptor.proto options such as debug_redact from the .proto sources)."""
    out = root / OUTPUTS["protoset"]
    _clean(out)
    out.mkdir(parents=True, exist_ok=True)
    protoc(proto_root, ["--include_imports", f"--descriptor_set_out={out / PROTOSET}"],
           googleapis=("google/rpc/error_details.proto", "google/rpc/status.proto"))


GENERATORS = {"python": generate_python, "go": generate_go, "node": generate_node,
              "protoset": generate_protoset}


def _clean(directory: Path) -> None:
    if directory.exists():
        shutil.rmtree(directory)


def generate(root: Path, targets: tuple[str, ...] = TARGETS) -> None:
    """Protos into root/protos (numbers read from there), then each target's output."""
    proto_root = root / "protos"
    if root != REPO and not (proto_root / "cognito/idp/v1/options.proto").exists():
        shutil.copytree(REPO / "protos", proto_root, dirs_exist_ok=True)
    generate_protos(proto_root)
    for target in targets:
        GENERATORS[target](proto_root, root)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(TARGETS),
                        help="comma-separated targets to generate (default: all)")
    parser.add_argument("--root", type=Path, default=REPO, help="tree to write into")
    args = parser.parse_args(argv)
    targets = tuple(x.strip() for x in args.only.split(",") if x.strip())
    unknown = set(targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    os.environ.setdefault("PYTHONHASHSEED", "0")
    try:
        generate(args.root.resolve(), targets)
    except (MissingTool, RuntimeError) as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    print(f"generate: protos and {', '.join(targets)} are up to date", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
