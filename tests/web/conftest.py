"""Shared fixtures of the web service's tests: one application and its test client."""

import socket
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from qinzhou_calc.web import create_app

#: A payload and its answer, checked against 政府令第11号 第二十四条: 35 m² at one point is the
#: middle tier, 3,000 to 10,000 元, not mandatory ("可以处以").
FINE = "roads.unpermitted_excavation_fine"
FINE_PAYLOAD = {"points": [35], "violation_date": "2020-05-01"}
EVALUATE = f"/calculators/{FINE}/evaluate"


@pytest.fixture(scope="session")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(), raise_server_exceptions=False) as test_client:
        yield test_client


def free_port() -> int:
    """A loopback port free at the time of asking, for a real server under test."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
