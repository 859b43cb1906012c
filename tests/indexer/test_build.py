"""Building, re-indexing and protecting the index on disk."""

from __future__ import annotations

import json
import shutil

import pytest

from indexer.build.pipeline import build_index
from indexer.errors import EncoderError, IndexMismatchError, IndexMissingError, ReportSearchError
from indexer.index import store
from indexer.retrieval.search import Searcher, load_passages
from tests.conftest import CORPUS, REPORT_FILES, HashEncoder


class ExplodingEncoder(HashEncoder):
    """Fails while embedding, like Ctrl-C or a model crash mid-build."""

    def encode_passages(self, texts):
        raise KeyboardInterrupt


def explode_while_writing(stage, done, total):
    """Fails after the new version's files have started to appear on disk."""
    if stage == "write":
        raise OSError("disk full")


def passages_by_report(index_dir):
    out: dict[str, list[tuple[str, str]]] = {}
    for p in load_passages(index_dir):
        out.setdefault(p.source, []).append((p.passage_id, p.text))
    return out


def test_manifest_describes_the_index(tmp_path):
    summary = build_index(CORPUS, tmp_path / "idx", HashEncoder())
    manifest = json.loads((summary.version_dir / store.MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["format_version"] == store.FORMAT_VERSION
    assert manifest["model"] == "test-hash" and manifest["dimension"] == 64
    assert manifest["counts"]["reports"] == 5 and manifest["counts"]["passages"] == summary.passages
    assert manifest["counts"]["sentences"] > summary.passages
    assert set(manifest["reports"]) == set(REPORT_FILES)
    assert all(len(r["sha256"]) == 64 for r in manifest["reports"].values())
    assert manifest["options"]["chunking"] == {"target_chars": 150, "max_chars": 400, "follow_headings": True}


def test_reindexing_an_unchanged_corpus_embeds_nothing(tmp_path):
    first = HashEncoder()
    build_index(CORPUS, tmp_path / "idx", first)
    assert first.texts_encoded > 0
    again = HashEncoder()
    summary = build_index(CORPUS, tmp_path / "idx", again)
    assert again.texts_encoded == 0 and summary.embedded == 0


def test_changed_report_is_replaced_removed_one_dropped_others_not_reembedded(tmp_path, corpus_copy):
    index_dir = tmp_path / "idx"
    build_index(corpus_copy, index_dir, HashEncoder())
    before = passages_by_report(index_dir)

    changed = corpus_copy / "004_6c2235596314ce6f.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n四、补充说明\n新增一项试点工作，已完成验收。\n",
        encoding="utf-8",
    )
    (corpus_copy / "001_90b106a42d832c1f.txt").unlink()
    encoder = HashEncoder()
    summary = build_index(corpus_copy, index_dir, encoder)
    after = passages_by_report(index_dir)

    assert "001_90b106a42d832c1f.txt" not in after
    assert any("新增一项试点工作" in text for _, text in after["004_6c2235596314ce6f.txt"])
    for name in ("000_bfa995e79c53abb1.txt", "002_efacd56a1967a3ad.txt", "003_0a1174e0e61f44a7.txt"):
        assert after[name] == before[name]
    # Only the text that changed (a passage, its sentences and clauses) went to the model.
    assert 0 < encoder.texts_encoded == summary.embedded <= 10


def test_gb18030_copy_of_a_report_gives_the_same_passages(tmp_path):
    utf8_dir, gb_dir = tmp_path / "utf8", tmp_path / "gb"
    utf8_dir.mkdir()
    gb_dir.mkdir()
    name = "002_efacd56a1967a3ad.txt"
    shutil.copy(CORPUS / name, utf8_dir / name)
    (gb_dir / name).write_bytes((CORPUS / name).read_text(encoding="utf-8").encode("gb18030"))
    build_index(utf8_dir, tmp_path / "i1", HashEncoder())
    build_index(gb_dir, tmp_path / "i2", HashEncoder())
    assert passages_by_report(tmp_path / "i1") == passages_by_report(tmp_path / "i2")


def test_undecodable_report_is_skipped_and_named_while_the_rest_index(tmp_path, corpus_copy):
    (corpus_copy / "999_broken.txt").write_bytes(b"\x81\x20" * 100)
    summary = build_index(corpus_copy, tmp_path / "idx", HashEncoder())
    assert summary.reports == 5
    assert [s["source"] for s in summary.skipped] == ["999_broken.txt"]
    assert "999_broken.txt" in summary.skipped[0]["error"]


def test_interrupted_build_leaves_the_previous_index_serving(tmp_path, corpus_copy):
    index_dir = tmp_path / "idx"
    build_index(corpus_copy, index_dir, HashEncoder())
    served_before = store.current_version_dir(index_dir)
    before = passages_by_report(index_dir)

    (corpus_copy / "000_bfa995e79c53abb1.txt").write_text(
        "一、全新内容\n完全不同的一段话，用来替换原文。\n" * 30, encoding="utf-8"
    )
    shutil.copy(CORPUS / "003_0a1174e0e61f44a7.txt", corpus_copy / "005_copy.txt")
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus_copy, index_dir, ExplodingEncoder())
    with pytest.raises(OSError):
        build_index(corpus_copy, index_dir, HashEncoder(), on_progress=explode_while_writing)

    assert store.current_version_dir(index_dir) == served_before
    assert passages_by_report(index_dir) == before
    assert not [p for p in index_dir.iterdir() if p.name.startswith("tmp-")]
    Searcher(index_dir, encoder=HashEncoder()).search("行政执法", k=3)


def test_querying_with_another_model_is_a_clear_error(tmp_path):
    build_index(CORPUS, tmp_path / "idx", HashEncoder())
    with pytest.raises(EncoderError) as info:
        Searcher(tmp_path / "idx")  # the manifest names a model this process cannot load
    assert "test-hash" in str(info.value)

    class OtherModel(HashEncoder):
        name = "other-model"

    with pytest.raises(IndexMismatchError) as info:
        Searcher(tmp_path / "idx", encoder=OtherModel())
    message = str(info.value)
    assert "test-hash" in message and "other-model" in message and "reportsearch index" in message


def test_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexMissingError) as info:
        Searcher(tmp_path / "nowhere", encoder=HashEncoder())
    assert "reportsearch index" in str(info.value)


def test_index_of_another_format_version_is_refused(tmp_path):
    summary = build_index(CORPUS, tmp_path / "idx", HashEncoder())
    manifest_path = summary.version_dir / store.MANIFEST_FILE
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["format_version"] = 999
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexMismatchError) as info:
        Searcher(tmp_path / "idx", encoder=HashEncoder())
    assert "Rebuild" in str(info.value)


def test_empty_corpus_is_an_error_and_creates_no_index(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ReportSearchError):
        build_index(tmp_path / "empty", tmp_path / "idx", HashEncoder())
    assert store.current_version_dir(tmp_path / "idx") is None
