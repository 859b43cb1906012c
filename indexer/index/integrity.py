"""Each version records the size and checksum of its files; opening checks sizes (a stat per
file, cheap at any scale), `reportsearch check` checks every byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

from indexer.errors import IndexDamagedError

REBUILD_HINT = "rebuild with `reportsearch index`"
_CHUNK = 1 << 20


def file_records(version_dir: Path, skip: set[str]) -> dict[str, dict]:
    """{relative path: {size, sha256}} of every file in the version (but `skip`)."""
    records = {}
    for path in sorted(p for p in version_dir.rglob("*") if p.is_file()):
        name = path.relative_to(version_dir).as_posix()
        if name not in skip:
            records[name] = {"size": path.stat().st_size, "sha256": _sha256(path)}
    return records


def check_sizes(version_dir: Path, records: dict[str, dict]) -> None:
    for name, record in records.items():
        path = version_dir / name
        if not path.is_file():
            raise damaged(name, "missing")
        if path.stat().st_size != record["size"]:
            raise damaged(name, "cut short or changed")


def check_contents(version_dir: Path, records: dict[str, dict]) -> int:
    """Every recorded file's checksum; returns how many files were checked."""
    check_sizes(version_dir, records)
    for name, record in records.items():
        if _sha256(version_dir / name) != record["sha256"]:
            raise damaged(name, "its contents changed")
    return len(records)


def damaged(name: str, what: str) -> IndexDamagedError:
    return IndexDamagedError(f"index damaged: {name} ({what}) — {REBUILD_HINT}")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
