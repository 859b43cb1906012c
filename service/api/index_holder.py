"""The index a running server serves, kept current: a watcher thread notices a newly published
version (CURRENT changed) and swaps in a searcher for it; requests already running finish on
the searcher they started with, whose lease keeps its files on disk until it is dropped."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from indexer.errors import ReportSearchError
from indexer.index import store

log = logging.getLogger("reportsearch")
CHECK_EVERY_S = 1.0


class IndexHolder:
    def __init__(self, index_dir: Path, backend: str | None, uri: str | None) -> None:
        self.index_dir = Path(index_dir)
        self._backend, self._uri = backend, uri
        self.searcher = None
        self.load_error: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._tried: str | None = None  # the CURRENT last tried, so a damaged version is tried once

    def load(self) -> None:
        """Open the served version; on failure keep what is served and remember why."""
        from indexer.retrieval.search import Searcher

        self._tried = _current_name(self.index_dir)
        try:
            searcher = Searcher(self.index_dir, mmap=True, backend=self._backend, uri=self._uri)
        except ReportSearchError as e:
            self.load_error = str(e)
            log.warning("index not loaded: %s", e)
            return
        self.searcher, self.load_error = searcher, None  # one assignment: requests see old or new
        log.info("serving index version %s", searcher.version)
        for warning in searcher.warnings:
            log.warning("%s", warning)

    def adopt(self, searcher) -> None:
        """Serve a searcher already opened (the mcp command opens it first, to fail at start)."""
        self.searcher, self.load_error, self._tried = searcher, None, searcher.version

    def start(self) -> None:
        self._thread = threading.Thread(target=self._watch, name="index-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _watch(self) -> None:
        while not self._stop.wait(CHECK_EVERY_S):
            current = _current_name(self.index_dir)
            served = self.searcher.version if self.searcher is not None else None
            if current is not None and current != served and current != self._tried:
                self.load()


def _current_name(index_dir: Path) -> str | None:
    version = store.current_version_dir(index_dir)
    return version.name if version is not None else None
