"""Small helpers the engine's family tests share (no fixtures: those stay in each file)."""

from __future__ import annotations

import botocore.exceptions
import pytest


def error_of(call) -> tuple[str, str]:
    """(code, message) of the ClientError `call` raises; fails the test if it does not."""
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        call()
    return raised.value.response["Error"]["Code"], raised.value.response["Error"]["Message"]
