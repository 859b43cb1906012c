"""What every command shares: the consoles, option types, error handling, opening an index,
and the batch loop over a JSON-lines file."""

from __future__ import annotations

import functools
import json
import os
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
        from indexer.text.normalize import printable

        try:
            return command(*args, **kwargs)
        except ReportSearchError as e:
            err.print(f"Error: {e}", markup=False)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            err.print("Interrupted; nothing was changed.", markup=False)
            raise typer.Exit(130) from None
        except OSError as e:  # a path that cannot be read or written: a directory, /proc, no space
            where = f": {printable(str(e.filename))}" if e.filename else ""
            err.print(f"Error: {e.strerror or e}{where}", markup=False)
            raise typer.Exit(2) from None
        except Exception as e:
            # A defect of ours: one line, not a traceback (REPORTSEARCH_TRACEBACK=1 shows it).
            if os.environ.get("REPORTSEARCH_TRACEBACK"):
                raise
            err.print(f"Internal error ({type(e).__name__}): {printable(str(e))[:300]}", markup=False)
            raise typer.Exit(1) from None

    return wrapper


def open_searcher(index_dir: Path, backend: str | None, uri: str | None, **kwargs):
    """The index's Searcher; --backend must match the index, --uri may move a Milvus index."""
    from indexer.retrieval.search import Searcher

    searcher = Searcher(
        index_dir,
        backend=backend or settings.backend or None,
        uri=uri or settings.milvus_uri or None,
        **kwargs,
    )
    for warning in searcher.warnings:  # stderr: stdout stays the results (and MCP's protocol)
        err.print(f"Warning: {warning}", markup=False)
    return searcher


def one_or_batch(single, batch: Path | None, single_name: str) -> None:
    from indexer.errors import BadQueryError

    if (single is None) == (batch is None):
        raise BadQueryError(f"Give either a {single_name} or --queries FILE.jsonl.")


def run_batch(path: Path, field: str, handle: Callable[[str], dict], empty: dict | None = None) -> None:
    """One output line per input line {"id", field}: the result, or that line's own error (with
    `empty`, e.g. no results, so consumers read every line alike). A bad line never stops the batch."""
    from indexer.errors import ReportSearchError
    from indexer.text.normalize import printable
    from service.cli.output import dumps

    for row in read_jsonl(path, field):
        value = row.get(field)
        echo = {"id": row["id"], field: printable(value) if isinstance(value, str) else value}
        if "error" in row:
            print_line(dumps({**echo, "error": row["error"], **(empty or {})}))
            continue
        try:
            print_line(dumps({**echo, **handle(value)}))
        except ReportSearchError as e:
            print_line(dumps({**echo, "error": printable(str(e)), **(empty or {})}))


def read_jsonl(path: Path, field: str) -> list[dict]:
    """Rows {"id", field} of a JSONL file, or {"id", "error"} for a line that cannot be read
    (invalid UTF-8, not JSON, no `field`); other keys are ignored."""
    from indexer.errors import BadQueryError

    try:
        data = path.read_bytes()
    except OSError as e:
        raise BadQueryError(f"Cannot read {printable_name(path)}: {e.strerror or e}") from e
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadQueryError(f"{printable_name(path)} is UTF-16 text; save it as UTF-8.")
    data = data.removeprefix(b"\xef\xbb\xbf")  # what Windows editors put before UTF-8
    lines = [raw for raw in data.split(b"\n") if raw.strip()]
    if lines and not any(_decodes(raw) for raw in lines):
        raise BadQueryError(f"{printable_name(path)} is not UTF-8 text (GBK?); save it as UTF-8.")
    rows = []
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            rows.append({"id": number, "error": f"line {number} is not valid UTF-8 text"})
            continue
        except json.JSONDecodeError as e:
            rows.append({"id": number, "error": f"line {number} is not valid JSON ({e.msg})"})
            continue
        if not isinstance(row, dict) or field not in row:
            rows.append({"id": number, "error": f'line {number} has no "{field}"'})
            continue
        if not isinstance(row[field], str):
            rows.append({"id": row.get("id", number), "error": f'line {number}: "{field}" must be text'})
            continue
        rows.append({"id": row.get("id", number), field: row[field]})
    return rows


def _decodes(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def printable_name(path: Path) -> str:
    """A file name as it can be shown, even when it is not valid UTF-8."""
    from indexer.text.normalize import printable

    return printable(path.name)


def _year(value: str) -> int:
    from indexer.filters import year_value

    year = year_value(value)
    if not isinstance(year, int):
        raise typer.BadParameter(f"a year such as 2023, ２０２３ or 二〇二三, not {value!r}")
    return year


def year_option(help_text: str):
    """--year as people write it (２０２３, 二〇二三, 2023年), read by indexer.filters.year_value."""
    return typer.Option("--year", help=help_text, parser=_year, metavar="YEAR")
