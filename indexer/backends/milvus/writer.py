"""Writing a version into Milvus: upsert the reports whose rows changed, and after the version
is published delete the rows no kept version uses."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from indexer.backends.base import BackendSpec, ProgressCallback, VersionContents, backend_record
from indexer.backends.milvus import collections
from indexer.errors import IndexDamagedError, IndexMismatchError
from indexer.index import store
from indexer.records import Passage

WRITTEN_FILE = "milvus-written.json"  # report keys written to Milvus and not yet deleted
# Part of every report key: changing how rows are keyed rewrites every report once.
ROW_FORMAT = 2
log = logging.getLogger(__name__)


class MilvusWriter:
    name = "milvus"

    def __init__(self, spec: BackendSpec, index_dir: Path) -> None:
        self.spec = spec
        self.index_dir = index_dir
        self.client = None

    def check(self) -> None:
        self.client = collections.connect(self.spec.uri)

    def write(self, contents: VersionContents, version_dir: Path, progress: ProgressCallback) -> dict:
        """Upsert the reports whose rows changed; the manifest's backend record."""
        if self.client is None:
            self.check()
        settings = {"model": contents.model, "options": contents.options.to_dict(), "rows": ROW_FORMAT}
        by_report: dict[str, list[Passage]] = {}
        for p in contents.passages:
            by_report.setdefault(p.report_id, []).append(p)
        keys = {
            r.meta.report_id: collections.report_key(r.sha256, by_report.get(r.meta.report_id, []), settings)
            for r in contents.reports
        }
        uri = collections.normalized_uri(self.spec.uri)
        name = self.spec.collection
        created = collections.ensure_collections(
            self.client, name, contents.dimension, len(contents.passages), store.index_id(self.index_dir)
        )
        previous = _previous_record(self.index_dir)
        held = (
            set(previous.get("report_keys", {}).values())
            if not created and previous.get("uri") == uri and previous.get("collection") == name
            else set()
        )
        changed = {rid for rid, key in keys.items() if key not in held}
        # Recorded before writing, so rows of a build that never publishes are found and removed.
        _record_written(self.index_dir, uri, name, {keys[rid] for rid in changed})
        progress("milvus", 0, 1)
        # Sentences and clauses share the pieces collection: both only serve best-piece scoring there.
        collections.upsert_reports(
            self.client,
            name,
            contents.passages,
            contents.lexical_texts(),
            contents.passage_vectors,
            np.concatenate([contents.sentences, contents.clauses]).reshape(-1, 3),
            contents.piece_vectors,
            keys,
            changed,
            len(contents.sentences),
            lambda done, total: progress("milvus", done, max(total, 1)),
        )
        progress("milvus", 1, 1)
        return {
            "name": self.name,
            "uri": uri,
            "collection": name,
            "report_keys": keys,
            "reports_written": len(changed),
        }

    def published(self, record: dict) -> None:
        """Delete the rows no version on disk uses: replaced or removed reports, and rows of
        builds that never published. The kept previous version's rows stay, for servers that
        opened it before CURRENT moved. A failure here leaves the keys recorded for next time."""
        keep: set[str] = set()
        for version in store.version_dirs(self.index_dir):
            try:
                other = backend_record(store.read_manifest(version))
            except (OSError, ValueError, IndexMismatchError, IndexDamagedError):
                continue  # a damaged old version serves no one
            if other.get("uri") == record["uri"] and other.get("collection") == record["collection"]:
                keep |= set(other.get("report_keys", {}).values())
        target = f"{record['uri']}|{record['collection']}"
        written = set(_record_written(self.index_dir, record["uri"], record["collection"], set())[target])
        stale = sorted(written - keep)
        try:
            collections.delete_reports(self.client, record["collection"], stale)
        except Exception as e:  # noqa: BLE001 - any Milvus error: the new version is published and serving
            log.warning(
                "Could not delete %d stale report keys from Milvus (next build retries): %s", len(stale), e
            )
            return
        path = self.index_dir / WRITTEN_FILE
        all_written = json.loads(path.read_text(encoding="utf-8"))
        all_written[target] = sorted(written & keep)
        store.write_atomically(path, json.dumps(all_written, ensure_ascii=False))


def _record_written(index_dir: Path, uri: str, collection: str, keys: set[str]) -> dict:
    """Report keys this index wrote into each Milvus collection and has not deleted yet."""
    path = index_dir / WRITTEN_FILE
    written = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    target = f"{uri}|{collection}"
    written[target] = sorted(set(written.get(target, [])) | keys)
    store.write_atomically(path, json.dumps(written, ensure_ascii=False))
    return written


def _previous_record(index_dir: Path) -> dict:
    version = store.current_version_dir(index_dir)
    if version is None:
        return {}
    try:
        return backend_record(store.read_manifest(version))
    except (OSError, ValueError, IndexMismatchError):
        return {}
