"""Start `reportsearch serve` as a child process on a free loopback port (for bench and tests)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from indexer.errors import ReportSearchError

# How uvicorn runs our app, in `serve` and in the tests. h11's default limit on a request head
# (16 KiB) reset the connection on a long GET query with a plain-text 400, before the app could
# say what is wrong; up to 1 MiB the app answers with its JSON error (the query's length and
# the limit). Pinned to h11, so the limit holds whether or not httptools is installed.
UVICORN_OPTIONS = {"http": "h11", "h11_max_incomplete_event_size": 1024 * 1024, "server_header": False}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(index_dir: Path, url: str | None = None, timeout_s: float = 120.0) -> Iterator[str]:
    """Yield the base URL of a server: `url` as given, or a new one stopped on exit."""
    if url:
        yield url.rstrip("/")
        return
    import httpx

    port = free_port()
    exe = shutil.which("reportsearch")
    command = [exe] if exe else [sys.executable, "-c", "from service.cli import app; app()"]
    process = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port), "--index", str(index_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if process.poll() is not None:
                raise ReportSearchError(f"The server exited early: {process.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise ReportSearchError(f"The server did not answer /health within {timeout_s:.0f} s.")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
