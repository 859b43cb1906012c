"""The index directory: versions side by side, and a CURRENT pointer swapped atomically.

    index_dir/CURRENT          name of the version being served
    index_dir/INDEX_ID         random id of this index (owner of its Milvus collection)
    index_dir/milvus-written.json  report keys written to Milvus and not yet deleted
    index_dir/v-<time>-<id>/   manifest.json, passages.jsonl, reports.json,
                               embeddings.npy, sentence_embeddings.npy, sentences.npy,
                               embedding_keys.txt, and for the local backend dense.faiss,
                               dense_sentences.faiss, bm25/, bm25-bigrams/

A build writes a new version next to the old one and only then replaces CURRENT
(os.replace is atomic), so a failed or interrupted build leaves the old index serving.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from indexer.errors import IndexMismatchError, IndexMissingError

FORMAT_VERSION = 1
CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
PASSAGES_FILE = "passages.jsonl"
REPORTS_FILE = "reports.json"
INDEX_ID_FILE = "INDEX_ID"
EMBEDDING_KEYS_FILE = "embedding_keys.txt"  # sha256 of each embedded text: passages, then sentences
_VERSION_PREFIX = "v-"
_TEMP_PREFIX = "tmp-"
_KEEP_PREVIOUS = 1  # a server started on the previous version may still read its files


def current_version_dir(index_dir: Path) -> Path | None:
    pointer = index_dir / CURRENT_FILE
    if not pointer.is_file():
        return None
    version = index_dir / pointer.read_text(encoding="utf-8").strip()
    return version if (version / MANIFEST_FILE).is_file() else None


def require_version_dir(index_dir: Path) -> Path:
    version = current_version_dir(index_dir)
    if version is None:
        raise IndexMissingError(
            f"No index at {index_dir}. Build one with: reportsearch index --corpus corpus --index {index_dir}"
        )
    return version


def read_manifest(version_dir: Path) -> dict:
    manifest = json.loads((version_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"The index at {version_dir.parent} has format version {manifest.get('format_version')}, "
            f"this reportsearch reads version {FORMAT_VERSION}. Rebuild it with: reportsearch index"
        )
    return manifest


def index_id(index_dir: Path) -> str:
    """A random id of this index directory, made once: it marks what the index owns elsewhere
    (its Milvus collection), and survives moving the directory."""
    path = index_dir / INDEX_ID_FILE
    if not path.is_file():
        index_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(path, uuid.uuid4().hex)
    return path.read_text(encoding="utf-8").strip()


def version_dirs(index_dir: Path) -> list[Path]:
    """Every published version still on disk (the served one and those kept for servers
    that opened them before CURRENT moved)."""
    if not index_dir.is_dir():
        return []
    return [p for p in index_dir.iterdir() if p.is_dir() and p.name.startswith(_VERSION_PREFIX)]


def write_atomically(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    with open(temp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, path)


def new_temp_dir(index_dir: Path) -> Path:
    index_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{_TEMP_PREFIX}{os.getpid()}-", dir=index_dir))


def publish(index_dir: Path, temp_dir: Path) -> Path:
    """Make a finished build the served version, then drop versions nobody should need."""
    version = index_dir / f"{_VERSION_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    temp_dir.rename(version)
    _fsync_dir(version)
    pointer_tmp = index_dir / f".{CURRENT_FILE}.{uuid.uuid4().hex}"
    with open(pointer_tmp, "w", encoding="utf-8") as f:
        f.write(version.name)
        f.flush()
        os.fsync(f.fileno())
    os.replace(pointer_tmp, index_dir / CURRENT_FILE)
    _fsync_dir(index_dir)
    _remove_stale(index_dir, version)
    return version


def discard(temp_dir: Path) -> None:
    shutil.rmtree(temp_dir, ignore_errors=True)


def _remove_stale(index_dir: Path, current: Path) -> None:
    versions = sorted(
        (
            p
            for p in index_dir.iterdir()
            if p.is_dir() and p.name.startswith(_VERSION_PREFIX) and p != current
        ),
        key=lambda p: p.stat().st_mtime,
    )
    for old in versions[: max(0, len(versions) - _KEEP_PREVIOUS)]:
        shutil.rmtree(old, ignore_errors=True)
    for temp in index_dir.iterdir():
        # Temp dirs of builds that crashed; a build still running belongs to a live process.
        if temp.is_dir() and temp.name.startswith(_TEMP_PREFIX) and not _pid_alive(temp.name):
            shutil.rmtree(temp, ignore_errors=True)


def _pid_alive(temp_name: str) -> bool:
    try:
        pid = int(temp_name[len(_TEMP_PREFIX) :].split("-", 1)[0])
    except ValueError:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_reports(index_dir: Path) -> list[dict]:
    """Report records of the served index, without loading the model or search structures."""
    version = require_version_dir(index_dir)
    read_manifest(version)
    return json.loads((version / REPORTS_FILE).read_text(encoding="utf-8"))
