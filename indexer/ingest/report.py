"""One report file -> its metadata, cleaned text, outline and passages."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from indexer.errors import ReportReadError
from indexer.ingest.clean import clean_text
from indexer.ingest.formats import read_any
from indexer.ingest.metadata import extract_metadata, fill_from_corpus_metadata
from indexer.ingest.passages import ChunkParams, cut_passages
from indexer.ingest.sections import Outline, parse_outline
from indexer.records import Passage, ReportMeta
from indexer.text.normalize import is_valid_text, printable


@dataclass(frozen=True)
class ParsedReport:
    meta: ReportMeta
    sha256: str  # of the file's bytes: what incremental re-indexing compares
    cleaned: str
    outline: Outline
    passages: list[Passage]

    def to_dict(self) -> dict:
        """What the index stores per report: metadata, hash, outline (the cleaned text is kept too,
        so a citation's start/end can always be checked against it)."""
        return {
            **self.meta.to_dict(),
            "sha256": self.sha256,
            "passages": len(self.passages),
            "preamble": list(self.outline.preamble),
            "trailer": list(self.outline.trailer),
            "sections": [s.to_dict() for s in self.outline.sections],
            "cleaned": self.cleaned,
        }


def parse_report(path: Path, params: ChunkParams, extra_meta: dict | None = None) -> ParsedReport:
    if not is_valid_text(path.name):  # the name becomes the report's id, cited everywhere
        raise ReportReadError(f"{printable(path.name)}: the file name is not valid UTF-8; rename the file.")
    data = path.read_bytes()
    raw = read_any(path)
    cleaned = clean_text(raw)
    outline = parse_outline(cleaned)
    meta = extract_metadata(path.stem, path.name, cleaned, outline.preamble, outline.trailer)
    if extra_meta:
        meta = fill_from_corpus_metadata(meta, extra_meta)
    return ParsedReport(
        meta=meta,
        sha256=hashlib.sha256(data).hexdigest(),
        cleaned=cleaned,
        outline=outline,
        passages=cut_passages(meta, cleaned, outline, params),
    )


CLEANED_FILE = "cleaned.jsonl"
CLEANED_OFFSETS_FILE = "cleaned_offsets.json"


def write_cleaned_texts(directory: Path, reports: list[ParsedReport]) -> None:
    """Each report's cleaned text on its own line, with byte offsets to read one without the rest."""
    offsets, position = {}, 0
    with open(directory / CLEANED_FILE, "wb") as f:
        for report in reports:
            line = (json.dumps(report.cleaned, ensure_ascii=False) + "\n").encode("utf-8")
            f.write(line)
            offsets[report.meta.report_id] = [position, position + len(line)]
            position += len(line)
    (directory / CLEANED_OFFSETS_FILE).write_text(json.dumps(offsets, ensure_ascii=False), encoding="utf-8")


def read_cleaned_text(directory: Path, offsets: dict[str, list[int]], report_id: str) -> str:
    start, end = offsets[report_id]
    with open(directory / CLEANED_FILE, "rb") as f:
        f.seek(start)
        return json.loads(f.read(end - start))
