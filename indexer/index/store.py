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
from indexer.index import integrity, leases
from indexer.index.vectors import CLAUSE_FILES, PASSAGE_VECTORS_FILE, SENTENCE_FILES

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
        if (index_dir / CURRENT_FILE).is_file():
            # CURRENT names a version whose manifest is gone: a damaged index, not a missing one.
            raise integrity.damaged(MANIFEST_FILE, "missing")
        raise IndexMissingError(
            # The path as given: the last part alone names another directory from elsewhere.
            f"No index in {index_dir}. Build one with: reportsearch index --corpus CORPUS_DIR --index {index_dir}"
        )
    return version


def read_manifest(version_dir: Path) -> dict:
    try:
        manifest = json.loads((version_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise integrity.damaged(MANIFEST_FILE, "missing") from e
    except (OSError, ValueError) as e:  # cut short, not JSON, not UTF-8
        raise integrity.damaged(MANIFEST_FILE, "unreadable") from e
    if not isinstance(manifest, dict):
        raise integrity.damaged(MANIFEST_FILE, "unreadable")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"This index has format version {manifest.get('format_version')}, "
            f"this reportsearch reads version {FORMAT_VERSION}. Rebuild it with: reportsearch index"
        )
    return manifest


_LOCAL_ONLY_VECTORS = {PASSAGE_VECTORS_FILE, SENTENCE_FILES.vectors, CLAUSE_FILES.vectors}


def open_version(index_dir: Path) -> tuple[Path, dict]:
    """The served version and its manifest, after checking every recorded file is whole."""
    version = require_version_dir(index_dir)
    manifest = read_manifest(version)
    integrity.check_sizes(version, required_files(manifest))
    return version, manifest


def required_files(manifest: dict) -> dict:
    """The recorded files a reader of this version needs."""
    files = manifest.get("files") or {}
    if (manifest.get("backend") or {}).get("name", "local") != "local":
        # A remote backend serves the vectors; the local copies only seed the next build's
        # embedding cache, so their loss costs time, not answers.
        files = {name: record for name, record in files.items() if name not in _LOCAL_ONLY_VECTORS}
    return files


def published_at(version_dir: Path) -> str:
    """When the version became the served one (its name is stamped at publishing)."""
    stamp = version_dir.name[len(_VERSION_PREFIX) :].split("-", 1)[0]
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.strptime(stamp, "%Y%m%dT%H%M%S"))
    except ValueError:
        return ""


def index_id(index_dir: Path) -> str:
    """A random id of this index directory, made once: it marks what the index owns elsewhere
    (its Milvus collection), and survives moving the directory."""
    path = index_dir / INDEX_ID_FILE
    if not path.is_file():
        try:
            index_dir.mkdir(parents=True, exist_ok=True)
            write_atomically(path, uuid.uuid4().hex)
        except OSError:  # a read-only copy: an id derived from its place, stable while it stays there
            return uuid.uuid5(uuid.NAMESPACE_URL, str(index_dir.resolve())).hex
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
    """Make a finished build the served version, then drop versions nobody should need.

    The manifest gains the size and checksum of every other file of the version first, so
    opening can tell a whole version from a damaged one."""
    _record_files(temp_dir)
    version = index_dir / f"{_VERSION_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    temp_dir.rename(version)
    # Pruning orders versions by mtime: stamp the publish time (a copied or long-built
    # directory may carry an older one).
    os.utime(version)
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


def _record_files(temp_dir: Path) -> None:
    path = temp_dir / MANIFEST_FILE
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["files"] = integrity.file_records(temp_dir, skip={MANIFEST_FILE})
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")


def _remove_stale(index_dir: Path, current: Path) -> None:
    """Keep the current version, the one before it, and every version a reader holds."""
    versions = sorted(
        (
            p
            for p in index_dir.iterdir()
            if p.is_dir() and p.name.startswith(_VERSION_PREFIX) and p != current
        ),
        key=lambda p: p.stat().st_mtime,
    )
    in_use = leases.versions_in_use(index_dir)
    for old in versions[: max(0, len(versions) - _KEEP_PREVIOUS)]:
        if old.name not in in_use:
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
    return pid != os.getpid() and leases.process_alive(pid)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_reports(index_dir: Path) -> list[dict]:
    """Report records of the served index, without loading the model or search structures."""
    version, _ = open_version(index_dir)
    return read_json(version, REPORTS_FILE)


def read_json(version_dir: Path, name: str):
    """A JSON file of the version; an unreadable one means the index is damaged."""
    try:
        return json.loads((version_dir / name).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise integrity.damaged(name, "missing") from e
    except (OSError, ValueError) as e:
        raise integrity.damaged(name, "unreadable") from e


def verify(index_dir: Path) -> tuple[str, int]:
    """Check every byte of the served version against its manifest: (version, files checked)."""
    version, manifest = open_version(index_dir)
    records = required_files(manifest)
    if not records:
        raise IndexMismatchError(
            "This index records no checksums (built by an older reportsearch); rebuild it with "
            "`reportsearch index` to make it checkable."
        )
    return version.name, integrity.check_contents(version, records)
