"""Metadata read from each real report's own text."""

from __future__ import annotations

import pytest

from indexer.ingest.metadata import load_corpus_metadata
from indexer.ingest.passages import ChunkParams
from indexer.ingest.report import parse_report
from tests.conftest import CORPUS

EXPECTED = {
    "000_bfa995e79c53abb1.txt": dict(
        title="重庆市沙坪坝区应急管理局关于2023年法治政府建设情况的报告",
        province="重庆市",
        city="重庆市",
        district="沙坪坝区",
        bureau="重庆市沙坪坝区应急管理局",
        year=2023,
        issued="2024-02-03",
        doc_number=None,
    ),
    "001_90b106a42d832c1f.txt": dict(
        title=None,
        province=None,
        city=None,
        district=None,
        bureau=None,
        year=2022,
        issued=None,
        doc_number=None,
    ),
    "002_efacd56a1967a3ad.txt": dict(
        title="普陀区应急管理局2023年度法治政府建设情况报告",
        province="上海市",
        city="上海市",
        district="普陀区",
        bureau="上海市普陀区应急管理局",
        year=2023,
        issued="2023-11-09",
        doc_number="普应急〔2023〕13号",
    ),
    "003_0a1174e0e61f44a7.txt": dict(
        title=None,
        province="重庆市",
        city="重庆市",
        district="北碚区",
        bureau="重庆市北碚区应急管理局",
        year=2023,
        issued="2024-01-18",
        doc_number=None,
    ),
    "004_6c2235596314ce6f.txt": dict(
        title="硚口区应急管理局关于2023年度法治政府建设情况的报告",
        province="湖北省",
        city="武汉市",
        district="硚口区",
        bureau="武汉市硚口区应急管理局",
        year=2023,
        issued="2024-03-18",
        doc_number=None,
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_of_each_report(name):
    extra = load_corpus_metadata(CORPUS).get(name)
    meta = parse_report(CORPUS / name, ChunkParams(), extra).meta
    assert meta.report_id == name.removesuffix(".txt")
    assert meta.source == name
    for field, value in EXPECTED[name].items():
        assert getattr(meta, field) == value, field


def test_metadata_file_only_fills_what_the_text_leaves_empty():
    extra = {"district": "编造区", "province": "湖北省"}
    meta = parse_report(CORPUS / "004_6c2235596314ce6f.txt", ChunkParams(), extra).meta
    assert meta.district == "硚口区"  # the text says so; the file cannot override it
    assert meta.province == "湖北省"  # the text never names the province


def test_anonymised_district_stays_unknown_even_without_metadata_file():
    meta = parse_report(CORPUS / "001_90b106a42d832c1f.txt", ChunkParams()).meta
    assert meta.district is None and meta.bureau is None
