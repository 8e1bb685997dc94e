"""The carrier of empty lists and maps: with it, every AWS dict survives the wire exactly."""

from __future__ import annotations

import json

import pytest
from cognito.idp.v1 import messages_pb2
from hypothesis import HealthCheck, given, settings

from cognito_grpc_client import codec, empties
from tests.unit.test_codec import IO_SHAPES, aws_value

LIST_USERS = messages_pb2.ListUsersResponse.DESCRIPTOR


@pytest.mark.parametrize("message_name,shape_name", IO_SHAPES, ids=[m for m, _ in IO_SHAPES])
def test_round_trip_with_empty_lists_and_maps(message_name, shape_name):
    message_class = getattr(messages_pb2, message_name)

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    @given(aws_value(shape_name, empty=True))
    def round_trip(data):
        wire = codec.from_aws(message_class, data).SerializeToString()
        metadata = empties.encode(empties.find(message_class.DESCRIPTOR, data))
        received = codec.to_aws(message_class.FromString(wire))
        overlay = empties.decode(metadata)
        if overlay is None:  # too large to carry: said so, never guessed
            return
        assert empties.restore(message_class.DESCRIPTOR, received, overlay) == data

    round_trip()


def test_the_overlay_mirrors_the_dict():
    data = {"Users": [{"Username": "a", "MFAOptions": [], "Attributes": [{"Name": "x"}]},
                      {"Username": "b"}, {"Username": "c", "MFAOptions": []}]}
    overlay = empties.find(LIST_USERS, data)
    assert overlay == {"Users": {"0": {"MFAOptions": []}, "2": {"MFAOptions": []}}}
    assert empties.find(LIST_USERS, {"Users": []}) == {"Users": []}
    assert empties.find(LIST_USERS, {}) == {}  # omitted stays omitted
    challenge = messages_pb2.AdminInitiateAuthResponse.DESCRIPTOR
    assert empties.find(challenge, {"ChallengeParameters": {}}) == {"ChallengeParameters": {}}
    assert empties.encode({}) == ()
    assert empties.encode({"Users": []}) == (("x-cognito-empty", '{"Users":[]}'),)


def test_a_map_key_of_any_text_travels_as_ascii():
    descriptor = messages_pb2.DescribeIdentityProviderResponse.DESCRIPTOR
    (_, value), = empties.encode({"IdentityProvider": {"IdpIdentifiers": []}})
    assert value.isascii() and value.isprintable()
    overlay = {"Users": {"0": {"MFAOptions": []}}}
    data = {"Users": [{"Username": "ü\n"}]}
    assert empties.restore(LIST_USERS, data, overlay)["Users"][0]["MFAOptions"] == []
    assert descriptor is not None


def test_too_large_an_overlay_says_unknown():
    data = {"Users": [{"Username": str(i), "MFAOptions": []} for i in range(2000)]}
    (key, value), = empties.encode(empties.find(LIST_USERS, data))
    assert value == empties.UNKNOWN and empties.decode(((key, value),)) is None


@pytest.mark.parametrize("overlay,data", [
    ({"Nope": []}, {}),  # not a member
    ({"PaginationToken": []}, {}),  # a string, not a list
    ({"Users": {}}, {}),  # a list said to be a map
    ({"Users": []}, {"Users": [{"Username": "a"}]}),  # said empty, holds items
    ({"Users": {"5": {"MFAOptions": []}}}, {"Users": [{"Username": "a"}]}),  # no element 5
    ({"Users": {"x": {"MFAOptions": []}}}, {"Users": [{"Username": "a"}]}),
    ({"Users": {"0": {"Username": []}}}, {"Users": [{"Username": "a"}]}),
    ({"Users": {"0": []}}, {"Users": [{"Username": "a"}]}),
])
def test_an_overlay_that_does_not_fit_is_refused_with_its_path(overlay, data):
    with pytest.raises(empties.CarrierError):
        empties.restore(LIST_USERS, data, overlay)


@pytest.mark.parametrize("value", ["{", "[]", "3", '"x"'])
def test_metadata_that_is_no_overlay_is_refused(value):
    with pytest.raises(empties.CarrierError):
        empties.decode(((empties.HEADER, value),))


def test_a_streams_overlay_is_keyed_by_page():
    assert empties.pages([{}, {"Users": []}, {}]) == {"1": {"Users": []}}
    assert json.loads(empties.encode(empties.pages([{"Users": []}]))[0][1]) == \
        {"0": {"Users": []}}
