"""What an index was built with: every index-time option and threshold, defined once.

Build, search and the CLI all read options from here; an index records its resolved options
in its manifest, and updating it (`add`, or `index` again) keeps them unless overridden.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace

from indexer.errors import ReportSearchError
from indexer.ingest.passages import ChunkParams

# Below this many passages an index is small: exact dense search (FAISS flat, Milvus FLAT),
# clause vectors on by default. Above it ANN indexes (IVF, HNSW) and no clause vectors,
# since clauses are about nine vectors a passage (docs/scale.md has the measurements).
LARGE_INDEX_PASSAGES = 100_000
# Embeddings are kept in half precision above this many texts: 4M x 384 float32 is 6 GB.
HALF_PRECISION_TEXTS = 500_000

DENSE_INDEX_TYPES = ("flat", "hnsw", "ivf")
DENSE_INDEX_CHOICES = ("auto", *DENSE_INDEX_TYPES)
BM25_K1 = 1.2
BM25_B = 0.75


@dataclass(frozen=True)
class IndexOptions:
    chunking: ChunkParams = field(default_factory=ChunkParams)
    dense_index: str = "auto"  # flat (exact) below LARGE_INDEX_PASSAGES, IVF above
    # Headings above a passage, prepended to what is embedded / tokenized (the stored text is untouched).
    context_dense: bool = False
    context_lexical: bool = True
    bm25_k1: float = BM25_K1
    bm25_b: float = BM25_B
    char_bigrams: bool = True  # a second BM25 index over character pairs (see text.tokens.char_bigrams)
    # Clauses embedded too, for best-piece dense scoring (text.sentences.clause_spans). None:
    # only below LARGE_INDEX_PASSAGES.
    clause_vectors: bool | None = None

    def __post_init__(self) -> None:
        if self.dense_index not in DENSE_INDEX_CHOICES:
            raise ReportSearchError(
                f"Unknown dense index {self.dense_index!r}; choose one of {', '.join(DENSE_INDEX_CHOICES)}."
            )

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> IndexOptions:
        """Options as a manifest records them; keys of older or newer versions are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if isinstance(values.get("chunking"), dict):
            values["chunking"] = ChunkParams(**values["chunking"])
        return cls(**values)

    def resolved(self, n_passages: int) -> IndexOptions:
        """Defaults that depend on the corpus size decided, so the manifest says what was built."""
        if self.clause_vectors is not None:
            return self
        return replace(self, clause_vectors=n_passages < LARGE_INDEX_PASSAGES)

    def overridden(self, **changes) -> IndexOptions:
        """These options with the explicitly given values replaced (None means: keep)."""
        chunking = self.chunking
        target, maximum = changes.pop("target_chars", None), changes.pop("max_chars", None)
        if target is not None or maximum is not None:  # 0 is a value to refuse, not "keep"
            try:
                chunking = replace(
                    chunking,
                    target_chars=chunking.target_chars if target is None else target,
                    max_chars=chunking.max_chars if maximum is None else maximum,
                )
            except ValueError as e:
                raise ReportSearchError(str(e)) from e
        given = {k: v for k, v in changes.items() if v is not None}
        return replace(self, chunking=chunking, **given)


def dense_index_type(requested: str, n_passages: int) -> str:
    """The concrete index type: "auto" is exact below LARGE_INDEX_PASSAGES, IVF above."""
    if requested not in DENSE_INDEX_CHOICES:
        raise ReportSearchError(
            f"Unknown dense index {requested!r}; choose one of {', '.join(DENSE_INDEX_CHOICES)}."
        )
    if requested != "auto":
        return requested
    return "flat" if n_passages < LARGE_INDEX_PASSAGES else "ivf"
