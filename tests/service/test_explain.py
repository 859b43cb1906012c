"""The hit test: explain=true on /search and --explain in the CLI break each result's fused
score into its dense, BM25 and bigram parts, on the ranking the search itself produced."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.retrieval.explain import SearchTrace, explain_hits
from indexer.retrieval.search import Filters, SearchConfig, Searcher

QUERY = "行刑衔接 移送案件"


def explained(searcher: Searcher, query: str, **options) -> tuple[list, dict]:
    trace = SearchTrace()
    hits = searcher.search(query, trace=trace, **options)
    return hits, explain_hits(searcher, trace, hits, query)


@pytest.mark.parametrize(
    "query", [QUERY, "哪些区开展了普法宣传活动", "下一步打算加强哪些培训", "应急预案演练"]
)
def test_contributions_add_up_to_the_fused_score(searcher, query):
    hits, explanation = explained(searcher, query, k=10)
    assert [r["passage_id"] for r in explanation["results"]] == [h.passage.passage_id for h in hits]
    for hit, result in zip(hits, explanation["results"], strict=True):
        parts = result["contributions"]
        assert sum(parts.values()) == pytest.approx(hit.score, abs=1e-4), result
        assert result["dense"] is not None or parts["dense"] == 0


def explained_with_fusion(searcher, query: str, fusion: str):
    """`explained` with the searcher's fusion switched for this one search."""
    from dataclasses import replace

    original = searcher.config
    searcher.config = replace(original, fusion=fusion)
    try:
        return explained(searcher, query, k=10)
    finally:
        searcher.config = original


@pytest.mark.parametrize("fusion", ["weighted", "rrf"])
def test_the_thesaurus_share_is_shown_and_the_parts_still_add_up(searcher, fusion):
    """A plain word (打官司) brings in its official term; the hit test shows that share."""
    hits, explanation = explained_with_fusion(searcher, "区里遇到打官司的事情怎么应对", fusion)
    for hit, result in zip(hits, explanation["results"], strict=True):
        assert sum(result["contributions"].values()) == pytest.approx(hit.score, abs=1e-4), result
    if fusion == "weighted":
        assert any(r["contributions"].get("thesaurus", 0) > 0 for r in explanation["results"])
        # The query reworded in official words (打官司 -> 行政诉讼) is embedded too: its share.
        assert any(r["contributions"].get("reworded", 0) > 0 for r in explanation["results"])


def test_only_a_query_with_a_plain_word_is_reworded(searcher):
    """Rewording costs an embedding; a query in the reports' own words pays nothing, and the
    setting at 0 turns it off."""
    from dataclasses import replace

    plain = "区里遇到打官司的事情怎么应对"
    trace = SearchTrace()
    searcher.search(plain, trace=trace)
    assert trace.rewordings and all(share > 0 for share, _ in trace.rewordings)
    trace = SearchTrace()
    searcher.search(QUERY, trace=trace)
    assert trace.rewordings == []
    original = searcher.config
    searcher.config = replace(original, rewording_weight=0.0)
    try:
        trace = SearchTrace()
        searcher.search(plain, trace=trace)
        assert trace.rewordings == []
    finally:
        searcher.config = original


@pytest.mark.parametrize("fusion", ["weighted", "rrf"])
def test_the_feedback_share_is_shown_and_the_parts_still_add_up(searcher, fusion):
    """A question in everyday words gets pseudo-relevance feedback; the hit test names its
    passages and terms, and the feedback terms' share keeps the parts adding up."""
    hits, explanation = explained_with_fusion(searcher, "一年到头给老百姓讲了多少次安全知识", fusion)
    assert explanation["feedback"]["terms"] and explanation["feedback"]["passages"]
    for hit, result in zip(hits, explanation["results"], strict=True):
        assert sum(result["contributions"].values()) == pytest.approx(hit.score, abs=1e-4), result
    if fusion == "weighted":
        assert any(r["contributions"].get("feedback", 0) > 0 for r in explanation["results"])


def test_a_keyword_query_shows_no_feedback(searcher):
    _, explanation = explained(searcher, QUERY, k=3)
    assert explanation["feedback"] is None


def test_tracing_does_not_change_the_ranking(searcher):
    plain = searcher.search(QUERY, k=10)
    hits, _ = explained(searcher, QUERY, k=10)
    assert [(h.passage.passage_id, h.score) for h in hits] == [(h.passage.passage_id, h.score) for h in plain]


def test_matched_terms_are_query_terms_found_in_the_passage(searcher):
    _, explanation = explained(searcher, QUERY, k=5)
    assert {"行刑衔接", "移送"} <= set(explanation["query_terms"])
    top = explanation["results"][0]
    assert top["matched_terms"] and set(top["matched_terms"]) <= set(explanation["query_terms"])
    text = searcher.passage(top["passage_id"]).text
    assert all(term in text for term in top["matched_terms"])
    assert top["bm25"] > 0 and top["bigram"] > 0 and top["matched_bigrams"] > 0


def test_filters_applied_name_the_ones_the_query_added(searcher):
    district = searcher.districts()[0]
    _, explanation = explained(
        searcher, f"{district}的执法培训", k=3, filters=Filters(section_type="主要举措与成效")
    )
    assert explanation["filters"] == {"district": district, "section_type": "主要举措与成效"}
    assert explanation["filters_from_query"] == {"district": district}


def test_section_cue_boost_is_shown(searcher):
    _, explanation = explained(searcher, "存在的问题和不足有哪些", k=10)
    assert any(r["section_boost"] > 1 for r in explanation["results"])


@pytest.mark.parametrize("mode", ["dense", "bm25"])
def test_single_list_modes(searcher, mode):
    hits, explanation = explained(searcher, QUERY, k=5, mode=mode)
    for hit, result in zip(hits, explanation["results"], strict=True):
        parts = [v for v in result["contributions"].values() if v is not None]
        assert sum(parts) == pytest.approx(hit.score, abs=1e-4)


def test_rank_fusion_is_explained_by_list(real_index):
    searcher = Searcher(real_index, config=SearchConfig(fusion="rrf"))
    hits, explanation = explained(searcher, QUERY, k=5)
    for hit, result in zip(hits, explanation["results"], strict=True):
        assert sum(result["contributions"].values()) == pytest.approx(hit.score, abs=1e-5)


def test_api_explain(api, searcher):
    plain = api.get("/search", params={"q": QUERY, "k": 5}).json()
    assert "explain" not in plain and all("explain" not in r for r in plain["results"])
    body = api.get("/search", params={"q": QUERY, "k": 5, "explain": "true"}).json()
    assert [r["passage_id"] for r in body["results"]] == [r["passage_id"] for r in plain["results"]]
    assert body["explain"]["mode"] == "hybrid" and body["explain"]["query_terms"]
    for result in body["results"]:
        parts = result["explain"]["contributions"]
        assert sum(parts.values()) == pytest.approx(result["score"], abs=1e-4)
    posted = api.post("/search", json={"query": QUERY, "k": 5, "explain": True}).json()
    assert posted["explain"] == body["explain"]


def test_cli_explain(real_index: Path):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", "from service.cli import app; app()", "search", QUERY, "--index", str(real_index),
             "--k", "3", "--explain", *args],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    text = run()
    assert text.returncode == 0, text.stderr
    assert "dense" in text.stdout and "bm25" in text.stdout and "bigram" in text.stdout
    data = json.loads(run("--json").stdout)
    assert data["explain"]["mode"] == "hybrid" and len(data["results"]) == 3
    for result in data["results"]:
        assert sum(result["explain"]["contributions"].values()) == pytest.approx(result["score"], abs=1e-4)
