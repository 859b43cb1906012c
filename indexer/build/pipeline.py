"""Corpus directory -> a new index version, published atomically.

Passages, their sentences and their clauses are all embedded. Embeddings are reused by the hash of the
text that was embedded, so re-indexing embeds only text that changed: an unchanged report
costs no model time.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from indexer import store
from indexer.backends import BackendSpec
from indexer.dense import CLAUSE_FILES, PASSAGE_VECTORS_FILE, SENTENCE_FILES, save_dense
from indexer.errors import IndexMismatchError, ReportReadError, ReportSearchError
from indexer.formats import format_of
from indexer.lexical import BIGRAM_BM25_DIR, DEFAULT_B, DEFAULT_K1, build_bm25, save_bm25
from indexer.metadata import load_corpus_metadata
from indexer.parallel import parallel_map, tokenize_to_ids
from indexer.passage_store import write_passages
from indexer.passages import ChunkParams
from indexer.read import list_report_files
from indexer.records import Passage
from indexer.report import ParsedReport, parse_report, write_cleaned_texts
from indexer.section_types import OTHER, assign_section_types
from indexer.sentences import MIN_SENTENCE_CHARS, clause_spans, sentence_spans
from indexer.tokens import char_bigrams, get_tokenizer, tokenize
from models import Encoder

ProgressCallback = Callable[[str, int, int], None]
EMBED_BATCH = 32
CHECKPOINT_TEXTS = 2048
HALF_PRECISION_ABOVE = 500_000
CLAUSES_MAX_PASSAGES = 100_000  # where the exact index ends, too (dense.EXACT_MAX_PASSAGES)
MILVUS_WRITTEN_FILE = "milvus-written.json"  # report keys written to Milvus and not yet deleted
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexOptions:
    chunking: ChunkParams = field(default_factory=ChunkParams)
    dense_index: str = "auto"  # flat (exact) below EXACT_MAX_PASSAGES, IVF above
    # Headings above a passage, prepended to what is embedded / tokenized (the stored text is untouched).
    context_dense: bool = False
    context_lexical: bool = True
    bm25_k1: float = DEFAULT_K1
    bm25_b: float = DEFAULT_B
    char_bigrams: bool = True  # a second BM25 index over character pairs (see tokens.char_bigrams)
    # Clauses embedded too, for best-piece dense scoring (sentences.clause_spans). None: only
    # below CLAUSES_MAX_PASSAGES, since there are about nine clause vectors a passage.
    clause_vectors: bool | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class BuildSummary:
    index_dir: Path
    version_dir: Path
    reports: int
    passages: int
    embedded: int  # passages sent to the model (the rest came from the previous index)
    seconds: float
    skipped: list[dict]


def contextual_text(passage: Passage, with_context: bool) -> str:
    if not with_context or not passage.section_path:
        return passage.text
    return "；".join(passage.section_path) + "\n" + passage.text


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    encoder: Encoder,
    options: IndexOptions | None = None,
    on_progress: ProgressCallback | None = None,
    reuse_from: Path | None = None,
    backend: BackendSpec | None = None,
) -> BuildSummary:
    """Build the index of every report in `corpus_dir`; unreadable files are skipped and listed.

    With a milvus `backend`, the vectors and lexical postings go to Milvus (only reports whose
    content changed are written, rows of removed reports deleted after the new version is
    published); the index directory keeps the manifest, passages and embedding cache.

    Embeddings already computed by the index at `index_dir` (or at `reuse_from`, another index
    built with the same model) are reused.
    """
    options = options or IndexOptions()
    backend = backend or BackendSpec()
    progress = on_progress or (lambda stage, done, total: None)
    started = time.perf_counter()
    if not corpus_dir.is_dir():
        raise ReportSearchError(f"Corpus directory {corpus_dir} does not exist.")

    milvus = None
    if backend.name == "milvus":  # fail before the slow part when Milvus cannot be reached
        from indexer.milvus_store import connect

        milvus = connect(backend.uri)
    reports, skipped = _parse_corpus(corpus_dir, options.chunking, progress)
    if not reports:
        raise ReportSearchError(
            f"No readable report in {corpus_dir} (looked for .txt files)."
            + "".join(f"\n  {s['source']}: {s['error']}" for s in skipped)
        )
    passages = [p for r in reports for p in r.passages]

    sentences = passage_sentences(passages)
    if options.clause_vectors is None:  # resolved here, so the manifest and Milvus keys say what was built
        options = replace(options, clause_vectors=len(passages) < CLAUSES_MAX_PASSAGES)
    clauses = passage_clauses(passages) if options.clause_vectors else []
    embed_texts = [contextual_text(p, options.context_dense) for p in passages]
    piece_texts = [
        passages[row].text[s - passages[row].start : e - passages[row].start]
        for row, s, e in sentences + clauses
    ]
    keys = [_key(t) for t in embed_texts + piece_texts]
    vectors, embedded = _embed_with_cache(
        [index_dir] + ([reuse_from] if reuse_from else []),
        encoder,
        embed_texts + piece_texts,
        keys,
        progress,
    )

    section_types = _type_sections(reports, passages, vectors[: len(passages)])
    passages = [
        replace(p, section_type=section_types.get(key, OTHER) if key else OTHER)
        for p, key in zip(passages, _section_keys(reports, passages), strict=True)
    ]

    if backend.name == "local":
        token_ids, vocab, bigram_ids, bigram_vocab = _tokenize(passages, options, progress)
    temp = store.new_temp_dir(index_dir)
    try:
        n, n_sentences = len(passages), len(sentences)
        progress("dense", 0, 1)
        pieces = {SENTENCE_FILES: (vectors[n : n + n_sentences], _span_array(sentences))}
        if options.clause_vectors:
            pieces[CLAUSE_FILES] = (vectors[n + n_sentences :], _span_array(clauses))
        save_dense(temp, vectors[:n], pieces, options.dense_index, backend.name == "local")
        progress("dense", 1, 1)
        if backend.name == "local":
            progress("bm25", 0, 1)
            save_bm25(build_bm25(token_ids, vocab, options.bm25_k1, options.bm25_b), temp)
            if bigram_ids is not None:
                bigrams = build_bm25(bigram_ids, bigram_vocab, options.bm25_k1, options.bm25_b)
                save_bm25(bigrams, temp, BIGRAM_BM25_DIR)
            progress("bm25", 1, 1)
            backend_record = {"name": "local"}
        else:
            backend_record = _write_milvus(
                milvus,
                backend,
                index_dir,
                encoder,
                options,
                reports,
                passages,
                vectors[:n],
                _span_array(sentences + clauses),
                vectors[n:],
                progress,
            )
        progress("write", 0, 1)
        (temp / store.EMBEDDING_KEYS_FILE).write_text("\n".join(keys), encoding="utf-8")
        write_passages(temp, passages)
        write_cleaned_texts(temp, reports)
        (temp / store.REPORTS_FILE).write_text(
            json.dumps([_report_record(r, section_types) for r in reports], ensure_ascii=False),
            encoding="utf-8",
        )
        seconds = time.perf_counter() - started
        manifest = {
            "format_version": store.FORMAT_VERSION,
            "model": encoder.name,
            "dimension": int(encoder.dimension),
            "query_prefix": getattr(encoder, "query_prefix", ""),
            "passage_prefix": getattr(encoder, "passage_prefix", ""),
            "options": options.to_dict(),
            "backend": backend_record,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "build_seconds": round(seconds, 2),
            "counts": {
                "reports": len(reports),
                "passages": len(passages),
                "sentences": len(sentences),
                "clauses": len(clauses),
            },
            "reports": {
                r.meta.source: {
                    "report_id": r.meta.report_id,
                    "sha256": r.sha256,
                    "passages": len(r.passages),
                }
                for r in reports
            },
            "skipped": skipped,
        }
        (temp / store.MANIFEST_FILE).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        version = store.publish(index_dir, temp)
        EmbeddingCheckpoints(index_dir, encoder).clear()  # the new version holds every vector now
        if backend.name == "milvus":
            _prune_milvus(milvus, backend_record, index_dir)
        progress("write", 1, 1)
    except BaseException:
        store.discard(temp)
        raise
    return BuildSummary(index_dir, version, len(reports), len(passages), embedded, seconds, skipped)


def _tokenize(passages: list[Passage], options: IndexOptions, progress: ProgressCallback):
    """Word and character-bigram token ids of every passage, for the local bm25s indexes."""
    progress("tokenize", 0, len(passages))
    get_tokenizer()  # load the dictionary once, before worker processes fork
    token_ids, vocab = tokenize_to_ids(
        (contextual_text(p, options.context_lexical) for p in passages),
        tokenize,
        len(passages),
        lambda done, total: progress("tokenize", done, total),
    )
    bigram_ids, bigram_vocab = (
        tokenize_to_ids((p.text for p in passages), char_bigrams, len(passages))
        if options.char_bigrams
        else (None, None)
    )
    progress("tokenize", len(passages), len(passages))
    return token_ids, vocab, bigram_ids, bigram_vocab


def _write_milvus(
    client,
    backend: BackendSpec,
    index_dir: Path,
    encoder: Encoder,
    options: IndexOptions,
    reports: list[ParsedReport],
    passages: list[Passage],
    passage_vectors: np.ndarray,
    pieces: np.ndarray,
    piece_vectors: np.ndarray,
    progress: ProgressCallback,
) -> dict:
    """Upsert the reports whose rows changed into Milvus; the manifest's backend record."""
    from indexer import milvus_store

    settings = {"model": encoder.name, "options": options.to_dict()}
    by_report: dict[str, list[Passage]] = {}
    for p in passages:
        by_report.setdefault(p.report_id, []).append(p)
    keys = {
        r.meta.report_id: milvus_store.report_key(r.sha256, by_report.get(r.meta.report_id, []), settings)
        for r in reports
    }
    uri = milvus_store.normalized_uri(backend.uri)
    created = milvus_store.ensure_collections(
        client, backend.collection, encoder.dimension, len(passages), store.index_id(index_dir)
    )
    previous = _previous_backend(index_dir)
    held = (
        set(previous.get("report_keys", {}).values())
        if not created and previous.get("uri") == uri and previous.get("collection") == backend.collection
        else set()
    )
    changed = {rid for rid, key in keys.items() if key not in held}
    # Recorded before writing, so rows of a build that never publishes are found and removed.
    _record_written(index_dir, uri, backend.collection, {keys[rid] for rid in changed})
    progress("milvus", 0, 1)
    # Sentences and clauses share the pieces collection: both only serve best-piece scoring there.
    milvus_store.upsert_reports(
        client,
        backend.collection,
        passages,
        [contextual_text(p, options.context_lexical) for p in passages],
        passage_vectors,
        pieces,
        piece_vectors,
        keys,
        changed,
        lambda done, total: progress("milvus", done, max(total, 1)),
    )
    progress("milvus", 1, 1)
    record = {
        "name": "milvus",
        "uri": uri,
        "collection": backend.collection,
        "report_keys": keys,
        "reports_written": len(changed),
    }
    return record


