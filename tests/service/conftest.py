"""A real uvicorn server on 127.0.0.1 serving the real index, shared by the service tests."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from service.api.app import create_app
from service.server import UVICORN_OPTIONS, free_port
from service.settings import Settings


class ServerThread:
    def __init__(self, settings: Settings) -> None:
        self.port = free_port()
        config = uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=self.port, log_level="warning", **UVICORN_OPTIONS
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self.url

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def api_url(real_index: Path):
    with ServerThread(Settings(index_dir=real_index)) as url:
        yield url


@pytest.fixture(scope="session")
def api(api_url: str):
    with httpx.Client(base_url=api_url, timeout=60) as client:
        yield client


@pytest.fixture
def server_factory():
    """Start extra servers with other settings (no index, CORS on, small body limit)."""
    started = []

    def start(settings: Settings) -> httpx.Client:
        server = ServerThread(settings)
        url = server.__enter__()
        started.append(server)
        client = httpx.Client(base_url=url, timeout=60)
        client.app = server.server.config.app  # for tests that inject a fault into the running app
        return client

    yield start
    for server in started:
        server.__exit__(None, None, None)
