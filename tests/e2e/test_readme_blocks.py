"""Every code block of every README either runs in the test suite or says why not.

The line before each fenced block is `<!-- runs in <test file> ... -->` (that file runs it;
it must exist and read the README) or `<!-- not run: <reason> -->`. This file also runs the
main README's blocks that no other test does.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from cognito_grpc.interceptors.auth import Identity, Policy
from tests.conftest import REPO
from tests.e2e.test_readme_walkthrough import readme_block
from tests.trust.conftest import METHODS

READMES = sorted([REPO / "README.md", *REPO.glob("clients/*/README.md"),
                  *REPO.glob("bench/README.md")])
FENCE = re.compile(r"^ *```")
MARK = re.compile(r"^ *<!-- (runs in (?P<test>tests/\S+\.py)\b.*|not run(?: as written)?: "
                  r"(?P<reason>\S.*)) -->$")


def fenced_blocks(readme: Path) -> list[tuple[int, str]]:
    """(line number, the line before it) of each block's opening fence."""
    lines = readme.read_text().splitlines()
    found, inside = [], False
    for number, line in enumerate(lines, 1):
        if FENCE.match(line):
            if not inside:
                found.append((number, lines[number - 2] if number > 1 else ""))
            inside = not inside
    assert not inside, f"{readme}: a code block is never closed"
    return found


@pytest.mark.parametrize("readme", READMES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_block_runs_or_says_why_not(readme):
    unmarked, wrong = [], []
    for number, before in fenced_blocks(readme):
        mark = MARK.match(before)
        if mark is None:
            unmarked.append(number)
        elif mark["test"]:
            test = REPO / mark["test"]
            if not test.is_file() or "README" not in test.read_text():
                wrong.append(f"{number}: {mark['test']} does not read a README")
    where = readme.relative_to(REPO)
    assert not unmarked, f"{where}: blocks on lines {unmarked} need a runs-in or not-run mark"
    assert not wrong, f"{where}: {wrong}"


def test_the_policy_example_is_a_valid_policy(tmp_path):
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(readme_block_of("yaml", "gets nothing of theirs:"))
    issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123"
    policy = Policy.load(str(policy_file), list(METHODS) + [
        "/grpc.health.v1.Health/Check", "/grpc.reflection.v1alpha.ServerReflection/"
        "ServerReflectionInfo"], issuers=(issuer,))
    idp = "/cognito.idp.v1.CognitoIdentityProviderService/"
    ci = Identity("api-key", "ci")
    assert policy.allows(ci, idp + "AdminGetUser") and policy.allows(ci, idp + "ListUsers")
    assert not policy.allows(ci, idp + "AdminDeleteUser")
    assert policy.allows(Identity("mtls", "CN=ops-console", aliases=("ops-console",)),
                         idp + "AdminDeleteUser")

    def jwt(name, **claims):
        return Identity("jwt", f"us-east-1_AbC123/{name}", issuer=issuer, username=name,
                        subject=claims.pop("sub", "s-" + name), **claims)
    assert policy.allows(jwt("alice"), idp + "AdminResetUserPassword")
    assert not policy.allows(jwt("alice"), idp + "AdminDeleteUser")
    assert policy.allows(jwt("bob", groups=("admins",)), idp + "CreateGroup")
    assert policy.allows(jwt("carol", scopes=("cognito-grpc/read",)), idp + "DescribeUserPool")
    # a username that is someone's sub gets nothing of theirs
    assert not policy.allows(jwt("0b6e1c1a-0000-4000-8000-000000000001"), idp + "CreateGroup")
    assert policy.is_exempt("/grpc.health.v1.Health/Check")


def readme_block_of(language: str, after: str) -> str:
    section = (REPO / "README.md").read_text().split(after, 1)[1]
    return re.search(rf"```{language}\n(.*?)```", section, re.S).group(1)


def test_the_health_command_example(server):
    command = readme_block("### Probes and health states")
    assert command.startswith("cognito-grpc health --address 127.0.0.1:50051 ")
    command = command.replace("127.0.0.1:50051", server.address)
    bindir = Path(sys.executable).parent
    result = subprocess.run(["bash", "-ec", command], capture_output=True, text=True,
                            timeout=30, env={"PATH": f"{bindir}:/usr/bin:/bin"})
    assert (result.returncode, result.stdout) == (0, "SERVING\n"), result.stderr
