"""The one way to build or update an index: keep what the index records (options, model,
prefixes, backend) unless the caller overrides it explicitly, then run the pipeline.

`reportsearch index` and `reportsearch add` both come here, so adding a report never resets
chunking, the bigram view, clause vectors or the model's prefixes of the index it updates.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from indexer.backends.base import DEFAULT_COLLECTION, BackendSpec, ProgressCallback, backend_record
from indexer.build.pipeline import BuildSummary, build_index
from indexer.errors import ReportSearchError
from indexer.index import store
from indexer.index.lock import build_lock
from indexer.index.options import IndexOptions
from indexer.ingest.formats import SUPPORTED_SUFFIXES
from indexer.ingest.formats.pdf import MIN_TEXT_CHARS
from indexer.ingest.report import ParsedReport, parse_report
from indexer.text.normalize import is_valid_text, printable
from models import DEFAULT_ENCODER, get_encoder


@dataclass(frozen=True)
class BuildRequest:
    """What the user asked for; None everywhere means: as the index records it (or the default)."""

    model: str | None = None
    query_prefix: str | None = None
    passage_prefix: str | None = None
    device: str | None = None
    backend: str | None = None
    uri: str | None = None
    collection: str | None = None
    target_chars: int | None = None
    max_chars: int | None = None
    dense_index: str | None = None
    char_bigrams: bool | None = None
    clause_vectors: bool | None = None


@dataclass(frozen=True)
class RecordedIndex:
    """What the current version of an index says about how it was built (empty for a new index)."""

    options: IndexOptions | None = None
    model: str | None = None
    query_prefix: str = ""
    passage_prefix: str = ""
    backend: dict | None = None

    @classmethod
    def of(cls, index_dir: Path) -> RecordedIndex:
        version = store.current_version_dir(index_dir)
        if version is None:
            return cls()
        try:
            manifest = store.read_manifest(version)
            return cls(
                IndexOptions.from_dict(manifest.get("options") or {}),
                manifest.get("model"),
                manifest.get("query_prefix", ""),
                manifest.get("passage_prefix", ""),
                backend_record(manifest),
            )
        except (OSError, ValueError, TypeError, ReportSearchError):
            return cls()  # an unreadable or old-format index is simply rebuilt


def update_index(
    corpus_dir: Path,
    index_dir: Path,
    request: BuildRequest,
    on_progress: ProgressCallback | None = None,
    on_wait: Callable[[], None] | None = None,
) -> BuildSummary:
    """Under the index's build lock, so the corpus is read after any other build finished:
    a report added meanwhile is never lost."""
    with build_lock(index_dir, on_wait=on_wait):
        return _update(corpus_dir, index_dir, request, on_progress)


def _update(
    corpus_dir: Path, index_dir: Path, request: BuildRequest, on_progress: ProgressCallback | None
) -> BuildSummary:
    recorded = RecordedIndex.of(index_dir)
    options = (recorded.options or IndexOptions()).overridden(
        target_chars=request.target_chars,
        max_chars=request.max_chars,
        dense_index=request.dense_index,
        char_bigrams=request.char_bigrams,
        clause_vectors=request.clause_vectors,
    )
    model = request.model or recorded.model or DEFAULT_ENCODER
    same_model = model == recorded.model
    encoder = get_encoder(
        model,
        query_prefix=_chosen(request.query_prefix, recorded.query_prefix if same_model else ""),
        passage_prefix=_chosen(request.passage_prefix, recorded.passage_prefix if same_model else ""),
        device=request.device,
    )
    spec = backend_spec(request, recorded.backend or {})
    return build_index(corpus_dir, index_dir, encoder, options, on_progress, backend=spec)


def backend_spec(request: BuildRequest, previous: dict) -> BackendSpec:
    """Where a build writes: the request, else what the current index uses, else local."""
    name = request.backend or previous.get("name") or "local"
    same = previous.get("name") == name
    if name != "milvus":
        if request.uri or request.collection:
            raise ReportSearchError(
                f"--uri and --collection are for the milvus backend; this build is {name!r}. "
                "Add --backend milvus."
            )
        return BackendSpec(name)
    return BackendSpec(
        name,
        request.uri or (previous.get("uri") if same else None),
        request.collection or (previous.get("collection") if same else None) or DEFAULT_COLLECTION,
    )


def _chosen(given: str | None, recorded: str) -> str:
    return recorded if given is None else given


@dataclass
class AddedReports:
    accepted: list[tuple[str, ParsedReport]] = field(default_factory=list)  # (file name, parsed)
    notes: list[str] = field(default_factory=list)  # files skipped or replaced, and why


def add_reports(files: list[Path], corpus_dir: Path, replace: bool = False) -> AddedReports:
    """Check each file parses and holds text, then copy it into the corpus; raise if none could
    be added. A different report of the same file name is replaced only when `replace` says so:
    two downloads both called report.pdf must not silently cost the corpus a report."""
    if not corpus_dir.is_dir():
        raise ReportSearchError(f"Corpus directory {corpus_dir.name} does not exist.")
    added = AddedReports()
    for path in files:
        if not is_valid_text(path.name):
            added.notes.append(
                f"Skipped {printable(path.name)}: the file name is not valid UTF-8; rename the file."
            )
            continue
        if any(ch in path.name for ch in "\n\r\t"):  # it would end up inside report and passage ids
            added.notes.append(
                f"Skipped {printable(path.name)}: the file name holds a line break or tab; rename it."
            )
            continue
        if not path.is_file():
            what = "a directory, not a file" if path.is_dir() else "no such file"
            added.notes.append(f"Skipped {path.name}: {what}.")
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            added.notes.append(f"Skipped {path.name}: unsupported format ({', '.join(SUPPORTED_SUFFIXES)}).")
            continue
        try:
            report = parse_report(path, IndexOptions().chunking)
        except ReportSearchError as e:
            added.notes.append(f"Skipped {e}")
            continue
        if not report.passages:
            added.notes.append(f"Skipped {path.name}: it holds no text to index.")
            continue
        written = sum(ch.isalnum() for ch in report.cleaned)
        # The floor a PDF page must reach not to be taken for a scan; a real report has thousands.
        if written < MIN_TEXT_CHARS:
            added.notes.append(
                f"Skipped {path.name}: only {written} characters of text, too few for a report "
                "(a file saved by mistake, or cut short?)."
            )
            continue
        target = corpus_dir / path.name
        data = path.read_bytes()
        if target.exists() and target.read_bytes() != data:
            if not replace:
                added.notes.append(
                    f"Skipped {path.name}: the corpus already holds a different report of that name. "
                    "Rename the file, or add it with --replace to replace that report."
                )
                continue
            added.notes.append(f"Replacing {target.name} with the new version.")
        twin = _same_file_in(corpus_dir, data, path.name)
        if twin is not None:
            added.notes.append(f"Skipped {path.name}: the corpus already holds the same file as {twin}.")
            continue
        if path.resolve() != target.resolve():
            shutil.copy2(path, target)
        added.accepted.append((path.name, report))
    if not added.accepted:
        raise ReportSearchError("No file was added." + "".join(f"\n  {n}" for n in added.notes))
    return added


def _same_file_in(corpus_dir: Path, data: bytes, name: str) -> str | None:
    """The name of a corpus file with exactly these bytes under another name, if any."""
    for other in corpus_dir.iterdir():
        if other.name != name and other.is_file() and other.stat().st_size == len(data):
            if other.read_bytes() == data:
                return other.name
    return None
