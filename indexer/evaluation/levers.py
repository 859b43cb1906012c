"""Candidate query-time levers, run around a loaded Searcher so they can be measured before
any of them moves into the search itself.

`lever_search` reproduces Searcher.search's hybrid ranking (same candidates, fusion, section
boost and district spread; tests/indexer/test_crossval.py pins the equality) and adds, when
asked: thesaurus expansion on the BM25 side, thesaurus variants fused on the dense side,
lexical weights by query shape, Rocchio feedback on the query vector, clause pieces of long
queries on the dense side, and retrieval per district interleaved for cross-district questions.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from indexer.filters import Filters
from indexer.fusion import scale_by_max, scale_min_max
from indexer.records import Hit
from indexer.retrieval import evidence, expansion, feedback, filler, multiquery
from indexer.retrieval.search import Searcher, _narrowed, validate_query
from indexer.text.normalize import normalize_for_matching
from indexer.text.section_types import section_types_asked


@dataclass(frozen=True)
class Levers:
    # Weight of the BM25 list of the thesaurus's official terms; None: the search's own setting.
    expand_weight: float | None = None
    # Averaged form: weight of the dense scores of the query in official words (None: as the
    # system does, SearchConfig.rewording_weight).
    variant_weight: float | None = None
    # Lexical weight by query shape (expansion.query_shape); a shape not listed keeps 1.0.
    shape_lexical: dict[str, float] = field(default_factory=dict)
    shape_cross_district: bool = True  # False: questions over several districts keep the full lexical weight
    rocchio_beta: float = 0.0  # Rocchio on the query vector from the top `feedback` hybrid passages
    feedback: int = 3
    feedback_min_chars: int = 12  # short (keyword) queries get no feedback: they already say what they mean
    clause_weight: float = 0.0  # dense: best clause of a long query mixed with the whole query
    clause_min_chars: int = 20
    per_district: bool = False  # cross-district questions: hybrid within each district, interleaved
    per_district_depth: int = 3
    # District spread (哪些区/各区): rounds of "each district's next passage" put first, and the
    # share of the top score a passage needs to be pulled up; 1 round at 0.5 is the search's own.
    spread_rounds: int = 1
    spread_floor: float = 0.5
    # Official rewordings embedded beside the query, each passage's best scaled dense score
    # (multiquery.py); 0: off.
    variant_limit: int = 0
    variant_discount: float = 1.0  # the rewordings' scaled scores count this much
    filler_variant: bool = False  # long queries: the query without everyday filler too, best of both
    clause_max: bool = False  # long queries: dense score the best over the whole query and its clauses
    # Weak lexical evidence: when the best of the top lexical passages holds less than
    # `weak_coverage` of the query's IDF mass, the lexical side counts `weak_factor` as much.
    weak_coverage: float = 0.0
    weak_factor: float = 1.0
    rm3_weight: float = 0.0  # RM3: BM25 of the top passages' feedback terms mixed into the lexical list
    rm3_docs: int = 3
    rm3_terms: int = 10
    rm3_min_chars: int = 12  # keyword queries get no feedback
    rm3_weak_only: bool = False  # feedback only when lexical evidence is weak (weak_coverage)
    rocchio_weak_only: bool = False  # Rocchio only when lexical evidence is weak (weak_coverage)
    # Feedback for weak lexical evidence as the search does it (retrieval/feedback.py);
    # None: the search's own setting.
    feedback_coverage: float | None = None
    feedback_beta: float | None = None
    feedback_term_weight: float | None = None
    # Lexical side: this share of a passage's BM25 comes from its best sentence's BM25 (the
    # sentences of the dense pieces), so a long passage mentioning the query's words far apart
    # no longer outranks one sentence that holds them together; 0: off.
    sentence_bm25: float = 0.0

    def __hash__(self) -> int:
        return hash(
            tuple(sorted(self.shape_lexical.items()))
            + tuple(v for k, v in self.__dict__.items() if k != "shape_lexical")
        )


def lever_search(searcher: Searcher, query: str, k: int = 10, levers: Levers = Levers()) -> list[Hit]:
    query = validate_query(query, k, "hybrid")
    config = searcher.config
    scope = searcher.scope_of(query) if config.understand_query else None
    narrowed = _narrowed(Filters(), scope) if scope is not None else Filters()
    if scope is not None:
        query = searcher._ranked_text(query, scope, Filters(), narrowed)
    filters = searcher.resolve_filters(narrowed)
    cross = scope is not None and scope.cross_district and config.diversify
    wanted = 3 * k if cross else k
    if cross and levers.per_district:
        ranked = _per_district(searcher, query, k, filters, levers, scope.districts)
    else:
        if cross and not levers.shape_cross_district:
            levers = replace(levers, shape_lexical={})
        ranked = _hybrid(searcher, query, wanted, filters, levers)
        if wanted > k and (levers.spread_rounds, levers.spread_floor) != (1, 0.5):
            ranked = _spread_rounds(searcher, ranked, levers.spread_rounds, levers.spread_floor)
        elif wanted > k:
            ranked = _spread(searcher, ranked)
    return [
        Hit(rank=i + 1, score=float(s), passage=searcher.passages[int(r)])
        for i, (r, s) in enumerate(ranked[:k])
    ]


def _hybrid(
    searcher: Searcher, query: str, k: int, filters: Filters, levers: Levers
) -> list[tuple[int, float]]:
    config = searcher.config
    n = max(config.candidates, k)
    text = normalize_for_matching(query)
    variant_weight = config.rewording_weight if levers.variant_weight is None else levers.variant_weight
    limit = 0 if variant_weight > 0 else levers.variant_limit  # averaged form: below
    vectors = searcher.encoder.encode_queries(multiquery.queries_to_embed(query, limit))
    reworded = [_dense(searcher, v, n, filters) for v in vectors[1:]]

    def with_rewordings(ranked):
        return multiquery.best_of_scaled([ranked, *reworded], levers.variant_discount)

    dense_lists = [(1.0, with_rewordings(_dense(searcher, vectors[0], n, filters)))]
    if variant_weight > 0:
        rewordings = expansion.query_rewordings(query)
        if rewordings:
            # Not `vectors`: feedback below moves the user's own query vector, vectors[0].
            if config.rewording_shift > 0:
                swaps = [pairs for _, pairs in rewordings]
                variant_vectors = multiquery.shifted_rewordings(
                    vectors[0], swaps, searcher.term_vectors, config.rewording_shift
                )
            else:
                variant_vectors = searcher.encoder.encode_queries([text for text, _ in rewordings])
            share = variant_weight / len(rewordings)
            dense_lists += [(share, _dense(searcher, v, n, filters)) for v in variant_vectors]
    if levers.filler_variant and len(text) >= levers.clause_min_chars:
        core = filler.without_filler(query)
        if core and core != text:
            extra = _dense(searcher, searcher.encoder.encode_queries([core])[0], n, filters)
            dense_lists = [(1.0, _best_of([_scaled(dense_lists[0][1]), _scaled(extra)]))]
    if levers.clause_weight > 0 and len(text) >= levers.clause_min_chars:
        parts = expansion.clauses(query)
        if len(parts) > 1:
            clause_vectors = searcher.encoder.encode_queries(parts)
            lists = [_dense(searcher, v, n, filters) for v in clause_vectors]
            if levers.clause_max:
                dense_lists = [(1.0, _best_of([_scaled(dense_lists[0][1])] + [_scaled(x) for x in lists]))]
            else:
                dense_lists.append((levers.clause_weight, _best_of(lists)))
    tokens, bigrams, bigram_weight = searcher._lexical_query(query)
    lexical = searcher.backend.lexical_candidates(tokens, bigrams, bigram_weight, n, filters)
    own = _positive(lexical)
    expand_weight = (
        getattr(config, "thesaurus_weight", 0.0) if levers.expand_weight is None else levers.expand_weight
    )
    official = []

    def search_words(words: list[str]):
        rows, scores = searcher.backend.lexical_candidates(words, [], 0.0, n, filters)
        official.append((rows[scores > 0], scores[scores > 0]))
        return rows, scores

    merged, strength = expansion.thesaurus_lexical(
        query, tokens, own, expand_weight, searcher.tokenize, search_words
    )
    shape = levers.shape_lexical.get(expansion.query_shape(query), 1.0)
    extras = ((official[0], expand_weight),) if merged is not own else ()
    lists = feedback.SideLists(dense_lists[0][1], own, extras, merged, strength)

    def fuse(dense, lexical, strength: float) -> dict[int, float]:
        return _fuse(
            [(1.0, dense), *dense_lists[1:]],
            [(1.0, lexical)],
            config.dense_weight,
            strength * config.lexical_weight * shape,
        )

    lists, _ = feedback.applied(
        searcher, query, vectors[0], tokens, lists, n, filters, fuse,
        _setting(levers.feedback_coverage, config, "feedback_coverage"),
        _setting(levers.feedback_beta, config, "feedback_beta"),
        _setting(levers.feedback_term_weight, config, "feedback_term_weight"),
    )  # fmt: skip
    dense_lists[0] = (1.0, lists.dense)
    merged, strength = lists.lexical, lists.strength
    lexical_lists = [(1.0, merged)]
    lexical_weight = strength * config.lexical_weight * shape
    weak = False
    if levers.weak_coverage > 0:
        stats = _term_stats(searcher)
        top = [_passage_tokens(searcher, r) for r in lexical[0][:3].tolist()]
        weak = evidence.best_coverage(tokens, top, stats) < levers.weak_coverage
        if weak:
            lexical_weight *= levers.weak_factor
    if levers.rm3_weight > 0 and len(text) >= levers.rm3_min_chars and (weak or not levers.rm3_weak_only):
        fused = _fuse(dense_lists, lexical_lists, config.dense_weight, lexical_weight)
        top = [r for r, _ in _ranked(fused)[: levers.rm3_docs]]
        terms = evidence.feedback_terms(
            tokens, [_passage_tokens_list(searcher, r) for r in top], _term_stats(searcher), levers.rm3_terms
        )
        if terms:
            rows, scores = searcher.backend.lexical_candidates(terms, [], 0.0, n, filters)
            keep = scores > 0
            lexical_lists = [
                (1.0, expansion.with_expansion(merged, (rows[keep], scores[keep]), levers.rm3_weight))
            ]
    if levers.sentence_bm25 > 0:
        lexical_lists = [
            (1.0, _with_best_sentence(searcher, tokens, lexical_lists[0][1], levers.sentence_bm25))
        ]
    fused = _fuse(dense_lists, lexical_lists, config.dense_weight, lexical_weight)
    rocchio_on = weak or not levers.rocchio_weak_only
    if levers.rocchio_beta > 0 and len(text) >= levers.feedback_min_chars and fused and rocchio_on:
        top = [r for r, _ in _ranked(fused)[: levers.feedback]]
        moved = expansion.rocchio(
            vectors[0], searcher.backend.passage_vectors(np.array(top)), levers.rocchio_beta
        )
        dense_lists[0] = (1.0, with_rewordings(_dense(searcher, moved, n, filters)))
        fused = _fuse(dense_lists, lexical_lists, config.dense_weight, lexical_weight)
    sections = section_types_asked(text)
    if sections and config.section_boost > 0:
        codes = searcher.passages.codes("section_type")
        wanted = {searcher.passages.code("section_type", t) for t in sections}
        fused = {r: s * (1 + config.section_boost) if codes[r] in wanted else s for r, s in fused.items()}
    return _ranked(fused)[:k]


_SENTENCE_BM25: dict[int, tuple] = {}


def _sentence_bm25(searcher: Searcher):
    """BM25 over the index's sentences (built in memory), and each sentence's passage row."""
    key = id(searcher)
    if key not in _SENTENCE_BM25:
        from indexer.backends.local.lexical import build_bm25

        spans = np.asarray(searcher.backend.dense.sentences.spans)
        texts = []
        for row, start, end in spans.tolist():
            passage = searcher.passages[row]
            texts.append(passage.text[start - passage.start : end - passage.start])
        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(t, len(vocab)) for t in searcher.tokenize(text)] for text in texts]
        _SENTENCE_BM25[key] = (build_bm25(ids, vocab), spans[:, 0].astype(np.int64))
    return _SENTENCE_BM25[key]


def _with_best_sentence(searcher: Searcher, tokens: list[str], ranked, share: float):
    from indexer.backends.local.lexical import bm25_scores

    rows, scores = ranked
    if not len(rows):
        return ranked
    retriever, owner = _sentence_bm25(searcher)
    per_sentence = bm25_scores(retriever, tokens)
    best = np.zeros(len(searcher.passages), dtype=np.float64)
    np.maximum.at(best, owner, per_sentence)
    passage_part = scale_by_max(np.asarray(scores, dtype=np.float64))
    sentence_part = scale_by_max(best[np.asarray(rows)])
    return rows, (1 - share) * passage_part + share * sentence_part


def _setting(value, config, name: str) -> float:
    return getattr(config, name, 0.0) if value is None else value


def _scaled(ranked):
    return ranked[0], scale_min_max(np.asarray(ranked[1], dtype=np.float64))


_TOKENS: dict[tuple[int, int], list[str]] = {}


def _passage_tokens_list(searcher: Searcher, row: int) -> list[str]:
    key = (id(searcher), row)
    if key not in _TOKENS:
        _TOKENS[key] = searcher.tokenize(searcher.passages[row].text)
    return _TOKENS[key]


def _passage_tokens(searcher: Searcher, row: int) -> set[str]:
    return set(_passage_tokens_list(searcher, row))


def _term_stats(searcher: Searcher) -> evidence.TermStats:
    """Document frequencies from the local backend's BM25 posting lists."""
    bm25 = searcher.backend.bm25
    indptr, vocab = bm25.scores["indptr"], bm25.vocab_dict

    def frequency(token: str) -> int:
        i = vocab.get(token)
        return 0 if i is None else int(indptr[i + 1] - indptr[i])

    return evidence.TermStats(frequency, int(bm25.scores["num_docs"]))


