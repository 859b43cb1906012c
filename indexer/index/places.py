"""Which districts each city and province name of an index reaches (重庆 -> 沙坪坝区, 北碚区).

Every query reads its scope against this map. Made from the report records, it is written at
build time to its own small file: at 57k reports the records are a 160 MB file that took the
first query five seconds to read.
"""

from __future__ import annotations

import json
from pathlib import Path

from indexer.index import store

PLACES_FILE = "places.json"
Places = dict[str, tuple[str, tuple[str, ...]]]


def places_of(records: list[dict]) -> Places:
    """City and province names of the reports -> (province, their districts, sorted)."""
    found: dict[str, tuple[str, set[str]]] = {}
    for report in records:
        if report.get("district") and report.get("province"):
            for place in {report.get("city"), report["province"]} - {None}:
                found.setdefault(place, (report["province"], set()))[1].add(report["district"])
    return {place: (province, tuple(sorted(d))) for place, (province, d) in found.items()}


def write_places(directory: Path, places: Places) -> None:
    (directory / PLACES_FILE).write_text(json.dumps(places, ensure_ascii=False), encoding="utf-8")


def read_places(version_dir: Path) -> Places | None:
    """The map a build wrote, or None for an index built before it was written."""
    if not (version_dir / PLACES_FILE).exists():
        return None
    return {
        place: (province, tuple(districts))
        for place, (province, districts) in store.read_json(version_dir, PLACES_FILE).items()
    }
