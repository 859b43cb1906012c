"""Rewordings made by moving the query's vector with the thesaurus words' vectors, which the build
stores (indexer/retrieval/multiquery.py, indexer/build/term_vectors.py), in our own wording."""

from pathlib import Path

import numpy as np
import pytest

from indexer.build.term_vectors import write_version_terms
from indexer.index.term_vectors import TERM_VECTORS_FILE, read_term_vectors
from indexer.retrieval import expansion
from indexer.retrieval.multiquery import TermVectors, shifted_rewordings
from indexer.text.plain_words import all_terms
from tests.conftest import HashEncoder

TABLE = {"管事的": ("负责人",), "开会": ("召开会议", "会议")}


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_each_rewording_names_the_words_it_swapped():
    assert expansion.query_rewordings("管事的开会", TABLE) == [
        ("负责人召开会议", (("管事的", "负责人"), ("开会", "召开会议"))),
        ("负责人会议", (("管事的", "负责人"), ("开会", "会议"))),
    ]
    assert expansion.query_rewordings("没有口语词", TABLE) == []


def test_a_rewording_moves_the_query_by_each_swapped_words_difference():
    words = {"甲": np.array([0, 1, 0, 0], np.float32), "乙": np.array([0, 0, 1, 0], np.float32)}
    words |= {"丙": np.array([0, 0, 0, 1], np.float32), "丁": np.array([0, 0, 0, 0], np.float32)}
    query = np.array([1, 0, 0, 0], np.float32)
    swaps = [(("甲", "乙"),), (("甲", "乙"), ("丁", "丙"))]
    one, two = shifted_rewordings(query, swaps, lambda ts: np.stack([words[t] for t in ts]), 0.5)
    assert one == pytest.approx(_unit(1, -0.5, 0.5, 0))
    assert two == pytest.approx(_unit(1, -0.5, 0.5, 0.5))
    assert shifted_rewordings(query, [], lambda ts: 1 / 0, 0.5) == []  # nothing to look up


def test_a_word_is_embedded_once_and_a_stored_one_never():
    encoder = HashEncoder()
    stored = {"负责人": np.ones(encoder.dimension, np.float32)}
    words = TermVectors(encoder.encode_queries, stored)
    assert words(["负责人"])[0] == pytest.approx(stored["负责人"])
    assert encoder.calls == 0
    words(["管事的", "负责人", "管事的"])
    words(["管事的"])
    assert (encoder.calls, encoder.texts_encoded) == (1, 1)


def test_a_build_stores_every_thesaurus_word_and_the_next_build_reuses_them(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTSEARCH_CACHE_DIR", str(tmp_path / "cache"))
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    terms = all_terms()
    assert write_version_terms(first, tmp_path / "index-a", HashEncoder(), lambda *_: None) == len(terms)
    # Another index on this machine, with another encoder object of the same model: no word embedded.
    assert write_version_terms(second, tmp_path / "index-b", HashEncoder(), lambda *_: None) == 0
    stored = read_term_vectors(second / TERM_VECTORS_FILE, HashEncoder.dimension)
    assert sorted(stored) == terms
    expected = HashEncoder().encode_queries(["打官司"])[0]
    assert stored["打官司"] == pytest.approx(expected, abs=1e-3)  # stored as float16


def test_a_cache_that_cannot_be_written_costs_time_not_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("REPORTSEARCH_CACHE_DIR", str(blocker / "cache"))
    version = tmp_path / "version"
    version.mkdir()
    embedded = write_version_terms(version, tmp_path / "index", HashEncoder(), lambda *_: None)
    assert embedded == len(all_terms())
    assert len(read_term_vectors(version / TERM_VECTORS_FILE, HashEncoder.dimension)) == len(all_terms())


def test_a_version_without_stored_words_reads_as_none(tmp_path: Path):
    assert read_term_vectors(tmp_path / TERM_VECTORS_FILE, 64) == {}


def test_the_real_index_holds_the_words_and_the_search_reads_them(searcher):
    stored = read_term_vectors(searcher.version_dir / TERM_VECTORS_FILE, searcher.encoder.dimension)
    assert sorted(stored) == all_terms()
    assert searcher.config.rewording_shift > 0
    looked_up = searcher.term_vectors(["打官司"])[0]
    assert looked_up == pytest.approx(stored["打官司"])


def test_a_rebuild_takes_the_words_from_the_served_version_when_the_cache_is_gone(tmp_path, monkeypatch):
    from indexer.build.pipeline import build_index
    from tests.conftest import CORPUS

    monkeypatch.setenv("REPORTSEARCH_CACHE_DIR", str(tmp_path / "first-cache"))
    build_index(CORPUS, tmp_path / "idx", HashEncoder())
    monkeypatch.setenv("REPORTSEARCH_CACHE_DIR", str(tmp_path / "emptied-cache"))
    version = tmp_path / "next-version"
    version.mkdir()
    assert write_version_terms(version, tmp_path / "idx", HashEncoder(), lambda *_: None) == 0

    class OtherModel(HashEncoder):
        name = "another-hash"

    # Vectors of another model are never reused.
    assert write_version_terms(version, tmp_path / "idx", OtherModel(), lambda *_: None) == len(all_terms())
