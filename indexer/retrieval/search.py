"""Querying a built index: dense, lexical (BM25) or hybrid, with metadata filters."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import numpy as np

from indexer.backends.base import ANN_PROBES, OpenedVersion
from indexer.backends.factory import open_reader
from indexer.errors import (
    BadQueryError,
    EncoderError,
    IndexDamagedError,
    IndexMismatchError,
    ReportSearchError,
    UnknownFilterError,
    UnknownIdError,
)
from indexer.filters import Filters
from indexer.fusion import reciprocal_rank_fusion, weighted_score_fusion
from indexer.index import leases, store
from indexer.index.integrity import REBUILD_HINT, damaged
from indexer.index.options import IndexOptions
from indexer.index.passage_store import PassageStore
from indexer.index.places import Places, places_of, read_places
from indexer.index.term_vectors import TERM_VECTORS_FILE, read_term_vectors
from indexer.ingest.report import CLEANED_FILE, CLEANED_OFFSETS_FILE, read_cleaned_text
from indexer.records import UNNAMED_DISTRICT, Hit, Passage
from indexer.retrieval import feedback
from indexer.retrieval.expansion import query_rewordings, query_variants, thesaurus_lexical
from indexer.retrieval.explain import SearchTrace
from indexer.retrieval.multiquery import TermVectors, shifted_rewordings
from indexer.retrieval.scope import QueryScope, understand, without_scope_words
from indexer.text.normalize import has_visible_text, is_valid_text, normalize_for_matching
from indexer.text.numbers import months_in_digits, years_in_full
from indexer.text.romanized import in_chinese
from indexer.text.section_types import SECTION_TYPES, section_types_asked
from indexer.text.shorthand import districts_in_full
from indexer.text.tokens import char_bigrams, get_tokenizer, word_lists_fingerprint
from models import Encoder, get_encoder

# Embeds hybrid queries beside their BM25 search; model calls are serialised by the encoder.
_EMBEDDING = ThreadPoolExecutor(max_workers=8, thread_name_prefix="query-embedding")

MODES = ("hybrid", "dense", "bm25")
MAX_QUERY_CHARS = 500
MAX_K = 100
FUSIONS = ("rrf", "weighted", "engine")  # engine: the backend's own hybrid search (Milvus)


@dataclass(frozen=True)
class SearchConfig:
    """Query-time knobs; each is a lever the eval ablation turns on and off."""

    fusion: str = "weighted"  # or "rrf"
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    sentence_weight: float = 0.5  # share of a passage's dense score from its best piece (sentence or clause)
    candidates: int = 50  # per list, before fusion
    expand_synonyms: bool = True  # BM25 also looks for synonyms and abbreviations of query terms
    # Hybrid: BM25 of the official terms for a query's plain words (plain_official*.tsv) mixed
    # into the lexical list at share w / (1 + w); 0 turns it off. Chosen by CV (docs/quality.md).
    thesaurus_weight: float = 0.5
    # Hybrid, weighted fusion: the query reworded in those official terms (up to three
    # rewordings) is embedded too, and its dense lists count this much beside the user's words
    # (the side is their weighted mean); 0 turns it off (RRF fuses the user's words only). With
    # 1,636 pairs, chosen with thesaurus_weight 0.5 by CV (5 of 5 folds; docs/quality.md).
    rewording_weight: float = 1.0
    # How a rewording's vector is made: 0 embeds the reworded query (a second model call);
    # above 0, the user's query vector is moved by this much of (official term's vector - plain
    # word's), read from the index (multiquery.shifted_rewordings). 0.75 was chosen by CV on all
    # five folds, holds out a little better than embedding, and saves the call (docs/quality.md).
    rewording_shift: float = 0.75
    # Hybrid, pseudo-relevance feedback (feedback.py) when no top BM25 passage holds this share
    # of the query's IDF mass (its words are not the reports'); 0 turns it off. The first
    # ranking's top passages move the query vector (Rocchio, beta) and lend the lexical side
    # their telling words (RM3, mixed in at this weight). Chosen by CV (docs/quality.md).
    feedback_coverage: float = 0.5
    feedback_beta: float = 0.25
    feedback_term_weight: float = 0.5
    bigram_weight: float = 0.25  # share of the lexical score from character-bigram BM25 (0 turns it off)
    understand_query: bool = True  # a district or report year named in the query becomes a filter
    # Words left out of the text ranked once they are filters: "place" (the district, its city or
    # province), "year" (the report year); "bureau" leaves out 应急管理局, which every report is of.
    scope_words: tuple[str, ...] = ("place", "year", "bureau")
    diversify: bool = True  # "哪些区/各区" queries: the first results come from different districts
    # Hybrid scores of passages in the part of a report the query asks about (不足, 下一步) are
    # multiplied by 1 + this; a boost, not a filter, since a cue word can mean something else.
    section_boost: float = 0.3
    ann_probes: int = ANN_PROBES  # IVF nprobe / HNSW efSearch on large indexes: recall against speed

    def __post_init__(self) -> None:
        if self.fusion not in FUSIONS:
            raise ValueError(f"Unknown fusion {self.fusion!r}; choose one of {', '.join(FUSIONS)}")


# A terminal's colour and cursor codes pasted with a query (\x1b[31m): its ESC alone is dropped
# as a control character, and 31m was left as a word no report writes.
_TERMINAL_CODES = re.compile(
    r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
)  # colour; window title


def validate_query(query: str, k: int, mode: str) -> str:
    """Return the stripped query, or raise BadQueryError saying what is wrong."""
    if isinstance(query, str):
        query = _TERMINAL_CODES.sub("", query)
    if not isinstance(query, str) or not has_visible_text(query):
        raise BadQueryError("The query is empty. Type some words, for example: 行刑衔接 移送案件")
    query = query.strip()
    if not is_valid_text(query):
        raise BadQueryError(
            "The query holds bytes that are not valid UTF-8 text (a lone surrogate or undecodable "
            "bytes). Send it as UTF-8."
        )
    if len(query) > MAX_QUERY_CHARS:
        raise BadQueryError(
            f"The query has {len(query)} characters; the limit is {MAX_QUERY_CHARS}. Shorten it."
        )
    if not 1 <= k <= MAX_K:
        raise BadQueryError(f"k must be between 1 and {MAX_K}, got {k}.")
    if mode not in MODES:
        raise BadQueryError(f"Unknown mode {mode!r}; choose one of: {', '.join(MODES)}.")
    return query


class Searcher:
    """A loaded index. Loading is the slow part; searching is cheap and thread-safe."""

    def __init__(
        self,
        index_dir: Path,
        encoder: Encoder | None = None,
        config: SearchConfig | None = None,
        mmap: bool = False,
        backend: str | None = None,
        uri: str | None = None,
    ) -> None:
        """`backend` (if given) must be the one the index was built for; `uri` points a Milvus
        backed index at another address of the same data (a server instead of a local file)."""
        self.index_dir = Path(index_dir)
        self.version_dir, self.manifest = store.open_version(self.index_dir)
        # Held while this searcher lives: a build publishing meanwhile does not delete its files.
        leases.hold(self.index_dir, self.version_dir, self)
        self.encoder = encoder or _manifest_encoder(self.manifest, self.index_dir)
        _check_model(self.manifest, self.encoder, self.index_dir)
        self.config = config or SearchConfig()
        try:
            self._load(mmap, backend, uri)
        except ReportSearchError:
            raise
        except Exception as e:  # noqa: BLE001 - json, numpy, faiss, bm25s each raise their own
            raise IndexDamagedError(
                f"index damaged: {_file_of(e)} ({type(e).__name__}) — {REBUILD_HINT}"
            ) from e
        if self.config.fusion == "engine" and not hasattr(self.backend, "engine_hybrid"):
            raise ReportSearchError(
                f"Fusion 'engine' needs a backend with its own hybrid search, not {self.backend.name!r}."
            )
        self._tokenizer = get_tokenizer()

    def _load(self, mmap: bool, backend: str | None, uri: str | None) -> None:
        self.options = IndexOptions.from_dict(self.manifest["options"])
        self.term_vectors = TermVectors(
            self.encoder.encode_queries,
            read_term_vectors(self.version_dir / TERM_VECTORS_FILE, int(self.manifest["dimension"])),
        )
        self.passages = PassageStore(self.version_dir)
        self._cleaned_offsets = store.read_json(self.version_dir, CLEANED_OFFSETS_FILE)
        version = OpenedVersion(
            self.index_dir,
            self.version_dir,
            self.manifest,
            self.passages,
            self.options,
            mmap=mmap,
            ann_probes=self.config.ann_probes,
        )
        self.backend = open_reader(version, backend, uri)

    # -- lookups --------------------------------------------------------------------------
    @cached_property
    def reports(self) -> list[dict]:
        """Every report's record (metadata, outline, section types), read when first asked for:
        at 57k reports the file is 160 MB and took most of the time to open the index."""
        return store.read_json(self.version_dir, store.REPORTS_FILE)

    def passage(self, passage_id: str) -> Passage:
        return self.passages[self.row_of(passage_id)]

    def row_of(self, passage_id: str) -> int:
        row = self.passages.row_of(passage_id)
        if row is None:
            raise UnknownIdError(
                f"No passage {passage_id!r} in this index. Ids look like 000_bfa995e79c53abb1-p003."
            )
        return row

    def cleaned_text(self, report_id: str) -> str:
        """The report's cleaned text, which every passage and sentence offset indexes into."""
        if report_id not in self._cleaned_offsets:
            raise UnknownIdError(f"No report {report_id!r} in this index.")
        try:
            return read_cleaned_text(self.version_dir, self._cleaned_offsets, report_id)
        except FileNotFoundError as e:
            raise damaged(CLEANED_FILE, "missing") from e
        except (OSError, ValueError) as e:
            raise damaged(CLEANED_FILE, "unreadable") from e

    @property
    def version(self) -> str:
        return self.version_dir.name

    @property
    def warnings(self) -> list[str]:
        """What a user should know before trusting this index's results; empty when nothing.
        An index older than the fingerprint cannot tell, and is not warned about."""
        built_with = self.manifest.get("word_lists")
        if built_with is None or built_with == word_lists_fingerprint():
            return []
        return [
            f"The index {self.index_dir.name} was cut into words with other word lists than this "
            "version of reportsearch (domain words, synonyms, stopwords), so keyword matching misses "
            "the words that changed. Rebuild it with `reportsearch index` over its corpus "
            "(unchanged text is not embedded again)."
        ]

    def tokenize(self, text: str) -> list[str]:
        return self._tokenizer.tokenize(text)

    def districts(self) -> list[str]:
        return list(self._districts)

    def years(self) -> list[int]:
        return list(self._years)

    # Read once: every query reads the scope it names against these, and finding the years
    # among a million passages' codes took 5 ms a time.
    @cached_property
    def _districts(self) -> tuple[str, ...]:
        return tuple(sorted(d for d in self.passages.values("district") if d))

    @cached_property
    def _years(self) -> tuple[int, ...]:
        return tuple(sorted(int(y) for y in np.unique(self.passages.codes("year")) if y))

    # -- search ---------------------------------------------------------------------------
    def search(
        self,
        query: str,
        k: int = 10,
        mode: str = "hybrid",
        filters: Filters | None = None,
        scoped: bool = True,
        trace: SearchTrace | None = None,
    ) -> list[Hit]:
        """Ranked passages. With `scoped`, districts and years named in the query narrow it
        (callers that already read the query's scope, like `ask`, pass False). A `trace` records
        the candidate lists and filters the ranking was made of (explain.explain_hits reads it)."""
        districts = self.districts()
        query = years_in_full(
            months_in_digits(
                districts_in_full(in_chinese(validate_query(query, k, mode), districts), districts)
            )
        )
        requested = filters = filters or Filters()
        scope = self.scope_of(query) if scoped and self.config.understand_query else None
        if scope is not None:
            filters = _narrowed(filters, scope)
            query = self._ranked_text(query, scope, requested, filters)
        filters = self.resolve_filters(filters)
        if scoped:  # callers passing scoped=False (ask, compare) say a missing year themselves
            self._require_district_year(filters)
        if trace is not None:
            trace.start(mode, self.config.fusion, requested, filters, self._lexical_query(query))
        wanted = 3 * k if scope is not None and scope.cross_district and self.config.diversify else k
        if mode == "dense":
            rows, scores = self._dense_candidates(query, wanted, filters)
            if trace is not None:
                trace.record_lists((rows, scores), None)
        elif mode == "bm25":
            rows, scores = self._lexical_candidates(query, wanted, filters)
            keep = scores > 0  # passages sharing no term with the query are not results
            rows, scores = rows[keep], scores[keep]
            if trace is not None:
                trace.record_lists(None, (rows, scores))
        elif self.config.fusion == "engine":
            vector = self.query_vector(query)
            rows, scores = self.backend.engine_hybrid(vector, *self._lexical_query(query), wanted, filters)
        else:
            rows, scores = self._hybrid(
                query, wanted, filters, section_types_asked(normalize_for_matching(query)), trace
            )
        if wanted > k:
            rows, scores = self._spread_over_districts(rows, scores)
        return [
            Hit(rank=i + 1, score=float(s), passage=self.passages[int(r)])
            for i, (r, s) in enumerate(zip(rows[:k], scores[:k], strict=True))
        ]

    def _ranked_text(self, query: str, scope: QueryScope, requested: Filters, narrowed: Filters) -> str:
        dropped = self.config.scope_words
        if not dropped:
            return query
        place_filtered = (requested.district is None and narrowed.district is not None) or (
            requested.province is None and narrowed.province is not None
        )
        return without_scope_words(
            query,
            scope,
            self.places,
            place_filtered="place" in dropped and place_filtered,
            year_filtered="year" in dropped and requested.year is None and narrowed.year is not None,
            bureau="bureau" in dropped,
        )

    def scope_of(self, text: str) -> QueryScope:
        """The districts, years and places the text names, read against this index's reports."""
        return understand(text, self.districts(), self.years(), self._tokenizer.words, self.places)

    @cached_property
    def places(self) -> Places:
        """City and province names of the reports -> (province, their districts); read once."""
        return read_places(self.version_dir) or places_of(self.reports)

    def _spread_over_districts(self, rows: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each district's best passage first (if it scores at least half the top), then the rest by score."""
        if len(rows) == 0:
            return rows, scores
        floor = 0.5 * float(scores[0])
        firsts, seen = [], set()
        for i, row in enumerate(rows.tolist()):
            group = self.passages[row].district or self.passages[row].report_id
            if group not in seen and scores[i] >= floor:
                seen.add(group)
                firsts.append(i)
        order = firsts + [i for i in range(len(rows)) if i not in set(firsts)]
        return rows[order], scores[order]

    def _hybrid(
        self,
        query: str,
        k: int,
        filters: Filters,
        section_types: tuple[str, ...] = (),
        trace: SearchTrace | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        n = max(self.config.candidates, k)
        # The query is embedded (most of a search's time) while BM25 runs; so are its rewordings
        # when they are embedded as text (rewording_shift 0), a model call of their own.
        embedding = _EMBEDDING.submit(self.query_vector, query)
        embedded = (
            None if self.config.rewording_shift > 0 else _EMBEDDING.submit(self._reworded_vectors, query)
        )
        tokens = self._lexical_query(query)[0]
        lexical = self._lexical_candidates(query, n, filters)
        lexical_hit = lexical[1] > 0
        lexical = (lexical[0][lexical_hit], lexical[1][lexical_hit])
        expanded = []  # the official terms' own BM25 list, kept for the hit test

        def search_words(words: list[str]):
            rows, scores = self.backend.lexical_candidates(words, [], 0.0, n, filters)
            expanded.append((rows[scores > 0], scores[scores > 0]))
            return rows, scores

        weight = self.config.thesaurus_weight
        merged, strength = thesaurus_lexical(query, tokens, lexical, weight, self.tokenize, search_words)
        extras = ((expanded[0], weight),) if merged is not lexical else ()
        swaps = self._rewording_swaps(query) if embedded is None else []
        vector = embedding.result()
        dense = self.backend.dense_candidates(vector, n, self.config.sentence_weight, filters)
        rewordings = embedded.result() if embedded is not None else self._shifted_vectors(vector, swaps)
        reworded = [
            (share, self.backend.dense_candidates(v, n, self.config.sentence_weight, filters))
            for share, v in rewordings
        ]
        lists = feedback.SideLists(dense, lexical, extras, merged, strength)

        def fuse(dense, lexical, strength: float) -> dict[int, float]:
            weights = (self.config.dense_weight, self.config.lexical_weight * strength)
            if self.config.fusion == "weighted":
                return weighted_score_fusion(dense, lexical, *weights, more_dense=reworded)
            return reciprocal_rank_fusion([dense[0], lexical[0]], list(weights))

        lists, fed = feedback.applied(
            self, query, vector, tokens, lists, n, filters, fuse,
            self.config.feedback_coverage, self.config.feedback_beta, self.config.feedback_term_weight,
        )  # fmt: skip
        if trace is not None:
            trace.record_lists(lists.dense, lexical)
            trace.record_rewordings(reworded)
            if extras:
                trace.record_thesaurus(expanded[0], weight, lists.strength)
            trace.record_feedback(fed, self.config.feedback_term_weight, lists.strength)
        fused = fuse(lists.dense, lists.lexical, lists.strength)
        if section_types and self.config.section_boost > 0:
            # From the coded column: reading candidate passages here would cost I/O at scale.
            codes = self.passages.codes("section_type")
            wanted = {self.passages.code("section_type", t) for t in section_types}
            boost = 1.0 + self.config.section_boost
            fused = {row: score * boost if codes[row] in wanted else score for row, score in fused.items()}
            if trace is not None:
                trace.boosted, trace.boost = frozenset(r for r in fused if codes[r] in wanted), boost
        ranked = sorted(fused.items(), key=lambda item: (-item[1], item[0]))[:k]
        return np.array([r for r, _ in ranked], dtype=np.int64), np.array(
            [s for _, s in ranked], dtype=np.float32
        )

    def _reworded_vectors(self, query: str) -> list[tuple[float, np.ndarray]]:
        """(share, vector) of each rewording of the query in official words: none when the
        query holds no plain word the thesaurus knows (those queries pay nothing)."""
        if self.config.rewording_weight <= 0:
            return []
        variants = query_variants(query)
        if not variants:
            return []
        share = self.config.rewording_weight / len(variants)
        return [(share, v) for v in self.encoder.encode_queries(variants)]

    def _rewording_swaps(self, query: str) -> list[tuple[tuple[str, str], ...]]:
        """The (plain, official) swaps of each rewording; none when rewordings count for nothing."""
        if self.config.rewording_weight <= 0:
            return []
        return [pairs for _, pairs in query_rewordings(query)]

    def _shifted_vectors(self, vector: np.ndarray, swaps: list) -> list[tuple[float, np.ndarray]]:
        """(share, vector) of each rewording, made from the query's vector and the words'."""
        if not swaps:
            return []
        share = self.config.rewording_weight / len(swaps)
        moved = shifted_rewordings(vector, swaps, self.term_vectors, self.config.rewording_shift)
        return [(share, v) for v in moved]

    def query_vector(self, query: str) -> np.ndarray:
        """The query embedded in its matching form: the model places 應急預案 and 应急预案, or
        ２０２３ and 2023, apart, and the reports are written in simplified characters."""
        return self.encoder.encode_queries([normalize_for_matching(query)])[0]

    def _dense_candidates(self, query: str, n: int, filters: Filters):
        vector = self.query_vector(query)
        return self.backend.dense_candidates(vector, n, self.config.sentence_weight, filters)

    def _lexical_candidates(self, query: str, n: int, filters: Filters):
        return self.backend.lexical_candidates(*self._lexical_query(query), n, filters)

    def _lexical_query(self, query: str) -> tuple[list[str], list[str], float]:
        tokens = (
            self._tokenizer.expand(query) if self.config.expand_synonyms else self._tokenizer.tokenize(query)
        )
        bigram_weight = self.config.bigram_weight if self.options.char_bigrams else 0.0
        return tokens, char_bigrams(query), bigram_weight

    # -- filters --------------------------------------------------------------------------
    def resolve_filters(self, filters: Filters) -> Filters:
        """The same filters with user spellings (沙坪坝, 沙坪壩區, a file name) replaced by the
        index's own values. Anything the index does not hold is refused here, so no user text
        ever reaches a backend's query language."""
        if filters.is_empty():
            return filters
        if filters.year is not None and filters.year not in self.years():
            raise UnknownFilterError(
                f"No report for year {filters.year}. Years in this index: {', '.join(map(str, self.years()))}."
            )
        if filters.section_type is not None and filters.section_type not in SECTION_TYPES:
            raise UnknownFilterError(
                f"Unknown section type {filters.section_type!r}. Section types: {', '.join(SECTION_TYPES)}."
            )

        unnamed = self.unnamed_report(filters.district) if filters.district else None
        if unnamed is not None:  # 未具名区: the report whose district its text withholds
            if filters.report is not None and self.resolve_report(filters.report) != unnamed:
                raise UnknownFilterError(f"{filters.district} is report {unnamed}, not {filters.report}.")
            filters = replace(filters, district=None, report=unnamed)

        def resolved(value, resolve):
            return None if value is None else resolve(value)

        return replace(
            filters,
            district=resolved(filters.district, self.resolve_district),
            province=resolved(
                filters.province, lambda v: self._resolve("province", v, ("省", "市", "自治区"))
            ),
            report=resolved(filters.report, self.resolve_report),
            exclude_report=resolved(filters.exclude_report, self.resolve_report),
            exclude_passage=resolved(filters.exclude_passage, lambda v: self.passage(v).passage_id),
        )

    def _require_district_year(self, filters: Filters) -> None:
        """A district and a year that each exist but have no report together ("北碚区2022年" when
        北碚区 reported for 2023) are said so, rather than answered with an empty list."""
        if filters.district is None or filters.year is None:
            return
        in_district = self.passages.codes("district") == self.passages.code("district", filters.district)
        years = sorted(int(y) for y in np.unique(self.passages.codes("year")[in_district]) if y)
        if filters.year not in years:
            raise UnknownFilterError(
                f"No report of {filters.district} for {filters.year}. "
                f"Its reports: {', '.join(map(str, years)) or 'none with a year'}."
            )

    def resolve_district(self, name: str) -> str:
        return self._resolve("district", name, ("区", "县"))

    def unnamed_report(self, name: str) -> str | None:
        """The report a label such as 未具名区 or 未具名区（001_90b1） stands for, as every
        listing shows a report whose district its text withholds; None for any other name."""
        wanted = normalize_for_matching(name.strip())
        if not wanted.startswith(UNNAMED_DISTRICT):
            return None
        tail = wanted.removeprefix(UNNAMED_DISTRICT).strip("()（） ")
        unnamed = [r["report_id"] for r in self.reports if not r.get("district")]
        matching = [r for r in unnamed if r.startswith(tail)] if tail else unnamed
        if len(matching) == 1:
            return matching[0]
        labels = ", ".join(f"{UNNAMED_DISTRICT}（{r[:8]}）" for r in unnamed) or "none"
        raise UnknownFilterError(f"{name!r} names no single report. Reports without a district: {labels}.")

    def resolve_report(self, name: str) -> str:
        for report in self.reports:
            if name in (report["report_id"], report["source"]):
                return report["report_id"]
        raise UnknownFilterError(
            f"Unknown report {name!r}. Reports: {', '.join(r['report_id'] for r in self.reports)}."
        )

    def _resolve(self, field: str, name: str, suffixes: tuple[str, ...]) -> str:
        """Match 沙坪坝区, 沙坪坝 or 沙坪壩區 to the stored 沙坪坝区."""
        known = sorted(v for v in self.passages.values(field) if v)
        wanted = normalize_for_matching(name.strip())
        for value in known:
            plain = normalize_for_matching(value)
            if wanted == plain or any(wanted + s == plain for s in suffixes):
                return value
        listing = ", ".join(known) or "none"
        if field == "district" and any(not r.get("district") for r in self.reports):
            listing += f", and reports without a district ({UNNAMED_DISTRICT})"
        raise UnknownFilterError(f"Unknown {field} {name!r}. Known in this index: {listing}.")


def _narrowed(filters: Filters, scope: QueryScope) -> Filters:
    """Filters plus the one report year the query names, and the one district it names unless
    it compares, or else the one province its place names reach (重庆, 比较重庆各区)."""
    district, province, year = filters.district, filters.province, filters.year
    if district is None and len(scope.districts) == 1 and not scope.cross_district:
        district = scope.districts[0]
    elif district is None and province is None and len(scope.provinces) == 1:
        province = scope.provinces[0]  # 重庆, 比较重庆各区: the districts of one province
    if year is None and len(scope.years) == 1:
        year = scope.years[0]
    return replace(filters, district=district, province=province, year=year)


def _manifest_encoder(manifest: dict, index_dir: Path) -> Encoder:
    try:
        return get_encoder(
            manifest["model"],
            query_prefix=manifest.get("query_prefix", ""),
            passage_prefix=manifest.get("passage_prefix", ""),
        )
    except EncoderError as e:
        raise EncoderError(
            f"The index {index_dir.name} was built with model {manifest['model']!r}, which cannot be loaded here: {e}"
        ) from e


def _check_model(manifest: dict, encoder: Encoder, index_dir: Path) -> None:
    if manifest["model"] != encoder.name or int(manifest["dimension"]) != int(encoder.dimension):
        raise IndexMismatchError(
            f"The index {index_dir.name} was built with model {manifest['model']!r} "
            f"({manifest['dimension']} dimensions), not {encoder.name!r} ({encoder.dimension}). "
            f"Query it with --model {manifest['model']}, or rebuild it: reportsearch index --model {encoder.name}"
        )


def load_passages(index_dir: Path) -> PassageStore:
    """The passages of an index without loading the model or the search structures."""
    version, _ = store.open_version(Path(index_dir))
    try:
        return PassageStore(version)
    except (OSError, ValueError) as e:
        raise IndexDamagedError(f"index damaged: {_file_of(e)} ({type(e).__name__}) — {REBUILD_HINT}") from e


def _file_of(error: Exception) -> str:
    """The index file an error names, as a name inside the version (never a full path)."""
    name = getattr(error, "filename", None)
    return Path(name).name if name else "a file of the current version"
