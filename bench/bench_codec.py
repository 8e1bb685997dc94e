"""Codec cost against its baseline, measured in the same run.

Encoding a 60-user ListUsersResponse (and finding its empty lists and maps, for the
x-cognito-empty trailer) and decoding its request must take under 5% of the same list_users
call through boto3 against in-process moto.

    python bench/bench_codec.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

import boto3
from cognito.idp.v1 import messages_pb2
from moto import mock_aws

from cognito_grpc.backends import Backend
from cognito_grpc_client import codec, empties

TARGET = 0.05


def timed(fn, rounds: int) -> float:
    """Median seconds per call over `rounds` calls (after a warm-up)."""
    for _ in range(min(20, rounds)):
        fn()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with mock_aws():
        cognito = boto3.client("cognito-idp", region_name="us-east-1")
        pool_id = cognito.create_user_pool(PoolName="bench")["UserPool"]["Id"]
        for i in range(60):
            cognito.admin_create_user(UserPoolId=pool_id, Username=f"user{i:02d}",
                                      MessageAction="SUPPRESS", UserAttributes=[
                                          {"Name": "email", "Value": f"user{i}@example.com"}])
        params = {"UserPoolId": pool_id, "Limit": 60}
        baseline = timed(lambda: cognito.list_users(**params), args.rounds)

        # What the server sees: its botocore leaves timestamps as epoch numbers.
        backend = Backend("embedded", "us-east-1")
        backend.start()
        served = backend.client().list_users(**params)
        assert len(served["Users"]) == 60
        request = codec.from_aws(messages_pb2.ListUsersRequest, params)
        wire = request.SerializeToString()

        response = messages_pb2.ListUsersResponse.DESCRIPTOR

        def codec_work():  # as the server does it, the empty-container carrier included
            codec.to_aws(messages_pb2.ListUsersRequest.FromString(wire))
            codec.from_aws(messages_pb2.ListUsersResponse, served).SerializeToString()
            empties.encode(empties.find(response, served))

        codec_time = timed(codec_work, args.rounds)

    ratio = codec_time / baseline
    print(f"baseline  list_users (60 users) via boto3 on in-process moto: "
          f"{baseline * 1e3:8.3f} ms/call")
    print(f"codec     decode request + encode 60-user response (+ wire):    "
          f"{codec_time * 1e3:8.3f} ms/call")
    print(f"ratio     codec / baseline = {ratio:.2%} (target < {TARGET:.0%}): "
          f"{'PASS' if ratio < TARGET else 'FAIL'}")
    return 0 if ratio < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
