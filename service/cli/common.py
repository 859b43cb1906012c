"""What every command shares: the consoles, option types, error handling, opening an index,
and the batch loop over a JSON-lines file."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from service.settings import Settings

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
settings = Settings()  # read once; every command's defaults come from here

IndexOpt = Annotated[Path, typer.Option("--index", help="Index directory.")]
CorpusOpt = Annotated[Path, typer.Option("--corpus", help="Directory of report files.")]
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


def print_line(text: str) -> None:
    out.print(text, markup=False)


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


def open_searcher(index_dir: Path, backend: str | None, uri: str | None, **kwargs):
    """The index's Searcher; --backend must match the index, --uri may move a Milvus index."""
    from indexer.retrieval.search import Searcher

    return Searcher(
        index_dir,
        backend=backend or settings.backend or None,
        uri=uri or settings.milvus_uri or None,
        **kwargs,
    )


def one_or_batch(single, batch: Path | None, single_name: str) -> None:
    from indexer.errors import BadQueryError

    if (single is None) == (batch is None):
        raise BadQueryError(f"Give either a {single_name} or --queries FILE.jsonl.")


def run_batch(path: Path, field: str, handle: Callable[[str], dict], empty: dict | None = None) -> None:
    """One output line per input line {"id", field}: the result, or that line's error (with
    `empty`, e.g. no results, so consumers read every line alike)."""
    from indexer.errors import ReportSearchError
    from service.cli.output import dumps

    for row in read_jsonl(path, field):
        echo = {"id": row["id"], field: row[field]}
        try:
            print_line(dumps({**echo, **handle(row[field])}))
        except ReportSearchError as e:
            print_line(dumps({**echo, "error": str(e), **(empty or {})}))


def read_jsonl(path: Path, field: str) -> list[dict]:
    """Lines {"id", field, ...} of a JSONL file; other keys are ignored."""
    from indexer.errors import BadQueryError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise BadQueryError(f"Cannot read {path.name} as UTF-8 text: {e}") from e
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadQueryError(f"{path.name}:{number}: not valid JSON ({e.msg}).") from e
        if not isinstance(row, dict) or field not in row:
            raise BadQueryError(f'{path.name}:{number}: each line needs a "{field}" (and an "id").')
        rows.append({"id": row.get("id", number), field: row[field]})
    return rows
