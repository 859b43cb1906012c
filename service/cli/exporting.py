"""`--format csv|xlsx|docx|md --output FILE` for the commands that show results."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

FormatOpt = Annotated[
    str | None,
    typer.Option("--format", help="Export as csv, xlsx, docx or md (with --output), each text cited."),
]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="The export file to write.")]


def wanted(fmt: str | None, output: Path | None) -> bool:
    """Whether an export was asked for; half of the pair is a usage error."""
    from indexer.errors import BadQueryError
    from service.exports import FORMATS

    if fmt is None and output is None:
        return False
    if fmt is None:
        fmt = output.suffix.lstrip(".").lower()
        if fmt not in FORMATS:
            raise BadQueryError(f"Give --format ({', '.join(FORMATS)}): {output.name} names none of them.")
    if output is None:
        raise BadQueryError("--format needs --output FILE: exports are files, not terminal text.")
    return True


def write(export, fmt: str | None, output: Path) -> None:
    from indexer.errors import BadQueryError
    from service import exports
    from service.cli.common import err, printable_name

    fmt = fmt or output.suffix.lstrip(".").lower()
    data = exports.render(export, fmt)
    try:
        output.write_bytes(data)
    except OSError as e:
        raise BadQueryError(f"Cannot write {printable_name(output)}: {e.strerror or e}") from e
    err.print(f"Wrote {printable_name(output)} ({fmt}, {len(data):,} bytes)")
