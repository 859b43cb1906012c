"""Writing a version's local retrieval structures: FAISS indexes and the two bm25s indexes."""

from __future__ import annotations

from pathlib import Path

from indexer.backends.base import ProgressCallback, VersionContents
from indexer.backends.local.dense import write_faiss_indexes
from indexer.backends.local.lexical import BIGRAM_BM25_DIR, build_bm25, save_bm25
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
        token_ids, vocab, bigram_ids, bigram_vocab = _tokenize(contents, progress)
        progress("bm25", 0, 1)
        save_bm25(build_bm25(token_ids, vocab, options.bm25_k1, options.bm25_b), version_dir)
        if bigram_ids is not None:
            bigrams = build_bm25(bigram_ids, bigram_vocab, options.bm25_k1, options.bm25_b)
            save_bm25(bigrams, version_dir, BIGRAM_BM25_DIR)
        progress("bm25", 1, 1)
        return {"name": self.name}

    def published(self, record: dict) -> None:
        pass  # the version directory holds everything; store.publish prunes old versions


def _tokenize(contents: VersionContents, progress: ProgressCallback):
    """Word and character-bigram token ids of every passage, for the bm25s indexes."""
    passages = contents.passages
    progress("tokenize", 0, len(passages))
    get_tokenizer()  # load the dictionary once, before worker processes fork
    token_ids, vocab = tokenize_to_ids(
        iter(contents.lexical_texts()),
        tokenize,
        len(passages),
        lambda done, total: progress("tokenize", done, total),
    )
    bigram_ids, bigram_vocab = (
        tokenize_to_ids((p.text for p in passages), char_bigrams, len(passages))
        if contents.options.char_bigrams
        else (None, None)
    )
    progress("tokenize", len(passages), len(passages))
    return token_ids, vocab, bigram_ids, bigram_vocab
