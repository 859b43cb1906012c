"""What keeps large indexes workable, checked on the real corpus: index choice, checkpoints,
memory-mapped opening, lazy passages."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.build import embed_cache as build_module
from indexer.build.pipeline import build_index
from indexer.errors import ReportSearchError
from indexer.index.options import LARGE_INDEX_PASSAGES, IndexOptions
from indexer.index.options import dense_index_type as resolve_index_type
from indexer.index.vectors import SENTENCE_FILES
from indexer.retrieval.search import SearchConfig, Searcher
from tests.conftest import CORPUS, HashEncoder


def test_index_type_follows_corpus_size():
    assert resolve_index_type("auto", LARGE_INDEX_PASSAGES - 1) == "flat"
    assert resolve_index_type("auto", LARGE_INDEX_PASSAGES) == "ivf"
    assert resolve_index_type("hnsw", 10) == "hnsw"
    with pytest.raises(ReportSearchError):
        resolve_index_type("lsh", 10)


@pytest.mark.parametrize("index_type", ["ivf", "hnsw"])
def test_ann_index_builds_and_finds_what_exact_search_finds(tmp_path, index_type):
    encoder = HashEncoder()
    exact = build_index(CORPUS, tmp_path / "flat", encoder, IndexOptions(dense_index="flat"))
    ann = build_index(CORPUS, tmp_path / index_type, encoder, IndexOptions(dense_index=index_type))
    assert (exact.version_dir / SENTENCE_FILES.index).exists()
    assert not (ann.version_dir / SENTENCE_FILES.index).exists()  # sentences only rescore at scale
    assert np.load(ann.version_dir / SENTENCE_FILES.vectors).dtype == np.float16
    passages_only = SearchConfig(sentence_weight=0.0)  # compare the passage indexes themselves
    flat_searcher = Searcher(tmp_path / "flat", encoder=encoder, config=passages_only)
    ann_searcher = Searcher(tmp_path / index_type, encoder=encoder, config=passages_only)
    overlaps = []
    for query in ("行政执法 监督", "应急预案 演练", "普法宣传", "法律顾问", "隐患排查"):
        a = {h.passage.passage_id for h in flat_searcher.search(query, k=10, mode="dense")}
        b = {h.passage.passage_id for h in ann_searcher.search(query, k=10, mode="dense")}
        overlaps.append(len(a & b) / 10)
    assert np.mean(overlaps) >= 0.8


def test_interrupted_embedding_resumes_from_checkpoints(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "CHECKPOINT_TEXTS", 64)

    class DiesAfterFiveBatches(HashEncoder):
        def encode_passages(self, texts):
            if self.calls >= 5:
                raise KeyboardInterrupt
            return super().encode_passages(texts)

    first = DiesAfterFiveBatches()
    with pytest.raises(KeyboardInterrupt):
        build_index(CORPUS, tmp_path / "idx", first)
    assert first.texts_encoded == 5 * build_module.EMBED_BATCH
    assert list((tmp_path / "idx" / build_module.EmbeddingCheckpoints.DIRECTORY).rglob("part-*.npz"))

    fresh = HashEncoder()
    full = build_index(CORPUS, tmp_path / "fresh", fresh)
    resumed = HashEncoder()
    summary = build_index(CORPUS, tmp_path / "idx", resumed)
    saved = (first.texts_encoded // 64) * 64
    assert resumed.texts_encoded == fresh.texts_encoded - saved
    assert summary.passages == full.passages
    assert not (tmp_path / "idx" / build_module.EmbeddingCheckpoints.DIRECTORY).exists()


def test_memory_mapped_open_gives_the_same_results(real_index):
    plain = Searcher(real_index)
    mapped = Searcher(real_index, mmap=True, encoder=plain.encoder)
    for query in ("危险化学品", "哪些区开展了案卷评查？"):
        assert [h.passage.passage_id for h in plain.search(query)] == [
            h.passage.passage_id for h in mapped.search(query)
        ]


def test_passages_are_read_on_demand(searcher):
    store = searcher.passages
    assert len(store) > 100
    last = store[len(store) - 1]
    assert store[-1] == last and store.row_of(last.passage_id) == len(store) - 1
    assert store.row_of("000_bfa995e79c53abb1-p999") is None and store.row_of("garbage") is None
    rows = store.rows_of_report("003_0a1174e0e61f44a7")
    assert {store[int(r)].report_id for r in rows} == {"003_0a1174e0e61f44a7"}


def test_tokenizing_across_processes_matches_one_process():
    from indexer.text.parallel import MIN_ITEMS_FOR_WORKERS, tokenize_to_ids
    from indexer.text.tokens import get_tokenizer, tokenize

    texts = [
        f"第{i}次开展危险化学品专项执法检查，发现隐患{i % 7}处。" for i in range(MIN_ITEMS_FOR_WORKERS + 10)
    ]
    ids, vocab = tokenize_to_ids(texts, tokenize, len(texts))
    words = {i: t for t, i in vocab.items()}
    assert len(ids) == len(texts)
    for text, row in zip(texts[:50] + texts[-50:], ids[:50] + ids[-50:], strict=True):
        assert [words[i] for i in row] == get_tokenizer().tokenize(text)


def _memory_mapped(array: np.ndarray) -> bool:
    """Whether the array's memory is a file map (directly or as a view of one)."""
    import mmap

    while array is not None:
        if isinstance(array, (np.memmap, mmap.mmap)):
            return True
        array = getattr(array, "base", None)
    return False


