"""tools/test.py, the README's test command: pytest-xdist's options unless the caller chose."""

import pytest

from tools.test import parallel


def test_by_default_a_worker_per_cpu_and_a_file_to_a_worker():
    assert parallel([]) == ["-n", "auto", "--dist", "loadfile"]
    assert parallel(["-q", "tests/unit"]) == ["-n", "auto", "--dist", "loadfile"]


@pytest.mark.parametrize("argv", [["-n", "0"], ["-n0"], ["-n4"], ["--numprocesses=3"],
                                  ["--numprocesses", "1"], ["--dist", "load"],
                                  ["--dist=worksteal"], ["-q", "-n", "2"]])
def test_the_callers_own_choice_is_kept(argv):
    assert parallel(argv) == []
