"""Generated code is committed: a fresh generation must equal it, and buf must be happy."""

from __future__ import annotations

import filecmp
import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, require_tool
from tools import generate

BUF = REPO / "clients/node/node_modules/.bin/buf"
ACCEPTED_BREAKING = REPO / "protos/breaking-accepted.txt"


def _tree(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def _assert_same_tree(fresh: Path, committed: Path) -> None:
    new, old = _tree(fresh), _tree(committed)
    assert sorted(new) == sorted(old), "files differ: run `python -m tools.generate`"
    stale = [name for name in new if not filecmp.cmp(new[name], old[name], shallow=False)]
    assert not stale, f"stale generated files (run `python -m tools.generate`): {stale[:5]}"


@pytest.mark.parametrize("language", ["protos", *generate.TARGETS])
def test_committed_generated_code_matches_a_fresh_generation(tmp_path, language):
    if language == "go":
        require_tool("protoc-gen-go", "/usr/bin/protoc-gen-go")
        require_tool("protoc-gen-go-grpc", "/usr/bin/protoc-gen-go-grpc")
    if language == "node":
        require_tool("protoc-gen-es", str(REPO / "clients/node/node_modules/.bin/protoc-gen-es"))
    generate.generate(tmp_path, () if language == "protos" else (language,))
    if language == "protos":
        _assert_same_tree(tmp_path / "protos", REPO / "protos")
    else:
        output = generate.OUTPUTS[language]
        _assert_same_tree(tmp_path / output, REPO / output)


def test_buf_lint_is_clean():
    buf = require_tool("buf", str(BUF))
    result = subprocess.run([buf, "lint"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)


def test_buf_breaking_against_the_previous_commit():
    buf = require_tool("buf", str(BUF))
    dirty = _git("status", "--porcelain", "--", "protos", "buf.yaml").stdout.strip()
    against = "HEAD" if dirty else "HEAD~1"
    if _git("cat-file", "-e", f"{against}:buf.yaml").returncode != 0:
        pytest.skip(f"{against} has no buf module to compare with")
    result = subprocess.run([buf, "breaking", "--against", f".git#ref={against}",
                             "--error-format", "json"], cwd=REPO, capture_output=True, text=True,
                            timeout=300)
    found = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 0 or found, result.stdout + result.stderr
    unaccepted = [f"{f['path']}:{f['start_line']}: {f['type']}: {f['message']}" for f in found
                  if (f["type"], f["path"], f["message"]) not in accepted_breaking_changes()]
    assert not unaccepted, "breaking changes (accept one on purpose in " \
        f"{ACCEPTED_BREAKING.relative_to(REPO)}):\n" + "\n".join(unaccepted)


def accepted_breaking_changes() -> set[tuple[str, str, str]]:
    lines = ACCEPTED_BREAKING.read_text().splitlines()
    return {tuple(line.split("\t", 2)) for line in lines if line and not line.startswith("#")}


def test_accepted_breaking_changes_are_well_formed():
    accepted = accepted_breaking_changes()
    assert all(len(entry) == 3 and (REPO / entry[1]).is_file() for entry in accepted), accepted
    # The VerifyToken JSON names (AWS style, as the rest of the API) are the accepted ones.
    assert ("FIELD_SAME_JSON_NAME", "protos/cognito/tokens/v1/token_verifier.proto",
            'Field "2" with name "user_pool_id" on message "VerifyTokenRequest" changed option '
            '"json_name" from "userPoolId" to "UserPoolId".') in accepted