def _written_file(index_dir: Path) -> Path:
    return index_dir / MILVUS_WRITTEN_FILE


def _record_written(index_dir: Path, uri: str, collection: str, keys: set[str]) -> dict:
    """Report keys this index wrote into each Milvus collection and has not deleted yet."""
    path = _written_file(index_dir)
    written = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    target = f"{uri}|{collection}"
    written[target] = sorted(set(written.get(target, [])) | keys)
    store.write_atomically(path, json.dumps(written, ensure_ascii=False))
    return written


def _prune_milvus(client, record: dict, index_dir: Path) -> None:
    """Delete the rows no version on disk uses: replaced or removed reports, and rows of
    builds that never published. The kept previous version's rows stay, for servers that
    opened it before CURRENT moved. A failure here leaves the keys recorded for next time."""
    from indexer.milvus_store import delete_reports

    keep: set[str] = set()
    for version in store.version_dirs(index_dir):
        try:
            other = store.read_manifest(version).get("backend") or {}
        except (OSError, ValueError, IndexMismatchError):
            continue
        if other.get("uri") == record["uri"] and other.get("collection") == record["collection"]:
            keep |= set(other.get("report_keys", {}).values())
    target = f"{record['uri']}|{record['collection']}"
    written = set(_record_written(index_dir, record["uri"], record["collection"], set())[target])
    stale = sorted(written - keep)
    try:
        delete_reports(client, record["collection"], stale)
    except Exception as e:  # noqa: BLE001 - any Milvus error: the new version is published and serving
        log.warning(
            "Could not delete %d stale report keys from Milvus (next build retries): %s", len(stale), e
        )
        return
    path = _written_file(index_dir)
    all_written = json.loads(path.read_text(encoding="utf-8"))
    all_written[target] = sorted(written & keep)
    store.write_atomically(path, json.dumps(all_written, ensure_ascii=False))


