"""Passage invariants over every real report."""

from __future__ import annotations

import pytest

from indexer.ingest.metadata import load_corpus_metadata
from indexer.ingest.passages import ChunkParams
from indexer.ingest.report import parse_report
from tests.conftest import CORPUS, REPORT_FILES

ARTIFACTS = ("[bookmark", "_GoBack", "— - 1 - —", "\f")


def parse(name: str, params: ChunkParams | None = None):
    return parse_report(CORPUS / name, params or ChunkParams(), load_corpus_metadata(CORPUS).get(name))


@pytest.mark.parametrize("name", REPORT_FILES)
def test_passage_text_is_the_cleaned_slice_and_within_bounds(name):
    report = parse(name)
    assert report.passages
    for p in report.passages:
        assert p.text == report.cleaned[p.start : p.end]
        assert p.text == p.text.strip()
        assert 0 < len(p.text) <= 400
        assert not any(a in p.text for a in ARTIFACTS)
        assert p.report_id == report.meta.report_id and p.source == name
        assert p.district == report.meta.district and p.year == report.meta.year


@pytest.mark.parametrize("name", REPORT_FILES)
def test_passages_never_cross_a_top_level_section(name):
    report = parse(name)
    bounds = [report.outline.preamble] + [(s.start, s.end) for s in report.outline.sections]
    for p in report.passages:
        assert any(start <= p.start and p.end <= end for start, end in bounds), p.passage_id
        top = next((s for s in report.outline.sections if s.start <= p.start < s.end), None)
        if top is not None:
            assert p.section_path[0] == top.title


@pytest.mark.parametrize("name", REPORT_FILES)
def test_passages_cover_the_body_in_order_without_overlap(name):
    report = parse(name)
    body_end = report.outline.sections[-1].end
    covered = sum(len(p.text) for p in report.passages)
    body = report.cleaned[:body_end]
    assert covered >= len(body.replace("\n", "")) * 0.97
    for a, b in zip(report.passages, report.passages[1:], strict=False):
        assert a.end <= b.start


def test_passages_end_on_sentence_boundaries():
    ends = [p.text[-1] for name in REPORT_FILES for p in parse(name).passages]
    sentence_final = sum(ch in "。；;！？”）)" for ch in ends)
    assert sentence_final / len(ends) > 0.85


def test_passage_length_is_configurable():
    small = parse(REPORT_FILES[0], ChunkParams(target_chars=60, max_chars=120))
    default = parse(REPORT_FILES[0])
    assert max(len(p.text) for p in small.passages) <= 120
    assert len(small.passages) > len(default.passages)
    with pytest.raises(ValueError):
        ChunkParams(target_chars=300, max_chars=200)


def test_passage_ids_are_stable_for_an_unchanged_report():
    first = [(p.passage_id, p.text) for p in parse(REPORT_FILES[2]).passages]
    again = [(p.passage_id, p.text) for p in parse(REPORT_FILES[2]).passages]
    assert first == again
    assert len({pid for pid, _ in first}) == len(first)


def test_section_path_names_the_enumerated_item():
    report = parse("003_0a1174e0e61f44a7.txt")
    holder = next(p for p in report.passages if "多部门共同参与事故调查" in p.text)
    assert holder.section_path[:2] == ("主要举措和成效", "加强党的领导,完善法治政府建设推进机制")
