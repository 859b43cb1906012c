"""Facts about a report read from its own text: who wrote it, for which year, when."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from indexer.errors import ReportReadError
from indexer.records import ReportMeta

MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
METADATA_FILE = "metadata.json"

_HAN = r"\u4e00-\u9fff"
# 重庆市沙坪坝区应急管理局 / 中共武汉市硚口区应急管理局委员会 / 硚口区应急管理局
_BUREAU = re.compile(
    rf"(?:中共)?(?P<province>[{_HAN}]{{2,7}}(?:省|自治区))?(?P<city>[{_HAN}]{{2,4}}市)?"
    rf"(?P<district>[{_HAN}*]{{1,6}}(?:区|县|旗))(?P<suffix>应急管理局)"
)
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DOC_NUMBER = re.compile(rf"[{_HAN}]{{1,12}}〔\d{{4}}〕\d{{1,4}}号")
_YEAR = re.compile(r"(20\d{2})\s*年")


def extract_metadata(
    report_id: str, source: str, cleaned: str, preamble: tuple[int, int], trailer: tuple[int, int]
) -> ReportMeta:
    """Read the bureau from the letterhead or signature; the year from the title or first sentence.

    A field the text does not state stays None: an anonymised "**区" is not a district.
    """
    head = cleaned[preamble[0] : preamble[1]]
    tail = cleaned[trailer[0] : trailer[1]]
    province, city, district, bureau = _bureau(head, tail, cleaned)
    title = _title(head)
    year_match = _YEAR.search(title or "") or _YEAR.search(head) or _YEAR.search(cleaned)
    date_match = _DATE.search(tail)
    doc_number = _DOC_NUMBER.search(head)
    return ReportMeta(
        report_id=report_id,
        source=source,
        title=title,
        province=province,
        city=city,
        district=district,
        bureau=bureau,
        year=int(year_match.group(1)) if year_match else None,
        issued=_iso_date(date_match) if date_match else None,
        doc_number=doc_number.group(0) if doc_number else None,
    )


def _bureau(head: str, tail: str, body: str) -> tuple[str | None, str | None, str | None, str | None]:
    # The letterhead and the signature name the bureau in full; the body may only abbreviate it.
    candidates = [m for text in (head, tail, body) for m in _BUREAU.finditer(text)]
    named = [m for m in candidates if "*" not in m.group("district")]
    if not named:
        return None, None, None, None
    district = named[0].group("district")
    same = [m for m in named if m.group("district") == district]
    city = next((m.group("city") for m in same if m.group("city")), None)
    province = next((m.group("province") for m in same if m.group("province")), None)
    if city in MUNICIPALITIES:
        province = province or city
    prefix = (province if province and province != city else "") + (city or "")
    return province, city, district, f"{prefix}{district}应急管理局"


def _title(head: str) -> str | None:
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        if "报告" in line and len(line) <= 60 and not re.search(r"[，。]", line):
            if line.startswith("关于") and i > 0 and lines[i - 1].endswith("应急管理局"):
                return lines[i - 1] + line
            return line
    return None


def _iso_date(m: re.Match[str]) -> str:
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def load_corpus_metadata(corpus_dir: Path) -> dict[str, dict]:
    """Facts the text cannot give (such as the province of a city it never places), per file."""
    path = corpus_dir / METADATA_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ReportReadError(f"{path}: not valid UTF-8 JSON ({e}). Fix or remove the file.") from e
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ReportReadError(f'{path}: expected {{"file name": {{"field": value}}}}.')
    return data


def fill_from_corpus_metadata(meta: ReportMeta, extra: dict) -> ReportMeta:
    """Fill fields the text left empty; never override what the text says."""
    allowed = {"title", "province", "city", "district", "bureau", "year", "issued", "doc_number"}
    updates = {k: v for k, v in extra.items() if k in allowed and getattr(meta, k) is None}
    return replace(meta, **updates) if updates else meta