def _previous_backend(index_dir: Path) -> dict:
    version = store.current_version_dir(index_dir)
    if version is None:
        return {}
    try:
        return store.read_manifest(version).get("backend") or {}
    except (OSError, ValueError, IndexMismatchError):
        return {}


def passage_sentences(passages: list[Passage]) -> list[tuple[int, int, int]]:
    """(passage row, start, end) of every sentence worth embedding, offsets in the cleaned report."""
    return [
        (row, p.start + s, p.start + e)
        for row, p in enumerate(passages)
        for s, e in sentence_spans(p.text)
        if e - s >= MIN_SENTENCE_CHARS
    ]


def passage_clauses(passages: list[Passage]) -> list[tuple[int, int, int]]:
    """(passage row, start, end) of every clause and clause pair (see sentences.clause_spans)."""
    return [
        (row, p.start + s, p.start + e) for row, p in enumerate(passages) for s, e in clause_spans(p.text)
    ]


def _span_array(spans: list[tuple[int, int, int]]) -> np.ndarray:
    return np.array(spans, dtype=np.int32).reshape(-1, 3)


def _type_sections(
    reports: list[ParsedReport], passages: list[Passage], passage_vectors: np.ndarray
) -> dict[tuple[str, int], str]:
    """Canonical type of every top-level section, keyed by (report_id, section position)."""
    rows_of: dict[tuple[str, int], list[int]] = {}
    for row, key in enumerate(_section_keys(reports, passages)):
        if key is not None:
            rows_of.setdefault(key, []).append(row)
    sections = [
        (report.meta.report_id, position, section.title)
        for report in reports
        for position, section in enumerate(report.outline.sections)
        if (report.meta.report_id, position) in rows_of
    ]
    if not sections:
        return {}
    vectors = np.array([passage_vectors[rows_of[(rid, pos)]].mean(axis=0) for rid, pos, _ in sections])
    types = assign_section_types(sections, vectors, passage_vectors.mean(axis=0))
    return {(rid, pos): t for (rid, pos, _), t in zip(sections, types, strict=True)}