def test_a_large_build_hands_the_writer_memory_mapped_vectors_and_builds_the_same_index(
    tmp_path, monkeypatch
):
    from indexer.backends.local import writer as local_writer
    from indexer.build import pipeline

    handed = []
    real_write = local_writer.LocalWriter.write

    def spying_write(self, contents, version_dir, progress):
        handed.append(_memory_mapped(contents.passage_vectors))
        return real_write(self, contents, version_dir, progress)

    monkeypatch.setattr(local_writer.LocalWriter, "write", spying_write)
    options = IndexOptions(clause_vectors=False, dense_index="flat")
    small = build_index(CORPUS, tmp_path / "small", HashEncoder(), options)
    monkeypatch.setattr(pipeline, "LARGE_INDEX_PASSAGES", 10)  # the corpus now counts as large
    large = build_index(CORPUS, tmp_path / "large", HashEncoder(), options)
    assert handed == [False, True]
    for name in ("embeddings.npy", "sentence_embeddings.npy", "dense.faiss", "dense_sentences.faiss"):
        assert (small.version_dir / name).read_bytes() == (large.version_dir / name).read_bytes(), name


def test_a_query_naming_a_city_reads_the_small_places_file_not_every_report_record(tmp_path):
    from indexer.index.places import PLACES_FILE, places_of

    build_index(CORPUS, tmp_path / "idx", HashEncoder())
    searcher = Searcher(tmp_path / "idx", encoder=HashEncoder())
    assert (searcher.version_dir / PLACES_FILE).exists()
    hits = searcher.search("重庆 危险化学品 执法检查", k=5)
    assert hits and {h.passage.district for h in hits} <= {"沙坪坝区", "北碚区"}
    assert "reports" not in searcher.__dict__  # the report records were never read
    assert searcher.places == places_of(searcher.reports)
    assert searcher.places["重庆市"][1] == ("北碚区", "沙坪坝区")


def test_an_ivf_search_scans_enough_lists_however_few_probes_are_asked():
    import faiss

    from indexer.backends.local.dense import MIN_SCANNED_VECTORS, build_faiss, faiss_search, ivf_probes

    # 1M vectors in 2,065 lists: the 10 probes asked for already scan enough; 100k in 652 lists
    # need 25; a small index is scanned whole.
    assert ivf_probes(2065, 1_066_518, 10) == 10
    assert ivf_probes(652, 106_585, 10) == 25
    assert ivf_probes(100, 3000, 10) == 100
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(2 * MIN_SCANNED_VECTORS, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ivf = build_faiss(vectors, "ivf")
    assert isinstance(ivf, faiss.IndexIVF) and ivf.nlist > 100
    exact = faiss.IndexFlatIP(32)
    exact.add(vectors)
    found = []
    for query in vectors[:40] + 0.3 * rng.normal(size=(40, 32)).astype(np.float32):
        _, truth = exact.search(query[None], 10)
        _, rows = faiss_search(ivf, query, 10, None, probes=1)  # one list alone would miss most
        found.append(len(set(rows.tolist()) & set(truth[0].tolist())) / 10)
    assert np.mean(found) >= 0.9
