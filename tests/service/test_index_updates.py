"""What the live probe broke: a server under index updates, concurrent builds, damaged indexes."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from indexer.errors import IndexDamagedError, IndexMissingError
from indexer.index import store
from indexer.index.leases import LEASES_DIR
from indexer.index.lock import LOCK_FILE
from indexer.retrieval.search import Searcher
from service.settings import Settings
from tests.conftest import CORPUS
from tests.service.conftest import ServerThread
from tests.service.test_cli_search import assert_clean_error, run

REPORTS = sorted(CORPUS.glob("*.txt"))


def _corpus(tmp_path: Path, count: int) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in REPORTS[:count]:
        shutil.copy(path, corpus / path.name)
    return corpus


def test_a_running_server_serves_through_three_updates_and_moves_to_the_new_version(tmp_path):
    corpus, index_dir = _corpus(tmp_path, 2), tmp_path / "idx"
    assert run("index", "--corpus", str(corpus), "--index", str(index_dir)).returncode == 0
    failures: list[str] = []
    answered = 0
    stop = threading.Event()

    def ask_and_search(url: str) -> None:
        nonlocal answered
        with httpx.Client(base_url=url, timeout=60) as client:
            while not stop.is_set():
                for response in (
                    client.get("/search", params={"q": "行政执法 监督"}),
                    client.post("/ask", json={"query": "怎样开展普法宣传？"}),
                    client.get("/reports"),
                ):
                    if response.status_code != 200:
                        failures.append(
                            f"{response.request.url.path} {response.status_code} {response.text[:200]}"
                        )
                    answered += 1

    with ServerThread(Settings(index_dir=index_dir)) as url:
        first = httpx.get(f"{url}/health").json()
        assert first["reports"] == 2 and first["version"] and "index_dir" not in first
        loop = threading.Thread(target=ask_and_search, args=(url,), daemon=True)
        loop.start()
        for path in REPORTS[2:5]:
            added = run("add", str(path), "--corpus", str(corpus), "--index", str(index_dir))
            assert added.returncode == 0, added.stderr
        deadline = time.monotonic() + 60
        while httpx.get(f"{url}/health").json()["reports"] != 5 and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(2)  # a few more requests on the newest version
        stop.set()
        loop.join(timeout=120)
        health = httpx.get(f"{url}/health").json()
        ids = {r["report_id"] for r in httpx.get(f"{url}/reports").json()}
    assert failures == [] and answered > 10
    assert health["reports"] == 5 and health["version"] != first["version"]
    assert health["version"] == store.current_version_dir(index_dir).name
    assert ids == {p.stem for p in REPORTS}


def test_a_version_held_by_a_reader_is_not_pruned(tmp_path, real_index):
    index_dir = tmp_path / "idx"
    # Not the original's leases: they name this test process, which holds the original open.
    shutil.copytree(real_index, index_dir, ignore=shutil.ignore_patterns(LEASES_DIR))
    reader = Searcher(index_dir)
    held = reader.version_dir
    for _ in range(3):  # each publish would prune all but the newest two
        temp = store.new_temp_dir(index_dir)
        shutil.copytree(store.current_version_dir(index_dir), temp, dirs_exist_ok=True)
        store.publish(index_dir, temp)
    assert (
        held.is_dir() and reader.search("普法", k=1) and reader.cleaned_text(reader.reports[0]["report_id"])
    )
    del reader
    gc.collect()  # a searcher may sit in a reference cycle; its lease goes when it is collected
    temp = store.new_temp_dir(index_dir)
    shutil.copytree(store.current_version_dir(index_dir), temp, dirs_exist_ok=True)
    store.publish(index_dir, temp)
    assert not held.exists()


def test_two_builds_at_once_never_lose_a_report(tmp_path):
    corpus, index_dir = _corpus(tmp_path, 3), tmp_path / "idx"
    exe = shutil.which("reportsearch")
    slow = subprocess.Popen(
        [exe, "index", "--corpus", str(corpus), "--index", str(index_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_until_locked(index_dir, slow)
    os.kill(slow.pid, signal.SIGSTOP)
    race = tmp_path / "race.txt"
    shutil.copy(REPORTS[3], race)
    adder = subprocess.Popen(
        [exe, "add", str(race), "--corpus", str(corpus), "--index", str(index_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(4)
    assert adder.poll() is None  # waiting for the paused build, not racing it
    os.kill(slow.pid, signal.SIGCONT)
    assert slow.wait(timeout=300) == 0, slow.stderr.read()
    out, err = adder.communicate(timeout=300)
    assert adder.returncode == 0, err
    assert "waiting" in err
    listed = run("reports", "--index", str(index_dir), "--json")
    assert '"race.txt"' in listed.stdout


def _wait_until_locked(index_dir: Path, build: subprocess.Popen) -> None:
    """Until the build holds the index's lock (process start-up is slow on a busy machine)."""
    from filelock import FileLock, Timeout

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and build.poll() is None:
        probe = FileLock(str(index_dir / LOCK_FILE))
        try:
            probe.acquire(timeout=0)
        except Timeout:
            return
        probe.release()
        time.sleep(0.05)
    raise AssertionError("the first build never took the lock")