def _section_keys(reports: list[ParsedReport], passages: list[Passage]) -> list[tuple[str, int] | None]:
    """(report_id, position of its top-level section) per passage; None for the preamble."""
    starts = {r.meta.report_id: [s.start for s in r.outline.sections] for r in reports}
    keys = []
    for p in passages:
        position = bisect.bisect_right(starts[p.report_id], p.start) - 1
        keys.append((p.report_id, position) if position >= 0 else None)
    return keys


def _report_record(report: ParsedReport, section_types: dict[tuple[str, int], str]) -> dict:
    record = report.to_dict()
    del record["cleaned"]  # kept in its own file, read only when a report is opened
    record["format"] = format_of(report.meta.source)
    for position, section in enumerate(record["sections"]):
        section["section_type"] = section_types.get((report.meta.report_id, position), OTHER)
    return record


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _parse_corpus(
    corpus_dir: Path, params: ChunkParams, progress: ProgressCallback
) -> tuple[list[ParsedReport], list[dict]]:
    files = list_report_files(corpus_dir)
    extra = load_corpus_metadata(corpus_dir)
    reports, skipped = [], []
    jobs = [(path, params, extra.get(path.name)) for path in files]
    for i, (path, parsed) in enumerate(zip(files, parallel_map(_parse_one, jobs, chunksize=16), strict=True)):
        if i % 100 == 0:
            progress("read", i, len(files))
        if isinstance(parsed, ParsedReport):
            reports.append(parsed)
        else:
            skipped.append({"source": path.name, "error": parsed})
    progress("read", len(files), len(files))
    return reports, skipped


def _parse_one(job: tuple[Path, ChunkParams, dict | None]) -> ParsedReport | str:
    """Parse one report, or return why it cannot be read (an error string crosses processes safely)."""
    path, params, extra = job
    try:
        return parse_report(path, params, extra)
    except (ReportReadError, OSError) as e:
        return str(e)


