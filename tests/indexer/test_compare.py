"""Section types, similar passages, topic comparison and the district similarity matrix."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.answers.compare import compare_topic, district_groups, district_similarity
from indexer.answers.similar import SimilarConfig, similar_passages
from indexer.errors import BadQueryError, UnknownFilterError, UnknownIdError
from indexer.retrieval.search import Filters
from indexer.text.normalize import normalize_for_matching
from indexer.text.section_types import (
    ACHIEVEMENTS,
    NEXT_STEPS,
    OTHER,
    PROBLEMS,
    RESPONSIBILITY,
    SECTION_TYPES,
    type_by_rule,
    types_within,
)

A, R, P, N = ACHIEVEMENTS, RESPONSIBILITY, PROBLEMS, NEXT_STEPS
EXPECTED_TYPES = {
    "000_bfa995e79c53abb1": [A, R, P, N],
    # 三、 and 四、 match no heading rule; the embedding fallback places them with the work done.
    "001_90b106a42d832c1f": [R, A, A, A, P],
    "002_efacd56a1967a3ad": [A, P, R, N],
    "003_0a1174e0e61f44a7": [A, R, P, N],
    "004_6c2235596314ce6f": [A, P, N],
}


def test_every_top_level_section_has_its_pinned_type(searcher):
    got = {r["report_id"]: [s["section_type"] for s in r["sections"]] for r in searcher.reports}
    assert got == EXPECTED_TYPES


def test_heading_rules():
    assert type_by_rule("存在的主要问题") == PROBLEMS
    assert type_by_rule("下一步工作打算") == NEXT_STEPS
    assert type_by_rule("2023年推进法治政府建设的主要举措和成效") == ACHIEVEMENTS
    assert type_by_rule("严格落实党政主要负责人履行推进法治建设第一责任人职责") == RESPONSIBILITY
    # Both kinds named: the first keyword decides.
    assert type_by_rule("推进法治政府建设存在的不足及下一步工作安排") == PROBLEMS
    assert type_by_rule("大力开展普法宣传工作") is None


def test_a_section_joining_shortcomings_and_plans_types_the_passages_after_the_turn_as_plans():
    title = "四、工作中的不足和下一步打算"
    texts = [
        f"{title}\n一年来虽有进步，但执法队伍力量仍然偏弱。",
        "基层专业人员不足，针对上述短板，我们将采取以下办法加以改进。",
        "一是充实执法力量。",
        "二是加强业务培训。",
    ]
    assert types_within(title, PROBLEMS, texts) == [P, P, N, N]
    # The heading's own 下一步 is no turn; a heading naming one kind keeps one type.
    assert types_within(title, PROBLEMS, texts[:1]) == [P]
    assert types_within("存在的主要问题", PROBLEMS, texts) == [P] * 4
    assert types_within(title, ACHIEVEMENTS, texts) == [A] * 4
    # A passage opening with the turn is the first plan; 今后 in a shortcoming is no turn.
    opening = [texts[0], "下一步，我们将重点做好三件事。", "一是充实执法力量。"]
    assert types_within(title, PROBLEMS, opening) == [P, N, N]
    promise = [texts[0], "部分人员业务不熟，今后工作中加以改进。"]
    assert types_within(title, PROBLEMS, promise) == [P, P]


def test_the_anonymised_reports_plans_under_its_joined_heading_are_found_as_plans(searcher):
    (report,) = [r["report_id"] for r in searcher.reports if not r.get("district")]
    plans = searcher.search("下一步 执法", k=10, filters=Filters(report=report, section_type=NEXT_STEPS))
    assert plans and all(h.passage.section_type == NEXT_STEPS for h in plans)
    turn = next(p for p in searcher.passages if p.report_id == report and "将采取以下措施" in p.text)
    assert turn.section_type == PROBLEMS  # the turn itself states the shortcomings
    assert all(h.passage.start > turn.start for h in plans)


def test_passages_carry_their_section_type_and_can_be_filtered(searcher):
    assert {p.section_type for p in searcher.passages} <= set(SECTION_TYPES)
    preamble = [p for p in searcher.passages if not p.section_path]
    assert preamble and {p.section_type for p in preamble} == {OTHER}
    hits = searcher.search("执法人员培训", k=10, filters=Filters(section_type=NEXT_STEPS))
    assert hits and {h.passage.section_type for h in hits} == {NEXT_STEPS}
    assert all(h.to_dict()["section_type"] == NEXT_STEPS for h in hits)
    with pytest.raises(UnknownFilterError):
        searcher.search("执法", filters=Filters(section_type="成绩"))


@pytest.mark.parametrize("method", ["aligned", "dense"])
def test_similar_passages_come_from_other_reports_by_default(searcher, method):
    config = SimilarConfig(method=method)
    for source in searcher.passages[::9]:
        hits = similar_passages(searcher, source.passage_id, k=10, config=config)
        assert len(hits) == 10
        assert source.report_id not in {h.passage.report_id for h in hits}
        assert [h.rank for h in hits] == list(range(1, 11))
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_similar_finds_the_same_kind_of_work_elsewhere(searcher):
    # 普陀区's passage on 行刑衔接 should find 沙坪坝区's sentence on the same mechanism.
    source = next(p for p in searcher.passages if p.district == "普陀区" and "探索双向行刑衔接" in p.text)
    hits = similar_passages(searcher, source.passage_id, k=5)
    assert any("行刑衔接" in h.passage.text for h in hits)


def test_same_report_can_be_included(searcher):
    source = searcher.passages[20]
    hits = similar_passages(searcher, source.passage_id, k=10, same_report=True)
    assert source.passage_id not in {h.passage.passage_id for h in hits}
    assert source.report_id in {h.passage.report_id for h in hits}


def test_similar_bad_input(searcher):
    with pytest.raises(UnknownIdError):
        similar_passages(searcher, "no-such-id")
    with pytest.raises(BadQueryError):
        similar_passages(searcher, searcher.passages[0].passage_id, k=0)
    with pytest.raises(BadQueryError):
        similar_passages(searcher, searcher.passages[0].passage_id, config=SimilarConfig(method="magic"))


def test_topic_comparison_lists_every_district_with_or_without_evidence(searcher):
    entries = compare_topic(searcher, "行刑衔接 移送涉嫌犯罪案件")
    labels = [e.group.label for e in entries]
    assert len(labels) == len(district_groups(searcher)) == 5
    with_evidence = {e.group.label for e in entries if e.has_evidence}
    assert {"普陀区", "沙坪坝区"} <= with_evidence
    for entry in entries:
        if entry.has_evidence:
            assert entry.hits and all(
                h.passage.district == entry.group.district or h.passage.report_id in entry.group.report_ids
                for h in entry.hits
            )
        else:
            assert entry.to_dict()["passages"] == []
    unrelated = compare_topic(searcher, "地铁票价调整")
    assert not any(e.has_evidence for e in unrelated)


def test_topic_comparison_for_chosen_districts(searcher):
    entries = compare_topic(searcher, "普法宣传", districts=["北碚", "普陀区"])
    assert sorted(e.group.label for e in entries) == ["北碚区", "普陀区"]
    with pytest.raises(UnknownFilterError):
        compare_topic(searcher, "普法宣传", districts=["朝阳区"])
    with pytest.raises(BadQueryError):
        compare_topic(searcher, "  ")


@pytest.mark.parametrize("topic", ["🔥", "<b>x</b>", "？！"])
def test_a_topic_without_words_is_refused_not_found_everywhere(searcher, topic):
    # With no word to cover, every district's closest passages used to pass the check.
    with pytest.raises(BadQueryError, match="no word"):
        compare_topic(searcher, topic)


def test_district_listing(searcher):
    groups = {g.label: g for g in district_groups(searcher)}
    assert groups["普陀区"].years == (2023,) and groups["普陀区"].report_ids == ("002_efacd56a1967a3ad",)
    anonymous = [g for g in groups.values() if g.district is None]
    assert len(anonymous) == 1 and anonymous[0].years == (2022,)


def test_similarity_matrix_is_symmetric_with_ones_on_the_diagonal(searcher):
    similarity = district_similarity(searcher)
    n = len(similarity.labels)
    assert similarity.overall.shape == (n, n)
    assert np.allclose(similarity.overall, similarity.overall.T)
    assert np.allclose(np.diag(similarity.overall), 1.0)
    assert (similarity.overall >= -1).all() and (similarity.overall <= 1).all()
    assert set(similarity.by_section_type) <= set(SECTION_TYPES)
    plans = similarity.by_section_type[NEXT_STEPS]
    anonymous = next(i for i, label in enumerate(similarity.labels) if label.startswith("未具名区"))
    # Its plans sit under a heading shared with its shortcomings, and are typed as plans.
    assert np.isclose(plans[anonymous][anonymous], 1.0) and not np.isnan(plans[anonymous]).any()
    responsibility = similarity.by_section_type[RESPONSIBILITY]
    hubei = next(i for i, label in enumerate(similarity.labels) if label == "硚口区")
    assert np.isnan(responsibility[hubei]).all()  # 硚口区's report has no such section
    data = similarity.to_dict()
    assert data["by_section_type"][RESPONSIBILITY][hubei][0] is None
    assert data["overall"][0][0] == 1.0


def _speaking(searcher, topic: str) -> set[str]:
    return {e.group.label for e in compare_topic(searcher, topic) if e.has_evidence}


def test_a_district_wording_the_topic_its_own_way_is_listed(searcher):
    # One report says 危化, another 危化品, a third 危险化学品: the topic is the same.
    full, short = _speaking(searcher, "危险化学品"), _speaking(searcher, "危化品")
    assert full == short and len(full) >= 3
    for district in full:
        (report,) = [r["report_id"] for r in searcher.reports if r.get("district") == district]
        assert "危化" in searcher.cleaned_text(report) or "危险化学品" in searcher.cleaned_text(report)


@pytest.mark.parametrize("topic", ["重大隐患", "执法证", "应急预案", "12350"])
def test_every_listed_district_words_the_topic_itself_not_just_one_of_its_parts(searcher, topic):
    from indexer.answers.terms import wordings, words_term

    ways = wordings(topic, topic) | {topic}
    entries = [e for e in compare_topic(searcher, topic) if e.has_evidence]
    assert entries
    for entry in entries:
        assert entry.sentences and all(
            words_term(ways, normalize_for_matching(c.text)) for c in entry.sentences
        ), entry.group.label
        # Every passage shown holds one of those sentences: no passage fills a column unchecked.
        cited = {c.passage_id for c in entry.sentences}
        assert all(h.passage.passage_id in cited for h in entry.hits)


@pytest.mark.parametrize("name", ["未具名区", "未具名区（001_90b1）"])
def test_the_report_without_a_district_is_chosen_by_the_label_every_listing_shows(searcher, name):
    from indexer.answers.indicators import select

    (unnamed,) = [r["report_id"] for r in searcher.reports if not r.get("district")]
    entries = compare_topic(searcher, "普法", districts=[name, "北碚"])
    assert sorted(e.group.label for e in entries) == sorted(["北碚区", f"未具名区（{unnamed[:8]}）"])
    hits = searcher.search("普法", k=5, filters=Filters(district=name))
    assert hits and {h.passage.report_id for h in hits} == {unnamed}
    from indexer.answers.indicators import rows_of_version

    rows = select(list(rows_of_version(searcher.version_dir)), district=name)
    assert rows and {r.report_id for r in rows} == {unnamed}
    with pytest.raises(UnknownFilterError, match="未具名区（"):
        searcher.search("普法", filters=Filters(district="未具名区（999）"))


def test_a_district_that_did_the_work_without_naming_the_mechanism_is_listed(searcher):
    # One report only says it moved suspects to the police: that is 行刑衔接 done, unnamed.
    listed = {e.group.label: e for e in compare_topic(searcher, "行刑衔接")}
    moved = [
        r["district"]
        for r in searcher.reports
        if "移送公安机关" in searcher.cleaned_text(r["report_id"])
        and "行刑衔接" not in searcher.cleaned_text(r["report_id"])
    ]
    assert moved and all(listed[d].has_evidence for d in moved)
    assert all("移送公安机关" in s.text for d in moved for s in listed[d].sentences)
    # One way only: the mechanism's name does not answer for moving cases to the police.
    from indexer.answers.terms import wordings

    assert "移送公安机关" in wordings("行刑衔接", "行刑衔接")
    assert "行刑衔接" not in wordings("移送公安机关", "移送公安机关")
