"""Milvus as a store for an index (pymilvus MilvusClient): a path ending in .db runs embedded
milvus-lite, http://host:19530 reaches a Milvus server or cluster with the same calls.

Two collections per index: `<name>` holds one row per passage (the passage fields as scalar
fields, the dense vector, and two BM25 sparse fields that Milvus functions fill from text:
words by the jieba analyzer, character bigrams by the standard one) and `<name>_sentences`
holds the sentence vectors for best-sentence scoring. Row keys carry a key of the report's
content, so a rebuild upserts changed reports and rows of a version that was never
published are ignored by searches (backends.milvus.writer writes, backends.milvus.reader searches).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from indexer.backends.milvus.expr import in_list
from indexer.errors import IndexMismatchError, ReportSearchError
from indexer.index.options import BM25_B, BM25_K1, LARGE_INDEX_PASSAGES
from indexer.records import Passage
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams, get_tokenizer

SENTENCES_SUFFIX = "_sentences"
BATCH_ROWS = 512
DELETE_BATCH_KEYS = 1_000
MAX_LIMIT = 16_384  # the largest topk / query window a Milvus server accepts
BM25_PARAMS = {"bm25_k1": BM25_K1, "bm25_b": BM25_B}  # as the local bm25s indexes
# VARCHAR limits count UTF-8 bytes on a Milvus server (characters on milvus-lite); rows are
# checked in bytes before they are sent, so a build never fails half-way on a server.
ID_MAX_BYTES = 1_024
TEXT_MAX_BYTES = 65_535
OWNER_PROPERTY = "reportsearch.owner"
ANALYZER_PROPERTY = "reportsearch.analyzer"
_PUNCTUATION = list(" \t\n，。、；：？！“”‘’（）《》【】—…·,.;:?!\"'()[]<>-/")


class MilvusUnavailableError(ReportSearchError):
    """pymilvus is missing, or the Milvus address cannot be opened."""


def connect(uri: str):
    """A MilvusClient for `uri`: a path ending in .db opens embedded milvus-lite."""
    try:
        from pymilvus import MilvusClient
        from pymilvus.exceptions import MilvusException
    except ImportError as e:
        raise MilvusUnavailableError(
            "The milvus backend needs pymilvus (and milvus-lite for a local file): "
            "pip install 'reportsearch[milvus]'"
        ) from e
    logging.getLogger("pymilvus").setLevel(logging.CRITICAL)  # it logs every error it also raises
    get_tokenizer()  # milvus-lite's analyzer shares jieba's module; this also quiets its logging
    if "://" not in uri:
        path = Path(uri).expanduser().resolve()
        if path.suffix != ".db":
            raise MilvusUnavailableError(
                f"A local Milvus URI is a file path ending in .db (milvus-lite), got {uri!r}; "
                "a server is http://host:19530."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        uri = str(path)
    try:
        return MilvusClient(uri=uri)
    except MilvusException as e:
        hint = (
            " milvus-lite opens a .db file from one process at a time: stop the other process, or "
            "serve the file with `milvus-lite server --data-dir FILE.db --host 127.0.0.1` and use its http:// URI."
            if "://" not in uri
            else ""
        )
        raise MilvusUnavailableError(f"Cannot open Milvus at {uri}: {e.message}.{hint}") from e


def normalized_uri(uri: str) -> str:
    return uri if "://" in uri else str(Path(uri).expanduser().resolve())


# -- what goes into a row -------------------------------------------------------------------
def bigram_words(grams: list[str]) -> str:
    """Character bigrams (tokens.char_bigrams) as ASCII words (hex code points), space-separated.

    The BM25 function needs an analyzer that keeps a bigram whole; Milvus's standard
    tokenizer splits Hanzi into single characters, but keeps an ASCII word whole on every
    Milvus (embedded or server), so each bigram travels as one.
    """
    return " ".join(
        "x" + "".join(f"{ord(ch):x}" for ch in gram) if not gram.isascii() else gram for gram in grams
    )


def word_analyzer() -> dict:
    """jieba with the same user dictionary and stopwords as the local tokenizer."""
    tokenizer = get_tokenizer()
    return {
        "tokenizer": {"type": "jieba", "mode": "search", "dict": ["_default_", *tokenizer.user_words]},
        "filter": [{"type": "stop", "stop_words": sorted(set(tokenizer.stopwords) | set(_PUNCTUATION))}],
    }


def report_key(report_sha256: str, passages: list[Passage], settings: dict) -> str:
    """Changes whenever what the report's rows would hold changes: text, cuts, section types,
    metadata (district, year… may come from corpus/metadata.json alone), model, options."""
    digest = hashlib.sha256(report_sha256.encode())
    digest.update(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode())
    for p in passages:
        fields = (p.passage_id, p.section_type, p.start, p.end, p.district, p.province, p.year, p.source)
        digest.update(json.dumps(fields, ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


def analyzer_fingerprint() -> str:
    """The jieba dictionary and stopwords are fixed into a collection when it is created."""
    return hashlib.sha256(json.dumps(word_analyzer(), ensure_ascii=False).encode()).hexdigest()[:16]


def passage_key(passage_id: str, key: str) -> str:
    return f"{passage_id}@{key}"


def passage_key_of_sentence(pk: str) -> str:
    return pk.rsplit("#", 1)[0]  # report ids are file names and may hold '#' or '@'


# -- writing --------------------------------------------------------------------------------
def ensure_collections(client, name: str, dimension: int, expected_passages: int, owner: str) -> bool:
    """Create whichever of the two collections is missing (True if one was: every report must
    then be written again); refuse collections of another index, model or analyzer."""
    from pymilvus import DataType, Function, FunctionType

    if client.has_collection(name):
        _check_collection(client, name, dimension, owner)
    collections = [(name, True), (name + SENTENCES_SUFFIX, False)]
    missing = [(c, with_text) for c, with_text in collections if not client.has_collection(c)]
    dense_index = (
        {"index_type": "FLAT", "metric_type": "IP", "params": {}}
        if expected_passages < LARGE_INDEX_PASSAGES
        else {"index_type": "HNSW", "metric_type": "IP", "params": {"M": 16, "efConstruction": 200}}
    )

    def schema_with_keys(with_text: bool):
        schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("pk", DataType.VARCHAR, is_primary=True, max_length=ID_MAX_BYTES)
        for field in ("passage_id", "report_id", "report_key", "district", "province", "section_type"):
            schema.add_field(field, DataType.VARCHAR, max_length=ID_MAX_BYTES)
        schema.add_field("year", DataType.INT64)
        if with_text:
            schema.add_field("source", DataType.VARCHAR, max_length=ID_MAX_BYTES)
            schema.add_field("start", DataType.INT64)
            schema.add_field("end", DataType.INT64)
            schema.add_field("text", DataType.VARCHAR, max_length=TEXT_MAX_BYTES)
            schema.add_field(
                "lexical_text",
                DataType.VARCHAR,
                max_length=TEXT_MAX_BYTES,
                enable_analyzer=True,
                analyzer_params=word_analyzer(),
            )
            schema.add_field(
                "bigram_text",
                DataType.VARCHAR,
                max_length=TEXT_MAX_BYTES,
                enable_analyzer=True,
                analyzer_params={"tokenizer": "standard"},
            )
            schema.add_field("words", DataType.SPARSE_FLOAT_VECTOR)
            schema.add_field("bigrams", DataType.SPARSE_FLOAT_VECTOR)
            for field, output in (("lexical_text", "words"), ("bigram_text", "bigrams")):
                schema.add_function(
                    Function(
                        name=f"bm25_{output}",
                        function_type=FunctionType.BM25,
                        input_field_names=[field],
                        output_field_names=[output],
                    )
                )
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dimension)
        return schema

    for collection, with_text in missing:
        index_params = client.prepare_index_params()
        index_params.add_index(field_name="dense", **dense_index)
        if with_text:
            for field in ("words", "bigrams"):
                index_params.add_index(
                    field_name=field,
                    index_type="SPARSE_INVERTED_INDEX",
                    metric_type="BM25",
                    params=BM25_PARAMS,
                )
        for field in ("report_key", "report_id", "district", "passage_id"):
            index_params.add_index(field_name=field, index_type="INVERTED")
        client.create_collection(collection, schema=schema_with_keys(with_text), index_params=index_params)
        client.alter_collection_properties(
            collection, properties={OWNER_PROPERTY: owner, ANALYZER_PROPERTY: analyzer_fingerprint()}
        )
    for collection, _ in collections:
        client.load_collection(collection)
    return bool(missing)


def _check_collection(client, name: str, dimension: int, owner: str) -> None:
    description = client.describe_collection(name)
    fields = {f["name"]: f for f in description["fields"]}
    dim = int(fields.get("dense", {}).get("params", {}).get("dim", -1))
    properties = description.get("properties") or {}
    if properties.get(OWNER_PROPERTY) not in (None, owner):
        raise IndexMismatchError(
            f"Milvus collection {name!r} holds another index's data (index id {properties[OWNER_PROPERTY]}); "
            "give this index its own: --collection NAME."
        )
    if dim != dimension:
        raise IndexMismatchError(
            f"Milvus collection {name!r} holds {dim}-dimensional vectors, this model makes {dimension}. "
            "Use another --collection, or drop that collection."
        )
    if properties.get(ANALYZER_PROPERTY) not in (None, analyzer_fingerprint()):
        raise IndexMismatchError(
            f"Milvus collection {name!r} was created with another jieba dictionary or stopword list "
            "(its BM25 postings would not match today's query terms). Build into a new collection: "
            "--collection NAME."
        )


def upsert_reports(
    client,
    name: str,
    passages: list[Passage],
    lexical_texts: list[str],
    passage_vectors: np.ndarray,
    sentences: np.ndarray,
    sentence_vectors: np.ndarray,
    keys: dict[str, str],
    report_ids: set[str],
    n_sentences: int,
    on_rows=None,
) -> int:
    """Write the rows of the given reports (keyed by content, so rewriting is harmless)."""
    rows = [i for i, p in enumerate(passages) if p.report_id in report_ids]
    written = 0
    for batch in _batches(rows):
        client.upsert(
            name, [_passage_row(passages[i], lexical_texts[i], passage_vectors[i], keys) for i in batch]
        )
        written += len(batch)
        if on_rows:
            on_rows(written, len(rows))
    wanted = set(rows)
    tags = piece_tags(sentences, n_sentences)
    sentence_rows = [j for j in range(len(sentences)) if int(sentences[j, 0]) in wanted]
    for batch in _batches(sentence_rows):
        client.upsert(
            name + SENTENCES_SUFFIX,
            [
                _sentence_row(passages[int(sentences[j, 0])], tags[j], sentence_vectors[j], keys)
                for j in batch
            ],
        )
    for collection in (name, name + SENTENCES_SUFFIX):
        client.flush(collection)
    return written


def delete_reports(client, name: str, keys: list[str]) -> None:
    """Drop the rows of these report keys, a bounded expression at a time."""
    for start in range(0, len(keys), DELETE_BATCH_KEYS):
        expression = in_list("report_key", keys[start : start + DELETE_BATCH_KEYS])
        for collection in (name, name + SENTENCES_SUFFIX):
            client.delete(collection, filter=expression)
    if keys:
        for collection in (name, name + SENTENCES_SUFFIX):
            client.flush(collection)


def _batches(items: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(items), BATCH_ROWS):
        yield items[start : start + BATCH_ROWS]


def _key_fields(p: Passage, keys: dict[str, str]) -> dict:
    return {
        "passage_id": p.passage_id,
        "report_id": p.report_id,
        "report_key": keys[p.report_id],
        "district": p.district or "",
        "province": p.province or "",
        "year": int(p.year or 0),
        "section_type": p.section_type or "",
    }


def _passage_row(p: Passage, lexical_text: str, vector: np.ndarray, keys: dict[str, str]) -> dict:
    row = {
        "pk": passage_key(p.passage_id, keys[p.report_id]),
        **_key_fields(p, keys),
        "source": p.source,
        "start": p.start,
        "end": p.end,
        "text": p.text,
        "lexical_text": normalize_for_matching(lexical_text),
        "bigram_text": bigram_words(char_bigrams(p.text)),
        "dense": np.asarray(vector, dtype=np.float32).tolist(),
    }
    for field, limit in (
        ("pk", ID_MAX_BYTES),
        ("source", ID_MAX_BYTES),
        ("text", TEXT_MAX_BYTES),
        ("lexical_text", TEXT_MAX_BYTES),
        ("bigram_text", TEXT_MAX_BYTES),
    ):
        if len(row[field].encode("utf-8")) > limit:
            raise ReportSearchError(
                f"Passage {p.passage_id} of {p.source}: its {field} is over Milvus's {limit}-byte limit. "
                "Cut shorter passages (--max-chars) or rename the file."
            )
    return row


def piece_tags(pieces: np.ndarray, n_sentences: int) -> list[str]:
    """A piece's key within its passage: s0, s1… for sentences, c0… for clauses. Stable while
    the passage is unchanged, so the rows of an unchanged report keep matching the spans."""
    tags, seen = [], {}
    for j, row in enumerate(pieces[:, 0].tolist()):
        kind = "s" if j < n_sentences else "c"
        number = seen.get((row, kind), 0)
        seen[(row, kind)] = number + 1
        tags.append(f"{kind}{number}")
    return tags


def sentence_key(passage_pk: str, number: int) -> str:
    return f"{passage_pk}#s{number}"


def _sentence_row(p: Passage, tag: str, vector: np.ndarray, keys: dict[str, str]) -> dict:
    return {
        "pk": f"{passage_key(p.passage_id, keys[p.report_id])}#{tag}",
        **_key_fields(p, keys),
        "dense": np.asarray(vector, dtype=np.float32).tolist(),
    }
