"""Readers hold the version they serve: a lease file per open index, so pruning never
deletes a version a running server (or any open searcher) still reads.

    index_dir/leases/<version>.<pid>.<random>

A lease whose process is gone (killed, crashed) is ignored and removed by the next prune.
An index on a read-only disk is served without a lease: nothing can prune it either.
"""

from __future__ import annotations

import os
import uuid
import weakref
from pathlib import Path

LEASES_DIR = "leases"


class Lease:
    def __init__(self, path: Path | None) -> None:
        self.path = path

    def release(self) -> None:
        if self.path is not None:
            self.path.unlink(missing_ok=True)
            self.path = None


def hold(index_dir: Path, version_dir: Path, owner: object) -> Lease:
    """Lease `version_dir` for as long as `owner` lives (or until released)."""
    directory = index_dir / LEASES_DIR
    try:
        directory.mkdir(exist_ok=True)
        path = directory / f"{version_dir.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
        path.touch()
    except OSError:
        return Lease(None)
    lease = Lease(path)
    weakref.finalize(owner, lease.release)
    return lease


def versions_in_use(index_dir: Path) -> set[str]:
    """Names of versions some live process holds; stale leases are removed on the way."""
    directory = index_dir / LEASES_DIR
    if not directory.is_dir():
        return set()
    held = set()
    for lease in directory.iterdir():
        version, _, rest = lease.name.partition(".")
        pid = rest.partition(".")[0]
        if pid.isascii() and pid.isdigit() and process_alive(int(pid)):
            held.add(version)
        else:
            lease.unlink(missing_ok=True)
    return held


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