def _damaged_copies(real_index: Path, tmp_path: Path):
    version = store.current_version_dir(real_index)
    names = sorted(store.read_manifest(version)["files"]) + [store.MANIFEST_FILE]
    for name in names:
        for how in ("truncated", "deleted"):
            copy = tmp_path / f"{how}-{name.replace('/', '_')}"
            shutil.copytree(real_index, copy)
            target = store.current_version_dir(copy) / name
            if how == "deleted":
                target.unlink()
            else:
                target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
            yield name, how, copy


def test_every_file_truncated_or_deleted_is_one_clear_error(real_index, tmp_path):
    copies = list(_damaged_copies(real_index, tmp_path))
    assert len(copies) >= 2 * 12
    for name, how, copy in copies:
        with pytest.raises(IndexDamagedError, match="index damaged") as info:
            Searcher(copy)
        assert "rebuild" in str(info.value) and str(tmp_path) not in str(info.value), (name, how)
    # As a user meets it: one line and exit 2 from the CLI, 503 from a server that still starts.
    for name, _how, copy in copies[:: max(1, len(copies) // 4)]:
        done = run("search", "普法", "--index", str(copy))
        assert_clean_error(done, "index damaged", name)
    copy = copies[0][2]
    with ServerThread(Settings(index_dir=copy)) as url:
        health = httpx.get(f"{url}/health").json()
        assert health["index_loaded"] is False and "index damaged" in health["message"]
        response = httpx.get(f"{url}/search", params={"q": "普法"})
        assert response.status_code == 503 and "index damaged" in response.json()["error"]
        assert str(tmp_path) not in response.text
    assert run("check", "--index", str(real_index)).returncode == 0
    assert_clean_error(run("check", "--index", str(copies[0][2])), "index damaged")


def test_a_missing_index_is_a_clear_error(tmp_path):
    with pytest.raises(IndexMissingError, match="reportsearch index"):
        Searcher(tmp_path / "nothing")


def test_the_stdio_mcp_server_follows_the_index_rebuilt_beneath_it(tmp_path):
    """A chatbot client keeps one `reportsearch mcp` process for its session: a report added
    meanwhile is listed and searched without restarting it."""
    import anyio
    from mcp import Client, StdioServerParameters

    from tests.service.test_mcp import _reportsearch

    corpus, index_dir = _corpus(tmp_path, 2), tmp_path / "idx"
    assert run("index", "--corpus", str(corpus), "--index", str(index_dir)).returncode == 0
    command, *args = _reportsearch()
    params = StdioServerParameters(command=command, args=[*args, "mcp", "--index", str(index_dir)])

    async def session() -> tuple[int, int, set[str]]:
        async with Client(params) as client:
            before = len((await client.call_tool("list_reports", {})).structured_content["reports"])
            added = run("add", str(REPORTS[2]), "--corpus", str(corpus), "--index", str(index_dir))
            assert added.returncode == 0, added.stderr
            after, deadline = before, time.monotonic() + 60
            while after == before and time.monotonic() < deadline:
                await anyio.sleep(0.5)
                after = len((await client.call_tool("list_reports", {})).structured_content["reports"])
            hits = await client.call_tool("search_reports", {"query": "法治政府建设", "k": 50})
            return before, after, {h["report_id"] for h in hits.structured_content["results"]}

    before, after, searched = anyio.run(session)
    assert (before, after) == (2, 3) and REPORTS[2].stem in searched
