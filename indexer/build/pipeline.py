"""Corpus directory -> a new index version, published atomically.

Read and parse every report, embed passages, sentences and clauses (reusing vectors of
unchanged text), type the sections, let the backend write its retrieval structures, write
the passage table, cleaned texts and manifest, then publish. Nothing here depends on which
backend is used: each is a writer behind backends.base.BackendWriter.
"""

from __future__ import annotations

import bisect
import json
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from indexer.backends.base import BackendSpec, ProgressCallback, VersionContents, contextual_text
from indexer.backends.factory import make_writer
from indexer.build.embed_cache import EmbeddingCheckpoints, embed_with_cache, text_key
from indexer.build.term_vectors import write_version_terms
from indexer.errors import ReportReadError, ReportSearchError
from indexer.index import store
from indexer.index.indicator_store import write_indicators
from indexer.index.options import LARGE_INDEX_PASSAGES, IndexOptions, dense_index_type
from indexer.index.passage_store import write_passages
from indexer.index.places import places_of, write_places
from indexer.index.vectors import CLAUSE_FILES, SENTENCE_FILES, load_passage_vectors, save_vectors
from indexer.ingest.formats import SUPPORTED_SUFFIXES, format_of, list_report_files
from indexer.ingest.indicators import IndicatorRow, extract_indicators
from indexer.ingest.metadata import load_corpus_metadata
from indexer.ingest.passages import ChunkParams
from indexer.ingest.report import ParsedReport, parse_report, write_cleaned_texts
from indexer.records import Passage
from indexer.text.parallel import parallel_map
from indexer.text.section_types import OTHER, assign_section_types, types_within
from indexer.text.sentences import MIN_SENTENCE_CHARS, clause_spans, sentence_spans
from indexer.text.tokens import word_lists_fingerprint
from models import Encoder


@dataclass(frozen=True)
class BuildSummary:
    index_dir: Path
    version_dir: Path
    reports: int
    passages: int
    embedded: int  # texts sent to the model (the rest came from the previous index)
    seconds: float
    skipped: list[dict]
    backend: dict  # the manifest's backend record


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

    Embeddings already computed by the index at `index_dir` (or at `reuse_from`, another index
    built with the same model) are reused.
    """
    options = options or IndexOptions()
    progress = on_progress or (lambda stage, done, total: None)
    started = time.perf_counter()
    if not corpus_dir.is_dir():
        raise ReportSearchError(f"Corpus directory {corpus_dir.name} does not exist.")
    writer = make_writer(backend or BackendSpec(), index_dir)
    writer.check()  # fail before the slow part when the backend cannot be reached

    reports, indicator_rows, skipped = _parse_corpus(corpus_dir, options.chunking, progress)
    if not reports:
        raise ReportSearchError(
            f"No readable report in {corpus_dir.name} (looked for {', '.join(SUPPORTED_SUFFIXES)} files)."
            + "".join(f"\n  {s['source']}: {s['error']}" for s in skipped)
        )
    passages = [p for r in reports for p in r.passages]
    options = options.resolved(len(passages))  # so the manifest says what was built
    sentences = passage_sentences(passages)
    clauses = passage_clauses(passages) if options.clause_vectors else []
    embed_texts = [contextual_text(p, options.context_dense) for p in passages]
    piece_texts = [
        passages[row].text[s - passages[row].start : e - passages[row].start]
        for row, s, e in sentences + clauses
    ]
    texts = embed_texts + piece_texts
    del embed_texts, piece_texts
    sentences, clauses = _span_array(sentences), _span_array(clauses)  # tuples cost ten times more
    keys = [text_key(t) for t in texts]
    vectors, embedded = embed_with_cache(
        [index_dir] + ([reuse_from] if reuse_from else []), encoder, texts, keys, progress
    )
    # At a million passages the texts embedded and their keys are over a GB; the keys are
    # only written out, so they wait as one string and the texts go (docs/scale.md).
    del texts
    keys_text = "\n".join(keys)
    del keys
    n = len(passages)
    sections = _rows_by_section(reports, passages)
    section_types = _type_sections(reports, sections, vectors[:n])
    passages = _typed(reports, passages, sections, section_types)
    # The reports hand over their typed passages, so the untyped ones (a GB at a million) go.
    ends = np.cumsum([len(r.passages) for r in reports]).tolist()
    reports = [
        replace(r, passages=passages[end - len(r.passages) : end])
        for r, end in zip(reports, ends, strict=True)
    ]
    contents = VersionContents(
        index_dir=index_dir,
        model=encoder.name,
        dimension=int(encoder.dimension),
        options=options,
        reports=reports,
        passages=passages,
        passage_vectors=vectors[:n],
        sentences=sentences,
        clauses=clauses,
        piece_vectors=vectors[n:],
    )
    del vectors  # held by `contents` until written
    temp = store.new_temp_dir(index_dir)
    try:
        _write_vectors(temp, contents)
        write_version_terms(temp, index_dir, encoder, progress)
        contents = _vectors_from_disk(temp, contents)
        record = writer.write(contents, temp, progress)
        progress("write", 0, 1)
        (temp / store.EMBEDDING_KEYS_FILE).write_text(keys_text, encoding="utf-8")
        write_passages(temp, passages)
        write_cleaned_texts(temp, reports)
        write_indicators(temp, indicator_rows)
        records = [_report_record(r, section_types) for r in reports]
        (temp / store.REPORTS_FILE).write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        write_places(temp, places_of(records))
        del records
        seconds = time.perf_counter() - started
        manifest = _manifest(encoder, contents, record, seconds, skipped, len(sentences), len(clauses))
        (temp / store.MANIFEST_FILE).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        version = store.publish(index_dir, temp)
        EmbeddingCheckpoints(index_dir, encoder).clear()  # the new version holds every vector now
        writer.published(record)
        progress("write", 1, 1)
    except BaseException:
        store.discard(temp)
        raise
    return BuildSummary(index_dir, version, len(reports), n, embedded, seconds, skipped, record)


def _write_vectors(directory: Path, contents: VersionContents) -> None:
    n_sentences = len(contents.sentences)
    pieces = {SENTENCE_FILES: (contents.piece_vectors[:n_sentences], contents.sentences)}
    if contents.options.clause_vectors:
        pieces[CLAUSE_FILES] = (contents.piece_vectors[n_sentences:], contents.clauses)
    exact = dense_index_type(contents.options.dense_index, len(contents.passages)) == "flat"
    save_vectors(directory, contents.passage_vectors, pieces, half_precision_pieces=not exact)


def _vectors_from_disk(directory: Path, contents: VersionContents) -> VersionContents:
    """At scale, the written vectors memory-mapped in place of the ones in memory: GBs the
    writer's tokenizing and BM25 stages would otherwise carry. Small indexes keep theirs."""
    if len(contents.passages) < LARGE_INDEX_PASSAGES or len(contents.clauses):
        return contents
    return replace(
        contents,
        passage_vectors=load_passage_vectors(directory, mmap=True),
        piece_vectors=np.load(directory / SENTENCE_FILES.vectors, mmap_mode="r"),
    )


