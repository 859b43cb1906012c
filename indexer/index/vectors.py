"""The embeddings an index version keeps on disk, whichever backend searches them.

Passages are embedded whole, and so are their pieces: sentences and, where the index has
them, clauses of long sentences (text.sentences.clause_spans). Each kind of piece is kept as
vectors plus spans (int32 rows: passage row, start, end in the cleaned report), in passage
order, so each passage owns one contiguous range of rows. The vectors double as the
embedding cache of the next build; the spans are what answers cite.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

PASSAGE_VECTORS_FILE = "embeddings.npy"


@dataclass(frozen=True)
class PieceFiles:
    """Where one kind of passage piece lives: its exact index (local backend), its vectors, its spans."""

    index: str
    vectors: str
    spans: str


SENTENCE_FILES = PieceFiles("dense_sentences.faiss", "sentence_embeddings.npy", "sentences.npy")
CLAUSE_FILES = PieceFiles("dense_clauses.faiss", "clause_embeddings.npy", "clauses.npy")
PIECE_KINDS = {"sentence": SENTENCE_FILES, "clause": CLAUSE_FILES}


@dataclass
class Pieces:
    """Sentences (or clauses) of the passages; `vectors` is None where only spans were loaded."""

    spans: np.ndarray  # (n, 3): passage row, start, end
    vectors: np.ndarray | None = None

    @classmethod
    def load(cls, directory: Path, files: PieceFiles, mmap: bool, with_vectors: bool = True) -> Pieces:
        vectors = None
        if with_vectors:
            vectors = _load(directory / files.vectors, mmap)
        return cls(np.load(directory / files.spans), vectors)

    @classmethod
    def empty(cls, dimension: int) -> Pieces:
        return cls(np.zeros((0, 3), np.int32), np.zeros((0, dimension), np.float32))

    def ranges(self, n_passages: int) -> np.ndarray:
        """first[r]:first[r + 1] are the rows of passage r."""
        rows = self.spans[:, 0] if len(self.spans) else np.zeros(0, np.int32)
        return np.searchsorted(rows, np.arange(n_passages + 1))


def piece_rows(first: np.ndarray, passage_rows: np.ndarray) -> np.ndarray:
    """The piece rows of these passages, given Pieces.ranges."""
    return np.concatenate(
        [np.arange(first[r], first[r + 1]) for r in np.asarray(passage_rows).tolist()]
        or [np.zeros(0, np.int64)]
    ).astype(np.int64)


def has_clauses(directory: Path) -> bool:
    return (directory / CLAUSE_FILES.spans).exists()


def load_passage_vectors(directory: Path, mmap: bool) -> np.ndarray:
    return _load(directory / PASSAGE_VECTORS_FILE, mmap)


def _load(path: Path, mmap: bool) -> np.ndarray:
    # A plain ndarray view of the map (the map stays open through .base): each slice of a
    # np.memmap runs Python-level bookkeeping, and a query takes a slice per candidate passage.
    return np.asarray(np.load(path, mmap_mode="r")) if mmap else np.load(path)


def save_vectors(
    directory: Path,
    passage_vectors: np.ndarray,
    pieces: dict[PieceFiles, tuple[np.ndarray, np.ndarray]],
    half_precision_pieces: bool,
) -> None:
    """Write the passage vectors, and each kind of piece's (vectors, spans).

    Large indexes keep piece vectors in float16: several times as many vectors as passages
    would otherwise dominate memory, and they only rescore candidates there.
    """
    np.save(directory / PASSAGE_VECTORS_FILE, passage_vectors)
    for files, (vectors, spans) in pieces.items():
        # copy=False: at scale the vectors are float16 already, and a copy of them is GBs.
        np.save(
            directory / files.vectors,
            vectors.astype(np.float16, copy=False) if half_precision_pieces else vectors,
        )
        np.save(directory / files.spans, spans.astype(np.int32).reshape(-1, 3))


def stored_vector_files(directory: Path) -> list[Path]:
    """Every vector file of a version, in the order a build concatenates them (passages,
    sentences, clauses): the order of the version's embedding keys."""
    names = [PASSAGE_VECTORS_FILE, SENTENCE_FILES.vectors, CLAUSE_FILES.vectors]
    return [directory / name for name in names if (directory / name).exists()]
