"""Passages on disk, read on demand: a million passages open in milliseconds.

    passages.jsonl        one passage per line (also what `passages --json` prints)
    passage_offsets.npy   byte offset of each line (n + 1 entries)
    columns.npz/.json     integer codes per passage for the filterable fields, and their values

Filters compare integer codes; a passage's text is parsed only when it is returned.
"""

from __future__ import annotations

import json
import mmap
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from pathlib import Path

import numpy as np

from indexer.errors import IndexDamagedError
from indexer.index.store import PASSAGES_FILE
from indexer.records import Passage

OFFSETS_FILE = "passage_offsets.npy"
CODES_FILE = "columns.npz"
VALUES_FILE = "columns.json"
CODED_FIELDS = ("report_id", "district", "province", "section_type")
# Parsed passages kept per store: a search returns the same top passages query after query,
# and parsing their JSON again was a tenth of a search's time outside the model.
PASSAGES_PARSED = 4096


def write_passages(directory: Path, passages: Iterable[Passage]) -> int:
    """Write the passage file, its line offsets and the filter columns; return the count."""
    offsets = [0]
    values: dict[str, dict[str | None, int]] = {name: {} for name in CODED_FIELDS}
    codes: dict[str, list[int]] = {name: [] for name in CODED_FIELDS}
    years: list[int] = []
    with open(directory / PASSAGES_FILE, "wb") as f:
        for p in passages:
            line = (json.dumps(p.to_dict(), ensure_ascii=False) + "\n").encode("utf-8")
            f.write(line)
            offsets.append(offsets[-1] + len(line))
            for name in CODED_FIELDS:
                value = getattr(p, name)
                codes[name].append(values[name].setdefault(value, len(values[name])))
            years.append(p.year or 0)
    np.save(directory / OFFSETS_FILE, np.array(offsets, dtype=np.int64))
    np.savez(
        directory / CODES_FILE,
        year=np.array(years, dtype=np.int32),
        **{n: np.array(c, dtype=np.int32) for n, c in codes.items()},
    )
    (directory / VALUES_FILE).write_text(
        json.dumps({n: list(v) for n, v in values.items()}, ensure_ascii=False), encoding="utf-8"
    )
    return len(offsets) - 1


class PassageStore:
    """A read-only sequence of passages backed by the files above."""

    def __init__(self, directory: Path) -> None:
        self._file = open(directory / PASSAGES_FILE, "rb")
        size = (directory / PASSAGES_FILE).stat().st_size
        self._data = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        self._offsets = np.load(directory / OFFSETS_FILE, mmap_mode="r")
        with np.load(directory / CODES_FILE) as columns:
            self._codes = {name: columns[name] for name in columns.files}
        self._values = json.loads((directory / VALUES_FILE).read_text(encoding="utf-8"))
        reports = self._codes["report_id"]
        codes, first_rows = np.unique(reports, return_index=True)
        self._first_row = {
            self._values["report_id"][c]: int(r) for c, r in zip(codes, first_rows, strict=True)
        }
        # Bound to the data, not to the store: a cache holding the store would keep it alive
        # in a cycle, and its mapped file open, after a reload dropped it.
        self._parsed = lru_cache(maxsize=PASSAGES_PARSED)(partial(_parse, self._data, self._offsets))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, row: int | slice) -> Passage | list[Passage]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        if not -len(self) <= row < len(self):
            raise IndexError(row)
        return self._parsed(row % len(self))

    def __iter__(self) -> Iterator[Passage]:
        for row in range(len(self)):  # a walk over every passage would only churn the kept ones
            yield _parse(self._data, self._offsets, row)

    def row_of(self, passage_id: str) -> int | None:
        """Ids are `<report_id>-p<n>`: the row is the report's first row plus n (then checked)."""
        report_id, _, number = passage_id.rpartition("-p")
        # ASCII digits only: str.isdigit() also accepts ² and other digits int() refuses.
        if report_id not in self._first_row or not (number.isascii() and number.isdigit()):
            return None
        row = self._first_row[report_id] + int(number)
        if row >= len(self) or self[row].passage_id != passage_id:
            return None
        return row

    def rows_of_report(self, report_id: str) -> np.ndarray:
        return np.flatnonzero(self._codes["report_id"] == self.code("report_id", report_id))

    def codes(self, name: str) -> np.ndarray:
        return self._codes[name]

    def values(self, name: str) -> list:
        """The distinct values of a coded field, indexed by code."""
        return self._values[name]

    def code(self, name: str, value) -> int:
        try:
            return self._values[name].index(value)
        except ValueError:
            return -1

    def column(self, name: str) -> np.ndarray:
        """Per-passage values of a field (decoded), e.g. for grouping."""
        if name == "year":
            return self._codes["year"]
        return np.array(self._values[name], dtype=object)[self._codes[name]]


def _parse(data: bytes | mmap.mmap, offsets: np.ndarray, row: int) -> Passage:
    line = data[int(offsets[row]) : int(offsets[row + 1])]
    try:
        fields = json.loads(line)
        fields["section_path"] = tuple(fields["section_path"])
        return Passage(**fields)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as e:
        # A file damaged in place keeps its size, which is all opening checks.
        raise IndexDamagedError(
            f"Passage {row} of the index is damaged ({type(e).__name__}). "
            "Run `reportsearch check` to see which files, then rebuild with: reportsearch index"
        ) from None