def _dense(searcher: Searcher, vector: np.ndarray, n: int, filters: Filters):
    return searcher.backend.dense_candidates(vector, n, searcher.config.sentence_weight, filters)


def _positive(ranked):
    keep = ranked[1] > 0
    return ranked[0][keep], ranked[1][keep]


def _best_of(lists):
    best: dict[int, float] = {}
    for rows, scores in lists:
        for r, s in zip(rows.tolist(), scores.tolist(), strict=True):
            best[r] = max(best.get(r, -np.inf), s)
    rows = np.array(list(best), dtype=np.int64)
    return rows, np.array([best[r] for r in best.keys()], dtype=np.float64)


def _fuse(dense_lists, lexical_lists, dense_weight: float, lexical_weight: float) -> dict[int, float]:
    """Weighted fusion as fusion.weighted_score_fusion, each side a weighted sum of its lists
    (min-max for dense, by max for lexical); the shares of one side add up to its first list's 1."""
    fused: dict[int, float] = {}
    for lists, scale, weight in (
        (dense_lists, scale_min_max, dense_weight),
        (lexical_lists, scale_by_max, lexical_weight),
    ):
        total = sum(w for w, _ in lists)
        for share, (rows, scores) in lists:
            for r, s in zip(rows.tolist(), scale(np.asarray(scores, dtype=np.float64)).tolist(), strict=True):
                fused[r] = fused.get(r, 0.0) + weight * share / total * s
    return fused


