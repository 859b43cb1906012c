"""One writer at a time: a build holds an exclusive lock on the index directory, so two
builds never race (the later one would publish a version without the other's reports)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from indexer.errors import IndexBusyError

LOCK_FILE = ".build.lock"
WAIT_SECONDS = 30 * 60


@contextmanager
def build_lock(
    index_dir: Path, wait_s: float = WAIT_SECONDS, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    from filelock import FileLock, Timeout

    index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(index_dir / LOCK_FILE))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if on_wait is not None:
            on_wait()
        try:
            lock.acquire(timeout=wait_s)
        except Timeout as e:
            raise IndexBusyError(
                f"Another build has held {index_dir.name} for over {wait_s:.0f} s; "
                "try again when it has finished."
            ) from e
    try:
        yield
    finally:
        lock.release()
