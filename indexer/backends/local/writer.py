"""Writing a version's local retrieval structures: FAISS indexes and the two bm25s indexes."""

from __future__ import annotations

from pathlib import Path

from indexer.backends.base import ProgressCallback, VersionContents
from indexer.backends.local.dense import write_faiss_indexes
from indexer.backends.local.lexical import BIGRAM_BM25_DIR, BM25_DIR, build_bm25, save_bm25
from indexer.index.vectors import CLAUSE_FILES, SENTENCE_FILES
from indexer.text.parallel import tokenize_to_ids
from indexer.text.tokens import char_bigrams, get_tokenizer, tokenize


class LocalWriter:
    name = "local"

    def check(self) -> None:
        pass  # nothing to reach

    def write(self, contents: VersionContents, version_dir: Path, progress: ProgressCallback) -> dict:
        options = contents.options
        n_sentences = len(contents.sentences)
        pieces = {SENTENCE_FILES: (contents.piece_vectors[:n_sentences], contents.sentences)}
        if len(contents.clauses):
            pieces[CLAUSE_FILES] = (contents.piece_vectors[n_sentences:], contents.clauses)
        progress("dense", 0, 1)
        write_faiss_indexes(version_dir, contents.passage_vectors, pieces, options.dense_index)
        progress("dense", 1, 1)
        # One view at a time: at a million passages each view's token ids and bm25s's build
        # arrays are GBs, and holding both views at once raised the build's peak memory.
        views = [(BM25_DIR, lambda: contents.lexical_texts(), tokenize)]
        if options.char_bigrams:
            views.append((BIGRAM_BM25_DIR, lambda: [p.text for p in contents.passages], char_bigrams))
        for name, texts_of, tokenize_one in views:
            token_ids, vocab = _token_ids(texts_of(), tokenize_one, progress)
            progress("bm25", 0, 1)
            save_bm25(build_bm25(token_ids, vocab, options.bm25_k1, options.bm25_b), version_dir, name)
            del token_ids, vocab
            progress("bm25", 1, 1)
        return {"name": self.name}

    def published(self, record: dict) -> None:
        pass  # the version directory holds everything; store.publish prunes old versions


def _token_ids(texts: list[str], tokenize_one, progress: ProgressCallback):
    """Token ids of every text (words or character bigrams) and their vocabulary."""
    progress("tokenize", 0, len(texts))
    get_tokenizer()  # load the dictionary once, before worker processes fork
    found = tokenize_to_ids(
        texts, tokenize_one, len(texts), lambda done, total: progress("tokenize", done, total)
    )
    progress("tokenize", len(texts), len(texts))
    return found
