"""Fixtures for the deployment tests: the Dockerfile reader and .dockerignore.

Free ports and required tools come from tests/conftest.py; `tool()` below only adds a look
beside this interpreter (the venv's bin/, where pip puts hadolint and friends), so the tests
find them when the venv is not activated.
"""

from __future__ import annotations

import fnmatch
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, require_tool


def tool(name: str) -> str:
    """The tool's path: a skip on a developer's machine when missing, a failure when CI=true."""
    return require_tool(name, str(Path(sys.executable).parent / name))


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def docker():
    """tools/dockerfile.py: read_dockerfile, stages, stage_env, image_env, ..."""
    from tools import dockerfile

    return dockerfile


@pytest.fixture(scope="session")
def dockerfile_stages(docker):
    """The Dockerfile's stages: [builder, runtime], each a list of Instructions."""
    return docker.stages(docker.read_dockerfile(REPO / "Dockerfile"))


@pytest.fixture(scope="session")
def image_env(docker) -> dict[str, str]:
    """The runtime stage's ENV (what `docker run` starts with)."""
    return docker.image_env(REPO / "Dockerfile")


def dockerignore_patterns(root: Path = REPO) -> list[str]:
    lines = (root / ".dockerignore").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def is_dockerignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule, enough for plain patterns: a path is out if it or a parent matches (the
    last matching pattern decides; `!pattern` brings a path back; `**/` matches any depth)."""
    parts = path.strip("/").split("/")
    prefixes = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").strip("/")
        candidates = [pattern]
        while candidates[-1].startswith("**/"):
            candidates += [candidates[-1][3:], "*/" + candidates[-1][3:]]
        if any(fnmatch.fnmatchcase(prefix, candidate)
               for prefix in prefixes for candidate in candidates):
            ignored = not negate
    return ignored


@pytest.fixture(scope="session")
def dockerignored():
    """dockerignored("some/path") -> True when .dockerignore keeps it out of the context."""
    patterns = dockerignore_patterns()
    return lambda path: is_dockerignored(path, patterns)
