"""Shared fixtures of the web service's tests: one application and its test client, and for the
browser tests the service under uvicorn and a headless Chromium."""

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from selenium.webdriver.remote.webdriver import WebDriver
from starlette.testclient import TestClient

from qinzhou_calc.web import create_app

from ..chromium import headless_chromium

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


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The service under uvicorn on a loopback port, in a thread, for the module's tests."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    """Headless Chromium with the flags that work on a machine with no network but loopback."""
    profile = tempfile.mkdtemp(prefix="qinzhou-calc-chromium-")
    driver = headless_chromium(Path(profile), "--window-size=1000,1400", "--lang=zh-CN")
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