def _embed_with_cache(
    index_dirs: list[Path], encoder: Encoder, texts: list[str], keys: list[str], progress: ProgressCallback
) -> tuple[np.ndarray, int]:
    cached: dict[str, np.ndarray] = {}
    for index_dir in index_dirs:
        cached.update(_previous_embeddings(index_dir, encoder))
    checkpoints = EmbeddingCheckpoints(index_dirs[0], encoder)
    cached.update(checkpoints.load())
    # Half precision above a few hundred thousand texts: 4M x 384 float32 would be 6 GB.
    dtype = np.float16 if len(texts) > HALF_PRECISION_ABOVE else np.float32
    vectors = np.zeros((len(texts), encoder.dimension), dtype=dtype)
    first_row_of: dict[str, int] = {}
    todo, copies = [], []
    for row, key in enumerate(keys):
        if key in cached:
            vectors[row] = cached[key]
        elif key in first_row_of:
            copies.append((row, first_row_of[key]))  # the same text twice (a one-sentence passage)
        else:
            first_row_of[key] = row
            todo.append(row)
    progress("embed", 0, len(todo))
    unsaved: list[int] = []
    for done in range(0, len(todo), EMBED_BATCH):
        rows = todo[done : done + EMBED_BATCH]
        vectors[rows] = encoder.encode_passages([texts[r] for r in rows])
        unsaved += rows
        if len(unsaved) >= CHECKPOINT_TEXTS:
            checkpoints.save([keys[r] for r in unsaved], vectors[unsaved])
            unsaved = []
        progress("embed", min(done + EMBED_BATCH, len(todo)), len(todo))
    for row, source in copies:
        vectors[row] = vectors[source]
    return vectors, len(todo)


class EmbeddingCheckpoints:
    """Embeddings of a build in progress, saved every few thousand texts under the index
    directory, so an interrupted build resumes where it stopped instead of starting over."""

    DIRECTORY = "embedding-checkpoints"

    def __init__(self, index_dir: Path, encoder: Encoder) -> None:
        tag = hashlib.sha256(f"{encoder.name}|{getattr(encoder, 'passage_prefix', '')}".encode()).hexdigest()[
            :12
        ]
        self.directory = index_dir / self.DIRECTORY / tag
        self.dimension = encoder.dimension

    def load(self) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for part in sorted(self.directory.glob("part-*.npz")) if self.directory.is_dir() else []:
            try:
                with np.load(part) as data:
                    if data["vectors"].shape[1:] == (self.dimension,):
                        found.update(zip(data["keys"].tolist(), data["vectors"], strict=True))
            except (OSError, ValueError, KeyError):
                continue  # a part cut short by the interruption itself
        return found

    def save(self, keys: list[str], vectors: np.ndarray) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        part = self.directory / f"part-{time.time_ns()}.npz"
        temporary = part.with_suffix(".tmp.npz")
        np.savez(temporary, keys=np.array(keys), vectors=vectors)
        os.replace(temporary, part)  # a part is either whole or absent

    def clear(self) -> None:
        shutil.rmtree(self.directory.parent, ignore_errors=True)


def _previous_embeddings(index_dir: Path, encoder: Encoder) -> dict[str, np.ndarray]:
    """Vectors of the served index, if it was built with the same model and prefixes."""
    version = store.current_version_dir(index_dir)
    if version is None:
        return {}
    try:
        manifest = store.read_manifest(version)
        same_model = (
            manifest.get("model") == encoder.name
            and manifest.get("dimension") == encoder.dimension
            and manifest.get("passage_prefix", "") == getattr(encoder, "passage_prefix", "")
        )
        if not same_model:
            return {}
        vector_files = [PASSAGE_VECTORS_FILE, SENTENCE_FILES.vectors, CLAUSE_FILES.vectors]
        vectors = np.concatenate(
            [np.load(version / name, mmap_mode="r") for name in vector_files if (version / name).exists()]
        )
        keys = (version / store.EMBEDDING_KEYS_FILE).read_text(encoding="utf-8").split("\n")
    except (OSError, ValueError, ReportSearchError):
        return {}  # an unreadable old index only costs a full re-embed
    if len(keys) != len(vectors):
        return {}
    return dict(zip(keys, vectors, strict=True))
