"""The `reportsearch` command: one module per command group; heavy imports live inside the
commands so --help is instant."""

from __future__ import annotations

import sys

import typer

from service.cli import build, indicators, mcp, measure, query, serve
from service.cli.common import handles_errors

app = typer.Typer(
    help="Search Chinese government work reports: build an index, then search, ask and compare.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
for group in (build, query, measure, serve, mcp, indicators):
    for name, command in group.COMMANDS.items():
        app.command(name=name)(handles_errors(command))


def main() -> None:  # pragma: no cover - console entry for `python -m`
    sys.exit(app())
