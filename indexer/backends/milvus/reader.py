"""Searching an index whose data lives in Milvus (written by backends.milvus.writer)."""

from __future__ import annotations

import numpy as np

from indexer.backends.base import OpenedVersion, empty_ranked
from indexer.backends.milvus.collections import (
    MAX_LIMIT,
    SENTENCES_SUFFIX,
    MilvusUnavailableError,
    bigram_words,
    connect,
    passage_key,
    passage_key_of_sentence,
    sentence_key,
)
from indexer.backends.milvus.expr import filter_expression, in_list
from indexer.errors import ReportSearchError
from indexer.filters import Filters
from indexer.fusion import scale_by_max
from indexer.index.options import LARGE_INDEX_PASSAGES
from indexer.index.passage_store import PassageStore
from indexer.index.vectors import SENTENCE_FILES, Pieces, piece_rows


class MilvusBackend:
    name = "milvus"

    def __init__(self, client, version: OpenedVersion, uri: str) -> None:
        record = version.record
        self.client = client
        self.collection = record["collection"]
        self.uri = uri
        self._passages: PassageStore = version.passages
        self._keys = dict(record["report_keys"])
        self._hnsw = version.manifest["counts"]["passages"] >= LARGE_INDEX_PASSAGES
        # Spans only: the vectors live in Milvus; the spans are what answers cite.
        self._sentences = Pieces.load(version.version_dir, SENTENCE_FILES, mmap=False, with_vectors=False)
        self._first_sentence = self._sentences.ranges(len(version.passages))

    @classmethod
    def open(cls, version: OpenedVersion, uri: str | None) -> MilvusBackend:
        record = version.record
        uri = uri or record["uri"]
        client = connect(uri)
        from pymilvus.exceptions import MilvusException

        collection = record["collection"]
        for name in (collection, collection + SENTENCES_SUFFIX):
            if not client.has_collection(name):
                raise MilvusUnavailableError(
                    f"Milvus at {uri} has no collection {name!r}, which this index expects. "
                    f"Rebuild it: reportsearch index --backend milvus --uri {uri}"
                )
            try:
                client.load_collection(name)
            except MilvusException as e:
                raise MilvusUnavailableError(
                    f"Milvus at {uri} cannot load collection {name!r}: {e.message}"
                ) from e
        return cls(client, version, uri)

    def passage_vectors(self, rows: np.ndarray) -> np.ndarray:
        keys = [self._pk(int(r)) for r in np.asarray(rows).tolist()]
        found = self._vectors(self.collection, keys)
        return np.array([found[k] for k in keys], dtype=np.float32).reshape(len(keys), -1)

    def sentences_of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        sentence_rows = piece_rows(self._first_sentence, np.asarray(rows, dtype=np.int64))
        spans = self._sentences.spans[sentence_rows]
        keys = [
            sentence_key(self._pk(int(passage_row)), int(j - self._first_sentence[passage_row]))
            for j, passage_row in zip(sentence_rows.tolist(), spans[:, 0].tolist(), strict=True)
        ]
        found = self._vectors(self.collection + SENTENCES_SUFFIX, keys)
        missing = [k for k in keys if k not in found]
        if missing:
            raise ReportSearchError(
                f"Milvus at {self.uri} lacks {len(missing)} sentence vectors this index expects "
                f"(e.g. {missing[0]}). Rebuild it: reportsearch index --backend milvus --uri {self.uri}"
            )
        return spans, np.array([found[k] for k in keys], dtype=np.float32).reshape(len(keys), -1)

    def _pk(self, row: int) -> str:
        passage = self._passages[row]
        return passage_key(passage.passage_id, self._keys[passage.report_id])

    def _vectors(self, collection: str, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), MAX_LIMIT):
            batch = keys[start : start + MAX_LIMIT]
            for row in self._call(self.client.get, collection, ids=batch, output_fields=["dense"]):
                found[row["pk"]] = np.asarray(row["dense"], dtype=np.float32)
        return found

    def dense_candidates(self, vector: np.ndarray, n: int, sentence_weight: float, filters: Filters):
        expression = filter_expression(filters)
        passage_hits = self._search(self.collection, vector.tolist(), "dense", n, expression, ["passage_id"])
        cosines = {pk: score for pk, score, _ in passage_hits}
        if sentence_weight <= 0:
            return self._ranked(cosines, n)
        # Sentences and clauses share this collection; the local backend takes 3n of each.
        sentence_hits = self._search(
            self.collection + SENTENCES_SUFFIX, vector.tolist(), "dense", 6 * n, expression, ["passage_id"]
        )
        candidates = set(cosines) | {passage_key_of_sentence(pk) for pk, _, _ in sentence_hits}
        candidates = [pk for pk in candidates if self._row(pk) is not None]
        if not candidates:
            return empty_ranked()
        missing = [pk for pk in candidates if pk not in cosines]
        for row in self.client.get(self.collection, ids=missing, output_fields=["dense"]) if missing else []:
            cosines[row["pk"]] = float(np.asarray(row["dense"], dtype=np.float32) @ vector)
        best_sentence: dict[str, float] = {}
        for row in self._sentence_vectors(candidates):
            passage = passage_key_of_sentence(row["pk"])
            similarity = float(np.asarray(row["dense"], dtype=np.float32) @ vector)
            best_sentence[passage] = max(best_sentence.get(passage, -np.inf), similarity)
        # A passage too short to have sentences is its own sentence.
        best = {pk: best_sentence.get(pk, cosines[pk]) for pk in candidates}
        scores = {pk: (1 - sentence_weight) * cosines[pk] + sentence_weight * best[pk] for pk in candidates}
        return self._ranked(scores, n)

    def lexical_candidates(
        self, tokens: list[str], bigrams: list[str], bigram_weight: float, n: int, filters: Filters
    ):
        expression = filter_expression(filters)
        # Wider lists than n: a passage's score sums two lists, and one may miss it.
        words = self._search(self.collection, " ".join(tokens), "words", 2 * n, expression) if tokens else []
        scores = _scaled(words)
        if bigram_weight > 0 and bigrams:
            query = bigram_words(bigrams)
            for pk, score in _scaled(
                self._search(self.collection, query, "bigrams", 2 * n, expression)
            ).items():
                scores[pk] = scores.get(pk, 0.0) + bigram_weight * score
        return self._ranked(scores, n)

    def engine_hybrid(
        self,
        vector: np.ndarray,
        tokens: list[str],
        bigrams: list[str],
        bigram_weight: float,
        n: int,
        filters: Filters,
    ):
        """Milvus's own hybrid search: reciprocal rank fusion of dense and BM25 lists (k=60)."""
        from pymilvus import AnnSearchRequest, RRFRanker

        expression = filter_expression(filters) or None
        bigram_query = bigram_words(bigrams) if bigram_weight > 0 and bigrams else ""

        def requests(limit: int) -> list:
            dense = AnnSearchRequest(
                [vector.tolist()], "dense", {"metric_type": "IP"}, limit, expr=expression
            )
            lexical = [
                AnnSearchRequest([text], field, {"metric_type": "BM25"}, limit, expr=expression)
                for text, field in ((" ".join(tokens), "words"), (bigram_query, "bigrams"))
                if text
            ]
            return [dense, *lexical]

        limit = 2 * n
        while True:  # over-fetch past rows of unpublished builds, as _search does
            hits = self._call(
                self.client.hybrid_search,
                self.collection,
                requests(limit),
                ranker=RRFRanker(60),
                limit=limit,
                output_fields=["passage_id"],
            )[0]
            valid = {hit["pk"]: float(hit["distance"]) for hit in hits if self._row(hit["pk"]) is not None}
            if len(valid) >= n or len(hits) < limit or limit >= MAX_LIMIT:
                return self._ranked(valid, n)
            limit = min(MAX_LIMIT, 4 * limit)

    # -- helpers ----------------------------------------------------------------------------
    def _search(self, collection: str, query, field: str, limit: int, expression: str, output=None):
        """(key, score, entity) of the best `limit` rows this index version wrote.

        Rows of an unpublished or crashed build (other report keys) may sit in the collection
        until the next build removes them; they must not take the served version's places.
        """
        wanted = limit
        sentences = collection.endswith(SENTENCES_SUFFIX)
        while True:
            hits = self._search_once(collection, query, field, limit, expression, output)
            valid = [
                hit
                for hit in hits
                if self._row(passage_key_of_sentence(hit[0]) if sentences else hit[0]) is not None
            ]
            if len(valid) >= wanted or len(hits) < limit or limit >= MAX_LIMIT:
                return valid
            limit = min(MAX_LIMIT, 4 * limit)

    def _search_once(self, collection: str, query, field: str, limit: int, expression: str, output=None):
        params = {"metric_type": "BM25" if field in ("words", "bigrams") else "IP"}
        if field == "dense" and self._hnsw:
            params["params"] = {"ef": max(64, limit)}
        result = self._call(
            self.client.search,
            collection,
            data=[query],
            anns_field=field,
            limit=limit,
            filter=expression,
            output_fields=output or ["passage_id"],
            search_params=params,
        )
        # milvus-lite reports BM25 as a negative distance, a server as a positive score.
        sign = -1.0 if field in ("words", "bigrams") and result[0] and result[0][0]["distance"] < 0 else 1.0
        return [(hit["pk"], sign * float(hit["distance"]), hit.get("entity", {})) for hit in result[0]]

    def _sentence_vectors(self, passage_pks: list[str]) -> list[dict]:
        wanted = set(passage_pks)
        rows = self._call(
            self.client.query,
            self.collection + SENTENCES_SUFFIX,
            filter=in_list("passage_id", sorted({pk.rpartition("@")[0] for pk in wanted})),
            output_fields=["pk", "dense"],
            limit=16_384,
        )
        return [row for row in rows if passage_key_of_sentence(row["pk"]) in wanted]

    def _call(self, method, *args, **kwargs):
        from pymilvus.exceptions import MilvusException

        try:
            return method(*args, **kwargs)
        except MilvusException as e:
            raise ReportSearchError(f"Milvus at {self.uri} refused a search: {e.message}") from e

    def _row(self, pk: str) -> int | None:
        """The passage row of a Milvus key, or None for rows of another build of the report."""
        passage_id, _, key = pk.rpartition("@")
        row = self._passages.row_of(passage_id)
        if row is None or self._keys.get(self._passages[row].report_id) != key:
            return None
        return row

    def _ranked(self, scores: dict[str, float], n: int):
        rows, values = [], []
        for pk, score in scores.items():
            row = self._row(pk)
            if row is not None:
                rows.append(row)
                values.append(score)
        if not rows:
            return empty_ranked()
        rows_array, values_array = np.array(rows, dtype=np.int64), np.array(values, dtype=np.float32)
        order = np.lexsort((rows_array, -values_array))[:n]
        return rows_array[order], values_array[order]


def _scaled(hits: list[tuple[str, float, dict]]) -> dict[str, float]:
    scores = scale_by_max(np.array([max(score, 0.0) for _, score, _ in hits], dtype=np.float64))
    return {pk: float(s) for (pk, _, _), s in zip(hits, scores, strict=True)}