def _ranked(fused: dict[int, float]) -> list[tuple[int, float]]:
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def _spread(searcher: Searcher, ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
    rows = np.array([r for r, _ in ranked], dtype=np.int64)
    scores = np.array([s for _, s in ranked], dtype=np.float32)
    rows, scores = searcher._spread_over_districts(rows, scores)
    return list(zip(rows.tolist(), scores.tolist(), strict=True))


def _spread_rounds(searcher: Searcher, ranked, rounds: int, floor: float):
    """Round r puts each district's r-th passage (scoring at least `floor` of the top) next."""
    if not ranked:
        return ranked
    least = floor * ranked[0][1]
    taken: list[int] = []
    for r in range(rounds):
        counts: dict[str, int] = {}
        for i, (row, score) in enumerate(ranked):
            group = searcher.passages[row].district or searcher.passages[row].report_id
            counts[group] = counts.get(group, 0) + 1
            if counts[group] == r + 1 and score >= least and i not in taken:
                taken.append(i)
    return [ranked[i] for i in taken] + [item for i, item in enumerate(ranked) if i not in set(taken)]


def _per_district(
    searcher: Searcher, query: str, k: int, filters: Filters, levers: Levers, named: tuple[str, ...]
):
    """Each report in scope searched on its own, then interleaved, ranked within a round by
    the overall hybrid score (per-report scores are scaled within the report)."""
    overall = _hybrid(searcher, query, 3 * k, filters, levers)
    groups = []
    for report in _reports_in(searcher, filters, named):
        narrowed = searcher.resolve_filters(replace(filters, report=report))
        groups.append(_hybrid(searcher, query, levers.per_district_depth, narrowed, levers))
    overall_score = dict(overall)
    groups = [[(r, overall_score.get(r, 0.0)) for r, _ in g] for g in groups if g]
    merged = expansion.interleave(groups, k)
    seen = {r for r, _ in merged}
    return merged + [(r, s) for r, s in overall if r not in seen]


def _reports_in(searcher: Searcher, filters: Filters, named: tuple[str, ...]) -> list[str]:
    """The reports a filter allows, of the districts the query names if it names any; a
    report whose district is anonymised still counts as one place."""
    codes = searcher.passages.codes("report_id")
    allowed = searcher.backend.allowed_rows(filters)
    values = searcher.passages.values("report_id")
    reports = [values[int(c)] for c in np.unique(codes if allowed is None else codes[allowed])]
    if named:
        districts = {r["report_id"]: r.get("district") for r in searcher.reports}
        reports = [r for r in reports if districts.get(r) in named]
    return reports
