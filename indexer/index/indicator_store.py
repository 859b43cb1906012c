"""`indicators.jsonl` in a version directory: one figure a line (indexer.ingest.indicators)."""

from __future__ import annotations

import json
from pathlib import Path

from indexer.errors import IndexDamagedError, IndexMismatchError
from indexer.ingest.indicators import IndicatorRow

INDICATORS_FILE = "indicators.jsonl"


def write_indicators(directory: Path, rows: list[IndicatorRow]) -> None:
    with open(directory / INDICATORS_FILE, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")


def read_indicators(version_dir: Path) -> list[IndicatorRow]:
    path = version_dir / INDICATORS_FILE
    if not path.is_file():
        raise IndexMismatchError(
            f"The index at {version_dir.parent} has no indicator table (it was built before "
            "indicators existed). Rebuild it with: reportsearch index"
        )
    try:
        with open(path, encoding="utf-8") as f:
            return [IndicatorRow(**json.loads(line)) for line in f if line.strip()]
    except (UnicodeDecodeError, ValueError, TypeError) as e:
        raise IndexDamagedError(
            f"The indicator table of the index at {version_dir.parent} is damaged ({type(e).__name__}). "
            "Run `reportsearch check` to see which files, then rebuild with: reportsearch index"
        ) from None
