"""Fixtures of the engine's tests: an in-memory engine on a clock the test moves."""

from __future__ import annotations

import pytest

from cognito_grpc.engine import Engine
from tests.engine import seed


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def engine(clock):
    engine = Engine(clock=clock)
    yield engine
    engine.close()


@pytest.fixture
def cognito(engine):
    return engine.client("us-east-1")


@pytest.fixture
def pool(engine):
    return seed.pool(engine)


@pytest.fixture
def app(engine, pool):
    return seed.app_client(engine, pool["Id"])
