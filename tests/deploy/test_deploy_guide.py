"""The README's Deploying section and its generated tables."""

from __future__ import annotations

import re

from cognito_grpc import settings
from tools import docs


def test_readme_tables_are_fresh(repo):
    text = (repo / "README.md").read_text()
    assert docs.render(text) == text, "README.md tables are stale: run `python -m tools.docs`"


def test_config_table_lists_every_option_with_the_image_defaults(docker):
    table = docs.config_table()
    listed = re.findall(r"^\| `(COGNITO_GRPC_[A-Z0-9_]+)`", table, flags=re.M)
    assert listed == [option.env for option in settings.OPTIONS]
    listen = next(line for line in table.splitlines() if "`COGNITO_GRPC_LISTEN`" in line)
    assert docker.image_env()["COGNITO_GRPC_LISTEN"] in listen


def test_readme_has_the_deploying_section(repo):
    text = (repo / "README.md").read_text()
    section = text.split("\n## Deploying\n", 1)[1].split("\n## ", 1)[0]
    for needle in ("terminationGracePeriodSeconds", "COGNITO_GRPC_SHUTDOWN_GRACE",
                   "eks.amazonaws.com/role-arn", "restartPolicy: Always", "test_image_steps"):
        assert needle in section
