"""The regions the engine serves are botocore's for cognito-idp, read without a session."""

from __future__ import annotations

import botocore.session

from cognito_grpc.engine import _regions


def test_the_engine_serves_the_regions_a_botocore_session_lists():
    listed = botocore.session.get_session().get_available_regions("cognito-idp")
    assert _regions() == frozenset(listed)
    assert {"us-east-1", "eu-west-1", "ap-southeast-2"} <= _regions()