def _manifest(
    encoder: Encoder,
    contents: VersionContents,
    record: dict,
    seconds: float,
    skipped: list[dict],
    n_sentences: int,
    n_clauses: int,
) -> dict:
    return {
        "format_version": store.FORMAT_VERSION,
        "model": encoder.name,
        "dimension": int(encoder.dimension),
        "query_prefix": getattr(encoder, "query_prefix", ""),
        "passage_prefix": getattr(encoder, "passage_prefix", ""),
        "word_lists": word_lists_fingerprint(),
        "options": contents.options.to_dict(),
        "backend": record,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "build_seconds": round(seconds, 2),
        "counts": {
            "reports": len(contents.reports),
            "passages": len(contents.passages),
            "sentences": n_sentences,
            "clauses": n_clauses,
        },
        "reports": {
            r.meta.source: {"report_id": r.meta.report_id, "sha256": r.sha256, "passages": len(r.passages)}
            for r in contents.reports
        },
        "skipped": skipped,
    }


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


def _rows_by_section(
    reports: list[ParsedReport], passages: list[Passage]
) -> dict[tuple[str, int], list[int]]:
    """The passage rows of every top-level section, in text order, keyed by (report_id,
    section position); the preamble's passages belong to none."""
    rows_of: dict[tuple[str, int], list[int]] = {}
    for row, key in enumerate(_section_keys(reports, passages)):
        if key is not None:
            rows_of.setdefault(key, []).append(row)
    return rows_of


def _type_sections(
    reports: list[ParsedReport], rows_of: dict[tuple[str, int], list[int]], passage_vectors: np.ndarray
) -> dict[tuple[str, int], str]:
    """Canonical type of every top-level section, keyed by (report_id, section position)."""
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


def _typed(
    reports: list[ParsedReport],
    passages: list[Passage],
    rows_of: dict[tuple[str, int], list[int]],
    section_types: dict[tuple[str, int], str],
) -> list[Passage]:
    """The passages with their section's type; within a section whose heading joins shortcomings
    and plans, the passages after the turn to measures are typed as plans."""
    titles = {(r.meta.report_id, i): s.title for r in reports for i, s in enumerate(r.outline.sections)}
    types = [OTHER] * len(passages)
    for key, rows in rows_of.items():
        section_type = section_types.get(key, OTHER)
        within = types_within(titles[key], section_type, [passages[r].text for r in rows])
        for row, passage_type in zip(rows, within, strict=True):
            types[row] = passage_type
    return [replace(p, section_type=t) for p, t in zip(passages, types, strict=True)]


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


def _parse_corpus(
    corpus_dir: Path, params: ChunkParams, progress: ProgressCallback
) -> tuple[list[ParsedReport], list[IndicatorRow], list[dict]]:
    """Reports parsed, their indicator rows, and the files that could not be read."""
    files = list_report_files(corpus_dir)
    extra = load_corpus_metadata(corpus_dir)
    reports, rows, skipped = [], [], []
    jobs = [(path, params, extra.get(path.name)) for path in files]
    for i, (path, parsed) in enumerate(zip(files, parallel_map(_parse_one, jobs, chunksize=16), strict=True)):
        if i % 100 == 0:
            progress("read", i, len(files))
        if isinstance(parsed, tuple):
            reports.append(parsed[0])
            rows += parsed[1]
        else:
            skipped.append({"source": path.name, "error": parsed})
    progress("read", len(files), len(files))
    return reports, rows, skipped


def _parse_one(job: tuple[Path, ChunkParams, dict | None]) -> tuple[ParsedReport, list[IndicatorRow]] | str:
    """Parse one report and find its figures (in the workers: at 56k reports the figures alone
    took minutes in the main process), or say why it cannot be read (an error string crosses
    processes safely)."""
    path, params, extra = job
    try:
        report = parse_report(path, params, extra)
    except (ReportReadError, OSError) as e:
        return str(e)
    return report, extract_indicators(report)
